"""Sphinx extension: serves the book's own scripts and the vendored libraries, only on pages that use them."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

ASSETS = Path(__file__).parent / "assets"
TARGET = "kursus"  # inside the output's _static/

# A marker class in the page body -> the scripts that page needs, in load order.
SCRIPTS = {
    "kursus-grafik": ["plotly-basic.min.js", "kursus-grafik.js"],
    "kursus-interaktif": ["kursus-interaktif.js"],
    "kursus-survei-form": ["kursus-survei.js"],
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


# --- Editions ------------------------------------------------------------------------------------
# KURSUS_EDISI=guru builds the teacher edition: every solution and answer key is shown open, `{only} guru`
# blocks are included, and each page says which edition it is. Unset (or "siswa"): the student edition.
EDISI_GURU = "guru"
KELAS_KUNCI = "kunci-jawaban"  # class of a dropdown admonition that holds an answer key
BANNER_GURU = ('<p class="kursus-edisi-guru" role="note">Edisi guru: semua pembahasan dan kunci jawaban '
               "ditampilkan terbuka. Jangan bagikan edisi ini kepada siswa.</p>")


def edisi() -> str:
    return EDISI_GURU if os.environ.get("KURSUS_EDISI", "").strip().lower() == EDISI_GURU else "siswa"


def tag_edition(app, config=None):
    if edisi() == EDISI_GURU:
        app.tags.add(EDISI_GURU)


def open_solutions(app, doctree, docname):
    """Teacher edition: drop the dropdown class from solutions and answer keys, so they render open."""
    if edisi() != EDISI_GURU:
        return
    from docutils import nodes
    from sphinx_exercise.nodes import solution_node

    for node in doctree.findall(lambda n: isinstance(n, (solution_node, nodes.Element))):
        kelas = node.get("classes", [])
        if "dropdown" in kelas and (isinstance(node, solution_node) or KELAS_KUNCI in kelas):
            node["classes"] = [k for k in kelas if k != "dropdown"] + ["kursus-terbuka"]


def mark_edition(app, pagename, templatename, context, doctree):
    if edisi() == EDISI_GURU and "body" in context:
        context["body"] = BANNER_GURU + context["body"]


def drop_unused_widget_state(app, env):
    """Without a widget manager on the page (nb_ipywidgets_js empty), MyST-NB's saved widget state is dead
    weight (tens of KB of JSON per page with a form widget): drop it. Kept when a manager is configured."""
    if app.config.nb_ipywidgets_js:
        return
    for meta in getattr(env, "nb_metadata", {}).values():
        meta.get("js_files", {}).pop("ipywidgets_state", None)


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
    app.connect("config-inited", tag_edition)
    app.connect("doctree-resolved", open_solutions)
    app.connect("html-page-context", mark_edition)
    app.connect("env-updated", drop_unused_widget_state)
    app.add_css_file(f"{TARGET}/kursus.css")
    app.connect("html-page-context", add_page_scripts)
    app.connect("build-finished", copy_assets)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
