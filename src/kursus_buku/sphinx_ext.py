"""The Sphinx extension of the book (named in _config.yml): only wiring. Each job lives in its own module:

- halaman.py      per-page scripts and stylesheets (and MyST-NB's unused widget state dropped)
- aset.py         the book's assets and vendored libraries copied into the output, kursus-grafik.js generated
- ikon.py         the icon stylesheet that replaces the theme's icon script
- pangkas_css.py  stylesheet trimming (tinycss2)
- terjemahan.py   Indonesian gettext catalogues for the theme and extensions (locales/)
- pustaka.py      the bibliography style in Indonesian ("dan", titles as written)
- keluaran.py     the few repairs only possible on the finished HTML
- bagikan.py      the site address and clean descriptions for the Open Graph tags (sphinxext-opengraph),
                  and the root page's share preview
- gambar.py       every chart as a picture, made at build (kaleido, Debian's Chromium)
- edisi.py        student edition (no teacher pages, no answers) and teacher edition
- konfigurasi.py  theme options, template overrides (sablon/), no Thebe, data check, definitions, stray folders
- notebook.py     learner notebooks (plain Markdown, resolved from the same doctrees) for every launcher
"""

from __future__ import annotations

import os

from .aset import TARGET, copy_assets
from .bagikan import drop_citation_marks, set_site_url, write_root_page
from .gambar import add_pictures, stop_painter
from .edisi import drop_answer_keys, mark_edition, open_solutions, strip_sources, student_edition, tag_edition
from .halaman import add_page_scripts, drop_unused_widget_state
from .keluaran import note_written
from .notebook import write_learner_notebooks
from .konfigurasi import (add_definitions, add_templates, check_data, drop_thebe,  # noqa: F401 (check_data: tests)
                          exclude_stray_folders, merge_theme_options)
from .pustaka import register as register_bibliography_style
from .terjemahan import register_catalogues


def mark_build_kernels(app, config):
    """The kernels the build starts (MyST-NB, while reading) inherit this: a chart is then one output whose HTML
    holds its caption and data table (kursus.tampilan.Grafik); elsewhere the caption follows the chart."""
    os.environ["KURSUS_BUKU"] = "1"


def setup(app):
    register_catalogues(app)  # before the theme and sphinx_exercise register theirs
    register_bibliography_style()
    app.add_config_value("kursus_theme_options", {}, "html")
    app.add_config_value("kursus_cabang_notebook", "notebook-siswa", "html")
    app.connect("config-inited", mark_build_kernels)
    app.connect("config-inited", exclude_stray_folders, priority=100)  # before sphinx-external-toc (500)
    app.connect("config-inited", merge_theme_options)
    app.connect("config-inited", add_templates)
    app.connect("config-inited", set_site_url, priority=600)  # after merge_theme_options
    app.connect("config-inited", add_definitions)
    app.connect("config-inited", drop_thebe)  # after every extension (sphinx_thebe too) is set up
    app.connect("config-inited", tag_edition)
    app.connect("builder-inited", check_data)
    app.connect("config-inited", student_edition, priority=900)  # after sphinx-external-toc parsed _toc.yml
    app.connect("doctree-read", drop_answer_keys)
    app.connect("build-finished", strip_sources)
    app.connect("build-finished", write_learner_notebooks, priority=600)  # after strip_sources
    app.connect("doctree-resolved", open_solutions)
    app.connect("html-page-context", mark_edition)
    app.connect("html-page-context", drop_citation_marks, priority=600)  # after sphinxext-opengraph's tags
    app.connect("env-updated", drop_unused_widget_state)
    app.add_css_file(f"{TARGET}/kursus.css")
    app.add_css_file(f"{TARGET}/kursus-ikon.css")
    app.add_js_file(f"{TARGET}/kursus-tema.js", defer="defer")
    app.connect("html-page-context", add_pictures)  # before the scripts are chosen from the body
    app.connect("html-page-context", add_page_scripts)
    app.connect("html-page-context", note_written)  # keluaran.repair_pages checks these pages
    app.connect("build-finished", write_root_page, priority=800)  # after sphinx-external-toc's redirect
    app.connect("build-finished", stop_painter)
    app.connect("build-finished", copy_assets, priority=900)  # after MyST-NB has copied its stylesheet
    return {"parallel_read_safe": True, "parallel_write_safe": True}
