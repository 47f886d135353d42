"""The learner notebooks (make book, make book-guru: _build/notebooks/<edition>/) are the lesson the page is, in
plain CommonMark a Jupyter front end renders: no MyST left, definitions and figures filled in, exercises numbered
as in the book, one short collapsed setup cell, no solution in the student edition, every solution (closed) in
the teacher edition. Every launcher opens them: the page's download, the pack, the launch links, the branch tree.
(tests/test_jupyterlab.py opens them in JupyterLab and Notebook 7.)"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import ROOT, chapter_pages
from test_edisi import KEYS, normal

pytestmark = pytest.mark.build
SUMBER = sorted((ROOT / "notebooks").glob("*.ipynb"))
FOLDER = ROOT / "_build" / "notebooks"
CABANG = ROOT / "_build" / "cabang-notebook"
CONFIG = yaml.safe_load((ROOT / "_config.yml").read_text(encoding="utf-8"))
BRANCH = CONFIG["sphinx"]["config"]["kursus_cabang_notebook"]
SITE = "https://kursus-terbuka.github.io/media-sosial-vs-jejaring-sosial/"

# MyST that no Jupyter front end renders: directive fences, roles, substitutions, labels, glue.
MYST = {
    "directive fence": re.compile(r"^\s*(?:`{3,}|:{3,})\s*\{[\w:-]+\}", re.M),
    "role": re.compile(r"\{[a-z][\w:-]*\}`"),
    "substitution": re.compile(r"\{\{.*?\}\}"),
    "label": re.compile(r"^\s*\([\w-]+\)=\s*$", re.M),
    "directive option": re.compile(r"^\s*:(?:class|label|name|dropdown):", re.M),
}


def notebook(edisi: str, name: str) -> dict:
    path = FOLDER / edisi / name
    if not path.exists():
        pytest.fail(f"{path} is missing: make book and make book-guru write the learner notebooks")
    return json.loads(path.read_text(encoding="utf-8"))


def markdown(nb: dict) -> str:
    return "\n\n".join(c["source"] for c in nb["cells"] if c["cell_type"] == "markdown")


def source_markdown(path: Path) -> str:
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    return "\n\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "markdown")


def raw_myst(text: str) -> dict[str, list[str]]:
    return {kind: rx.findall(text) for kind, rx in MYST.items() if rx.findall(text)}


def test_the_myst_detector_finds_what_the_sources_hold():
    """The check below can fail: the sources themselves are full of what it looks for."""
    found = raw_myst("\n".join(source_markdown(p) for p in SUMBER))
    assert {"directive fence", "role", "substitution", "directive option"} <= set(found), found


@pytest.mark.parametrize("edisi", ["siswa", "guru"])
@pytest.mark.parametrize("src", SUMBER, ids=lambda p: p.stem)
def test_every_learner_notebook_is_plain_markdown(edisi, src):
    nb = notebook(edisi, src.name)
    text = markdown(nb)
    assert raw_myst(text) == {}, raw_myst(text)
    assert "](" in text or src.stem.startswith("9"), "no link at all: terms and references were lost"
    assert not re.search(r"\]\((?!https?://)[^)]*\.html", text), "a link to a page that is not beside the notebook"


@pytest.mark.parametrize("src", SUMBER, ids=lambda p: p.stem)
def test_a_learner_notebook_opens_with_its_title_then_one_short_collapsed_setup_cell(src):
    nb = notebook("siswa", src.name)
    cells = nb["cells"]
    assert cells[0]["cell_type"] == "markdown" and cells[0]["source"].startswith("# ")
    code = [c for c in cells if c["cell_type"] == "code"]
    setup = [c for c in code if "kursus-setup" in c["metadata"].get("tags", [])]
    assert len(setup) == 1 and code[0] is setup[0], "the setup cell must be the first code cell, once"
    cell = setup[0]
    assert cell["metadata"]["jupyter"]["source_hidden"] is True and cell["metadata"]["cellView"] == "form"
    lines = cell["source"].splitlines()
    assert len(lines) <= 8 and lines[0].startswith("#@title Sel penyiap"), lines
    assert f"@{BRANCH}" in cell["source"]
    for c in code:
        comments = [ln for ln in c["source"].splitlines() if ln.lstrip().startswith("#")]
        english = [ln for ln in comments if re.search(r"\b(the|and|read|shown|from|figures|numbers)\b", ln)]
        assert not english, f"an English comment a learner sees: {english}"
        assert "kursus.tempel(" not in c["source"], "a cell that only feeds the book's glue"
        assert not set(c["metadata"].get("tags", [])) & {"remove-cell", "remove-input", "hide-cell"}
        assert c["outputs"] == [] and c["execution_count"] is None


@pytest.mark.parametrize("src", [p for p in SUMBER if p.stem[:2].isdigit() and int(p.stem[:2]) < 90],
                         ids=lambda p: p.stem)
def test_chapters_keep_their_numbers_objectives_and_exercises(src):
    nb = notebook("siswa", src.name)
    number = [p for p in chapter_pages()].index(f"notebooks/{src.stem}.html") + 1
    assert nb["cells"][0]["source"].startswith(f"# {number}. ")
    assert "> **Tujuan pembelajaran**" in nb["cells"][0]["source"]
    exercises = len(re.findall(r"\{exercise\}", source_markdown(src)))
    shown = re.findall(r"^> \*\*Latihan (\d+)\.(\d+)\*\*", markdown(nb), re.M)
    assert [(int(a), int(b)) for a, b in shown] == [(number, i) for i in range(1, exercises + 1)]


def test_glossary_terms_link_to_the_published_glossary():
    text = markdown(notebook("siswa", "05-perbedaan.ipynb"))
    assert f"[khalayak sasaran]({SITE}book/glosarium.html#term-khalayak-sasaran)" in text
    assert f"({SITE}notebooks/03-jejaring-sosial.html)" in text


def test_definitions_and_glued_figures_are_written_out():
    ch1 = markdown(notebook("siswa", "01-pendahuluan.ipynb"))
    assert "juta" in ch1 and "%" in ch1 and re.search(r"\d", ch1)
    ch5 = markdown(notebook("siswa", "05-perbedaan.ipynb"))
    assert "“tidak sepenuhnya interaktif”" in ch5


def test_the_student_notebooks_hold_no_solution_and_the_teacher_notebooks_hold_each_closed():
    assert KEYS, "no answer key found in the sources"
    siswa = {p.name: normal(p.read_text(encoding="utf-8")) for p in (FOLDER / "siswa").glob("*.ipynb")}
    guru = " ".join(normal(p.read_text(encoding="utf-8")) for p in (FOLDER / "guru").glob("*.ipynb"))
    leaks = {k: n for n, t in siswa.items() for k, s in KEYS.items() if s in t}
    assert not leaks, leaks
    notebook_keys = {k: s for k, s in KEYS.items() if ".ipynb" in k}
    assert [k for k, s in notebook_keys.items() if s not in guru] == []
    assert all("<details>" not in t for t in siswa.values())
    for src in SUMBER:
        solutions = len(re.findall(r"\{solution\}", source_markdown(src)))
        nb = notebook("guru", src.name)
        assert markdown(nb).count("<details>\n<summary>Pembahasan Latihan") == solutions, src.name


def test_the_page_download_is_the_learner_notebook(html_dir):
    for src in SUMBER:
        download = html_dir / "_sources" / "notebooks" / src.name
        assert download.read_text(encoding="utf-8") == (FOLDER / "siswa" / src.name).read_text(encoding="utf-8")


def test_launch_buttons_open_the_learner_notebook_branch(html_dir):
    page = (html_dir / "notebooks" / "05-perbedaan.html").read_text(encoding="utf-8")
    links = re.findall(r'href="(https://(?:mybinder|colab|jupyterhub)[^"]+)"', page)
    assert len(links) == 3, links
    for link in links:
        assert BRANCH in link and "/main" not in link and "branch=main" not in link, link
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert readme.count(f"/{BRANCH}?urlpath=lab%2Ftree%2Fnotebooks") == len(SUMBER)
    assert "blob/main/notebooks" not in readme and "/main?urlpath=" not in readme


def test_the_branch_tree_holds_what_binder_colab_and_a_hub_need():
    if not (CABANG / "notebooks").is_dir():
        pytest.fail("_build/cabang-notebook is missing: make test (or make cabang-notebook) lays it out")
    names = sorted(p.name for p in (CABANG / "notebooks").glob("*.ipynb"))
    assert names == [p.name for p in SUMBER]
    for p in SUMBER:
        assert (CABANG / "notebooks" / p.name).read_bytes() == (FOLDER / "siswa" / p.name).read_bytes()
    for need in ["binder/requirements.txt", "binder/runtime.txt", "pyproject.toml", "README.md",
                 "src/kursus/__init__.py", "src/kursus/data"]:
        assert (CABANG / need).exists(), need
    assert not (CABANG / "src" / "kursus_buku").exists() and not (CABANG / "tests").exists()
    # The tree installs as Binder and Colab install it (pip reads pyproject.toml and README.md there).
    r = subprocess.run([sys.executable, "-m", "pip", "install", "--dry-run", "--no-deps", "--no-build-isolation",
                        "--quiet", "--disable-pip-version-check", str(CABANG)], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr[-2000:]
