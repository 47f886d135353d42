"""How the book's objects show themselves: live (Jupyter, Colab, Voilà) and on the static HTML page."""

from __future__ import annotations

import html
import itertools
import json
import sys
from dataclasses import dataclass, field
from typing import Any

import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio

# Trace types in the plotly.js "basic" bundle the book serves (see vendor/manifest.json).
JENIS_TRACE_DASAR = {"scatter", "bar", "pie"}

_nomor = itertools.count(1)


def esc(teks: Any) -> str:
    """Escape text for HTML; everything a learner types passes through here."""
    return html.escape(str(teks), quote=True)


def di_colab() -> bool:
    return "google.colab" in sys.modules


def tabel_html(df: pd.DataFrame, keterangan: str = "", kelas: str = "kursus-tabel") -> str:
    """A plain, accessible HTML table (header cells with scope) from a DataFrame."""
    kepala = "".join(f'<th scope="col">{esc(c)}</th>' for c in df.columns)
    baris = []
    for _, row in df.iterrows():
        sel = [f'<th scope="row">{esc(row.iloc[0])}</th>']
        sel += [f"<td>{esc(v)}</td>" for v in row.iloc[1:]]
        baris.append("<tr>" + "".join(sel) + "</tr>")
    cap = f"<caption>{esc(keterangan)}</caption>" if keterangan else ""
    return (f'<div class="kursus-tabel-wadah" tabindex="0" role="region" aria-label="{esc(keterangan or "Tabel")}">'
            f'<table class="{kelas}">{cap}<thead><tr>{kepala}</tr></thead>'
            f'<tbody>{"".join(baris)}</tbody></table></div>')


@dataclass
class Grafik:
    """A Plotly figure with what a reader needs beside it: a caption naming source and date, and its data.

    On the static page it becomes a ``<figure>`` whose chart is drawn by the locally served plotly.js;
    in a live kernel it is an ordinary Plotly figure.
    """

    fig: go.Figure
    keterangan: str
    data: pd.DataFrame
    id: str = field(default_factory=lambda: f"grafik-{next(_nomor)}")

    def html(self) -> str:
        spec = self.spec()
        muatan = json.dumps({"data": spec["data"], "layout": spec["layout"],
                             "config": {"displaylogo": False, "responsive": True}})
        # "</" would end the script element early; JSON allows the escaped form.
        muatan = muatan.replace("</", "<\\/")
        judul = self.fig.layout.title.text or "Grafik"
        return (
            f'<figure class="kursus-grafik" id="{self.id}">'
            f'<div class="kursus-plot" role="group" aria-label="Grafik interaktif: {esc(judul)}"></div>'
            f'<script type="application/json" class="kursus-plot-data">{muatan}</script>'
            f"<figcaption>{esc(self.keterangan)}</figcaption>"
            f"<details class=\"kursus-data\"><summary>Lihat data grafik sebagai tabel</summary>"
            f"{tabel_html(self.data, judul)}</details></figure>"
        )

    def spec(self) -> dict:
        """The figure as plain JSON data (numpy arrays turned into lists)."""
        return json.loads(pio.to_json(self.fig, validate=False))

    def _repr_mimebundle_(self, include=None, exclude=None):
        if di_colab():  # Colab renders Plotly only through its own renderer
            bundle = self.fig._repr_mimebundle_(include, exclude) or {}
            return bundle
        return {
            "application/vnd.plotly.v1+json": self.spec(),
            "text/html": self.html(),
            "text/plain": f"Grafik: {self.fig.layout.title.text}\n{self.keterangan}",
        }


@dataclass
class Tampilan:
    """An ipywidgets widget paired with its kernel-free HTML version for the static book.

    Live front ends pick the widget; the book build (which drops the widget mime type) shows ``statis``.
    """

    widget: Any
    statis: str

    def _repr_mimebundle_(self, include=None, exclude=None):
        bundle = dict(self.widget._repr_mimebundle_() or {})
        bundle["text/html"] = self.statis
        return bundle


def kotak_jalankan(nama_notebook: str, pesan: str = "") -> str:
    """A note that the live widget needs a running kernel, with links placed by the book's launch buttons."""
    pesan = pesan or ("Versi di atas bekerja langsung di halaman ini. Versi widget yang lengkap berjalan "
                      "saat buku dijalankan secara langsung: pilih tombol peluncur (ikon roket) di bagian atas "
                      "halaman untuk membuka bab ini di Binder, Colab, atau JupyterHub sekolah.")
    return f'<p class="kursus-catatan-live" data-notebook="{esc(nama_notebook)}">{esc(pesan)}</p>'
