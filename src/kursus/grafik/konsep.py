"""Charts of the course's concepts: the five differences as the book rates them, and Kaplan and Haenlein's six
kinds of social media."""

from __future__ import annotations

from typing import Sequence

import pandas as pd
import plotly.graph_objects as go

from ..data import Perbedaan, nama_sumber
from ..tampilan import Grafik
from .dasar import WARNA, tata_letak, teks_plotly, tombol_jejak


def grafik_perbedaan(data: Sequence[Perbedaan]) -> Grafik:
    """Grouped bars: the book's 1–5 rating of each difference's trait, for both kinds, with toggles."""
    df = pd.DataFrame({
        "Ciri yang dinilai": [p.ciri for p in data],
        "Media sosial": [p.skor_media_sosial for p in data],
        "Jejaring sosial": [p.skor_jejaring_sosial for p in data],
        "Alasan penilaian": [p.alasan_skor for p in data],
    })
    fig = go.Figure()
    for jenis in ("Media sosial", "Jejaring sosial"):
        fig.add_bar(
            y=teks_plotly(df["Ciri yang dinilai"]), x=df[jenis], name=jenis, orientation="h",
            marker_color=WARNA[jenis], text=df[jenis], textposition="outside",
            customdata=teks_plotly(df["Alasan penilaian"]),
            hovertemplate="<b>%{y}</b><br>" + jenis + ": %{x} dari 5<br>%{customdata}<extra></extra>",
        )
    tata_letak(fig, "Lima perbedaan dalam satu grafik", tinggi=460)
    fig.update_layout(barmode="group", updatemenus=tombol_jejak(["Media sosial", "Jejaring sosial"]),
                      xaxis=dict(range=[0, 5.8], dtick=1, title="Skor penilaian buku (1 = rendah, 5 = tinggi)"),
                      yaxis=dict(autorange="reversed", automargin=True))
    keterangan = ("Skor adalah penilaian penyusun buku (2026) yang merangkum lima perbedaan dalam artikel "
                  f"{nama_sumber(data)}; skor ini bukan hasil pengukuran. Arahkan kursor atau ketuk batang "
                  "untuk membaca alasannya, dan pakai tombol di atas grafik untuk menampilkan salah satunya saja.")
    return Grafik(fig, keterangan, df)


def grafik_jenis_media(jenis) -> Grafik:
    """Kaplan & Haenlein's matrix: six kinds placed by social presence and self-presentation."""
    x_pos = {"rendah": 0, "sedang": 1, "tinggi": 2}
    y_pos = {"rendah": 0, "tinggi": 1}
    df = pd.DataFrame([{"Jenis": j.nama, "Contoh": j.contoh, "Kehadiran sosial": j.kehadiran_sosial,
                        "Presentasi diri": j.presentasi_diri, "jejaring": j.id == "situs-jejaring-sosial"}
                       for j in jenis])
    fig = go.Figure()
    for sorot, warna, nama in ((False, "#0B62A4", "Jenis media sosial lain"), (True, "#B8470B", "Situs jejaring sosial")):
        r = df[df["jejaring"] == sorot]
        fig.add_scatter(x=[x_pos[v] for v in r["Kehadiran sosial"]], y=[y_pos[v] for v in r["Presentasi diri"]],
                        mode="markers+text", name=nama, text=[teks_plotly(j).replace(" ", "<br>") for j in r["Jenis"]],
                        textposition=["top center" if v == "tinggi" else "bottom center" for v in r["Presentasi diri"]],
                        customdata=list(zip(teks_plotly(r["Jenis"]), teks_plotly(r["Contoh"]))),
                        marker=dict(size=26, color=warna, symbol="hexagon"),
                        hovertemplate="<b>%{customdata[0]}</b><br>Contoh: %{customdata[1]}<extra></extra>")
    tata_letak(fig, "Enam jenis media sosial menurut Kaplan dan Haenlein", tinggi=440)
    fig.update_layout(
        xaxis=dict(tickvals=[0, 1, 2], ticktext=["Rendah", "Sedang", "Tinggi"], range=[-0.6, 2.6],
                   title="Kehadiran sosial"),
        yaxis=dict(tickvals=[0, 1], ticktext=["Rendah", "Tinggi"], range=[-0.9, 1.9], title="Presentasi diri"),
        updatemenus=tombol_jejak(["Jenis media sosial lain", "Situs jejaring sosial"], "Semua jenis"))
    data = df.drop(columns="jejaring")
    keterangan = ("Sumber: Kaplan dan Haenlein (2010), Business Horizons 53(1); posisi di matriks dibaca dari "
                  "ringkasan sekunder. Perhatikan bahwa situs jejaring sosial hanyalah satu dari enam jenis media sosial.")
    return Grafik(fig, keterangan, data)
