"""Per-page scripts and stylesheets: each page gets the book's scripts it uses, and loses what it does not."""

from __future__ import annotations

import re
from pathlib import Path

from .aset import TARGET

# A marker class in the page body -> the scripts that page needs, in load order.
SCRIPTS = {
    "kursus-grafik": ["kursus-grafik.js"],
    "kursus-interaktif": ["kursus-interaktif.js"],
    "kursus-survei-form": ["kursus-survei.js"],
    "kursus-survei-impor": ["kursus-survei-kelas.js"],
    "kursus-layar": ["kursus-layar.js"],  # projector view (book/layar-kelas.md)
}
# Libraries a script fetches itself when first needed, named on its tag (relative to the script).
LAZY = {"kursus-grafik.js": {"data-plotly": "plotly-kursus.min.js"}}


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


def drop_unused_widget_state(app, env):
    """Without a widget manager on the page (nb_ipywidgets_js empty), MyST-NB's saved widget state is dead
    weight (tens of KB of JSON per page with a form widget): drop it. Kept when a manager is configured."""
    if app.config.nb_ipywidgets_js:
        return
    for meta in getattr(env, "nb_metadata", {}).values():
        meta.get("js_files", {}).pop("ipywidgets_state", None)
