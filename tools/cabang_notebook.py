"""Lay out the tree of the learner-notebook branch (`kursus_cabang_notebook` in _config.yml, e.g. notebook-siswa),
which every launcher opens: Binder (binder/ at the top), Colab (notebooks/ by path) and a school JupyterHub
(nbgitpuller pulls the whole tree, the setup cell uses src/ beside notebooks/).

    python tools/cabang_notebook.py            # into _build/cabang-notebook/ (make cabang-notebook)
    python tools/cabang_notebook.py --out DIR

The publishing workflow pushes this tree to the branch; the tests open its notebooks in JupyterLab and
Notebook 7. It holds the student learner notebooks written by `make book`, the course package (src/kursus,
pyproject.toml) and Binder's environment, nothing of the book's build or tests.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "_build" / "notebooks" / "siswa"
FILES = ["pyproject.toml", "LICENSE", "LICENSE-CONTENT.md", "binder/requirements.txt", "binder/runtime.txt"]
IGNORE = shutil.ignore_patterns("__pycache__", "*.pyc", ".ipynb_checkpoints")

README = """# Media Sosial vs Jejaring Sosial: notebook untuk siswa

Cabang ini berisi notebook bab-bab buku *Media Sosial vs Jejaring Sosial* yang siap dijalankan di Binder, Google
Colab, JupyterHub sekolah, atau Jupyter di komputer sendiri. Bukunya dapat dibaca di {situs}

- `notebooks/`: satu notebook untuk setiap bab. Jalankan sel pertama (sel penyiap) dulu, lalu sel-sel berikutnya.
- `src/kursus/`: paket `kursus` yang dipakai notebook (data, grafik, widget, kuis).
- `binder/`: lingkungan Binder.

Cabang ini dibuat otomatis dari cabang `{sumber}` setiap kali buku diterbitkan. Jangan mengubahnya di sini:
perubahan akan tertimpa. Ubahlah sumbernya di `{sumber}`.
"""


def settings() -> dict:
    cfg = yaml.safe_load((ROOT / "_config.yml").read_text(encoding="utf-8"))
    return {"url": cfg["repository"]["url"].rstrip("/"), "sumber": cfg["repository"].get("branch", "main"),
            "cabang": cfg["sphinx"]["config"]["kursus_cabang_notebook"]}


def site_url(repo_url: str) -> str:
    sys.path.insert(0, str(ROOT / "src"))
    from kursus_buku.bagikan import pages_url
    return pages_url(repo_url) or repo_url


def lay_out(out: Path) -> Path:
    notebooks = sorted(NOTEBOOKS.glob("*.ipynb"))
    if not notebooks:
        raise SystemExit(f"{NOTEBOOKS} belum berisi notebook siswa; jalankan `make book` dulu.")
    if out.exists():
        shutil.rmtree(out)
    (out / "notebooks").mkdir(parents=True)
    for nb in notebooks:
        shutil.copy2(nb, out / "notebooks" / nb.name)
    shutil.copytree(ROOT / "src" / "kursus", out / "src" / "kursus", ignore=IGNORE)
    for name in FILES:
        (out / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, out / name)
    s = settings()
    (out / "README.md").write_text(README.format(situs=site_url(s["url"]), sumber=s["sumber"]), encoding="utf-8")
    return out


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=ROOT / "_build" / "cabang-notebook")
    print(lay_out(ap.parse_args().out))
