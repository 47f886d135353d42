"""Pure functions behind the widgets: recommendations, viral spread, attribute views, statistics views."""

from __future__ import annotations

import math
import numbers
from dataclasses import dataclass
from typing import Sequence

import pandas as pd

from .data import NAMA_JENIS, Butir, Perbedaan, Persamaan, Pilihan


# --- Decision helper -------------------------------------------------------------------------------

@dataclass(frozen=True)
class Rekomendasi:
    jenis: str          # media_sosial, jejaring_sosial or keduanya
    judul: str
    alasan: tuple[str, ...]


def rekomendasi(tujuan: str, khalayak: str, pilihan: Sequence[Pilihan],
                perbedaan: Sequence[Perbedaan]) -> Rekomendasi:
    """Recommend a kind of platform for a goal and an audience, with reasons taken from the differences."""
    menurut_id = {p.id: p for p in pilihan}
    aspek = {p.id: p for p in perbedaan}
    dipilih = []
    for nilai, kelompok in ((tujuan, "tujuan"), (khalayak, "khalayak")):
        p = menurut_id.get(nilai)
        if p is None or p.kelompok != kelompok:
            raise ValueError(f"Pilih {kelompok} dari daftar yang tersedia.")
        dipilih.append(p)
    alasan = tuple(
        f"{p.label} → {NAMA_JENIS[p.condong].lower()}. Aspek {aspek[p.aspek].aspek.lower()}: "
        f"{getattr(aspek[p.aspek], p.condong)}"
        for p in dipilih)
    t, k = dipilih
    if t.condong == k.condong:
        return Rekomendasi(t.condong, f"Utamakan {NAMA_JENIS[t.condong].lower()}", alasan)
    return Rekomendasi("keduanya", "Gabungkan keduanya: tujuan dan khalayakmu condong ke arah yang berbeda",
                       alasan)


# --- Viral spread ----------------------------------------------------------------------------------

def bilangan(nilai, nama: str, bawah: float, atas: float, bulat: bool = False, satuan: str = "") -> float:
    """A number a learner set, checked; otherwise ValueError whose Indonesian message names the parameter.

    Empty, text that is not a number, true/false, NaN, infinity, a fraction where a whole number is needed,
    and values outside [bawah, atas] are refused. Text such as "0,5" (decimal comma) is read.
    """
    if nilai is None or (isinstance(nilai, str) and not nilai.strip()):
        raise ValueError(f"{nama} belum diisi.")
    if isinstance(nilai, bool) or not isinstance(nilai, (numbers.Real, str)):
        raise ValueError(f"{nama} harus berupa angka.")
    try:
        angka_ = float(nilai.strip().replace(",", ".")) if isinstance(nilai, str) else float(nilai)
    except (ValueError, OverflowError):
        raise ValueError(f"{nama} harus berupa angka, bukan {str(nilai)[:30]!r}.") from None
    if not math.isfinite(angka_):
        raise ValueError(f"{nama} harus berupa angka biasa, bukan tak hingga atau NaN.")
    if bulat and not angka_.is_integer():
        raise ValueError(f"{nama} harus bilangan bulat.")
    if not bawah <= angka_ <= atas:
        raise ValueError(f"{nama} harus antara {angka_id(bawah)} dan {angka_id(atas)}{satuan}.")
    return int(angka_) if bulat else angka_


JANGKAUAN_MAKS = 1_000_000          # people one share reaches; keeps 50 rounds of growth finite
POPULASI_MAKS = 10_000_000_000      # more than everyone on Earth


def sebaran_viral(peluang_bagi: float, jangkauan: int, putaran: int, populasi: int | None = None,
                  nama_populasi: str = "Ukuran jaringan") -> list[float]:
    """Expected number of people reached after each round (round 0 = the first post).

    Each newly reached person shares with probability `peluang_bagi`; each share reaches `jangkauan`
    people. With `populasi` (a closed network) only people not yet reached can be reached, so spread
    levels off; without it (a broad audience) it can keep growing. Bad values raise ValueError naming
    the parameter (``nama_populasi`` names the population in the message).
    """
    peluang_bagi = bilangan(peluang_bagi, "Peluang membagikan", 0, 1, satuan=" (0% sampai 100%)")
    jangkauan = bilangan(jangkauan, "Jangkauan setiap unggahan", 1, JANGKAUAN_MAKS, bulat=True, satuan=" orang")
    putaran = bilangan(putaran, "Jumlah putaran", 1, 50, bulat=True)
    if populasi is not None:
        populasi = bilangan(populasi, nama_populasi, 1, POPULASI_MAKS, bulat=True, satuan=" orang")
    tercapai = float(min(jangkauan, populasi) if populasi else jangkauan)
    baru = tercapai
    hasil = [tercapai]
    for _ in range(putaran):
        kontak = baru * peluang_bagi * jangkauan
        if populasi:
            baru = (populasi - tercapai) * (1 - math.exp(-kontak / populasi))
        else:
            baru = kontak
        tercapai += baru
        hasil.append(tercapai)
    return hasil


def periksa_viral(peluang, jangkauan, putaran, jaringan, populasi_luas) -> tuple[float, int, int, int, int]:
    """The simulator's five settings, checked and cleaned, each refused with its own name."""
    return (bilangan(peluang, "Peluang membagikan", 0, 1, satuan=" (0% sampai 100%)"),
            bilangan(jangkauan, "Jangkauan setiap unggahan", 1, JANGKAUAN_MAKS, bulat=True, satuan=" orang"),
            bilangan(putaran, "Jumlah putaran", 1, 50, bulat=True),
            bilangan(jaringan, "Ukuran jaringan dekat", 1, POPULASI_MAKS, bulat=True, satuan=" orang"),
            bilangan(populasi_luas, "Ukuran khalayak luas", 1, POPULASI_MAKS, bulat=True, satuan=" orang"))


# --- Attribute explorer ----------------------------------------------------------------------------

@dataclass(frozen=True)
class Atribut:
    id: str
    nama: str
    kelompok: str              # Perbedaan, Persamaan, Kelebihan dan kekurangan
    media_sosial: tuple[str, ...]
    jejaring_sosial: tuple[str, ...]


def daftar_atribut(perbedaan: Sequence[Perbedaan], persamaan: Sequence[Persamaan] = (),
                   butir: Sequence[Butir] = ()) -> list[Atribut]:
    """Every attribute a learner can compare: differences, similarities, advantages, disadvantages."""
    hasil = [Atribut(p.id, p.aspek, "Perbedaan", (p.media_sosial,), (p.jejaring_sosial,)) for p in perbedaan]
    hasil += [Atribut(f"sama-{p.id}", f"{p.aspek} (persamaan)", "Persamaan", (p.penjelasan,), (p.penjelasan,))
              for p in persamaan]
    for sisi in ("kelebihan", "kekurangan"):
        pilih = [b for b in butir if b.sisi == sisi]
        if pilih:
            hasil.append(Atribut(sisi, sisi.capitalize(), "Kelebihan dan kekurangan",
                                 tuple(f"{b.butir}. {b.penjelasan}" for b in pilih if b.jenis == "media_sosial"),
                                 tuple(f"{b.butir}. {b.penjelasan}" for b in pilih if b.jenis == "jejaring_sosial")))
    return hasil


# --- Statistics explorer ---------------------------------------------------------------------------

NAMA_UKURAN = {
    "social_media_user_identities": "Identitas pengguna media sosial",
    "social_media_identities_pct_population": "Identitas pengguna media sosial (% penduduk)",
    "social_media_pct_population": "Identitas pengguna media sosial (% penduduk)",
    "internet_users": "Pengguna internet",
    "internet_penetration": "Penetrasi internet (% penduduk)",
    "internet_pct_population": "Pengguna internet (% penduduk)",
    "daily_time_social_media": "Waktu bermedia sosial per hari",
    "daily_internet_time": "Waktu berinternet per hari",
    "platforms_used_per_month": "Rata-rata platform yang dipakai per bulan",
    "social_media_share_of_online_time": "Porsi media sosial dari waktu daring",
    "pct_internet_users_16_64_monthly": "Pengguna bulanan (% pengguna internet usia 16–64)",
    "social_media_users_old_method": "Pengguna media sosial (cara hitung lama)",
    "social_media_pct_population_old_method": "Pengguna media sosial, % penduduk (cara hitung lama)",
    "most_accessed_social_app_pct_respondents_multi": "Aplikasi media sosial paling sering diakses (% responden)",
    "index_overall": "Indeks literasi digital keseluruhan",
    "pillar_digital_culture": "Pilar Budaya Digital",
    "pillar_digital_ethics": "Pilar Etika Digital",
    "pillar_digital_skill": "Pilar Cakap Digital",
    "pillar_digital_safety": "Pilar Aman Digital",
    "pct_US_adults_ever_use": "Orang dewasa AS yang pernah memakai (%)",
}

NAMA_DATASET = {
    "ID_DataReportal": "Indonesia — DataReportal",
    "ID_DataReportal_platforms": "Indonesia — platform (DataReportal/GWI)",
    "ID_APJII": "Indonesia — survei APJII",
    "ID_APJII_socialapps": "Indonesia — aplikasi media sosial (APJII)",
    "ID_LiterasiDigital": "Indonesia — Indeks Literasi Digital",
    "GLOBAL_DataReportal": "Dunia — DataReportal",
    "US_Pew": "Amerika Serikat — Pew Research Center",
}

NAMA_SATUAN = {"million": "juta", "billion": "miliar", "percent": "%", "minutes_per_day": "menit per hari",
               "platforms": "platform", "persons": "orang", "score_1_to_5": "skor 1–5"}


def angka_id(nilai: float) -> str:
    """Indonesian number format: 221563479 -> '221.563.479', 49.9 -> '49,9'."""
    tanda = "-" if nilai < 0 else ""
    bulat, _, pecahan = f"{abs(nilai):.2f}".partition(".")
    bulat = f"{int(bulat):,}".replace(",", ".")
    pecahan = pecahan.rstrip("0")
    return tanda + (f"{bulat},{pecahan}" if pecahan else bulat)


def pilihan_statistik(df: pd.DataFrame) -> list[tuple[str, str]]:
    """(label, 'dataset|metric') for every dataset and metric in the table, in file order."""
    pasangan = df[["dataset", "metric"]].drop_duplicates()
    return [(f"{NAMA_DATASET.get(d, d)}: {NAMA_UKURAN.get(m, m)}", f"{d}|{m}") for d, m in pasangan.itertuples(index=False)]


def tabel_statistik(df: pd.DataFrame, kunci: str, tahun: str | None = None) -> pd.DataFrame:
    """The figures of one dataset and metric (optionally one date), ready to show."""
    if not isinstance(kunci, str) or "|" not in kunci:
        raise ValueError("Pilih kumpulan data dan ukurannya dari daftar.")
    dataset, metric = kunci.split("|", 1)
    rows = df[(df["dataset"] == dataset) & (df["metric"] == metric)]
    if rows.empty:
        raise ValueError("Pilih kumpulan data dan ukurannya dari daftar.")
    if tahun:
        rows = rows[rows["ref_date"] == str(tahun)]
        if rows.empty:
            raise ValueError(f"Tidak ada angka untuk tanggal {str(tahun)[:30]!r} pada data itu.")
    return tabel_baris(rows)


def tabel_baris(rows: pd.DataFrame, dengan_dataset: bool = False) -> pd.DataFrame:
    """Rows of statistik.csv as a reader's table: Indonesian labels and numbers, source, status, address."""
    kolom = {}
    if dengan_dataset:
        kolom["Data"] = [f"{NAMA_DATASET.get(d, d)}: {NAMA_UKURAN.get(m, m)}"
                         for d, m in zip(rows["dataset"], rows["metric"])]
    kolom.update({
        "Kategori": list(rows["category"].replace({"World": "Dunia"})),
        "Tanggal": list(rows["ref_date"]),
        "Nilai": [angka_id(v) for v in rows["value"]],
        "Satuan": [NAMA_SATUAN.get(u, u) for u in rows["unit"]],
        "Sumber": list(rows["source"]),
        "Status": [{"primary": "primer", "secondary": "sekunder"}[s] for s in rows["status"]],
        "Alamat": list(rows["seen_at"]),
    })
    return pd.DataFrame(kolom)


SATUAN_TEKS = {"percent": "%", "million": " juta", "billion": " miliar", "minutes_per_day": " menit",
               "platforms": " platform", "persons": " orang", "score_1_to_5": ""}


def angka(df: pd.DataFrame, dataset: str, metric: str, ref_date: str, category: str = "Indonesia") -> str:
    """One figure from the statistics table, written the Indonesian way with its unit (e.g. '64,8%')."""
    rows = df[(df["dataset"] == dataset) & (df["metric"] == metric) & (df["ref_date"] == ref_date)
              & (df["category"] == category)]
    if len(rows) != 1:
        raise ValueError(f"Tidak ada satu angka pun yang cocok untuk {dataset}/{metric}/{category}/{ref_date}.")
    r = rows.iloc[0]
    return angka_id(r["value"]) + SATUAN_TEKS.get(r["unit"], " " + r["unit"])


def daftar_angka(df: pd.DataFrame, dataset: str, metric: str, ref_date: str) -> str:
    """The categories of one figure, largest first, as Indonesian prose: 'A (90,9%), B (85,3%), dan C (81,6%)'."""
    rows = df[(df["dataset"] == dataset) & (df["metric"] == metric) & (df["ref_date"] == ref_date)]
    if rows.empty:
        raise ValueError(f"Tidak ada angka untuk {dataset}/{metric}/{ref_date}.")
    rows = rows.sort_values("value", ascending=False)
    butir = [f"{c} ({angka_id(v)}{SATUAN_TEKS.get(u, ' ' + u)})" for c, v, u in
             zip(rows["category"], rows["value"], rows["unit"])]
    return butir[0] if len(butir) == 1 else ", ".join(butir[:-1]) + ", dan " + butir[-1]


# --- Platform comparer -----------------------------------------------------------------------------

def banding_platform(skor, blok, pilihan: Sequence[str]) -> pd.DataFrame:
    """The book's ratings of 2–4 chosen platforms on every building block, with the reasons."""
    semua = list(dict.fromkeys(s.platform for s in skor))
    pilihan = list(dict.fromkeys([pilihan] if isinstance(pilihan, str) else (pilihan or [])))
    asing = [p for p in pilihan if p not in semua]
    if asing:
        raise ValueError(f"Platform {', '.join(map(str, asing))} tidak ada di data buku.")
    if not 2 <= len(pilihan) <= 4:
        raise ValueError(f"Pilih dua sampai empat platform (sekarang {len(pilihan)}).")
    nama = {b.id: b.nama for b in blok}
    baris = [{"Blok": nama[s.blok], "Platform": s.platform, "Skor": s.skor, "Alasan": s.alasan}
             for b in blok for p in pilihan for s in skor if s.platform == p and s.blok == b.id]
    return pd.DataFrame(baris)
