"""The book's browser assets in the output: kursus_buku/assets/, the vendored libraries and the generated files,
then the finishing steps that need every page written (output repairs, icon stylesheet, stylesheet trimming)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from .ikon import icon_css
from .keluaran import repair_pages
from .pangkas_css import trim_stylesheets, used_classes

ASSETS = Path(__file__).parent / "assets"
TARGET = "kursus"  # inside the output's _static/


def manifest(srcdir: Path) -> list[dict]:
    return json.loads((srcdir / "vendor" / "manifest.json").read_text(encoding="utf-8"))["files"]


def slim_theme(outdir: Path) -> None:
    """Drop the theme's icon script (kursus-ikon.css draws the icons), the source map and licence file of its
    bootstrap.js (replaced by the book's own, see copy_assets), and the style rules no page can match."""
    for name in ("fontawesome.js", "fontawesome.js.map", "fontawesome.js.LICENSE.txt", "bootstrap.js.map",
                 "bootstrap.js.LICENSE.txt"):
        (outdir / "_static" / "scripts" / name).unlink(missing_ok=True)
    trim_stylesheets(outdir)


TEMPLAT_KOSONG = "var TEMPLAT = {};"


def grafik_js(text: str) -> str:
    """kursus-grafik.js with the shared Plotly templates written in, from the plotly the figures were made
    with: every chart of a page names its template instead of carrying a copy (kursus.tampilan.Grafik)."""
    from kursus.tampilan import json_html, templat_bersama

    if text.count(TEMPLAT_KOSONG) != 1:
        raise ValueError(f"kursus-grafik.js must contain the line {TEMPLAT_KOSONG!r} once")
    return text.replace(TEMPLAT_KOSONG, f"var TEMPLAT = {json_html(templat_bersama())};")


def copy_assets(app, exception):
    if exception or app.builder.format != "html":
        return
    out = Path(app.outdir) / "_static" / TARGET
    out.mkdir(parents=True, exist_ok=True)
    for path in ASSETS.iterdir():
        shutil.copy2(path, out / path.name)
    grafik = out / "kursus-grafik.js"
    grafik.write_text(grafik_js(grafik.read_text(encoding="utf-8")), encoding="utf-8")
    vendor = Path(app.srcdir) / "vendor"
    icons = {}
    for entry in manifest(Path(app.srcdir)):
        path = vendor / entry["file"]
        if entry.get("served", True) is True:
            shutil.copy2(path, out / path.name)
        elif entry.get("served") == "theme":  # in place of a theme file of the same job, same address
            shutil.copy2(path, Path(app.outdir) / "_static" / entry["replaces"])
        elif entry.get("served") == "icons":
            icons[path.stem] = path.read_text(encoding="utf-8")
    repair_pages(Path(app.outdir), written=getattr(app, "kursus_ditulis", set()))
    # Only the icons a page or a served script names, and the decorations a page can show: about 1 KB each.
    (out / "kursus-ikon.css").write_text(icon_css(icons, used_classes(Path(app.outdir))), encoding="utf-8")
    slim_theme(Path(app.outdir))  # after the pages are final: it keeps the style rules they can use
