"""Class survey: students rate platforms on the seven building blocks, export a CSV; the teacher loads a folder.

Everything here is a pure function over text and tables, so it is tested without a kernel; the widget in
``widgets_survei.py`` and the teacher's notebook are thin views over it.
"""

from __future__ import annotations

import base64
import csv
import hashlib
import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Mapping, Sequence

import pandas as pd
import plotly.graph_objects as go

from . import data
from .grafik import tata_letak
from .tampilan import Grafik, Tampilan, esc, kotak_jalankan

KOLOM_ORANG = ["nama", "kelas"]
UKURAN_MAKS = 200_000  # bytes; a student's file is about 1 KB, anything far larger is not one
# A spreadsheet runs a cell starting with one of these as a formula (CSV injection); tab and CR too.
AWALAN_RUMUS = ("=", "+", "-", "@", "\t", "\r")
FOLDER_CONTOH = Path(__file__).parent / "data" / "contoh_survei"


def kolom_blok() -> list[str]:
    return [b.id for b in data.blok()]


def kolom_csv() -> list[str]:
    """The header of a survey file: who, which platform, then one column per building block."""
    return KOLOM_ORANG + ["platform"] + kolom_blok()


# --- Export (student) ----------------------------------------------------------------------------

def netralkan(nilai: object) -> object:
    """A text cell a spreadsheet would run as a formula gets a leading apostrophe; other values pass."""
    if isinstance(nilai, str) and nilai.startswith(AWALAN_RUMUS):
        return "'" + nilai
    return nilai


def ke_csv(nama: str, kelas: str, penilaian: Mapping[str, Mapping[str, int | None]]) -> str:
    """One student's ratings as CSV text: one row per rated platform, blank cells for blocks left unrated."""
    keluaran = io.StringIO()
    penulis = csv.writer(keluaran, lineterminator="\r\n")
    penulis.writerow(kolom_csv())
    for platform, skor in penilaian.items():
        if not any(skor.get(b) for b in kolom_blok()):
            continue
        baris = [nama.strip(), kelas.strip(), platform] + [skor.get(b) or "" for b in kolom_blok()]
        penulis.writerow([netralkan(v) for v in baris])
    return keluaran.getvalue()


def nama_berkas(nama: str, kelas: str) -> str:
    """A safe file name such as ``survei-8a-siti-aminah.csv`` (letters, digits and dashes only)."""
    def siput(teks: str) -> str:
        return re.sub(r"[^a-z0-9]+", "-", teks.lower()).strip("-")[:40]
    bagian = [b for b in ("survei", siput(kelas), siput(nama)) if b]
    return "-".join(bagian) + ".csv"


def tautan_unduh(teks_csv: str, berkas: str, label: str = "Unduh berkas CSV") -> str:
    """An HTML link that downloads the CSV without a server (a data: URL; BOM so spreadsheets read UTF-8)."""
    muatan = base64.b64encode(("\ufeff" + teks_csv).encode("utf-8")).decode("ascii")
    aman = re.sub(r"[^A-Za-z0-9._-]", "-", berkas)
    return (f'<a class="kursus-unduh" download="{aman}" href="data:text/csv;charset=utf-8;base64,{muatan}">'
            f"{label} ({aman})</a>")


# --- Import (teacher) ----------------------------------------------------------------------------

@dataclass(frozen=True)
class Masalah:
    """A problem with one file (``baris`` None) or one row of it, explained in Indonesian."""
    berkas: str
    pesan: str
    baris: int | None = None
    dilewati: str = "berkas"  # what was skipped: "berkas" (the whole file) or "baris" (one row)

    def __str__(self) -> str:
        tempat = f"{self.berkas}, baris {self.baris}" if self.baris else self.berkas
        return f"{tempat}: {self.pesan}"


@dataclass
class HasilSurvei:
    """Every valid rating (long format: one row per student, platform and block) and every problem."""
    jawaban: pd.DataFrame
    masalah: list[Masalah] = field(default_factory=list)
    berkas_dimuat: list[str] = field(default_factory=list)

    def _repr_html_(self) -> str:
        return laporan_html(self)

    @property
    def jumlah_siswa(self) -> int:
        return int(self.jawaban[["nama", "kelas"]].drop_duplicates().shape[0]) if len(self.jawaban) else 0


def _kutip(nilai: str, panjang: int = 30) -> str:
    nilai = nilai if len(nilai) <= panjang else nilai[:panjang] + "…"
    return "'" + nilai.replace("\n", " ") + "'"


def _pemisah(kepala: str) -> str:
    """Spreadsheets set to Indonesian save CSV with semicolons (the comma is the decimal mark)."""
    return ";" if kepala.count(";") > kepala.count(",") else ","


def _skor(teks: str) -> int | None:
    teks = teks.strip()
    if not teks:
        return None
    if not re.fullmatch(r"[1-5]", teks):
        raise ValueError
    return int(teks)


def baca_teks(berkas: str, isi: bytes) -> tuple[list[dict], list[Masalah]]:
    """Rows of one survey file (each: nama, kelas, platform and the block scores) and its problems.

    A problem with the file as a whole returns no rows; a bad row is reported and skipped alone.
    """
    if len(isi) > UKURAN_MAKS:
        return [], [Masalah(berkas, f"berkas lebih dari {UKURAN_MAKS // 1000} KB, terlalu besar untuk jawaban "
                            "survei; dilewati")]
    if b"\x00" in isi:
        return [], [Masalah(berkas, "bukan berkas teks (mungkin gambar atau dokumen lain); dilewati")]
    try:
        teks = isi.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            teks = isi.decode("cp1252")
        except UnicodeDecodeError:
            return [], [Masalah(berkas, "bukan teks yang bisa dibaca (pengodean tidak dikenal); dilewati")]
    if not teks.strip():
        return [], [Masalah(berkas, "berkas kosong; dilewati")]
    baris_teks = teks.splitlines()
    pemisah = _pemisah(baris_teks[0])
    try:
        pembaca = list(csv.reader(io.StringIO(teks), delimiter=pemisah))
    except csv.Error as e:
        return [], [Masalah(berkas, f"format CSV rusak ({e}); dilewati")]
    kepala = [k.strip().lower() for k in pembaca[0]]
    kurang = [k for k in kolom_csv() if k not in kepala]
    if kurang:
        daftar = ", ".join(kurang[:3]) + (f", dan {len(kurang) - 3} kolom lain" if len(kurang) > 3 else "")
        return [], [Masalah(berkas, f"bukan berkas survei kelas ini: baris judulnya tidak memuat kolom {daftar}; "
                            "dilewati")]
    posisi = {k: kepala.index(k) for k in kolom_csv()}
    nama_platform = {p.lower(): p for p in data.platform()}
    hasil, masalah, dilihat = [], [], {}
    for nomor, sel in enumerate(pembaca[1:], start=2):
        if not any(s.strip() for s in sel):
            continue
        if len(sel) < len(kepala):
            sel = sel + [""] * (len(kepala) - len(sel))
        nilai = {k: sel[i].strip() for k, i in posisi.items()}
        if not nilai["nama"] or not nilai["kelas"]:
            masalah.append(Masalah(berkas, "nama atau kelas kosong; baris dilewati", nomor, "baris"))
            continue
        platform = nama_platform.get(nilai["platform"].lower())
        if platform is None:
            masalah.append(Masalah(berkas, f"platform {_kutip(nilai['platform'])} tidak dikenal "
                                   f"(pilihan: {', '.join(data.platform())}); baris dilewati", nomor, "baris"))
            continue
        kunci = (nilai["nama"].lower(), nilai["kelas"].lower(), platform)
        if kunci in dilihat:
            masalah.append(Masalah(berkas, f"{platform} sudah dinilai di baris {dilihat[kunci]}; "
                                   "baris dilewati", nomor, "baris"))
            continue
        skor, salah = {}, []
        for b in kolom_blok():
            try:
                skor[b] = _skor(nilai[b])
            except ValueError:
                salah.append(f"{b} = {_kutip(nilai[b], 10)}")
        if salah:
            masalah.append(Masalah(berkas, "skor harus bilangan bulat 1 sampai 5 atau dikosongkan ("
                                   + "; ".join(salah) + "); baris dilewati", nomor, "baris"))
            continue
        if all(v is None for v in skor.values()):
            masalah.append(Masalah(berkas, f"{platform} tidak diberi skor sama sekali; baris dilewati",
                                   nomor, "baris"))
            continue
        dilihat[kunci] = nomor
        hasil.append({"nama": nilai["nama"], "kelas": nilai["kelas"], "platform": platform, **skor})
    if not hasil and not masalah:
        masalah.append(Masalah(berkas, "hanya berisi baris judul, tanpa jawaban; dilewati"))
    return hasil, masalah


def muat_berkas(berkas: Iterable[tuple[str, bytes]]) -> HasilSurvei:
    """Load survey files given as (name, content) pairs, in order; later duplicates are reported, not loaded."""
    baris_semua, masalah, dimuat = [], [], []
    hash_ke_berkas: dict[str, str] = {}
    siswa_ke_berkas: dict[tuple[str, str], str] = {}
    for nama, isi in berkas:
        if not nama.lower().endswith(".csv"):
            masalah.append(Masalah(nama, "bukan berkas .csv; dilewati"))
            continue
        sidik = hashlib.sha256(isi).hexdigest()
        if sidik in hash_ke_berkas:
            masalah.append(Masalah(nama, f"isinya sama persis dengan {hash_ke_berkas[sidik]}; dilewati"))
            continue
        hash_ke_berkas[sidik] = nama
        baris, masalah_berkas = baca_teks(nama, isi)
        siswa = {(b["nama"].lower(), b["kelas"].lower()): (b["nama"], b["kelas"]) for b in baris}
        ganda = [s for s in siswa if s in siswa_ke_berkas]
        if ganda:
            n, k = siswa[ganda[0]]
            masalah.append(Masalah(nama, f"jawaban {n} ({k}) sudah dimuat dari {siswa_ke_berkas[ganda[0]]}; "
                                   "berkas ini dilewati agar tidak terhitung dua kali"))
            continue
        masalah += masalah_berkas
        if baris:
            siswa_ke_berkas.update({s: nama for s in siswa})
            baris_semua += [dict(b, berkas=nama) for b in baris]
            dimuat.append(nama)
    return HasilSurvei(jadi_panjang(baris_semua), masalah, dimuat)


def muat_folder(folder: str | Path) -> HasilSurvei:
    """Load every file in a folder (sorted by name; hidden files and subfolders ignored)."""
    folder = Path(folder)
    if not folder.is_dir():
        raise FileNotFoundError(f"Folder {folder} tidak ditemukan. Periksa nama foldernya.")
    berkas = sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))
    return muat_berkas((p.name, _baca_awal(p)) for p in berkas)


def _baca_awal(path: Path) -> bytes:
    """At most one byte over the size limit: a video dropped into the folder is not read whole."""
    with path.open("rb") as f:
        return f.read(UKURAN_MAKS + 1)


def jadi_panjang(baris: Sequence[dict]) -> pd.DataFrame:
    """Wide rows (one per platform) into long form: one row per student, platform and block; blanks dropped."""
    kolom = ["nama", "kelas", "platform", "blok", "skor", "berkas"]
    panjang = [{"nama": b["nama"], "kelas": b["kelas"], "platform": b["platform"], "blok": k,
                "skor": b[k], "berkas": b.get("berkas", "")}
               for b in baris for k in kolom_blok() if b.get(k) is not None]
    df = pd.DataFrame(panjang, columns=kolom)
    df["skor"] = df["skor"].astype("int64")
    return df


# --- Class results -------------------------------------------------------------------------------

def ringkasan(jawaban: pd.DataFrame) -> pd.DataFrame:
    """Per platform and block: the class mean, spread (standard deviation), count, and the book's rating."""
    buku = pd.DataFrame([(s.platform, s.blok, s.skor) for s in data.skor_platform()],
                        columns=["platform", "blok", "skor_buku"])
    kelas = (jawaban.groupby(["platform", "blok"])["skor"]
             .agg(rata_rata="mean", simpangan="std", jumlah="count").reset_index())
    hasil = buku.merge(kelas, on=["platform", "blok"], how="left")
    hasil["jumlah"] = hasil["jumlah"].fillna(0).astype("int64")
    hasil["simpangan"] = hasil["simpangan"].fillna(0.0)
    hasil["selisih"] = hasil["rata_rata"] - hasil["skor_buku"]
    return hasil


def sebaran(jawaban: pd.DataFrame) -> pd.DataFrame:
    """How many students gave each score 1–5, per platform and block (zeros included)."""
    indeks = pd.MultiIndex.from_product([data.platform(), kolom_blok(), range(1, 6)],
                                        names=["platform", "blok", "skor"])
    hitung = jawaban.groupby(["platform", "blok", "skor"]).size()
    return hitung.reindex(indeks, fill_value=0).rename("jumlah").reset_index()


# --- Charts --------------------------------------------------------------------------------------

WARNA_KELAS, WARNA_BUKU = "#0B62A4", "#B8470B"
# The platform menu sits above the plot, so the legend goes below it (they would overlap on a phone).
LEGENDA_BAWAH = dict(orientation="h", x=0, xanchor="left", y=-0.16, yanchor="top")
WARNA_SKOR = ["#B8470B", "#E08E45", "#B7B7B7", "#5FA2D9", "#0B62A4"]  # 1 (low) .. 5 (high), diverging


def _menu_platform(platform: Sequence[str], jejak_per_platform: int, y: float = 1.16) -> list[dict]:
    """A client-side dropdown that shows one platform's traces at a time (works on the static page)."""
    tombol = []
    for i, p in enumerate(platform):
        tampak = [j // jejak_per_platform == i for j in range(len(platform) * jejak_per_platform)]
        tombol.append(dict(label=p, method="update", args=[{"visible": tampak}]))
    return [dict(type="dropdown", x=0, xanchor="left", y=y, yanchor="top", buttons=tombol,
                 showactive=True, active=0, pad=dict(r=4, t=4))]


def grafik_hasil_kelas(ringkas: pd.DataFrame, jumlah_siswa: int, sumber: str = "") -> Grafik:
    """Per platform: the class's mean rating of each block (bars, whiskers = spread) beside the book's rating."""
    nama_blok = {b.id: b.nama for b in data.blok()}
    platform = list(dict.fromkeys(ringkas["platform"]))
    fig = go.Figure()
    for i, p in enumerate(platform):
        d = ringkas[ringkas["platform"] == p]
        y = [nama_blok[b] for b in d["blok"]]
        fig.add_bar(y=y, x=d["rata_rata"].round(2), name="Rata-rata kelas", marker_color=WARNA_KELAS,
                    orientation="h", visible=i == 0,
                    error_x=dict(type="data", array=d["simpangan"].round(2), visible=True, color="#333"),
                    customdata=list(zip(d["simpangan"].round(2), d["jumlah"])),
                    hovertemplate="<b>%{y}</b><br>Rata-rata kelas: %{x}<br>Simpangan baku: %{customdata[0]}"
                                  "<br>Jumlah penilai: %{customdata[1]}<extra></extra>")
        fig.add_scatter(y=y, x=d["skor_buku"], name="Penilaian buku", mode="markers", visible=i == 0,
                        marker=dict(symbol="diamond", size=14, color=WARNA_BUKU, line=dict(color="#fff", width=1)),
                        hovertemplate="<b>%{y}</b><br>Penilaian buku: %{x}<extra></extra>")
    tata_letak(fig, "Hasil survei kelas", tinggi=480)
    fig.update_layout(updatemenus=_menu_platform(platform, 2), margin=dict(t=120, b=90),
                      xaxis=dict(range=[0, 5.5], dtick=1, title="Skor (1 = rendah, 5 = tinggi)"),
                      yaxis=dict(autorange="reversed", automargin=True), legend=LEGENDA_BAWAH)
    tabel = ringkas.assign(blok=ringkas["blok"].map(nama_blok)).rename(columns={
        "platform": "Platform", "blok": "Blok", "rata_rata": "Rata-rata kelas", "simpangan": "Simpangan baku",
        "jumlah": "Jumlah penilai", "skor_buku": "Penilaian buku", "selisih": "Selisih (kelas − buku)"})
    tabel = tabel[["Platform", "Blok", "Rata-rata kelas", "Simpangan baku", "Jumlah penilai", "Penilaian buku",
                   "Selisih (kelas − buku)"]].round(2)
    keterangan = (f"Batang: rata-rata skor dari {jumlah_siswa} siswa; garis di ujung batang: simpangan "
                  "baku (makin panjang, makin berbeda pendapat siswa). Belah ketupat: penilaian penyusun buku, "
                  "bukan hasil pengukuran. Pilih platform lain di menu di atas grafik."
                  + (f" Sumber: {sumber}." if sumber else ""))
    return Grafik(fig, keterangan, tabel)


def grafik_sebaran(hitung: pd.DataFrame, sumber: str = "") -> Grafik:
    """Per platform: how many students gave each score to each block (stacked bars)."""
    nama_blok = {b.id: b.nama for b in data.blok()}
    platform = list(dict.fromkeys(hitung["platform"]))
    fig = go.Figure()
    for i, p in enumerate(platform):
        for s in range(1, 6):
            d = hitung[(hitung["platform"] == p) & (hitung["skor"] == s)]
            fig.add_bar(y=[nama_blok[b] for b in d["blok"]], x=d["jumlah"], name=f"Skor {s}",
                        orientation="h", marker_color=WARNA_SKOR[s - 1], visible=i == 0, legendgroup=f"skor{s}",
                        hovertemplate="<b>%{y}</b><br>Skor " + str(s) + ": %{x} siswa<extra></extra>")
    tata_letak(fig, "Seberapa sepakat kelas?", tinggi=480)
    fig.update_layout(barmode="stack", updatemenus=_menu_platform(platform, 5), margin=dict(t=120, b=90),
                      xaxis=dict(title="Jumlah siswa", rangemode="tozero", dtick=2),
                      yaxis=dict(autorange="reversed", automargin=True), legend=LEGENDA_BAWAH)
    tabel = (hitung.assign(blok=hitung["blok"].map(nama_blok))
             .pivot_table(index=["platform", "blok"], columns="skor", values="jumlah", sort=False)
             .astype("int64").reset_index())
    tabel.columns = ["Platform", "Blok"] + [f"Skor {s}" for s in range(1, 6)]
    keterangan = ("Setiap batang dibagi menurut skor yang diberikan siswa. Satu warna yang mendominasi berarti "
                  "kelas sepakat; warna yang bercampur berarti pendapat terbagi dan layak didiskusikan. "
                  "Pilih platform lain di menu di atas grafik." + (f" Sumber: {sumber}." if sumber else ""))
    return Grafik(fig, keterangan, tabel)


def laporan_html(hasil: HasilSurvei) -> str:
    """What was loaded and, file by file, what was skipped and why (Indonesian, escaped)."""
    ringkas = (f"<p><strong>{len(hasil.berkas_dimuat)} berkas dimuat</strong>: jawaban {hasil.jumlah_siswa} "
               f"siswa, {len(hasil.jawaban)} skor.</p>")
    if len(hasil.jawaban):
        siswa = hasil.jawaban[["nama", "kelas"]].drop_duplicates().sort_values(["kelas", "nama"])
        daftar = ", ".join(f"{esc(n)} ({esc(k)})" for n, k in siswa.itertuples(index=False))
        ringkas += f"<details><summary>Siswa yang jawabannya dimuat</summary><p>{daftar}</p></details>"
    if not hasil.berkas_dimuat:
        ringkas += ("<p>Belum ada jawaban yang dapat dihitung, sehingga grafik di bawah kosong. Periksa apakah "
                    "berkas CSV siswa sudah disalin ke folder yang benar.</p>")
    if not hasil.masalah:
        return f'<div class="kursus-laporan">{ringkas}<p>Semua berkas terbaca tanpa masalah.</p></div>'
    butir = "".join(f"<li>{esc(m)}</li>" for m in hasil.masalah)
    return (f'<div class="kursus-laporan">{ringkas}<p>Dilewati ({len(hasil.masalah)} catatan):</p>'
            f"<ul>{butir}</ul></div>")


# --- Student widget ------------------------------------------------------------------------------

BELUM = "–"  # the option for "not rated (I don't know this platform)"


def survei_statis(notebook: str) -> str:
    """Kernel-free view: the same survey as an HTML form whose script (kursus-survei.js) builds the CSV in
    the browser, so a class can do it from the static book, even offline from a USB stick."""
    opsi = '<option value="">–</option>' + "".join(f'<option value="{i}">{i}</option>' for i in range(1, 6))
    bagian = []
    for i, p in enumerate(data.platform()):
        pilihan = "".join(
            f'<label class="kursus-survei-blok"><span><strong>{esc(b.nama)}</strong>: {esc(b.pertanyaan)}</span>'
            f'<select name="{esc(p)}-{b.id}" data-blok="{b.id}">{opsi}</select></label>'
            for b in data.blok())
        bagian.append(f'<details class="kursus-survei-platform"{" open" if i == 0 else ""}>'
                      f'<summary>{esc(p)}</summary><fieldset data-platform="{esc(p)}">'
                      f"<legend>Skor untuk {esc(p)}</legend>{pilihan}</fieldset></details>")
    return (
        '<div class="kursus-survei">'
        f'<form class="kursus-survei-form" data-blok="{",".join(kolom_blok())}" autocomplete="off">'
        '<div class="kursus-survei-orang"><label>Nama <input name="nama" type="text" aria-required="true"></label>'
        '<label>Kelas <input name="kelas" type="text" aria-required="true" placeholder="misalnya 8A"></label></div>'
        "<p>Buka setiap platform, lalu pilih skor 1 (hampir tidak ada) sampai 5 (inti platform); "
        "– berarti belum dinilai.</p>" + "".join(bagian)
        + '<p class="kursus-survei-kemajuan" aria-live="polite"></p>'
        '<button type="submit" class="btn btn-primary">Buat berkas CSV</button> '
        '<a class="kursus-survei-unduh" hidden></a>'
        '<p class="kursus-survei-pesan" role="status"></p>'
        "<noscript><p>Formulir ini memerlukan JavaScript. Tanpa JavaScript, pakai tabel survei di LKPD.</p>"
        "</noscript></form>"
        + kotak_jalankan(notebook, "Formulir di atas bekerja langsung di halaman ini, juga tanpa internet; "
                         "berkasnya dibuat di perangkatmu dan tidak dikirim ke mana pun. Versi widget yang sama "
                         "berjalan bila halaman ini dibuka lewat tombol peluncur (ikon roket) di Binder, Colab, "
                         "atau JupyterHub sekolah.")
        + "</div>")


def survei_widget(notebook: str = "") -> Tampilan:
    """The survey form: name, class, one platform at a time, seven 1–5 choices, then a CSV download link."""
    import ipywidgets as w

    gaya = {"description_width": "initial"}
    nama = w.Text(description="Nama:", placeholder="nama lengkap", style=gaya)
    kelas = w.Text(description="Kelas:", placeholder="misalnya 8A", style=gaya)
    pilih = w.Dropdown(options=data.platform(), description="Platform:", style=gaya)
    pilihan = [BELUM, 1, 2, 3, 4, 5]
    skor = {b.id: w.ToggleButtons(options=pilihan, value=BELUM, style={"button_width": "2.6rem"},
                                  tooltips=["belum dinilai", "1 = hampir tidak ada", "2", "3", "4",
                                            "5 = inti platform"])
            for b in data.blok()}
    baris = [w.VBox([w.HTML(f"<b>{esc(b.nama)}</b>: {esc(b.pertanyaan)}"), skor[b.id]]) for b in data.blok()]
    kemajuan = w.HTML()
    tombol = w.Button(description="Buat berkas CSV", button_style="primary", icon="download")
    hasil = w.HTML()
    penilaian: dict[str, dict[str, int | None]] = {}
    memuat = {"aktif": False}

    def perbarui_kemajuan():
        selesai = [p for p in data.platform() if any(penilaian.get(p, {}).values())]
        kemajuan.value = f"Sudah dinilai: {len(selesai)} dari {len(data.platform())} platform."

    def simpan(change=None):
        if memuat["aktif"]:
            return
        penilaian[pilih.value] = {b: (None if t.value == BELUM else t.value) for b, t in skor.items()}
        perbarui_kemajuan()

    def ganti_platform(change):
        memuat["aktif"] = True
        lama = penilaian.get(change["new"], {})
        for b, t in skor.items():
            t.value = lama.get(b) or BELUM
        memuat["aktif"] = False

    def buat(_=None):
        if not nama.value.strip() or not kelas.value.strip():
            hasil.value = '<p class="kursus-galat">Isi nama dan kelasmu dulu.</p>'
            return
        if not any(any(v.values()) for v in penilaian.values()):
            hasil.value = '<p class="kursus-galat">Belum ada platform yang kamu nilai.</p>'
            return
        teks = ke_csv(nama.value, kelas.value, penilaian)
        berkas = nama_berkas(nama.value, kelas.value)
        hasil.value = (f"<p>{tautan_unduh(teks, berkas)}</p><p>Kirim berkas ini kepada gurumu. Bila tautan "
                       "tidak mengunduh (misalnya di Colab), salin teks di bawah ke berkas baru bernama "
                       f"<code>{esc(berkas)}</code>.</p><pre>{esc(teks)}</pre>")

    for t in skor.values():
        t.observe(simpan, names="value")
    pilih.observe(ganti_platform, names="value")
    tombol.on_click(buat)
    perbarui_kemajuan()
    kotak = w.VBox([w.HBox([nama, kelas]), pilih, *baris, kemajuan, tombol, hasil],
                   layout=w.Layout(max_width="48rem"))
    kotak.nama, kotak.kelas, kotak.pilih, kotak.skor, kotak.tombol, kotak.hasil = nama, kelas, pilih, skor, tombol, hasil
    kotak.penilaian = penilaian
    return Tampilan(kotak, survei_statis(notebook))


def selisih_terbesar(ringkas: pd.DataFrame, n: int = 5) -> pd.DataFrame:
    """The blocks where the class disagrees most with the book: good starting points for a discussion."""
    nama_blok = {b.id: b.nama for b in data.blok()}
    d = ringkas.dropna(subset=["rata_rata"]).copy()
    d["jarak"] = d["selisih"].abs()
    d = d.sort_values(["jarak", "platform"], ascending=[False, True]).head(n)
    return pd.DataFrame({
        "Platform": d["platform"], "Blok": d["blok"].map(nama_blok),
        "Rata-rata kelas": d["rata_rata"].round(1), "Penilaian buku": d["skor_buku"],
        "Alasan buku": [alasan_buku(p, b) for p, b in zip(d["platform"], d["blok"])],
    })


def alasan_buku(platform: str, blok: str) -> str:
    return next(s.alasan for s in data.skor_platform() if s.platform == platform and s.blok == blok)


def sumber_survei(hasil: HasilSurvei, folder, hari=None) -> str:
    """Where a class chart's data comes from and when it was processed, for the chart's caption."""
    import datetime
    hari = hari or datetime.date.today()
    asal = ("contoh fiktif yang disertakan buku" if Path(folder).resolve() == Path(FOLDER_CONTOH).resolve()
            else f"folder {Path(folder).name}")
    return (f"survei kelas ({asal}), {len(hasil.berkas_dimuat)} berkas, diolah "
            f"{hari.day} {data.BULAN[hari.month - 1]} {hari.year}")
