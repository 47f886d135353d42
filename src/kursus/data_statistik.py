"""The real figures: ``statistik.csv`` (one row per figure, with its source, address, date and status) and
``catatan_statistik.yaml`` (a caveat on a dataset, shown wherever its figures are used).

The range a figure may take is set per unit in ``RENTANG_SATUAN``; a figure given twice for the same dataset,
metric, category and date is refused. ``statistik()`` returns a pandas DataFrame the chapters may filter
freely. Import these through ``kursus.data``.
"""

from __future__ import annotations

import math
from dataclasses import fields
from functools import lru_cache

from .berkas_data import DataError, baca_csv
from .data_sumber import SUMBER
from .skema import Rujukan, alamat_web, angka, kolom, muat, rekaman, tanggal_acuan, teks_boleh_kosong, validasi


# The range a figure may take, by unit; any other unit takes any number from 0 up. One line per new unit.
RENTANG_SATUAN = {"percent": (0, 100), "score_1_to_5": (1, 5), "score_0_to_100": (0, 100)}


def rentang_satuan(rec: dict) -> None:
    """A figure must lie in the range of its unit (RENTANG_SATUAN)."""
    bawah, atas = RENTANG_SATUAN.get(rec["unit"], (0, math.inf))
    if not bawah <= rec["value"] <= atas:
        batas = f"{bawah} sampai {atas}" if atas != math.inf else f"paling kecil {bawah}"
        raise ValueError(f"angka {rec['value']:g} di luar rentang untuk satuan {rec['unit']} ({batas})", "value")


Statistik = rekaman(
    "Statistik", "One real figure of statistik.csv with its source, address, date and status.",
    dataset=kolom(), metric=kolom(), category=kolom(), ref_date=kolom(tanggal_acuan), value=kolom(angka),
    unit=kolom(), source=kolom(), seen_at=kolom(alamat_web), status=kolom(pilihan=("primary", "secondary")),
    note=kolom(teks_boleh_kosong, wajib=False), periksa_rekaman=rentang_satuan)


KOLOM_STATISTIK = tuple(f.name for f in fields(Statistik))


def muat_statistik(teks_berkas: str | None = None):
    """The real figures, one row per figure with its source, address, date and status (a DataFrame)."""
    import pandas as pd
    baris = baca_csv("statistik.csv", teks_berkas)
    if baris and set(baris[0]) != set(KOLOM_STATISTIK):
        kurang = sorted(set(KOLOM_STATISTIK) - set(baris[0]))
        raise DataError("statistik.csv", f"judul kolom tidak sesuai; yang kurang: {', '.join(kurang) or '-'}")
    recs = validasi("statistik.csv", baris, Statistik)
    df = pd.DataFrame(recs, columns=list(KOLOM_STATISTIK))
    kunci = ["dataset", "metric", "category", "ref_date"]
    ganda = df.duplicated(kunci, keep="first")
    if ganda.any():
        kedua = int(ganda.to_numpy().nonzero()[0][0])  # the first record repeating an earlier one
        r = df.iloc[kedua]
        pertama = next(i for i in range(kedua) if tuple(df.iloc[i][kunci]) == tuple(r[kunci]))
        raise DataError("statistik.csv", f"angka untuk {r.dataset}/{r.metric}/{r.category}/{r.ref_date} sudah ada "
                                         f"di rekaman ke-{pertama + 1} (baris {recs[pertama].baris}); hapus salah "
                                         "satunya", kedua + 1, baris=recs[kedua].baris)
    return df


@lru_cache(maxsize=None)
def _statistik_cache():
    return muat_statistik()


def statistik():
    """A copy of the statistics table (callers may filter or modify it freely)."""
    return _statistik_cache().copy()


Catatan = rekaman(
    "Catatan", "A caveat on one dataset of statistik.csv, shown wherever its figures are used.",
    id=kolom(rujuk=Rujukan("statistik.csv (kolom dataset)", lambda: set(statistik()["dataset"]))),
    catatan=kolom(), sumber=kolom(rujuk=SUMBER))


def muat_catatan(teks_berkas: str | None = None) -> dict[str, str]:
    return {c.id: c.catatan for c in muat("catatan_statistik.yaml", Catatan, teks_berkas)}


@lru_cache(maxsize=None)
def catatan_statistik() -> dict[str, str]:
    """Caveats by dataset, to show wherever its figures are used."""
    return muat_catatan()
