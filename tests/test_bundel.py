"""The book's own plotly.js bundle (vendor/plotly-kursus.min.js, built by tools/bundel) draws exactly the trace
types the course package may use (kursus.tampilan.JENIS_TRACE_DASAR): a chart of another type would stay blank
on the static page, and a type nobody uses would be weight for nothing."""

import json

import pytest

from conftest import ROOT, serve
from kursus.tampilan import JENIS_TRACE_DASAR

pytestmark = pytest.mark.browser


def test_the_served_bundle_has_exactly_the_trace_types_the_charts_may_use(offline, tmp_path):
    (tmp_path / "plotly.js").write_bytes((ROOT / "vendor" / "plotly-kursus.min.js").read_bytes())
    (tmp_path / "index.html").write_text('<!DOCTYPE html><html lang="id"><head><title>Uji</title>'
                                         '<script src="plotly.js"></script></head><body></body></html>')
    server = serve(tmp_path)
    try:
        o = offline()
        o.page.goto(f"http://127.0.0.1:{server.server_port}/index.html", wait_until="load")
        traces = o.page.evaluate("() => Object.keys(Plotly.PlotSchema.get().traces)")
        assert set(traces) == JENIS_TRACE_DASAR
        entry = next(e for e in json.loads((ROOT / "vendor" / "manifest.json").read_text())["files"]
                     if e["file"] == "plotly-kursus.min.js")
        assert o.page.evaluate("() => Plotly.version") == entry["version"]
        assert not o.errors, o.errors
    finally:
        server.shutdown()


def test_the_header_menus_open_by_mouse_and_keyboard_with_the_books_bootstrap(offline, book_url):
    o = offline()
    o.page.goto(f"{book_url}/notebooks/01-pendahuluan.html", wait_until="networkidle")
    assert o.page.evaluate("() => Object.keys(window.bootstrap).sort().join()") == "Dropdown,Tooltip"
    toggles = o.page.locator(".article-header-buttons button.dropdown-toggle")
    assert toggles.count() >= 2  # launch and download
    for i in range(toggles.count()):
        toggle = toggles.nth(i)
        menu = toggle.locator("xpath=following-sibling::ul[contains(@class, 'dropdown-menu')]")
        toggle.click()
        menu.wait_for(state="visible", timeout=3000)
        assert toggle.get_attribute("aria-expanded") == "true"
        o.page.keyboard.press("Escape")
        o.page.mouse.move(0, 0)  # sphinx-book-theme also shows the menu while the pointer is over it
        menu.wait_for(state="hidden", timeout=3000)
        assert toggle.get_attribute("aria-expanded") == "false"
        toggle.focus()
        o.page.keyboard.press("ArrowDown")  # Bootstrap opens the menu and moves to its first item
        menu.wait_for(state="visible", timeout=3000)
        assert o.page.evaluate("() => document.activeElement.classList.contains('dropdown-item')")
        o.page.keyboard.press("Escape")
        menu.wait_for(state="hidden", timeout=3000)
    assert not o.errors, o.errors


def test_the_header_buttons_show_their_tooltips(offline, book_url):
    o = offline()
    o.page.goto(f"{book_url}/notebooks/01-pendahuluan.html", wait_until="networkidle")
    button = o.page.locator('.article-header-buttons [data-bs-toggle="tooltip"]:visible').first
    button.hover()
    tip = o.page.locator(".tooltip.show[role=tooltip]")
    tip.wait_for(state="visible", timeout=3000)
    expected = button.get_attribute("data-bs-original-title") or button.get_attribute("aria-label")
    assert tip.inner_text().strip() == expected.strip()
    assert not o.errors, o.errors
