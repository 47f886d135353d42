"""The built book in a real Chromium with the network blocked: pages load cleanly, charts draw and respond."""

import json
import re
import shutil

import pytest

from conftest import ROOT, Offline, hidupkan, serve, toc_pages

pytestmark = pytest.mark.browser


def open_page(offline, book_url, page, **kw):
    o = offline(**kw)
    o.page.goto(f"{book_url}/{page}", wait_until="load")
    o.page.wait_for_load_state("networkidle")
    return o


@pytest.mark.parametrize("page", toc_pages())
def test_page_loads_offline_without_errors(offline, book_url, page):
    o = open_page(offline, book_url, page)
    assert o.page.locator("main h1").count() >= 1
    assert not o.errors, o.errors
    assert not o.blocked, f"requests to other hosts: {o.blocked}"


def chart_pages(html_dir):
    return [p for p in toc_pages() if 'class="kursus-grafik"' in (html_dir / p).read_text(encoding="utf-8")]


def test_some_pages_have_charts(html_dir):
    assert chart_pages(html_dir)


def test_every_chart_draws_and_every_control_of_it_changes_it_by_mouse_and_keyboard(offline, book_url, html_dir):
    for page in chart_pages(html_dir):
        o = open_page(offline, book_url, page)
        figures = o.page.locator("figure.kursus-grafik")
        for i in range(figures.count()):
            fig = figures.nth(i)
            plot = fig.locator(".kursus-plot")
            hidupkan(fig)
            assert plot.get_attribute("data-digambar") == "ya"
            assert plot.locator("g.trace, g.slice").count() >= 1, f"{page}: chart {i} has no data drawn"
            buttons = fig.locator(".kursus-kontrol button")
            ranges = fig.locator(".kursus-kontrol input[type=range]")
            assert buttons.count() + ranges.count() > 0, f"{page}: chart {i} has no control of its own"
            # Every button, last to first, by mouse: each press changes what is drawn and which is pressed.
            for b in reversed(range(buttons.count())):
                before = chart_state(plot)
                pressed = buttons.nth(b).get_attribute("aria-pressed") == "true"
                buttons.nth(b).click()
                o.page.wait_for_timeout(200)
                assert buttons.nth(b).get_attribute("aria-pressed") == "true"
                if not pressed:
                    assert chart_state(plot) != before, f"{page}: chart {i} button {b} changed nothing"
            # After the loop the first button is pressed; the last one again, by keyboard.
            if buttons.count() > 1:
                before = chart_state(plot)
                buttons.nth(buttons.count() - 1).focus()
                o.page.keyboard.press("Enter")
                o.page.wait_for_timeout(200)
                assert chart_state(plot) != before, f"{page}: chart {i} ignores the keyboard"
            for r in range(ranges.count()):
                ranges.nth(r).focus()
                for key in ("Home", "End"):
                    before = chart_state(plot)
                    o.page.keyboard.press(key)
                    o.page.wait_for_timeout(200)
                    assert chart_state(plot) != before, f"{page}: chart {i} slider {r} changed nothing"
            assert plot.locator("g.updatemenu-container g.updatemenu-button").count() == 0, "SVG menus left"
        assert not o.errors, o.errors
        assert not o.blocked


def chart_state(plot):
    return plot.evaluate(
        "el => JSON.stringify([el.data.map(t => [t.visible, t.x, t.y]), el.layout.yaxis && el.layout.yaxis.type,"
        " (el.layout.sliders || []).map(s => s.active)])")


def test_menus_on_the_static_page_switch_the_view(offline, book_url, html_dir):
    pages = [p for p in toc_pages() if "kursus-pilihan" in (html_dir / p).read_text(encoding="utf-8")]
    assert pages
    for page in pages:
        o = open_page(offline, book_url, page)
        choosers = o.page.locator(".kursus-pilihan")
        for c in range(choosers.count()):
            chooser = choosers.nth(c)
            for m in range(chooser.locator("select").count()):
                menu = chooser.locator("select").nth(m)
                values = menu.locator("option").evaluate_all("os => os.map(o => o.value)")
                shown = lambda: chooser.locator("[data-kunci]:not([hidden])").first.inner_text()
                before = shown()
                menu.select_option(values[-1])
                assert chooser.locator("[data-kunci]:not([hidden])").count() == 1
                assert shown() != before, f"{page}: menu {m} changed nothing"
                menu.select_option(values[0])
        assert not o.errors, o.errors


def test_quizzes_answer_on_the_static_page(offline, book_url, html_dir):
    pages = [p for p in toc_pages() if "kursus-kuis" in (html_dir / p).read_text(encoding="utf-8")]
    assert pages
    for page in pages:
        o = open_page(offline, book_url, page)
        for q in range(o.page.locator("form.kursus-kuis").count()):
            form = o.page.locator("form.kursus-kuis").nth(q)
            first = form.locator("fieldset.kursus-soal").first
            first.locator(".kursus-periksa").click()
            assert "Pilih salah satu" in first.locator(".kursus-umpan").inner_text()
            right = first.get_attribute("data-benar")
            first.locator(f"input[value='{right}']").check()
            first.locator(".kursus-periksa").click()
            assert first.locator(".kursus-umpan").inner_text().startswith("Benar!")
            wrong = "1" if right == "0" else "0"
            first.locator(f"input[value='{wrong}']").check()
            first.locator(".kursus-periksa").click()
            assert first.locator(".kursus-umpan").inner_text().startswith("Belum tepat")
            assert "0 benar dari 1" in form.locator(".kursus-skor").inner_text()
        assert not o.errors, o.errors


def test_attribute_explorer_opens_an_aspect_on_the_static_page(offline, book_url):
    o = open_page(offline, book_url, "notebooks/05-perbedaan.html")
    aspects = o.page.locator("details.kursus-aspek")
    assert aspects.count() == 5
    second = aspects.nth(1)
    assert not second.evaluate("d => d.open")
    second.locator("summary").click()
    assert second.evaluate("d => d.open")
    assert second.locator(".kursus-kartu").is_visible()


def test_the_student_edition_shows_exercises_without_solutions(offline, book_url):
    """Solutions are only in the teacher edition (tests/test_edisi.py checks every file of both builds)."""
    o = open_page(offline, book_url, "notebooks/05-perbedaan.html")
    assert o.page.locator(".exercise").count() >= 3
    assert o.page.locator(".solution").count() == 0


@pytest.mark.parametrize("page", toc_pages())
def test_no_page_downloads_the_icon_font(offline, book_url, page):
    o = offline()
    fonts = []
    o.page.on("request", lambda r: "/webfonts/" in r.url and fonts.append(r.url))
    o.page.goto(f"{book_url}/{page}", wait_until="networkidle")
    assert not fonts, f"{page}: the icon font is still used by {fonts}"


def test_chart_controls_are_labelled_and_data_tables_open_by_keyboard(offline, book_url, html_dir):
    for page in chart_pages(html_dir):
        o = open_page(offline, book_url, page)
        figures = o.page.locator("figure.kursus-grafik")
        for i in range(figures.count()):
            fig = figures.nth(i)
            for group in fig.locator('.kursus-kontrol[role="group"]').all():
                assert (group.get_attribute("aria-label") or "").startswith("Ubah tampilan grafik: ")
                pressed = [b.get_attribute("aria-pressed") for b in group.locator("button").all()]
                assert pressed.count("true") == 1, f"{page}: chart {i} must show which view is on"
            for r in fig.locator("input[type=range]").all():
                assert fig.locator(f'label[for="{r.get_attribute("id")}"]').count() == 1
                assert r.get_attribute("aria-valuetext")
            table = fig.locator("details.kursus-data")
            table.locator("summary").focus()
            o.page.keyboard.press("Enter")
            assert table.evaluate("d => d.open") and table.locator("table").is_visible()
        assert not o.errors, o.errors


def test_phone_menu_button_opens_the_chapter_list(offline, book_url):
    o = offline(viewport={"width": 412, "height": 823}, is_mobile=True, has_touch=True)
    o.page.goto(f"{book_url}/{toc_pages()[0]}", wait_until="networkidle")
    o.page.locator("button.primary-toggle:visible").first.click()
    o.page.locator("#pst-primary-sidebar-modal[open] nav.bd-docs-nav").wait_for(timeout=3000)


def test_chart_tool_bar_speaks_indonesian(offline, book_url, html_dir):
    english = {"Download plot as a PNG", "Zoom", "Pan", "Zoom in", "Zoom out", "Autoscale", "Reset axes",
               "Box Select", "Lasso Select", "Reset view"}
    for page in chart_pages(html_dir):
        o = open_page(offline, book_url, page)
        fig = o.page.locator("figure.kursus-grafik").first
        hidupkan(fig)
        labels = {b.get_attribute("aria-label") or b.get_attribute("data-title")
                  for b in fig.locator(".modebar-btn").all()}
        assert labels, f"{page}: the chart has no tool bar"
        assert not labels & english, f"{page}: English tool bar labels {labels & english}"


def test_search_finds_a_word_of_the_book(offline, book_url):
    o = offline()
    o.page.goto(f"{book_url}/search.html?q=jejaring", wait_until="networkidle")
    o.page.locator("ul.search li").first.wait_for(timeout=5000)
    assert o.page.locator("ul.search li").count() >= 2
    assert not o.errors, o.errors


def test_search_form_submits_from_the_keyboard(offline, book_url):
    o = offline()
    o.page.goto(f"{book_url}/{toc_pages()[0]}", wait_until="networkidle")
    o.page.keyboard.press("Control+k")
    o.page.keyboard.type("jejaring")
    o.page.keyboard.press("Tab")
    assert o.page.evaluate("document.activeElement.type") == "submit"
    assert o.page.evaluate("document.activeElement.textContent") == "Cari"
    o.page.keyboard.press("Enter")
    o.page.wait_for_url("**/search.html?q=jejaring*")
    o.page.locator("ul.search li").first.wait_for(timeout=5000)


# A chart with a slider, drawn by the book's own chart script: no chapter needs to have one for this test.
SLIDER_CHART = {
    "data": [{"type": "bar", "x": ["Media sosial", "Jejaring sosial"], "y": [1, 2]}],
    "layout": {"sliders": [{"active": 0, "currentvalue": {"prefix": "Tahun: "}, "steps": [
        {"label": str(year), "method": "restyle", "args": [{"y": [[year - 2021, 2 * (year - 2021)]]}]}
        for year in (2022, 2023, 2024)]}]},
    "config": {"responsive": True},
}


def test_chart_slider_works_by_keyboard(offline, tmp_path):
    shutil.copy(ROOT / "vendor" / "plotly-kursus.min.js", tmp_path)
    shutil.copy(ROOT / "src" / "kursus_buku" / "assets" / "kursus-grafik.js", tmp_path)
    (tmp_path / "index.html").write_text(
        '<!DOCTYPE html><html lang="id"><head><title>Uji</title>'
        '<script data-plotly="plotly-kursus.min.js" defer src="kursus-grafik.js"></script></head><body>'
        '<figure class="kursus-grafik"><div class="kursus-plot" role="group" aria-label="Grafik uji"></div>'
        f'<script type="application/json" class="kursus-plot-data">{json.dumps(SLIDER_CHART)}</script>'
        "</figure></body></html>", encoding="utf-8")
    server = serve(tmp_path)
    try:
        o = offline()
        o.page.goto(f"http://127.0.0.1:{server.server_port}/index.html", wait_until="networkidle")
        slider = o.page.locator("figure input[type=range]")
        slider.wait_for(timeout=10000)
        o.page.wait_for_function("() => document.querySelector('.kursus-plot').dataset.digambar === 'ya'")
        assert o.page.locator("figure label").inner_text() == "Tahun: 2022"
        assert slider.get_attribute("aria-valuetext") == "2022"
        y = "() => JSON.stringify(document.querySelector('.kursus-plot').data[0].y)"
        before = o.page.evaluate(y)
        slider.focus()
        for key, year in (("ArrowRight", "2023"), ("End", "2024"), ("Home", "2022"), ("ArrowUp", "2023")):
            o.page.keyboard.press(key)
            o.page.wait_for_function(
                f"() => document.querySelector('input[type=range]').getAttribute('aria-valuetext') === '{year}'",
                timeout=3000)
        assert o.page.evaluate(y) != before
        assert not o.errors, o.errors
    finally:
        server.shutdown()


def untrimmed_stylesheets(html_dir) -> dict[str, bytes]:
    """The stylesheets kursus_buku trims, as they were before trimming (kept in _build/css-utuh/), by their
    path under _static/; the theme's must be the file the theme ships."""
    import pydata_sphinx_theme
    from pathlib import Path
    kept = html_dir.parent / "css-utuh"
    sheets = {p.relative_to(kept).as_posix(): p.read_bytes() for p in kept.rglob("*.css")}
    shipped = (Path(pydata_sphinx_theme.__file__).parent / "theme" / "pydata_sphinx_theme" / "static" / "styles"
               / "pydata-sphinx-theme.css").read_bytes()
    assert sheets["styles/pydata-sphinx-theme.css"] == shipped
    assert {"basic.css", "pygments.css", "styles/sphinx-book-theme.css"} <= set(sheets), sorted(sheets)
    for name, full in sheets.items():
        assert len((html_dir / "_static" / name).read_bytes()) < len(full), f"{name} is not trimmed"
    return sheets


# No transitions or caret blinking, and no charts (plotly.js styles them itself and draws them when a full-page
# screenshot brings them into view, at a moment that varies).
STEADY = ("*, *::before, *::after { transition: none !important; animation: none !important; "
          "caret-color: transparent !important; } .kursus-plot { display: none !important; }")

# Every stylesheet of the page asked for again with "utuh" added to its address: kursus_buku's trimmed sheets are then
# served whole, in the same place of the cascade (the test's route, below); the page itself is not loaded again.
TUKAR = """async () => {
    const links = [...document.querySelectorAll('link[rel="stylesheet"]')];
    await Promise.all(links.map(l => new Promise((ok, no) => {
        l.addEventListener('load', ok, {once: true});
        l.addEventListener('error', () => no(new Error('not loaded: ' + l.href)), {once: true});
        l.href = l.href + (l.href.includes('?') ? '&' : '?') + 'utuh';
    })));
    await document.fonts.ready;
    await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
    return links.length;
}"""
UTUH = re.compile(r"/_static/([^?#]+\.css)\?(?:[^#]*&)?utuh$")
IMPOR = re.compile(rb"""(@import\s+(?:url\()?["']?)([^"')\s]+\.css)""")


def steady_screenshot(page) -> bytes:
    """A full-page screenshot once the page is loaded, quiet on the network, steadied (STEADY), its fonts ready
    and 500 ms more have passed."""
    page.wait_for_load_state("networkidle")
    page.add_style_tag(content=STEADY)
    page.evaluate("document.fonts.ready")
    page.wait_for_timeout(500)
    return page.screenshot(full_page=True, animations="disabled")


def pages_that_change(browser, urls, args, html_dir, untrimmed, tmp_path, retries=4) -> tuple[list[str], set[str]]:
    """The pages whose screenshot changes when their stylesheets are swapped for ``untrimmed`` (name under _static/
    -> full text), each difference tried again ``retries`` times, and the names of the sheets served whole."""
    served = set()

    def full_sheet(route):
        name = UTUH.search(route.request.url).group(1)
        css = untrimmed.get(name) or (html_dir / "_static" / name).read_bytes()
        served.add(name)
        route.fulfill(body=IMPOR.sub(lambda m: m.group(1) + m.group(2) + b"?utuh", css), content_type="text/css")

    def tab(url):
        o = Offline(browser, **args)
        o.page.route(UTUH, full_sheet)
        o.page.goto(url, wait_until="commit")
        return o

    def shots(o):
        try:
            trimmed = steady_screenshot(o.page)
            assert o.page.evaluate(TUKAR) >= 3
            o.page.wait_for_timeout(500)
            full = o.page.screenshot(full_page=True, animations="disabled")
            problems = [f"{o.page.url}: {e}" for e in o.errors + o.blocked]
        finally:
            o.close()
        assert not problems, problems
        return trimmed, full

    changed = []
    current = tab(urls[0])
    for i, url in enumerate(urls):
        following = tab(urls[i + 1]) if i + 1 < len(urls) else None
        taken = shots(current)
        for _ in range(retries):
            if taken[0] == taken[1]:
                break
            taken = shots(tab(url))
        if taken[0] != taken[1]:
            page = url.split("/", 3)[-1]
            changed.append(page)
            for kind, shot in zip(("dipangkas", "utuh"), taken):  # kept to look at: trimmed and full
                (tmp_path / f"{page.replace('/', '_')}-{kind}.png").write_bytes(shot)
        current = following
    return changed, served


@pytest.mark.parametrize("scheme,phone", [("light", False), ("dark", False), ("light", True)])
def test_trimmed_stylesheets_look_exactly_like_the_full_ones(browser, book_url, html_dir, scheme, phone, tmp_path):
    """kursus_buku.pangkas_css drops the style rules no page can match; no pixel may change.

    Each page is shot with the stylesheets as built, then every stylesheet is swapped in place for its full
    version (the theme's as the theme ships it; a sheet that imports a trimmed one imports the full one) and the
    page is shot again: the same page, the same state, only the styles differ. A difference is retried up to four
    times in a fresh browser context (a tab that has shown many pages sometimes blends a background one colour
    level off). The next page already loads while this one is shot. (Open dialogs and menus were compared by hand
    in 80 screenshots.)"""
    size = {"width": 412, "height": 823} if phone else {"width": 1280, "height": 900}
    args = dict(viewport=size, color_scheme=scheme, is_mobile=phone, has_touch=phone, reduced_motion="reduce")
    untrimmed = untrimmed_stylesheets(html_dir)
    changed, served = pages_that_change(browser, [f"{book_url}/{p}" for p in toc_pages()], args, html_dir,
                                        untrimmed, tmp_path)
    assert set(untrimmed) <= served, f"never swapped for the full sheet: {sorted(set(untrimmed) - served)}"
    assert not changed, f"pages that look different with the trimmed stylesheet: {changed} (screenshots: {tmp_path})"


def test_the_stylesheet_comparison_sees_a_rule_that_changes_a_pixel(browser, book_url, html_dir, tmp_path):
    """The swap really reaches the page: a full sheet with one more rule, also one imported by another sheet
    (basic.css, imported by the theme's theme.css), makes the page differ."""
    untrimmed = untrimmed_stylesheets(html_dir)
    for name in ("kursus/kursus.css", "basic.css"):
        ubah = {**untrimmed, name: untrimmed[name] + b"\nh1 { letter-spacing: 3px !important; }\n"}
        changed, served = pages_that_change(browser, [f"{book_url}/{toc_pages()[0]}"], {"viewport": {
            "width": 1280, "height": 900}, "reduced_motion": "reduce"}, html_dir, ubah, tmp_path, retries=0)
        assert changed == [toc_pages()[0]] and name in served, (name, changed, served)


def test_source_names_in_captions_and_tables_are_set_upright(offline, book_url):
    """EYD: italics are for foreign words and titles, not for names of people and organisations."""
    o = open_page(offline, book_url, "notebooks/08-aman-dan-bijak.html")
    styles = o.page.evaluate("""() => [...document.querySelectorAll('table.kursus-tabel caption, table.kursus-tabel caption cite')]
        .map(e => getComputedStyle(e).fontStyle)""")
    assert styles and set(styles) == {"normal"}, styles
