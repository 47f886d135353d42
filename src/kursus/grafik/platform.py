"""Charts of the platform comparer: the book's 1–5 rating of platforms on Kietzmann's seven building blocks,
for a learner's choice or for every platform with buttons for prepared comparisons."""

from __future__ import annotations

from typing import Sequence

import pandas as pd
import plotly.graph_objects as go

from ..logika.platform import banding_platform
from ..tampilan import Grafik
from .dasar import tata_letak, teks_plotly, tombol_atas


WARNA_PLATFORM = ["#0B62A4", "#B8470B", "#2E7D32", "#6B4FA0", "#8A6D00", "#00707A", "#A4325A"]
PERBANDINGAN_CONTOH = (("Facebook", "LinkedIn"), ("Instagram", "TikTok"), ("WhatsApp", "X"),
                       ("YouTube", "TikTok", "Instagram"))


def grafik_platform(skor, blok, pilihan: Sequence[str]) -> Grafik:
    """Grouped bars: the book's 1–5 rating of the chosen platforms on Kietzmann's seven blocks."""
    df = banding_platform(skor, blok, pilihan)
    return _grafik_platform(df, list(dict.fromkeys(df["Platform"])), [])


def grafik_platform_semua(skor, blok, contoh: Sequence[Sequence[str]] = PERBANDINGAN_CONTOH) -> Grafik:
    """Every platform, with buttons that show one prepared comparison at a time (works on the static page)."""
    semua = list(dict.fromkeys(s.platform for s in skor))
    nama = {b.id: b.nama for b in blok}
    df = pd.DataFrame([{"Blok": nama[s.blok], "Platform": s.platform, "Skor": s.skor, "Alasan": s.alasan}
                       for b in blok for s in skor if s.blok == b.id])
    tombol = [dict(label=teks_plotly(" vs ".join(c)), method="update", args=[{"visible": [p in c for p in semua]}])
              for c in contoh]
    tombol.append(dict(label="Semua platform", method="update", args=[{"visible": [True] * len(semua)}]))
    return _grafik_platform(df, semua, tombol, awal=contoh[0] if contoh else semua)


def _grafik_platform(df: pd.DataFrame, platform: list[str], tombol: list[dict], awal=None) -> Grafik:
    fig = go.Figure()
    for i, p in enumerate(platform):
        d = df[df["Platform"] == p]
        fig.add_bar(y=teks_plotly(d["Blok"]), x=d["Skor"], name=teks_plotly(p), orientation="h",
                    customdata=teks_plotly(d["Alasan"]),
                    marker_color=WARNA_PLATFORM[i % len(WARNA_PLATFORM)],
                    visible=True if awal is None else p in awal,
                    hovertemplate="<b>%{fullData.name}</b> · %{y}: %{x} dari 5<br>%{customdata}<extra></extra>")
    tata_letak(fig, "Membandingkan platform dengan tujuh blok fungsional", tinggi=560)
    fig.update_layout(barmode="group", xaxis=dict(range=[0, 5.5], dtick=1, title="Skor penilaian buku (1–5)"),
                      yaxis=dict(autorange="reversed", automargin=True))
    if tombol:
        fig.update_layout(updatemenus=[tombol_atas(tombol)])
    keterangan = ("Skor adalah penilaian penyusun buku (2026) atas tujuh blok fungsional Kietzmann dkk. (2011), "
                  "bukan hasil pengukuran. Alasan setiap skor ada di tabel data dan muncul saat kursor diarahkan ke "
                  "batang atau batang diketuk.")
    return Grafik(fig, keterangan, df)
