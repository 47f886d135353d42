"""Charts of the viral-spread model (``kursus.logika.viral``): a broad audience against a close network.

``grafik_viral`` precomputes several share rates, chosen with a slider that works on the static page;
``grafik_viral_satu`` draws one setting for the live simulator in ``kursus.widgets.viral``.
"""

from __future__ import annotations

from typing import Sequence

import pandas as pd
import plotly.graph_objects as go

from ..logika.statistik import angka_id
from ..logika.viral import CONTOH_VIRAL, periksa_viral, sebaran_viral
from ..tampilan import Grafik
from .dasar import WARNA, tata_letak, tombol_atas


def _jejak_viral(fig: go.Figure, peluang: float, jangkauan: int, putaran: int, jaringan: int,
                 populasi_luas: int, visible: bool = True) -> tuple[list[float], list[float]]:
    peluang, jangkauan, putaran, jaringan, populasi_luas = periksa_viral(peluang, jangkauan, putaran, jaringan,
                                                                         populasi_luas)
    luas = sebaran_viral(peluang, jangkauan, putaran, populasi_luas)
    dekat = sebaran_viral(peluang, min(jangkauan, jaringan), putaran, jaringan)
    x = list(range(putaran + 1))
    for nama, y, warna in (("Khalayak luas (media sosial)", luas, WARNA["Media sosial"]),
                           ("Jaringan dekat (jejaring sosial)", dekat, WARNA["Jejaring sosial"])):
        fig.add_scatter(x=x, y=[round(v) for v in y], mode="lines+markers", name=nama, visible=visible,
                        line=dict(color=warna, width=3),
                        hovertemplate=nama + "<br>Putaran %{x}: %{y:,} orang<extra></extra>")
    return luas, dekat


SKALA_LOG = [10 ** k for k in range(1, 10)]


def label_ribuan(v: float) -> str:
    """Short Indonesian tick labels: 1000 -> '1 rb', 10**6 -> '1 jt', 10**9 -> '1 M'."""
    for batas, akhiran in ((10 ** 9, " M"), (10 ** 6, " jt"), (10 ** 3, " rb")):
        if v >= batas:
            return f"{v / batas:g}{akhiran}"
    return f"{v:g}"


def _tata_letak_viral(fig: go.Figure) -> None:
    tata_letak(fig, "Seberapa jauh sebuah unggahan menyebar?", tinggi=480)
    fig.update_layout(xaxis=dict(title="Putaran berbagi", dtick=1),
                      yaxis=dict(title="Orang terjangkau", type="log", tickvals=SKALA_LOG,
                                 ticktext=[label_ribuan(v) for v in SKALA_LOG]))


def ringkas_viral(luas: list[float], dekat: list[float], jaringan: int) -> str:
    return (f"Setelah {len(luas) - 1} putaran, unggahan untuk khalayak luas menjangkau sekitar "
            f"{angka_id(round(luas[-1]))} orang, sedangkan di jaringan dekat menjangkau "
            f"{angka_id(round(dekat[-1]))} dari {angka_id(jaringan)} orang.")


def grafik_viral_satu(peluang: float, jangkauan: int, putaran: int, jaringan: int,
                      populasi_luas: int) -> tuple[Grafik, str]:
    """One setting of the simulator (for the live widget), with a one-sentence summary."""
    peluang, jangkauan, putaran, jaringan, populasi_luas = periksa_viral(peluang, jangkauan, putaran, jaringan,
                                                                         populasi_luas)
    fig = go.Figure()
    luas, dekat = _jejak_viral(fig, peluang, jangkauan, putaran, jaringan, populasi_luas)
    _tata_letak_viral(fig)
    data = pd.DataFrame({"Putaran": range(putaran + 1), "Khalayak luas": [angka_id(round(v)) for v in luas],
                         "Jaringan dekat": [angka_id(round(v)) for v in dekat]})
    return Grafik(fig, KETERANGAN_VIRAL, data), ringkas_viral(luas, dekat, jaringan)


KETERANGAN_VIRAL = ("Model sederhana buatan buku ini, bukan data pengukuran: setiap orang yang baru terjangkau "
                    "membagikan unggahan dengan peluang tertentu, dan setiap kali dibagikan, unggahan itu "
                    "menjangkau sejumlah orang baru. Batas khalayak luas adalah jumlah identitas pengguna media "
                    "sosial di Indonesia "
                    "(DataReportal, Januari 2024; dibaca dari laporan sekunder).")


def grafik_viral(populasi_luas: int, peluang: Sequence[float] = CONTOH_VIRAL["peluang"],
                 jangkauan: int = CONTOH_VIRAL["jangkauan"], putaran: int = CONTOH_VIRAL["putaran"],
                 jaringan: int = CONTOH_VIRAL["jaringan"]) -> Grafik:
    """Precomputed spread for several share rates, chosen with a slider that works on the static page."""
    fig = go.Figure()
    baris = []
    for i, p in enumerate(peluang):
        luas, dekat = _jejak_viral(fig, p, jangkauan, putaran, jaringan, populasi_luas, visible=(i == 2))
        baris += [{"Peluang dibagikan": f"{p:.0%}", "Putaran": t, "Khalayak luas": angka_id(round(a)),
                   "Jaringan dekat": angka_id(round(b))}
                  for t, (a, b) in enumerate(zip(luas, dekat))]
    langkah = [dict(label=f"{p:.0%}", method="update",
                    args=[{"visible": [j // 2 == i for j in range(2 * len(peluang))]}])
               for i, p in enumerate(peluang)]
    _tata_letak_viral(fig)
    fig.update_layout(
        sliders=[dict(active=2, steps=langkah, x=0, len=1, y=-0.12, yanchor="top", pad=dict(t=30),
                      currentvalue=dict(prefix="Peluang dibagikan: "))],
        updatemenus=[tombol_atas([
                              dict(label="Skala logaritmik", method="relayout",
                                   args=[{"yaxis.type": "log", "yaxis.title.text": "Orang terjangkau"}]),
                              dict(label="Skala biasa", method="relayout",
                                   args=[{"yaxis.type": "linear", "yaxis.title.text": "Orang terjangkau"}]),
                          ])],
        margin=dict(b=190))
    return Grafik(fig, KETERANGAN_VIRAL + f" Setiap unggahan menjangkau {jangkauan} orang; jaringan dekat berisi "
                  f"{jaringan} orang. Geser penggeser untuk mengubah peluang dibagikan.", pd.DataFrame(baris))
