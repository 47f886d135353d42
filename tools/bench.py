"""Benchmarks for the built book, reported as numbers (never asserted):

- clean build time and cached rebuild time, measured on a scratch copy of the repository;
- for each page in the table of contents, as a network-less Chromium with a phone's screen loads it: the first
  view (bytes raw and gzip, requests, as a reader scrolls to its end without touching a chart: every chart shows
  its picture) and fully interactive (after reaching for every chart, so plotly.js arrives and each goes live),
  beside a stock Jupyter Book chapter's weight;
- Lighthouse 12.2.3 (npm, pinned in package-lock.json) with Debian's Chromium and its mobile defaults on the
  introduction and every chapter: performance, accessibility, best-practices, SEO and LCP. The book is served
  on 127.0.0.1 with gzip and a 10-minute cache lifetime, as GitHub Pages serves it.

Lighthouse runs each page RUNS times (3 unless --runs N) and reports the run with the median performance
score, as Lighthouse's own guidance suggests: single runs vary with the machine's load.

    python tools/bench.py [--no-build] [--no-lighthouse] [--runs N]
"""

from __future__ import annotations

import functools
import gzip
import http.server
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from conftest import CHROMIUM, CHROMIUM_ARGS, serve, toc_pages  # noqa: E402

# Budgets of the first view, gzipped (issue 20.2): a chart page costs what a text page costs until a chart is used.
BUDGET_FIRST_VIEW_GZIP = 0.15e6
BUDGET_TEXT_PAGE_GZIP = 0.15e6
# Not measured here (it needs a second book built the stock way): a Jupyter Book 1 chapter with plotly.js and the
# widget manager as MyST-NB and plotly's renderers load them, measured when the book began (DESIGN.md).
STOCK_CHAPTER = "7-11 MB raw (plotly.js 4.8 MB and the widget manager 3.6 MB on every chart page)"


def timed_build(src: Path) -> float:
    start = time.perf_counter()
    subprocess.run([str(ROOT / ".venv/bin/jupyter-book"), "build", str(src), "-W", "-n", "--keep-going", "-q"],
                   check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def build_times() -> tuple[float, float, Path]:
    tmp = Path(tempfile.mkdtemp(prefix="kursus-bench-"))
    src = tmp / "book"
    shutil.copytree(ROOT, src, ignore=shutil.ignore_patterns(".venv", "_build", ".git", "node_modules",
                                                               ".pytest_cache", "dist"))
    clean = timed_build(src)
    shutil.rmtree(src / "_build" / "html")
    cached = timed_build(src)
    return clean, cached, src / "_build" / "html"


def page_weights(html_dir: Path) -> list[dict]:
    """Per page: the first view (loaded and read to its end without touching anything: charts show their
    pictures) and fully interactive (every chart reached for, so plotly.js arrives and each goes live)."""
    from playwright.sync_api import sync_playwright
    server = serve(html_dir)
    base = f"http://127.0.0.1:{server.server_port}"
    rows = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for page_path in toc_pages():
            ctx = browser.new_context(viewport={"width": 412, "height": 823}, is_mobile=True, has_touch=True)
            ctx.route("**/*", lambda r: r.continue_() if r.request.url.startswith(base) else r.abort())
            page = ctx.new_page()
            bodies: list[bytes] = []
            page.on("requestfinished", lambda req: bodies.append(req.response().body() if req.response() else b""))
            page.goto(f"{base}/{page_path}", wait_until="networkidle")
            figures = page.locator("figure.kursus-grafik").all()
            for fig in figures:  # read to the end: pictures below the first screen load too
                fig.scroll_into_view_if_needed()
            page.wait_for_load_state("networkidle")
            page.wait_for_timeout(300)
            first = list(bodies)
            for fig in figures:  # reach for every chart: it goes live
                fig.locator(".kursus-plot-wadah").click()
                fig.locator(".kursus-plot .main-svg").first.wait_for(timeout=15000)
            page.wait_for_load_state("networkidle")
            page.wait_for_timeout(300)
            rows.append({"page": page_path, "charts": len(figures),
                         "first_requests": len(first), "first_raw": sum(map(len, first)),
                         "first_gzip": sum(len(gzip.compress(b, 6)) for b in first),
                         "requests": len(bodies), "raw": sum(map(len, bodies)),
                         "gzip": sum(len(gzip.compress(b, 6)) for b in bodies)})
            ctx.close()
        browser.close()
    server.shutdown()
    return rows


LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
COMPRESSIBLE = {".html", ".js", ".css", ".svg", ".json", ".txt", ".inv"}


class PagesLikeHandler(http.server.SimpleHTTPRequestHandler):
    """Serves files the way GitHub Pages does: gzip for text when asked, cached for ten minutes."""

    def log_message(self, *args):
        pass

    def end_headers(self):
        self.send_header("Cache-Control", "max-age=600")
        super().end_headers()

    def do_GET(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        if path.suffix in COMPRESSIBLE and path.is_file() and "gzip" in self.headers.get("Accept-Encoding", ""):
            body = gzip.compress(path.read_bytes(), 6)
            self.send_response(200)
            self.send_header("Content-Type", self.guess_type(str(path)))
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        else:
            super().do_GET()


def lighthouse_pages() -> list[str]:
    """The introduction and every chapter (the notebooks)."""
    pages = toc_pages()
    return [pages[0]] + [p for p in pages[1:] if p.startswith("notebooks/")]


def lighthouse_once(url: str, env: dict) -> dict:
    out = subprocess.run([str(LIGHTHOUSE), url, "--output=json", "--output-path=stdout", "--quiet",
                          "--only-categories=performance,accessibility,best-practices,seo",
                          "--chrome-flags=--headless --no-sandbox --disable-gpu"],
                         env=env, check=True, capture_output=True, text=True).stdout
    report = json.loads(out)
    score = {k: round(v["score"] * 100) if v["score"] is not None else -1
             for k, v in report["categories"].items()}
    failed = [k for k, a in report["audits"].items()
              if a.get("score") is not None and a["score"] < 1 and a.get("scoreDisplayMode") == "binary"]
    return {**score, "lcp": report["audits"]["largest-contentful-paint"]["numericValue"],
            "tbt": report["audits"]["total-blocking-time"]["numericValue"], "failed": failed}


def lighthouse(html_dir: Path, runs: int = 3) -> list[dict]:
    if not LIGHTHOUSE.exists():
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund", "--silent"], cwd=ROOT, check=True)
    handler = functools.partial(PagesLikeHandler, directory=str(html_dir))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    env = dict(os.environ, CHROME_PATH=CHROMIUM)
    rows = []
    for page in lighthouse_pages():
        url = f"http://127.0.0.1:{server.server_port}/{page}"
        results = sorted((lighthouse_once(url, env) for _ in range(runs)), key=lambda r: r["performance"])
        rows.append({"page": page, **results[len(results) // 2],
                     "perf_range": (results[0]["performance"], results[-1]["performance"])})
    server.shutdown()
    return rows


def main() -> None:
    html_dir = ROOT / "_build" / "html"
    if "--no-build" not in sys.argv:
        clean, cached, html_dir = build_times()
        print(f"clean build:    {clean:7.1f} s")
        print(f"cached rebuild: {cached:7.1f} s")
    rows = page_weights(html_dir)
    print(f"\n{'page':40} {'first view (gzip KB / raw KB / requests)':>42} {'interactive (gzip / raw / req)':>32}"
          f" {'charts':>6}  budget")
    for r in rows:
        budget = BUDGET_FIRST_VIEW_GZIP if r["charts"] else BUDGET_TEXT_PAGE_GZIP
        verdict = "ok" if r["first_gzip"] <= budget else f"over {budget / 1e6:.2f} MB"
        print(f"{r['page']:40} {r['first_gzip'] / 1024:20.0f} {r['first_raw'] / 1024:10.0f} {r['first_requests']:10d}"
              f" {r['gzip'] / 1024:14.0f} {r['raw'] / 1024:8.0f} {r['requests']:8d} {r['charts']:6d}  {verdict}")
    print(f"{'stock Jupyter Book 1 chapter (reference)':40} {STOCK_CHAPTER}")
    if "--no-lighthouse" in sys.argv:
        return
    runs = int(sys.argv[sys.argv.index("--runs") + 1]) if "--runs" in sys.argv else 3
    print(f"\nLighthouse 12.2.3, mobile, median of {runs} run(s) (aim: performance >= 98, accessibility 100)")
    print(f"{'page':40} {'perf':>5} {'range':>7} {'a11y':>5} {'best':>5} {'seo':>5} {'LCP s':>6} {'TBT ms':>7}  failed audits")
    for r in lighthouse(html_dir, runs):
        spread = f"{r['perf_range'][0]}-{r['perf_range'][1]}"
        print(f"{r['page']:40} {r['performance']:5d} {spread:>7} {r['accessibility']:5d} {r['best-practices']:5d} {r['seo']:5d} "
              f"{r['lcp'] / 1000:6.1f} {r['tbt']:7.0f}  {', '.join(r['failed']) or '-'}")


if __name__ == "__main__":
    main()
