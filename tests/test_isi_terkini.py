"""The lesson is true on the day students read it and fair to test: no revoked rule presented as current,
quizzes whose keys cannot be guessed from position or length, and Indonesian down to the theme's last label."""

import collections
import json
import re

import pytest

from conftest import ROOT, toc_pages

# --- Rules in force ------------------------------------------------------------------------------------
# Permendikdasmen No. 6/2026 (Budaya Sekolah Aman dan Nyaman) revoked Permendikbudristek No. 46/2023, which set
# up the school's TPPK. The old rule and its team may be named only as history: every sentence naming them must
# also say they were revoked or replaced.

LAMA = re.compile(r"TPPK|Tim Pencegahan dan Penanganan Kekerasan|46 Tahun 2023|46/2023|permendikbudristek46", re.I)
RIWAYAT = re.compile(r"dicabut|mencabut|menggantikan|digantikan|riwayat|dulu|lama|tidak berlaku|tidak lagi", re.I)
KALIMAT = re.compile(r"(?<=[.;!?])\s+(?=[A-Z(])|\n\s*\n|\n\s*(?:[-*]|\d+\.)\s")


def kalimat_aturan_lama(teks: str) -> list[str]:
    """The sentences of a text that name the revoked rule or its team without saying it is no longer in force."""
    return [k.strip() for k in KALIMAT.split(teks) if LAMA.search(k) and not RIWAYAT.search(k)]


def teks_sumber_buku() -> dict[str, str]:
    """Every learner- or teacher-facing text the book is built from: Markdown cells, book pages, data, bibliography."""
    teks = {}
    for nb in sorted((ROOT / "notebooks").glob("*.ipynb")):
        sel = json.loads(nb.read_text(encoding="utf-8"))["cells"]
        teks[nb.name] = "\n\n".join("".join(c["source"]) for c in sel if c["cell_type"] == "markdown")
    for pola in ("book/*.md", "book/*.bib", "src/kursus/data/**/*.yaml", "src/kursus/data/*.csv"):
        for p in sorted(ROOT.glob(pola)):
            teks[str(p.relative_to(ROOT))] = p.read_text(encoding="utf-8")
    return teks


def test_the_revoked_rule_check_catches_a_current_claim():
    assert kalimat_aturan_lama("Bila pelakunya warga sekolah, laporkan ke TPPK sekolah. Lalu ceritakan.") == [
        "Bila pelakunya warga sekolah, laporkan ke TPPK sekolah."]
    assert kalimat_aturan_lama("Sekolah wajib membentuk TPPK menurut Permendikbudristek Nomor 46 Tahun 2023.")
    assert not kalimat_aturan_lama("Peraturan ini mencabut Permendikbudristek Nomor 46 Tahun 2023.")


def test_no_source_text_presents_the_revoked_school_rule_as_current():
    salah = {nama: k for nama, teks in teks_sumber_buku().items() if (k := kalimat_aturan_lama(teks))}
    assert not salah, salah


def test_no_reporting_record_cites_the_revoked_rule():
    import kursus
    for f in kursus.fakta("lapor"):
        assert not LAMA.search(f"{f.hal} {f.keterangan} {f.berlaku}"), f.id
        assert "dicabut" not in kursus.sumber()[f.sumber].judul, f.id
    sekolah = [f for f in kursus.fakta("lapor") if f.sumber == "permendikdasmen6"]
    assert sekolah and all("6 Tahun 2026" in f.berlaku for f in sekolah)


@pytest.mark.parametrize("edisi", ["siswa"])
def test_no_built_page_presents_the_revoked_school_rule_as_current(html_dir, edisi):
    for page in toc_pages(edisi):
        html = (html_dir / page).read_text(encoding="utf-8")
        tubuh = html[html.find('<article'):html.find('</article>')] or html
        teks = re.sub(r"<[^>]+>", " ", tubuh)
        assert not kalimat_aturan_lama(teks), (page, kalimat_aturan_lama(teks))
    bab8 = (html_dir / "notebooks" / "08-aman-dan-bijak.html").read_text(encoding="utf-8")
    for harus in ("Permendikdasmen Nomor 6 Tahun 2026", "kanal pengaduan sekolah", "Pokja"):
        assert harus in bab8, harus


# --- Quizzes that cannot be gamed ----------------------------------------------------------------------

def keseimbangan_kunci(soal) -> tuple[dict[int, float], float]:
    """(share of the keys at each option position, share of items whose key is the one longest option)."""
    posisi = collections.Counter(s.jawaban for s in soal)
    terpanjang = 0
    for s in soal:
        panjang = [len(p) for p in s.pilihan]
        terpanjang += panjang[s.jawaban] == max(panjang) and panjang.count(max(panjang)) == 1
    return {k: v / len(soal) for k, v in sorted(posisi.items())}, terpanjang / len(soal)


def test_the_balance_check_sees_keys_always_first_and_always_longest():
    from kursus.kuis import Soal
    curang = [Soal(str(i), "?", ("jawaban yang panjang sekali", "b", "c"), 0, "", "buku") for i in range(5)]
    posisi, terpanjang = keseimbangan_kunci(curang)
    assert posisi == {0: 1.0} and terpanjang == 1.0


def test_no_option_position_holds_more_than_40_percent_of_the_keys():
    from kursus.kuis import kuis_bab, semua_bab_kuis
    soal = [s for bab in semua_bab_kuis() for s in kuis_bab(bab)]
    posisi, _ = keseimbangan_kunci(soal)
    assert len(soal) >= 40
    assert max(posisi.values()) <= 0.40, posisi


def test_the_key_is_the_longest_option_in_at_most_a_third_of_the_items():
    from kursus.kuis import kuis_bab, semua_bab_kuis
    soal = [s for bab in semua_bab_kuis() for s in kuis_bab(bab)]
    _, terpanjang = keseimbangan_kunci(soal)
    assert terpanjang <= 1 / 3, f"{terpanjang:.0%} of the keys are the longest option"


def test_chapter_6_quiz_asks_at_least_three_questions_about_the_subject():
    from kursus.kuis import kuis_bab
    assert len(kuis_bab("06-memilih")) >= 3


# --- Exercises, quizzes and the worksheet do not give each other's answers ---------------------------------

KATA_UMUM = set("""yang dan di ke dari untuk dengan itu ini atau agar lewat oleh pada dalam sebuah seorang lalu
supaya bisa akan sudah tidak apa mana kegiatan lebih dekat menurut artikel sumber media sosial jejaring""".split())


def kata_isi(teks: str) -> set[str]:
    return {k for k in re.findall(r"[a-z]{3,}", teks.lower()) if k not in KATA_UMUM}


def mirip(a: str, b: str) -> float:
    """Share of content words two texts have in common (Jaccard): 1 for the same case, near 0 for unrelated ones."""
    ka, kb = kata_isi(a), kata_isi(b)
    return len(ka & kb) / len(ka | kb) if ka and kb else 0.0


BATAS_MIRIP = 0.3


def test_the_similarity_check_sees_the_same_case_told_twice():
    latihan = ("Contoh kasus: seorang penyanyi mengunggah video klip baru dan berharap video itu ditonton sebanyak "
               "mungkin orang.")
    assert mirip(latihan, "Seorang penyanyi mengunggah video klip baru agar ditonton sebanyak mungkin orang.") > BATAS_MIRIP
    assert mirip(latihan, "Dua pemain tim futsal sekolah saling mengirim pesan untuk mengatur jadwal latihan.") < 0.1


def latihan_bab(bab: str) -> list[str]:
    sel = json.loads((ROOT / "notebooks" / f"{bab}.ipynb").read_text(encoding="utf-8"))["cells"]
    teks = "\n".join("".join(c["source"]) for c in sel if c["cell_type"] == "markdown")
    return re.findall(r"```\{exercise\}.*?```", teks, re.S)


def test_chapter_5_exercises_do_not_repeat_its_quiz_or_its_statements():
    import kursus
    from kursus.kuis import kuis_bab
    soal = [f"{s.pertanyaan} {s.pilihan[s.jawaban]} {s.penjelasan}" for s in kuis_bab("05-perbedaan")]
    soal += [p.teks for p in kursus.pernyataan("05-perbedaan")]
    sama = [(lat[:60], s[:60]) for lat in latihan_bab("05-perbedaan") for s in soal if mirip(lat, s) > BATAS_MIRIP]
    assert not sama, sama


def test_no_quiz_or_statement_feedback_answers_a_worksheet_item():
    import kursus
    from kursus.kuis import kuis_bab, semua_bab_kuis
    lkpd = (ROOT / "book" / "lkpd.md").read_text(encoding="utf-8")
    butir = [re.sub(r"<[^>]+>", "", b) for b in re.findall(r"<tr><td>\d+</td><td>(.*?)</td>", lkpd)]
    assert len(butir) >= 6, "the worksheet's classification items were not found"
    soal = [s.pertanyaan for bab in semua_bab_kuis() for s in kuis_bab(bab)] + [p.teks for p in kursus.pernyataan()]
    sama = [(b, s[:70]) for b in butir for s in soal if mirip(b, s) > BATAS_MIRIP]
    assert not sama, sama


# --- Indonesian to the last label ------------------------------------------------------------------------

BULAN = "Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember"


def test_the_footer_date_is_written_the_indonesian_way(html_dir):
    html = (html_dir / "notebooks" / "08-aman-dan-bijak.html").read_text(encoding="utf-8")
    tanggal = re.findall(r"Terakhir diperbarui pada\s*([^<]*?)\.?\s*<", html)
    assert tanggal, "no last-updated line"
    for t in tanggal:
        assert re.fullmatch(rf"[1-9]\d? ({BULAN}) 20\d\d", t.strip()), t


def test_no_english_link_tooltips_remain(html_dir):
    for page in toc_pages():
        html = (html_dir / page).read_text(encoding="utf-8")
        assert "Link to this" not in html, page
    assert 'title="Tautan ke istilah ini"' in (html_dir / "book" / "glosarium.html").read_text(encoding="utf-8")


def test_the_bibliography_is_indonesian_and_keeps_proper_nouns_and_issue_numbers(html_dir):
    html = (html_dir / "book" / "daftar-pustaka.html").read_text(encoding="utf-8")
    teks = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", html[html.find("<article"):html.find("</article>")]))
    assert not re.search(r"(boyd|Ellison|Kaplan|Haenlein|Kietzmann|Hermkens|McCarthy)[^.]{0,20}?,? and ", teks)
    assert "boyd dan Nicole B. Ellison" in teks
    assert "Bruno S. Silvestre" in teks and ", dan Bruno S. Silvestre" in teks
    for nama in ("Kamus Besar Bahasa Indonesia", "PP Tunas", "Budaya Sekolah Aman dan Nyaman", "Business Horizons"):
        assert nama in teks, nama
    assert "54(3):241–251" in teks and "53(1):59–68" in teks and "13(1):210–230" in teks


def test_code_cells_that_only_feed_the_book_are_folded_behind_an_indonesian_toggle(html_dir):
    from conftest import chapter_pages
    for page in chapter_pages():
        html = (html_dir / page).read_text(encoding="utf-8")
        sel = re.findall(r'<div class="(cell [^"]*)"', html)
        assert sel, page
        assert all("tag_hide-input" in c for c in sel), (page, [c for c in sel if "tag_hide-input" not in c])
        assert "Tampilkan kode" in html and "Show code" not in html, page


# --- Newest figures lead; platform facts dated exactly ------------------------------------------------------

def teks_halaman(html_dir, page: str) -> str:
    html = (html_dir / page).read_text(encoding="utf-8")
    tubuh = html[html.find("<article"):html.find("</article>")]
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", re.sub(r"<script.*?</script>", " ", tubuh, flags=re.S)))


def test_the_newest_figures_come_first_and_the_older_ones_as_comparison(html_dir):
    import kursus
    bab1 = teks_halaman(html_dir, "notebooks/01-pendahuluan.html")
    baru = kursus.angka("ID_DataReportal", "weekly_time_social_media", "2025-11")
    lama = kursus.angka("ID_DataReportal", "daily_time_social_media", "2024-01")
    assert baru in bab1 and lama in bab1 and bab1.index(baru) < bab1.index(lama)
    bab2 = teks_halaman(html_dir, "notebooks/02-media-sosial.html")
    apjii_2025 = kursus.daftar_angka("ID_APJII_socialapps_single", "most_often_accessed_social_app_pct_respondents", "2025")
    apjii_2024 = kursus.daftar_angka("ID_APJII_socialapps", "most_accessed_social_app_pct_respondents_multi", "2024")
    assert bab2.index(apjii_2025) < bab2.index(apjii_2024)
    for page in ("notebooks/03-jejaring-sosial.html", "notebooks/07-rangkuman.html"):
        assert "Indeks Masyarakat Digital Indonesia (IMDI)" in teks_halaman(html_dir, page), page
    assert kursus.angka("ID_IMDI", "imdi_overall", "2025") in teks_halaman(html_dir, "notebooks/03-jejaring-sosial.html")


def test_x_paid_checks_and_the_removal_of_legacy_checks_are_two_dated_facts_apart_from_whatsapp():
    import kursus
    fakta = {f.id: f for f in kursus.fakta("platform")}
    assert "2022" in fakta["x-centang-berbayar"].berlaku and "20 April 2023" in fakta["x-centang-lama-dihapus"].berlaku
    assert "Laporan dibaca" in fakta["wa-laporan-dibaca"].keterangan
    alasan_wa = [s.alasan for s in kursus.skor_platform() if s.platform == "WhatsApp"]
    assert not any(re.search(r"(?<!tanda )centang biru(?! pada pesan)", a) for a in alasan_wa), alasan_wa


# --- Careful with students ------------------------------------------------------------------------------------

def test_evidence_advice_never_asks_to_keep_sexual_images_of_a_minor(html_dir):
    bab8 = teks_halaman(html_dir, "notebooks/08-aman-dan-bijak.html")
    i = bab8.index("simpan bukti")
    nasihat = bab8[i:i + 900]
    assert "seksual" in nasihat and re.search(r"jangan menyimpan, memotret layar, atau meneruskannya", nasihat)
    assert "Catat saja" in nasihat


def test_the_safety_chapter_speaks_to_each_pp_tunas_age_band(html_dir):
    bab8 = teks_halaman(html_dir, "notebooks/08-aman-dan-bijak.html")
    for kelompok in ("13–15 tahun", "16–17 tahun", "18 tahun"):
        assert kelompok in bab8, kelompok


def test_the_code_toggle_is_named_in_indonesian_by_the_words_it_shows(html_dir):
    """A screen reader names the toggle of a folded code cell by its visible Indonesian text (WCAG 2.5.3, label
    in name): no English label and no label that says something else over it."""
    from conftest import chapter_pages
    for page in chapter_pages():
        html = (html_dir / page).read_text(encoding="utf-8")
        assert "Toggle hidden content" not in html, page
        toggles = re.findall(r"<summary([^>]*)>\s*<p class=\"collapsed admonition-title\">([^<]*)</p>\s*"
                             r"<p class=\"expanded admonition-title\">([^<]*)</p>", html)
        assert toggles, page
        assert set(toggles) == {("", "Tampilkan kode", "Sembunyikan kode")}, (page, set(toggles))


def test_no_quiz_item_asks_how_a_tool_of_the_book_works():
    from kursus.kuis import kuis_bab, semua_bab_kuis
    alat = re.compile(r"pembantu keputusan|penjelajah|simulator|pembanding platform|permainan", re.I)
    salah = [(bab, s.id) for bab in semua_bab_kuis() for s in kuis_bab(bab) if alat.search(s.pertanyaan)]
    assert not salah
