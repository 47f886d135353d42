"""Stylesheet trimming: drop the style rules no page of the book can match (parsed with tinycss2).

The theme's stylesheet (Bootstrap and the theme, 310 KB) and those of Sphinx and the other extensions are
loaded before anything shows. A rule stays if any of its selectors needs only classes found in the built
pages, in the served scripts, or in the classes Bootstrap adds at run time. Sphinx and the extensions copy
these files afresh on every build, so a class a new page uses brings its rules back. tests/test_browser.py
compares screenshots of every page with the untrimmed stylesheets (kept in ``_build/css-utuh/``).
"""

from __future__ import annotations

import re
from pathlib import Path

import tinycss2

# Font Awesome's per-icon rules in the theme's stylesheet (about 85 KB), e.g. .fa-sun:before{content:"\f185"};
# kursus-ikon.css draws the icons instead (see ikon.py).
FA_GLYPH_RULES = re.compile(r'(?:\.fa-[a-z0-9-]+:(?:before|after),?)+\{content:"[^"]*"\}')
# Grouping at-rules whose inner rules are trimmed one by one; every other at-rule is kept whole.
GROUPS = {"media", "supports", "container", "layer"}
# Classes made up at run time from pieces (Bootstrap's "bs-" + component + placement).
DYNAMIC_CLASS_PREFIXES = ("bs-",)
# Classes Bootstrap's Tooltip and Dropdown (the only components the theme starts) add at run time. The rest of
# bootstrap.js is not read for class names: its modal, toast, carousel... words would keep dead rules.
BOOTSTRAP_RUNTIME = {"tooltip", "tooltip-arrow", "tooltip-inner", "fade", "show", "showing", "hiding",
                     "dropdown-menu", "dropdown-menu-end", "dropdown-menu-start", "dropup", "dropend", "dropstart"}
NOT_READ_FOR_CLASSES = ("plotly", "bootstrap")
# Where the untrimmed stylesheets are kept, beside the HTML output (for the screenshot test).
UNTRIMMED = "css-utuh"


def needed_classes(selector: list) -> set[str]:
    """Classes an element must carry for the selector (tinycss2 tokens) to match. Those inside :not(),
    :is(), :has()... and attribute selectors are nested blocks, not looked into: such selectors are kept."""
    needed, previous = set(), None
    for token in selector:
        if token.type == "ident" and previous is not None and previous.type == "literal" and previous.value == ".":
            needed.add(token.value)
        previous = token
    return needed


def split_selectors(prelude: list) -> list[list]:
    """A rule's selector list split at its top-level commas."""
    parts: list[list] = [[]]
    for token in prelude:
        if token.type == "literal" and token.value == ",":
            parts.append([])
        else:
            parts[-1].append(token)
    return parts


def usable(selector: list, used: set[str]) -> bool:
    return all(c in used or c.startswith(DYNAMIC_CLASS_PREFIXES) for c in needed_classes(selector))


def compact(tokens: list) -> str:
    """Tokens as CSS text with comments dropped and each run of white space made one space (same meaning)."""
    out = []
    for token in tokens:
        if token.type == "whitespace":
            if out and out[-1] != " ":
                out.append(" ")
        elif token.type != "comment":
            out.append(token.serialize())
    return "".join(out).strip()


def trimmed(rules: list, used: set[str]) -> str:
    """The rules (tinycss2 nodes) as CSS text, without the selectors and rules no page can match."""
    out = []
    for rule in rules:
        if rule.type == "comment":
            if rule.value.startswith("!"):  # licence comments stay
                out.append(rule.serialize())
        elif rule.type == "qualified-rule":
            kept = [compact(s) for s in split_selectors(rule.prelude) if usable(s, used)]
            if kept:
                out.append(",".join(kept) + "{" + compact(rule.content) + "}")
        elif rule.type == "at-rule" and rule.lower_at_keyword in GROUPS and rule.content is not None:
            inner = trimmed(tinycss2.parse_rule_list(rule.content, skip_comments=False, skip_whitespace=True), used)
            if inner:
                out.append(f"@{rule.at_keyword} {compact(rule.prelude)}{{{inner}}}")
        elif rule.type == "error":
            raise ValueError(f"CSS tidak dapat dibaca: {rule.message} (baris {rule.source_line})")
        else:
            out.append(rule.serialize())
    return "".join(out)


def trim_stylesheet(css: str, used: set[str]) -> str:
    rules = tinycss2.parse_stylesheet(FA_GLYPH_RULES.sub("", css), skip_comments=False, skip_whitespace=True)
    return trimmed(rules, used)


def used_classes(outdir: Path) -> set[str]:
    """Every class a built page carries, every word the served scripts could add as a class, and the classes
    Bootstrap adds."""
    used: set[str] = set(BOOTSTRAP_RUNTIME)
    for page in outdir.rglob("*.html"):
        if "_static" not in page.relative_to(outdir).parts:
            for value in re.findall(r'class="([^"]*)"', page.read_text(encoding="utf-8")):
                used.update(value.split())
    for script in (outdir / "_static").rglob("*.js"):
        if not script.name.startswith(NOT_READ_FOR_CLASSES):
            used.update(re.findall(r"[A-Za-z_][\w-]*", script.read_text(encoding="utf-8", errors="replace")))
    return used


def trimmed_stylesheets(outdir: Path) -> list[Path]:
    """The stylesheets every page loads that Sphinx, the theme and the extensions copy afresh on every build:
    the theme's (310 KB), Sphinx's basic.css and pygments.css, MyST-NB's (mostly rules for Jupyter widgets
    and outputs this book does not show), sphinx-book-theme's, the toggle and copy buttons' and the book's own
    (kursus.css, copied afresh by kursus_buku)."""
    static = outdir / "_static"
    names = ["styles/pydata-sphinx-theme.css", "styles/sphinx-book-theme.css", "basic.css", "pygments.css",
             "togglebutton.css", "copybutton.css", "kursus/kursus.css"]
    return [p for p in [*(static / n for n in names), *sorted(static.glob("mystnb.*.css"))] if p.exists()]


# Ends every trimmed stylesheet: a file that ends so was trimmed by an earlier build (Sphinx copies a static file
# only when it changed), and is trimmed again from its untrimmed copy.
MARK = "/*kursus_buku.pangkas_css*/\n"


def trim_stylesheets(outdir: Path) -> None:
    """Trim each stylesheet in place; its untrimmed copy is kept in _build/css-utuh/."""
    used = used_classes(outdir)
    keep = outdir.parent / UNTRIMMED
    for css in trimmed_stylesheets(outdir):
        copy = keep / css.relative_to(outdir / "_static")
        text = css.read_text(encoding="utf-8")
        if text.endswith(MARK):
            if not copy.exists():
                raise FileNotFoundError(f"{copy} hilang: hapus {css} lalu bangun ulang buku")
            text = copy.read_text(encoding="utf-8")
        else:
            copy.parent.mkdir(parents=True, exist_ok=True)
            copy.write_text(text, encoding="utf-8")
        css.write_text(trim_stylesheet(text, used) + MARK, encoding="utf-8")
