"""Sphinx extension: serves the book's own scripts and the vendored libraries, only on pages that use them."""

from __future__ import annotations

import json
import os
import re
import shutil
import time
from pathlib import Path
from urllib.parse import quote

from .bagikan import set_site_url
from .keluaran import repair_pages
from .pangkas_css import trim_stylesheets, used_classes
from .terjemahan import register_catalogues

ASSETS = Path(__file__).parent / "assets"
TARGET = "kursus"  # inside the output's _static/

# A marker class in the page body -> the scripts that page needs, in load order.
SCRIPTS = {
    "kursus-grafik": ["kursus-grafik.js"],
    "kursus-interaktif": ["kursus-interaktif.js"],
    "kursus-survei-form": ["kursus-survei.js"],
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


def decorations(used: set[str] | None = None) -> dict[str, str]:
    """The decorations some page can show (all of them without ``used``)."""
    if used is None:
        return dict(DECORATIONS)
    import tinycss2

    from .pangkas_css import usable
    return {sel: name for sel, name in DECORATIONS.items() if usable(tinycss2.parse_component_value_list(sel), used)}


def icon_css(icons: dict[str, str], used: set[str] | None = None) -> str:
    """A stylesheet that draws each Font Awesome icon the theme uses as a mask in the text colour.

    It replaces the theme's icon script and icon font: every icon is an inline SVG data URL, and no
    element keeps the icon font, so the font is never downloaded.
    """
    def ikon(name: str) -> str:
        return f"var(--kursus-ikon-{name})"

    mask = "center/contain no-repeat"
    shown = decorations(used)
    icons = {name: svg for name, svg in icons.items()
             if used is None or f"fa-{name}" in used or name in shown.values()}
    glyphs = ",".join(f".fa-{name}::before" for name in sorted(icons))
    decorated = ",".join(shown)
    rules = ["/* Icons: Font Awesome Free 6.5.2 (fontawesome.com), CC BY 4.0. Generated by kursus_buku.sphinx_ext. */"]
    urls = []
    for name, svg in sorted(icons.items()):
        url, _ = svg_mask(svg)
        urls.append(f'--kursus-ikon-{name}:url("{url}")')
    rules.append(":root{" + ";".join(urls) + "}")
    rules.append(f"{FA_CLASSES},{FA_CLASSES}::before,{decorated}{{font-family:inherit!important}}")
    rules.append(f'{glyphs},{decorated}{{content:""!important;display:inline-block;height:1em;'
                 "vertical-align:-.125em;background-color:currentColor}")
    rules.append(f"@media (forced-colors: active){{{glyphs},{decorated}{{background-color:CanvasText}}}}")
    for name, svg in sorted(icons.items()):
        _, width = svg_mask(svg)
        rules.append(f".fa-{name}::before{{width:{width:.3f}em;-webkit-mask:{ikon(name)} {mask};"
                     f"mask:{ikon(name)} {mask}}}")
    for selector, name in shown.items():
        rules.append(f"{selector}{{width:1em;-webkit-mask:{ikon(name)} {mask};mask:{ikon(name)} {mask}}}")
    return "\n".join(rules) + "\n"


def slim_theme(outdir: Path) -> None:
    """Drop the theme's icon script (kursus-ikon.css draws the icons) and the style rules no page can match."""
    for name in ("fontawesome.js", "fontawesome.js.map", "fontawesome.js.LICENSE.txt"):
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
        elif entry.get("served") == "icons":
            icons[path.stem] = path.read_text(encoding="utf-8")
    repair_pages(Path(app.outdir), since=app.kursus_mulai)
    # Only the icons a page or a served script names, and the decorations a page can show: about 1 KB each.
    (out / "kursus-ikon.css").write_text(icon_css(icons, used_classes(Path(app.outdir))), encoding="utf-8")
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


def check_data(app):
    """Load every data file before any chapter runs: a mistake stops the build with its Indonesian message."""
    from sphinx.errors import SphinxError

    from kursus.data import DataError, periksa_semua
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


def add_definitions(app, config):
    """Every definition and quotation of definisi.yaml as a MyST substitution ({{ def_id }}, {{ kutipan_id }}),
    so pages and the glossary show them from their one home in the data instead of typing them again."""
    from kursus.data import substitusi
    config.myst_substitutions = {**(config.myst_substitutions or {}), **substitusi()}


def setup(app):
    app.kursus_mulai = time.time()  # pages written after this belong to this build (keluaran.repair_pages)
    register_catalogues(app)  # before the theme and sphinx_exercise register theirs
    app.add_config_value("kursus_theme_options", {}, "html")
    app.connect("config-inited", merge_theme_options)
    app.connect("config-inited", add_templates)
    app.connect("config-inited", set_site_url, priority=600)  # after merge_theme_options
    app.connect("config-inited", add_definitions)
    app.connect("config-inited", drop_thebe)  # after every extension (sphinx_thebe too) is set up
    app.connect("config-inited", tag_edition)
    app.connect("builder-inited", check_data)
    app.connect("doctree-resolved", open_solutions)
    app.connect("html-page-context", mark_edition)
    app.connect("env-updated", drop_unused_widget_state)
    app.add_css_file(f"{TARGET}/kursus.css")
    app.add_css_file(f"{TARGET}/kursus-ikon.css")
    app.add_js_file(f"{TARGET}/kursus-tema.js", defer="defer")
    app.connect("html-page-context", add_page_scripts)
    app.connect("build-finished", copy_assets, priority=900)  # after MyST-NB has copied its stylesheet
    return {"parallel_read_safe": True, "parallel_write_safe": True}
