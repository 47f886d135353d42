"""Every chart a picture first (issue 20.1-2): the build draws each Plotly figure as SVG (plotly's own export,
kaleido with Debian's Chromium); a chapter shows the pictures and loads plotly.js only when the reader reaches for a
chart, then the live chart takes the picture's place, in the same box, with its controls working."""

import gzip
import json
import re
from xml.etree import ElementTree

import pytest

from conftest import ROOT, hidupkan, toc_pages
from test_browser import chart_pages, chart_state, open_page

BATAS_PANDANGAN_PERTAMA = 0.15e6  # bytes, gzipped: the first view of any chart page
FIGUR = re.compile(r'<figure class="kursus-grafik".*?</figure>', re.S)


def test_every_chart_of_the_book_has_its_pictures_from_the_same_figure(html_dir):
    """Each figure's two pictures (a phone's width and a wide one) exist, are SVG drawn by plotly, have the chart's
    height, and show the same data: every category of the chart's first trace is written in the picture."""
    halaman = chart_pages(html_dir)
    assert halaman
    dilihat = 0
    for page in halaman:
        text = (html_dir / page).read_text(encoding="utf-8")
        for figur in FIGUR.findall(text):
            dilihat += 1
            tinggi = int(re.search(r'class="kursus-plot-wadah" style="height:(\d+)px"', figur).group(1))
            tombol = re.search(r'<button type="button" class="kursus-gambar".*?</button>', figur, re.S)
            assert tombol, f"{page}: a chart without its picture"
            alamat = re.findall(r'(?:srcset|src)="([^"]+\.svg)"', tombol.group(0))
            assert len(alamat) == 2, (page, alamat)
            spec = json.loads(re.search(r'class="kursus-plot-data">(.*?)</script>', figur, re.S).group(1))
            # words the chart writes: categories and text labels (numbers may come as typed arrays: a dict)
            label = [x for t in spec["data"] for k in ("x", "y", "text") if isinstance(t.get(k), list)
                     for x in t[k] if isinstance(x, str) and x.strip()][:4] or [
                (spec["layout"].get(a) or {}).get("title", {}).get("text", "") for a in ("xaxis", "yaxis")]
            label = [x for x in label if x.strip()]
            assert label, (page, "a chart with no word to look for")
            for a in alamat:
                svg = (html_dir / page).parent / a
                akar = ElementTree.fromstring(svg.read_bytes())
                assert akar.tag.endswith("svg") and akar.get("height") == str(tinggi), (page, a)
                teks = "".join(akar.itertext())
                for x in label:
                    assert re.sub("<[^>]+>", " ", x).split()[0] in teks, (page, a, x)
    assert dilihat >= 5


@pytest.mark.browser
@pytest.mark.parametrize("page", [p for p in toc_pages() if p.startswith("notebooks/")])
def test_the_first_view_shows_pictures_and_weighs_little(offline, book_url, html_dir, page):
    """Read to the end without touching a chart: no plotly.js, every picture drawn, at most 0.15 MB gzipped."""
    o = offline(viewport={"width": 412, "height": 823}, is_mobile=True, has_touch=True)
    isi = []
    o.page.on("requestfinished", lambda r: isi.append((r.url, r.response().body() if r.response() else b"")))
    o.page.goto(f"{book_url}/{page}", wait_until="networkidle")
    figur = o.page.locator("figure.kursus-grafik").all()
    for f in figur:
        f.scroll_into_view_if_needed()
        f.locator(".kursus-gambar img").evaluate("i => i.decode()")
        assert f.locator(".kursus-gambar img").evaluate("i => i.complete && i.naturalWidth > 0"), page
    o.page.wait_for_load_state("networkidle")
    assert not [u for u, _ in isi if "plotly" in u], f"{page}: plotly.js came before the reader asked"
    berat = sum(len(gzip.compress(b, 6)) for _, b in isi)
    assert berat <= BATAS_PANDANGAN_PERTAMA, f"{page}: first view {berat / 1e6:.3f} MB gzipped"
    assert not o.errors, o.errors


@pytest.mark.browser
def test_a_chart_goes_live_in_place_by_tap_keyboard_or_its_controls(offline, book_url, html_dir):
    pages = chart_pages(html_dir)
    o = open_page(offline, book_url, pages[0], viewport={"width": 412, "height": 823}, is_mobile=True,
                  has_touch=True)
    figur = o.page.locator("figure.kursus-grafik")
    assert figur.count() >= 2, "the test wants two charts on one page"
    kotak = "f => { const r = f.getBoundingClientRect(); return [Math.round(r.height), Math.round(r.width)]; }"

    # 1. Tap: the picture gives way to the live chart; the figure keeps its size (no layout jump).
    satu = figur.nth(0)
    satu.scroll_into_view_if_needed()
    sebelum = satu.evaluate(kotak)
    satu.locator(".kursus-gambar").tap()
    satu.locator(".kursus-plot .main-svg").first.wait_for(timeout=10000)
    assert satu.locator(".kursus-gambar").count() == 0
    assert satu.evaluate(kotak) == sebelum

    # 2. Keyboard: Tab onto a picture and Enter; focus stays on the chart.
    dua = figur.nth(1)
    dua.locator(".kursus-gambar").focus()
    o.page.keyboard.press("Enter")
    dua.locator(".kursus-plot .main-svg").first.wait_for(timeout=10000)
    assert o.page.evaluate("document.activeElement.classList.contains('kursus-plot')")
    assert dua.locator(".kursus-gambar").count() == 0

    # 3. A control used before the chart is live: the chart goes live and shows what the control chose.
    for page in pages:
        o = open_page(offline, book_url, page)
        for i in range(o.page.locator("figure.kursus-grafik").count()):
            f = o.page.locator("figure.kursus-grafik").nth(i)
            tombol = f.locator(".kursus-kontrol button[aria-pressed=false]")
            if not tombol.count():
                continue
            tombol.first.click()
            f.locator(".kursus-plot .main-svg").first.wait_for(timeout=10000)
            plot = f.locator(".kursus-plot")
            o.page.wait_for_timeout(300)
            pilihan = chart_state(plot)
            # the same chart made live by a tap, then the same button: the same view
            o2 = open_page(offline, book_url, page)
            f2 = o2.page.locator("figure.kursus-grafik").nth(i)
            hidupkan(f2)
            f2.locator(".kursus-kontrol button[aria-pressed=false]").first.click()
            o2.page.wait_for_timeout(300)
            assert chart_state(f2.locator(".kursus-plot")) == pilihan, (page, i)
            assert not o.errors and not o2.errors, o.errors + o2.errors
            return
    pytest.fail("no chart with a button")


@pytest.mark.browser
def test_without_scripts_every_chart_shows_its_picture(offline, book_url, html_dir):
    for page in chart_pages(html_dir):
        o = offline(java_script_enabled=False)
        o.page.goto(f"{book_url}/{page}", wait_until="load")
        gambar = o.page.locator("figure.kursus-grafik .kursus-gambar img").all()
        assert gambar
        for g in gambar:
            g.scroll_into_view_if_needed()
            g.evaluate("i => i.decode()")
            assert g.evaluate("i => i.naturalWidth > 0") and g.is_visible(), page


@pytest.mark.browser
def test_the_pictures_are_accessible_before_any_chart_is_live(offline, book_url, html_dir):
    from test_a11y import AXE, describe

    page = chart_pages(html_dir)[0]
    o = open_page(offline, book_url, page)
    o.page.add_script_tag(path=str(AXE))
    hasil = o.page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    assert not hasil["violations"], describe(hasil["violations"])
    assert o.page.locator(".kursus-gambar").count() == o.page.locator("figure.kursus-grafik").count()


def test_the_pictures_are_made_with_debians_chromium_and_no_download():
    """kaleido finds a browser through choreographer (BROWSER_PATH or a search of PATH); the book names Debian's
    Chromium itself and never asks kaleido to fetch one."""
    teks = (ROOT / "src" / "kursus_buku" / "gambar.py").read_text(encoding="utf-8")
    assert 'os.environ.get("BROWSER_PATH", "/usr/bin/chromium")' in teks and "path=CHROMIUM" in teks
    assert "get_chrome" not in teks and "mathjax=False" in teks and "package_data" in teks
