"""Chart builders: each takes course data and returns a ``Grafik`` (Plotly figure + caption + data)."""

from __future__ import annotations

from typing import Sequence

import pandas as pd
import plotly.graph_objects as go

from .data import Perbedaan
from .tampilan import Grafik

WARNA = {"Media sosial": "#0B62A4", "Jejaring sosial": "#B8470B"}  # colour-blind safe, 4.5:1 on white
FONT = dict(family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif", size=14)


def tata_letak(fig: go.Figure, judul: str, tinggi: int = 420) -> go.Figure:
    """Shared layout: readable on a phone, no Plotly logo, legend on top."""
    fig.update_layout(
        title=dict(text=judul, x=0, xanchor="left"), font=FONT, height=tinggi,
        margin=dict(l=10, r=10, t=110, b=40), template="plotly_white",
        legend=dict(orientation="h", yanchor="bottom", y=1.0, x=0),
    )
    return fig


def tombol_jejak(nama: Sequence[str], label_semua: str = "Keduanya") -> list[dict]:
    """Client-side buttons that show all traces or one at a time (work on the static page)."""
    tombol = [dict(label=label_semua, method="update", args=[{"visible": [True] * len(nama)}])]
    for i, n in enumerate(nama):
        tombol.append(dict(label=f"{n} saja", method="update",
                           args=[{"visible": [j == i for j in range(len(nama))]}]))
    return [dict(type="buttons", direction="right", x=0, xanchor="left", y=1.22, yanchor="top",
                 showactive=True, buttons=tombol, pad=dict(r=4, t=4))]


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
            y=df["Ciri yang dinilai"], x=df[jenis], name=jenis, orientation="h",
            marker_color=WARNA[jenis], text=df[jenis], textposition="outside",
            customdata=df["Alasan penilaian"],
            hovertemplate="<b>%{y}</b><br>" + jenis + ": %{x} dari 5<br>%{customdata}<extra></extra>",
        )
    tata_letak(fig, "Lima perbedaan dalam satu pandangan", tinggi=460)
    fig.update_layout(barmode="group", updatemenus=tombol_jejak(["Media sosial", "Jejaring sosial"]),
                      xaxis=dict(range=[0, 5.8], dtick=1, title="Skor penilaian buku (1 = rendah, 5 = tinggi)"),
                      yaxis=dict(autorange="reversed", automargin=True))
    keterangan = ("Skor adalah penilaian penyusun buku (2026) yang merangkum lima perbedaan dalam artikel "
                  "DifferenceBetween.net; skor ini bukan hasil pengukuran. Arahkan kursor atau ketuk batang "
                  "untuk membaca alasannya, dan pakai tombol di atas grafik untuk menampilkan satu jenis saja.")
    return Grafik(fig, keterangan, df)
