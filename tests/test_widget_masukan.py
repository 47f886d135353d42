"""Widgets answer every input honestly (issue 11.7): a bad value gets an Indonesian message naming the right
parameter, and a failed update leaves no stale chart or table of the previous settings. Widgets are driven
in-process: set ``.value``, read what the learner sees."""

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import kursus
from kursus import data, grafik, logika

BURUK = [float("nan"), float("inf"), -float("inf"), -1, 0, -0.5, "", "  ", None, "abc", True, [3], {"a": 1}, 2.5]
NAMA = ["Peluang membagikan", "Jangkauan setiap unggahan", "Jumlah putaran", "Ukuran jaringan dekat",
        "Ukuran khalayak luas"]
BAIK = [0.05, 100, 8, 150, 139_000_000]


def salah(nilai, indeks):
    """Is `nilai` not acceptable as the simulator's parameter `indeks`?"""
    if nilai is None or isinstance(nilai, (bool, list, dict)) or (isinstance(nilai, str)):
        return True
    if not math.isfinite(nilai):
        return True
    if indeks == 0:
        return not 0 <= nilai <= 1
    return nilai < 1 or nilai != int(nilai)


@pytest.mark.parametrize("indeks", range(5))
@pytest.mark.parametrize("nilai", BURUK)
def test_every_bad_simulator_setting_is_named_in_indonesian(indeks, nilai):
    args = list(BAIK)
    args[indeks] = nilai
    if not salah(nilai, indeks):
        grafik.grafik_viral_satu(*args)
        return
    with pytest.raises(ValueError) as e:
        grafik.grafik_viral_satu(*args)
    assert str(e.value).startswith(NAMA[indeks]), str(e.value)


@settings(max_examples=300, deadline=None)
@given(st.integers(0, 4), st.one_of(st.floats(), st.integers(-10**12, 10**12), st.text(max_size=8), st.none(),
                                    st.booleans(), st.lists(st.integers(), max_size=2)))
def test_any_simulator_setting_gives_a_finite_answer_or_names_its_parameter(indeks, nilai):
    args = list(BAIK)
    args[indeks] = nilai
    try:
        g, teks = grafik.grafik_viral_satu(*args)
    except ValueError as e:
        assert str(e).startswith(NAMA[indeks]), str(e)
        return
    y = [v for jejak in g.fig.data for v in jejak.y]
    assert all(math.isfinite(v) and v >= 0 for v in y) and "putaran" in teks


@pytest.mark.parametrize("nilai, potongan", [
    ("0,25", None), ("7", None), (" ", "belum diisi"), ("1e999", "tak hingga"), ("lima", "bukan 'lima'"),
    (False, "harus berupa angka"), (object(), "harus berupa angka"), (2**2000, "harus berupa angka"),
])
def test_a_number_typed_as_text_is_read_the_indonesian_way_or_refused(nilai, potongan):
    if potongan is None:
        assert logika.bilangan(nilai, "Nilai", 0, 10) == float(nilai.replace(",", "."))
        return
    with pytest.raises(ValueError, match=f"^Nilai .*{potongan}"):
        logika.bilangan(nilai, "Nilai", 0, 10)


def test_the_simulator_widget_clears_its_chart_when_a_setting_is_bad_and_redraws_when_fixed():
    k = kursus.simulator_viral(kursus.populasi_media_sosial_indonesia()).widget
    assert len(k.keluaran.outputs) == 2  # the chart, then its caption
    k.peluang.value = float("nan")  # a FloatSlider lets NaN through
    assert "Peluang membagikan" in k.ringkasan.value and "NaN" in k.ringkasan.value
    assert k.keluaran.outputs == ()
    k.peluang.value = 0.1
    assert "Setelah" in k.ringkasan.value and len(k.keluaran.outputs) == 2  # the chart, then its caption


@pytest.mark.parametrize("populasi", [0, -5, float("nan"), float("inf"), "banyak", None, ""])
def test_a_simulator_built_with_a_bad_audience_size_says_so_and_draws_nothing(populasi):
    k = kursus.simulator_viral(populasi).widget
    assert "Ukuran khalayak luas" in k.ringkasan.value and "kursus-pesan-salah" in k.ringkasan.value
    assert k.keluaran.outputs == ()


@pytest.mark.parametrize("nilai, potongan", [
    ((), "sekarang 0"), (("Instagram",), "sekarang 1"), (None, "sekarang 0"),
])
def test_the_platform_comparer_clears_chart_and_table_on_a_bad_choice(nilai, potongan):
    k = kursus.pembanding_platform(kursus.skor_platform(), kursus.blok()).widget
    assert k.tabel.value and len(k.keluaran.outputs) == 2  # the chart, then its caption
    if nilai is None:
        k.pilihan.value = ()
    else:
        k.pilihan.value = nilai
    assert potongan in k.pesan.value and k.tabel.value == "" and k.keluaran.outputs == ()
    k.pilihan.value = ("Facebook", "TikTok")
    assert "TikTok" in k.tabel.value and k.pesan.value == "" and len(k.keluaran.outputs) == 2  # the chart, then its caption


@pytest.mark.parametrize("pilihan, potongan", [
    ("Facebook", "sekarang 1"), ([1, 2], "Platform 1, 2 tidak ada"), ([None, "Facebook"], "Platform None"),
    (["Facebook", "Facebook"], "sekarang 1"),
])
def test_platform_choices_of_the_wrong_type_are_named(pilihan, potongan):
    with pytest.raises(ValueError, match=potongan):
        logika.banding_platform(kursus.skor_platform(), kursus.blok(), pilihan)


def test_the_statistics_explorer_clears_its_table_when_nothing_is_chosen():
    k = kursus.penjelajah_statistik(data.statistik(), data.catatan_statistik()).widget
    assert "<table" in k.hasil.value
    k.menu.value = None
    assert "Pilih kumpulan data" in k.hasil.value and "<table" not in k.hasil.value
    assert [v for _, v in k.tahun.options] == [""]
    k.menu.value = "ID_APJII|internet_users"
    assert "221.563.479" in k.hasil.value


@pytest.mark.parametrize("tahun, potongan", [("1999", "tanggal '1999'"), (2024, None), ("", None), (None, None)])
def test_a_date_not_in_the_figures_is_named(tahun, potongan):
    if potongan is None:
        assert not logika.tabel_statistik(data.statistik(), "ID_APJII|internet_users", tahun).empty
        return
    with pytest.raises(ValueError, match=potongan):
        logika.tabel_statistik(data.statistik(), "ID_APJII|internet_users", tahun)


def test_an_empty_statistics_table_is_refused_in_indonesian():
    with pytest.raises(ValueError, match="Tidak ada angka untuk dijelajahi"):
        kursus.penjelajah_statistik(data.statistik().iloc[0:0], {})


def test_the_decision_helper_and_the_attribute_explorer_answer_an_empty_choice():
    k = kursus.pembantu_keputusan(data.pilihan_keputusan(), data.perbedaan()).widget
    assert "kursus-rekomendasi" in k.hasil.value
    k.tujuan.value = None
    assert "Pilih tujuan" in k.hasil.value and "kursus-rekomendasi" not in k.hasil.value
    a = kursus.penjelajah_atribut(data.perbedaan()).widget
    a.pilihan.value = None
    assert "Pilih atribut" in a.hasil.value and "kursus-kartu" not in a.hasil.value


@pytest.mark.parametrize("args, nama", [
    ((0.1, 10, 3, float("nan")), "Ukuran jaringan"), ((0.1, 10, 3, 0), "Ukuran jaringan"),
    ((0.1, float("inf"), 3), "Jangkauan"), ((0.1, 10, 2.5), "Jumlah putaran"), (("x", 10, 3), "Peluang"),
    ((None, 10, 3), "Peluang"), ((0.1, 10 ** 7, 3), "Jangkauan"),
])
def test_viral_spread_names_the_parameter_it_refuses(args, nama):
    with pytest.raises(ValueError, match=f"^{nama}"):
        logika.sebaran_viral(*args)
