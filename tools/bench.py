"""Benchmarks for the built book, reported as numbers (never asserted):

- clean build time and cached rebuild time, measured on a scratch copy of the repository;
- for each page in the table of contents: bytes loaded (raw and gzip), request count, number of charts,
  as a network-less Chromium loads it.

    python tools/bench.py [--no-build]
"""

from __future__ import annotations

import gzip
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from conftest import CHROMIUM, CHROMIUM_ARGS, serve, toc_pages  # noqa: E402

BUDGET_CHART_PAGE = 1.5e6
BUDGET_TEXT_PAGE = 0.6e6


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
    from playwright.sync_api import sync_playwright
    server = serve(html_dir)
    base = f"http://127.0.0.1:{server.server_port}"
    rows = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for page_path in toc_pages():
            ctx = browser.new_context()
            ctx.route("**/*", lambda r: r.continue_() if r.request.url.startswith(base) else r.abort())
            page = ctx.new_page()
            bodies: list[bytes] = []
            page.on("requestfinished", lambda req: bodies.append(req.response().body() if req.response() else b""))
            page.goto(f"{base}/{page_path}", wait_until="networkidle")
            page.wait_for_timeout(500)
            charts = page.locator("figure.kursus-grafik").count()
            rows.append({"page": page_path, "requests": len(bodies), "raw": sum(map(len, bodies)),
                         "gzip": sum(len(gzip.compress(b, 6)) for b in bodies), "charts": charts})
            ctx.close()
        browser.close()
    server.shutdown()
    return rows


def main() -> None:
    html_dir = ROOT / "_build" / "html"
    if "--no-build" not in sys.argv:
        clean, cached, html_dir = build_times()
        print(f"clean build:    {clean:7.1f} s")
        print(f"cached rebuild: {cached:7.1f} s")
    rows = page_weights(html_dir)
    print(f"\n{'page':40} {'raw KB':>9} {'gzip KB':>9} {'requests':>9} {'charts':>7}  budget")
    for r in rows:
        budget = BUDGET_CHART_PAGE if r["charts"] else BUDGET_TEXT_PAGE
        verdict = "ok" if r["raw"] <= budget else f"over {budget / 1e6:.1f} MB"
        print(f"{r['page']:40} {r['raw'] / 1024:9.0f} {r['gzip'] / 1024:9.0f} {r['requests']:9d} "
              f"{r['charts']:7d}  {verdict}")


if __name__ == "__main__":
    main()
