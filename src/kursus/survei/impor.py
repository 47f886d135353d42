"""Reading students' survey files (teacher): one folder or a list of files, every valid answer kept.

The same steps, in the same order and with the same messages, run in the browser
(kursus_buku/assets/kursus-survei-kelas.js); a change here needs the same change there.
"""

from __future__ import annotations

import errno
import os
import re
import stat
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Union

import pandas as pd

from .. import data
from .aturan import (SPASI, Siswa, batas, buka_sel, kolom_blok, kunci_teks, kutip, pesan, rapikan, spesifikasi)

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


@dataclass(frozen=True)
class GalatBerkas:
    """A file that could not be read from the folder (message key and values from the specification)."""
    kunci: str
    nilai: tuple = ()

    def pesan(self) -> str:
        return pesan(self.kunci, **dict(self.nilai))


Isi = Union[bytes, GalatBerkas]


@dataclass
class HasilSurvei:
    """Every valid rating (long format: one row per student, platform and block) and every problem."""
    jawaban: pd.DataFrame
    masalah: list[Masalah] = field(default_factory=list)
    berkas_dimuat: list[str] = field(default_factory=list)

    def _repr_html_(self) -> str:
        from .tampil import laporan_html
        return laporan_html(self)

    @property
    def jumlah_siswa(self) -> int:
        return int(self.jawaban["kunci"].nunique()) if len(self.jawaban) else 0

    def siswa(self) -> list[str]:
        """Who handed in, by class, then nomor absen, then name (as shown in the report)."""
        d = self.jawaban[["kunci", "siswa", "kelas", "absen"]].drop_duplicates("kunci")
        urut = sorted(d.itertuples(index=False), key=lambda s: (
            s.kelas, pd.isna(s.absen), 0 if pd.isna(s.absen) else int(s.absen), s.siswa))
        return [s.siswa for s in urut]


# --- Bytes to text ---------------------------------------------------------------------------------

# WHATWG windows-1252 (what browsers decode): the five bytes cp1252 leaves undefined map to C1 controls.
_TABEL_1252 = {b: bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in range(0x80, 0xA0)}


def dekode(isi: bytes) -> str | None:
    """Text of a file saved as UTF-8 (with or without BOM), UTF-16 with BOM (Excel "Unicode text") or
    Windows-1252; None when it is not text."""
    for bom, kode in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if isi.startswith(bom):
            try:
                return isi[len(bom):].decode(kode)
            except UnicodeDecodeError:
                return None if kode != "utf-8" else _1252(isi)
    if b"\x00" in isi:
        return None
    try:
        return isi.decode("utf-8")
    except UnicodeDecodeError:
        return _1252(isi)


def _1252(isi: bytes) -> str:
    return "".join(_TABEL_1252.get(b) or chr(b) if 0x80 <= b < 0xA0 else chr(b) for b in isi)


# --- Lines to cells --------------------------------------------------------------------------------

def pecah(baris: str, pemisah: str) -> list[str] | None:
    """The cells of one line (quotes as spreadsheets write them); None when a quote is never closed."""
    sel, i, n = [], 0, len(baris)
    while True:
        if i < n and baris[i] == '"':
            i += 1
            isi = []
            while True:
                j = baris.find('"', i)
                if j < 0:
                    return None
                isi.append(baris[i:j])
                if baris[j + 1:j + 2] == '"':
                    isi.append('"')
                    i = j + 2
                else:
                    i = j + 1
                    break
            k = baris.find(pemisah, i)
            isi.append(baris[i:] if k < 0 else baris[i:k])
            sel.append("".join(isi))
        else:
            k = baris.find(pemisah, i)
            sel.append(baris[i:] if k < 0 else baris[i:k])
        if k < 0:
            return sel
        i = k + 1


def nama_kolom(sel: str) -> str:
    k = kunci_teks(sel).rstrip(":").strip(" ")
    return spesifikasi()["alias_kolom"].get(k, k)


def _wajib() -> list[str]:
    return ["kelas", "absen", "platform"] + kolom_blok()


def _cocok(kolom: list[str]) -> list[str]:
    """The required columns this header lacks (a "nama" column stands in for "absen" in older files)."""
    ada = set(kolom) | ({"absen"} if "nama" in kolom else set())
    return [k for k in _wajib() if k not in ada]


def _daftar(kolom: list[str]) -> str:
    return ", ".join(kolom[:3]) + (f", dan {len(kolom) - 3} kolom lain" if len(kolom) > 3 else "")


def _kosong(baris: str) -> bool:
    """A line with nothing but spaces, separators and quotes."""
    return not re.sub(f"{SPASI}|[,;\"]", "", baris)


def _bilangan(teks: str) -> int | None:
    """A whole number as a spreadsheet may write it: "4", "04", "4,0", "4.0"; None otherwise."""
    m = re.fullmatch(r"([0-9]+)(?:[.,]0+)?", unicodedata.normalize("NFKC", teks))
    return int(m.group(1)) if m else None


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
        if all(_kosong(b) for b in baris):
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
            if _kosong(baris[i]):
                continue
            for p in pemisah:
                sel = pecah(baris[i], p)
                if sel is None:
                    continue
                kolom = [nama_kolom(s) for s in sel]
                kurang = _cocok(kolom)
                if terbaik is None or len(kurang) < len(terbaik):
                    terbaik = kurang
                if not kurang:
                    judul = (i, p, kolom)
                    break
            if judul:
                break
        if judul is None:
            return self.lewati(nama, "tanpa_judul", kolom=_daftar(terbaik or _wajib()),
                               n=batas("baris_sebelum_judul"))
        i_judul, p, kolom = judul
        posisi = {}
        for j, k in enumerate(kolom):
            posisi.setdefault(k, j)
        jumlah_masalah, ada_isi = len(self.masalah), False
        for i in range(i_judul + 1, len(baris)):
            if _kosong(baris[i]):
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
            absen = _bilangan(absen_teks)
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
            n = _bilangan(v)
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


def baca_entri(path: Path) -> Isi:
    """A folder entry's bytes (at most one over the size limit), or why it cannot be read. Never blocks:
    a pipe or a device is recognised before it is opened, and opened without waiting."""
    try:
        st = os.stat(path)
        if stat.S_ISDIR(st.st_mode):
            return GalatBerkas("folder")
        if not stat.S_ISREG(st.st_mode):
            return GalatBerkas("bukan_berkas_biasa")
        if st.st_size > batas("ukuran_berkas"):
            return GalatBerkas("terlalu_besar")
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        try:
            if not stat.S_ISREG(os.fstat(fd).st_mode):  # replaced by a pipe since the check above
                return GalatBerkas("bukan_berkas_biasa")
            potongan, sisa = [], batas("ukuran_berkas") + 1
            while sisa > 0:
                b = os.read(fd, sisa)
                if not b:
                    break
                potongan.append(b)
                sisa -= len(b)
            return b"".join(potongan)
        finally:
            os.close(fd)
    except FileNotFoundError:
        return GalatBerkas("tautan_rusak" if os.path.islink(path) else "hilang")
    except PermissionError:
        return GalatBerkas("tanpa_izin")
    except IsADirectoryError:
        return GalatBerkas("folder")
    except OSError as e:
        if e.errno == errno.ELOOP:
            return GalatBerkas("tautan_rusak")
        return GalatBerkas("gagal_baca", (("alasan", f"galat sistem {errno.errorcode.get(e.errno, e.errno)}"),))


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
