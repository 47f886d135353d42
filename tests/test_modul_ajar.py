"""The Modul Ajar and the LKPD as sources: every lesson plan adds up minute by minute, the worksheet defines
every aspect and block it asks about (from the data files), and both agree on how many platforms are rated."""

import re

import pytest

from conftest import ROOT
from kursus import data

PANDUAN = (ROOT / "book" / "panduan-guru.md").read_text(encoding="utf-8")
LKPD = (ROOT / "book" / "lkpd.md").read_text(encoding="utf-8")


def plans(text: str) -> dict[str, tuple[int, list[list[str]]]]:
    """Every heading that ends in '(N menit)' -> N and the rows of the first table after it."""
    found = {}
    for m in re.finditer(r"^#{3,4} (.+\((\d+) menit\))\s*$", text, re.M):
        rest = text[m.end():]
        table = re.search(r"^\|.*\|\s*\n\|[-| ]+\|\s*\n((?:\|.*\|\s*\n?)+)", rest, re.M)
        rows = [[c.strip() for c in line.strip().strip("|").split("|")] for line in table.group(1).splitlines()
                if line.strip()]
        found[m.group(1)] = (int(m.group(2)), rows)
    return found


PLANS = plans(PANDUAN)


def test_the_guide_has_every_plan_the_timetable_needs():
    judul = " ".join(PLANS)
    for rencana in ("SMP: 2 JP × 40 menit (80 menit)", "SMA: 2 JP × 45 menit (90 menit)", "Pertemuan 1 (80 menit)",
                    "Pertemuan 2 (80 menit)", "tanpa perangkat (80 menit)", "ponsel saja (80 menit)"):
        assert rencana in judul, rencana


@pytest.mark.parametrize("judul", sorted(PLANS))
def test_every_plan_adds_up_minute_by_minute(judul):
    total, rows = PLANS[judul]
    mulai = 0
    for menit, lama, *_ in rows:
        a, b = (int(x) for x in re.split(r"[–-]", menit))
        assert a == mulai, (judul, menit)
        assert b - a == int(lama), (judul, menit, lama)
        mulai = b
    assert mulai == total == sum(int(r[1]) for r in rows), judul


def test_a_plan_that_does_not_add_up_is_caught():
    broken = "### Rencana X (80 menit)\n\n| Menit | Lama | Tahap | Kegiatan |\n|---|---|---|---|\n" \
             "| 0–5 | 5 | A | a |\n| 5–70 | 65 | B | b |\n"
    total, rows = plans(broken)["Rencana X (80 menit)"]
    assert sum(int(r[1]) for r in rows) != total


def test_the_worksheet_defines_every_aspect_and_block_from_the_data():
    """The concept cards are built from the data at build time (kursus.tabel), never typed into the page."""
    from kursus.tampilan import esc
    from kursus.tabel import substitusi_kartu
    kartu = substitusi_kartu()
    assert "{{ kartu_aspek_lkpd }}" in LKPD and "{{ kartu_blok_lkpd }}" in LKPD
    for a in data.perbedaan():
        assert f'<th scope="row">{esc(a.aspek)}</th>' in kartu["kartu_aspek_lkpd"], a.aspek
        assert esc(a.media_sosial) in kartu["kartu_aspek_lkpd"] and esc(a.jejaring_sosial) in kartu["kartu_aspek_lkpd"]
    for b in data.blok():
        assert esc(b.arti) in kartu["kartu_blok_lkpd"], b.nama


def test_the_printed_worksheet_shows_the_concept_cards(html_dir):
    halaman = (html_dir / "book" / "lkpd.html").read_text(encoding="utf-8")
    assert "{{" not in halaman and "kartu_aspek" not in halaman
    for a in data.perbedaan():
        assert f'<th scope="row">{a.aspek}</th>' in halaman, a.aspek


def test_the_worksheet_and_the_plan_rate_the_same_number_of_platforms():
    jumlah = {m.lower() for m in re.findall(r"\b(dua|tiga|empat|lima|enam|tujuh) platform\b", LKPD)}
    assert jumlah == {"tiga"}, jumlah
    rencana = {m.lower() for m in re.findall(r"menilai \**(dua|tiga|empat|lima|enam|tujuh) platform", PANDUAN)}
    assert rencana == {"tiga"}, rencana


def test_the_guide_names_the_curriculum_it_follows_and_what_a_school_must_check():
    for teks in ("046/H/KR/2025", "Permendikdasmen Nomor 10 Tahun 2025", "Nomor 13 Tahun 2025",
                 "Yang perlu diperiksa sekolah"):
        assert teks in PANDUAN, teks
    for dimensi in ("keimanan dan ketakwaan", "kewargaan", "penalaran kritis", "kreativitas", "kolaborasi",
                    "kemandirian", "kesehatan", "komunikasi"):
        assert dimensi in PANDUAN.lower(), dimensi
