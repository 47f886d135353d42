"""Course package for *Media Sosial vs Jejaring Sosial*: data, charts, tables and widgets."""

from .data import DataError, perbedaan, sumber
from .grafik import grafik_perbedaan
from .tabel import tabel_perbandingan, tabel_perbedaan
from .tampilan import Grafik, Tampilan
from .widgets import penjelajah_atribut

__all__ = ["DataError", "perbedaan", "sumber", "grafik_perbedaan", "tabel_perbandingan",
           "tabel_perbedaan", "Grafik", "Tampilan", "penjelajah_atribut"]
__version__ = "0.1.0"
