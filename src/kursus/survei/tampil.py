"""What the survey shows: the students' form, the teacher's report, and the in-browser class importer.

Each view has a live version (ipywidgets, in a kernel) and a kernel-free HTML version for the static book,
whose script (assets/kursus-survei.js, assets/kursus-survei-kelas.js) follows the same rules.
"""

from __future__ import annotations

from IPython import get_ipython

from .. import data
from ..tampilan import Tampilan, esc, kotak_jalankan, tabel_html
from .aturan import (HURUF_SPASI, json_dalam_html, kode_nama, kolom_blok, pesan, salah_orang, siput, spesifikasi,
                     spesifikasi_lengkap, teks_aturan)
from .ekspor import ke_csv, nama_berkas, tautan_unduh
from .impor import HasilSurvei, muat_berkas
from .kelas import ringkasan, tabel_kelas


def samaran(hasil: HasilSurvei) -> list[tuple[str, str]]:
    """(name as written, stand-in) for every name read from older files, longest first. Such files were
    often saved as survei-8a-siti-aminah.csv, so a file name can carry the name too: its file-name form
    (aturan.siput) is replaced as well. The script's samaran() does the same."""
    nama = sorted({n for n in hasil.jawaban.get("nama", []) if isinstance(n, str) and n.strip()},
                  key=lambda n: (-len(n), n))
    ganti = []
    for n in nama:
        kode = pesan("nama_samaran", kode=kode_nama(n))
        ganti.append((n, kode))
        if len(siput(n)) >= 3:
            ganti.append((siput(n), kode))
    return sorted(ganti, key=lambda g: (-len(g[0]), g[0]))


def samarkan(teks: str, ganti: list[tuple[str, str]]) -> str:
    """The text with every name (and its file-name form) replaced by its stand-in."""
    for asli, kode in ganti:
        teks = teks.replace(asli, kode)
    return teks


def catatan_masalah(hasil: HasilSurvei) -> list[str]:
    """Every problem as shown on the results page: with no student's name in it."""
    ganti = samaran(hasil)
    return [samarkan(str(m), ganti) for m in hasil.masalah]


def laporan_html(hasil: HasilSurvei) -> str:
    """What was loaded and, file by file, what was skipped and why (Indonesian, escaped). No full name is
    shown: students appear as class and nomor absen, names from older files as a code (aturan.Siswa.label)."""
    ringkas = (f"<p><strong>{len(hasil.berkas_dimuat)} berkas dimuat</strong>: jawaban {hasil.jumlah_siswa} "
               f"siswa, {len(hasil.jawaban)} skor.</p>")
    if len(hasil.jawaban):
        daftar = ", ".join(esc(s) for s in hasil.siswa())
        ringkas += f"<details><summary>Siswa yang jawabannya dimuat</summary><p>{daftar}</p></details>"
    if not hasil.berkas_dimuat:
        ringkas += ("<p>Belum ada jawaban yang dapat dihitung, sehingga grafik di bawah kosong. Periksa apakah "
                    "berkas CSV siswa sudah disalin ke folder yang benar.</p>")
    if not hasil.masalah:
        return f'<div class="kursus-laporan">{ringkas}<p>Semua berkas terbaca tanpa masalah.</p></div>'
    butir = "".join(f"<li>{esc(m)}</li>" for m in catatan_masalah(hasil))
    return (f'<div class="kursus-laporan">{ringkas}<p>Dilewati ({len(hasil.masalah)} catatan):</p>'
            f"<ul>{butir}</ul></div>")



def tampilkan_hasil_sebagai_laporan() -> None:
    """Show a HasilSurvei in a notebook as its report (``hasil`` alone in a cell). The results are data
    (kursus.survei.impor) and know nothing of their views; this view layer teaches IPython how to show them."""
    shell = get_ipython()
    if shell is not None:
        shell.display_formatter.formatters["text/html"].for_type(HasilSurvei, laporan_html)


tampilkan_hasil_sebagai_laporan()


# --- Student form --------------------------------------------------------------------------------

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
    spek = {k: spesifikasi()[k] for k in ("awalan_rumus", "ganti_dengan_spasi", "kolom_orang", "batas", "pesan")}
    spek.update(teks_aturan())
    return (
        '<div class="kursus-survei">'
        f'<form class="kursus-survei-form" data-blok="{",".join(kolom_blok())}" autocomplete="off">'
        f'<script type="application/json" class="kursus-survei-aturan">{json_dalam_html(spek)}</script>'
        '<div class="kursus-survei-orang">'
        '<label>Kelas <input name="kelas" type="text" aria-required="true" placeholder="misalnya 8A"></label>'
        '<label>Nomor absen <input name="absen" type="text" inputmode="numeric" aria-required="true" '
        'placeholder="misalnya 7" size="10"></label></div>'
        "<p>Tidak perlu menulis nama: kelas dan nomor absen sudah cukup bagi gurumu.</p>"
        "<p>Buka setiap platform, lalu pilih skor 1 (hampir tidak ada) sampai 5 (inti platform); "
        "– berarti belum dinilai.</p>" + "".join(bagian)
        + '<p class="kursus-survei-kemajuan" aria-live="polite"></p>'
        '<button type="submit" class="btn btn-primary">Buat berkas CSV</button>'
        '<p class="kursus-survei-pesan" role="status"></p>'
        "<noscript><p>Formulir ini memerlukan JavaScript. Tanpa JavaScript, pakai tabel survei di LKPD.</p>"
        "</noscript></form>"
        + kotak_jalankan(notebook, "Formulir di atas bekerja langsung di halaman ini, juga tanpa internet; "
                         "berkasnya dibuat di perangkatmu dan tidak dikirim ke mana pun. Versi widget yang sama "
                         "berjalan bila halaman ini dibuka lewat tombol peluncur (ikon roket) di Binder, Colab, "
                         "atau JupyterHub sekolah.")
        + "</div>")


def periksa_orang(kelas: str, absen: str) -> str:
    """Why the class or nomor absen cannot be used yet (Indonesian), or "" when both are fine (the import's
    own rules: see ``aturan.salah_orang``)."""
    return salah_orang(kelas, absen)


def survei_widget(notebook: str = "") -> Tampilan:
    """The survey form: class, nomor absen, one platform at a time, seven 1–5 choices, then a CSV download."""
    import ipywidgets as w

    gaya = {"description_width": "initial"}
    kelas = w.Text(description="Kelas:", placeholder="misalnya 8A", style=gaya)
    absen = w.Text(description="Nomor absen:", placeholder="misalnya 7", style=gaya)
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
        salah = periksa_orang(kelas.value, absen.value)
        if salah:
            hasil.value = f'<p class="kursus-galat">{esc(salah)}</p>'
            return
        if not any(any(v.values()) for v in penilaian.values()):
            hasil.value = f'<p class="kursus-galat">{esc(pesan("belum_menilai"))}</p>'
            return
        teks = ke_csv(int(absen.value.strip(HURUF_SPASI)), kelas.value, penilaian)
        berkas = nama_berkas(kelas.value, str(int(absen.value.strip(HURUF_SPASI))))
        hasil.value = (f"<p>{tautan_unduh(teks, berkas)}</p><p>Kirim berkas ini kepada gurumu. Bila tautan "
                       "tidak mengunduh (misalnya di Colab), salin teks di bawah ke berkas baru bernama "
                       f"<code>{esc(berkas)}</code>.</p><pre>{esc(teks)}</pre>")

    for t in skor.values():
        t.observe(simpan, names="value")
    pilih.observe(ganti_platform, names="value")
    tombol.on_click(buat)
    perbarui_kemajuan()
    kotak = w.VBox([w.HBox([kelas, absen]), pilih, *baris, kemajuan, tombol, hasil],
                   layout=w.Layout(max_width="48rem"))
    kotak.kelas, kotak.absen, kotak.pilih, kotak.skor, kotak.tombol, kotak.hasil = kelas, absen, pilih, skor, tombol, hasil
    kotak.penilaian = penilaian
    return Tampilan(kotak, survei_statis(notebook))


# --- Teacher's importer ----------------------------------------------------------------------------

def hasil_html(hasil: HasilSurvei) -> str:
    """The report and the class table, as the live importer shows them."""
    return laporan_html(hasil) + tabel_html(tabel_kelas(ringkasan(hasil.jawaban)), "Hasil survei kelas")


def pengimpor_statis(notebook: str = "") -> str:
    """Kernel-free importer for the static page: the teacher picks or drops the students' files and the
    browser (kursus-survei-kelas.js) reads them with the rules embedded here, with no server and no internet."""
    akhiran = ",".join(spesifikasi()["akhiran_dibaca"])
    return (
        '<div class="kursus-survei-impor">'
        f'<script type="application/json" class="kursus-survei-spesifikasi">{json_dalam_html(spesifikasi_lengkap())}'
        "</script>"
        '<div class="kursus-impor-jatuhkan">'
        f'<p><label>Pilih berkas CSV siswa: <input class="kursus-impor-berkas" type="file" multiple '
        f'accept="{akhiran}"></label></p>'
        '<p><label>atau pilih folder berisi berkas itu: <input class="kursus-impor-folder" type="file" '
        "webkitdirectory></label></p>"
        "<p>atau seret berkasnya ke kotak ini. Berkas dibaca di perangkat ini saja, tidak dikirim ke mana pun, "
        "juga tanpa internet.</p></div>"
        '<p class="kursus-impor-catatan">Laporan berkas dan tabel hanya untuk layar guru. Sebelum menayangkan '
        "hasil ke kelas, pilih <strong>Tampilan proyektor</strong>: yang tampil hanya grafik, tanpa nama berkas "
        "dan tanpa daftar siswa.</p>"
        '<p class="kursus-impor-kendali"><button type="button" class="btn btn-secondary kursus-impor-proyektor" '
        'aria-pressed="false" disabled>Tampilan proyektor: grafik saja</button></p>'
        '<div class="kursus-impor-laporan" aria-live="polite"></div>'
        '<div class="kursus-impor-hasil"></div>'
        "<noscript><p>Pengolah berkas ini memerlukan JavaScript.</p></noscript>"
        + kotak_jalankan(notebook, "Pengolah di atas bekerja langsung di halaman ini. Bila notebook ini "
                         "dijalankan di Jupyter, Colab, atau JupyterHub, pakai tombol unggah di bawah ini atau "
                         "folder jawaban-survei.")
        + "</div>")


def berkas_unggahan(nilai) -> list[tuple[str, bytes]]:
    """An upload widget's files as (name, bytes), sorted by name. ipywidgets 8 gives a tuple of dicts with "name";
    7.x (Colab's 7.7.1) a dict from file name to {"metadata", "content"}."""
    if isinstance(nilai, dict):
        berkas = [(nama, bytes(f["content"])) for nama, f in nilai.items()]
    else:
        berkas = [(f["name"], bytes(f["content"])) for f in nilai]
    return sorted(berkas, key=lambda b: b[0])


def pengimpor(notebook: str = "") -> Tampilan:
    """The teacher's importer: an upload button in a kernel, the in-browser importer on the static page."""
    import ipywidgets as w

    unggah = w.FileUpload(accept=",".join(spesifikasi()["akhiran_dibaca"]), multiple=True,
                          description="Pilih berkas CSV")
    keluaran = w.HTML()

    def muat(_=None):
        berkas = berkas_unggahan(unggah.value)
        keluaran.value = hasil_html(muat_berkas(berkas)) if berkas else ""

    unggah.observe(muat, names="value")
    kotak = w.VBox([unggah, keluaran])
    kotak.unggah, kotak.keluaran, kotak.muat = unggah, keluaran, muat
    return Tampilan(kotak, pengimpor_statis(notebook))
