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


def test_every_chart_draws_and_every_control_of_it_changes_it_by_mouse_and_keyboard(offline, book_url, html_dir):
    for page in chart_pages(html_dir):
        o = open_page(offline, book_url, page)
        figures = o.page.locator("figure.kursus-grafik")
        for i in range(figures.count()):
            fig = figures.nth(i)
            plot = fig.locator(".kursus-plot")
            plot.locator(".main-svg").first.wait_for(timeout=10000)
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


def test_solutions_stay_hidden_until_asked(offline, book_url):
    o = open_page(offline, book_url, "notebooks/05-perbedaan.html")
    solutions = o.page.locator(".solution.dropdown")
    assert solutions.count() >= 3
    body = solutions.first.locator(".admonition-title ~ *").first
    assert not body.is_visible()
    solutions.first.locator(".admonition-title").click()
    body.wait_for(state="visible", timeout=3000)
