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
    for rencana in ("SMP: 2 JP × 40 menit (80 menit)", "SMA: 2 JP × 45 menit (90 menit)", "Pertemuan A: ATP pertemuan 3–4 (80 menit)",
                    "Pertemuan B: ATP pertemuan 5 (80 menit)", "tanpa perangkat (80 menit)", "ponsel saja (80 menit)"):
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


# --- Issue 19: a Modul Ajar a supervisor accepts, real SMP and SMA tracks, an assessment bank ------------------

BANK = (ROOT / "book" / "bank-asesmen.md").read_text(encoding="utf-8")
LEMBAR = (ROOT / "book" / "lembar-sumatif.md").read_text(encoding="utf-8")
SOAL = re.compile(r"^### (S\d+) · (TP\d)(?: \(SMA\))? · (Pemahaman|Penerapan|Penalaran) · ([^\n]+)\n\n(.*?)\n\n"
                  r"\*\*Kunci\*\*: (.*?)\*\*Skor\*\*", re.M | re.S)


def bagian(text: str, judul: str) -> str:
    """The text of a section from its heading to the next heading of the same or a higher level."""
    m = re.search(rf"^(#+) {re.escape(judul)}\s*$", text, re.M)
    assert m, judul
    akhir = re.search(rf"^#{{1,{len(m.group(1))}}} ", text[m.end():], re.M)
    return text[m.end():m.end() + akhir.start()] if akhir else text[m.end():]


def test_the_cp_section_says_the_decree_could_not_be_read_and_where_the_closest_wording_was_read():
    cp = bagian(PANDUAN, "Capaian pembelajaran (CP) Fase D dan Fase E")
    assert "tidak dapat kami buka" in cp and "046/H/KR/2025" in cp
    for tempat in ("mtssmusliminbjp.sch.id", "PAD Informatika", "Scribd"):
        assert tempat in cp, tempat
    assert "Fase D (kelas VII–IX)" in cp and "Fase E (kelas X)" in cp  # the box to copy the official text into


def test_the_atp_places_the_eight_chapters_over_four_to_six_meetings():
    atp = bagian(PANDUAN, "Alur tujuan pembelajaran (ATP)")
    rows = [r for r in re.findall(r"^\| (\d+) \| (.*?) \|", atp, re.M)]
    assert 4 <= len(rows) <= 6, rows
    bab = {int(b) for _, isi in rows for b in re.findall(r"\b([1-8]) [A-Z]", isi)}
    assert bab == set(range(1, 9)), bab
    assert "Empat pertemuan" in atp and "Lima pertemuan" in atp
    for tp in ("TP1", "TP2", "TP3", "TP4", "TP5"):
        assert tp in atp, tp


def test_every_component_of_the_2025_frame_is_mapped_to_a_part_of_the_module():
    peta = bagian(PANDUAN, "Komponen kerangka 2025 dan letaknya di modul ini")
    baris = re.findall(r"^\| (Identifikasi|Desain pembelajaran|Pengalaman belajar|Asesmen) \| (.*?) \| (.*?) \|$",
                       peta, re.M)
    assert {b[0] for b in baris} == {"Identifikasi", "Desain pembelajaran", "Pengalaman belajar", "Asesmen"}
    assert len(baris) >= 16
    for _, _, letak in baris:
        for judul in re.findall(r"\*([^*]+)\*", letak):  # every section it points to exists
            assert re.search(rf"^#+ {re.escape(judul)}", PANDUAN, re.M), judul
    for sub in ("Identifikasi murid", "Identifikasi materi", "Dimensi profil lulusan", "Lintas disiplin ilmu",
                "Praktik pedagogis", "Kemitraan pembelajaran", "Lingkungan pembelajaran", "Pemanfaatan digital"):
        assert sub in PANDUAN, sub


def test_the_diagnostic_comes_before_the_groups_are_formed_in_every_single_lesson_plan():
    for judul, (_, rows) in PLANS.items():
        if judul.startswith(("Pertemuan B",) + tuple(f"ATP pertemuan {n}" for n in range(2, 7))):
            continue  # groups stay from the first meeting
        kegiatan = [r[3] for r in rows]
        diag = next(i for i, k in enumerate(kegiatan) if "diagnostik" in k)
        kelompok = next(i for i, k in enumerate(kegiatan) if "Kelompok campuran" in k or "kelompok campuran" in k)
        assert diag < kelompok, judul
    assert "Diagnostik dilakukan **sebelum kelompok dibentuk**" in PANDUAN


def test_plans_leave_time_for_transitions_and_the_closing_is_long_enough_for_what_it_holds():
    for judul, (_, rows) in PLANS.items():
        if "tanpa perangkat" in judul or "ponsel" in judul or "Pertemuan" in judul or "SMP" in judul or "SMA" in judul:
            assert any(r[2] == "Transisi" for r in rows), judul
        for menit, lama, tahap, kegiatan in rows:
            if tahap == "Penutup":
                tugas = len(re.findall(r"[,.]", kegiatan.rstrip(".")))  # things listed, roughly
                assert int(lama) >= 2 * (tugas + 1) and int(lama) >= 5, (judul, kegiatan)


def test_the_sma_plan_has_its_own_activities_and_summative_task_not_just_more_minutes():
    smp = " ".join(r[3] for r in PLANS["Rencana SMP: 2 JP × 40 menit (80 menit)"][1])
    sma = " ".join(r[3] for r in PLANS["Rencana SMA: 2 JP × 45 menit (90 menit)"][1])
    for khas in ("CSV", "lembar kerja", "AVERAGEIF", "klaim"):
        assert khas in sma and khas not in smp, khas
    assert "Pertemuan B SMA: ATP pertemuan 5 (90 menit)" in PLANS
    assert "tambahkan 10 menit" not in PANDUAN
    sumatif = bagian(PANDUAN, "Sumatif SMA (Fase E): analisis data survei kelas dan argumen bersumber")
    assert "dua sumber yang ditulis lengkap" in sumatif and "Rubrik tugas sumatif SMA" in sumatif
    assert "TP5 (SMA, Fase E)" in bagian(PANDUAN, "D. Tujuan pembelajaran dan KKTP")


def test_the_phone_only_plan_collects_each_students_written_evidence_for_every_tujuan():
    ponsel = bagian(PANDUAN, "Rencana ponsel saja (80 menit)")
    bukti = ponsel[ponsel.index("**Bukti tertulis setiap murid**"):]
    for tp in ("TP1", "TP2", "TP3", "TP4", "TP5"):
        assert re.search(rf"{tp} di (tiket keluar|buku tulis)|{tp}\)", bukti), tp


def test_the_guide_routes_survey_files_without_whatsapp_between_teacher_and_student():
    g = bagian(PANDUAN, "Survei kelas: cara berkas sampai ke guru")
    for jalur in ("**Flashdisk**", "**Akun belajar sekolah**", "**Kertas**", "**WhatsApp hanya lewat ponsel orang tua**"):
        assert jalur in g, jalur
    assert "langsung ke nomor guru" not in PANDUAN and "secara pribadi kepada guru" not in PANDUAN
    assert "Tampilan proyektor" in g and "lembar persetujuan" in g.lower()
    assert "edisi siswa" in PANDUAN[:PANDUAN.index("## A.")]  # project chapters from the student edition


def test_the_assessment_bank_tags_every_item_and_its_kisi_kisi_agrees():
    soal = SOAL.findall(BANK)
    assert len(soal) >= 10
    kisi = {r[0]: r for r in re.findall(r"^\| (S\d+) \| (TP\d)(?: \(SMA\))? \| [^|]+ \| (\w+) \| ([^|]+?) \| [^|]+ \| (\d+) \|$",
                                        bagian(BANK, "Kisi-kisi"), re.M)}
    assert set(kisi) == {s[0] for s in soal}
    for sid, tp, level, bentuk, stem, kunci in soal:
        assert kisi[sid][1:4] == (tp, level, bentuk.strip()), sid
        assert kunci.strip(), sid
    bentuk = {s[3] for s in soal}
    assert {"Pilihan ganda kompleks", "Menjodohkan", "Isian singkat"} <= bentuk
    assert {s[2] for s in soal} == {"Pemahaman", "Penerapan", "Penalaran"}
    for tp in ("TP1", "TP2", "TP3", "TP4", "TP5"):
        assert sum(s[1] == tp for s in soal) >= 2, tp
    smp = sum(int(kisi[s][4]) for s in kisi if "TP5" != kisi[s][1])
    teks = re.sub(r"\s+", " ", BANK)
    assert f"skor maksimum {smp}" in teks and f"skor maksimum {sum(int(k[4]) for k in kisi.values())}" in teks


def test_the_bank_items_are_not_in_the_chapter_quizzes():
    kuis = " ".join(p.read_text(encoding="utf-8") for p in (ROOT / "src" / "kursus" / "data" / "kuis").glob("*.yaml"))
    kuis = re.sub(r"\s+", " ", kuis)
    for sid, _, _, _, stem, _ in SOAL.findall(BANK):
        kalimat = re.sub(r"\s+", " ", stem.split("\n")[0])[:60]
        assert kalimat not in kuis, sid


def test_the_printable_summative_sheet_has_the_banks_items_and_stimuli_without_keys():
    for sid, _, _, _, stem, _ in SOAL.findall(BANK):
        assert f'<span class="kursus-kode-soal">{sid}</span>\n\n{stem.strip()}' in LEMBAR, sid
    assert bagian(BANK, "Stimulus").strip() in LEMBAR
    assert "**Kunci**" not in LEMBAR and "**Skor**" not in LEMBAR
    assert "Nama" in LEMBAR and "Kelas / nomor absen" in LEMBAR


def test_the_diagnostic_sheet_has_a_row_for_every_student_of_a_large_class():
    lembar = (ROOT / "book" / "lembar-diagnostik.md").read_text(encoding="utf-8")
    assert [int(n) for n in re.findall(r'<tr><th scope="row">(\d+)</th>', lembar)] == list(range(1, 37))
    assert "Tumpukan (A / B / C)" in lembar and "Kelompok" in lembar
