"""Unicode on both sides alike: one documented subset of characters is normalised, the rest kept as typed.

Python (unicodedata: Unicode 14.0 in 3.11, 15.1 in 3.13) and the browser (ICU: the Unicode of its own
version) know different sets of characters, so a character one side knows and the other does not would be
normalised, lower-cased or dropped on one side only. Here NFC/NFKC, lower case and the removal of control
characters are applied only to the characters assigned in Unicode 3.2 (``unicodedata.ucd_3_2_0``, the same
in every Python) plus the few later invisible characters listed in the specification (``unicode_tambahan``);
every other character is kept exactly as typed, in Python and in the browser alike. The scripts get the same
ranges (``rentang_unicode``, embedded in the page) and split text the same way (kursus-survei.js,
kursus-survei-kelas.js).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .spek import spesifikasi


@lru_cache(maxsize=None)
def rentang_unicode() -> tuple[tuple[int, int], ...]:
    """The code point ranges of the subset (Unicode 3.2 assigned, plus unicode_tambahan), sorted."""
    tambahan = set()
    for r in spesifikasi().get("unicode_tambahan", []):
        a, _, b = str(r).partition("-")
        tambahan.update(range(int(a, 16), int(b or a, 16) + 1))
    rentang, awal = [], None
    for c in range(0x110000):
        ada = c in tambahan or (unicodedata.ucd_3_2_0.category(chr(c)) != "Cn" and not 0xD800 <= c <= 0xDFFF)
        if ada and awal is None:
            awal = c
        elif not ada and awal is not None:
            rentang.append((awal, c - 1))
            awal = None
    if awal is not None:
        rentang.append((awal, 0x10FFFF))
    return tuple(rentang)


def _kelas_di_luar() -> str:
    """A regex character class of every code point outside the subset (the same text is built in the script)."""
    luar, mulai = [], 0
    for a, b in rentang_unicode():
        if a > mulai:
            luar.append((mulai, a - 1))
        mulai = b + 1
    if mulai <= 0x10FFFF:
        luar.append((mulai, 0x10FFFF))
    return "[" + "".join(f"\\U{a:08x}-\\U{b:08x}" for a, b in luar) + "]+"


@lru_cache(maxsize=None)
def _luar() -> re.Pattern:
    return re.compile("(" + _kelas_di_luar() + ")")


def dalam_subset(teks: str) -> bool:
    """Is every character of ``teks`` in the subset that is normalised and lower-cased?"""
    return teks.isascii() or not _luar().search(teks)


def _per_bagian(teks: str, ubah) -> str:
    """``ubah`` applied to each run of characters of the subset; the others kept as they are."""
    if teks.isascii():
        return ubah(teks)
    bagian = _luar().split(teks)
    return "".join(ubah(b) if i % 2 == 0 else b for i, b in enumerate(bagian))


def normal(teks: str, bentuk: str) -> str:
    """NFC or NFKC, on the subset only (see above)."""
    if teks.isascii():
        return teks
    return _per_bagian(teks, lambda b: unicodedata.normalize(bentuk, b))


def kecil(teks: str) -> str:
    """Lower case, on the subset only."""
    return _per_bagian(teks, str.lower)
