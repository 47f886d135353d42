"""Issue 21 in Python: every valid answer arrives, whatever the file went through, and every size a file can
carry has a limit with an Indonesian message. (The same cases in the browser: test_survei_setara.py.)"""

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kursus import data, survei

BLOK = survei.kolom_blok()
KEPALA = "kelas,absen,platform," + ",".join(BLOK)
CUKUP = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def baris(kelas="8A", absen="3", platform="Facebook", skor="4,4,4,3,5,3,5"):
    return f"{kelas},{absen},{platform},{skor}"


def baca(*isi, kepala=KEPALA, awal="", akhir="\r\n"):
    teks = awal + akhir.join([kepala, *isi]) + akhir
    return survei.baca_teks("x.csv", teks.encode("utf-8") if isinstance(teks, str) else teks)


def pesan(masalah):
    return [(m.baris, m.pesan) for m in masalah]


# --- 1. Nothing valid is lost -------------------------------------------------------------------------

def test_a_bom_file_with_one_windows_1252_byte_loses_only_that_line_naming_line_and_column():
    isi = ("\ufeff" + KEPALA + "\r\n" + baris(absen="1") + "\r\n").encode() + b"8A,2,Caf\xe9,4\r\n" \
        + (baris(absen="3") + "\r\n").encode()
    rows, masalah = survei.baca_teks("x.csv", isi)
    assert [r["absen"] for r in rows] == [1, 3]
    assert pesan(masalah) == [(3, survei.pesan("baris_rusak", kolom=9, kode="0xE9", pengodean="UTF-8"))]
    assert "baris 3" in str(masalah[0]) and "karakter ke-9" in str(masalah[0])


def test_a_utf8_file_without_bom_and_one_stray_byte_loses_only_that_line():
    isi = (KEPALA + "\r\n" + baris(kelas="8É", absen="1") + "\r\n").encode() + b"8A,2,X,4\x80\r\n"
    rows, masalah = survei.baca_teks("x.csv", isi)
    assert [(r["kelas"], r["absen"]) for r in rows] == [("8É", 1)]
    assert [m.baris for m in masalah] == [3] and "0x80" in masalah[0].pesan


def test_a_windows_1252_file_is_still_read_whole():
    isi = ("nama,kelas,platform," + ",".join(BLOK) + "\r\nCafé,8A,Facebook,4,4,4,4,4,4,4\r\n").encode("cp1252")
    rows, masalah = survei.baca_teks("x.csv", isi)
    assert not masalah and rows[0]["nama"] == "Café"


def test_a_utf16_file_with_a_lone_surrogate_loses_only_that_line():
    teks = "\ufeff" + KEPALA + "\r\n" + baris(absen="1") + "\r\n"
    isi = teks.encode("utf-16-le") + "8A,2,X,".encode("utf-16-le") + b"\x00\xd8" + "\r\n".encode("utf-16-le") \
        + (baris(absen="3") + "\r\n").encode("utf-16-le")
    rows, masalah = survei.baca_teks("x.csv", isi)
    assert [r["absen"] for r in rows] == [1, 3]
    assert pesan(masalah) == [(3, survei.pesan("baris_rusak", kolom=8, kode="0xD800", pengodean="UTF-16"))]


@pytest.mark.parametrize("putus", ["\n", "\r\n", "\r", "\n\n"])
def test_a_quoted_cell_with_a_line_break_is_one_cell_not_a_phantom_student(putus):
    kepala = "nama,kelas,platform," + ",".join(BLOK)
    rows, masalah = baca(f'"Siti{putus}Aminah",8A,Facebook,4,4,4,4,4,4,4', "Budi,8A,Facebook,3,3,3,3,3,3,3",
                         kepala=kepala)
    assert not masalah
    assert [r["nama"] for r in rows] == ["Siti Aminah", "Budi"]


def test_line_numbers_after_a_cell_spanning_lines_are_the_file_s_own():
    rows, masalah = baca(baris(kelas='"8\nA"', absen="1"), baris(absen="x"))
    assert [r["kelas"] for r in rows] == ["8 A"] and [m.baris for m in masalah] == [4]


def test_a_quote_never_closed_costs_only_its_line_even_with_quotes_further_down():
    rows, masalah = baca(baris(kelas='"8A', absen="1"), baris(absen="2"), baris(kelas='8A"x', absen="3"),
                         baris(kelas='"8B"', absen="4"))
    assert [m.baris for m in masalah] == [2]
    assert [r["absen"] for r in rows] == [2, 3, 4]


# --- 2. Nothing silent ---------------------------------------------------------------------------------

def jawaban(absen):
    return (KEPALA + "\r\n" + baris(absen=str(absen)) + "\r\n").encode()


def test_files_of_the_same_name_are_reported_as_the_different_files_they_are():
    h = survei.muat_berkas([("survei.csv", jawaban(1)), ("survei.csv", jawaban(2)), ("survei.csv", jawaban(1))])
    kedua = survei.pesan("nama_kembar", nama="survei.csv", ke=2)
    assert h.berkas_dimuat == ["survei.csv", kedua] and h.jumlah_siswa == 2
    assert [str(m) for m in h.masalah] == [
        survei.pesan("tempat_berkas", berkas=survei.pesan("nama_kembar", nama="survei.csv", ke=3),
                     pesan=survei.pesan("sama_persis", berkas_lain="survei.csv"))]


def test_the_same_student_in_two_files_of_the_same_name_points_at_the_other_file():
    lain = (KEPALA + "\r\n" + baris(absen="1", skor="1,1,1,1,1,1,1") + "\r\n").encode()
    h = survei.muat_berkas([("survei.csv", jawaban(1)), ("survei.csv", lain)])
    [m] = h.masalah
    assert m.berkas == survei.pesan("nama_kembar", nama="survei.csv", ke=2)
    assert "sudah menilai Facebook di survei.csv;" in m.pesan


def test_every_file_given_appears_in_the_report():
    files = [("a.csv", jawaban(1)), (".b.csv", jawaban(2)), ("c.xlsx", b"PK"), ("d.csv", b""),
             ("e.csv", KEPALA.encode()), ("f.csv", jawaban(1)), ("g.csv", b"\x00\x01")]
    h = survei.muat_berkas(files)
    assert set(h.berkas_dimuat) | {m.berkas for m in h.masalah} == {n for n, _ in files}


# --- 4. Bounded ----------------------------------------------------------------------------------------

def test_a_5000_digit_score_or_absen_gets_an_indonesian_message():
    rows, masalah = baca(baris(skor="9" * 5000 + ",,,,,,"), baris(absen="1" * 5000))
    assert rows == []
    assert pesan(masalah) == [
        (2, survei.pesan("sel_terlalu_panjang", kolom="identitas", n=5000, maks=survei.batas("panjang_sel"))),
        (3, survei.pesan("sel_terlalu_panjang", kolom="absen", n=5000, maks=survei.batas("panjang_sel")))]


@pytest.mark.parametrize("teks, nilai", [("0" * 150 + "4", 4), ("0004,000", 4), ("1234567", None), ("٤", None),
                                          ("４", 4), ("𝟒", 4), ("4" * 7, None)])
def test_whole_numbers_have_a_bounded_number_of_digits(teks, nilai):
    assert survei.sel.bilangan(teks) == nilai


def test_tens_of_thousands_of_spaces_are_trimmed_and_the_value_kept():
    rows, masalah = baca(baris(absen=" " * 60000 + "3" + "\u3000" * 10000, skor=" " * 50000 + "4,,,,,,"))
    assert not masalah and (rows[0]["absen"], rows[0]["identitas"]) == (3, 4)
    # runs inside a cell are made one space, linearly (the old trimming took seconds here)
    assert survei.aturan.rapikan("a" + " \t" * 40000 + "b") == "a b"


def test_too_many_columns_in_a_line_gets_a_message():
    maks = survei.batas("kolom_maks")
    rows, masalah = baca(baris(absen="1"), baris(absen="2") + "," * maks)
    assert [r["absen"] for r in rows] == [1]
    assert pesan(masalah) == [(3, survei.pesan("terlalu_banyak_kolom", n=maks + 10, maks=maks))]


def test_a_quoted_cell_spans_at_most_the_limit_of_lines():
    n = survei.batas("baris_per_sel")
    rows, masalah = baca(baris(kelas='"8' + "\n" * n + 'A"', absen="1"), baris(absen="2"))
    assert [m.pesan for m in masalah][:1] == [survei.pesan("kutip_terbuka")] and 2 in [r["absen"] for r in rows]


def test_more_files_than_the_limit_are_reported_once_and_the_first_ones_load(monkeypatch):
    monkeypatch.setitem(survei.spesifikasi()["batas"], "berkas_maks", 3)
    survei.batas.cache_clear()
    try:
        h = survei.muat_berkas([(f"{i}.csv", jawaban(i)) for i in range(1, 6)])
    finally:
        monkeypatch.undo()
        survei.batas.cache_clear()
    assert h.berkas_dimuat == ["1.csv", "2.csv", "3.csv"]
    assert [str(m) for m in h.masalah] == [survei.pesan("tempat_berkas", berkas="4.csv",
                                                        pesan=survei.pesan("terlalu_banyak_berkas", maks=3))]


@CUKUP
@given(st.lists(st.sampled_from([" ", "\u00a0", "\u3000", "\t", ":", '"', ";", ",", "0", "9", "a", "\u200b"]),
                min_size=1000, max_size=3000).map("".join))
def test_no_cell_of_any_length_raises(sel):
    rows, masalah = baca(baris(absen=sel), baris(skor=sel + ",,,,,,"), kepala=KEPALA + "," + sel)
    assert all(isinstance(m.pesan, str) for m in masalah)


# --- 1. The form offers only what the import reads -------------------------------------------------

@pytest.mark.parametrize("kelas", [";", "\u200b", ",", '"', "\u2066\u2069", " ; ", "\ufeff;"])
def test_the_form_refuses_a_class_the_import_would_read_as_empty(kelas):
    assert survei.periksa_orang(kelas, "3") == survei.pesan("kelas_form", nilai=survei.aturan.kutip(kelas))


@CUKUP
@given(kelas=st.text(max_size=12), absen=st.sampled_from(["1", "7", "07", "99", " 12 "]))
def test_whatever_the_form_accepts_the_import_reads_as_the_same_student(kelas, absen):
    if survei.periksa_orang(kelas, absen):
        return
    a = int(absen.strip())
    rows, masalah = survei.baca_teks("x.csv", survei.ke_csv(a, kelas, {"Facebook": {BLOK[0]: 4}}).encode())
    assert not masalah and [(r["absen"], r["platform"]) for r in rows] == [(a, "Facebook")]


@pytest.mark.parametrize("kelas", ["", " ", "\t", "\u3000"])
def test_the_form_asks_for_a_class_left_blank(kelas):
    assert survei.periksa_orang(kelas, "3") == survei.pesan("isi_orang")


def test_a_very_long_class_is_refused_by_the_form():
    assert survei.periksa_orang("8" * 201, "3") == survei.pesan("kelas_panjang", maks=200)
    assert survei.periksa_orang("8A", "0" * 5000 + "3") == survei.pesan("absen_form", maks=99)


# --- 5. Wrong arguments from a notebook ---------------------------------------------------------------

@pytest.mark.parametrize("panggil", [
    lambda: survei.muat_folder(123),
    lambda: survei.muat_folder(None),
    lambda: survei.muat_berkas("jawaban-survei"),
    lambda: survei.muat_berkas([("a.csv", "teks, bukan bytes")]),
    lambda: survei.muat_berkas([b"isi"]),
    lambda: survei.baca_teks(b"isi", "a.csv"),
    lambda: survei.ringkasan(survei.muat_folder(survei.FOLDER_CONTOH)),
    lambda: survei.ringkasan(pd.DataFrame({"x": [1]})),
    lambda: survei.tabel_kelas(survei.muat_folder(survei.FOLDER_CONTOH).jawaban),
    lambda: survei.sebaran("jawaban"),
    lambda: survei.grafik_hasil_kelas(survei.ringkasan(survei.muat_folder(survei.FOLDER_CONTOH).jawaban), "3"),
    lambda: survei.grafik_sebaran(survei.ringkasan(survei.muat_folder(survei.FOLDER_CONTOH).jawaban)),
    lambda: survei.selisih_terbesar(None),
    lambda: survei.sumber_survei(None, "folder"),
    lambda: survei.ke_csv(3, "8A", ["Facebook"]),
    lambda: survei.ke_csv(3, "8A", {"Facebook": {BLOK[0]: "4"}}),
    lambda: survei.ke_csv(3, "8A", {"Facebook": {BLOK[0]: 9}}),
    lambda: survei.ke_csv(3, 8, {"Facebook": {BLOK[0]: 4}}),
    lambda: survei.nama_berkas(None),
    lambda: survei.periksa_orang(None, "3"),
    lambda: survei.alasan_buku("Friendster", "identitas"),
])
def test_a_wrong_argument_gets_an_indonesian_message_not_a_bare_python_error(panggil):
    with pytest.raises(survei.ArgumenSalah) as e:
        panggil()
    teks = str(e.value)
    assert teks and not any(k in teks for k in ("expected", "object", "NoneType has", "Traceback")), teks
    assert any(k in teks for k in ("membutuhkan", "berjenis", "harus", "tidak menilai")), teks
    assert isinstance(e.value, TypeError)  # still a TypeError for code that catches one


def test_a_missing_folder_is_still_explained_in_indonesian(tmp_path):
    with pytest.raises(FileNotFoundError, match="tidak ditemukan"):
        survei.muat_folder(tmp_path / "tidak-ada")


def test_the_platforms_and_blocks_are_those_of_the_data_files():
    assert data.platform() and BLOK  # the tests above are about real columns


def test_a_file_named_like_a_label_does_not_merge_with_the_file_that_label_stands_for():
    kedua = survei.pesan("nama_kembar", nama="a.csv", ke=2)
    h = survei.muat_berkas([(kedua, jawaban(1)), ("a.csv", jawaban(2)), ("a.csv", jawaban(3))])
    ketiga = survei.pesan("nama_kembar", nama="a.csv", ke=3)
    assert h.berkas_dimuat == ["a.csv", ketiga] and h.jumlah_siswa == 2
    assert [m.berkas for m in h.masalah] == [kedua]  # not a CSV name, reported under its own name
