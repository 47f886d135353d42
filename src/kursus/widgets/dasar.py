"""The widgets' shared pieces: the label style, a card with both kinds side by side, a message, and the menus
that switch precomputed views on the static page (no kernel needed)."""

from __future__ import annotations

from typing import Sequence

from ..tampilan import esc

GAYA = {"description_width": "initial"}


def paragraf_html(baris: Sequence[str]) -> str:
    """One line as a paragraph, several as a list; the text escaped."""
    if len(baris) == 1:
        return f"<p>{esc(baris[0])}</p>"
    return "<ul>" + "".join(f"<li>{esc(b)}</li>" for b in baris) + "</ul>"


def kartu(judul: str, media_sosial: Sequence[str], jejaring_sosial: Sequence[str]) -> str:
    """HTML of one attribute: media sosial and jejaring sosial side by side."""
    return (
        f'<div class="kursus-kartu" role="group" aria-label="{esc(judul)}">'
        f'<div class="kursus-sisi kursus-ms"><p class="kursus-sisi-judul">Media sosial</p>{paragraf_html(media_sosial)}</div>'
        f'<div class="kursus-sisi kursus-js"><p class="kursus-sisi-judul">Jejaring sosial</p>{paragraf_html(jejaring_sosial)}</div>'
        "</div>"
    )


def pesan_html(teks: str, jenis: str = "info") -> str:
    """A message the screen reader announces (jenis: info, benar or salah), the text escaped."""
    return f'<p class="kursus-pesan kursus-pesan-{jenis}" role="status">{esc(teks)}</p>'


def panel_html(isi: Sequence[tuple[str, str]]) -> str:
    """Precomputed views of a chooser, keyed by the menus' values: the first shown, the rest hidden."""
    return "".join(f'<div data-kunci="{esc(k)}"{" hidden" if i else ""}>{h}</div>' for i, (k, h) in enumerate(isi))


def pilihan_html(nama: str, menu: Sequence[tuple[str, Sequence[tuple[str, str]]]], panel: str) -> str:
    """A view chooser for the static page: labelled <select> menus whose values select a panel."""
    bagian = []
    for i, (label, opsi) in enumerate(menu):
        id_ = esc(f"{nama}-menu-{i}")
        bagian.append(f'<label for="{id_}">{esc(label)}</label><select id="{id_}" data-bagian="{i}">'
                      + "".join(f'<option value="{esc(v)}">{esc(t)}</option>' for t, v in opsi) + "</select>")
    return (f'<div class="kursus-interaktif kursus-pilihan">{"".join(bagian)}{panel}'
            f'<p class="kursus-tidak-ada" hidden>Tidak ada data untuk pilihan itu.</p></div>')
