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


# --- One home for every definition, quotation and model number (issue 9) ------------------------------

import json  # noqa: E402

DATA = ROOT / "src" / "kursus" / "data"


def _normal(teks: str) -> str:
    """Lower case, letters and digits only, single spaces: wording compared regardless of punctuation."""
    return " ".join(re.findall(r"[0-9a-zà-ÿ]+", teks.lower()))


def _teks_buku() -> dict[str, str]:
    """Every place a definition could be typed again: chapter notebooks, book pages, data, course code."""
    berkas = {}
    for nb in sorted((ROOT / "notebooks").glob("*.ipynb")):
        sel = json.loads(nb.read_text(encoding="utf-8"))["cells"]
        berkas[str(nb.relative_to(ROOT))] = "\n".join(
            "".join(c["source"]) if isinstance(c["source"], list) else c["source"] for c in sel)
    for path in sorted((ROOT / "book").glob("*.md")) + sorted((ROOT / "src" / "kursus").glob("*.py")):
        berkas[str(path.relative_to(ROOT))] = path.read_text(encoding="utf-8")
    for path in sorted(DATA.rglob("*")):
        if path.suffix in (".yaml", ".csv") and path.name != "definisi.yaml":
            berkas[str(path.relative_to(ROOT))] = path.read_text(encoding="utf-8")
    return {k: _normal(v) for k, v in berkas.items()}


def _potongan(teks: str, n: int = 6) -> set[str]:
    """Every run of n consecutive words (the whole text if it is shorter): a retyped definition shares them."""
    kata = _normal(teks).split()
    if len(kata) <= n:
        return {" ".join(kata)}
    return {" ".join(kata[i:i + n]) for i in range(len(kata) - n + 1)}


def test_each_definition_and_quotation_of_the_source_is_written_only_in_definisi_yaml():
    definisi = kursus.definisi()
    assert {"media-sosial-sumber", "jejaring-sosial-sumber", "tidak-interaktif"} <= set(definisi)
    teks = _teks_buku()
    ganda = []
    for d in definisi.values():
        for potong in _potongan(d.teks):
            ganda += [f"{d.id}: '{potong}' in {nama}" for nama, isi in teks.items() if f" {potong} " in f" {isi} "]
    assert not ganda, "a definition or quotation typed a second time; use {{ def_... }} / {definisi:...}: " + \
        "; ".join(ganda[:5])


def test_the_duplicate_check_would_catch_a_retyped_definition():
    """The check above can fail: a sentence retyping part of a definition shares a six-word run with it."""
    d = kursus.definisi()["jejaring-sosial-sumber"]
    retyped = "Jejaring sosial adalah " + " ".join(d.teks.split()[2:9]) + " dan seterusnya."
    assert _potongan(d.teks) & _potongan(retyped)


@pytest.mark.parametrize("page", CHAPTERS)
def test_every_definition_shown_on_a_page_comes_from_the_data(html_dir, page):
    """No substitution is left unfilled on a built page ({{ def_... }} with an unknown name stays visible)."""
    html = (html_dir / page).read_text(encoding="utf-8")
    assert "{{" not in html and "{definisi:" not in html and "{kutipan:" not in html


def test_the_book_says_once_that_the_source_and_the_scholars_compare_different_units(html_dir):
    pages = {p: (html_dir / p).read_text(encoding="utf-8") for p in CHAPTERS}
    box = [p for p, h in pages.items() if 'id="dua-hal-dibandingkan"' in h]
    assert box == ["notebooks/01-pendahuluan.html"]
    for page in ("notebooks/02-media-sosial.html", "notebooks/05-perbedaan.html", "notebooks/07-rangkuman.html"):
        assert "01-pendahuluan.html#dua-hal-dibandingkan" in pages[page], f"{page} does not refer to the distinction"


def test_scholars_are_not_called_communication_scientists_and_no_block_is_called_core():
    teks = _teks_buku()
    for nama, isi in teks.items():
        if nama.startswith(("notebooks/", "book/", "src/kursus/data/kuis")):
            assert "ilmuwan komunikasi" not in isi, nama
            assert "ada di inti media sosial" not in isi, nama


def test_numbers_about_the_viral_model_are_computed_not_typed():
    """Chapter 4's text and the model's quiz items state no number except the chosen share rates (1%, 10%)."""
    nb = json.loads((ROOT / "notebooks" / "04-persamaan.ipynb").read_text(encoding="utf-8"))
    for sel in nb["cells"]:
        if sel["cell_type"] != "markdown":
            continue
        teks = "".join(sel["source"])
        teks = re.sub(r"\{[a-z:]+\}`[^`]*`", "", teks)           # roles: {glue:md}`x`, {cite:p}`x`, {term}`x`
        teks = re.sub(r"(?m):label: \S+|\{solution\} \S+|^\s*\d+\. ", "", teks)  # labels, list numbers
        angka = [a for a in re.findall(r"\d[\d.,]*%?", teks) if not a.endswith("%") and not re.fullmatch(r"(19|20)\d\d", a)]
        assert not angka, f"typed numbers in chapter 4's text (dates aside): {angka}"
    import yaml
    for soal in yaml.safe_load((DATA / "kuis" / "04-persamaan.yaml").read_text(encoding="utf-8")):
        teks = " ".join([soal["pertanyaan"], soal["penjelasan"], *soal["pilihan"]])
        if "model" in teks or "simulasi" in teks:
            teks = re.sub(r"\{viral:[^}]*\}", "", teks)
            angka = [a for a in re.findall(r"\d[\d.,]*%?", teks) if not a.endswith("%")]
            assert not angka, f"typed numbers in quiz item {soal['id']}: {angka}"


def test_the_solution_of_latihan_4_2_shows_what_the_model_computes():
    # Solutions are only in the teacher edition (make book-guru); the student edition leaves them out.
    guru = ROOT / "_build" / "guru" / "html" / "notebooks" / "04-persamaan.html"
    assert guru.exists(), "the teacher edition is missing: run `make book-guru` (make test does it)"
    html = guru.read_text(encoding="utf-8")
    start = html.index('id="latihan-persamaan-2"')
    solusi = re.sub(r"<[^>]+>", "", html[html.index("solution", start):html.index("latihan-persamaan-3", start)])
    for jenis in ("luas", "dekat"):
        for peluang in (0.01, 0.1):
            assert kursus.angka_viral(jenis, peluang) in solusi, (jenis, peluang)


# --- Exercises and quizzes that test understanding ---------------------------------------------------

def test_every_multiple_choice_question_offers_at_least_three_options():
    from kursus.kuis import kuis_bab, semua_bab_kuis
    sedikit = [(bab, s.id) for bab in semua_bab_kuis() for s in kuis_bab(bab) if len(s.pilihan) < 3]
    assert not sedikit


def test_no_quiz_item_tests_the_page_interface_instead_of_the_subject():
    from kursus.kuis import kuis_bab, semua_bab_kuis
    antarmuka = re.compile(r"tombol|ikon|roket|binder|colab|jupyter|widget|klik|muat ulang|halaman ini", re.I)
    salah = [(bab, s.id) for bab in semua_bab_kuis() for s in kuis_bab(bab)
             if antarmuka.search(" ".join([s.pertanyaan, *s.pilihan]))]
    assert not salah


def test_every_chapter_has_a_quiz_file_and_every_quiz_file_a_chapter():
    from kursus.kuis import semua_bab_kuis
    assert semua_bab_kuis() == sorted(p.removeprefix("notebooks/").removesuffix(".html") for p in CHAPTERS)


def test_chapters_3_and_5_classify_different_statements():
    sumber = {bab: (ROOT / "notebooks" / f"{bab}.ipynb").read_text(encoding="utf-8")
              for bab in ("03-jejaring-sosial", "05-perbedaan")}
    for bab, teks in sumber.items():
        assert f'kursus.pernyataan(\\"{bab}\\")' in teks, f"{bab} does not classify its own statements"
    tiga = {p.teks for p in kursus.pernyataan("03-jejaring-sosial")}
    lima = {p.teks for p in kursus.pernyataan("05-perbedaan")}
    assert len(tiga) >= 5 and len(lima) >= 5 and not tiga & lima


KATA_KERJA_TERUKUR = {"menjelaskan", "menyebutkan", "membedakan", "membandingkan", "menguraikan", "menafsirkan",
                      "menentukan", "menganalisis", "menyusun", "mengklasifikasikan", "memilah", "menilai",
                      "memeriksa", "menghitung", "menerapkan", "menunjukkan"}


@pytest.mark.parametrize("page", CHAPTERS)
def test_learning_objectives_start_with_a_measurable_verb(html_dir, page):
    html = (html_dir / page).read_text(encoding="utf-8")
    kotak = html[html.index("Tujuan pembelajaran"):]
    kotak = kotak[:kotak.index("</ol>")]
    butir = [re.sub(r"<[^>]+>", "", b).split()[0] for b in re.findall(r"<li>(.*?)</li>", kotak, re.S)]
    assert len(butir) >= 3
    assert set(butir) <= KATA_KERJA_TERUKUR, f"objectives that are not measurable: {set(butir) - KATA_KERJA_TERUKUR}"


def test_invented_cases_are_labelled_as_examples():
    import yaml
    kasus = (DATA / "kasus.yaml").read_text(encoding="utf-8")
    assert "rekaan" in kasus.splitlines()[0]
    for nb in sorted((ROOT / "notebooks").glob("0*.ipynb")):
        for sel in json.loads(nb.read_text(encoding="utf-8"))["cells"]:
            teks = "".join(sel["source"])
            for latihan in re.findall(r"```\{exercise\}.*?```", teks, re.S):
                nama = re.search(r"\n\n([A-Z][a-z]+), (siswa|siswi)", latihan)
                assert not nama or "Contoh kasus" in latihan, f"{nb.name}: an invented person not labelled as an example"
    assert all(p.sumber == "buku" for p in kursus.pernyataan())
    assert yaml.safe_load(kasus)


# --- Being safe and lawful (chapter 8) ----------------------------------------------------------------

def test_the_safety_chapter_states_rules_with_dated_sources(html_dir):
    for kelompok in ("pp-tunas", "usia-platform", "lapor", "hoaks", "data-anak"):
        fakta = kursus.fakta(kelompok)
        assert fakta
        for f in fakta:
            s = kursus.sumber()[f.sumber]
            if s.status == "buku":
                continue
            assert s.tanggal and s.dilihat and (s.url or s.seen_at), f"{f.id}: source {s.id} lacks date or address"
    html = (html_dir / "notebooks" / "08-aman-dan-bijak.html").read_text(encoding="utf-8")
    for harus in ("PP Tunas", "28 Maret 2025", "SAPA 129", "aduankonten.id", "cekfakta.com", "turnbackhoax.id",
                  "Permendikdasmen Nomor 6 Tahun 2026", "guru BK", "Pelindungan Data Pribadi"):
        assert harus in html, harus
    assert len(re.findall(r"<caption>[^<]*(?:<cite>[^<]*</cite>[^<]*)*Sumber:", html)) >= 5


def test_activities_about_accounts_are_written_in_the_third_person():
    """Exercises never ask the learner about their own account: a 13-year-old may not be allowed one."""
    pribadi = re.compile(r"akun(mu| kamu| milikmu)|profilmu|berandamu|unggahanmu|pengikutmu", re.I)
    for nb in sorted((ROOT / "notebooks").glob("0*.ipynb")):
        for sel in json.loads(nb.read_text(encoding="utf-8"))["cells"]:
            teks = "".join(sel["source"])
            for latihan in re.findall(r"```\{exercise\}.*?```", teks, re.S):
                assert not pribadi.search(latihan), f"{nb.name}: {pribadi.search(latihan).group(0)}"
