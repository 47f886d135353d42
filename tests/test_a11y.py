"""Accessibility: axe-core (vendored from npm, injected by the test, never served) audits every page of the
built book in Chromium, in light and dark mode, and must find no violation at any impact level."""

import pytest

from conftest import ROOT, hidupkan, serve, teacher_pages, toc_pages
from test_kelas_build import guru_dir  # noqa: F401  (fixture)

pytestmark = pytest.mark.browser

AXE = ROOT / "vendor" / "test" / "axe.min.js"
EXTRA_PAGES = ["search.html", "genindex.html"]


# axe leaves its experimental rules off; Lighthouse runs this one (WCAG 2.5.3, label in name): a control's spoken
# name must contain the words it shows, or a reader using voice control cannot name it.
RULES = "{resultTypes: ['violations'], rules: {'label-content-name-mismatch': {enabled: true}}}"
RUN = f"axe.run(document, {RULES})"

VIEWPORTS = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 412, "height": 823}}


def audit(offline, url, scheme, viewport="desktop"):
    o = offline(color_scheme=scheme, viewport=VIEWPORTS[viewport], is_mobile=viewport == "phone",
                has_touch=viewport == "phone")
    o.page.goto(url, wait_until="networkidle")
    # Everything a reader can open is audited open: data tables of charts, explorer aspects, solutions.
    o.page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
    for figure in o.page.locator("figure.kursus-grafik").all():  # live charts (pictures: test_grafik_gambar)
        hidupkan(figure)
    o.page.evaluate("window.scrollTo(0, 0)")
    # Colours are read once every transition (the theme's colour-mode switch, a chart going live) has ended:
    # axe sampling a colour half-way between the light and dark theme reported contrast that no reader sees.
    o.page.evaluate("Promise.all(document.getAnimations().map(a => a.finished.catch(() => null)))")
    o.page.add_script_tag(path=str(AXE))
    result = o.page.evaluate(RUN)
    return o, result["violations"]


def describe(violations):
    lines = []
    for v in violations:
        lines.append(f"{v['id']} ({v['impact']}): {v['help']}")
        for node in v["nodes"][:5]:
            lines.append(f"    {node['target']}: {node['failureSummary'].splitlines()[-1].strip()}")
    return "\n".join(lines)


def then_dark(o):
    """The same page after the reader's system turns to dark mode (the theme follows it at once): audited again
    without loading the page and its live charts a second time."""
    o.page.emulate_media(color_scheme="dark")
    o.page.wait_for_function("document.documentElement.dataset.theme === 'dark'", timeout=5000)
    o.page.evaluate("Promise.all(document.getAnimations().map(a => a.finished.catch(() => null)))")
    return o.page.evaluate(RUN)["violations"]


@pytest.mark.parametrize("viewport", ["desktop", "phone"])
@pytest.mark.parametrize("page", toc_pages() + EXTRA_PAGES)
def test_page_has_no_accessibility_violation(offline, book_url, page, viewport):
    """Desktop: light, then dark; phone: light."""
    o, violations = audit(offline, f"{book_url}/{page}", "light", viewport)
    assert o.page.evaluate("document.documentElement.dataset.theme") == "light"
    assert not violations, f"{page} (light, {viewport}):\n{describe(violations)}"
    if viewport == "desktop":
        violations = then_dark(o)
        assert not violations, f"{page} (dark, {viewport}):\n{describe(violations)}"


@pytest.fixture(scope="module")
def guru_url(guru_dir):  # noqa: F811
    server = serve(guru_dir)
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


@pytest.mark.parametrize("page", teacher_pages())
def test_teacher_page_has_no_accessibility_violation(offline, guru_url, page):
    """Light, then dark."""
    o, violations = audit(offline, f"{guru_url}/{page}", "light")
    assert not violations, f"{page} (light):\n{describe(violations)}"
    violations = then_dark(o)
    assert not violations, f"{page} (dark):\n{describe(violations)}"


def test_the_projector_view_has_no_accessibility_violation_while_showing(offline, guru_url):
    o = offline(viewport=VIEWPORTS["desktop"])
    o.page.goto(f"{guru_url}/book/layar-kelas.html", wait_until="networkidle")
    o.page.locator(".kursus-layar-mulai").click()
    o.page.add_script_tag(path=str(AXE))
    result = o.page.evaluate(f"axe.run(document.querySelector('.kursus-layar'), {RULES})")
    assert not result["violations"], describe(result["violations"])


@pytest.mark.parametrize("dialog", ["search", "sidebar"])
def test_open_dialogs_have_no_accessibility_violation(offline, book_url, dialog):
    """The search dialog (Ctrl+K) and the chapter list a phone opens from the menu button."""
    o, _ = audit(offline, f"{book_url}/{toc_pages()[1]}", "light", "phone" if dialog == "sidebar" else "desktop")
    if dialog == "search":
        o.page.keyboard.press("Control+k")
        o.page.locator("#pst-search-dialog[open]").wait_for()
    else:
        o.page.locator("button.primary-toggle:visible").first.click()
        o.page.locator("#pst-primary-sidebar-modal[open] nav.bd-docs-nav").wait_for(timeout=3000)
    violations = o.page.evaluate(RUN)["violations"]
    assert not violations, f"{dialog} dialog:\n{describe(violations)}"


def test_the_audit_catches_a_violation(offline, book_url):
    """The audit really runs: an image without alternative text, and a button whose label hides the words it
    shows, added to a page are reported."""
    o = offline()
    o.page.goto(f"{book_url}/{toc_pages()[0]}", wait_until="networkidle")
    o.page.evaluate("document.querySelector('main').insertAdjacentHTML('beforeend', "
                    "'<img src=\"x.png\"><button aria-label=\"Lanjutkan\">Kirim jawaban</button>')")
    o.page.add_script_tag(path=str(AXE))
    ids = o.page.evaluate(f"{RUN}.then(r => r.violations.map(v => v.id))")
    assert {"image-alt", "label-content-name-mismatch"} <= set(ids), ids
