"""The course data loads, and malformed data is refused with an Indonesian message naming file, record, field."""

import pytest

from kursus import data
from kursus.data import DataError, Perbedaan, muat

BAIK = """
- id: definisi
  aspek: Definisi
  media_sosial: Siaran ke khalayak luas.
  jejaring_sosial: Hubungan dalam jaringan.
  ciri: Luas khalayak
  skor_media_sosial: 5
  skor_jejaring_sosial: 2
  alasan_skor: Contoh.
  sumber: differencebetween
"""


def muat_teks(teks):
    return muat("perbedaan.yaml", Perbedaan, teks_berkas=teks)


def test_the_five_differences_load_in_teaching_order():
    ids = [p.id for p in data.perbedaan()]
    assert ids == ["definisi", "khalayak", "tujuan", "komunikasi", "tanggapan"]


def test_every_record_cites_a_known_source():
    sumber = data.sumber()
    assert all(p.sumber in sumber for p in data.perbedaan())


def test_a_valid_text_loads_into_records():
    [p] = muat_teks(BAIK)
    assert p.aspek == "Definisi" and p.skor_media_sosial == 5


@pytest.mark.parametrize("teks", ["Skor 2 * 3 = 6.", "Tiga butir ditandai bintang (*).", "nama_berkas.csv",
                                  "a*b dan c*d", "id_apjii dan id_pew"])
def test_stars_and_underscores_that_are_not_emphasis_are_kept(teks):
    [p] = muat_teks(BAIK.replace("Siaran ke khalayak luas.", f"'{teks}'"))
    assert p.media_sosial == teks


@pytest.mark.parametrize("rusak, potongan", [
    (BAIK.replace("  aspek: Definisi\n", ""), ["perbedaan.yaml", "rekaman ke-1", "id 'definisi'", "kolom 'aspek'", "wajib diisi"]),
    (BAIK.replace("skor_media_sosial: 5", "skor_media_sosial: 9"), ["kolom 'skor_media_sosial'", "1 sampai 5", "9"]),
    (BAIK.replace("skor_media_sosial: 5", "skor_media_sosial: lima"), ["kolom 'skor_media_sosial'", "'lima'"]),
    (BAIK.replace("sumber: differencebetween", "sumber: entah"), ["kolom 'sumber'", "'entah' tidak ada di sumber.yaml"]),
    (BAIK.replace("  ciri:", "  cirri:"), ["kolom 'cirri'", "tidak dikenal"]),
    (BAIK + BAIK.replace("- id: definisi", "- id: definisi"), ["rekaman ke-2", "sudah dipakai"]),
    (BAIK.replace("aspek: Definisi", "aspek: [Definisi"), ["format YAML rusak", "baris"]),
    ("", ["daftar rekaman yang tidak kosong"]),
    ("- hanya teks\n", ["rekaman ke-1", "pasangan kolom"]),
    (BAIK.replace("media_sosial: Siaran ke khalayak luas.", "media_sosial: '   '"), ["kolom 'media_sosial'", "kosong"]),
    (BAIK.replace("Siaran ke khalayak luas.", "Menciptakan gaung (*buzz*)."),
     ["kolom 'media_sosial'", "'*buzz*'", "huruf miring", "apa adanya"]),
    (BAIK.replace("Siaran ke khalayak luas.", "Menciptakan gaung (_buzz_)."), ["kolom 'media_sosial'", "'_buzz_'"]),
])
def test_malformed_data_names_file_record_and_field(rusak, potongan):
    with pytest.raises(DataError) as err:
        muat_teks(rusak)
    pesan = str(err.value)
    for p in potongan:
        assert p in pesan, pesan
    assert pesan.startswith("Berkas perbedaan.yaml")


def test_a_missing_data_file_is_named():
    with pytest.raises(DataError, match="tidak_ada.yaml.*tidak ditemukan"):
        data.baca_yaml("tidak_ada.yaml")


def test_captions_name_the_publishers_of_the_cited_sources_but_not_the_books_own_judgement():
    assert data.nama_sumber(data.perbedaan()) == "DifferenceBetween.net"
    assert data.nama_sumber(data.kelebihan()) == "DifferenceBetween.net"  # the book's own items left out
    assert data.nama_sumber([]) == ""
