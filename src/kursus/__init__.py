"""Course package for *Media Sosial vs Jejaring Sosial*: data, charts, tables, widgets and quizzes.

A chapter notebook needs only `import kursus` and short calls such as `kursus.tabel_perbandingan(...)`.
"""

from .data import (DataError, blok_kietzmann, catatan_statistik, jenis_media, kasus, kelebihan, perbedaan,
                   persamaan, pernyataan, pilihan_keputusan, statistik, sumber)
from .grafik import (grafik_jenis_media, grafik_literasi_digital, grafik_penetrasi_internet, grafik_perbedaan,
                     grafik_pew, grafik_platform_indonesia, grafik_viral, grafik_waktu_harian)
from .kuis import kuis
from .tabel import tabel_blok, tabel_butir, tabel_perbandingan, tabel_perbedaan, tabel_persamaan
from .tampilan import Grafik, Tampilan
from .widgets import (daftar_kasus, kartu_kasus, pembantu_keputusan, penjelajah_atribut, penjelajah_statistik, simulator_viral,
                      tebak_jenis)

__version__ = "0.2.0"


def populasi_media_sosial_indonesia() -> int:
    """Social-media user identities in Indonesia, January 2024 (DataReportal), as a head count."""
    df = statistik()
    row = df[(df["dataset"] == "ID_DataReportal") & (df["metric"] == "social_media_user_identities")
             & (df["ref_date"] == "2024-01")]
    return int(row["value"].iloc[0] * 1_000_000)
