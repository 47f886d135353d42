"""Learner notebooks as learners see them: the branch tree every launcher opens (make cabang-notebook), served by a
real JupyterLab 4 and Notebook 7 on 127.0.0.1, opened in Chromium, every cell run. The rendered page must show
a lesson: no error output, no widget that failed to show, every chart drawn, every widget control answering, and
no raw MyST in any rendered Markdown cell.

Colab's own front end cannot be had offline. The closest is a kernel with Colab's versions (tests/colab.txt:
Python 3.13, ipywidgets 7.7.1, plotly 5.24.1, pandas, numpy) behind the classic Notebook front end (nbclassic), whose
widget manager (widgetsnbextension 3.6) is the 7.x series Colab serves (JupyterLab 4's 8.x manager cannot show
7.7.1's widgets, and JupyterLab 3 has no build for Python 3.13). Not emulated: Colab's Markdown renderer, and its
charts, which Colab draws with plotly.js from its own CDN (kursus hands figures to Colab's renderer there).

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
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from conftest import CLASSIC_NOTEBOOK, ROOT, log_path
from test_notebook_siswa import CABANG, MYST

pytestmark = pytest.mark.browser
NOTEBOOKS = sorted(p.name for p in (ROOT / "notebooks").glob("*.ipynb"))
SETTINGS = {  # user settings of the server (JUPYTERLAB_SETTINGS_DIR): every cell drawn, no news pop-up
    "@jupyterlab/notebook-extension/tracker": {"windowingMode": "none"},
    "@jupyterlab/apputils-extension/notification": {"fetchNews": "false", "checkForUpdates": False},
}
SAMPLE = ROOT / "src" / "kursus" / "data" / "contoh_survei"
WIDGET_FAILED = ("Error displaying widget", "Click to show javascript error", "Failed to display Jupyter Widget")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(argv: list[str], tree: Path, env: dict, log_name: str):
    port = free_port()
    log = open(log_path(log_name), "w")
    proc = subprocess.Popen([*argv, "--no-browser", f"--port={port}", "--ServerApp.ip=127.0.0.1",
                             "--IdentityProvider.token=", "--ServerApp.password=", "--allow-root",
                             f"--ServerApp.root_dir={tree}"],
                            cwd=tree, stdout=log, stderr=subprocess.STDOUT, env=env)
    base = f"http://127.0.0.1:{port}"
    deadline = time.time() + 90
    while time.time() < deadline:
        try:
            urllib.request.urlopen(f"{base}/api/status", timeout=2).read()
            return proc, log, base
        except OSError:
            time.sleep(0.5)
    proc.kill()
    pytest.fail(f"the notebook server did not start; see {log_path(log_name)}")


def stop(proc, log):
    proc.terminate()
    proc.wait(timeout=30)
    log.close()


@pytest.fixture(scope="module")
def tree(tmp_path_factory) -> Path:
    """A copy of the branch tree: autosave never touches _build."""
    if not (CABANG / "notebooks").is_dir():
        pytest.fail("_build/cabang-notebook is missing: make test (or make cabang-notebook) lays it out")
    return Path(shutil.copytree(CABANG, tmp_path_factory.mktemp("jupyter") / "tree"))


@pytest.fixture(scope="module")
def jupyter(tree, tmp_path_factory):
    """JupyterLab 4 (Notebook 7 too), from the build environment."""
    tmp = tmp_path_factory.mktemp("lab")
    for name, values in SETTINGS.items():
        path = tmp / "settings" / f"{name}.jupyterlab-settings"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(values), encoding="utf-8")
    env = {**os.environ, "JUPYTERLAB_SETTINGS_DIR": str(tmp / "settings"), "JUPYTER_CONFIG_DIR": str(tmp / "config"),
           "JUPYTER_RUNTIME_DIR": str(tmp / "runtime")}
    proc, log, base = start([sys.executable, "-m", "jupyterlab", "--LabApp.expose_app_in_browser=True",
                             "--JupyterNotebookApp.expose_app_in_browser=True"], tree, env, "jupyterlab-test.log")
    yield base
    stop(proc, log)


@pytest.fixture(scope="module")
def colab(colab_dasar, tmp_path_factory):
    """Colab's versions (tests/colab.txt) and the classic Notebook front end with the 7.x widget manager, in a copy
    of conftest.colab_dasar without `kursus`: the setup cell finds it in src/ beside the notebooks (Colab's own
    install from git is run by tests/test_pemasangan.py)."""
    from test_pemasangan import colab_profile

    profile = colab_profile()
    profile.pop("python")
    tmp = tmp_path_factory.mktemp("colab")
    env = colab_dasar.copy(tmp / "venv")
    got = env.versions()
    assert {k: got[k.lower()] for k in profile} == profile and "kursus" not in got
    assert got["notebook"] == CLASSIC_NOTEBOOK
    server_env = {**os.environ, "JUPYTER_CONFIG_DIR": str(tmp / "config"), "JUPYTER_RUNTIME_DIR": str(tmp / "runtime"),
                  "JUPYTER_DATA_DIR": str(tmp / "data")}
    tree = Path(shutil.copytree(CABANG, tmp / "tree"))  # a tree of its own: the other server autosaves its copy
    proc, log, base = start([env.python, "-m", "nbclassic"], tree, server_env, "colab-notebook-test.log")
    yield base
    stop(proc, log)


class Lab:
    """JupyterLab 4 and Notebook 7: the application object the server exposes."""

    url = "lab/tree/notebooks/{nb}?reset"
    app = "window.jupyterapp.shell.currentWidget"
    idle = f"""() => {{ const w = window.jupyterapp && {app}; const k = w && w.sessionContext
        && w.sessionContext.session && w.sessionContext.session.kernel; return !!k && k.status === 'idle'; }}"""
    run_all = "() => window.jupyterapp.commands.execute('notebook:run-all-cells')"
    all_ran = f"""() => {{ const cells = {app}.content.widgets.filter(c => c.model.type === 'code');
        return cells.length > 0 && cells.every(c => c.model.executionCount !== null); }}"""
    problems = f"""() => {app}.content.widgets.filter(c => c.model.type === 'code').flatMap(c =>
        c.model.toJSON().outputs.filter(o => o.output_type === 'error' || (o.output_type === 'stream'
        && o.name === 'stderr')).map(o => o.ename ? o.ename + ': ' + o.evalue : String(o.text).slice(0, 300)))"""
    markdown = ".jp-MarkdownCell .jp-RenderedMarkdown"
    area = ".jp-OutputArea"
    slider = ".noUi-handle"
    charts = True
    settle_ms = 0
    shut_down = f"async () => {{ await {app}.sessionContext.shutdown(); }}"


class Notebook7(Lab):
    url = "notebooks/notebooks/{nb}"


class Classic:
    """The classic Notebook 6.5 (nbclassic), as the stand-in for Colab's front end."""

    url = "notebooks/notebooks/{nb}"
    idle = ("() => !!(window.Jupyter && Jupyter.notebook && Jupyter.notebook.kernel && "
            "Jupyter.notebook.kernel.is_connected() && !Jupyter.notebook.kernel_busy)")
    run_all = "() => Jupyter.notebook.execute_all_cells()"
    all_ran = """() => { const cells = Jupyter.notebook.get_cells().filter(c => c.cell_type === 'code');
        return cells.length > 0 && cells.every(c => typeof c.input_prompt_number === 'number'); }"""
    problems = """() => Jupyter.notebook.get_cells().filter(c => c.cell_type === 'code').flatMap(c =>
        c.output_area.outputs.filter(o => o.output_type === 'error' || (o.output_type === 'stream'
        && o.name === 'stderr')).map(o => o.ename ? o.ename + ': ' + o.evalue : String(o.text).slice(0, 300)))"""
    markdown = ".text_cell.rendered .text_cell_render"
    area = ".output_area"
    slider = ".ui-slider-handle"
    # ipywidgets 7's manager registers itself a moment after the kernel is ready; a widget displayed before then is
    # drawn as its text only (a learner who presses Run All at once sees that too; on Colab the manager is built in).
    settle_ms = 3000
    charts = False  # Colab draws charts with its own renderer and a CDN's plotly.js: not to be had offline
    shut_down = "() => Jupyter.notebook.kernel.kill()"


FRONT_ENDS = {"jupyterlab": Lab, "notebook7": Notebook7, "colab-versions": Classic}
# A control's visible state together with the text of its cell's output: what "it answered" is measured by.
STATE = """([el, area]) => { const out = el.closest(area); return [out ? out.innerText : '', el.value, el.checked,
    el.getAttribute('aria-valuenow'), el.style.left, el.className].join('|'); }"""


def controls_selector(fe) -> str:
    """The controls a learner uses (a toggle already on, or the upload button, is not one to press: the upload
    is given files instead; a chart's own tool bar, inside a widget's output, belongs to Plotly)."""
    return (f"{fe.area} .jupyter-widgets :is(select, button:not([disabled]):not(.mod-active):not(.widget-upload), "
            f"input[type=radio]:not(:checked):not([disabled]), input[type=checkbox]:not([disabled]), {fe.slider})"
            ":not(.js-plotly-plot *)")


def charts_on_the_page(html_dir: Path, notebook: str) -> int:
    page = html_dir / "notebooks" / notebook.replace(".ipynb", ".html")
    return page.read_text(encoding="utf-8").count('<figure class="kursus-grafik"')


def interact(page, control, fe) -> None:
    control.scroll_into_view_if_needed()
    tag = control.evaluate("el => el.tagName.toLowerCase()")
    if tag == "select":
        n = control.evaluate("el => el.options.length")
        control.select_option(index=(control.evaluate("el => el.selectedIndex") + 1) % n)
    elif fe.slider.strip(".") in (control.get_attribute("class") or ""):  # dragged, as a learner's finger does
        box = control.bounding_box()
        at_end = control.get_attribute("aria-valuenow") is not None and \
            control.get_attribute("aria-valuenow") == control.get_attribute("aria-valuemax")
        step = -60 if at_end else 60  # a handle already at its end moves the other way
        page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        page.mouse.down()
        page.mouse.move(box["x"] + box["width"] / 2 + step, box["y"] + box["height"] / 2, steps=5)
        page.mouse.up()
    else:
        control.click()


@pytest.mark.parametrize("front_end", list(FRONT_ENDS))
@pytest.mark.parametrize("notebook", NOTEBOOKS)
def test_a_learner_notebook_runs_and_reads_as_a_lesson(request, offline, html_dir, front_end, notebook):
    fe = FRONT_ENDS[front_end]
    base = request.getfixturevalue("colab" if fe is Classic else "jupyter")
    o = offline(viewport={"width": 1280, "height": 900})
    try:
        run_and_read(o.page, fe, base, html_dir, notebook)
    except BaseException:  # what the learner would have seen, kept to look at
        o.page.screenshot(path=str(ROOT / "_build" / f"jupyter-{front_end}-{notebook}.png"))
        raise


def no_failed_widget(page) -> None:
    body = page.inner_text("body")
    assert not [m for m in WIDGET_FAILED if m in body]


def run_and_read(page, fe, base, html_dir, notebook):
    page.goto(f"{base}/{fe.url.format(nb=notebook)}", timeout=120000)
    page.wait_for_function(fe.idle, timeout=120000)
    page.wait_for_timeout(fe.settle_ms)
    page.evaluate(fe.run_all)
    try:
        page.wait_for_function(fe.all_ran, timeout=240000)
        page.wait_for_function(fe.idle, timeout=240000)
        if fe.charts:
            page.wait_for_function(f"() => document.querySelectorAll('.js-plotly-plot .main-svg').length >= "
                                   f"{charts_on_the_page(html_dir, notebook)}", timeout=60000)
    finally:
        problems = page.evaluate(fe.problems)
    assert problems == [], problems
    no_failed_widget(page)
    # Every chart is followed by its caption (source and date) and data table, which the front end's Plotly
    # renderer does not draw (kursus.tampilan.Grafik).
    captions = page.locator(f"{fe.area} .kursus-keterangan-live").count()
    assert captions >= charts_on_the_page(html_dir, notebook), (captions, charts_on_the_page(html_dir, notebook))

    # The rendered Markdown: every Markdown cell drawn, none showing MyST.
    cells = json.loads((CABANG / "notebooks" / notebook).read_text(encoding="utf-8"))["cells"]
    rendered = page.locator(fe.markdown).all_inner_texts()
    assert len(rendered) == sum(c["cell_type"] == "markdown" for c in cells)
    assert rendered[0].strip().split("\n")[0] == cells[0]["source"].splitlines()[0].lstrip("# ").strip()
    text = "\n".join(rendered)
    raw = {kind: rx.findall(text) for kind, rx in MYST.items() if rx.findall(text)}
    assert raw == {}, raw

    # Every widget control answers: its cell's output, or the control itself, changes. (Widgets are drawn after
    # their cell's output arrives; every notebook has some.)
    page.wait_for_selector(f"{fe.area} .jupyter-widgets", state="attached", timeout=60000)
    page.wait_for_timeout(500)
    controls = page.locator(controls_selector(fe))
    seen = 0
    for i in range(controls.count()):
        control = controls.nth(i)
        if not control.is_visible() or not control.is_enabled():
            continue
        handle = control.element_handle()
        before = page.evaluate(f"({STATE})", [handle, fe.area])
        interact(page, control, fe)
        try:
            page.wait_for_function(f"([el, area, before]) => ({STATE})([el, area]) !== before",
                                   arg=[handle, fe.area, before], timeout=15000)
        except PlaywrightTimeout:
            pytest.fail(f"a control did not answer: {control.evaluate('el => el.outerHTML')[:300]}")
        seen += 1
    # An upload (the class-results notebook) is given sample students' files and must show their results.
    for upload in page.locator(f"{fe.area} .widget-upload").all():
        area = upload.locator(f"xpath=ancestor::div[contains(concat(' ', @class, ' '), ' {fe.area[1:]} ')][1]")
        before = area.inner_text()
        with page.expect_file_chooser() as chooser:
            upload.click()
        chooser.value.set_files(sorted(SAMPLE.glob("survei-*.csv"))[:3])
        page.wait_for_function("([el, before]) => el.innerText !== before", arg=[area.element_handle(), before],
                               timeout=30000)
        seen += 1
    assert seen > 0, "no widget control found: every chapter has at least its quiz"
    page.wait_for_function(fe.idle, timeout=60000)
    assert page.evaluate(fe.problems) == []
    no_failed_widget(page)
    page.evaluate(fe.shut_down)  # one kernel at a time
