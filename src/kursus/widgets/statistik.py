"""The statistics explorer: choose a dataset and a date from the real figures, with sources and caveats."""

from __future__ import annotations

import ipywidgets as w
import pandas as pd

from .. import logika
from ..tampilan import Tampilan, esc, kotak_jalankan, tabel_html
from .dasar import GAYA, panel_html, pesan_html, pilihan_html


def catatan_html(kunci: str, catatan: dict[str, str]) -> str:
    dataset = kunci.split("|", 1)[0]
    teks = catatan.get(dataset)
    return f'<p class="kursus-catatan"><b>Catatan:</b> {esc(teks)}</p>' if teks else ""


def penjelajah_statistik(stat: pd.DataFrame, catatan: dict[str, str], notebook: str = "") -> Tampilan:
    """Choose a dataset/metric and a date from the real figures, with sources and caveats."""
    opsi = logika.pilihan_statistik(stat)
    if not opsi:
        raise ValueError("Tidak ada angka untuk dijelajahi.")
    menu = w.Dropdown(options=opsi, description="Data:", style=GAYA, layout=w.Layout(width="100%"))
    tahun = w.Dropdown(description="Tanggal:", style=GAYA)
    hasil = w.HTML()

    def isi_tahun(_=None):
        dataset, _, metric = (menu.value if isinstance(menu.value, str) else "").partition("|")
        rows = stat[(stat["dataset"] == dataset) & (stat["metric"] == metric)]
        tahun.options = [("Semua", "")] + [(logika.tanggal(t), t) for t in dict.fromkeys(rows["ref_date"])]
        tahun.value = ""
        tampil()

    def tampil(_=None):
        try:
            df = logika.tabel_statistik(stat, menu.value, tahun.value or None)
        except ValueError as e:
            hasil.value = pesan_html(str(e), "salah")
            return
        hasil.value = tabel_html(df, dict(opsi_terbalik)[menu.value]) + catatan_html(menu.value, catatan)

    opsi_terbalik = [(v, t) for t, v in opsi]
    menu.observe(isi_tahun, names="value")
    tahun.observe(tampil, names="value")
    isi_tahun()
    kotak = w.VBox([menu, tahun, hasil], layout=w.Layout(max_width="60rem"))
    kotak.menu, kotak.tahun, kotak.hasil = menu, tahun, hasil

    panel = panel_html([(v, tabel_html(logika.tabel_statistik(stat, v), t) + catatan_html(v, catatan))
                        for t, v in opsi])
    statis = pilihan_html("statistik", [("Data", opsi)], panel) + kotak_jalankan(notebook)
    return Tampilan(kotak, statis)
