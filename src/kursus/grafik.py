"""Chart builders: each takes course data and returns a ``Grafik`` (Plotly figure + caption + data)."""

from __future__ import annotations

import html
from typing import Any, Sequence

import pandas as pd
import plotly.graph_objects as go

from .data import Perbedaan, nama_sumber
from .logika import CONTOH_VIRAL, angka_id, tabel_baris, tanggal
from .tampilan import Grafik

WARNA = {"Media sosial": "#0B62A4", "Jejaring sosial": "#B8470B"}  # colour-blind safe, 4.5:1 on white
FONT = dict(family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif", size=14)


MARGIN_ATAS_LIVE = 100   # room for the Plotly title and the buttons in a notebook
MARGIN_ATAS_STATIS = 56  # on the book page the title is an HTML heading, only the buttons stay on top


def teks_plotly(nilai: Any) -> Any:
    """Text from the data for a Plotly label, which reads a little HTML (<b>, <br>, <a href>): shown as written.

    Accepts one string or any sequence of them (a Series, a list); other values pass unchanged.
    """
    if isinstance(nilai, str):
        return html.escape(nilai, quote=False)
    if isinstance(nilai, (list, tuple, pd.Series)):
        return [teks_plotly(v) for v in nilai]
    return nilai


def tata_letak(fig: go.Figure, judul: str, tinggi: int = 420) -> go.Figure:
    """Shared layout: readable on a phone, no Plotly logo, legend on top."""
    fig.update_layout(
        title=dict(text=judul, x=0, xanchor="left", y=0.98, yanchor="top", yref="container"), font=FONT,
        height=tinggi, margin=dict(l=10, r=10, t=MARGIN_ATAS_LIVE, b=110), template="plotly_white",
        legend=dict(orientation="h", yref="container", y=0, yanchor="bottom", x=0),
        separators=",.",
    )
    return fig


def tombol_jejak(nama: Sequence[str], label_semua: str = "Keduanya") -> list[dict]:
    """Client-side buttons that show all traces or one at a time (work on the static page)."""
    tombol = [dict(label=label_semua, method="update", args=[{"visible": [True] * len(nama)}])]
    for i, n in enumerate(nama):
        tombol.append(dict(label=f"{teks_plotly(n)} saja", method="update",
                           args=[{"visible": [j == i for j in range(len(nama))]}]))
    return [tombol_atas(tombol)]


def tombol_atas(tombol: list[dict], active: int = 0) -> dict:
    """A row of Plotly buttons just above the plot area."""
    return dict(type="buttons", direction="right", x=0, xanchor="left", y=1.02, yanchor="bottom",
                showactive=True, active=active, buttons=tombol, pad=dict(r=2, t=0, b=2))


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


# --- Charts of the real figures --------------------------------------------------------------------



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
                marker_color="#0B62A4", text=[f"{v:.1f}%" for v in dr["value"]], textposition="outside",
                hovertemplate="%{y}: %{x:.1f}% pengguna internet 16–64 tahun<extra></extra>")
    fig.add_bar(y=teks_plotly(apjii["category"]), x=apjii["value"], orientation="h", name="Survei APJII 2024",
                marker_color="#B8470B", text=[f"{v:.2f}%" for v in apjii["value"]], textposition="outside",
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
                  "Angkanya tidak bisa dibandingkan langsung; pakai tombol untuk melihat masing-masing.")
    return Grafik(fig, keterangan, data)


def grafik_penetrasi_internet(stat: pd.DataFrame) -> Grafik:
    """Internet penetration in Indonesia (APJII survey years) beside DataReportal's estimate."""
    apjii = pilih(stat, "ID_APJII", "internet_penetration")
    dr = pilih(stat, "ID_DataReportal", "internet_penetration")
    fig = go.Figure()
    fig.add_scatter(x=[tanggal(d) for d in apjii["ref_date"]], y=apjii["value"], mode="lines+markers+text", name="APJII (survei rumah tangga)",
                    text=[f"{v:.1f}%" for v in apjii["value"]], textposition="top center",
                    marker_color="#0B62A4", hovertemplate="APJII %{x}: %{y:.2f}%<extra></extra>")
    fig.add_scatter(x=[d[:4] for d in dr["ref_date"]], y=dr["value"], mode="markers+text", name="DataReportal",
                    text=[f"{v:.1f}%" for v in dr["value"]], textposition="bottom center",
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
                    text=[f"{int(v) // 60} j {int(v) % 60} m" for v in r["value"]], textposition="outside",
                    hovertemplate=nama + " %{x}: %{y} menit per hari<extra></extra>")
    tata_letak(fig, "Berapa lama orang bermedia sosial setiap hari?")
    fig.update_layout(barmode="group", yaxis=dict(title="Menit per hari", range=[0, 240]),
                      updatemenus=tombol_jejak(["Indonesia", "Dunia"], "Keduanya"))
    data = tabel_baris(rows)
    keterangan = keterangan_sumber(rows) + " Tahun yang kosong berarti angkanya tidak tersedia di data buku ini."
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
        fig.add_bar(x=r["pilar"], y=r["value"], name=t, marker_color=w, text=[f"{v:.2f}" for v in r["value"]],
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


# --- Viral spread ----------------------------------------------------------------------------------

def _jejak_viral(fig: go.Figure, peluang: float, jangkauan: int, putaran: int, jaringan: int,
                 populasi_luas: int, visible: bool = True) -> tuple[list[float], list[float]]:
    from .logika import periksa_viral, sebaran_viral
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
    from .logika import angka_id
    return (f"Setelah {len(luas) - 1} putaran, unggahan untuk khalayak luas menjangkau sekitar "
            f"{angka_id(round(luas[-1]))} orang, sedangkan di jaringan dekat menjangkau "
            f"{angka_id(round(dekat[-1]))} dari {angka_id(jaringan)} orang.")


def grafik_viral_satu(peluang: float, jangkauan: int, putaran: int, jaringan: int,
                      populasi_luas: int) -> tuple[Grafik, str]:
    """One setting of the simulator (for the live widget), with a one-sentence summary."""
    from .logika import periksa_viral
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


# --- Platform comparer -----------------------------------------------------------------------------

WARNA_PLATFORM = ["#0B62A4", "#B8470B", "#2E7D32", "#6B4FA0", "#8A6D00", "#00707A", "#A4325A"]
PERBANDINGAN_CONTOH = (("Facebook", "LinkedIn"), ("Instagram", "TikTok"), ("WhatsApp", "X"),
                       ("YouTube", "TikTok", "Instagram"))


def grafik_platform(skor, blok, pilihan: Sequence[str]) -> Grafik:
    """Grouped bars: the book's 1–5 rating of the chosen platforms on Kietzmann's seven blocks."""
    from .logika import banding_platform
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
                  "bukan hasil pengukuran; alasannya ada di tabel data dan muncul saat kursor diarahkan ke batang.")
    return Grafik(fig, keterangan, df)
