"""Sphinx extension: serves the book's own scripts and the vendored libraries, only on pages that use them."""

from __future__ import annotations

import shutil
from pathlib import Path

ASSETS = Path(__file__).parent / "assets"
TARGET = "kursus"  # inside the output's _static/

# A marker class in the page body -> the scripts that page needs, in load order.
SCRIPTS = {
    "kursus-grafik": ["plotly-basic.min.js", "kursus-grafik.js"],
    "kursus-interaktif": ["kursus-interaktif.js"],
}


def scripts_for(body: str) -> list[str]:
    """Scripts a page needs, judged from the classes its body uses (each script once)."""
    wanted: list[str] = []
    for marker, files in SCRIPTS.items():
        if f'class="{marker}' in body or f"class='{marker}" in body:
            wanted += [f for f in files if f not in wanted]
    return wanted


def add_page_scripts(app, pagename, templatename, context, doctree):
    for name in scripts_for(context.get("body", "")):
        app.add_js_file(f"{TARGET}/{name}", defer="defer")


# The theme has no Indonesian catalogue and hard-codes some labels, so gettext cannot reach them all.
# Each key is an exact fragment of the theme's HTML (with its attribute or tag context, so book text is
# never touched); tests/test_built_html.py fails if an English label comes back after an upgrade.
THEME_STRINGS = {
    ">Skip to main content<": ">Langsung ke isi utama<",
    ">Back to top<": ">Kembali ke atas<",
    '"Version warning"': '"Peringatan versi"',
    '"Site navigation"': '"Navigasi situs"',
    '"On this page"': '"Di halaman ini"',
    "</i> On this page": "</i> Di halaman ini",
    'aria-label="Main"': 'aria-label="Navigasi bab"',
    'aria-label="Page"': 'aria-label="Daftar isi halaman"',
    '"Toggle primary sidebar"': '"Buka atau tutup navigasi bab"',
    '"Toggle secondary sidebar"': '"Buka atau tutup daftar isi halaman"',
    '"Color mode"': '"Mode warna"',
    'title="Light"': 'title="Terang"',
    'title="Dark"': 'title="Gelap"',
    '"System Settings"': '"Ikuti pengaturan sistem"',
    '"Link to this heading"': '"Tautan ke judul ini"',
    '"previous page"': '"halaman sebelumnya"',
    '"next page"': '"halaman berikutnya"',
    "© Copyright ": "© ",
    '"Launch interactive content"': '"Jalankan konten interaktif"',
    '"Source repository"': '"Repositori sumber"',
    "Fullscreen mode": "Layar penuh",
    ">Search<": ">Cari<",
    # sphinx-exercise titles a solution "Solusi untuk Latihan n"; the book says "Pembahasan".
    'class="admonition-title">Solusi untuk<': 'class="admonition-title">Pembahasan<',
    "Please activate JavaScript to enable the search functionality.":
        "Aktifkan JavaScript agar fitur pencarian dapat dipakai.",
}


def translate_theme(html: str) -> str:
    for english, indonesian in THEME_STRINGS.items():
        html = html.replace(english, indonesian)
    return html


def translate_pages(outdir: Path) -> None:
    for page in outdir.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        new = translate_theme(text)
        if new != text:
            page.write_text(new, encoding="utf-8")


def copy_assets(app, exception):
    if exception or app.builder.format != "html":
        return
    out = Path(app.outdir) / "_static" / TARGET
    out.mkdir(parents=True, exist_ok=True)
    for path in ASSETS.iterdir():
        shutil.copy2(path, out / path.name)
    vendor = Path(app.srcdir) / "vendor"
    for path in vendor.glob("*.js"):
        shutil.copy2(path, out / path.name)
    translate_pages(Path(app.outdir))


def drop_thebe(app, config=None):
    """Jupyter Book always loads sphinx-thebe, which puts a CDN address and a broken script on every page.

    The book offers Binder/Colab/JupyterHub launch buttons instead, so Thebe's hooks and files are removed.
    """
    for event, listeners in app.events.listeners.items():
        for listener in list(listeners):
            if getattr(listener.handler, "__module__", "").startswith("sphinx_thebe"):
                app.disconnect(listener.id)
    app.registry.css_files = [(f, a) for f, a in app.registry.css_files if "thebe" not in str(f)]
    app.registry.js_files = [(f, a) for f, a in app.registry.js_files if "thebe" not in str(f)]


def merge_theme_options(app, config):
    """Add the book's theme options to those Jupyter Book derived from _config.yml (launch buttons etc.).

    Setting html_theme_options directly in _config.yml would replace them and lose the launch buttons.
    """
    config.html_theme_options = {**(config.html_theme_options or {}), **(config.kursus_theme_options or {})}


def setup(app):
    app.add_config_value("kursus_theme_options", {}, "html")
    app.connect("config-inited", merge_theme_options)
    app.connect("config-inited", drop_thebe)  # after every extension (sphinx_thebe too) is set up
    app.add_css_file(f"{TARGET}/kursus.css")
    app.connect("html-page-context", add_page_scripts)
    app.connect("build-finished", copy_assets)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
