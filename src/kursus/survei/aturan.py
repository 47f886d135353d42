"""The survey's shared rules: the specification file, messages, and how text is normalised and made safe.

Every rule the in-browser importer (kursus_buku/assets/kursus-survei-kelas.js) must follow too lives in
``data/survei_spesifikasi.yaml``; this module reads it and implements the few text operations both sides
share. Keep them in step with the script (tests/test_survei_browser.py compares the two on the same files).
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Any

from .. import data
from .spek import SPESIFIKASI, spesifikasi  # noqa: F401 (both are part of this module's names)
from .unikode import _per_bagian, dalam_subset, kecil, normal, rentang_unicode  # noqa: F401


@lru_cache(maxsize=None)
def batas(nama: str) -> int:
    return int(spesifikasi()["batas"][nama])


def pesan(kunci: str, **nilai: Any) -> str:
    """A message from the specification with its {placeholders} filled (same rule as the script)."""
    templat = spesifikasi()["pesan"][kunci]
    return re.sub(r"\{(\w+)\}", lambda m: str(nilai[m.group(1)]), templat)


class ArgumenSalah(TypeError, ValueError):
    """A public function called with the wrong kind of value; the message (Indonesian) says what it takes.
    (Both a TypeError and a ValueError, so that code catching either still catches it.)"""


def periksa_argumen(fungsi: str, nama: str, nilai: Any, jenis: type | tuple[type, ...]) -> None:
    """Refuse a wrong argument of a function a teacher calls from a notebook, in Indonesian."""
    if not isinstance(nilai, jenis):
        raise ArgumenSalah(pesan("argumen_salah", fungsi=fungsi, nama=nama, jenis=type(nilai).__name__))


KOLOM_JAWABAN = ("platform", "blok", "skor")
KOLOM_RINGKASAN = ("platform", "blok", "skor_buku", "jumlah", "rata_rata", "simpangan", "selisih")
KOLOM_SEBARAN = ("platform", "blok", "skor", "jumlah")


def periksa_tabel(fungsi: str, nilai: Any, kolom: tuple[str, ...], kunci: str) -> None:
    """Refuse, in Indonesian, a value that is not the table a function takes (``kunci``: which message)."""
    import pandas as pd
    if isinstance(nilai, pd.DataFrame):
        kurang = [k for k in kolom if k not in nilai.columns]
        if not kurang:
            return
        jenis = "tabel tanpa kolom " + ", ".join(kurang)
    else:
        jenis = type(nilai).__name__
    raise ArgumenSalah(pesan(kunci, fungsi=fungsi, kolom=", ".join(kolom), jenis=jenis))


def kolom_blok() -> list[str]:
    return [b.id for b in data.blok()]


def kolom_csv(nama: bool = False) -> list[str]:
    """The header of a survey file: class, nomor absen (and, in older files, name), platform, then the blocks."""
    return list(spesifikasi()["kolom_orang"]) + (["nama"] if nama else []) + ["platform"] + kolom_blok()


# --- Text ----------------------------------------------------------------------------------------------
# Explicit character classes, identical in the script: Python's and JavaScript's \s differ.
SPASI = "[ \t\n\r\f\v\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]"
HURUF_SPASI = " \t\n\r\f\v\u00a0\u1680" + "".join(map(chr, range(0x2000, 0x200B))) + "\u2028\u2029\u202f\u205f\u3000\ufeff"
_SPASI_BANYAK = re.compile(f"{SPASI}+")


def rapikan(teks: str) -> str:
    """A cell as read: spaces at both ends removed and runs of spaces made one (Unicode spaces too), NFC.
    Linear in the length of the cell, however many spaces it holds."""
    t = teks.strip(HURUF_SPASI)
    if t.isascii() and t.isprintable():  # the usual cell: only a plain space can repeat
        return t if "  " not in t else _SPASI_BANYAK.sub(" ", t)
    return normal(_SPASI_BANYAK.sub(" ", t), "NFC")


_KENDALI_ASCII = re.compile("[\x00-\x1f\x7f]")


def _tanpa_kendali(teks: str) -> str:
    if teks.isascii():
        return _KENDALI_ASCII.sub("", teks)
    return _per_bagian(teks, lambda b: "".join(
        c for c in b if unicodedata.category(c) not in ("Cc", "Cf", "Zl", "Zp")))


@lru_cache(maxsize=65536)
def kunci_teks(teks: str) -> str:
    """The same name however it was typed: NFKC, lower case, control and zero-width characters dropped,
    runs of spaces made one."""
    t = normal(teks, "NFKC")
    t = _SPASI_BANYAK.sub(" ", t)
    t = kecil(_tanpa_kendali(t))
    return _SPASI_BANYAK.sub(" ", t).strip(" ")


@lru_cache(maxsize=65536)
def kunci_kelas(teks: str) -> str:
    """The same class however it was typed: "8 A", "8a" and "８Ａ" are one class."""
    return re.sub(r"[ .\-/]", "", kunci_teks(teks))


def awalan_rumus() -> tuple[str, ...]:
    return tuple(spesifikasi()["awalan_rumus"])


def mulai_rumus(teks: str) -> bool:
    """Would a spreadsheet read this cell as a formula? Looks past leading spaces and control characters,
    and folds full-width and small forms (＝, ﹢ ...) with NFKC."""
    t = normal(_tanpa_kendali(teks), "NFKC").lstrip(" \t\r\n\u00a0\u3000")
    return t.startswith(awalan_rumus())


def aman_sel(teks: str) -> str:
    """Text made safe for a CSV cell in every spreadsheet and locale: no separator (, ; tab), quote, line
    break or control character inside, and a leading apostrophe when it would start a formula."""
    t = "".join(" " if c in spesifikasi()["ganti_dengan_spasi"] else c for c in str(teks))
    t = _tanpa_kendali(normal(t, "NFC"))
    t = _SPASI_BANYAK.sub(" ", t).strip(" ")
    return "'" + t if mulai_rumus(t.lstrip("'")) else t


def buka_sel(teks: str) -> str:
    """Undo ``aman_sel``'s apostrophe on import: "'=Siti" was typed as "=Siti" ("''=Siti" as "'=Siti")."""
    return teks[1:] if teks.startswith("'") and mulai_rumus(teks.lstrip("'")) else teks


def salah_orang(kelas: str, absen: str) -> str:
    """Why the survey form cannot make a file yet (Indonesian), or "" when it can: the class and nomor absen
    are checked with the import's own rules, so the form never offers a file the import would refuse.
    The form's script (kursus-survei.js) checks the same way."""
    periksa_argumen("periksa_orang", "kelas", kelas, str)
    periksa_argumen("periksa_orang", "nomor absen", absen, str)
    a = absen.strip(HURUF_SPASI)
    if not rapikan(kelas) or not a:
        return pesan("isi_orang")
    if len(a) > 6 or not re.fullmatch(r"[0-9]+", a) or not 1 <= int(a) <= batas("absen_maks"):
        return pesan("absen_form", maks=batas("absen_maks"))
    dibaca = buka_sel(rapikan(aman_sel(kelas)))
    if not dibaca:
        return pesan("kelas_form", nilai=kutip(kelas))
    if len(dibaca) > batas("panjang_sel"):
        return pesan("kelas_panjang", maks=batas("panjang_sel"))
    return ""


def kutip(nilai: str, panjang: int = 30) -> str:
    """A value quoted in a message, cut to ``panjang`` characters."""
    huruf = list(nilai)
    nilai = "".join(huruf[:panjang]) + "…" if len(huruf) > panjang else nilai
    return "'" + re.sub(r"[\r\n]", " ", nilai) + "'"


def fnv1a(teks: str) -> str:
    """A short, stable fingerprint of a text (FNV-1a, 32 bits, over UTF-8), the same in the script."""
    h = 0x811C9DC5
    for b in teks.encode("utf-8"):
        h = ((h ^ b) * 0x01000193) & 0xFFFFFFFF
    return f"{h:08x}"


def siput(teks: str) -> str:
    """A file-name part: ASCII letters, digits and dashes. A text with any letter beyond ASCII (another
    script, or accents: Zoë and Zoé) also gets a fingerprint of its normalised form, so two such names never
    share a file name, while the same name typed another way (case, spaces, NFC/NFD) keeps the same one."""
    lipat = "".join(c for c in normal(teks, "NFKD") if not unicodedata.category(c).startswith("M"))
    hasil = re.sub(r"[^a-z0-9]+", "-", kecil(lipat)).strip("-")[:40].strip("-")
    hilang = not normal(teks, "NFKC").isascii()
    if hilang or (not hasil and kunci_teks(teks)):
        hasil = "-".join(b for b in (hasil, fnv1a(kunci_teks(teks))) if b)
    return hasil


# --- Students ------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Siswa:
    """Who answered: class and nomor absen (or, in older files, name)."""
    kelas: str
    absen: int | None = None
    nama: str = ""

    @cached_property
    def kunci(self) -> str:
        if self.absen is not None:
            return f"{kunci_kelas(self.kelas)}#{self.absen}"
        return f"{kunci_kelas(self.kelas)}@{kunci_teks(self.nama)}"

    @cached_property
    def label(self) -> str:
        """How the student is shown: class and nomor absen, never the name (older files' names are masked)."""
        if self.absen is not None:
            return pesan("siswa_absen", kelas=self.kelas, absen=self.absen)
        return pesan("siswa_nama", kelas=self.kelas, kode=kode_nama(self.nama))


def kode_nama(nama: str) -> str:
    """A short code standing in for a name on screen: the same name (however typed) gives the same code, and
    the teacher, who has the file, can still tell two students apart; the code does not reveal the name."""
    return f"{int(fnv1a(kunci_teks(nama)), 16) % 10000:04d}"


def json_dalam_html(nilai: Any) -> str:
    """JSON safe inside an HTML <script> element: no "</script>", "<!--" or "]]>" can appear."""
    teks = json.dumps(nilai, ensure_ascii=False, allow_nan=False)
    return (teks.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def spesifikasi_lengkap() -> dict[str, Any]:
    """Everything the browser needs to import like Python does: the specification plus the platforms,
    blocks and the book's ratings from the data files."""
    return {
        **spesifikasi(),
        "platform": data.platform(),
        "blok": [{"id": b.id, "nama": b.nama} for b in data.blok()],
        "skor_buku": {f"{s.platform}|{s.blok}": s.skor for s in data.skor_platform()},
        **teks_aturan(),
    }


def teks_aturan() -> dict[str, Any]:
    """The text rules the scripts need (the form's and the importer's): spaces and the Unicode subset."""
    return {"spasi": SPASI, "huruf_spasi": HURUF_SPASI, "rentang_unicode": [list(r) for r in rentang_unicode()]}
