"""Write (or check) the tables of live links to every notebook: in README.md and in
book/menjalankan-di-sekolah.md. Both come from _config.yml's repository setting (kursus.sekolah builds the
Binder, Colab and JupyterHub/nbgitpuller addresses of the learner notebooks, on the branch named by
`kursus_cabang_notebook`), so a fork that changes `repository.url` regenerates its own.

    python tools/tautan_sekolah.py                       # rewrite both tables
    python tools/tautan_sekolah.py --check               # exit 1 if either table is stale
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

START, END = "<!-- tautan-notebook: mulai (dibuat oleh tools/tautan_sekolah.py) -->", "<!-- tautan-notebook: selesai -->"
PAGES = [ROOT / "README.md", ROOT / "book" / "menjalankan-di-sekolah.md"]


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
    # The links open the learner notebooks, on the branch the publishing workflow fills with them.
    return tabel_tautan(notebooks(), repo["url"].rstrip("/"), cfg["sphinx"]["config"]["kursus_cabang_notebook"], hub)


def rewritten(text: str) -> str:
    head, rest = text.split(START, 1)
    _, tail = rest.split(END, 1)
    return f"{head}{START}\n{table()}\n{END}{tail}"


if __name__ == "__main__":
    if "--hub" in sys.argv:
        print(table(sys.argv[sys.argv.index("--hub") + 1]))
        sys.exit(0)
    stale = []
    for page in PAGES:
        text = page.read_text(encoding="utf-8")
        if "--check" in sys.argv:
            if rewritten(text) != text:
                stale.append(page.relative_to(ROOT).as_posix())
        else:
            page.write_text(rewritten(text), encoding="utf-8")
    if "--check" in sys.argv:
        print("\n".join(f"{s}: link table is stale; run python tools/tautan_sekolah.py" for s in stale) or "ok")
        sys.exit(1 if stale else 0)
