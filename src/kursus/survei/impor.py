"""Reading students' survey files (teacher): one folder or a list of files, every valid answer kept.

``muat_folder`` and ``muat_berkas`` pass each file to ``_Penggabung``, which finds the header, checks every
row (class, nomor absen or name, platform, scores) and keeps the first answer of a student for a platform;
each skipped file or line becomes a ``Masalah`` explained in Indonesian. Getting a file's bytes and text is
in ``berkas``, splitting a line into cells and recognising columns in ``sel``.

The same steps, in the same order and with the same messages, run in the browser
(kursus_buku/assets/kursus-survei-kelas.js); a change here needs the same change there.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

import pandas as pd

from .. import data
from .aturan import Siswa, batas, buka_sel, kolom_blok, kunci_teks, kutip, pesan, rapikan, spesifikasi
from .berkas import GalatBerkas, Isi, baca_entri, dekode
from .sel import bilangan, cocok, daftar, kosong, nama_kolom, pecah, wajib

FOLDER_CONTOH = Path(data.__file__).parent / "data" / "contoh_survei"


@dataclass(frozen=True)
class Masalah:
    """A problem with one file (``baris`` None) or one line of it, explained in Indonesian."""
    berkas: str
    pesan: str
    baris: int | None = None
    dilewati: str = "berkas"  # what was skipped: "berkas" (the whole file) or "baris" (one line)

    def __str__(self) -> str:
        if self.baris:
            return pesan("tempat_baris", berkas=self.berkas, baris=self.baris, pesan=self.pesan)
        return pesan("tempat_berkas", berkas=self.berkas, pesan=self.pesan)



@dataclass
class HasilSurvei:
    """Every valid rating (long format: one row per student, platform and block) and every problem."""
    jawaban: pd.DataFrame
    masalah: list[Masalah] = field(default_factory=list)
    berkas_dimuat: list[str] = field(default_factory=list)

    @property
    def jumlah_siswa(self) -> int:
        return int(self.jawaban["kunci"].nunique()) if len(self.jawaban) else 0

    def siswa(self) -> list[str]:
        """Who handed in, by class, then nomor absen, then name (as shown in the report)."""
        d = self.jawaban[["kunci", "siswa", "kelas", "absen"]].drop_duplicates("kunci")
        urut = sorted(d.itertuples(index=False), key=lambda s: (
            s.kelas, pd.isna(s.absen), 0 if pd.isna(s.absen) else int(s.absen), s.siswa))
        return [s.siswa for s in urut]


# --- Files to answers ------------------------------------------------------------------------------

class _Penggabung:
    """Reads files one after another; the first answer of a student for a platform counts."""

    def __init__(self):
        self.baris: list[dict] = []
        self.masalah: list[Masalah] = []
        self.dimuat: list[str] = []
        self.isi_ke_berkas: dict[bytes, str] = {}
        self.dinilai: dict[tuple[str, str], tuple[str, int]] = {}
        self.siswa: dict[str, Siswa] = {}
        spek = spesifikasi()
        self.platform = {p.lower(): p for p in data.platform()}
        self.platform.update({k.lower(): v for k, v in spek["alias_platform"].items()})
        self.tanpa_skor = set(spek["tanpa_skor"])

    def lewati(self, berkas: str, kunci: str, baris: int | None = None, **nilai) -> None:
        self.masalah.append(Masalah(berkas, pesan(kunci, **nilai), baris, "baris" if baris else "berkas"))

    def berkas(self, nama: str, isi: Isi) -> None:
        spek = spesifikasi()
        kecil = nama.lower()
        if isinstance(isi, GalatBerkas) and isi.kunci != "terlalu_besar":
            self.masalah.append(Masalah(nama, isi.pesan()))
            return
        if not kecil.endswith(tuple(spek["akhiran_dibaca"])):
            akhiran = "." + kecil.rsplit(".", 1)[1] if "." in kecil.lstrip(".") else "tanpa akhiran"
            kunci = "lembar_kerja" if akhiran in spek["akhiran_lembar_kerja"] else "bukan_berkas_data"
            return self.lewati(nama, kunci, akhiran=akhiran)
        if isinstance(isi, GalatBerkas) or len(isi) > batas("ukuran_berkas"):
            return self.lewati(nama, "terlalu_besar", kb=batas("ukuran_berkas") // 1000)
        if isi in self.isi_ke_berkas:
            return self.lewati(nama, "sama_persis", berkas_lain=self.isi_ke_berkas[isi])
        self.isi_ke_berkas[isi] = nama
        teks = dekode(isi)
        if teks is None:
            return self.lewati(nama, "bukan_teks")
        baris = re.split(r"\r\n|\r|\n", teks)
        if all(kosong(b) for b in baris):
            return self.lewati(nama, "kosong")
        self.teks(nama, baris)

    def teks(self, nama: str, baris: list[str]) -> None:
        spek = spesifikasi()
        mulai, pemisah = 0, list(spek["pemisah"])
        m = re.fullmatch(r'[ \t]*"?sep=(.)"?[ \t]*', baris[0], flags=re.IGNORECASE)
        if m:
            mulai, pemisah = 1, [m.group(1)]
        judul, terbaik = None, None
        for i in range(mulai, min(len(baris), mulai + batas("baris_sebelum_judul"))):
            if kosong(baris[i]):
                continue
            for p in pemisah:
                sel = pecah(baris[i], p)
                if sel is None:
                    continue
                kolom = [nama_kolom(s) for s in sel]
                kurang = cocok(kolom)
                if terbaik is None or len(kurang) < len(terbaik):
                    terbaik = kurang
                if not kurang:
                    judul = (i, p, kolom)
                    break
            if judul:
                break
        if judul is None:
            return self.lewati(nama, "tanpa_judul", kolom=daftar(terbaik or wajib()),
                               n=batas("baris_sebelum_judul"))
        i_judul, p, kolom = judul
        posisi = {}
        for j, k in enumerate(kolom):
            posisi.setdefault(k, j)
        jumlah_masalah, ada_isi = len(self.masalah), False
        for i in range(i_judul + 1, len(baris)):
            if kosong(baris[i]):
                continue
            ada_isi = True
            self.satu_baris(nama, i + 1, baris[i], p, posisi)
        if not ada_isi and len(self.masalah) == jumlah_masalah:
            self.lewati(nama, "hanya_judul")

    def satu_baris(self, berkas: str, nomor: int, teks: str, pemisah: str, posisi: dict[str, int]) -> None:
        sel = pecah(teks, pemisah)
        if sel is None:
            return self.lewati(berkas, "kutip_terbuka", nomor)

        def ambil(k: str) -> str:
            j = posisi.get(k)
            return rapikan(sel[j]) if j is not None and j < len(sel) else ""

        kelas = buka_sel(ambil("kelas"))
        if not kelas:
            return self.lewati(berkas, "orang_kosong", nomor, kolom="kelas")
        absen_teks, nama = ambil("absen"), buka_sel(ambil("nama"))
        if absen_teks:
            absen = bilangan(absen_teks)
            if absen is None or not 1 <= absen <= batas("absen_maks"):
                return self.lewati(berkas, "absen_salah", nomor, nilai=kutip(absen_teks, 10),
                                   maks=batas("absen_maks"))
            siswa = Siswa(kelas, absen, nama)
        elif nama:
            siswa = Siswa(kelas, None, nama)
        else:
            return self.lewati(berkas, "orang_kosong", nomor, kolom="absen" if "absen" in posisi else "nama")
        platform_teks = ambil("platform")
        if not platform_teks:
            return self.lewati(berkas, "platform_kosong", nomor)
        platform = self.platform.get(kunci_teks(platform_teks))
        if platform is None:
            return self.lewati(berkas, "platform_asing", nomor, nilai=kutip(platform_teks),
                               pilihan=", ".join(data.platform()))
        skor, salah = {}, []
        for b in kolom_blok():
            v = ambil(b)
            if v in self.tanpa_skor:
                skor[b] = None
                continue
            n = bilangan(v)
            if n is None or not batas("skor_min") <= n <= batas("skor_maks"):
                salah.append(f"{b} = {kutip(v, 10)}")
            skor[b] = n
        if salah:
            return self.lewati(berkas, "skor_salah", nomor, min=batas("skor_min"), maks=batas("skor_maks"),
                               rincian="; ".join(salah))
        if all(v is None for v in skor.values()):
            return self.lewati(berkas, "tanpa_skor", nomor, platform=platform)
        siswa = self.siswa.setdefault(siswa.kunci, siswa)
        lama = self.dinilai.get((siswa.kunci, platform))
        if lama:
            if lama[0] == berkas:
                return self.lewati(berkas, "ganda_baris", nomor, siswa=siswa.label, platform=platform,
                                   baris_lain=lama[1])
            return self.lewati(berkas, "ganda_berkas", nomor, siswa=siswa.label, platform=platform,
                               berkas_lain=lama[0])
        self.dinilai[(siswa.kunci, platform)] = (berkas, nomor)
        if berkas not in self.dimuat:
            self.dimuat.append(berkas)
        self.baris.append({"siswa": siswa, "platform": platform, "berkas": berkas, **skor})

    def hasil(self) -> HasilSurvei:
        return HasilSurvei(jadi_panjang(self.baris), self.masalah, self.dimuat)


def baca_teks(berkas: str, isi: bytes) -> tuple[list[dict], list[Masalah]]:
    """Rows of one survey file (each: kelas, absen, nama, platform and the block scores) and its problems."""
    g = _Penggabung()
    g.berkas(berkas, isi)
    rows = [{"kelas": b["siswa"].kelas, "absen": b["siswa"].absen, "nama": b["siswa"].nama,
             "platform": b["platform"], **{k: b[k] for k in kolom_blok()}} for b in g.baris]
    return rows, g.masalah


def muat_berkas(berkas: Iterable[tuple[str, Isi]]) -> HasilSurvei:
    """Load survey files given as (name, content) pairs, in the order given."""
    g = _Penggabung()
    for nama, isi in berkas:
        g.berkas(nama, isi)
    return g.hasil()


def muat_folder(folder: str | Path) -> HasilSurvei:
    """Load every file in a folder, sorted by name (hidden files ignored); no single entry stops it."""
    folder = Path(folder)
    if not folder.is_dir():
        raise FileNotFoundError(f"Folder {folder} tidak ditemukan. Periksa nama foldernya.")
    try:
        nama = sorted(os.listdir(folder))
    except OSError:
        raise PermissionError(f"Folder {folder} tidak dapat dibuka (tidak ada izin baca).") from None
    return muat_berkas((n, baca_entri(folder / n)) for n in nama if not n.startswith("."))


KOLOM_PANJANG = ["kunci", "siswa", "kelas", "absen", "nama", "platform", "blok", "skor", "berkas"]


def jadi_panjang(baris: list[dict]) -> pd.DataFrame:
    """Wide rows (one per platform) into long form: one row per student, platform and block; blanks dropped."""
    panjang = [{"kunci": b["siswa"].kunci, "siswa": b["siswa"].label, "kelas": b["siswa"].kelas,
                "absen": b["siswa"].absen, "nama": b["siswa"].nama, "platform": b["platform"], "blok": k,
                "skor": b[k], "berkas": b.get("berkas", "")}
               for b in baris for k in kolom_blok() if b.get(k) is not None]
    df = pd.DataFrame(panjang, columns=KOLOM_PANJANG)
    df["skor"] = df["skor"].astype("int64")
    df["absen"] = df["absen"].astype("Int64")
    return df
