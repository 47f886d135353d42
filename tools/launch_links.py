"""Write (or check) the README's table of launch links, derived from _toc.yml and _config.yml's repository.

    python tools/launch_links.py          # rewrite the table between the markers in README.md
    python tools/launch_links.py --check  # exit 1 if the table is stale

One row per chapter notebook in the table of contents, titled by the notebook's first heading, with a
Binder (JupyterLab) and a Colab link for the repository set in _config.yml: a fork that changes
`repository.url` regenerates its own links.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
START, END = "<!-- launch-links:start -->", "<!-- launch-links:end -->"


def chapters() -> list[str]:
    toc = yaml.safe_load((ROOT / "_toc.yml").read_text(encoding="utf-8"))
    files = [ch["file"] for part in toc.get("parts", []) for ch in part.get("chapters", [])]
    return [f for f in files if f.startswith("notebooks/")]


def title(notebook: Path) -> str:
    for cell in json.loads(notebook.read_text(encoding="utf-8"))["cells"]:
        if cell["cell_type"] == "markdown":
            m = re.search(r"^#\s+(.+)$", "".join(cell["source"]), re.M)
            if m:
                return m.group(1).strip()
    return notebook.stem


def table() -> str:
    cfg = yaml.safe_load((ROOT / "_config.yml").read_text(encoding="utf-8"))["repository"]
    owner_repo = cfg["url"].rstrip("/").split("github.com/")[-1]
    branch = cfg.get("branch", "main")
    rows = ["| Bab | Binder (JupyterLab) | Google Colab |", "|---|---|---|"]
    for chapter in chapters():
        path = f"{chapter}.ipynb"
        binder = f"https://mybinder.org/v2/gh/{owner_repo}/{branch}?urlpath=lab/tree/{path}"
        colab = f"https://colab.research.google.com/github/{owner_repo}/blob/{branch}/{path}"
        rows.append(f"| {title(ROOT / path)} | [Buka di Binder]({binder}) | [Buka di Colab]({colab}) |")
    return "\n".join(rows)


def rendered(readme: str) -> str:
    before, rest = readme.split(START, 1)
    _, after = rest.split(END, 1)
    return f"{before}{START}\n{table()}\n{END}{after}"


if __name__ == "__main__":
    text = README.read_text(encoding="utf-8")
    if "--check" in sys.argv:
        stale = rendered(text) != text
        print("README launch links are stale; run python tools/launch_links.py" if stale else "ok")
        sys.exit(1 if stale else 0)
    README.write_text(rendered(text), encoding="utf-8")
