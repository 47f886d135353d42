"""Course package for *Media Sosial vs Jejaring Sosial*: data, charts, tables and widgets."""

from . import survei
from .data import DataError, blok, perbedaan, platform, skor_platform, sumber
from .grafik import grafik_perbedaan
from .tabel import tabel_perbandingan, tabel_perbedaan
from .tampilan import Grafik, Tampilan
from .widgets import penjelajah_atribut

__all__ = ["DataError", "blok", "perbedaan", "platform", "skor_platform", "sumber", "survei",
           "grafik_perbedaan", "tabel_perbandingan", "tabel_perbedaan", "Grafik", "Tampilan",
           "penjelajah_atribut"]
__version__ = "0.1.0"
