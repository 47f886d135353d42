"""Drop the notebook execution cache when the `kursus` package changes, and Sphinx's doctrees when the build side
does or when the last build of an edition did not finish.

jupyter-cache keys a notebook's outputs on the notebook's own code only, so a change to a chart builder or
a data file would otherwise leave stale outputs in the book. A build that failed (or was stopped) can leave
Sphinx's saved environment in a state that keeps failing ("undefined label") until its doctrees are removed, so
a teacher would need `make clean`: each build leaves a mark here first and removes it when it succeeded.

    python tools/cache_guard.py [siswa|guru]            # before a build (make book, make book-guru)
    python tools/cache_guard.py [siswa|guru] --selesai  # after it succeeded
"""

import hashlib
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / "_build" / ".jupyter_cache"
# Sphinx re-reads only changed pages, so its caches go too (the teacher edition has its own).
DOCTREES = {"siswa": ROOT / "_build" / ".doctrees", "guru": ROOT / "_build" / "guru" / "_build" / ".doctrees"}
STAMP = ROOT / "_build" / ".kursus-fingerprint"


def fingerprint() -> str:
    """Both packages: the course package shapes the executed outputs, the build side (kursus_buku) the doctrees."""
    h = hashlib.sha256()
    for path in sorted([*(ROOT / "src" / "kursus").rglob("*"), *(ROOT / "src" / "kursus_buku").rglob("*")]):
        if path.is_file() and "__pycache__" not in path.parts:
            h.update(str(path.relative_to(ROOT)).encode())
            h.update(path.read_bytes())
    return h.hexdigest()


def mark(edisi: str) -> Path:
    """Present while a build of this edition runs or after it failed."""
    return ROOT / "_build" / f".kursus-belum-selesai-{edisi}"


def before_build(edisi: str) -> None:
    now = fingerprint()
    if STAMP.exists() and STAMP.read_text() == now:
        print("kursus unchanged: keeping the execution cache")
    else:
        for folder in (CACHE, *DOCTREES.values()):
            if folder.exists():
                shutil.rmtree(folder)
        print("kursus changed: execution cache dropped, notebooks will run again")
        STAMP.parent.mkdir(parents=True, exist_ok=True)
        STAMP.write_text(now)
    if mark(edisi).exists() and DOCTREES[edisi].exists():
        shutil.rmtree(DOCTREES[edisi])
        print(f"the last build of the {edisi} edition did not finish: Sphinx's saved environment dropped")
    mark(edisi).parent.mkdir(parents=True, exist_ok=True)
    mark(edisi).touch()


if __name__ == "__main__":
    args = sys.argv[1:]
    edisi = next((a for a in args if a in DOCTREES), "siswa")
    if "--selesai" in args:
        mark(edisi).unlink(missing_ok=True)
    else:
        before_build(edisi)
