"""The platform comparer: the book's ratings of a few chosen platforms on Kietzmann's seven building blocks."""

from __future__ import annotations

from typing import Sequence

import pandas as pd


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
