"""Write (or check) the hidden first cell of every notebook, derived from _config.yml's repository setting.

    python tools/setup_cell.py          # rewrite the first cell of every notebook
    python tools/setup_cell.py --check  # exit 1 if any notebook's first cell is stale

The cell makes a notebook opened alone (Colab, Binder, a school JupyterHub) able to import `kursus`:
from the repository's `src/` folder when it is there, otherwise installed from the repository.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
TAG = "kursus-setup"


def repository() -> tuple[str, str]:
    cfg = yaml.safe_load((ROOT / "_config.yml").read_text(encoding="utf-8"))
    repo = cfg["repository"]
    return repo["url"].rstrip("/"), repo.get("branch", "main")


def cell_source() -> str:
    # `pip install git+URL@branch` (no "name @" prefix): older pips (23.x, as on Debian 12) reject
    # "kursus@git+..." written without spaces. tests/test_pemasangan.py runs this cell as it stands.
    url, branch = repository()
    return "\n".join([
        "# Menyiapkan paket `kursus` bila bab ini dibuka sendirian (Colab, Binder, JupyterHub sekolah).",
        "import importlib, importlib.util, pathlib, sys",
        "if importlib.util.find_spec(\"kursus\") is None:",
        "    src = pathlib.Path.cwd().parent / \"src\"",
        "    if (src / \"kursus\").is_dir():",
        "        sys.path.insert(0, str(src))",
        "    else:",
        f"        get_ipython().run_line_magic(\"pip\", \"install --quiet git+{url}@{branch}\")",
        "    importlib.invalidate_caches()",
        "    if importlib.util.find_spec(\"kursus\") is None:",
        "        raise ModuleNotFoundError(\"Paket `kursus` belum terpasang. Periksa koneksi internet lalu jalankan \"",
        "                                  \"sel ini lagi, atau buka notebook dari folder repositori (yang berisi src/).\")",
    ])


def setup_cell() -> dict:
    return {"cell_type": "code", "execution_count": None, "id": TAG,
            "metadata": {"tags": ["remove-cell", TAG]}, "outputs": [], "source": cell_source()}


def notebooks() -> list[Path]:
    return sorted((ROOT / "notebooks").glob("*.ipynb"))


def first_cell_ok(nb: dict) -> bool:
    cells = nb.get("cells", [])
    return bool(cells) and "".join(cells[0].get("source", "")) == cell_source() \
        and TAG in cells[0].get("metadata", {}).get("tags", [])


def write(path: Path) -> None:
    nb = json.loads(path.read_text(encoding="utf-8"))
    cells = [c for c in nb["cells"] if TAG not in c.get("metadata", {}).get("tags", [])]
    nb["cells"] = [setup_cell()] + cells
    path.write_text(json.dumps(nb, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    if "--check" in sys.argv:
        stale = [p.name for p in notebooks() if not first_cell_ok(json.loads(p.read_text(encoding="utf-8")))]
        print("\n".join(f"{s}: setup cell is stale; run python tools/setup_cell.py" for s in stale) or "ok")
        sys.exit(1 if stale else 0)
    for p in notebooks():
        write(p)
