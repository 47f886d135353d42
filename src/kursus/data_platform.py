"""Building blocks and platform ratings: ``blok.yaml`` (Kietzmann et al.'s seven functional building blocks)
and ``platform.yaml`` (the book's 1–5 rating of each platform on each block, with its reason).

A new platform needs one rating per block; ``periksa_kisi`` refuses a missing, doubled or differently spelled
rating. A block id becomes a column of the class survey file, so it may not take one of that file's own
column names. Import these through ``kursus.data``.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Iterable

from .berkas_data import DataError
from .data_sumber import SUMBER, pemuat
from .skema import Rujukan, bukan_kolom, kolom, muat, pengenal, rekaman, semua, skor


# The survey file's own columns besides one per building block (kursus.survei.kolom_csv, older files' name
# column included); a block id becomes a column there, so it may not take one of these names in any letter case.
KOLOM_SURVEI_TETAP = ("kelas", "absen", "nama", "platform")


Blok = rekaman(
    "Blok", "One of Kietzmann et al.'s seven functional building blocks: an attribute platforms are compared on.",
    id=kolom(semua(bukan_kolom(KOLOM_SURVEI_TETAP, "berkas survei kelas"), pengenal)), nama=kolom(), arti=kolom(),
    pertanyaan=kolom(), sumber=kolom(rujuk=SUMBER))


BLOK = Rujukan("blok.yaml", lambda: {b.id for b in blok()})


SkorPlatform = rekaman(
    "SkorPlatform", "The book's 1–5 rating of one platform on one building block, with its reason.",
    platform=kolom(), blok=kolom(rujuk=BLOK), skor=kolom(skor), alasan=kolom(), sumber=kolom(rujuk=SUMBER))
blok = pemuat("blok.yaml", Blok, "The seven building blocks, in the order of Kietzmann et al.")


def periksa_kisi(berkas: str, recs: Iterable[SkorPlatform], blok_ids: list[str]) -> None:
    """Every platform must be rated exactly once on every building block, under one spelling of its name."""
    dilihat: dict[tuple[str, str], int] = {}
    ejaan: dict[str, str] = {}
    for nomor, r in enumerate(recs, start=1):
        lain = ejaan.setdefault(r.platform.casefold(), r.platform)
        if lain != r.platform:
            raise DataError(berkas, f"'{r.platform}' dan '{lain}' hanya beda huruf besar-kecil; pakai satu ejaan",
                            nomor, "platform")
        if r.blok not in blok_ids:
            raise DataError(berkas, f"blok '{r.blok}' tidak ada di blok.yaml", nomor, "blok")
        kunci = (r.platform, r.blok)
        if kunci in dilihat:
            raise DataError(berkas, f"{r.platform} sudah dinilai pada blok '{r.blok}' di rekaman "
                                    f"ke-{dilihat[kunci]}", nomor, "blok")
        dilihat[kunci] = nomor
    for p in dict.fromkeys(r.platform for r in recs):
        kurang = [b for b in blok_ids if (p, b) not in dilihat]
        if kurang:
            raise DataError(berkas, f"{p} belum dinilai pada blok: {', '.join(kurang)}")


def muat_skor_platform(teks_berkas: str | None = None) -> tuple[SkorPlatform, ...]:
    recs = muat("platform.yaml", SkorPlatform, teks_berkas)
    periksa_kisi("platform.yaml", recs, [b.id for b in blok()])
    return recs


@lru_cache(maxsize=None)
def skor_platform() -> tuple[SkorPlatform, ...]:
    """The book's ratings of seven platforms on the seven building blocks (platforms in file order)."""
    return muat_skor_platform()


def platform() -> list[str]:
    """The platforms the book rates, in file order."""
    return list(dict.fromkeys(r.platform for r in skor_platform()))
