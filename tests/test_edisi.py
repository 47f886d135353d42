"""Nothing for students to peek at: the student edition (make book) and the student pack hold no teacher page,
no solution and no answer key in any file; the teacher edition (make book-guru) and the teacher pack hold them
all. Answer keys are found in the sources (every {solution} block of a notebook, every block of class
kunci-jawaban in book/), so a chapter added later is checked too."""

import html
import json
import re
import subprocess
import sys
import zipfile

import pytest

from conftest import ROOT, cetak_dari_paket, teacher_pages
from test_kelas_build import guru_dir  # noqa: F401  (fixture)

pytestmark = pytest.mark.build
TEKS = {".html", ".js", ".txt", ".ipynb", ".md", ".json", ".py", ".yaml", ".csv"}
BLOK = re.compile(r"^(`{3,}|:{3,})\{([\w-]+)\}([^\n]*)\n(.*?)^\1[ \t]*$", re.M | re.S)
POLOS = re.compile(r"[^*_`{}\[\]()<>\"'|:\\-]{30,}")  # a run of plain prose: no markup, no quotes or dashes


def _blok_kunci(markdown: str):
    for m in BLOK.finditer(markdown):
        if m.group(2) == "solution" or re.search(r"^:class:.*\bkunci-jawaban\b", m.group(4), re.M):
            yield "\n".join(line for line in m.group(4).splitlines() if not line.startswith(":"))


def answer_keys() -> dict[str, str]:
    """A snippet of plain prose (one source line) from every solution and answer key: where it is -> snippet."""
    sumber = {}
    for nb in sorted((ROOT / "notebooks").glob("*.ipynb")):
        cells = json.loads(nb.read_text(encoding="utf-8"))["cells"]
        sumber[nb.name] = "\n\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "markdown")
    for md in sorted((ROOT / "book").glob("*.md")):
        sumber[md.name] = md.read_text(encoding="utf-8")
    keys = {}
    for nama, teks in sumber.items():
        for i, isi in enumerate(_blok_kunci(teks)):
            lines = [re.sub(r"^\s*(?:\d+\.|[-*+])\s+", "", line) for line in isi.splitlines()]  # list markers
            runs = [r.strip() for line in lines for r in POLOS.findall(line) if len(r.strip()) >= 30]
            if runs:
                keys[f"{nama} #{i + 1}"] = max(runs, key=len)
    return keys


KEYS = answer_keys()


def normal(text: str) -> str:
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", text)))


def text_files(base):
    for path in base.rglob("*"):
        if path.is_file() and path.suffix in TEKS:
            yield path


def test_the_sources_have_answer_keys_to_look_for():
    assert sum(k.endswith(".ipynb #1") for k in KEYS) >= 7, KEYS  # every chapter has solutions
    assert sum(k.startswith("panduan-guru.md") for k in KEYS) >= 4, KEYS


def test_the_student_edition_has_no_teacher_page(html_dir):
    assert teacher_pages(), "the table of contents has no teacher part"
    for page in teacher_pages():
        assert not (html_dir / page).exists(), page
    nama = [p.rsplit("/", 1)[-1] for p in teacher_pages()]
    for path in text_files(html_dir):
        text = path.read_text(encoding="utf-8", errors="replace")
        assert not [n for n in nama if n in text], path


def test_the_teacher_edition_has_every_teacher_page(guru_dir):  # noqa: F811
    for page in teacher_pages():
        assert (guru_dir / page).is_file(), page


def test_no_file_of_the_student_edition_holds_an_answer_key(html_dir):
    found = {}
    for path in text_files(html_dir):
        text = normal(path.read_text(encoding="utf-8", errors="replace"))
        found.update({k: str(path.relative_to(html_dir)) for k, s in KEYS.items() if s in text})
    assert not found, found


def test_the_teacher_edition_shows_every_answer_key(guru_dir):  # noqa: F811
    pages = " ".join(normal(p.read_text(encoding="utf-8")) for p in guru_dir.rglob("*.html")
                     if "_static" not in p.parts)
    missing = [k for k, s in KEYS.items() if s not in pages]
    assert not missing, missing


def make_pack(html_dir, out, edisi, *extra):
    return subprocess.run([sys.executable, str(ROOT / "tools" / "pack.py"), "--edisi", edisi, "--html",
                           str(html_dir), "--out", str(out), *extra], capture_output=True, text=True)


@pytest.fixture(scope="module")
def packs(paket):
    """Both packs, made once for the run (conftest.paket: tools/pack.py, as make pack runs it)."""
    return {edisi: zipfile.ZipFile(zip_) for edisi, zip_ in paket.items()}


def zip_text(z: zipfile.ZipFile):
    for name in z.namelist():
        if any(name.endswith(s) for s in TEKS):
            yield name, normal(z.read(name).decode("utf-8", errors="replace"))


def test_the_student_pack_has_no_teacher_page_and_no_answer_key(packs):
    z = packs["siswa"]
    names = z.namelist()
    assert any(n.endswith("/buku/index.html") for n in names)
    for page in teacher_pages():
        assert not any(n.endswith("/buku/" + page) for n in names), page
    found = {k: name for name, text in zip_text(z) for k, s in KEYS.items() if s in text}
    assert not found, found
    notebooks = [n for n in names if n.endswith(".ipynb") and "/notebooks/" in n]
    assert len(notebooks) >= 7 and all("**Latihan " in z.read(n).decode() for n in notebooks if "/0" in n)


def test_the_teacher_pack_has_every_teacher_page_and_every_answer_key(packs):
    z = packs["guru"]
    names = z.namelist()
    for page in teacher_pages():
        assert any(n.endswith("/buku/" + page) for n in names), page
    teks = " ".join(text for _, text in zip_text(z))
    missing = [k for k, s in KEYS.items() if s not in teks]
    assert not missing, missing
    assert "JANGAN bagikan kepada siswa" in z.read(next(n for n in names if n.endswith("BACA-SAYA.txt"))).decode()


@pytest.mark.parametrize("edisi", ["siswa", "guru"])
def test_both_packs_carry_the_worksheet_as_pdf_and_odt(packs, edisi):
    z = packs[edisi]
    names = z.namelist()
    assert any(n.endswith("/lkpd/LKPD-media-sosial-vs-jejaring-sosial.pdf") for n in names)
    [odt] = [n for n in names if n.endswith(".odt")]
    with zipfile.ZipFile(__import__("io").BytesIO(z.read(odt))) as doc:
        assert doc.read("mimetype") == b"application/vnd.oasis.opendocument.text"
        content = doc.read("content.xml").decode("utf-8")
    assert "Kartu konsep 1" in content and "Kegiatan 3" in content and content.count("<table:table ") >= 4
    [docx] = [n for n in names if n.endswith(".docx")]
    with zipfile.ZipFile(__import__("io").BytesIO(z.read(docx))) as doc:
        assert "Kegiatan 3" in doc.read("word/document.xml").decode("utf-8")


def test_the_pack_readme_opens_the_book_without_python_on_a_computer_and_a_phone(packs):
    z = packs["siswa"]
    baca = z.read(next(n for n in z.namelist() if n.endswith("BACA-SAYA.txt"))).decode("utf-8").replace("\r\n", "\n")
    awal, python = baca.split("4. MENYAJIKAN BUKU")[0], baca.split("4. MENYAJIKAN BUKU")[1]
    assert "TANPA PYTHON" in awal and "klik dua kali BUKA-BUKU.html" in awal
    membaca = awal[awal.index("1. MEMBACA BUKU"):]
    assert "python" not in membaca.lower() and "terminal" not in membaca.lower()  # reading needs none of it
    assert "PONSEL" in awal and "Android" in awal and "iPhone" in awal
    assert python.count("Mengapa Python") == 2  # the two things that need it say why
    for cara in ("Flashdisk", "Akun belajar sekolah", "turus", "ponsel orang tua/wali", "Tampilan proyektor"):
        assert cara in baca, cara
    assert ".docx" in baca and ".odt" in baca and "empat halaman A4" in baca


def test_the_pack_refuses_a_build_of_the_other_edition(guru_dir, tmp_path):  # noqa: F811
    r = make_pack(guru_dir, tmp_path / "x.zip", "siswa")
    assert r.returncode != 0 and "edisi guru, bukan edisi siswa" in r.stderr
    assert not (tmp_path / "x.zip").exists()


def test_the_pack_readme_installs_only_what_notebooks_need_with_windows_and_linux_commands(packs):
    z = packs["siswa"]
    baca = z.read(next(n for n in z.namelist() if n.endswith("BACA-SAYA.txt"))).decode("utf-8")
    assert "\r\n" in baca
    for perintah in ("py -m http.server 8000 --directory buku", "python3 -m http.server 8000 --directory buku",
                     "py -m venv .venv", "python3 -m venv .venv", "requirements-notebook.txt", "BUKA-BUKU.html"):
        assert perintah in baca, perintah
    reqs = z.read(next(n for n in z.namelist() if n.endswith("requirements-notebook.txt"))).decode("utf-8")
    paket = {re.split(r"[=<>]", line)[0].lower() for line in reqs.splitlines() if line and not line.startswith("#")}
    assert {"plotly", "ipywidgets", "pandas", "pyyaml", "jupyterlab"} <= paket
    assert not paket & {"jupyter-book", "pytest", "playwright", "sphinx"}, paket


def test_both_packs_carry_the_print_edition(packs):
    """tools/pack.py puts the checked print edition (tools/cetak.py, tests/test_cetak.py) into each pack."""
    for edisi, z in packs.items():
        for berkas in ("Buku-cetak-A4.pdf", "Buku-cetak-A5.pdf", "Ringkas-bab-5-dan-8.pdf"):
            [nama] = [n for n in z.namelist() if n.endswith(f"/cetak/{berkas}")]
            assert z.read(nama).startswith(b"%PDF"), (edisi, berkas)


def test_the_student_pack_refuses_the_teachers_print_edition(html_dir, paket, tmp_path):
    """pack.py --cetak checks the print edition it is given against the edition it packs: the teacher's PDFs, with
    their answers, never go into the student pack."""
    cetak_guru = tmp_path / "cetak-guru"
    assert len(cetak_dari_paket(paket["guru"], cetak_guru)) == 3
    r = make_pack(html_dir, tmp_path / "x.zip", "siswa", "--cetak", str(cetak_guru))
    assert r.returncode != 0 and "Edisi cetak belum layak" in r.stderr and "kunci" in r.stderr.lower(), r.stderr
    assert not (tmp_path / "x.zip").exists()
