"""Quizzes and widgets driven in-process: set values, press buttons, read what the learner sees."""

import pytest

import kursus
from kursus import data
from kursus.data import DataError
from kursus.kuis import kuis_bab, kuis_html, kuis_widget, muat_kuis, periksa, semua_bab_kuis, soal_dari_pernyataan


@pytest.fixture
def soal():
    return soal_dari_pernyataan(data.pernyataan())[0]  # answer: Media sosial (index 0)


@pytest.mark.parametrize("dipilih, benar, potongan", [
    (0, True, "Benar!"), ("0", True, "Benar!"), (1, False, "Belum tepat. Jawaban yang benar: Media sosial"),
    (None, None, "Pilih salah satu"), ("", None, "Pilih salah satu"), ("<script>", None, "tidak dikenali"),
    (7, None, "tidak ada di antara pilihan"), (-1, None, "tidak ada di antara pilihan"),
])
def test_an_answer_is_judged_with_an_indonesian_message(soal, dipilih, benar, potongan):
    hasil, pesan = periksa(soal, dipilih)
    assert hasil is benar and potongan in pesan


def test_every_chapter_quiz_loads_with_valid_answers():
    assert semua_bab_kuis()
    for bab in semua_bab_kuis():
        for s in kuis_bab(bab):
            assert 0 <= s.jawaban < len(s.pilihan)


def test_a_quiz_answer_that_is_not_a_choice_is_refused():
    teks = "- id: a\n  pertanyaan: P?\n  pilihan: [Ya, Tidak]\n  jawaban: Mungkin\n  penjelasan: E\n  sumber: buku\n"
    with pytest.raises(DataError, match="kuis/uji.yaml, rekaman ke-1 .*kolom 'jawaban'.*'Mungkin'"):
        muat_kuis("uji", teks)


def test_static_quiz_escapes_text_and_carries_feedback(soal):
    from kursus.kuis import Soal
    jahat = Soal("x", "<img src=x onerror=alert(1)>?", ("<b>A</b>", "B"), 0, "karena <i>", "buku")
    html = kuis_html([jahat, soal], "uji")
    assert "<img" not in html and "&lt;img" in html
    assert html.count('<fieldset class="kursus-soal"') == 2
    assert 'class="kursus-interaktif kursus-kuis"' in html


def test_live_quiz_answers_and_keeps_score(soal):
    kotak = kuis_widget([soal, soal])
    pertama, kedua = kotak.soal_widgets
    pertama.children[2].click()  # no answer chosen
    assert "Pilih salah satu" in pertama.children[3].value
    assert "0 benar dari 0" in kotak.skor.value
    pertama.children[1].value = 0
    pertama.children[2].click()
    kedua.children[1].value = 1
    kedua.children[2].click()
    assert "Benar!" in pertama.children[3].value and "Belum tepat" in kedua.children[3].value
    assert "1 benar dari 2" in kotak.skor.value


def test_classifier_gives_feedback_once_per_statement_and_keeps_a_running_score():
    t = kursus.tebak_jenis(data.pernyataan("05-perbedaan"))
    k = t.widget
    assert "Pernyataan 1 dari 8" in k.teks.value
    k.tombol[0].click()
    assert "Benar!" in k.umpan.value and "1 benar dari 1" in k.skor.value
    k.tombol[1].click()  # a second answer to the same statement does not count
    assert "sudah dijawab" in k.umpan.value and "1 benar dari 1" in k.skor.value
    k.lanjut.click()
    assert "Pernyataan 2 dari 8" in k.teks.value and k.umpan.value == ""
    k.tombol[0].click()  # statement 2 is jejaring sosial
    assert "Belum tepat" in k.umpan.value and "1 benar dari 2" in k.skor.value
    assert t._repr_mimebundle_()["text/html"].count("<fieldset") == 8


def test_decision_helper_updates_when_goal_or_audience_changes():
    t = kursus.pembantu_keputusan(data.pilihan_keputusan(), data.perbedaan())
    k = t.widget
    k.tujuan.value, k.khalayak.value = "relasi", "tertentu"
    assert "Utamakan jejaring sosial" in k.hasil.value
    k.khalayak.value = "luas"
    assert "Gabungkan keduanya" in k.hasil.value
    statis = t._repr_mimebundle_()["text/html"]
    assert statis.count("data-kunci=") == 8 and statis.count("<select") == 2


def test_statistics_explorer_shows_the_chosen_figures_with_source_and_caveat():
    t = kursus.penjelajah_statistik(data.statistik(), data.catatan_statistik())
    k = t.widget
    k.menu.value = "ID_DataReportal|social_media_user_identities"
    assert [v for _, v in k.tahun.options] == ["", "2024-01", "2025-01", "2025-11"]
    assert [label for label, _ in k.tahun.options] == ["Semua", "Januari 2024", "Januari 2025", "November 2025"]
    assert "139" in k.hasil.value and "143" in k.hasil.value and "cara menghitung" in k.hasil.value
    k.tahun.value = "2025-01"
    assert "143" in k.hasil.value and "139" not in k.hasil.value


def test_viral_simulator_reports_how_far_a_post_travels_for_the_chosen_settings():
    t = kursus.simulator_viral(kursus.populasi_media_sosial_indonesia())
    k = t.widget
    sebelum = k.ringkasan.value
    k.peluang.value = 0.0
    assert k.ringkasan.value != sebelum and "sekitar 100 orang" in k.ringkasan.value
    k.jaringan.value = 40
    k.putaran.value = 3
    assert "Setelah 3 putaran" in k.ringkasan.value and "dari 40 orang" in k.ringkasan.value
    assert len(k.keluaran.outputs) == 2  # the chart, then its caption


def test_attribute_explorer_includes_similarities_and_both_lists():
    t = kursus.penjelajah_atribut(data.perbedaan(), data.persamaan(), data.kelebihan())
    k = t.widget
    k.pilihan.value = "kekurangan"
    assert "Banyak konten spam" in k.hasil.value and "Jangkauan lebih sempit" in k.hasil.value
    k.pilihan.value = "sama-viral"
    assert k.hasil.value.count("pemasaran viral") == 2


def test_a_quiz_quotes_figures_from_the_data_instead_of_typing_them():
    teks = ("- id: a\n  pertanyaan: APJII mencatat {angka:ID_APJII,internet_penetration,2018}?\n"
            "  pilihan: [Ya, Tidak]\n  jawaban: Ya\n  penjelasan: E\n  sumber: apjii\n")
    [s] = muat_kuis("uji", teks)
    assert s.pertanyaan == "APJII mencatat 64,8%?"
    with pytest.raises(DataError, match="kuis/uji.yaml, rekaman ke-1"):
        muat_kuis("uji", teks.replace("2018}", "1999}"))
    with pytest.raises(DataError, match="penanda"):
        muat_kuis("uji", teks.replace("{angka:ID_APJII,internet_penetration,2018}", "{angka:ID_APJII}"))


def test_platform_comparer_shows_two_to_four_platforms_with_reasons_and_refuses_other_counts():
    t = kursus.pembanding_platform(kursus.skor_platform(), kursus.blok())
    k = t.widget
    assert "Facebook" in k.tabel.value and "LinkedIn" in k.tabel.value and "Instagram" not in k.tabel.value
    assert len(k.keluaran.outputs) == 2  # the chart, then its caption
    k.pilihan.value = ("Instagram", "TikTok", "YouTube")
    assert "TikTok" in k.tabel.value and "LinkedIn" not in k.tabel.value and k.pesan.value == ""
    k.pilihan.value = ("Instagram",)
    # The chart and table of the previous choice would no longer match the menu: both are cleared.
    assert "dua sampai empat" in k.pesan.value and k.tabel.value == "" and k.keluaran.outputs == ()
    k.pilihan.value = tuple(kursus.platform()[:5])
    assert "sekarang 5" in k.pesan.value


def test_platform_ratings_come_from_the_data_with_a_reason_for_each():
    from kursus import logika
    df = logika.banding_platform(kursus.skor_platform(), kursus.blok(), ["WhatsApp", "X"])
    assert len(df) == 14 and df["Alasan"].str.len().gt(10).all()
    with pytest.raises(ValueError, match="tidak ada di data buku"):
        logika.banding_platform(kursus.skor_platform(), kursus.blok(), ["WhatsApp", "<b>Friendster</b>"])
    g = kursus.grafik_platform_semua(kursus.skor_platform(), kursus.blok())
    [menu] = g.fig.layout.updatemenus
    assert menu.buttons[0].label == "Facebook vs LinkedIn"
    assert [t.visible for t in g.fig.data] == [p in ("Facebook", "LinkedIn") for p in kursus.platform()]
