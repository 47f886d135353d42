"""Sphinx extension: serves the book's own scripts and the vendored libraries, only on pages that use them."""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path
from urllib.parse import quote

ASSETS = Path(__file__).parent / "assets"
TARGET = "kursus"  # inside the output's _static/

# A marker class in the page body -> the scripts that page needs, in load order.
SCRIPTS = {
    "kursus-grafik": ["kursus-grafik.js"],
    "kursus-interaktif": ["kursus-interaktif.js"],
    "kursus-survei-form": ["kursus-survei.js"],
    "kursus-survei-impor": ["kursus-survei-kelas.js"],
    "kursus-layar": ["kursus-layar.js"],  # projector view (book/layar-kelas.md)
}
# Libraries a script fetches itself when first needed, named on its tag (relative to the script).
LAZY = {"kursus-grafik.js": {"data-plotly": "plotly-basic.min.js"}}


def scripts_for(body: str) -> list[str]:
    """Scripts a page needs, judged from the classes its body uses (each script once)."""
    wanted: list[str] = []
    for marker, files in SCRIPTS.items():
        if f'class="{marker}' in body or f"class='{marker}" in body:
            wanted += [f for f in files if f not in wanted]
    return wanted


# Stylesheets and scripts other extensions add to every page, kept only where the body uses them:
# asset file name prefix -> pattern the page body must contain.
ONLY_WHERE_USED = {
    "sphinx-design.min.css": re.compile(r'class="[^"]*\bsd-'),
    "design-tabs.js": re.compile(r'class="[^"]*\bsd-tab'),
    "mystnb.": re.compile(r'class="[^"]*\bcell\b'),
}


def _unused(asset, body: str) -> bool:
    name = Path(str(getattr(asset, "filename", asset))).name
    return any(name.startswith(prefix) and not used.search(body) for prefix, used in ONLY_WHERE_USED.items())


# Scripts that must stay synchronous: inline scripts right after it assign to DOCUMENTATION_OPTIONS.
KEEP_SYNC = ("documentation_options.js",)


def deferred(script):
    """The same script tag with `defer`, unless it is inline, already async/deferred, or must stay in order
    with the inline scripts that follow it. Deferred scripts keep their relative order and run before
    DOMContentLoaded, so the theme's and extensions' start-up code behaves the same, without blocking the
    first paint on a slow phone."""
    filename = getattr(script, "filename", None)
    attributes = dict(getattr(script, "attributes", {}) or {})
    if (not filename or "body" in attributes or {"async", "defer"} & set(attributes)
            or Path(str(filename)).name in KEEP_SYNC or "://" in str(filename)):
        return script
    return type(script)(filename, priority=script.priority, **attributes, defer="defer")


def add_page_scripts(app, pagename, templatename, context, doctree):
    body = context.get("body", "")
    for name in scripts_for(body):
        app.add_js_file(f"{TARGET}/{name}", defer="defer", **LAZY.get(name, {}))
    # Sphinx restores both lists after each page, so trimming them here affects this page only.
    for key in ("css_files", "script_files"):
        if isinstance(context.get(key), list):
            context[key][:] = [a for a in context[key] if not _unused(a, body)]
    # The search page's own scripts (searchtools.js) run synchronously and need doctools.js first.
    if isinstance(context.get("script_files"), list) and pagename != "search":
        context["script_files"][:] = [deferred(js) for js in context["script_files"]]


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


# The theme loads fontawesome.js (1.5 MB) on every page to draw about twenty icons; kursus-ikon.css draws
# them instead. Its search scripts serve "search as you type", which the book leaves off: only the search
# page needs them.
FONTAWESOME_JS = re.compile(r'\s*<script defer src="[^"]*_static/scripts/fontawesome\.js[^"]*"></script>')
SEARCH_SCRIPTS = re.compile(r'\s*<script src="[^"]*(?:_static/searchtools\.js|_static/language_data\.js|'
                            r'searchindex\.js)"></script>')


# Accessibility repairs of the theme's and docutils' markup, each an exact fragment (tests/test_a11y.py audits
# every page with axe-core, so a fragment that stops matching after an upgrade shows up as a violation).
A11Y_FIXES = {
    # The primary sidebar (book title, search, chapter list) sits outside every landmark.
    '<div id="pst-primary-sidebar" class="bd-sidebar-primary bd-sidebar">':
        '<div id="pst-primary-sidebar" class="bd-sidebar-primary bd-sidebar" role="navigation" '
        'aria-label="Navigasi buku">',
    # docutils marks bibliography entries with the deprecated DPUB role inside a role="list".
    'role="doc-biblioentry"': 'role="listitem"',
}
# A search form must be submittable by something other than the Enter key: a submit button that is
# visually hidden until it receives keyboard focus.
SEARCH_FORM_END = re.compile(r'(<form class="bd-search[^>]*>.*?)(</form>)', re.S)
SEARCH_SUBMIT = '<button type="submit" class="btn btn-sm visually-hidden-focusable">Cari</button>'


def repair_a11y(html: str) -> str:
    for broken, fixed in A11Y_FIXES.items():
        html = html.replace(broken, fixed)
    return SEARCH_FORM_END.sub(lambda m: m.group(1) + SEARCH_SUBMIT + m.group(2)
                               if SEARCH_SUBMIT not in m.group(1) else m.group(0), html)


def slim_page(html: str, is_search_page: bool = False) -> str:
    html = FONTAWESOME_JS.sub("", html)
    if not is_search_page:
        html = SEARCH_SCRIPTS.sub("", html)
    return html


def translate_pages(outdir: Path) -> None:
    for page in outdir.rglob("*.html"):
        if "_static" in page.relative_to(outdir).parts:
            continue
        text = page.read_text(encoding="utf-8")
        new = slim_page(repair_a11y(translate_theme(text)), is_search_page=page.relative_to(outdir).as_posix() == "search.html")
        if new != text:
            page.write_text(new, encoding="utf-8")


def manifest(srcdir: Path) -> list[dict]:
    return json.loads((srcdir / "vendor" / "manifest.json").read_text(encoding="utf-8"))["files"]


def svg_mask(svg: str) -> tuple[str, float]:
    """An SVG as a CSS data URL (comments dropped) and its width in em at a height of 1em."""
    svg = re.sub(r"<!--.*?-->", "", svg, flags=re.S).strip()
    _, _, width, height = (float(v) for v in re.search(r'viewBox="([^"]+)"', svg).group(1).split())
    return "data:image/svg+xml," + quote(svg, safe=" /:=.,-"), width / height


# Theme decorations drawn with the icon font in pseudo-elements: selector -> icon.
DECORATIONS = {
    "div.admonition>.admonition-title::after": "bell",
    "div.admonition.note>.admonition-title::after": "circle-info",
    "div.admonition:is(.tip,.hint)>.admonition-title::after": "lightbulb",
    "div.admonition:is(.attention,.important)>.admonition-title::after": "circle-exclamation",
    "div.admonition:is(.caution,.warning,.danger)>.admonition-title::after": "triangle-exclamation",
    "div.admonition.error>.admonition-title::after": "circle-xmark",
    "div.admonition.seealso>.admonition-title::after": "share",
    "div.admonition:is(.admonition-todo,.exercise,.solution)>.admonition-title::after": "pencil",
    "nav.bd-links li>a.reference.external::after": "arrow-up-right-from-square",
    ".nav-link.nav-external::after": "arrow-up-right-from-square",
    "a.reference.download::before": "download",
    "span.versionmodified::before": "circle-exclamation",
    "a.github::before": "github",
}
FA_CLASSES = ":is(.fa,.fas,.fa-solid,.far,.fa-regular,.fab,.fa-brands)"


def icon_css(icons: dict[str, str]) -> str:
    """A stylesheet that draws each Font Awesome icon the theme uses as a mask in the text colour.

    It replaces the theme's icon script and icon font: every icon is an inline SVG data URL, and no
    element keeps the icon font, so the font is never downloaded.
    """
    def ikon(name: str) -> str:
        return f"var(--kursus-ikon-{name})"

    mask = "center/contain no-repeat"
    glyphs = ",".join(f".fa-{name}::before" for name in sorted(icons))
    decorations = ",".join(DECORATIONS)
    rules = ["/* Icons: Font Awesome Free 6.5.2 (fontawesome.com), CC BY 4.0. Generated by kursus_buku.sphinx_ext. */"]
    urls = []
    for name, svg in sorted(icons.items()):
        url, _ = svg_mask(svg)
        urls.append(f'--kursus-ikon-{name}:url("{url}")')
    rules.append(":root{" + ";".join(urls) + "}")
    rules.append(f"{FA_CLASSES},{FA_CLASSES}::before,{decorations}{{font-family:inherit!important}}")
    rules.append(f'{glyphs},{decorations}{{content:""!important;display:inline-block;height:1em;'
                 "vertical-align:-.125em;background-color:currentColor}")
    rules.append(f"@media (forced-colors: active){{{glyphs},{decorations}{{background-color:CanvasText}}}}")
    for name, svg in sorted(icons.items()):
        _, width = svg_mask(svg)
        rules.append(f".fa-{name}::before{{width:{width:.3f}em;-webkit-mask:{ikon(name)} {mask};"
                     f"mask:{ikon(name)} {mask}}}")
    for selector, name in DECORATIONS.items():
        rules.append(f"{selector}{{width:1em;-webkit-mask:{ikon(name)} {mask};mask:{ikon(name)} {mask}}}")
    return "\n".join(rules) + "\n"


# Font Awesome's per-icon rules in the theme's stylesheet (about 85 KB), e.g. .fa-sun:before{content:"\f185"}
FA_GLYPH_RULES = re.compile(r'(?:\.fa-[a-z0-9-]+:(?:before|after),?)+\{content:"[^"]*"\}')


def _css_items(css: str, i: int = 0) -> tuple[list, int]:
    """Split a stylesheet into comments, statements, rules and grouping at-rules (@media, @supports...),
    the latter with their inner items; returns the items and where this nesting level ends."""
    items, n = [], len(css)

    def scan(j: int, stops: str) -> int:  # index of the first stop character outside quotes/parentheses
        depth, quote = 0, None
        while j < n:
            c = css[j]
            if quote:
                if c == "\\":
                    j += 1
                elif c == quote:
                    quote = None
            elif c in "\"'":
                quote = c
            elif c in "([":
                depth += 1
            elif c in ")]":
                depth -= 1
            elif depth == 0 and c in stops:
                return j
            j += 1
        return n

    while i < n:
        while i < n and css[i].isspace():
            i += 1
        if i >= n:
            break
        if css.startswith("/*", i):
            end = css.find("*/", i + 2) + 2
            items.append(("comment", css[i:end]))
            i = end
        elif css[i] == "}":
            return items, i + 1
        else:
            j = scan(i, "{;}")
            prelude = css[i:j].strip()
            if j >= n or css[j] != "{":
                items.append(("statement", prelude + ";"))
                i = j + 1
            elif re.match(r"@(media|supports|container|layer)\b", prelude):
                inner, i = _css_items(css, j + 1)
                items.append(("group", prelude, inner))
            else:
                k, depth = j + 1, 1
                while depth:
                    k = scan(k, "{}")
                    depth += 1 if css[k] == "{" else -1
                    k += 1
                items.append(("rule", prelude, css[j + 1:k - 1]))
                i = k
    return items, i


def _needed_classes(selector: str) -> list[str]:
    """Classes an element must carry for the selector to match (those inside :not(), :is(), :has()...
    and attribute selectors are ignored, so such selectors are kept)."""
    plain = re.sub(r":[a-z-]+\((?:[^()]|\([^()]*\))*\)", "", selector)
    plain = re.sub(r"\[[^\]]*\]", "", plain)
    return [c.replace("\\", "") for c in re.findall(r"\.((?:\\.|[A-Za-z0-9_-])+)", plain)]


# Classes made up at run time from pieces (Bootstrap's "bs-" + component + placement).
DYNAMIC_CLASS_PREFIXES = ("bs-",)


def _purged(items: list, used: set[str]) -> str:
    out = []
    for item in items:
        kind = item[0]
        if kind == "comment":
            out.append(item[1] if item[1].startswith("/*!") else "")  # keep licence comments
        elif kind == "statement":
            out.append(item[1])
        elif kind == "group":
            inner = _purged(item[2], used)
            out.append(f"{item[1]}{{{inner}}}" if inner else "")
        else:
            prelude, body = item[1], item[2]
            selectors = re.split(r",(?![^()]*\))", prelude) if not prelude.startswith("@") else [prelude]
            kept = [sel for sel in selectors
                    if all(c in used or c.startswith(DYNAMIC_CLASS_PREFIXES) for c in _needed_classes(sel))]
            out.append(f"{','.join(kept)}{{{body}}}" if kept else "")
    return "".join(out)


def used_classes(outdir: Path) -> set[str]:
    """Every class a built page carries, and every word the served scripts could add as a class."""
    used: set[str] = set()
    for page in outdir.rglob("*.html"):
        if "_static" not in page.relative_to(outdir).parts:
            for value in re.findall(r'class="([^"]*)"', page.read_text(encoding="utf-8")):
                used.update(value.split())
    for script in (outdir / "_static").rglob("*.js"):
        if not script.name.startswith("plotly"):
            used.update(re.findall(r"[A-Za-z_][\w-]*", script.read_text(encoding="utf-8", errors="replace")))
    return used


def slim_theme(outdir: Path) -> None:
    """Drop the theme's icon script, the icon glyph rules the icon stylesheet replaces, and the rules of
    the theme's stylesheet (Bootstrap and the theme, 310 KB, loaded before anything shows) that no page of
    this book can match: a rule stays if any of its selectors needs only classes found in the built pages or
    in the served scripts. Sphinx copies the theme's stylesheet afresh on every build, so a class a new
    page uses brings its rules back. tests/test_browser.py compares screenshots with the full stylesheet."""
    for name in ("fontawesome.js", "fontawesome.js.map", "fontawesome.js.LICENSE.txt"):
        (outdir / "_static" / "scripts" / name).unlink(missing_ok=True)
    used = used_classes(outdir)
    for css in TRIMMED_STYLESHEETS(outdir):
        text = FA_GLYPH_RULES.sub("", css.read_text(encoding="utf-8"))
        items, _ = _css_items(text)
        css.write_text(_purged(items, used), encoding="utf-8")


def TRIMMED_STYLESHEETS(outdir: Path) -> list[Path]:
    """The theme's stylesheet (310 KB) and MyST-NB's (43 KB, mostly rules for Jupyter widgets and outputs
    this book does not show); both are copied afresh by their packages on every build."""
    static = outdir / "_static"
    return [p for p in [static / "styles" / "pydata-sphinx-theme.css", *sorted(static.glob("mystnb.*.css"))]
            if p.exists()]


def copy_assets(app, exception):
    if exception or app.builder.format != "html":
        return
    out = Path(app.outdir) / "_static" / TARGET
    out.mkdir(parents=True, exist_ok=True)
    for path in ASSETS.iterdir():
        shutil.copy2(path, out / path.name)
    vendor = Path(app.srcdir) / "vendor"
    icons = {}
    for entry in manifest(Path(app.srcdir)):
        path = vendor / entry["file"]
        if entry.get("served", True) is True:
            shutil.copy2(path, out / path.name)
        elif entry.get("served") == "icons":
            icons[path.stem] = path.read_text(encoding="utf-8")
    (out / "kursus-ikon.css").write_text(icon_css(icons), encoding="utf-8")
    translate_pages(Path(app.outdir))
    slim_theme(Path(app.outdir))  # after the pages are final: it keeps the style rules they can use


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


# The student edition leaves out every teacher page (the part of _toc.yml captioned BAGIAN_GURU) and every
# solution (sphinx-exercise's hide_solutions); blocks with the class KELAS_KUNCI are dropped too.
BAGIAN_GURU = "Untuk guru"


def teacher_docs(site_map) -> list[str]:
    """Docnames of the teacher part of the table of contents (and their sections)."""
    docs: list[str] = []
    for toctree in site_map.root.subtrees:
        if toctree.caption == BAGIAN_GURU:
            pending = [str(item) for item in toctree.items]
            while pending:
                name = pending.pop(0)
                docs.append(name)
                pending += [str(i) for sub in site_map[name].subtrees for i in sub.items]
    return docs


def student_edition(app, config):
    """Student edition: drop the teacher part from the parsed table of contents and from the sources read,
    and hide every solution. Runs after sphinx-external-toc has parsed _toc.yml (config-inited, 500)."""
    if edisi() == EDISI_GURU:
        return
    config.hide_solutions = True
    site_map = getattr(config, "external_site_map", None)
    if site_map is None:
        return
    docs = teacher_docs(site_map)
    site_map.root.subtrees = [t for t in site_map.root.subtrees if t.caption != BAGIAN_GURU]
    for name in docs:
        del site_map[name]
    config.exclude_patterns = list(config.exclude_patterns) + [f"{name}.*" for name in docs]


def drop_answer_keys(app, doctree):
    """Student edition: remove any block marked as an answer key, wherever it is."""
    if edisi() == EDISI_GURU:
        return
    from docutils import nodes

    for node in list(doctree.findall(nodes.Element)):
        if KELAS_KUNCI in node.get("classes", []) and node.parent is not None:
            node.parent.remove(node)


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


def strip_sources(app, exception):
    """Student edition: the copied sources (_sources/, offered as downloads) lose their solutions too."""
    if exception or edisi() == EDISI_GURU or app.builder.format != "html":
        return
    from kursus_buku.edisi import sumber_siswa

    for path in (Path(app.outdir) / "_sources").rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            baru = sumber_siswa(path.name, data)
            if baru != data:
                path.write_bytes(baru)


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


def check_data(app):
    """Load every data file before any chapter runs: a mistake stops the build with its Indonesian message."""
    from sphinx.errors import SphinxError

    from kursus.data import DataError, periksa_semua
    try:
        periksa_semua()
    except DataError as e:
        raise SphinxError(f"Data kursus tidak valid. {e}") from None


def merge_theme_options(app, config):
    """Add the book's theme options to those Jupyter Book derived from _config.yml (launch buttons etc.).

    Setting html_theme_options directly in _config.yml would replace them and lose the launch buttons.
    """
    config.html_theme_options = {**(config.html_theme_options or {}), **(config.kursus_theme_options or {})}


def add_definitions(app, config):
    """Every definition and quotation of definisi.yaml as a MyST substitution ({{ def_id }}, {{ kutipan_id }}),
    so pages and the glossary show them from their one home in the data instead of typing them again."""
    from kursus.data import substitusi
    from kursus.tabel import substitusi_kartu
    config.myst_substitutions = {**(config.myst_substitutions or {}), **substitusi(), **substitusi_kartu()}


def setup(app):
    app.add_config_value("kursus_theme_options", {}, "html")
    app.connect("config-inited", merge_theme_options)
    app.connect("config-inited", add_definitions)
    app.connect("config-inited", drop_thebe)  # after every extension (sphinx_thebe too) is set up
    app.connect("config-inited", tag_edition)
    app.connect("builder-inited", check_data)
    app.connect("config-inited", student_edition, priority=900)  # after sphinx-external-toc parsed _toc.yml
    app.connect("doctree-read", drop_answer_keys)
    app.connect("build-finished", strip_sources)
    app.connect("doctree-resolved", open_solutions)
    app.connect("html-page-context", mark_edition)
    app.connect("env-updated", drop_unused_widget_state)
    app.add_css_file(f"{TARGET}/kursus.css")
    app.add_css_file(f"{TARGET}/kursus-ikon.css")
    app.add_js_file(f"{TARGET}/kursus-tema.js", defer="defer")
    app.connect("html-page-context", add_page_scripts)
    app.connect("build-finished", copy_assets, priority=900)  # after MyST-NB has copied its stylesheet
    return {"parallel_read_safe": True, "parallel_write_safe": True}
