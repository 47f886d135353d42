"""Charts of the real figures (statistik.csv): platforms used in Indonesia, internet penetration, daily time on
social media, the digital-literacy index, and Pew's survey of US adults.

Each caption names every source and date behind the chart (``keterangan_sumber``) and the chart's data table
comes from ``kursus.logika.statistik``.
"""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from ..logika.statistik import tabel_baris, tanggal
from ..tampilan import Grafik
from .dasar import koma, tata_letak, teks_plotly, tombol_atas, tombol_jejak


def keterangan_sumber(rows: pd.DataFrame) -> str:
    """Caption text naming every source and date behind a chart, and which figures are second-hand.

    Source names are marked «...» so the book page can set them as citations (<cite>).
    """
    bagian = []
    for source, grup in rows.groupby("source", sort=False):
        tgl = ", ".join(dict.fromkeys(tanggal(t) for t in grup["ref_date"]))
        status = "dibaca dari laporan sekunder" if (grup["status"] == "secondary").all() else (
            "sumber primer" if (grup["status"] == "primary").all() else "sebagian dari laporan sekunder")
        bagian.append(f"«{source}» ({tgl}; {status})")
    return "Sumber: " + "; ".join(bagian) + "."


def pilih(df: pd.DataFrame, dataset: str, metric: str) -> pd.DataFrame:
    rows = df[(df["dataset"] == dataset) & (df["metric"] == metric)]
    if rows.empty:
        raise ValueError(f"Tidak ada data {dataset}/{metric} di statistik.csv.")
    return rows


def grafik_platform_indonesia(stat: pd.DataFrame) -> Grafik:
    """Most used platforms in Indonesia: DataReportal/GWI 2024 vs APJII 2024, switched by buttons."""
    dr = pilih(stat, "ID_DataReportal_platforms", "pct_internet_users_16_64_monthly").sort_values("value")
    apjii = pilih(stat, "ID_APJII_socialapps", "most_accessed_social_app_pct_respondents_multi").sort_values("value")
    fig = go.Figure()
    fig.add_bar(y=teks_plotly(dr["category"]), x=dr["value"], orientation="h", name="DataReportal/GWI 2024",
                marker_color="#0B62A4", text=[f"{koma(v, 1)}%" for v in dr["value"]], textposition="outside",
                hovertemplate="%{y}: %{x:.1f}% pengguna internet 16–64 tahun<extra></extra>")
    fig.add_bar(y=teks_plotly(apjii["category"]), x=apjii["value"], orientation="h", name="Survei APJII 2024",
                marker_color="#B8470B", text=[f"{koma(v, 2)}%" for v in apjii["value"]], textposition="outside",
                visible=False, hovertemplate="%{y}: %{x:.2f}% responden<extra></extra>")
    tata_letak(fig, "Platform yang paling banyak dipakai di Indonesia", tinggi=440)
    fig.update_layout(
        showlegend=False, xaxis=dict(range=[0, 105], title="Persen"),
        updatemenus=[tombol_atas([
                              dict(label="DataReportal 2024", method="update",
                                   args=[{"visible": [True, False]}, {"xaxis.title.text": "Persen pengguna internet usia 16–64 yang memakai tiap bulan"}]),
                              dict(label="APJII 2024", method="update",
                                   args=[{"visible": [False, True]}, {"xaxis.title.text": "Persen responden (boleh memilih lebih dari satu)"}]),
                          ])])
    rows = pd.concat([dr, apjii])
    data = tabel_baris(rows, dengan_dataset=True)
    keterangan = (keterangan_sumber(rows) + " Kedua survei mengukur hal yang berbeda: DataReportal menghitung "
                  "persentase pengguna internet usia 16–64 tahun yang memakai platform setiap bulan, sedangkan "
                  "APJII menanyakan kepada responden aplikasi media sosial mana yang paling sering mereka akses. "
                  "Angkanya tidak bisa dibandingkan langsung. Pakai tombol untuk melihat masing-masing.")
    return Grafik(fig, keterangan, data)


def grafik_penetrasi_internet(stat: pd.DataFrame) -> Grafik:
    """Internet penetration in Indonesia (APJII survey years) beside DataReportal's estimate."""
    apjii = pilih(stat, "ID_APJII", "internet_penetration")
    dr = pilih(stat, "ID_DataReportal", "internet_penetration")
    fig = go.Figure()
    fig.add_scatter(x=[tanggal(d) for d in apjii["ref_date"]], y=apjii["value"], mode="lines+markers+text", name="APJII (survei rumah tangga)",
                    text=[f"{koma(v, 1)}%" for v in apjii["value"]], textposition="top center",
                    marker_color="#0B62A4", hovertemplate="APJII %{x}: %{y:.2f}%<extra></extra>")
    fig.add_scatter(x=[d[:4] for d in dr["ref_date"]], y=dr["value"], mode="markers+text", name="DataReportal",
                    text=[f"{koma(v, 1)}%" for v in dr["value"]], textposition="bottom center",
                    customdata=[tanggal(d) for d in dr["ref_date"]],
                    marker=dict(color="#B8470B", size=12, symbol="diamond"),
                    hovertemplate="DataReportal, laporan %{customdata}: %{y:.1f}%<extra></extra>")
    tata_letak(fig, "Berapa persen penduduk Indonesia memakai internet?")
    fig.update_layout(yaxis=dict(range=[50, 90], title="Persen penduduk"), xaxis=dict(title="Tahun survei", type="category"),
                      updatemenus=tombol_jejak(["APJII", "DataReportal"], "Keduanya"))
    rows = pd.concat([apjii, dr])
    data = tabel_baris(rows, dengan_dataset=True)
    keterangan = (keterangan_sumber(rows) + " APJII mewawancarai rumah tangga secara tatap muka; DataReportal "
                  "memadukan berbagai sumber. Cara mengukurnya berbeda, jadi kedua deret tidak boleh disambung. "
                  "Titik DataReportal ditempatkan pada tahun laporannya; laporan Digital 2026 terbit November 2025.")
    return Grafik(fig, keterangan, data)


def grafik_waktu_harian(stat: pd.DataFrame) -> Grafik:
    """Daily minutes on social media, Indonesia vs the world, per January report."""
    rows = stat[(stat["metric"] == "daily_time_social_media")].sort_values("ref_date")
    fig = go.Figure()
    for wilayah, warna, nama in (("Indonesia", "#0B62A4", "Indonesia"), ("World", "#B8470B", "Dunia")):
        r = rows[rows["category"] == wilayah]
        fig.add_bar(x=[tanggal(t) for t in r["ref_date"]], y=r["value"], name=nama, marker_color=warna,
                    text=[f"{int(v) // 60} jam {int(v) % 60} menit" for v in r["value"]], textposition="outside",
                    hovertemplate=nama + " %{x}: %{y} menit per hari<extra></extra>")
    tata_letak(fig, "Berapa lama orang bermedia sosial setiap hari?")
    fig.update_layout(barmode="group", yaxis=dict(title="Menit per hari", range=[0, 240]),
                      updatemenus=tombol_jejak(["Indonesia", "Dunia"], "Keduanya"))
    data = tabel_baris(rows)
    keterangan = keterangan_sumber(rows) + " Batang yang tidak ada berarti angkanya tidak tersedia di data buku ini."
    return Grafik(fig, keterangan, data)


def grafik_literasi_digital(stat: pd.DataFrame) -> Grafik:
    """National digital-literacy index 2020–2022 by pillar, with buttons per year."""
    nama = {"pillar_digital_skill": "Cakap Digital", "pillar_digital_ethics": "Etika Digital",
            "pillar_digital_safety": "Aman Digital", "pillar_digital_culture": "Budaya Digital",
            "index_overall": "Indeks keseluruhan"}
    rows = stat[stat["dataset"] == "ID_LiterasiDigital"].copy()
    rows["pilar"] = rows["metric"].map(nama)
    tahun = sorted(rows["ref_date"].unique())
    warna = ["#9DB9D3", "#4F86B5", "#0B4F84"]
    fig = go.Figure()
    for t, w in zip(tahun, warna):
        r = rows[rows["ref_date"] == t].set_index("pilar").reindex(list(nama.values())).reset_index()
        fig.add_bar(x=r["pilar"], y=r["value"], name=t, marker_color=w, text=[koma(v, 2) for v in r["value"]],
                    textposition="outside", hovertemplate="%{x} " + t + ": %{y:.2f}<extra></extra>")
    tata_letak(fig, "Indeks Literasi Digital Indonesia per pilar (skala 1–5)")
    fig.update_layout(barmode="group", yaxis=dict(range=[1, 4.3], title="Skor (1–5)"),
                      updatemenus=tombol_jejak(tahun, "Semua tahun"))
    data = tabel_baris(rows, dengan_dataset=True)
    keterangan = (keterangan_sumber(rows) + " Survei Kominfo dan Katadata Insight Center mengukur empat pilar "
                  "literasi digital; skor 1 berarti sangat rendah dan 5 sangat tinggi. Sumbu tegak dimulai dari 1.")
    return Grafik(fig, keterangan, data)


def grafik_pew(stat: pd.DataFrame) -> Grafik:
    """US adults who ever use each platform, Pew 2023 vs 2025 (survey mode changed in 2023)."""
    rows = pilih(stat, "US_Pew", "pct_US_adults_ever_use")
    platform = rows[rows["ref_date"] == "2025"].sort_values("value")["category"].tolist()
    fig = go.Figure()
    for t, w in (("2023", "#9DB9D3"), ("2025", "#0B4F84")):
        r = rows[rows["ref_date"] == t].set_index("category").reindex(platform).reset_index()
        fig.add_bar(y=teks_plotly(r["category"]), x=r["value"], name=t, orientation="h", marker_color=w,
                    hovertemplate="%{y} " + t + ": %{x}%<extra></extra>")
    tata_letak(fig, "Orang dewasa di Amerika Serikat yang pernah memakai tiap platform", tinggi=520)
    fig.update_layout(barmode="group", xaxis=dict(title="Persen orang dewasa", range=[0, 100]),
                      updatemenus=tombol_jejak(["2023", "2025"], "Kedua tahun"))
    data = tabel_baris(rows)
    keterangan = (keterangan_sumber(rows) + " Pew Research Center mengganti cara survei pada 2023, jadi perubahan "
                  "kecil antartahun belum tentu perubahan perilaku. Batang kosong berarti platform itu tidak "
                  "ditanyakan pada tahun tersebut.")
    return Grafik(fig, keterangan, data)
