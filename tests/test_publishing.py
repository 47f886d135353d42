"""Publishing and project hygiene: CI workflow, Binder configuration, licences, citation, README links."""

import re
import subprocess
import sys

import yaml

from conftest import ROOT


def pins(path):
    """name -> version of every `name==version` line of a requirements file (names normalised)."""
    found = {}
    for line in (ROOT / path).read_text(encoding="utf-8").splitlines():
        m = re.match(r"^([A-Za-z0-9_.-]+)==([^\s#;]+)", line.strip())
        if m:
            found[m.group(1).lower().replace("_", "-")] = m.group(2)
    return found


def config():
    return yaml.safe_load((ROOT / "_config.yml").read_text(encoding="utf-8"))


def test_binder_installs_what_the_notebooks_need_at_the_books_versions():
    binder, book = pins("binder/requirements.txt"), pins("requirements.txt")
    for name in ("plotly", "ipywidgets", "pandas", "pyyaml"):
        assert name in binder, f"binder/requirements.txt lacks {name}"
    mismatched = {n: (v, book.get(n)) for n, v in binder.items() if book.get(n) != v}
    assert not mismatched, f"binder pins differ from requirements.txt: {mismatched}"
    build_tools = {"jupyter-book", "sphinx", "pytest", "playwright", "voila"} & set(binder)
    assert not build_tools, f"Binder does not need the book's build tools: {build_tools}"
    lines = [ln.strip() for ln in (ROOT / "binder/requirements.txt").read_text().splitlines()]
    assert "." in lines or "-e ." in lines, "Binder must install the kursus package from the repository"
    assert (ROOT / "binder/runtime.txt").read_text().strip() == "python-3.11"


def test_workflow_builds_tests_caches_and_deploys():
    wf = yaml.safe_load((ROOT / ".github/workflows/book.yml").read_text(encoding="utf-8"))
    build = wf["jobs"]["build"]["steps"]
    runs = " ".join(s.get("run", "") for s in build)
    assert "make test" in runs
    caches = [s["with"]["path"] for s in build if s.get("uses", "").startswith("actions/cache@")]
    assert config()["execute"]["cache"] in caches, "the notebook execution cache is not kept between runs"
    uploads = [s for s in build if s.get("uses", "").startswith("actions/upload-pages-artifact@")]
    assert uploads and uploads[0]["with"]["path"] == "_build/html"
    tree = [s for s in build if s.get("uses", "").startswith("actions/upload-artifact@")]
    assert tree and tree[0]["with"]["path"] == "_build/cabang-notebook"
    push = " ".join(s.get("run", "") for s in wf["jobs"]["notebooks"]["steps"])
    assert "kursus_cabang_notebook" in push and 'HEAD:refs/heads/$branch' in push
    assert wf["jobs"]["notebooks"]["permissions"] == {"contents": "write"}
    deploy = wf["jobs"]["deploy"]
    assert any(s.get("uses", "").startswith("actions/deploy-pages@") for s in deploy["steps"])
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}


def test_workflow_names_no_repository_so_a_fork_publishes_as_it_is():
    text = (ROOT / ".github/workflows/book.yml").read_text(encoding="utf-8")
    owner_repo = config()["repository"]["url"].rstrip("/").split("github.com/")[-1]
    assert owner_repo not in text and owner_repo.split("/")[0] not in text


def test_readme_has_binder_badge_and_launch_links_for_this_repository():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    owner_repo = config()["repository"]["url"].rstrip("/").split("github.com/")[-1]
    branch = config()["sphinx"]["config"]["kursus_cabang_notebook"]  # the learner notebooks' branch
    assert f"https://mybinder.org/v2/gh/{owner_repo}/{branch}?urlpath=lab/tree/notebooks" in readme
    assert "https://mybinder.org/badge_logo.svg" in readme
    for notebook in sorted((ROOT / "notebooks").glob("*.ipynb")):
        assert f"notebooks/{notebook.name}" in readme, f"README has no launch link for {notebook.name}"
    check = subprocess.run([sys.executable, str(ROOT / "tools" / "tautan_sekolah.py"), "--check"],
                           capture_output=True, text=True)
    assert check.returncode == 0, check.stdout


def test_licences_citation_contributing_and_changelog_are_present():
    assert "MIT License" in (ROOT / "LICENSE").read_text(encoding="utf-8")
    content = (ROOT / "LICENSE-CONTENT.md").read_text(encoding="utf-8")
    assert "CC BY 4.0" in content and "creativecommons.org/licenses/by/4.0" in content
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "LICENSE" in readme and "LICENSE-CONTENT.md" in readme
    cff = yaml.safe_load((ROOT / "CITATION.cff").read_text(encoding="utf-8"))
    assert cff["cff-version"] == "1.2.0" and cff["title"] == config()["title"]
    assert cff["repository-code"] == config()["repository"]["url"]
    contributing = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    for must in ("_toc.yml", "src/kursus/data/", "tools/setup_cell.py", "make test"):
        assert must in contributing, f"CONTRIBUTING.md does not mention {must}"
    assert (ROOT / "CHANGELOG.md").read_text(encoding="utf-8").startswith("# ")


def test_workflow_runs_the_tests_on_each_supported_python_from_a_newcomers_install():
    wf = yaml.safe_load((ROOT / ".github/workflows/book.yml").read_text(encoding="utf-8"))
    job = wf["jobs"]["build"]
    names = " ".join(m["name"] for m in job["strategy"]["matrix"]["include"])
    for version in ("3.11.2", "3.12", "3.13"):
        assert version in names, f"the CI matrix has no Python {version}"
    assert job["container"]["image"] == "${{ matrix.image }}"
    assert "git make python3-venv" in job["steps"][0]["run"], "a CI job must start from what a newcomer installs"
    assert "make test PYTHON=${{ matrix.python }}" in " ".join(s.get("run", "") for s in job["steps"])
