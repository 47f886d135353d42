"""Draw the picture a chat app shows when a link to the book is shared (Open Graph og:image).

    .venv/bin/python tools/kartu_bagikan.py

Writes src/kursus_buku/assets/kartu-bagikan.png (1200 x 630, the size WhatsApp and others expect) from the book
title in _config.yml, with the favicon's mark and the chart colours, using the local Chromium. Run it again after
changing the title; tests/test_built_html.py checks every page names the picture.
"""

from __future__ import annotations

import html
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from conftest import CHROMIUM, CHROMIUM_ARGS  # noqa: E402

OUT = ROOT / "src" / "kursus_buku" / "assets" / "kartu-bagikan.png"
SUBJUDUL = "Buku ajar interaktif Informatika untuk SMP dan SMA"


def kartu(judul: str) -> str:
    mark = (ROOT / "book" / "favicon.svg").read_text(encoding="utf-8")
    return f"""<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><style>
body {{ margin: 0; width: 1200px; height: 630px; display: flex; align-items: center; gap: 56px; padding: 0 90px;
       box-sizing: border-box; background: #fff; font-family: system-ui, sans-serif; color: #1a1a1a;
       border-bottom: 24px solid #0B62A4; box-shadow: inset 0 -48px 0 #B8470B; }}
svg {{ width: 220px; height: 220px; flex: none; }}
h1 {{ font-size: 72px; line-height: 1.05; margin: 0 0 24px; }}
p {{ font-size: 34px; margin: 0; color: #444; }}
</style></head><body>{mark}<div><h1>{html.escape(judul)}</h1><p>{html.escape(SUBJUDUL)}</p></div></body></html>"""


def main() -> None:
    from playwright.sync_api import sync_playwright

    judul = yaml.safe_load((ROOT / "_config.yml").read_text(encoding="utf-8"))["title"]
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1200, "height": 630})
        page.set_content(kartu(judul))
        page.screenshot(path=str(OUT))
        browser.close()
    print(f"{OUT.relative_to(ROOT)}: {OUT.stat().st_size} bytes")


if __name__ == "__main__":
    main()
