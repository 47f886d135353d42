"""Shared fixtures: the repository root, the built book, a local server and a network-less browser."""

from __future__ import annotations

import concurrent.futures
import fcntl
import functools
import http.server
import os
import shutil
import subprocess
import sys
import threading
import zipfile
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
HTML = ROOT / "_build" / "html"
GURU = ROOT / "_build" / "guru" / "html"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]


# The part of _toc.yml that only the teacher edition has (kursus_buku.edisi.BAGIAN_GURU).
BAGIAN_GURU = "Untuk guru"


def toc_pages(edisi: str = "siswa") -> list[str]:
    """Every page in _toc.yml of an edition ("siswa": the default build, _build/html; "guru": the teacher
    edition, which also has the part captioned "Untuk guru"), as its path in the built book
    (e.g. notebooks/05-perbedaan.html)."""
    toc = yaml.safe_load((ROOT / "_toc.yml").read_text(encoding="utf-8"))
    pages = [toc["root"]]
    for part in toc.get("parts", []):
        if part.get("caption") == BAGIAN_GURU and edisi != "guru":
            continue
        for ch in part.get("chapters", []):
            pages.append(ch["file"])
            pages += [s["file"] for s in ch.get("sections", [])]
    return [p + ".html" for p in pages]


def teacher_pages() -> list[str]:
    """The pages only the teacher edition has."""
    return [p for p in toc_pages("guru") if p not in toc_pages("siswa")]


def chapter_pages() -> list[str]:
    """The learner's chapters: the pages of the table of contents part captioned "Bab"."""
    toc = yaml.safe_load((ROOT / "_toc.yml").read_text(encoding="utf-8"))
    [bab] = [p for p in toc["parts"] if p.get("caption") == "Bab"]
    return [c["file"] + ".html" for c in bab["chapters"]]


@pytest.fixture(scope="session")
def html_dir() -> Path:
    if not (HTML / "index.html").exists():
        pytest.fail("The built book is missing: run `make book` first (make test does it).")
    return HTML


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def serve(directory: Path):
    handler = functools.partial(_QuietHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


@pytest.fixture(scope="session")
def book_url(html_dir):
    server = serve(html_dir)
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()


class Offline:
    """A page whose requests to any host but 127.0.0.1 are blocked and recorded, with its errors."""

    def __init__(self, browser, **context_args):
        self.context = browser.new_context(**context_args)
        self.blocked: list[str] = []
        self.errors: list[str] = []
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(f"console: {m.text}"))
        self.page.on("pageerror", lambda e: self.errors.append(f"pageerror: {e}"))

    def _route(self, route):
        url = route.request.url
        if url.startswith(("http://127.0.0.1", "file://", "data:", "blob:", "about:")):
            route.continue_()
        else:
            self.blocked.append(url)
            route.abort()

    def close(self):
        self.context.close()


@pytest.fixture
def offline(browser):
    pages = []

    def make(**kw):
        o = Offline(browser, **kw)
        pages.append(o)
        return o

    yield make
    for o in pages:
        o.close()


def hidupkan(figure, timeout=10000):
    """Reach for a chart as a reader does (tap its picture): plotly.js arrives and the live chart takes the
    picture's place. ``figure`` is a Playwright locator of a figure.kursus-grafik."""
    figure.scroll_into_view_if_needed()
    if figure.locator(".kursus-gambar").count():
        figure.locator(".kursus-gambar").click()
    figure.locator(".kursus-plot .main-svg").first.wait_for(timeout=timeout)


# --- Two at a time (make test: pytest -n 2, pytest-xdist) -------------------------------------------------------
# Each test module runs whole on one worker, so its module fixtures (a notebook server, a pack, a fresh virtual
# environment) are made once; the learner-notebook module is three units, one per front end. The modules that
# take minutes go first, so the two workers finish together instead of one waiting for the last long module.
LONG_FIRST = ["test_jupyterlab.py", "test_pemasangan.py", "test_browser.py", "test_edisi.py", "test_cetak.py",
              "test_kelas_browser.py", "test_survei_sifat.py", "test_survei_setara.py"]


def scope_of(nodeid: str) -> str:
    """The unit a worker runs at once: the module, or for the learner notebooks the module and the front end."""
    module, _, rest = nodeid.partition("::")
    if module.endswith("test_jupyterlab.py") and ".ipynb-" in rest:
        return f"{module}::{rest.rsplit('.ipynb-', 1)[1].rstrip(']')}"
    return module


def pytest_collection_modifyitems(config, items):
    def rank(item):
        name = Path(str(item.path)).name
        return LONG_FIRST.index(name) if name in LONG_FIRST else len(LONG_FIRST)
    items.sort(key=rank)  # stable: within a rank, the collection order stays


@pytest.hookimpl(optionalhook=True)  # a hook of pytest-xdist: pytest -p no:xdist still runs
def pytest_xdist_make_scheduler(config, log):
    from xdist.scheduler import LoadScopeScheduling

    class PerModule(LoadScopeScheduling):
        def _split_scope(self, nodeid: str) -> str:
            return scope_of(nodeid)

    return PerModule(config, log)


def log_path(name: str) -> Path:
    """A server's log in _build, one per worker (two workers may each start a server of the same kind)."""
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    return ROOT / "_build" / (f"{Path(name).stem}-{worker}{Path(name).suffix}" if worker else name)


# --- Made once for the whole run --------------------------------------------------------------------------------
def di_utas(fungsi, *args):
    """Run ``fungsi`` in a thread of its own: tools/cetak.py drives Chromium with Playwright's sync API, and the
    session's browser fixture (sync API too) may already hold an event loop in the main thread."""
    with concurrent.futures.ThreadPoolExecutor(1) as utas:
        return utas.submit(fungsi, *args).result()


def sekali(tmp_path_factory, nama: str, buat) -> Path:
    """A folder made by ``buat(folder)`` once for the whole run: the first worker to ask makes it, the other waits
    for it (a lock in the run's shared temporary folder) and reuses it. A failed attempt leaves nothing behind."""
    akar = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        akar = akar.parent  # shared by the workers of this run
    folder = akar / f"sekali-{nama}"
    with open(akar / f"sekali-{nama}.lock", "w") as kunci:
        fcntl.flock(kunci, fcntl.LOCK_EX)
        if not (folder / ".selesai").exists():
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir()
            try:
                buat(folder)
            except BaseException:
                shutil.rmtree(folder, ignore_errors=True)
                raise
            (folder / ".selesai").touch()
    return folder


@pytest.fixture(scope="session")
def cetak_siswa(html_dir, tmp_path_factory) -> Path:
    """The student print edition (tools/cetak.py: three PDFs, checked as they are made)."""
    sys.path.insert(0, str(ROOT / "tools"))
    import cetak
    return sekali(tmp_path_factory, "cetak-siswa", lambda folder: di_utas(cetak.buat, html_dir, folder, "siswa"))


def buat_paket(html: Path, edisi: str, out: Path, *extra: str) -> None:
    r = subprocess.run([sys.executable, str(ROOT / "tools" / "pack.py"), "--edisi", edisi, "--html", str(html),
                        "--out", str(out), *extra], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr


@pytest.fixture(scope="session")
def guru_dir() -> Path:
    if not (GURU / "index.html").exists():
        pytest.fail("The teacher edition is missing: run `make book-guru` first (make test does it).")
    return GURU


def cetak_dari_paket(zip_path: Path, folder: Path) -> list[Path]:
    """The print edition's PDFs of a pack, written into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    keluar = []
    with zipfile.ZipFile(zip_path) as z:
        for nama in z.namelist():
            if "/cetak/" in nama and nama.endswith(".pdf"):
                keluar.append(folder / nama.rsplit("/", 1)[1])
                keluar[-1].write_bytes(z.read(nama))
    return keluar


@pytest.fixture(scope="session")
def paket(html_dir, guru_dir, cetak_siswa, tmp_path_factory) -> dict[str, Path]:
    """The two packs as tools/pack.py makes them (make pack), each once for the run. The teacher pack prints its
    own print edition, as make pack does; the student pack takes the student print edition above (pack.py
    --cetak, which checks it again), so that edition is printed once."""
    siswa = sekali(tmp_path_factory, "paket-siswa", lambda folder: buat_paket(
        html_dir, "siswa", folder / "paket.zip", "--cetak", str(cetak_siswa)))
    guru = sekali(tmp_path_factory, "paket-guru", lambda folder: buat_paket(guru_dir, "guru", folder / "paket.zip"))
    return {"siswa": siswa / "paket.zip", "guru": guru / "paket.zip"}


# The last classic Notebook, whose widget manager is ipywidgets 7's (without it, ipywidgets 7.7.1 pulls Notebook 7).
# It is served by nbclassic, its port to jupyter_server (Notebook 6.5 itself needs distutils, gone in Python 3.13).
CLASSIC_NOTEBOOK = "6.5.7"


@pytest.fixture(scope="session")
def colab_dasar(tmp_path_factory):
    """Colab's Python and preinstalled packages (tests/colab.txt), a kernel, and the classic Notebook front end
    Colab's own is closest to, installed once for the run; every test works in a copy of its own
    (``colab_dasar.copy(path)``), so none sees what another installed."""
    from pemasangan import Lingkungan, interpreter
    from test_pemasangan import colab_profile

    def buat(folder):
        profile = colab_profile()
        env = Lingkungan(folder / "venv", interpreter(profile.pop("python")))
        # With bytecode (pip's default): compiled once here rather than at import in each copy. The kernel is the
        # ipykernel Notebook 6.5 takes (6.x), not the build's 7.x, which Notebook 6.5 refuses.
        env.pip("install", "--quiet", *(f"{k}=={v}" for k, v in profile.items()), f"notebook=={CLASSIC_NOTEBOOK}")
    return Lingkungan(sekali(tmp_path_factory, "colab", buat) / "venv")
