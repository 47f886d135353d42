"""The course package works where learners meet it, installed the way they install it.

Binder installs binder/requirements.txt (the package from the repository, not editable); Colab runs the
setup cell, which installs the package from its git URL next to Colab's own packages; a school JupyterHub
pulls the repository with nbgitpuller and installs nothing. Each case gets a fresh virtual environment made
by a real interpreter, and every notebook runs there from a folder away from the checkout.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from packaging.version import Version

from pemasangan import (BRANCH_TREE, NOTEBOOKS, ROOT, Lingkungan, binder_requirements, build_wheel, copy_notebooks,
                        execute_all, interpreter, pin, repo_snapshot)

pytestmark = pytest.mark.pemasangan
PYTHONS = ["3.11.2", "3.12", "3.13"]  # Debian 12's own; Ubuntu 24.04's; Debian 13's and Colab's
RUNTIME = ["plotly", "ipywidgets", "pandas", "numpy", "pyyaml"]


@pytest.fixture(scope="module")
def snapshot(tmp_path_factory) -> Path:
    return repo_snapshot(tmp_path_factory.mktemp("repo"))


@pytest.fixture(scope="module")
def wheel(snapshot, tmp_path_factory) -> Path:
    return build_wheel(snapshot, tmp_path_factory.mktemp("dist"))


def run_all(env: Lingkungan, notebooks: list[Path]) -> None:
    assert len(notebooks) == len(NOTEBOOKS) > 0
    problems = execute_all(env, notebooks)
    assert not problems, "\n".join(problems)


@pytest.fixture(scope="module")
def runtime(tmp_path_factory) -> Lingkungan:
    """Binder's environment without the package: binder/requirements.txt's pins plus a kernel, installed once;
    each test gets a copy of its own (runtime_env), so no test sees what another installed."""
    env = Lingkungan(tmp_path_factory.mktemp("runtime") / "venv", sys._base_executable)
    # With bytecode (pip's default), written once here for all three copies rather than at import in each.
    env.pip("install", "--quiet", *binder_requirements(), pin("ipykernel"))
    return env


@pytest.fixture
def runtime_env(runtime, tmp_path) -> Lingkungan:
    return runtime.copy(tmp_path / "venv")


# --- What the wheel holds ------------------------------------------------------------------------

def test_the_wheel_ships_every_data_file(wheel):
    data = ROOT / "src" / "kursus" / "data"
    tracked = subprocess.run(["git", "-C", str(ROOT), "ls-files", "--cached", "--others", "--exclude-standard",
                              "src/kursus/data"], capture_output=True, text=True, check=True).stdout.split("\n")
    expected = {str(Path(f).relative_to("src")) for f in tracked if f and (ROOT / f).is_file()}
    assert len(expected) >= len(list(data.glob("*.yaml"))) > 0
    shipped = {n for n in zipfile.ZipFile(wheel).namelist() if n.startswith("kursus/data/")}
    assert expected - shipped == set(), f"data files missing from the wheel: {sorted(expected - shipped)}"
    assert shipped - expected == set(), f"files in the wheel that are not in src/kursus/data: {sorted(shipped - expected)}"


def test_the_wheel_ships_nothing_of_the_build_or_tests(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    tops = {n.split("/")[0] for n in names if not n.startswith("kursus-")}
    assert tops == {"kursus"}, f"the wheel ships more than the course package: {sorted(tops)}"
    assert not [n for n in names if re.search(r"sphinx|mystnb|assets/|tests?/|tools/", n)], names


def test_the_course_package_imports_nothing_from_the_build_side():
    offenders = [f"{p.relative_to(ROOT)}:{i}" for p in (ROOT / "src" / "kursus").rglob("*.py")
                 for i, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
                 if re.match(r"\s*(from|import)\s+kursus_buku\b", line)
                 or re.match(r"(from|import)\s+(sphinx|myst_nb|docutils)\b", line)]  # optional glue stays lazy
    assert not offenders, offenders


def test_requires_python_matches_the_supported_range():
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert 'requires-python = ">=3.11"' in text
    assert "3.11" in (ROOT / "binder" / "runtime.txt").read_text(encoding="utf-8")


# --- Every pin installs on every supported Python ---------------------------------------------------

@pytest.fixture(scope="module")
def resolutions(tmp_path_factory) -> dict[str, tuple[subprocess.Popen, Path]]:
    """pip's resolution of requirements.txt for each supported Python, all started at once (each waits mostly
    on reading the package index): the process and the file its messages go to; each test reads its own."""
    reqs = [ln for ln in (ROOT / "requirements.txt").read_text(encoding="utf-8").splitlines()
            if ln.strip() and not ln.startswith("#") and ln.strip() != "."]
    started = {}
    for version in PYTHONS:
        tmp = tmp_path_factory.mktemp(f"pins-{version}")
        (tmp / "req.txt").write_text("\n".join(reqs) + "\n", encoding="utf-8")
        with open(tmp / "pip.log", "w") as log:
            started[version] = (subprocess.Popen(
                [sys.executable, "-m", "pip", "install", "--dry-run", "--ignore-installed", "--quiet",
                 "--disable-pip-version-check", "--only-binary=:all:", "--python-version", version,
                 "--target", str(tmp / "none"), "-r", str(tmp / "req.txt")],
                stdout=subprocess.DEVNULL, stderr=log), tmp / "pip.log")
    yield started
    for proc, _ in started.values():
        proc.kill()
        proc.wait()


@pytest.mark.parametrize("version", PYTHONS)
def test_every_pin_resolves_on_each_supported_python(version, resolutions):
    """Binder's pins are the same pins (tests/test_publishing.py), so they resolve wherever these do."""
    proc, log = resolutions[version]
    proc.wait()
    stderr = log.read_text(encoding="utf-8", errors="replace")
    assert proc.returncode == 0, f"requirements.txt on Python {version}:\n{stderr[-3000:]}"


# --- Binder: the installed wheel, notebooks away from the checkout ----------------------------------

def test_notebooks_run_from_the_installed_wheel(wheel, runtime_env, tmp_path):
    env = runtime_env
    env.install(str(wheel))
    where = env.run("import kursus; print(kursus.__file__)")
    assert where.startswith(str(tmp_path / "venv")), where
    run_all(env, copy_notebooks(tmp_path / "belajar"))


# --- Colab-like: the setup cell installs the package from its git URL --------------------------------

def test_notebooks_run_when_the_setup_cell_installs_from_git(snapshot, runtime_env, tmp_path):
    env = runtime_env
    before = env.versions()
    assert "kursus" not in before
    run_all(env, copy_notebooks(tmp_path / "belajar", setup_url=f"file://{snapshot}"))
    after = env.versions()
    assert "kursus" in after, "the setup cell did not install the package"
    assert {k: after[k] for k in RUNTIME} == {k: before[k] for k in RUNTIME}, "the setup cell changed pins"


# --- A school JupyterHub with nbgitpuller: the pulled tree, nothing installed ------------------------

def test_notebooks_run_from_a_pulled_repository_without_installing(runtime_env, tmp_path):
    """nbgitpuller pulls the learner-notebook branch: notebooks/ with src/ beside it."""
    env = runtime_env
    assert (BRANCH_TREE / "notebooks").is_dir(), "run make cabang-notebook (make test does)"
    tree = shutil.copytree(BRANCH_TREE, tmp_path / "tarik")
    run_all(env, sorted((tree / "notebooks").glob("*.ipynb")))
    assert "kursus" not in env.versions(), "the setup cell installed the package although src/ was there"


# --- The lowest versions pyproject.toml allows, on the lowest Python ---------------------------------

def test_notebooks_run_with_the_lowest_allowed_versions(wheel, tmp_path):
    import tomllib
    deps = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    env = Lingkungan(tmp_path / "venv", interpreter("3.11"))  # Debian 12's 3.11.2 where present
    env.install(pin("ipykernel"))
    # uv's lowest-direct resolution: each of the package's own dependencies at its lowest allowed version.
    uv = Path(sys.executable).with_name("uv")
    r = subprocess.run([str(uv), "pip", "install", "--quiet", "--python", env.python, "--only-binary", ":all:",
                        "--resolution", "lowest-direct", *deps], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr[-3000:]
    env.install("--no-deps", str(wheel))
    got = env.versions()
    for dep in deps:  # the bound is honest only if that very version was installed and ran
        name, low = re.match(r"([A-Za-z0-9_.-]+)>=([0-9.]+)$", dep).groups()
        assert Version(got[name.lower()]) == Version(low), f"{name}: installed {got[name.lower()]}, bound {low}"
    run_all(env, copy_notebooks(tmp_path / "belajar"))


# --- Colab as it is: its Python and its preinstalled packages, then the setup cell -------------------

def colab_profile() -> dict[str, str]:
    lines = (Path(__file__).with_name("colab.txt")).read_text(encoding="utf-8").splitlines()
    return dict(ln.split("==") for ln in lines if "==" in ln and not ln.startswith("#"))


def test_notebooks_run_on_colab_as_it_is(snapshot, colab_dasar, tmp_path):
    """Colab's Python and packages (conftest.colab_dasar: tests/colab.txt, a kernel, and the classic Notebook the
    front-end test serves), then the setup cell installs the package from git: Colab's packages stay as they were."""
    profile = colab_profile()
    env = colab_dasar.copy(tmp_path / "venv")
    assert env.run("import platform; print(platform.python_version())").startswith(profile.pop("python"))
    before = env.versions()
    assert {k: before[k.lower()] for k in profile} == profile and "kursus" not in before
    run_all(env, copy_notebooks(tmp_path / "belajar", setup_url=f"file://{snapshot}"))
    after = env.versions()
    assert "kursus" in after
    changed = {k: (before[k.lower()], after[k.lower()]) for k in profile if before[k.lower()] != after[k.lower()]}
    assert not changed, f"installing the package replaced Colab's own packages: {changed}"


def test_a_widget_shows_itself_with_colabs_ipywidgets_7_too():
    from kursus.tampilan import Tampilan

    class Widget7:  # ipywidgets 7.x: no _repr_mimebundle_, only a model id and _ipython_display_
        model_id = "abc123"

    bundle = Tampilan(Widget7(), "<p>statis</p>")._repr_mimebundle_()
    assert bundle["application/vnd.jupyter.widget-view+json"] == {"version_major": 2, "version_minor": 0,
                                                                  "model_id": "abc123"}
    assert bundle["text/html"] == "<p>statis</p>"
