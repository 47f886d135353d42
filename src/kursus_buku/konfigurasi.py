"""Configuration steps: the book's theme options and templates, no Thebe, the data checked, definitions shared,
stray folders (an unzipped pack) left out."""

from __future__ import annotations

from pathlib import Path

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


def check_data(app):
    """Load every data file before any chapter runs: a mistake stops the build with its Indonesian message."""
    from sphinx.errors import SphinxError

    from kursus.data import DataError
    from kursus.logika.kuis import periksa_semua
    try:
        periksa_semua()
    except DataError as e:
        raise SphinxError(f"Data kursus tidak valid. {e}") from None


SABLON = Path(__file__).parent / "sablon"


def add_templates(app, config):
    """The book's template overrides come before the theme's.

    sablon/tema/ is the template folder: a component there replaces the theme's of the same name. The themes
    include a few templates by a path relative to each template folder ("../macros/buttons.html",
    "../components/search-field.html"), so sablon/macros/ and sablon/components/ replace those.
    tests/test_built_html.py compares every override with the installed theme's file.
    """
    config.templates_path = [str(SABLON / "tema"), *config.templates_path]


def merge_theme_options(app, config):
    """Add the book's theme options to those Jupyter Book derived from _config.yml (launch buttons etc.).

    Setting html_theme_options directly in _config.yml would replace them and lose the launch buttons.
    """
    config.html_theme_options = {**(config.html_theme_options or {}), **(config.kursus_theme_options or {})}
    # Launch buttons (Binder, Colab, JupyterHub) open the learner notebooks, which the publishing workflow keeps
    # on a branch of their own (kursus_cabang_notebook), not the MyST sources on the book's branch.
    config.html_theme_options["repository_branch"] = config.kursus_cabang_notebook


def add_definitions(app, config):
    """Every definition and quotation of definisi.yaml as a MyST substitution ({{ def_id }}, {{ kutipan_id }}),
    so pages and the glossary show them from their one home in the data instead of typing them again."""
    from kursus.data import substitusi
    from kursus.tabel import substitusi_kartu
    config.myst_substitutions = {**(config.myst_substitutions or {}), **substitusi(), **substitusi_kartu()}


# A folder holding one of these is not part of the book: an unzipped pack (BUKA-BUKU.html, tools/pack.py) or a
# second copy of the repository (_toc.yml). Sphinx would otherwise read its notebooks and pages too.
BUKAN_BUKU = ("BUKA-BUKU.html", "_toc.yml")


def stray_folders(srcdir: Path, depth: int = 3) -> list[str]:
    """Folders below the book's own folder (up to ``depth`` levels) that hold an unzipped pack or another copy of
    the repository, as paths relative to ``srcdir``."""
    found, level = [], [srcdir]
    for _ in range(depth):
        below = []
        for folder in level:
            for sub in sorted(p for p in folder.iterdir() if p.is_dir() and not p.name.startswith((".", "_"))):
                if sub.name in ("node_modules", "vendor", "src"):
                    continue
                if any((sub / name).is_file() for name in BUKAN_BUKU):
                    found.append(sub.relative_to(srcdir).as_posix())
                else:
                    below.append(sub)
        level = below
    return found


def exclude_stray_folders(app, config):
    """config-inited, before sphinx-external-toc reads the folder: a teacher who unzipped a pack inside the
    repository (or keeps a copy of it there) can still build without deleting it first."""
    config.exclude_patterns = [*config.exclude_patterns, *stray_folders(Path(app.srcdir))]
