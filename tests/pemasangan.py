"""Install the course package the way learners get it, and run every notebook there.

Used by tests/test_pemasangan.py. Each environment is a fresh virtual environment made by a real Python
interpreter (Debian's own 3.11, or 3.12/3.13 where the machine has them); the notebooks run in a kernel of
that environment, driven by nbclient from the test process, so the environment holds only what a notebook
needs plus ipykernel (which Binder, Colab and every hub already have).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
from jupyter_client.kernelspec import KernelSpecManager
from jupyter_client.manager import AsyncKernelManager
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
PINS = {re.split(r"[=<>!~ ]", line, maxsplit=1)[0].lower().replace("_", "-"): line.strip()
        for line in (ROOT / "requirements.txt").read_text(encoding="utf-8").splitlines()
        if "==" in line and not line.startswith("#")}


def pin(name: str) -> str:
    """The exact requirement for `name` from requirements.txt (e.g. 'ipykernel==7.4.0')."""
    return PINS[name.lower().replace("_", "-")]


def binder_requirements() -> list[str]:
    """binder/requirements.txt without its last line `.` (the package itself, installed separately)."""
    lines = (ROOT / "binder" / "requirements.txt").read_text(encoding="utf-8").splitlines()
    return [ln.strip() for ln in lines if ln.strip() and not ln.startswith("#") and ln.strip() != "."]


def interpreter(version: str) -> str:
    """A real interpreter of `version` ('3.11', '3.13'): Debian's own first, then PATH, pyenv, or uv's.

    When the machine has none, uv installs one (as CI on GitHub does). If that fails too, the test fails
    (never skips): it would otherwise pass without testing anything.
    """
    major_minor = ".".join(version.split(".")[:2])
    candidates = [f"/usr/bin/python{major_minor}", shutil.which(f"python{major_minor}")]
    pyenv = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv")) / "versions"
    candidates += sorted((str(p / "bin" / "python3") for p in pyenv.glob(f"{major_minor}.*")), reverse=True)
    uv = str(Path(sys.executable).with_name("uv"))
    for exe in filter(None, candidates + ["uv"]):
        if exe == "uv":  # last resort: a standalone build fetched by uv (needs the internet)
            subprocess.run([uv, "python", "install", "--quiet", version], capture_output=True)
            found = subprocess.run([uv, "python", "find", version], capture_output=True, text=True)
            exe = found.stdout.strip() if found.returncode == 0 else ""
        if not exe or not Path(exe).exists():
            continue
        found = subprocess.run([exe, "-c", "import platform, venv, ensurepip; print(platform.python_version())"],
                               capture_output=True, text=True)
        if found.returncode == 0 and found.stdout.strip().startswith(version):
            return exe
    raise AssertionError(f"No Python {version} with venv on this machine (looked at {candidates} and uv); "
                         "install one (Debian: python3-venv; otherwise pyenv or `uv python install`).")


class Lingkungan:
    """A fresh virtual environment, with helpers to install into it and run notebooks in its kernel."""

    def __init__(self, path: Path, python: str | None = None):
        """A new virtual environment at `path` made by `python` (None: `path` already holds one)."""
        self.path = path
        if python is not None:
            subprocess.run([python, "-m", "venv", str(path)], check=True)
        self.python = str(path / "bin" / "python")

    def copy(self, path: Path) -> "Lingkungan":
        """An identical environment at `path`: the same interpreter and the same installed files, as if it had
        been made and installed into afresh (a virtual environment finds its packages from where its
        bin/python is, and pip writes into that copy; bin/python stays a link to the real interpreter)."""
        shutil.copytree(self.path, path, symlinks=True)
        kopi = Lingkungan(path)
        where = kopi.run("import sys; print(sys.prefix)")
        assert Path(where) == path, (where, path)
        return kopi

    def pip(self, *args: str) -> str:
        r = subprocess.run([self.python, "-m", "pip", "--disable-pip-version-check", *args],
                           capture_output=True, text=True)
        assert r.returncode == 0, f"pip {' '.join(args)} failed:\n{r.stdout[-3000:]}\n{r.stderr[-3000:]}"
        return r.stdout

    def install(self, *args: str) -> str:
        """pip install into this environment. --no-compile: pip does not turn every module of every package
        into bytecode beforehand (most of an install's time, for plotly's thousands of files); Python does it
        for the modules a notebook imports, when it first imports them. What is installed is the same.
        (An environment that is copied several times is better compiled once: see test_pemasangan.runtime.)"""
        return self.pip("install", "--quiet", "--no-compile", *args)

    def versions(self) -> dict[str, str]:
        out = self.pip("list", "--format=json")
        return {p["name"].lower().replace("_", "-"): p["version"] for p in json.loads(out)}

    def run(self, code: str) -> str:
        r = subprocess.run([self.python, "-c", code], capture_output=True, text=True)
        assert r.returncode == 0, r.stderr[-3000:]
        return r.stdout.strip()

    def kernel(self) -> AsyncKernelManager:
        specs = self.path / "kernels"
        spec = specs / "kursus-uji"
        spec.mkdir(parents=True, exist_ok=True)
        (spec / "kernel.json").write_text(json.dumps({
            "argv": [self.python, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
            "display_name": "kursus-uji", "language": "python"}), encoding="utf-8")
        return AsyncKernelManager(kernel_name="kursus-uji",
                                  kernel_spec_manager=KernelSpecManager(kernel_dirs=[str(specs)]))


# Two kernels at a time: the machine has two cores, and a notebook's run is mostly a kernel starting and
# importing pandas and plotly.
KERNELS = 2


def execute_all(env: Lingkungan, paths: list[Path]) -> list[str]:
    """Run every notebook in a kernel of its own in `env`; return the problems found, in notebook order.

    The first notebook runs alone, as a learner opens it first: its setup cell is the one that installs the
    package where that is needed (Colab), and every later notebook finds it installed. The others then run
    KERNELS at a time (they share no files: each reads only the package and its data)."""
    async def run_all() -> list[list[str]]:
        slots = asyncio.Semaphore(KERNELS)

        async def one(path: Path) -> list[str]:
            async with slots:
                return await execute(env, path)
        first = [await one(paths[0])] if paths else []
        return first + list(await asyncio.gather(*(one(p) for p in paths[1:])))
    # In a thread of its own: a test process that has Playwright's browser open has an event loop running
    # in the main thread, where asyncio.run refuses to start another.
    with concurrent.futures.ThreadPoolExecutor(1) as thread:
        results = thread.submit(asyncio.run, run_all()).result()
    return [p for problems in results for p in problems]


async def execute(env: Lingkungan, path: Path) -> list[str]:
    """Run one notebook in a new kernel of `env` from the notebook's own folder; return the problems found
    (empty: it ran clean). The kernel is shut down afterwards."""
    nb = nbformat.read(path, as_version=4)
    km = env.kernel()
    try:
        await NotebookClient(nb, km=km, timeout=300,
                             resources={"metadata": {"path": str(path.parent)}}).async_execute()
    except Exception as exc:  # nbclient raises CellExecutionError with the learner-visible traceback
        return [f"{path.name}: {str(exc)[-1500:]}"]
    finally:
        if km.has_kernel:
            await km.shutdown_kernel(now=True)
    problems = []
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            if out["output_type"] == "error":
                problems.append(f"{path.name}: {out.get('ename')}: {out.get('evalue')}")
            elif out.get("name") == "stderr" and out.get("text", "").strip():
                problems.append(f"{path.name}: stderr: {out['text'][:500]}")
    return problems


LEARNER = ROOT / "_build" / "notebooks" / "siswa"  # the learner notebooks every launcher opens (make book)
BRANCH_TREE = ROOT / "_build" / "cabang-notebook"     # their branch's tree (make cabang-notebook)


def learner_notebooks() -> list[Path]:
    found = sorted(LEARNER.glob("*.ipynb"))
    assert [p.name for p in found] == [p.name for p in NOTEBOOKS], "run make book: learner notebooks are missing"
    return found


def copy_notebooks(dest: Path, setup_url: str | None = None) -> list[Path]:
    """Copy the learner notebooks into `dest` (a folder with no src/ beside it).

    With `setup_url`, the setup cell installs `kursus` from that git URL (its branch `main`) instead of the
    public repository's learner-notebook branch, exactly as it would on Colab (the cell is otherwise unchanged).
    """
    import yaml

    cfg = yaml.safe_load((ROOT / "_config.yml").read_text(encoding="utf-8"))
    public = f"git+{cfg['repository']['url'].rstrip('/')}@{cfg['sphinx']['config']['kursus_cabang_notebook']}"
    dest.mkdir(parents=True, exist_ok=True)
    copies = []
    for src in learner_notebooks():
        nb = json.loads(src.read_text(encoding="utf-8"))
        [setup] = [c for c in nb["cells"] if "kursus-setup" in c["metadata"].get("tags", [])]
        assert public in setup["source"], f"{src.name}: the setup cell does not install from {public}"
        if setup_url:
            setup["source"] = setup["source"].replace(public, f"git+{setup_url}@main")
        out = dest / src.name
        out.write_text(json.dumps(nb, ensure_ascii=False), encoding="utf-8")
        copies.append(out)
    return copies


def repo_snapshot(dest: Path) -> Path:
    """The working tree's tracked files (as they are now, uncommitted edits included) as a fresh git repo."""
    files = subprocess.run(["git", "-C", str(ROOT), "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                           capture_output=True, check=True).stdout.decode().split("\0")
    for name in filter(None, files):
        src = ROOT / name
        if src.is_file():
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dest / name)
    git = ["git", "-C", str(dest), "-c", "user.name=uji", "-c", "user.email=uji@localhost"]
    subprocess.run([*git, "init", "-q", "-b", "main"], check=True)
    subprocess.run([*git, "add", "-A"], check=True)
    subprocess.run([*git, "commit", "-q", "-m", "snapshot"], check=True)
    return dest


def build_wheel(tree: Path, dest: Path) -> Path:
    """Build the `kursus` wheel from a copy of the tree as standard build front ends do: an sdist first, then
    the wheel from it (`uv build`, like `python -m build`). Building in place would pick up files the sdist
    leaves out, and hide a missing package-data pattern."""
    uv = Path(sys.executable).with_name("uv")
    r = subprocess.run([str(uv), "build", "--quiet", "--out-dir", str(dest), str(tree)], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr[-3000:]
    [wheel] = dest.glob("kursus-*.whl")
    return wheel


sys.path.insert(0, str(ROOT / "tools"))
