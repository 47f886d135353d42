"""The few changes that can only be made on the finished HTML, each an exact fragment of the themes' markup.

Everything else goes through Sphinx: labels through gettext (terjemahan.py), markup through template overrides
(sablon/) and the page context (halaman.py). What is left here is hard-coded in the themes' main layouts
(pydata-sphinx-theme's and sphinx-book-theme's layout.html, which are too large to copy for one attribute) or
written by docutils. A fragment that no page contains any more stops the build, so an upgrade that changes
the markup is noticed at once.
"""

from __future__ import annotations

import re
from pathlib import Path

from sphinx.errors import SphinxError

# (why, exact fragment or pattern, replacement, also on the search page)
REPAIRS = [
    ("the theme loads fontawesome.js (1.5 MB) to draw about twenty icons; kursus-ikon.css draws them",
     re.compile(r'\s*<script defer src="[^"]*_static/scripts/fontawesome\.js[^"]*"></script>'), "", True),
    ("the search scripts serve 'search as you type', which the book leaves off: only the search page needs them",
     re.compile(r'\s*<script src="[^"]*(?:_static/searchtools\.js|_static/language_data\.js|searchindex\.js)">'
                r"</script>"), "", False),
    ("the primary sidebar (book title, search, chapter list) sits outside every landmark",
     '<div id="pst-primary-sidebar" class="bd-sidebar-primary bd-sidebar">',
     '<div id="pst-primary-sidebar" class="bd-sidebar-primary bd-sidebar" role="navigation" '
     'aria-label="Navigasi buku">', True),
    ("sphinx-book-theme's layout names the page's table of contents in English",
     '<nav aria-label="Page">', '<nav aria-label="Daftar isi halaman">', False),
    ("docutils marks bibliography entries with the deprecated DPUB role inside a role=\"list\"",
     'role="doc-biblioentry"', 'role="listitem"', True),
    ("MyST-NB's translator names the toggle of a folded code cell (tag hide-input) in English, in its code, over "
     "its visible text ('Tampilkan kode', translated): without the label the name is the text a reader sees "
     "(WCAG 2.5.3); the second name is what builds before 2026-12 wrote",
     re.compile(r'<summary aria-label="(?:Toggle hidden content|Tampilkan atau sembunyikan kode)">'), "<summary>",
     False),
]


def repair(html: str, is_search_page: bool, found: list[int]) -> str:
    """The page with every repair that applies to it made; counts in ``found`` what was found already made
    or to make (a repaired page written by an earlier build still counts)."""
    for i, (_, fragment, replacement, on_search_page) in enumerate(REPAIRS):
        if is_search_page and not on_search_page:
            continue
        if isinstance(fragment, str):
            n = html.count(fragment)
            html = html.replace(fragment, replacement)
        else:
            html, n = fragment.subn(replacement, html)
        found[i] += n or (bool(replacement) and replacement in html)
    return html


def note_written(app, pagename, templatename, context, doctree):
    """html-page-context: remember the pages this build writes (kept on the app, so an in-process build)."""
    app.kursus_ditulis = getattr(app, "kursus_ditulis", set()) | {pagename}


def repair_pages(outdir: Path, written: set[str]) -> None:
    """Repair every page; stop the build if a fragment is in none of the ``written`` pages (those this build
    rendered) and, for a replacement, in no page at all (pages of earlier builds are repaired already)."""
    found, fresh = [0] * len(REPAIRS), [0, 0]  # fresh: [search page, other pages]
    for page in outdir.rglob("*.html"):
        relative = page.relative_to(outdir)
        if "_static" in relative.parts:
            continue
        is_search_page = relative.as_posix() == "search.html"
        fresh[not is_search_page] += relative.with_suffix("").as_posix() in written
        text = page.read_text(encoding="utf-8")
        new = repair(text, is_search_page, found)
        if new != text:
            page.write_text(new, encoding="utf-8")
    missing = [why for (why, _, replacement, on_search_page), n in zip(REPAIRS, found)
               if not n and (replacement or fresh[1] or (on_search_page and fresh[0]))]
    if missing:
        raise SphinxError("kursus_buku.keluaran: potongan HTML tema tidak ditemukan lagi (tema diperbarui?): "
                          + "; ".join(missing))
