"""Side-by-side comparison tables drawn from the course data."""

from __future__ import annotations

from typing import Sequence

import pandas as pd
from IPython.display import HTML

from .data import Perbedaan
from .tampilan import tabel_html


def tabel_perbedaan(data: Sequence[Perbedaan]) -> pd.DataFrame:
    """The five differences as a DataFrame: one row per aspect, one column per kind."""
    return pd.DataFrame({
        "Aspek": [p.aspek for p in data],
        "Media sosial": [p.media_sosial for p in data],
        "Jejaring sosial": [p.jejaring_sosial for p in data],
    })


def tabel_perbandingan(data: Sequence[Perbedaan]) -> HTML:
    """The comparison table as accessible HTML, ready to display in a notebook."""
    return HTML(tabel_html(tabel_perbedaan(data),
                           "Perbandingan media sosial dan jejaring sosial (sumber: DifferenceBetween.net)",
                           kelas="kursus-tabel kursus-banding"))
