"""Every chart of the book as a picture, made at build: the first view of a chapter costs what a text page costs.

kursus.tampilan.Grafik writes each chart as a ``<figure>`` with its Plotly figure as JSON and an empty box of the
chart's height. Here, for every page, each figure is drawn as SVG by plotly's own image export (kaleido, with
Debian's Chromium, offline: plotly.js from the plotly wheel, no MathJax) in two widths, a phone's and a wide
screen's, and put in the box as a button showing the picture. kursus-grafik.js loads plotly.js only when the
reader reaches for a chart (taps it, focuses it, or uses its controls) and swaps the live chart in, in place.
A reader without scripts, and print, see the pictures.

Pictures are kept in ``_build/.kursus-gambar/`` under a hash of what they show, so a rebuild renders only
charts that changed.
"""

from __future__ import annotations

import hashlib
import html
import json
import os
import re
from importlib import metadata
from pathlib import Path

CHROMIUM = os.environ.get("BROWSER_PATH", "/usr/bin/chromium")
# The two widths a picture is drawn at (CSS pixels): a phone's text column and the book's widest.
LEBAR = {"sempit": 360, "lebar": 720}
SEMPIT_SAMPAI = "37.5em"  # the narrow picture up to this screen width (600 px)
FOLDER = "_images/kursus-grafik"  # in the output, beside Sphinx's own images

FIGUR = re.compile(
    r'(<div class="kursus-plot-wadah" style="height:(\d+)px">)(<div class="kursus-plot" role="group" '
    r'aria-label="Grafik interaktif: ([^"]*)"></div></div>)<script type="application/json" class="kursus-plot-data">'
    r"(.*?)</script>", re.S)


class Pelukis:
    """One Chromium for the whole build, started at the first chart that needs drawing."""

    def __init__(self, cache: Path):
        self.cache = cache
        self.jalan = False

    def mulai(self):
        import kaleido
        import plotly

        if not Path(CHROMIUM).exists():
            raise RuntimeError(f"Gambar grafik dibuat dengan Chromium di {CHROMIUM}, yang belum terpasang: "
                               "jalankan `make chromium` dulu.")
        plotly_js = Path(plotly.__file__).parent / "package_data" / "plotly.min.js"
        kaleido.start_sync_server(path=CHROMIUM, mathjax=False, plotlyjs=plotly_js.as_uri(), silence_warnings=True)
        self.jalan = True

    def berhenti(self):
        if self.jalan:
            import kaleido
            kaleido.stop_sync_server(silence_warnings=True)
            self.jalan = False

    def svg(self, figur: dict, lebar: int, tinggi: int) -> tuple[str, bytes]:
        """The picture of a figure at a size, as (file name, SVG bytes), from the cache when it has it."""
        import kaleido

        versi = [metadata.version(n) for n in ("kaleido", "plotly")]
        kunci = hashlib.sha256(json.dumps([figur, lebar, tinggi, versi], sort_keys=True)
                               .encode("utf-8")).hexdigest()[:20]
        nama = f"grafik-{kunci}.svg"
        simpan = self.cache / nama
        if not simpan.exists():
            if not self.jalan:
                self.mulai()
            data = kaleido.calc_fig_sync(figur, opts={"format": "svg", "width": lebar, "height": tinggi})
            self.cache.mkdir(parents=True, exist_ok=True)
            simpan.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
        return nama, simpan.read_bytes()


def figur_gambar(spec: dict) -> dict:
    """The figure as the live chart draws it: the shared template put back, menus and sliders left out (the page
    shows them as HTML controls beside the chart)."""
    from kursus.tampilan import _templat_penuh

    layout = dict(spec.get("layout", {}))
    if isinstance(layout.get("template"), str):
        layout["template"] = _templat_penuh(layout["template"])
    layout.pop("updatemenus", None)
    layout.pop("sliders", None)
    return {"data": spec.get("data", []), "layout": layout}


def tombol_gambar(alamat: dict[str, str], judul: str, tinggi: int) -> str:
    """The picture inside a button: pressing (or focusing) it asks for the live chart."""
    # The button's name is what it shows (the picture's text alternative, then the invitation), so a voice
    # command saying the visible words finds it.
    return (f'<button type="button" class="kursus-gambar">'
            f'<picture><source media="(max-width: {SEMPIT_SAMPAI})" srcset="{alamat["sempit"]}">'
            f'<img src="{alamat["lebar"]}" width="{LEBAR["lebar"]}" height="{tinggi}" alt="Gambar grafik: {judul}." '
            f'loading="lazy" decoding="async"></picture>'
            '<span class="kursus-gambar-ajak">Ketuk untuk grafik interaktif</span></button>')


def add_pictures(app, pagename, templatename, context, doctree):
    """html-page-context: each chart of the page gets its pictures (written into the output)."""
    body = context.get("body", "")
    if "kursus-plot-wadah" not in body:
        return
    pelukis = getattr(app, "kursus_pelukis", None)
    if pelukis is None:
        pelukis = app.kursus_pelukis = Pelukis(Path(app.srcdir) / "_build" / ".kursus-gambar")
    keluar = Path(app.outdir) / FOLDER
    keluar.mkdir(parents=True, exist_ok=True)

    def ganti(m):
        tinggi = int(m.group(2))
        figur = figur_gambar(json.loads(m.group(5)))
        alamat = {}
        for jenis, lebar in LEBAR.items():
            nama, data = pelukis.svg(figur, lebar, tinggi)
            if not (keluar / nama).exists():
                (keluar / nama).write_bytes(data)
            alamat[jenis] = html.escape(context["pathto"](f"{FOLDER}/{nama}", 1))
        return (m.group(1) + tombol_gambar(alamat, m.group(4), tinggi) + m.group(3)
                + f'<script type="application/json" class="kursus-plot-data">{m.group(5)}</script>')

    baru, n = FIGUR.subn(ganti, body)
    if n != body.count('class="kursus-plot-wadah"'):
        from sphinx.errors import SphinxError
        raise SphinxError(f"kursus_buku.gambar: {pagename}: a chart's markup is not what kursus.tampilan.Grafik "
                          "writes; its picture could not be made")
    context["body"] = baru


def stop_painter(app, exception):
    """build-finished: close the Chromium of the pictures."""
    pelukis = getattr(app, "kursus_pelukis", None)
    if pelukis is not None:
        pelukis.berhenti()


def picture_files(outdir: Path) -> list[Path]:
    return sorted((outdir / FOLDER).glob("*.svg"))

