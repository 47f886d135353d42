"""Class results: summary per platform and block, the table shown to the teacher, and the two charts.

The summary is computed from whole-number sums, and its numbers are written by ``angka``, so the browser
(kursus_buku/assets/kursus-survei-kelas.js) arrives at the same table to the last digit. A block nobody rated shows
"belum ada yang menilai", never ``nan`` or 0.
"""

from __future__ import annotations

import datetime
import math
from pathlib import Path
from typing import Sequence

import pandas as pd
import plotly.graph_objects as go

from .. import data
from ..grafik.dasar import tata_letak
from ..tampilan import Grafik
from .aturan import (ArgumenSalah, KOLOM_JAWABAN, KOLOM_RINGKASAN, KOLOM_SEBARAN, kolom_blok, periksa_argumen, periksa_tabel,
                     pesan)
from .impor import FOLDER_CONTOH, HasilSurvei


def angka(x: float) -> str:
    """A number with two decimals and a decimal comma, rounded half up (the script does the same)."""
    h = math.floor(x * 100 + 0.5)
    return ("−" if h < 0 else "") + f"{abs(h) // 100},{abs(h) % 100:02d}"


def ringkasan(jawaban: pd.DataFrame) -> pd.DataFrame:
    """Per platform and block: the book's rating, how many rated it, the class mean and spread (sample
    standard deviation) and the difference from the book; NaN where there is nothing to compute."""
    periksa_tabel("ringkasan", jawaban, KOLOM_JAWABAN, "argumen_jawaban")
    buku = pd.DataFrame([(s.platform, s.blok, s.skor) for s in data.skor_platform()],
                        columns=["platform", "blok", "skor_buku"])
    j = jawaban.assign(kuadrat=jawaban["skor"] ** 2)
    kelas = (j.groupby(["platform", "blok"])
             .agg(jumlah=("skor", "count"), total=("skor", "sum"), kuadrat=("kuadrat", "sum")).reset_index())
    hasil = buku.merge(kelas, on=["platform", "blok"], how="left")
    for k in ("jumlah", "total", "kuadrat"):
        hasil[k] = hasil[k].fillna(0).astype("int64")
    n, t, q = hasil["jumlah"], hasil["total"], hasil["kuadrat"]
    hasil["rata_rata"] = [ti / ni if ni else math.nan for ti, ni in zip(t, n)]
    hasil["simpangan"] = [math.sqrt((ni * qi - ti * ti) / (ni * (ni - 1))) if ni > 1 else math.nan
                          for ni, ti, qi in zip(n, t, q)]
    hasil["selisih"] = [(ti - b * ni) / ni if ni else math.nan for ti, ni, b in zip(t, n, hasil["skor_buku"])]
    return hasil[["platform", "blok", "skor_buku", "jumlah", "total", "kuadrat", "rata_rata", "simpangan",
                  "selisih"]]


KOLOM_TABEL = ["Platform", "Blok", "Rata-rata kelas", "Simpangan baku", "Jumlah penilai", "Penilaian buku",
               "Selisih (kelas − buku)"]


def tabel_kelas(ringkas: pd.DataFrame) -> pd.DataFrame:
    """The class table as text, as the teacher reads it (the same cells as the in-browser importer)."""
    periksa_tabel("tabel_kelas", ringkas, KOLOM_RINGKASAN, "argumen_ringkasan")
    nama_blok = {b.id: b.nama for b in data.blok()}
    baris = []
    for r in ringkas.itertuples(index=False):
        n = int(r.jumlah)
        baris.append([
            r.platform, nama_blok[r.blok],
            angka(r.rata_rata) if n else pesan("belum_dinilai"),
            angka(r.simpangan) if n > 1 else ("–" if not n else pesan("simpangan_kurang")),
            str(n), str(int(r.skor_buku)),
            angka(r.selisih) if n else "–",
        ])
    return pd.DataFrame(baris, columns=KOLOM_TABEL)


def sebaran(jawaban: pd.DataFrame) -> pd.DataFrame:
    """How many students gave each score 1–5, per platform and block (zeros included)."""
    periksa_tabel("sebaran", jawaban, KOLOM_JAWABAN, "argumen_jawaban")
    indeks = pd.MultiIndex.from_product([data.platform(), kolom_blok(), range(1, 6)],
                                        names=["platform", "blok", "skor"])
    hitung = jawaban.groupby(["platform", "blok", "skor"]).size()
    return hitung.reindex(indeks, fill_value=0).rename("jumlah").reset_index()


# --- Charts --------------------------------------------------------------------------------------

WARNA_KELAS, WARNA_BUKU = "#0B62A4", "#B8470B"
# The platform menu sits above the plot, so the legend goes below it (they would overlap on a phone).
LEGENDA_BAWAH = dict(orientation="h", x=0, xanchor="left", y=-0.16, yanchor="top")
WARNA_SKOR = ["#B8470B", "#E08E45", "#B7B7B7", "#5FA2D9", "#0B62A4"]  # 1 (low) .. 5 (high), diverging


def _menu_platform(platform: Sequence[str], jejak_per_platform: int, y: float = 1.16) -> list[dict]:
    """A client-side dropdown that shows one platform's traces at a time (works on the static page)."""
    tombol = []
    for i, p in enumerate(platform):
        tampak = [j // jejak_per_platform == i for j in range(len(platform) * jejak_per_platform)]
        tombol.append(dict(label=p, method="update", args=[{"visible": tampak}]))
    return [dict(type="dropdown", x=0, xanchor="left", y=y, yanchor="top", buttons=tombol,
                 showactive=True, active=0, pad=dict(r=4, t=4))]


def grafik_hasil_kelas(ringkas: pd.DataFrame, jumlah_siswa: int, sumber: str = "") -> Grafik:
    """Per platform: the class's mean rating of each block (bars, whiskers = spread) beside the book's rating;
    a block nobody rated is labelled so instead of drawn as zero."""
    periksa_tabel("grafik_hasil_kelas", ringkas, KOLOM_RINGKASAN, "argumen_ringkasan")
    periksa_argumen("grafik_hasil_kelas", "jumlah siswa", jumlah_siswa, int)
    periksa_argumen("grafik_hasil_kelas", "sumber", sumber, str)
    nama_blok = {b.id: b.nama for b in data.blok()}
    platform = list(dict.fromkeys(ringkas["platform"]))
    fig = go.Figure()
    for i, p in enumerate(platform):
        d = ringkas[ringkas["platform"] == p]
        y = [nama_blok[b] for b in d["blok"]]
        rata = [None if n == 0 else round(v, 2) for v, n in zip(d["rata_rata"], d["jumlah"])]
        spread = [None if n < 2 else round(v, 2) for v, n in zip(d["simpangan"], d["jumlah"])]
        teks_spread = [pesan("simpangan_kurang") if s is None else angka(s) for s in spread]
        fig.add_bar(y=y, x=rata, name="Rata-rata kelas", marker_color=WARNA_KELAS,
                    orientation="h", visible=i == 0,
                    error_x=dict(type="data", array=[s or 0 for s in spread], visible=True, color="#333"),
                    customdata=list(zip(teks_spread, d["jumlah"])),
                    hovertemplate="<b>%{y}</b><br>Rata-rata kelas: %{x}<br>Simpangan baku: %{customdata[0]}"
                                  "<br>Jumlah penilai: %{customdata[1]}<extra></extra>")
        fig.add_scatter(y=y, x=d["skor_buku"], name="Penilaian buku", mode="markers", visible=i == 0,
                        marker=dict(symbol="diamond", size=14, color=WARNA_BUKU, line=dict(color="#fff", width=1)),
                        hovertemplate="<b>%{y}</b><br>Penilaian buku: %{x}<extra></extra>")
        kosong = [nama_blok[b] for b, n in zip(d["blok"], d["jumlah"]) if n == 0]
        fig.add_scatter(y=kosong, x=[0.05] * len(kosong), mode="text", text=[pesan("belum_dinilai")] * len(kosong),
                        textposition="middle right", name=pesan("belum_dinilai"), showlegend=False,
                        visible=i == 0, hoverinfo="skip", textfont=dict(color="#555"))
    tata_letak(fig, "Hasil survei kelas", tinggi=480)
    fig.update_layout(updatemenus=_menu_platform(platform, 3), margin=dict(t=120, b=90),
                      xaxis=dict(range=[0, 5.5], dtick=1, title="Skor (1 = rendah, 5 = tinggi)"),
                      yaxis=dict(autorange="reversed", automargin=True), legend=LEGENDA_BAWAH)
    keterangan = (f"Batang: rata-rata skor dari {jumlah_siswa} siswa; garis di ujung batang: simpangan "
                  "baku (makin panjang, makin berbeda pendapat siswa; perlu paling sedikit 2 penilai). "
                  "Blok yang belum dinilai siapa pun ditandai \"belum ada yang menilai\", bukan nol. "
                  "Belah ketupat: penilaian penyusun buku, bukan hasil pengukuran. Pilih platform lain di menu "
                  "di atas grafik." + (f" Sumber: {sumber}." if sumber else ""))
    return Grafik(fig, keterangan, tabel_kelas(ringkas))


def grafik_sebaran(hitung: pd.DataFrame, sumber: str = "") -> Grafik:
    """Per platform: how many students gave each score to each block (stacked bars)."""
    periksa_tabel("grafik_sebaran", hitung, KOLOM_SEBARAN, "argumen_sebaran")
    periksa_argumen("grafik_sebaran", "sumber", sumber, str)
    nama_blok = {b.id: b.nama for b in data.blok()}
    platform = list(dict.fromkeys(hitung["platform"]))
    fig = go.Figure()
    for i, p in enumerate(platform):
        for s in range(1, 6):
            d = hitung[(hitung["platform"] == p) & (hitung["skor"] == s)]
            fig.add_bar(y=[nama_blok[b] for b in d["blok"]], x=d["jumlah"], name=f"Skor {s}",
                        orientation="h", marker_color=WARNA_SKOR[s - 1], visible=i == 0, legendgroup=f"skor{s}",
                        hovertemplate="<b>%{y}</b><br>Skor " + str(s) + ": %{x} siswa<extra></extra>")
    tata_letak(fig, "Seberapa sepakat kelas?", tinggi=480)
    fig.update_layout(barmode="stack", updatemenus=_menu_platform(platform, 5), margin=dict(t=120, b=90),
                      xaxis=dict(title="Jumlah siswa", rangemode="tozero", dtick=2),
                      yaxis=dict(autorange="reversed", automargin=True), legend=LEGENDA_BAWAH)
    tabel = (hitung.assign(blok=hitung["blok"].map(nama_blok))
             .pivot_table(index=["platform", "blok"], columns="skor", values="jumlah", sort=False)
             .astype("int64").reset_index())
    tabel.columns = ["Platform", "Blok"] + [f"Skor {s}" for s in range(1, 6)]
    total = tabel[[f"Skor {s}" for s in range(1, 6)]].sum(axis=1)
    tabel["Keterangan"] = [pesan("belum_dinilai") if t == 0 else f"{t} penilai" for t in total]
    keterangan = ("Setiap batang dibagi menurut skor yang diberikan siswa. Satu warna yang mendominasi berarti "
                  "kelas sepakat; warna yang bercampur berarti pendapat terbagi dan layak didiskusikan. "
                  "Pilih platform lain di menu di atas grafik." + (f" Sumber: {sumber}." if sumber else ""))
    return Grafik(fig, keterangan, tabel)


def alasan_buku(platform: str, blok: str) -> str:
    """Why the book rates a platform so on a block (platform.yaml)."""
    alasan = next((s.alasan for s in data.skor_platform() if s.platform == platform and s.blok == blok), None)
    if alasan is None:
        raise ArgumenSalah(pesan("argumen_alasan", platform=platform, blok=blok, platform_ada=", ".join(data.platform()),
                                 blok_ada=", ".join(kolom_blok())))
    return alasan


def selisih_terbesar(ringkas: pd.DataFrame, n: int = 5) -> pd.DataFrame:
    """The blocks where the class disagrees most with the book: good starting points for a discussion."""
    periksa_tabel("selisih_terbesar", ringkas, KOLOM_RINGKASAN, "argumen_ringkasan")
    periksa_argumen("selisih_terbesar", "jumlah baris", n, int)
    nama_blok = {b.id: b.nama for b in data.blok()}
    d = ringkas[ringkas["jumlah"] > 0].copy()
    d["jarak"] = d["selisih"].abs()
    d = d.sort_values(["jarak", "platform"], ascending=[False, True]).head(n)
    return pd.DataFrame({
        "Platform": d["platform"], "Blok": d["blok"].map(nama_blok),
        "Rata-rata kelas": [angka(v) for v in d["rata_rata"]], "Penilaian buku": d["skor_buku"],
        "Alasan buku": [alasan_buku(p, b) for p, b in zip(d["platform"], d["blok"])],
    })


def sumber_survei(hasil: HasilSurvei, folder, hari=None) -> str:
    """Where a class chart's data comes from and when it was processed, for the chart's caption."""
    periksa_argumen("sumber_survei", "hasil", hasil, HasilSurvei)
    periksa_argumen("sumber_survei", "folder", folder, (str, Path))
    hari = hari or datetime.date.today()
    asal = ("contoh fiktif yang disertakan buku" if Path(folder).resolve() == Path(FOLDER_CONTOH).resolve()
            else f"folder {Path(folder).name}")
    return (f"survei kelas ({asal}), {len(hasil.berkas_dimuat)} berkas, diolah "
            f"{hari.day} {data.BULAN[hari.month - 1]} {hari.year}")
