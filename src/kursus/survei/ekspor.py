"""A student's survey file (export): safe to open in any spreadsheet, in any locale.

The static form (kursus_buku/assets/kursus-survei.js) writes the same bytes in the browser.
"""

from __future__ import annotations

import base64
import re
from typing import Mapping

from ..tampilan import esc
from .aturan import ArgumenSalah, aman_sel, batas, kolom_blok, kolom_csv, pesan, periksa_argumen, siput

Penilaian = Mapping[str, Mapping[str, "int | None"]]


def netralkan(nilai: object) -> object:
    """A text cell made safe for every spreadsheet (see ``aturan.aman_sel``); other values pass."""
    return aman_sel(nilai) if isinstance(nilai, str) else nilai


def ke_csv(absen: int | str, kelas: str, penilaian: Penilaian, nama: str | None = None) -> str:
    """One student's ratings as CSV text: one row per rated platform, blank cells for blocks left unrated.

    No cell holds a separator, quote or line break, so the file splits the same way on a comma, a semicolon
    or a tab (Excel set to Indonesian uses the semicolon), and no cell can start a formula.
    """
    periksa_argumen("ke_csv", "nomor absen", absen, (int, str))
    periksa_argumen("ke_csv", "kelas", kelas, str)
    periksa_argumen("ke_csv", "nama", nama, (str, type(None)))
    _periksa_penilaian(penilaian)
    baris = [",".join(kolom_csv(nama=nama is not None))]
    orang = [aman_sel(kelas), aman_sel(str(absen))] + ([aman_sel(nama)] if nama is not None else [])
    for platform, skor in penilaian.items():
        nilai = [skor.get(b) for b in kolom_blok()]
        if not any(nilai):
            continue
        baris.append(",".join(orang + [aman_sel(platform)] + [str(int(v)) if v else "" for v in nilai]))
    return "\r\n".join(baris) + "\r\n"


def _periksa_penilaian(penilaian: object) -> None:
    def salah(jenis: str) -> ArgumenSalah:
        return ArgumenSalah(pesan("argumen_penilaian", fungsi="ke_csv", min=batas("skor_min"), maks=batas("skor_maks"),
                                  jenis=jenis))
    if not isinstance(penilaian, Mapping):
        raise salah(type(penilaian).__name__)
    for p, skor in penilaian.items():
        if not isinstance(p, str) or not isinstance(skor, Mapping):
            raise salah(f"{p!r}: {type(skor).__name__}")
        for b, v in skor.items():
            if v is not None and (isinstance(v, bool) or not isinstance(v, int)
                                  or not batas("skor_min") <= v <= batas("skor_maks")):
                raise salah(f"{p}/{b} = {v!r}")


def nama_berkas(kelas: str, absen: int | str = "", nama: str = "") -> str:
    """A safe file name such as ``survei-8a-absen-07.csv`` (letters, digits and dashes only).

    With a name instead of a nomor absen (older form): ``survei-8a-siti-aminah.csv``; a name in another
    script gets a fingerprint so that two such names never share a file name.
    """
    periksa_argumen("nama_berkas", "kelas", kelas, str)
    periksa_argumen("nama_berkas", "nomor absen", absen, (int, str))
    periksa_argumen("nama_berkas", "nama", nama, str)
    absen = str(absen).strip()
    orang = f"absen-{int(absen):02d}" if re.fullmatch(r"[0-9]{1,3}", absen) else siput(absen or nama)
    bagian = [b for b in ("survei", siput(kelas), orang) if b]
    return "-".join(bagian) + ".csv"


def tautan_unduh(teks_csv: str, berkas: str, label: str = "Unduh berkas CSV") -> str:
    """An HTML link that downloads the CSV without a server (a data: URL; BOM so spreadsheets read UTF-8)."""
    muatan = base64.b64encode(("\ufeff" + teks_csv).encode("utf-8")).decode("ascii")
    aman = re.sub(r"[^A-Za-z0-9._-]", "-", berkas)
    return (f'<a class="kursus-unduh" download="{aman}" href="data:text/csv;charset=utf-8;base64,{muatan}">'
            f"{esc(label)} ({aman})</a>")
