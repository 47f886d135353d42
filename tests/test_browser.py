"""The built book in a real Chromium with the network blocked: pages load cleanly, charts draw and respond."""

import pytest

from conftest import toc_pages

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


def test_every_chart_draws_and_every_control_of_it_changes_it(offline, book_url, html_dir):
    for page in chart_pages(html_dir):
        o = open_page(offline, book_url, page)
        figures = o.page.locator("figure.kursus-grafik")
        for i in range(figures.count()):
            plot = figures.nth(i).locator(".kursus-plot")
            plot.locator(".main-svg").first.wait_for(timeout=10000)
            assert plot.get_attribute("data-digambar") == "ya"
            assert plot.locator("g.trace, g.slice").count() >= 1, f"{page}: chart {i} has no data drawn"
            buttons = plot.locator("g.updatemenu-button")
            sliders = plot.locator("g.slider-container")
            assert buttons.count() + sliders.count() > 0, f"{page}: chart {i} has no control of its own"
            # Press every button from the last to the first: each press must change what is drawn.
            for b in reversed(range(buttons.count())):
                before = chart_state(plot)
                buttons.nth(b).click()
                o.page.wait_for_timeout(250)
                if b != buttons.count() - 1 or buttons.count() == 1:
                    assert chart_state(plot) != before, f"{page}: chart {i} button {b} changed nothing"
            for s in range(sliders.count()):
                rail = sliders.nth(s).locator("rect.slider-rail-rect")
                for fraction in (0.02, 0.98):
                    rail.scroll_into_view_if_needed()
                    box = rail.bounding_box()
                    before = chart_state(plot)
                    o.page.mouse.click(box["x"] + box["width"] * fraction, box["y"] + box["height"] / 2)
                    o.page.wait_for_timeout(250)
                    assert chart_state(plot) != before, f"{page}: chart {i} slider {s} changed nothing"
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


def test_solutions_stay_hidden_until_asked(offline, book_url):
    o = open_page(offline, book_url, "notebooks/05-perbedaan.html")
    solutions = o.page.locator(".solution.dropdown")
    assert solutions.count() >= 3
    body = solutions.first.locator(".admonition-title ~ *").first
    assert not body.is_visible()
    solutions.first.locator(".admonition-title").click()
    body.wait_for(state="visible", timeout=3000)
