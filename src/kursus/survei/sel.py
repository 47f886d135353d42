"""From a line of a survey file to cells and columns: the rules the importer reads each line with.

``pecah`` splits a line into cells the way spreadsheets quote them; ``nama_kolom`` recognises a header cell
under any of its accepted spellings (``alias_kolom`` in the specification); ``cocok`` lists the required
columns a header lacks; ``kosong`` spots a line with nothing in it; ``bilangan`` reads a whole number as a
spreadsheet may have written it. The browser's importer (kursus_buku/assets/kursus-survei-kelas.js) has
functions of the same names that must give the same results.
"""

from __future__ import annotations

import re

from .aturan import SPASI, batas, kolom_blok, kunci_teks, normal, spesifikasi


def pecah(baris: str, pemisah: str, ketat: bool = False) -> list[str] | None:
    """The cells of one line (quotes as spreadsheets write them); None when a quote is never closed, or
    (``ketat``) when a closing quote is followed by anything but the separator or the end."""
    if '"' not in baris:
        return baris.split(pemisah)
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
            if ketat and i != (n if k < 0 else k):
                return None
            isi.append(baris[i:] if k < 0 else baris[i:k])
            sel.append("".join(isi))
        else:
            k = baris.find(pemisah, i)
            sel.append(baris[i:] if k < 0 else baris[i:k])
        if k < 0:
            return sel
        i = k + 1


def rekaman(baris: list, i: int, pemisah: str) -> tuple[list[str] | None, int]:
    """The cells of the record starting at line ``i`` and the index of the line after it.

    A quoted cell may hold line breaks (Excel's Alt+Enter, RFC 4180): when line ``i`` leaves a quote open,
    the following lines are joined to it, at most ``baris_per_sel`` in all, until the quote closes and is
    followed by a separator or the end of a line. Otherwise the quote is broken: (None, i + 1), and only
    line ``i`` is lost. A line that could not be decoded (not a ``str``) ends the search.
    """
    sel = pecah(baris[i], pemisah)
    if sel is not None:
        return sel, i + 1
    gabung = baris[i]
    for j in range(i + 1, min(len(baris), i + batas("baris_per_sel"))):
        if not isinstance(baris[j], str):
            break
        gabung += "\n" + baris[j]
        if '"' not in baris[j]:
            continue
        sel = pecah(gabung, pemisah, ketat=True)
        if sel is not None:
            return sel, j + 1
    return None, i + 1


def cari_judul(baris: list):
    """Where the header is: ((line index, separator, column names), the first line it is looked for at,
    None), or, when no header is found in the first lines, (None, that line, the required columns missing
    from the best candidate). A ``sep=`` line first (Excel) fixes the separator."""
    mulai, pemisah = 0, list(spesifikasi()["pemisah"])
    m = re.fullmatch(r'[ \t]*"?sep=(.)"?[ \t]*', baris[0], flags=re.IGNORECASE | re.DOTALL) \
        if isinstance(baris[0], str) else None
    if m:
        mulai, pemisah = 1, [m.group(1)]
    terbaik = None
    for i in range(mulai, min(len(baris), mulai + batas("baris_sebelum_judul"))):
        if not isinstance(baris[i], str) or kosong(baris[i]):
            continue
        for p in pemisah:
            sel = pecah(baris[i], p)
            if sel is None or len(sel) > batas("kolom_maks"):
                continue
            kolom = [nama_kolom(s) for s in sel]
            kurang = cocok(kolom)
            if terbaik is None or len(kurang) < len(terbaik):
                terbaik = kurang
            if not kurang:
                return (i, p, kolom), mulai, None
    return None, mulai, terbaik


def nama_kolom(sel: str) -> str:
    """The column a header cell names, under any of its accepted spellings (alias_kolom); "" for a cell
    longer than any cell the import reads (no column name is that long)."""
    if len(sel) > batas("panjang_sel"):
        return ""
    k = kunci_teks(sel).rstrip(":").strip(" ")
    return spesifikasi()["alias_kolom"].get(k, k)


def wajib() -> list[str]:
    """The columns a survey file must have: class, nomor absen, platform and one per building block."""
    return ["kelas", "absen", "platform"] + kolom_blok()


def dipakai() -> list[str]:
    """The columns a row is read from, in the order their limits are checked."""
    return ["kelas", "absen", "nama", "platform"] + kolom_blok()


def cocok(kolom: list[str]) -> list[str]:
    """The required columns this header lacks (a "nama" column stands in for "absen" in older files)."""
    ada = set(kolom) | ({"absen"} if "nama" in kolom else set())
    return [k for k in wajib() if k not in ada]


def daftar(kolom: list[str]) -> str:
    """Columns named in a message: the first three, then how many more."""
    return ", ".join(kolom[:3]) + (f", dan {len(kolom) - 3} kolom lain" if len(kolom) > 3 else "")


def kosong(baris: str) -> bool:
    """A line with nothing but spaces, separators and quotes."""
    return not _KOSONG.sub("", baris)


_BILANGAN = re.compile(r"0*([0-9]{1,6})(?:[.,]0+)?")
_KOSONG = re.compile(f"{SPASI}|[,;\"]")


def bilangan(teks: str) -> int | None:
    """A whole number as a spreadsheet may write it: "4", "04", "4,0", "4.0"; None otherwise, also for a
    number of more than six digits (leading zeros aside), which no nomor absen or score can be."""
    if len(teks) == 1 and "0" <= teks <= "9":
        return int(teks)
    m = _BILANGAN.fullmatch(normal(teks, "NFKC"))
    return int(m.group(1)) if m else None
