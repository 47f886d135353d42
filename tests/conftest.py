"""Shared fixtures: the repository root, the built book, a local server and a network-less browser."""

from __future__ import annotations

import functools
import http.server
import threading
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
HTML = ROOT / "_build" / "html"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]


# The part of _toc.yml that only the teacher edition has (kursus_buku.edisi.BAGIAN_GURU).
BAGIAN_GURU = "Untuk guru"


def toc_pages(edisi: str = "siswa") -> list[str]:
    """Every page in _toc.yml of an edition ("siswa": the default build, _build/html; "guru": the teacher
    edition, which also has the part captioned "Untuk guru"), as its path in the built book
    (e.g. notebooks/05-perbedaan.html)."""
    toc = yaml.safe_load((ROOT / "_toc.yml").read_text(encoding="utf-8"))
    pages = [toc["root"]]
    for part in toc.get("parts", []):
        if part.get("caption") == BAGIAN_GURU and edisi != "guru":
            continue
        for ch in part.get("chapters", []):
            pages.append(ch["file"])
            pages += [s["file"] for s in ch.get("sections", [])]
    return [p + ".html" for p in pages]


def teacher_pages() -> list[str]:
    """The pages only the teacher edition has."""
    return [p for p in toc_pages("guru") if p not in toc_pages("siswa")]


def chapter_pages() -> list[str]:
    """The learner's chapters: the pages of the table of contents part captioned "Bab"."""
    toc = yaml.safe_load((ROOT / "_toc.yml").read_text(encoding="utf-8"))
    [bab] = [p for p in toc["parts"] if p.get("caption") == "Bab"]
    return [c["file"] + ".html" for c in bab["chapters"]]


@pytest.fixture(scope="session")
def html_dir() -> Path:
    if not (HTML / "index.html").exists():
        pytest.fail("The built book is missing: run `make book` first (make test does it).")
    return HTML


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def serve(directory: Path):
    handler = functools.partial(_QuietHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


@pytest.fixture(scope="session")
def book_url(html_dir):
    server = serve(html_dir)
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()


class Offline:
    """A page whose requests to any host but 127.0.0.1 are blocked and recorded, with its errors."""

    def __init__(self, browser, **context_args):
        self.context = browser.new_context(**context_args)
        self.blocked: list[str] = []
        self.errors: list[str] = []
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(f"console: {m.text}"))
        self.page.on("pageerror", lambda e: self.errors.append(f"pageerror: {e}"))

    def _route(self, route):
        url = route.request.url
        if url.startswith(("http://127.0.0.1", "file://", "data:", "blob:", "about:")):
            route.continue_()
        else:
            self.blocked.append(url)
            route.abort()

    def close(self):
        self.context.close()


@pytest.fixture
def offline(browser):
    pages = []

    def make(**kw):
        o = Offline(browser, **kw)
        pages.append(o)
        return o

    yield make
    for o in pages:
        o.close()


def hidupkan(figure, timeout=10000):
    """Reach for a chart as a reader does (tap its picture): plotly.js arrives and the live chart takes the
    picture's place. ``figure`` is a Playwright locator of a figure.kursus-grafik."""
    figure.scroll_into_view_if_needed()
    if figure.locator(".kursus-gambar").count():
        figure.locator(".kursus-gambar").click()
    figure.locator(".kursus-plot .main-svg").first.wait_for(timeout=timeout)
