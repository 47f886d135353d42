"""ipywidgets views over the course data; each is thin over a tested pure function."""

from __future__ import annotations

from typing import Sequence

import ipywidgets as w

from .data import Perbedaan
from .tampilan import Tampilan, esc, kotak_jalankan


def kartu_perbandingan(p: Perbedaan) -> str:
    """HTML of one aspect: media sosial and jejaring sosial side by side."""
    return (
        f'<div class="kursus-kartu" role="group" aria-label="{esc(p.aspek)}">'
        f'<div class="kursus-sisi kursus-ms"><p class="kursus-sisi-judul">Media sosial</p><p>{esc(p.media_sosial)}</p></div>'
        f'<div class="kursus-sisi kursus-js"><p class="kursus-sisi-judul">Jejaring sosial</p><p>{esc(p.jejaring_sosial)}</p></div>'
        "</div>"
    )


def penjelajah_statis(data: Sequence[Perbedaan], notebook: str) -> str:
    """Kernel-free version of the explorer: one native disclosure per aspect (works without JavaScript)."""
    bagian = [
        f'<details class="kursus-aspek"{" open" if i == 0 else ""}><summary>{esc(p.aspek)}</summary>'
        f"{kartu_perbandingan(p)}</details>"
        for i, p in enumerate(data)
    ]
    return ('<div class="kursus-penjelajah"><p class="kursus-petunjuk">Pilih sebuah aspek untuk melihat '
            'kedua jenis berdampingan.</p>' + "".join(bagian) + kotak_jalankan(notebook) + "</div>")


def penjelajah_atribut(data: Sequence[Perbedaan], notebook: str = "") -> Tampilan:
    """Attribute explorer: choose an aspect, see both kinds side by side."""
    if not data:
        raise ValueError("Tidak ada aspek untuk dijelajahi.")
    pilihan = w.Dropdown(options=[(p.aspek, p.id) for p in data], value=data[0].id,
                         description="Aspek:", style={"description_width": "initial"})
    hasil = w.HTML(kartu_perbandingan(data[0]))
    menurut_id = {p.id: p for p in data}

    def ganti(change):
        hasil.value = kartu_perbandingan(menurut_id[change["new"]])

    pilihan.observe(ganti, names="value")
    kotak = w.VBox([pilihan, hasil], layout=w.Layout(max_width="48rem"))
    kotak.pilihan, kotak.hasil = pilihan, hasil  # handles for tests and chapters
    return Tampilan(kotak, penjelajah_statis(data, notebook))
