"""Stylesheet trimming (kursus_buku.pangkas_css): unused rules go, everything a page can match stays as written."""

import pytest

from kursus_buku.pangkas_css import FA_GLYPH_RULES, trim_stylesheet

CSS = """@charset "UTF-8";
/*! Licence: keep me */
/* an ordinary comment */
.used, .unused { color: red }
.unused > .used { color: blue }
p.used:not(.unused), a[class~="unused"] { margin: 0 }
h1 { font-size: 2em; content: "}" }
.bs-tooltip-top .x, .bs-tooltip-top { top: 0 }
@media (min-width: 40em) { .used { padding: 1px } .unused { padding: 2px } }
@media print { .unused { display: none } }
@font-face { font-family: X; src: url("x.woff2") }
@keyframes spin { from { transform: rotate(0) } to { transform: rotate(1turn) } }
.fa-sun:before{content:"\\f185"}
"""


@pytest.fixture
def trimmed():
    return trim_stylesheet(CSS, {"used", "x"})


def test_a_rule_keeps_only_the_selectors_a_page_can_match(trimmed):
    assert ".used{color: red}" in trimmed
    assert ".unused>" not in trimmed and ".unused >" not in trimmed
    assert "blue" not in trimmed


def test_selectors_needing_only_used_classes_or_element_names_stay_whole(trimmed):
    # classes inside :not() and attribute selectors are not required, so the selector stays
    assert 'p.used:not(.unused),a[class~="unused"]{margin: 0}' in trimmed
    assert 'h1{font-size: 2em; content: "}"}' in trimmed
    assert ".bs-tooltip-top .x,.bs-tooltip-top{top: 0}" in trimmed  # Bootstrap builds these names at run time


def test_media_groups_are_trimmed_inside_and_dropped_when_empty(trimmed):
    assert "@media (min-width: 40em){.used{padding: 1px}}" in trimmed
    assert "print" not in trimmed


def test_licence_comments_at_rules_and_keyframes_stay_and_ordinary_comments_go(trimmed):
    assert trimmed.startswith('@charset "UTF-8";/*! Licence: keep me */')
    assert "ordinary comment" not in trimmed
    assert '@font-face { font-family: X; src: url("x.woff2") }' in trimmed
    assert "@keyframes spin { from { transform: rotate(0) } to { transform: rotate(1turn) } }" in trimmed


def test_icon_font_glyph_rules_go():
    assert FA_GLYPH_RULES.search(CSS)
    assert "f185" not in trim_stylesheet(CSS, {"fa-sun"})


def test_unreadable_css_stops_the_build_with_its_line():
    with pytest.raises(ValueError, match="baris 2"):
        trim_stylesheet(".a { color: red }\n.b", {"a", "b"})


def test_white_space_is_made_one_space_but_never_dropped_between_tokens():
    css = ".used\n  .x >   p { margin :  0\n  auto ; /* note */ background: url( a.png ) }"
    assert trim_stylesheet(css, {"used", "x"}) == ".used .x > p{margin : 0 auto ; background: url(a.png)}"
