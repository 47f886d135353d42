"""The two editions on the built HTML: the student edition has no solutions and no answer keys at all; the
teacher edition (make book-guru, _build/guru/html) shows them open and says so on every page.
tests/test_edisi.py checks every file of both builds and both packs."""

import re

import pytest

from conftest import guru_dir, toc_pages  # noqa: F401  (guru_dir: a fixture the other modules import here)

pytestmark = pytest.mark.build
KUNCI_PAGES = ["notebooks/05-perbedaan.html", "book/panduan-guru.html"]


def hidden_blocks(text):
    """Solutions and answer keys that render as click-to-open dropdowns."""
    return re.findall(r'<div class="(?=[^"]*\b(?:solution|kunci-jawaban)\b)(?=[^"]*\bdropdown\b)[^"]*"', text)


def open_blocks(text):
    return re.findall(r'<div class="(?=[^"]*\b(?:solution|kunci-jawaban)\b)(?![^"]*\bdropdown\b)[^"]*"', text)


def test_student_edition_has_no_solution_or_answer_key(html_dir):
    text = (html_dir / "notebooks" / "05-perbedaan.html").read_text(encoding="utf-8")
    assert text.count('class="exercise') >= 3
    assert not hidden_blocks(text) and not open_blocks(text)


@pytest.mark.parametrize("page", KUNCI_PAGES)
def test_teacher_edition_shows_every_solution_and_answer_key_open(guru_dir, page):
    guru = (guru_dir / page).read_text(encoding="utf-8")
    assert not hidden_blocks(guru)
    assert len(open_blocks(guru)) >= 3


def test_only_the_teacher_edition_says_it_is_one_on_every_page(guru_dir, html_dir):
    for page in toc_pages("guru"):
        assert "kursus-edisi-guru" in (guru_dir / page).read_text(encoding="utf-8"), page
    for page in toc_pages():
        assert "kursus-edisi-guru" not in (html_dir / page).read_text(encoding="utf-8"), page


def test_the_teacher_guide_covers_what_a_modul_ajar_needs(guru_dir):
    text = (guru_dir / "book" / "panduan-guru.html").read_text(encoding="utf-8")
    for bagian in ("Identitas modul", "Kompetensi awal", "Target murid", "Model pembelajaran",
                   "046/H/KR/2025", "Fase D", "Fase E", "Dampak Sosial Informatika", "Berkesadaran", "Bermakna",
                   "Menggembirakan", "Memahami", "Mengaplikasi", "Merefleksi", "Praktik pedagogis",
                   "Kemitraan pembelajaran", "Lingkungan pembelajaran", "Pemanfaatan digital",
                   "Permendikdasmen Nomor 10 Tahun 2025", "KKTP", "Pemahaman bermakna", "Pertanyaan pemantik",
                   "80 menit", "90 menit", "Varian dua pertemuan", "tanpa perangkat", "ponsel saja",
                   "Diagnostik", "Formatif", "Sumatif", "Rubrik", "Lembar observasi", "Remedial", "Pengayaan",
                   "Refleksi guru", "Refleksi murid", "Lampiran", "PP Tunas", "Bila ada kejadian nyata",
                   "nomor absen", "WhatsApp", "Google Classroom", "Cara turus", "Kunci jawaban", "Cakap Digital",
                   "Etika Digital", "Aman Digital", "Budaya Digital"):
        assert bagian in text, bagian


def test_the_worksheet_page_needs_no_script_of_the_book(html_dir):
    text = (html_dir / "book" / "lkpd.html").read_text(encoding="utf-8")
    assert "plotly" not in text and "kursus-grafik.js" not in text
    assert text.count('class="kursus-isian') >= 4


def test_no_page_carries_widget_state_while_no_widget_manager_is_served(html_dir):
    heavy = [p.name for p in html_dir.rglob("*.html") if "application/vnd.jupyter.widget-state+json" in
             p.read_text(encoding="utf-8")]
    assert not heavy
