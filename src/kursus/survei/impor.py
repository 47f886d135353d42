"""Reading students' survey files (teacher): one folder or a list of files, every valid answer kept.

``muat_folder`` and ``muat_berkas`` pass each file to ``_Penggabung``, which finds the header, checks every
row (class, nomor absen or name, platform, scores) and keeps the first answer of a student for a platform;
each skipped file or line becomes a ``Masalah`` explained in Indonesian. Getting a file's bytes and text is
in ``berkas``, splitting a line into cells and recognising columns in ``sel``.

The same steps, in the same order and with the same messages, run in the browser
(kursus_buku/assets/kursus-survei-kelas.js); a change here needs the same change there.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

import pandas as pd

from .. import data
from .aturan import (ArgumenSalah, Siswa, batas, buka_sel, kecil, kolom_blok, kunci_teks, kutip, periksa_argumen,
                     pesan, rapikan, spesifikasi)
from .berkas import Baris, BarisRusak, GalatBerkas, Isi, ada_berkas, baca_entri, baris_berkas, nama_terbaca
from .sel import bilangan, cari_judul, daftar, dipakai, kosong, rekaman, wajib

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
        self._dimuat: set[str] = set()
        self.jumlah_berkas = 0
        self.nama_dilihat: dict[str, int] = {}
        self.label_dipakai: set[str] = set()
        self.isi_ke_berkas: dict[bytes, str] = {}  # SHA-256 of a file -> its name
        self.dinilai: dict[tuple[str, str], tuple[str, int]] = {}
        self.siswa: dict[str, Siswa] = {}
        spek = spesifikasi()
        self.platform = {kecil(p): p for p in data.platform()}
        self.platform.update({kecil(k): v for k, v in spek["alias_platform"].items()})
        self.tanpa_skor = set(spek["tanpa_skor"])
        self.blok, self.dipakai = kolom_blok(), dipakai()

    def lewati(self, berkas: str, kunci: str, baris: int | None = None, **nilai) -> None:
        self.masalah.append(Masalah(berkas, pesan(kunci, **nilai), baris, "baris" if baris else "berkas"))

    def label(self, nama: str) -> str:
        """The file's name in the report; a second file of the same name (from another folder) is told apart."""
        ke, label = self.nama_dilihat.get(nama, 0), None
        while label is None or label in self.label_dipakai:  # a file may even be named like a label
            ke += 1
            label = nama if ke == 1 else pesan("nama_kembar", nama=nama, ke=ke)
        self.nama_dilihat[nama] = ke
        self.label_dipakai.add(label)
        return label

    def berkas(self, nama: str, isi: Isi) -> None:
        spek = spesifikasi()
        nama = nama_terbaca(nama)
        self.jumlah_berkas += 1
        if self.jumlah_berkas > batas("berkas_maks"):
            if self.jumlah_berkas == batas("berkas_maks") + 1:
                self.lewati(nama, "terlalu_banyak_berkas", maks=batas("berkas_maks"))
            return
        asli, nama = nama, self.label(nama)
        if isinstance(isi, GalatBerkas) and isi.kunci != "terlalu_besar":
            self.masalah.append(Masalah(nama, isi.pesan()))
            return
        if asli.startswith("."):
            return self.lewati(nama, "tersembunyi")
        huruf_kecil = kecil(asli)
        if not huruf_kecil.endswith(tuple(spek["akhiran_dibaca"])):
            akhiran = "." + huruf_kecil.rsplit(".", 1)[1] if "." in huruf_kecil.lstrip(".") else "tanpa akhiran"
            kunci = "lembar_kerja" if akhiran in spek["akhiran_lembar_kerja"] else "bukan_berkas_data"
            return self.lewati(nama, kunci, akhiran=akhiran)
        if isinstance(isi, GalatBerkas) or len(isi) > batas("ukuran_berkas"):
            return self.lewati(nama, "terlalu_besar", kb=batas("ukuran_berkas") // 1000)
        sidik = hashlib.sha256(isi).digest()  # a fingerprint, not the bytes: memory stays small
        if sidik in self.isi_ke_berkas:
            return self.lewati(nama, "sama_persis", berkas_lain=self.isi_ke_berkas[sidik])
        self.isi_ke_berkas[sidik] = nama
        baris = baris_berkas(isi)
        if baris is None:
            return self.lewati(nama, "bukan_teks")
        if all(isinstance(b, str) and kosong(b) for b in baris):
            return self.lewati(nama, "kosong")
        self.teks(nama, baris)

    def rusak(self, nama: str, nomor: int, b: BarisRusak) -> None:
        self.lewati(nama, "baris_rusak", nomor, kolom=b.kolom, kode=b.kode, pengodean=b.pengodean)

    def teks(self, nama: str, baris: list[Baris]) -> None:
        judul, mulai, terbaik = cari_judul(baris)
        if judul is None:
            return self.lewati(nama, "tanpa_judul", kolom=daftar(terbaik or wajib()),
                               n=batas("baris_sebelum_judul"))
        i_judul, p, kolom = judul
        posisi = {}
        for j, k in enumerate(kolom):
            posisi.setdefault(k, j)
        for i in range(mulai, i_judul):
            if isinstance(baris[i], BarisRusak):
                self.rusak(nama, i + 1, baris[i])
        jumlah_masalah, ada_isi, i = len(self.masalah), False, i_judul + 1
        while i < len(baris):
            b = baris[i]
            if isinstance(b, BarisRusak):
                ada_isi = True
                self.rusak(nama, i + 1, b)
                i += 1
                continue
            if kosong(b):
                i += 1
                continue
            ada_isi = True
            sel, j = rekaman(baris, i, p)
            self.satu_baris(nama, i + 1, sel, posisi)
            i = j
        if not ada_isi and len(self.masalah) == jumlah_masalah:
            self.lewati(nama, "hanya_judul")

    def satu_baris(self, berkas: str, nomor: int, sel: list[str] | None, posisi: dict[str, int]) -> None:
        if sel is None:
            return self.lewati(berkas, "kutip_terbuka", nomor)
        if len(sel) > batas("kolom_maks"):
            return self.lewati(berkas, "terlalu_banyak_kolom", nomor, n=len(sel), maks=batas("kolom_maks"))
        nilai = {}
        for k in self.dipakai:
            j = posisi.get(k)
            nilai[k] = rapikan(sel[j]) if j is not None and j < len(sel) else ""
            if len(nilai[k]) > batas("panjang_sel"):
                return self.lewati(berkas, "sel_terlalu_panjang", nomor, kolom=k, n=len(nilai[k]),
                                   maks=batas("panjang_sel"))
        ambil = nilai.__getitem__

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
        for b in self.blok:
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
        if berkas not in self._dimuat:
            self._dimuat.add(berkas)
            self.dimuat.append(berkas)
        self.baris.append({"siswa": siswa, "platform": platform, "berkas": berkas, **skor})

    def hasil(self) -> HasilSurvei:
        return HasilSurvei(jadi_panjang(self.baris), self.masalah, self.dimuat)


def baca_teks(berkas: str, isi: bytes) -> tuple[list[dict], list[Masalah]]:
    """Rows of one survey file (each: kelas, absen, nama, platform and the block scores) and its problems."""
    periksa_argumen("baca_teks", "nama berkas", berkas, str)
    periksa_argumen("baca_teks", "isi berkas", isi, (bytes, bytearray))
    g = _Penggabung()
    g.berkas(berkas, bytes(isi))
    rows = [{"kelas": b["siswa"].kelas, "absen": b["siswa"].absen, "nama": b["siswa"].nama,
             "platform": b["platform"], **{k: b[k] for k in kolom_blok()}} for b in g.baris]
    return rows, g.masalah


def muat_berkas(berkas: Iterable[tuple[str, Isi]]) -> HasilSurvei:
    """Load survey files given as (name, content) pairs, in the order given."""
    if isinstance(berkas, (str, bytes, Path)) or not hasattr(berkas, "__iter__"):
        raise ArgumenSalah(pesan("argumen_berkas", fungsi="muat_berkas", jenis=type(berkas).__name__))
    g = _Penggabung()
    for pasangan in berkas:
        if not (isinstance(pasangan, tuple) and len(pasangan) == 2 and isinstance(pasangan[0], str)
                and isinstance(pasangan[1], (bytes, bytearray, GalatBerkas))):
            raise ArgumenSalah(pesan("argumen_berkas", fungsi="muat_berkas", jenis=type(pasangan).__name__))
        nama, isi = pasangan
        g.berkas(nama, bytes(isi) if isinstance(isi, bytearray) else isi)
    return g.hasil()


def muat_folder(folder: str | Path) -> HasilSurvei:
    """Load every entry of a folder, sorted by name; hidden files and subfolders holding files are reported
    (their contents are not read), and no single entry stops it."""
    periksa_argumen("muat_folder", "folder", folder, (str, os.PathLike))
    folder = Path(folder)
    if not folder.is_dir():
        raise FileNotFoundError(pesan("folder_tidak_ada", folder=folder))
    try:
        nama = os.listdir(folder)
    except OSError:
        raise PermissionError(pesan("folder_tanpa_izin", folder=folder)) from None
    isi = []
    for n in nama:
        path = folder / n
        if path.is_dir() and not path.is_symlink() and not ada_berkas(path):
            continue
        isi.append((nama_terbaca(n), path))
    isi.sort(key=lambda x: x[0])
    return muat_berkas((n, baca_entri(p)) for n, p in isi)


KOLOM_PANJANG = ["kunci", "siswa", "kelas", "absen", "nama", "platform", "blok", "skor", "berkas"]


def jadi_panjang(baris: list[dict]) -> pd.DataFrame:
    """Wide rows (one per platform) into long form: one row per student, platform and block; blanks dropped."""
    blok = kolom_blok()
    panjang = []
    for b in baris:
        s = b["siswa"]
        orang = (s.kunci, s.label, s.kelas, s.absen, s.nama, b["platform"])
        berkas = b.get("berkas", "")
        panjang.extend((*orang, k, b[k], berkas) for k in blok if b.get(k) is not None)
    df = pd.DataFrame(panjang, columns=KOLOM_PANJANG)
    df["skor"] = df["skor"].astype("int64")
    df["absen"] = df["absen"].astype("Int64")
    return df
