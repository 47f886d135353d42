"""Learner notebooks as learners see them: the branch tree every launcher opens (make cabang-notebook), served by a
real JupyterLab 4 and Notebook 7 on 127.0.0.1, opened in Chromium, every cell run. The rendered page must show
a lesson: no error output, no "Error displaying widget", every chart drawn, every widget control answering, and
no raw MyST in any rendered Markdown cell.

The kernel is the build environment's, whose notebook packages are Binder's pins (tests/test_publishing.py checks
binder/requirements.txt against requirements.txt); tests/test_pemasangan.py runs the same notebooks in Binder's,
Colab's and a hub's own environments. JupyterLab draws only the cells near the viewport by default, so the
settings given to the server turn windowing off: every cell is rendered and read.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from conftest import ROOT
from test_notebook_siswa import CABANG, MYST

pytestmark = pytest.mark.browser
NOTEBOOKS = sorted(p.name for p in (ROOT / "notebooks").glob("*.ipynb"))
FRONT_ENDS = {"jupyterlab": "lab/tree/notebooks/{nb}?reset", "notebook7": "notebooks/notebooks/{nb}"}
SETTINGS = {  # user settings of the server (JUPYTERLAB_SETTINGS_DIR): every cell drawn, no news pop-up
    "@jupyterlab/notebook-extension/tracker": {"windowingMode": "none"},
    "@jupyterlab/apputils-extension/notification": {"fetchNews": "false", "checkForUpdates": False},
}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def jupyter(tmp_path_factory):
    """A JupyterLab server (Notebook 7 too) on a copy of the branch tree: autosave never touches _build."""
    if not (CABANG / "notebooks").is_dir():
        pytest.fail("_build/cabang-notebook is missing: make test (or make cabang-notebook) lays it out")
    tmp = tmp_path_factory.mktemp("jupyter")
    tree = tmp / "tree"
    shutil.copytree(CABANG, tree)
    settings = tmp / "settings"
    for name, values in SETTINGS.items():
        path = settings / f"{name}.jupyterlab-settings"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(values), encoding="utf-8")
    port = free_port()
    env = {**os.environ, "JUPYTERLAB_SETTINGS_DIR": str(settings), "JUPYTER_CONFIG_DIR": str(tmp / "config"),
           "JUPYTER_RUNTIME_DIR": str(tmp / "runtime")}
    log = open(ROOT / "_build" / "jupyterlab-test.log", "w")
    proc = subprocess.Popen(
        [sys.executable, "-m", "jupyterlab", "--no-browser", f"--port={port}", "--ServerApp.ip=127.0.0.1",
         "--IdentityProvider.token=", "--ServerApp.password=", "--allow-root", "--ServerApp.open_browser=False",
         "--LabApp.expose_app_in_browser=True", "--JupyterNotebookApp.expose_app_in_browser=True",
         f"--ServerApp.root_dir={tree}"],
        cwd=tree, stdout=log, stderr=subprocess.STDOUT, env=env)
    base = f"http://127.0.0.1:{port}"
    deadline = time.time() + 90
    while time.time() < deadline:
        try:
            urllib.request.urlopen(f"{base}/api/status", timeout=2).read()
            break
        except OSError:
            time.sleep(0.5)
    else:
        proc.kill()
        pytest.fail("JupyterLab did not start; see _build/jupyterlab-test.log")
    yield base
    proc.terminate()
    proc.wait(timeout=30)
    log.close()


NOTEBOOK_JS = "window.jupyterapp.shell.currentWidget"
KERNEL_IDLE = f"""() => {{ const w = window.jupyterapp && {NOTEBOOK_JS}; const k = w && w.sessionContext && w.sessionContext.session
    && w.sessionContext.session.kernel; return !!k && k.status === 'idle'; }}"""
ALL_RAN = f"""() => {{ const cells = {NOTEBOOK_JS}.content.widgets.filter(c => c.model.type === 'code');
    return cells.length > 0 && cells.every(c => c.model.executionCount !== null); }}"""
PROBLEMS = f"""() => {NOTEBOOK_JS}.content.widgets.filter(c => c.model.type === 'code').flatMap(c =>
    c.model.toJSON().outputs.filter(o => o.output_type === 'error' || (o.output_type === 'stream' && o.name === 'stderr'))
    .map(o => o.ename ? o.ename + ': ' + o.evalue : String(o.text).slice(0, 300)))"""
# A control's visible state together with the text of its cell's output: what "it answered" is measured by.
STATE = """el => { const area = el.closest('.jp-OutputArea'); return [area ? area.innerText : '', el.value,
    el.checked, el.getAttribute('aria-valuenow'), el.className].join('|'); }"""
CONTROLS = ("select, button:not([disabled]), input[type=radio]:not(:checked):not([disabled]), "
            "input[type=checkbox]:not([disabled]), .noUi-handle")


def charts_on_the_page(html_dir: Path, notebook: str) -> int:
    page = html_dir / "notebooks" / notebook.replace(".ipynb", ".html")
    return page.read_text(encoding="utf-8").count('<figure class="kursus-grafik"')


def interact(page, control) -> None:
    tag = control.evaluate("el => el.tagName.toLowerCase() + ':' + (el.type || '')")
    if tag.startswith("select"):
        n = control.evaluate("el => el.options.length")
        control.select_option(index=(control.evaluate("el => el.selectedIndex") + 1) % n)
    elif "noUi-handle" in (control.get_attribute("class") or ""):
        control.focus()
        page.keyboard.press("ArrowRight")
    else:
        control.click()


@pytest.mark.parametrize("front_end", list(FRONT_ENDS))
@pytest.mark.parametrize("notebook", NOTEBOOKS)
def test_a_learner_notebook_runs_and_reads_as_a_lesson(offline, jupyter, html_dir, front_end, notebook):
    o = offline(viewport={"width": 1280, "height": 900})
    page = o.page
    page.goto(f"{jupyter}/{FRONT_ENDS[front_end].format(nb=notebook)}", timeout=120000)
    page.wait_for_function(KERNEL_IDLE, timeout=120000)
    page.evaluate("() => window.jupyterapp.commands.execute('notebook:run-all-cells')")
    try:
        page.wait_for_function(ALL_RAN, timeout=240000)
        page.wait_for_function(KERNEL_IDLE, timeout=240000)
        page.wait_for_function(f"() => document.querySelectorAll('.js-plotly-plot .main-svg').length >= "
                               f"{charts_on_the_page(html_dir, notebook)}", timeout=60000)
    finally:
        problems = page.evaluate(PROBLEMS)
    assert problems == [], problems
    assert "Error displaying widget" not in page.inner_text("body")

    # The rendered Markdown: every Markdown cell drawn, none showing MyST.
    cells = json.loads((CABANG / "notebooks" / notebook).read_text(encoding="utf-8"))["cells"]
    rendered = page.locator(".jp-MarkdownCell .jp-RenderedMarkdown").all_inner_texts()
    assert len(rendered) == sum(c["cell_type"] == "markdown" for c in cells)
    text = "\n".join(rendered)
    assert rendered[0].strip().split("\n")[0] == cells[0]["source"].splitlines()[0].lstrip("# ").strip()
    raw = {kind: rx.findall(text) for kind, rx in MYST.items() if rx.findall(text)}
    assert raw == {}, raw

    # Every widget control answers: its cell's output, or the control itself, changes.
    controls = page.locator(f".jp-OutputArea .jupyter-widgets :is({CONTROLS})")
    seen = 0
    for i in range(controls.count()):
        control = controls.nth(i)
        if not control.is_visible() or not control.is_enabled():
            continue
        before = control.evaluate(STATE)
        interact(page, control)
        handle = control.element_handle()
        page.wait_for_function(f"([el, before]) => ({STATE})(el) !== before", arg=[handle, before], timeout=15000)
        seen += 1
    assert seen > 0, "no widget control found: every chapter has at least its quiz"
    page.wait_for_function(KERNEL_IDLE, timeout=60000)
    assert page.evaluate(PROBLEMS) == []
    assert "Error displaying widget" not in page.inner_text("body")
    page.evaluate(f"async () => {{ await {NOTEBOOK_JS}.sessionContext.shutdown(); }}")  # one kernel at a time
