"""A student's file as it arrives: its bytes from a folder, or why they cannot be read, and its text.

``baca_entri`` reads one folder entry without ever blocking (a pipe or a device is recognised before it is
opened) and never more than the size limit; what cannot be read becomes a ``GalatBerkas`` whose message comes
from the specification. ``dekode`` turns bytes into text as a browser would: UTF-8 (with or without BOM),
UTF-16 with BOM (Excel's "Unicode text") or Windows-1252. The browser's importer
(kursus_buku/assets/kursus-survei-kelas.js) has a ``dekode`` of its own that must give the same text.
"""

from __future__ import annotations

import errno
import os
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
