"""The real figures of statistik.csv for readers: Indonesian names, numbers, dates, tables and phrases.

Names of datasets, metrics and units in Indonesian (``NAMA_DATASET``, ``NAMA_UKURAN``, ``NAMA_SATUAN``; one
line per new one), the Indonesian number and date format (``angka_id``, ``tanggal``), the statistics
explorer's menu and tables, and the figures the chapters' text quotes (``angka``, ``daftar_angka``).
"""

from __future__ import annotations

import pandas as pd

from ..data import BULAN


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
    "social_media_identities_yoy_change": "Kenaikan identitas pengguna media sosial dalam setahun (%)",
    "population": "Jumlah penduduk",
    "weekly_time_social_media": "Waktu bermedia sosial per minggu",
    "most_often_accessed_social_app_pct_respondents": "Aplikasi media sosial paling sering diakses, satu jawaban (% responden)",
    "imdi_overall": "Indeks Masyarakat Digital Indonesia (IMDI) keseluruhan",
    "imdi_pillar_infrastructure": "IMDI: pilar Infrastruktur dan Ekosistem",
    "imdi_pillar_skills": "IMDI: pilar Keterampilan Digital",
    "imdi_pillar_empowerment": "IMDI: pilar Pemberdayaan",
    "imdi_pillar_jobs": "IMDI: pilar Pekerjaan",
}

NAMA_DATASET = {
    "ID_DataReportal": "Indonesia — DataReportal",
    "ID_DataReportal_platforms": "Indonesia — platform (DataReportal/GWI)",
    "ID_APJII": "Indonesia — survei APJII",
    "ID_APJII_socialapps": "Indonesia — aplikasi media sosial (APJII)",
    "ID_LiterasiDigital": "Indonesia — Indeks Literasi Digital (2020–2022)",
    "ID_IMDI": "Indonesia — Indeks Masyarakat Digital Indonesia (IMDI, Komdigi)",
    "ID_APJII_socialapps_single": "Indonesia — aplikasi media sosial, satu jawaban (APJII)",
    "GLOBAL_DataReportal": "Dunia — DataReportal",
    "US_Pew": "Amerika Serikat — Pew Research Center",
}

NAMA_SATUAN = {"million": "juta", "billion": "miliar", "percent": "%", "minutes_per_day": "menit per hari",
               "minutes_per_week": "menit per minggu",
               "platforms": "platform", "persons": "orang", "score_1_to_5": "skor 1–5",
               "score_0_to_100": "skor 0–100"}


def tanggal(ref: str) -> str:
    """'2024-01' -> 'Januari 2024'; '2019-2020' (a survey period) -> '2019–2020' with an en dash (EYD);
    a plain year stays as it is. The data keep the plain hyphen (statistik.csv's ref_date)."""
    if len(ref) == 7 and ref[4] == "-" and ref[5:].isdigit():
        return f"{BULAN[int(ref[5:]) - 1]} {ref[:4]}"
    if len(ref) == 9 and ref[4] == "-" and ref[:4].isdigit() and ref[5:].isdigit():
        return f"{ref[:4]}–{ref[5:]}"
    return ref


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
        "Tanggal": [tanggal(t) for t in rows["ref_date"]],
        "Nilai": [angka_id(v) for v in rows["value"]],
        "Satuan": [NAMA_SATUAN.get(u, u) for u in rows["unit"]],
        "Sumber": list(rows["source"]),
        "Status": [{"primary": "primer", "secondary": "sekunder"}[s] for s in rows["status"]],
        "Alamat": list(rows["seen_at"]),
    })
    return pd.DataFrame(kolom)


SATUAN_TEKS = {"percent": "%", "million": " juta", "billion": " miliar", "minutes_per_day": " menit",
               "minutes_per_week": " menit per minggu",
               "platforms": " platform", "persons": " orang", "score_1_to_5": "", "score_0_to_100": ""}
MENIT = {"minutes_per_day": "", "minutes_per_week": " per minggu"}


def jam_menit(menit: float) -> str:
    """191 -> '3 jam 11 menit'; 45 -> '45 menit': durations the way a reader says them."""
    jam, sisa = divmod(int(round(menit)), 60)
    return f"{jam} jam {sisa} menit" if jam and sisa else (f"{jam} jam" if jam else f"{sisa} menit")


def angka(df: pd.DataFrame, dataset: str, metric: str, ref_date: str, category: str = "Indonesia") -> str:
    """One figure from the statistics table, written the Indonesian way with its unit (e.g. '64,8%')."""
    rows = df[(df["dataset"] == dataset) & (df["metric"] == metric) & (df["ref_date"] == ref_date)
              & (df["category"] == category)]
    if len(rows) != 1:
        raise ValueError(f"Tidak ada satu angka pun yang cocok untuk {dataset}/{metric}/{category}/{ref_date}.")
    r = rows.iloc[0]
    if r["unit"] in MENIT:
        return jam_menit(r["value"]) + MENIT[r["unit"]]
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
