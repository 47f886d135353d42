"""No full name on the class-results page: students are shown as class and nomor absen; a name from an older,
name-based file is replaced by a code, in the list of students, in every message and in file names (old
exports were saved as survei-8a-siti-aminah.csv). The sample files the book ships carry no names."""

import csv
import re
import io

from kursus import survei
from kursus.survei import muat_berkas

KEPALA_LAMA = "nama,kelas,platform,identitas,percakapan,berbagi,kehadiran,hubungan,reputasi,kelompok"


def lama(nama_berkas, *baris):
    return nama_berkas, ("\n".join((KEPALA_LAMA,) + baris) + "\n").encode("utf-8")


def test_a_name_from_an_old_file_is_shown_as_class_and_a_code_never_as_the_name():
    h = muat_berkas([lama("survei-8a-siti-aminah.csv", "Siti Aminah,8A,Facebook,4,4,4,3,5,3,5")])
    html = survei.laporan_html(h)
    kode = survei.kode_nama("Siti Aminah")
    assert f"8A tanpa no. absen (nama disamarkan, kode {kode})" in html
    assert "Siti" not in html and "Aminah" not in html


def test_the_same_name_typed_another_way_gets_the_same_code_and_two_names_get_two_codes():
    assert survei.kode_nama("Siti Aminah") == survei.kode_nama(" siti  AMINAH ")
    assert survei.kode_nama("Siti Aminah") != survei.kode_nama("Budi Santoso")
    assert re.fullmatch(r"[0-9]{4}", survei.kode_nama("Siti Aminah"))


def test_a_file_name_and_a_message_that_carry_a_name_are_masked_too():
    h = muat_berkas([
        lama("survei-8a-siti-aminah.csv", "Siti Aminah,8A,Facebook,4,4,4,3,5,3,5"),
        lama("survei-8a-siti-aminah (1).csv", "Siti Aminah,8A,Facebook,1,1,1,1,1,1,1"),
    ])
    asli = [str(m) for m in h.masalah]
    assert any("siti-aminah" in m for m in asli)  # the problem list itself still names the files
    tampil = survei.catatan_masalah(h)
    assert len(tampil) == len(asli) >= 1
    assert not [m for m in tampil if "siti" in m.lower() or "aminah" in m.lower()], tampil
    kode = survei.kode_nama("Siti Aminah")
    assert any(f"nama-disamarkan-{kode}" in m for m in tampil)
    html = survei.laporan_html(h)
    assert "aminah" not in html.lower()


def test_files_without_names_are_shown_unchanged():
    kepala = KEPALA_LAMA.replace("nama,kelas", "kelas,absen")
    h = muat_berkas([("survei-8a-absen-07.csv", f"{kepala}\n8A,7,Facebook,4,,,,,,\n8A,7,Facebook,5,,,,,,\n".encode())])
    assert survei.catatan_masalah(h) == [str(m) for m in h.masalah] and h.masalah
    assert "8A no. absen 7" in survei.laporan_html(h)


def test_the_sample_files_the_book_ships_carry_no_names():
    """Every sample file with a nama column holds a placeholder, no person's name; none is named after one."""
    for f in sorted(survei.FOLDER_CONTOH.iterdir()):
        teks = f.read_text(encoding="utf-8", errors="replace")
        baris = list(csv.reader(io.StringIO(teks)))
        kepala = [k.strip().lower() for k in baris[0]] if baris else []
        if "nama" in kepala:
            i = kepala.index("nama")
            assert {r[i] for r in baris[1:] if len(r) > i} <= {"Contoh Berkas Lama"}, f.name
        assert not {"siti", "budi", "yohanes", "manurung", "aminah", "santoso"} & set(
            teks.lower().replace(",", " ").replace("-", " ").split()), f.name
        assert not {"yohanes", "siti", "budi"} & set(f.stem.split("-")), f.name


def test_the_importer_has_a_projector_view_that_starts_off():
    html = survei.pengimpor_statis("91-hasil-survei-kelas.ipynb")
    assert 'class="btn btn-secondary kursus-impor-proyektor" aria-pressed="false" disabled' in html
    assert "Tampilan proyektor" in html
