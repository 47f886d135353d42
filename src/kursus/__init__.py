"""Course package for *Media Sosial vs Jejaring Sosial*: data, charts, tables, widgets and quizzes.

A chapter notebook needs only `import kursus` and short calls such as `kursus.tabel_perbandingan(...)`.
"""

from . import survei
from .data import (DataError, blok, catatan_statistik, definisi, fakta, jenis_media, kasus, kelebihan, perbedaan,
                   persamaan, pernyataan, pilihan_keputusan, platform, skor_platform, statistik, sumber)
from .grafik import (grafik_jenis_media, grafik_literasi_digital, grafik_penetrasi_internet, grafik_perbedaan,
                     grafik_pew, grafik_platform, grafik_platform_indonesia, grafik_platform_semua, grafik_viral,
                     grafik_waktu_harian)
from .kuis import kuis
from .logika import SATUAN_TEKS, angka_id, populasi_media_sosial_indonesia
from .logika import angka as _angka
from .logika import angka_viral as _viral
from .logika import daftar_angka as _daftar
from .tabel import tabel_blok, tabel_butir, tabel_fakta, tabel_perbandingan, tabel_perbedaan, tabel_persamaan
from .tampilan import Grafik, Tampilan
from .widgets import (daftar_kasus, kartu_kasus, pembanding_platform, pembantu_keputusan, penjelajah_atribut, penjelajah_statistik, simulator_viral,
                      tebak_jenis)

__version__ = "0.2.0"


def tempel(**nilai: str):
    """Make figures from the data available to the chapter's text as {glue:md}`name` (MyST-NB).

    Outside the book build (Colab, Binder) MyST-NB may be missing; the values are then shown as a short list.
    """
    from IPython.display import Markdown
    try:
        from myst_nb import glue
    except ImportError:
        return Markdown("\n".join(f"- `{k}`: {v}" for k, v in nilai.items()))
    for nama, teks in nilai.items():
        glue(nama, Markdown(teks), display=False)
    return None


def angka(dataset: str, metric: str, ref_date: str, category: str = "Indonesia") -> str:
    """One figure from statistik.csv as Indonesian text with its unit, e.g. angka("ID_APJII", "internet_penetration", "2018")."""
    return _angka(statistik(), dataset, metric, ref_date, category)


def daftar_angka(dataset: str, metric: str, ref_date: str) -> str:
    """All categories of one figure from statistik.csv, largest first, as a phrase for the chapter's text."""
    return _daftar(statistik(), dataset, metric, ref_date)


def angka_viral(jenis: str, peluang: float | None = None) -> str:
    """A number of the book's worked example of the viral-spread model, computed by the model (for the text)."""
    return _viral(populasi_media_sosial_indonesia(), jenis, peluang)


def perubahan(dataset: str, metric: str, dari: str, ke: str, category: str = "Indonesia") -> dict[str, str]:
    """The change between two figures of statistik.csv, for the text: {'selisih': '37 juta', 'persen': '25,9%'}.

    Used to show how a reported growth rate follows (or does not follow) from the published figures.
    """
    df = statistik()
    pilih = df[(df["dataset"] == dataset) & (df["metric"] == metric) & (df["category"] == category)]
    nilai = {t: pilih[pilih["ref_date"] == t] for t in (dari, ke)}
    for t, rows in nilai.items():
        if len(rows) != 1:
            raise ValueError(f"Tidak ada satu angka pun yang cocok untuk {dataset}/{metric}/{category}/{t}.")
    a, b = (float(nilai[t]["value"].iloc[0]) for t in (dari, ke))
    satuan = nilai[ke]["unit"].iloc[0]
    selisih = b - a
    teks = (f"{angka_id(round(selisih / 1_000_000, 1))} juta" if satuan == "persons" and abs(selisih) >= 1_000_000
            else angka_id(round(selisih, 1)) + SATUAN_TEKS.get(satuan, " " + satuan))
    return {"selisih": teks, "persen": angka_id(round((b / a - 1) * 100, 1)) + "%"}
