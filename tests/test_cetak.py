"""The print edition (issue 20.3): the student book as PDF (A4, A5) and a handout of chapters 5 and 8, made by
tools/cetak.py from the built book, checked page by page; answers only in the teacher edition's PDF."""

import re
import subprocess
import sys

import pytest
from bs4 import BeautifulSoup

from conftest import ROOT, cetak_dari_paket, chapter_pages, di_utas

sys.path.insert(0, str(ROOT / "tools"))
import cetak  # noqa: E402

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def pdf_siswa(cetak_siswa):
    """The student print edition, made once for the run (conftest.cetak_siswa; the student pack carries it)."""
    return [cetak_siswa / nama for nama, _, _ in cetak.berkas()]


def teks_semua(pdf):
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def test_the_student_print_edition_has_every_chapter_and_passes_its_page_checks(pdf_siswa, html_dir):
    a4, a5, ringkas = pdf_siswa
    assert [p.name for p in pdf_siswa] == ["Buku-cetak-A4.pdf", "Buku-cetak-A5.pdf", "Ringkas-bab-5-dan-8.pdf"]
    assert cetak.bab() == chapter_pages()
    assert [b[1] for b in cetak.berkas()] == [chapter_pages() + cetak.LAMPIRAN] * 2 + [cetak.RINGKAS + cetak.LAMPIRAN[1:]]
    for pdf, (_, pages, kertas) in zip(pdf_siswa, cetak.berkas()):
        _, judul = cetak.dokumen(html_dir, pages, "siswa", kertas)
        assert len(judul) == len(pages) and judul[-1] == "Daftar pustaka"
        assert cetak.periksa(pdf, judul, "siswa", kertas) == [], pdf.name  # contents' pages, page numbers too
    teks = teks_semua(a4)
    assert "Jawaban: ______" in teks and cetak.KUNCI not in teks
    assert "Versi interaktif bab ini: kursus-terbuka.github.io/media-sosial-vs-jejaring-sosial/notebooks/" in teks
    assert len(cetak.halaman_pdf(ringkas)) < len(cetak.halaman_pdf(a4)) < len(cetak.halaman_pdf(a5))


def test_every_chart_of_the_chapters_is_printed_as_its_picture(html_dir):
    teks, _ = cetak.dokumen(html_dir, cetak.bab(), "siswa", "A4")
    figur = sum((html_dir / p).read_text(encoding="utf-8").count('<figure class="kursus-grafik"') for p in cetak.bab())
    assert figur and teks.count('class="kursus-cetak-grafik"') == figur
    assert "kursus-plot-data" not in teks and "cell_input" not in teks and "<script" not in teks


def test_every_folded_part_is_printed_open(pdf_siswa, html_dir):
    """Paper has no fold: every aspect of the chapter 5 explorer is printed whole, in the handout too."""
    from kursus import data
    teks, _ = cetak.dokumen(html_dir, cetak.RINGKAS, "siswa", "A4")
    assert "<details" in teks and not re.search(r"<details(?![^>]*\bopen\b)", teks)
    tabel = BeautifulSoup(teks, "html.parser").find_all("table")  # short tables kept on one page
    assert tabel and all((len(t.find_all("tr")) <= 8) == (t.get("style") == "break-inside: avoid") for t in tabel)
    ringkas = re.sub(r"\s+", " ", teks_semua(pdf_siswa[2]))
    for p in data.perbedaan():
        assert re.sub(r"\s+", " ", p.jejaring_sosial) in ringkas, p.id


@pytest.mark.parametrize("html, tersisa", [
    ("<p>Membaca. Arahkan kursor atau ketuk grafik, lalu buka <strong>Lihat data</strong> di bawahnya. Lalu baca.</p>",
     "Membaca. Lalu baca."),
    ("<p>Jawab setiap soal, lalu pilih <strong>Periksa jawaban</strong>. Kuis ini memeriksa jawabanmu seketika.</p>",
     ""),
    ("<figcaption>Skor (<cite>Kietzmann dkk. 2011</cite>), bukan hasil pengukuran. Alasannya muncul saat kursor "
     "diarahkan ke batang.</figcaption>", "Skor (Kietzmann dkk. 2011), bukan hasil pengukuran."),
    ("<li>Pakai tombol di atas\ngrafik untuk melihat satu tahun saja.</li><li>Angka 1.2 juta. Tetap.</li>",
     "Angka 1.2 juta. Tetap."),
])
def test_the_print_leaves_out_the_sentences_only_a_screen_can_carry_out(html, tersisa):
    soup = BeautifulSoup(f"<article>{html}</article>", "html.parser")
    cetak.tanpa_kalimat_layar(soup)
    assert soup.get_text().strip() == tersisa
    assert not cetak.LAYAR.search(soup.get_text())


def test_the_printed_book_has_no_screen_sentence_and_no_code_toggle(pdf_siswa):
    teks = re.sub(r"\s+", " ", teks_semua(pdf_siswa[0]))
    assert not cetak.LAYAR.search(teks), cetak.LAYAR.search(teks)
    assert "Tampilkan kode" not in teks and "Sembunyikan kode" not in teks
    assert "Buku ini dapat dipakai dengan tiga cara" in teks  # the paragraphs around them are kept


def test_the_page_checks_can_fail(tmp_path, html_dir):
    """A chapter missing, a code cell, an answer key in the student edition and a table wider than the paper
    are each caught."""
    teks, judul = cetak.dokumen(html_dir, cetak.RINGKAS[:1], "siswa", "A4")
    rusak = teks.replace('<section class="kursus-cetak-bab">', '<section class="kursus-cetak-bab"><pre>import kursus'
                         '\nkursus.kuis("x")</pre><p>Kunci: a.</p><p>Geser penggeser ke kanan.</p>', 1)
    rusak = rusak.replace("</body>", '<section class="kursus-cetak-bab"><p>Tampilkan kode</p></section></body>')
    pdf = tmp_path / "rusak.pdf"
    di_utas(cetak.cetak, rusak, pdf, "A4")
    masalah = cetak.periksa(pdf, judul + ["9. Bab yang tidak ada"], "siswa", "A4")
    assert any("sel kode" in m for m in masalah) and any("kunci jawaban" in m for m in masalah)
    assert any("sel kode (Tampilkan kode)" in m for m in masalah)
    assert any("hanya bisa dikerjakan di layar: Geser penggeser ke kanan." in m for m in masalah)
    assert any("9. Bab yang tidak ada" in m for m in masalah)
    tanpa_nomor = tmp_path / "tanpa-nomor.pdf"  # the contents printed before the chapters' pages are known
    di_utas(cetak.cetak, teks, tanpa_nomor, "A4")
    assert cetak.periksa(tanpa_nomor, judul, "siswa", "A4") == [
        f"tanpa-nomor.pdf: daftar isi tidak menyebut halaman 3 untuk '{judul[0]}'"]
    lebar = teks.replace("</body>", '<table style="width:2000px;table-layout:auto"><tr><td>lebar</td></tr></table>'
                                    "</body>")
    with pytest.raises(SystemExit, match="tabel lebih lebar dari kertas"):
        di_utas(cetak.cetak, lebar, tmp_path / "lebar.pdf", "A4")


def test_the_teacher_print_edition_has_the_answers(paket, tmp_path):
    """The teacher pack prints its own print edition (tools/pack.py without --cetak, as make pack does)."""
    [a4] = [p for p in cetak_dari_paket(paket["guru"], tmp_path) if p.name == "Buku-cetak-A4.pdf"]
    teks = teks_semua(a4)
    assert teks.count(cetak.KUNCI) >= 20 and "Edisi guru" in teks
