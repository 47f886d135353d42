"""Drop the notebook execution cache when the `kursus` package changes, and Sphinx's doctrees when the build side does.

jupyter-cache keys a notebook's outputs on the notebook's own code only, so a change to a chart builder or
a data file would otherwise leave stale outputs in the book. `make book` runs this before building.
"""

import hashlib
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / "_build" / ".jupyter_cache"
# Sphinx re-reads only changed pages, so its caches go too (the teacher edition has its own).
DOCTREES = [ROOT / "_build" / ".doctrees", ROOT / "_build" / "guru" / "_build" / ".doctrees"]
STAMP = ROOT / "_build" / ".kursus-fingerprint"


def fingerprint() -> str:
    """Both packages: the course package shapes the executed outputs, the build side (kursus_buku) the doctrees."""
    h = hashlib.sha256()
    for path in sorted([*(ROOT / "src" / "kursus").rglob("*"), *(ROOT / "src" / "kursus_buku").rglob("*")]):
        if path.is_file() and "__pycache__" not in path.parts:
            h.update(str(path.relative_to(ROOT)).encode())
            h.update(path.read_bytes())
    return h.hexdigest()


if __name__ == "__main__":
    now = fingerprint()
    if STAMP.exists() and STAMP.read_text() == now:
        print("kursus unchanged: keeping the execution cache")
    else:
        for folder in (CACHE, *DOCTREES):
            if folder.exists():
                shutil.rmtree(folder)
        print("kursus changed: execution cache dropped, notebooks will run again")
        STAMP.parent.mkdir(parents=True, exist_ok=True)
        STAMP.write_text(now)
