"""How the book's objects show themselves: live (Jupyter, Colab, Voilà) and on the static HTML page."""

from __future__ import annotations

import functools
import html
import itertools
import re
import json
import os
import sys
from urllib.parse import urlparse
from dataclasses import dataclass, field
from typing import Any

import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio

# Trace types in the plotly.js bundle the book serves (vendor/plotly-kursus.min.js, built by tools/bundel; a
# browser test checks that the bundle has exactly these). A chart of another type needs it added there first.
JENIS_TRACE_DASAR = {"scatter", "bar"}
# Plotly templates the book's chart script carries once (kursus_buku writes them into kursus-grafik.js at
# build): a figure on the static page using one of them names it instead of repeating its 7 KB of JSON.
TEMPLAT_BERSAMA = ("plotly_white",)
# Subplot kinds the served bundle cannot draw: their template defaults are dead weight on the page.
_SUBPLOT_LAIN = {"geo", "map", "mapbox", "polar", "scene", "ternary"}

_nomor = itertools.count(1)


def esc(teks: Any) -> str:
    """Escape text for HTML; everything a learner types passes through here."""
    return html.escape(str(teks), quote=True)


# Characters that must not appear raw in JSON placed inside an HTML <script> element: "<" could start
# "</script>" or "<!--", ">" and "&" are escaped for good measure, and U+2028/2029 end a line in older
# JavaScript parsers. JSON allows every one of them written as \uXXXX inside a string.
_JSON_HTML = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
_JSON_HTML_RE = re.compile("[<>&\u2028\u2029]")


def json_html(nilai: Any) -> str:
    """JSON text safe to put inside ``<script type="application/json">``: it parses back to ``nilai``."""
    return _JSON_HTML_RE.sub(lambda m: _JSON_HTML[m.group(0)], json.dumps(nilai, ensure_ascii=False))


def kutipan(teks_html: str) -> str:
    """Turn «name» marks in already escaped text into <cite>name</cite>."""
    return re.sub(r"«([^«»]*)»", r"<cite>\1</cite>", teks_html)


def di_colab() -> bool:
    return "google.colab" in sys.modules


def di_buku() -> bool:
    """The book's build is running the notebook (kursus_buku sets KURSUS_BUKU=1 for the kernels it starts)."""
    return os.environ.get("KURSUS_BUKU") == "1"


def di_voila() -> bool:
    """Voilà starts each kernel with its VOILA_* variables set (base URL, server URL, kernel id...)."""
    return any(nama.startswith("VOILA_") for nama in os.environ)


def sel_html(kolom: str, nilai: Any) -> str:
    """One table cell: a source's name is a citation, its address a link named by its host."""
    if kolom == "Sumber":
        return f"<cite>{esc(nilai)}</cite>"
    if kolom == "Alamat" and str(nilai).startswith(("http://", "https://")):
        host = urlparse(str(nilai)).netloc.removeprefix("www.")
        return f'<a href="{esc(nilai)}"><cite>{esc(host)}</cite></a>'
    return esc(nilai)


def tabel_html(df: pd.DataFrame, keterangan: str = "", kelas: str = "kursus-tabel") -> str:
    """A plain, accessible HTML table (header cells with scope) from a DataFrame."""
    kepala = "".join(f'<th scope="col">{esc(c)}</th>' for c in df.columns)
    baris = []
    for _, row in df.iterrows():
        sel = [f'<th scope="row">{esc(row.iloc[0])}</th>']
        sel += [f"<td>{sel_html(k, v)}</td>" for k, v in row.iloc[1:].items()]
        baris.append("<tr>" + "".join(sel) + "</tr>")
    cap = f"<caption>{kutipan(esc(keterangan))}</caption>" if keterangan else ""  # «name» -> <cite>
    label = re.sub("[«»]", "", keterangan) or "Tabel"
    return (f'<div class="kursus-tabel-wadah" tabindex="0" role="region" aria-label="{esc(label)}">'
            f'<table class="{esc(kelas)}">{cap}<thead><tr>{kepala}</tr></thead>'
            f'<tbody>{"".join(baris)}</tbody></table></div>')


@functools.lru_cache(maxsize=None)
def _templat_penuh(nama: str) -> dict:
    """A named Plotly template as plain JSON, exactly as it appears in a figure using it (not to be changed)."""
    return json.loads(pio.to_json(go.Figure(layout={"template": nama}), validate=False))["layout"]["template"]


def templat_bersama() -> dict[str, dict]:
    """The shared templates, with only what the served bundle can use: defaults for its trace types and
    for cartesian plots (the rest could never show, so dropping it changes no pixel)."""
    hasil = {}
    for nama in TEMPLAT_BERSAMA:
        t = _templat_penuh(nama)
        hasil[nama] = {"data": {k: v for k, v in t.get("data", {}).items() if k in JENIS_TRACE_DASAR},
                       "layout": {k: v for k, v in t.get("layout", {}).items() if k not in _SUBPLOT_LAIN}}
    return hasil


def nama_templat(templat: Any) -> str | None:
    """The name of the shared template equal to ``templat`` (JSON of a figure's layout.template), if any."""
    for nama in TEMPLAT_BERSAMA:
        if templat == _templat_penuh(nama):
            return nama
    return None


@dataclass(repr=False)
class Grafik:
    """A Plotly figure with what a reader needs beside it: a caption naming source and date, and its data.

    On the static page it becomes a ``<figure>`` that shows the chart's picture (rendered at build) until the
    reader reaches for it, then the chart drawn by the locally served plotly.js; in a live kernel it is an
    ordinary Plotly figure.
    """

    fig: go.Figure
    keterangan: str
    data: pd.DataFrame
    id: str = field(default_factory=lambda: f"grafik-{next(_nomor)}")

    def html(self) -> str:
        spec = self.spec()
        # The title becomes an HTML heading (it wraps on a phone; a Plotly title does not).
        # Menus and sliders become HTML controls outside the plot (kursus-grafik.js), so the plot
        # needs no room for them.
        spec["layout"].pop("title", None)
        margin = spec["layout"].setdefault("margin", {})
        margin["t"] = 16
        if spec["layout"].get("sliders"):
            margin["b"] = 110
        # A shared template goes by name; kursus-grafik.js puts it back before drawing.
        nama = nama_templat(spec["layout"].get("template"))
        if nama:
            spec["layout"]["template"] = nama
        muatan = json_html({"data": spec["data"], "layout": spec["layout"],
                            "config": {"displaylogo": False, "responsive": True}})
        judul = self.fig.layout.title.text or "Grafik"
        return (
            f'<figure class="kursus-grafik" id="{self.id}">'
            f'<p class="kursus-grafik-judul">{esc(judul)}</p>'
            # The box keeps the chart's height before and after it goes live: the build puts the chart's picture
            # in it (kursus_buku.gambar), the page script swaps in the live chart when the reader reaches for it.
            f'<div class="kursus-plot-wadah" style="height:{int(spec["layout"].get("height") or 450)}px">'
            f'<div class="kursus-plot" role="group" aria-label="Grafik interaktif: {esc(judul)}"></div></div>'
            f'<script type="application/json" class="kursus-plot-data">{muatan}</script>'
            f"<figcaption>{kutipan(esc(self.keterangan))}</figcaption>"
            f"<details class=\"kursus-data\"><summary>Lihat data grafik sebagai tabel</summary>"
            f"{tabel_html(self.data, judul)}</details></figure>"
        )

    def __repr__(self) -> str:
        return f"Grafik({self.fig.layout.title.text!r})"

    def keterangan_html(self) -> str:
        """The caption (source and date) and the data table, for a live front end: JupyterLab, Notebook 7, Colab
        and Voilà draw the chart alone with their own Plotly renderer, so these follow it as an output of their
        own. Plain HTML every one of them renders."""
        judul = self.fig.layout.title.text or "Grafik"
        return (f'<div class="kursus-keterangan-live"><p><small>{kutipan(esc(self.keterangan))}</small></p>'
                f"<details><summary>Lihat data grafik sebagai tabel</summary>{tabel_html(self.data, judul)}"
                "</details></div>")

    def bundles(self) -> list[dict]:
        """The outputs that show this chart. In a live front end: the chart, then its caption and data table. In
        the book's build: one, whose HTML (``html``) already holds both."""
        if di_buku():
            return [self._repr_mimebundle_()]
        return [self._repr_mimebundle_(), {"text/html": self.keterangan_html(), "text/plain": self.keterangan}]

    def outputs(self) -> tuple[dict, ...]:
        """The same as outputs of an ipywidgets Output (a widget that redraws its chart sets these)."""
        return tuple({"output_type": "display_data", "data": b, "metadata": {}} for b in self.bundles())

    def _ipython_display_(self):
        from IPython.display import display

        for bundle in self.bundles():
            display(bundle, raw=True)

    def spec(self) -> dict:
        """The figure as plain JSON data (numpy arrays turned into lists)."""
        return json.loads(pio.to_json(self.fig, validate=False))

    def _repr_mimebundle_(self, include=None, exclude=None):
        if di_colab():  # Colab renders Plotly only through its own renderer
            bundle = self.fig._repr_mimebundle_(include, exclude) or {}
            return bundle
        teks = f"Grafik: {self.fig.layout.title.text}\n{self.keterangan}"
        if di_voila():
            return widget_bundle(self.wadah_voila(teks))
        return {
            "application/vnd.plotly.v1+json": self.spec(),
            "text/html": self.html(),
            "text/plain": teks,
        }

    def wadah_voila(self, teks: str):
        """The figure inside an ipywidgets Output, for Voilà.

        Plotly's renderer stores a PNG snapshot of each chart it draws in the output's model (``setData``).
        Voilà hands the outputs it rendered on the server to the renderer as plain JSON, which has no
        ``setData``, so every chart logged "r.setData is not a function". An Output widget's outputs are
        real output models, in Voilà as in JupyterLab.
        """
        import ipywidgets

        wadah = ipywidgets.Output()
        wadah.outputs = ({"output_type": "display_data", "metadata": {},
                          "data": {"application/vnd.plotly.v1+json": self.spec(), "text/plain": teks}},)
        return wadah


@dataclass
class Tampilan:
    """An ipywidgets widget paired with its kernel-free HTML version for the static book.

    Live front ends pick the widget; the book build (which drops the widget mime type) shows ``statis``.
    """

    widget: Any
    statis: str

    def _repr_mimebundle_(self, include=None, exclude=None):
        bundle = dict(widget_bundle(self.widget))
        bundle["text/html"] = self.statis
        return bundle


def widget_bundle(widget) -> dict:
    """The mime bundle that shows a live widget. ipywidgets 8 builds it itself; 7.x (Colab's preinstalled
    7.7.1) only publishes it from `_ipython_display_`, so it is written here the same way."""
    own = getattr(widget, "_repr_mimebundle_", None)
    if own is not None:
        return own() or {}
    return {"text/plain": repr(widget),
            "application/vnd.jupyter.widget-view+json": {"version_major": 2, "version_minor": 0,
                                                         "model_id": widget.model_id}}


def kotak_jalankan(nama_notebook: str, pesan: str = "") -> str:
    """A note that the live widget needs a running kernel, with links placed by the book's launch buttons."""
    pesan = pesan or ("Versi di atas bekerja langsung di halaman ini. Versi widget yang lengkap berjalan "
                      "saat buku dijalankan secara langsung: pilih tombol peluncur (ikon roket) di bagian atas "
                      "halaman untuk membuka bab ini di Binder, Colab, atau JupyterHub sekolah.")
    return f'<p class="kursus-catatan-live" data-notebook="{esc(nama_notebook)}">{esc(pesan)}</p>'
