"""The two editions on the built HTML: the student edition hides solutions and answer keys behind a click;
the teacher edition (make book-guru, _build/guru/html) shows them open and says so on every page."""

import re

import pytest

from conftest import ROOT, toc_pages

pytestmark = pytest.mark.build
GURU = ROOT / "_build" / "guru" / "html"
KUNCI_PAGES = ["notebooks/05-perbedaan.html", "book/panduan-guru.html"]


@pytest.fixture(scope="session")
def guru_dir():
    if not (GURU / "index.html").exists():
        pytest.fail("The teacher edition is missing: run `make book-guru` first (make test does it).")
    return GURU


def hidden_blocks(text):
    """Solutions and answer keys that render as click-to-open dropdowns."""
    return re.findall(r'<div class="(?=[^"]*\b(?:solution|kunci-jawaban)\b)(?=[^"]*\bdropdown\b)[^"]*"', text)


def open_blocks(text):
    return re.findall(r'<div class="(?=[^"]*\b(?:solution|kunci-jawaban)\b)(?![^"]*\bdropdown\b)[^"]*"', text)


@pytest.mark.parametrize("page", KUNCI_PAGES)
def test_student_edition_hides_every_solution_and_answer_key(html_dir, page):
    text = (html_dir / page).read_text(encoding="utf-8")
    assert len(hidden_blocks(text)) >= 3 and not open_blocks(text)


@pytest.mark.parametrize("page", KUNCI_PAGES)
def test_teacher_edition_shows_every_solution_and_answer_key_open(guru_dir, html_dir, page):
    guru = (guru_dir / page).read_text(encoding="utf-8")
    siswa = (html_dir / page).read_text(encoding="utf-8")
    assert not hidden_blocks(guru)
    assert len(open_blocks(guru)) == len(hidden_blocks(siswa))


def test_only_the_teacher_edition_says_it_is_one_on_every_page(guru_dir, html_dir):
    for page in toc_pages():
        assert "kursus-edisi-guru" in (guru_dir / page).read_text(encoding="utf-8"), page
        assert "kursus-edisi-guru" not in (html_dir / page).read_text(encoding="utf-8"), page


def test_the_teacher_guide_covers_what_a_modul_ajar_needs(html_dir):
    text = (html_dir / "book" / "panduan-guru.html").read_text(encoding="utf-8")
    for bagian in ("Identitas modul", "Dampak Sosial Informatika", "Fase D", "Fase F", "008/H/KR/2022",
                   "2 JP", "3 JP", "Pertanyaan diskusi", "Diferensiasi", "Cakap Digital", "Etika Digital",
                   "Aman Digital", "Budaya Digital", "Diagnostik", "Formatif", "Sumatif", "Rubrik",
                   "Kunci jawaban"):
        assert bagian in text, bagian


def test_the_worksheet_page_needs_no_script_of_the_book(html_dir):
    text = (html_dir / "book" / "lkpd.html").read_text(encoding="utf-8")
    assert "plotly" not in text and "kursus-grafik.js" not in text
    assert text.count('class="kursus-isian') >= 4


def test_no_page_carries_widget_state_while_no_widget_manager_is_served(html_dir):
    heavy = [p.name for p in html_dir.rglob("*.html") if "application/vnd.jupyter.widget-state+json" in
             p.read_text(encoding="utf-8")]
    assert not heavy


def test_only_blocks_follow_the_edition(guru_dir, html_dir):
    guru = (guru_dir / "book" / "panduan-guru.html").read_text(encoding="utf-8")
    siswa = (html_dir / "book" / "panduan-guru.html").read_text(encoding="utf-8")
    assert "membaca <strong>edisi guru</strong>" in guru and "membaca <strong>edisi siswa</strong>" not in guru
    assert "membaca <strong>edisi siswa</strong>" in siswa and "membaca <strong>edisi guru</strong>" not in siswa
