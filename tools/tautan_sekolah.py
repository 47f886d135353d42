"""Write (or check) the table of live links in book/menjalankan-di-sekolah.md from _config.yml and the notebooks.

    python tools/tautan_sekolah.py                       # rewrite the table for the configured hub
    python tools/tautan_sekolah.py --check               # exit 1 if the table is stale
    python tools/tautan_sekolah.py --hub https://hub.sekolahku.sch.id   # print the table for another hub
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
from kursus.sekolah import tabel_tautan  # noqa: E402

PAGE = ROOT / "book" / "menjalankan-di-sekolah.md"
START, END = "<!-- tautan-notebook: mulai (dibuat oleh tools/tautan_sekolah.py) -->", "<!-- tautan-notebook: selesai -->"


def notebooks() -> list[tuple[str, str]]:
    hasil = []
    for path in sorted((ROOT / "notebooks").glob("*.ipynb")):
        nb = json.loads(path.read_text(encoding="utf-8"))
        judul = next((line.lstrip("# ").strip() for c in nb["cells"] if c["cell_type"] == "markdown"
                      for line in "".join(c["source"]).splitlines() if line.startswith("# ")), path.stem)
        hasil.append((judul, f"notebooks/{path.name}"))
    return hasil


def table(hub: str | None = None) -> str:
    cfg = yaml.safe_load((ROOT / "_config.yml").read_text(encoding="utf-8"))
    repo = cfg["repository"]
    hub = hub or cfg["launch_buttons"]["jupyterhub_url"]
    return tabel_tautan(notebooks(), repo["url"].rstrip("/"), repo.get("branch", "main"), hub)


def rewritten(text: str) -> str:
    head, rest = text.split(START, 1)
    _, tail = rest.split(END, 1)
    return f"{head}{START}\n{table()}\n{END}{tail}"


if __name__ == "__main__":
    if "--hub" in sys.argv:
        print(table(sys.argv[sys.argv.index("--hub") + 1]))
        sys.exit(0)
    text = PAGE.read_text(encoding="utf-8")
    if "--check" in sys.argv:
        ok = rewritten(text) == text
        print("ok" if ok else "book/menjalankan-di-sekolah.md: link table is stale; run python tools/tautan_sekolah.py")
        sys.exit(0 if ok else 1)
    PAGE.write_text(rewritten(text), encoding="utf-8")
