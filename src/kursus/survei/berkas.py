"""A student's file as it arrives: its bytes from a folder, or why they cannot be read, and its text.

``baca_entri`` reads one folder entry without ever blocking (a pipe or a device is recognised before it is
opened) and never more than the size limit; what cannot be read becomes a ``GalatBerkas`` whose message comes
from the specification. ``baris_berkas`` turns bytes into lines as a browser would: UTF-8 (with or without
BOM), UTF-16 with BOM (Excel's "Unicode text") or Windows-1252, line by line, so that one stray byte costs
only its own line. The browser's importer (kursus_buku/assets/kursus-survei-kelas.js) has a ``barisBerkas``
of its own that must give the same lines.
"""

from __future__ import annotations

import errno
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Union

from .aturan import batas, pesan


@dataclass(frozen=True)
class GalatBerkas:
    """A file that could not be read from the folder (message key and values from the specification)."""
    kunci: str
    nilai: tuple = ()

    def pesan(self) -> str:
        return pesan(self.kunci, **dict(self.nilai))


Isi = Union[bytes, GalatBerkas]


# WHATWG windows-1252 (what browsers decode): the five bytes cp1252 leaves undefined map to C1 controls.
_TABEL_1252 = {b: bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in range(0x80, 0xA0)}
_TABEL_1252 = {b: c for b, c in _TABEL_1252.items() if c != chr(b)}
_AKHIR_BARIS = re.compile(rb"\r\n|\r|\n")
_AKHIR_TEKS = re.compile(r"\r\n|\r|\n")
_SURROGAT = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True)
class BarisRusak:
    """A line that could not be decoded: the position (in characters, from 1) of the first unreadable byte
    or unit, that byte or unit in hexadecimal, and the encoding the rest of the file is in."""
    kolom: int
    kode: str
    pengodean: str


Baris = Union[str, BarisRusak]


def _utf8(b: bytes) -> Baris:
    try:
        return b.decode("utf-8")
    except UnicodeDecodeError as e:
        return BarisRusak(len(b[:e.start].decode("utf-8")) + 1, f"0x{b[e.start]:02X}", "UTF-8")


def _utf16(isi: bytes, kode: str) -> list[Baris]:
    """UTF-16 lines split on code units; a lone surrogate (or a last odd byte) costs only its line."""
    genap = len(isi) - len(isi) % 2
    teks = isi[:genap].decode(kode, "surrogatepass")
    baris: list[Baris] = []
    for t in _AKHIR_TEKS.split(teks):
        m = _SURROGAT.search(t)
        baris.append(t if m is None else BarisRusak(m.start() + 1, f"0x{ord(m.group()):04X}", "UTF-16"))
    if genap < len(isi):
        akhir = baris[-1]
        kolom = akhir.kolom if isinstance(akhir, BarisRusak) else len(akhir) + 1
        baris[-1] = BarisRusak(kolom, f"0x{isi[-1]:02X}", "UTF-16")
    return baris


def baris_berkas(isi: bytes) -> list[Baris] | None:
    """The lines of a file saved as UTF-8 (with or without BOM), UTF-16 with BOM (Excel "Unicode text") or
    Windows-1252, each decoded on its own: one stray byte costs only its line (a ``BarisRusak``). A file
    without BOM is read as Windows-1252 when none of its lines is UTF-8 with letters beyond ASCII. None
    when it is not text (a NUL, or UTF-16 with no readable line)."""
    for bom, kode in ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if isi.startswith(bom):
            baris = _utf16(isi[2:], kode)
            if all(isinstance(b, BarisRusak) for b in baris) or any("\x00" in b for b in baris if isinstance(b, str)):
                return None
            return baris
    if isi.startswith(b"\xef\xbb\xbf"):
        isi = isi[3:]
    elif b"\x00" in isi:
        return None
    else:
        try:
            return _AKHIR_TEKS.split(isi.decode("utf-8"))
        except UnicodeDecodeError:
            pass
        mentah = _AKHIR_BARIS.split(isi)
        if not any(not b.isascii() and isinstance(_utf8(b), str) for b in mentah):
            return [_1252(b) for b in mentah]
        return [_utf8(b) for b in mentah]
    if b"\x00" in isi:
        return None
    return [_utf8(b) for b in _AKHIR_BARIS.split(isi)]


def dekode(isi: bytes) -> str | None:
    """The text of a file (its readable lines, joined by line feeds); None when it is not text."""
    baris = baris_berkas(isi)
    return None if baris is None else "\n".join(b for b in baris if isinstance(b, str))


def _1252(isi: bytes) -> str:
    return isi.decode("latin-1").translate(_TABEL_1252)


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


def nama_terbaca(nama: str) -> str:
    """A file name as the browser shows it: a name whose bytes are not UTF-8 (os.listdir keeps them as
    lone surrogates) gets U+FFFD for each unreadable part, as a browser decodes it."""
    if not _SURROGAT.search(nama):
        return nama
    try:
        return nama.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:
        return _SURROGAT.sub("\ufffd", nama)


def ada_berkas(folder: Path, maks: int = 10_000) -> bool:
    """Does a subfolder hold any file, at any depth? (An empty one is not reported: the browser, which
    sees a chosen folder as its files, cannot see it either.) At most ``maks`` entries are looked at."""
    tumpukan, dilihat = [folder], 0
    while tumpukan and dilihat < maks:
        try:
            with os.scandir(tumpukan.pop()) as isi:
                for e in isi:
                    dilihat += 1
                    if not e.is_dir(follow_symlinks=False):
                        return True
                    tumpukan.append(Path(e.path))
        except OSError:
            return True
    return bool(tumpukan)
