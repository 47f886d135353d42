"""The course content keeps its promises: every chapter has the same shape, every glossary term is used and
linked, every chart names its source and date, every source is cited."""

import re

import pytest

import kursus
from conftest import ROOT, chapter_pages, toc_pages

CHAPTERS = chapter_pages()


@pytest.mark.parametrize("page", CHAPTERS)
def test_every_chapter_has_objectives_sections_summary_exercises_and_a_quiz(html_dir, page):
    html = (html_dir / page).read_text(encoding="utf-8")
    assert "Tujuan pembelajaran" in html
    assert re.search(r"<h2>(<span class=\"section-number\">[0-9. ]+</span>)?Rangkuman", html), "no Rangkuman section"
    assert html.count('class="exercise admonition') >= 3, "fewer than three exercises"
    assert 'class="solution' not in html, "the student edition shows solutions (see test_edisi.py)"
    assert 'class="kursus-interaktif kursus-kuis"' in html, "no self-check quiz"
    assert len(re.findall(r'class="reference internal" href="../book/glosarium.html#term-', html)) >= 2, \
        "key terms are not linked to the glossary"


def test_every_glossary_term_is_linked_from_a_chapter(html_dir):
    glossary = (html_dir / "book" / "glosarium.html").read_text(encoding="utf-8")
    terms = set(re.findall(r'<dt id="(term-[^"]+)"', glossary))
    assert len(terms) >= 20
    linked = set()
    for page in toc_pages():
        if page != "book/glosarium.html":
            linked |= set(re.findall(r'glosarium.html#(term-[^"]+)"', (html_dir / page).read_text(encoding="utf-8")))
    assert not sorted(terms - linked), "glossary terms no chapter links to"


def test_every_chart_caption_names_a_source_and_a_year(html_dir):
    captions = []
    for page in toc_pages():
        captions += re.findall(r'<figure class="kursus-grafik".*?<figcaption>(.*?)</figcaption>',
                               (html_dir / page).read_text(encoding="utf-8"), re.S)
    assert len(captions) >= 8, "the book promises at least eight charts"
    for c in captions:
        assert re.search(r"Sumber|penilaian penyusun buku|Model sederhana buatan buku", c), c
        assert re.search(r"\b(19|20)\d\d\b", c), f"no date in caption: {c}"


def test_every_source_in_the_data_is_used_and_every_record_cites_a_known_one():
    import yaml
    used = set()
    for path in (ROOT / "src" / "kursus" / "data").rglob("*.yaml"):
        for rec in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            if isinstance(rec, dict) and "sumber" in rec:
                used.add(rec["sumber"])
    known = set(kursus.sumber())
    assert used <= known
    assert not sorted(known - used - {"differkinome", "kbbi"}), "sources nothing cites"


def test_the_lost_list_is_marked_as_the_books_own():
    lost = [b for b in kursus.kelebihan() if b.jenis == "jejaring_sosial" and b.sisi == "kekurangan"]
    assert lost and all(b.sumber == "buku" for b in lost)
    recovered = [b for b in kursus.kelebihan() if not (b.jenis == "jejaring_sosial" and b.sisi == "kekurangan")]
    assert all(b.sumber == "differencebetween" for b in recovered)
