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
