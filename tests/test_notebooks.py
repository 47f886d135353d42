"""Every chapter notebook is committed clean and runs from a fresh kernel, as a learner would run it."""

import json
import subprocess
import sys

import nbformat
import pytest
from nbclient import NotebookClient

from conftest import ROOT

NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))


def test_there_are_chapter_notebooks():
    assert NOTEBOOKS


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_is_committed_without_outputs(path):
    nb = json.loads(path.read_text(encoding="utf-8"))
    dirty = [i for i, c in enumerate(nb["cells"]) if c["cell_type"] == "code"
             and (c.get("outputs") or c.get("execution_count"))]
    assert not dirty, f"cells with outputs: {dirty} (strip them; the build makes outputs)"


def test_every_notebook_starts_with_the_current_setup_cell():
    r = subprocess.run([sys.executable, str(ROOT / "tools" / "setup_cell.py"), "--check"],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stdout


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_executes_from_a_clean_kernel(path):
    nb = nbformat.read(path, as_version=4)
    NotebookClient(nb, timeout=120, kernel_name="python3",
                   resources={"metadata": {"path": str(path.parent)}}).execute()
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            assert out["output_type"] != "error"
            assert out.get("name") != "stderr", f"stderr output: {out.get('text')}"
            data = out.get("data", {})
            if "application/vnd.plotly.v1+json" in data:
                # A bare Plotly figure would vanish from the static page: wrap it in kursus.Grafik.
                assert "text/html" in data and "kursus-grafik" in data["text/html"]
