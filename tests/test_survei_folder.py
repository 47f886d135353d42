"""B: the folder import never stops for one bad entry. Each odd entry is reported in Indonesian, by name, and
skipped; every other file loads. (The tests run as root on CI, so a locked file is simulated.)"""

import errno
import os
import threading

import pytest

from kursus import survei
from kursus.survei import impor

BLOK = survei.kolom_blok()


def jawaban(absen: int) -> bytes:
    return (f"kelas,absen,platform,{','.join(BLOK)}\r\n8A,{absen},Facebook,4,4,4,3,5,3,5\r\n").encode()


@pytest.fixture
def folder(tmp_path):
    """A class folder with two good files around which each test adds one odd entry."""
    (tmp_path / "a-baik.csv").write_bytes(jawaban(1))
    (tmp_path / "z-baik.csv").write_bytes(jawaban(2))
    return tmp_path


def muat_tanpa_macet(folder, detik=10):
    """Load the folder in a thread: a pipe that blocked the import would fail the test, not hang it."""
    hasil = {}
    t = threading.Thread(target=lambda: hasil.setdefault("h", survei.muat_folder(folder)), daemon=True)
    t.start()
    t.join(detik)
    assert not t.is_alive(), "the folder import blocked"
    return hasil["h"]


def satu_masalah(h, nama, potongan):
    assert h.berkas_dimuat == ["a-baik.csv", "z-baik.csv"] and h.jumlah_siswa == 2
    [m] = h.masalah
    assert m.berkas == nama and potongan in m.pesan and m.pesan.endswith("dilewati"), str(m)


def test_a_symlink_loop_is_reported(folder):
    os.symlink(folder / "putar-b.csv", folder / "putar-a.csv")
    os.symlink(folder / "putar-a.csv", folder / "putar-b.csv")
    h = muat_tanpa_macet(folder)
    assert h.berkas_dimuat == ["a-baik.csv", "z-baik.csv"]
    assert [(m.berkas, m.pesan) for m in h.masalah] == [(n, survei.pesan("tautan_rusak"))
                                                        for n in ("putar-a.csv", "putar-b.csv")]


def test_a_broken_symlink_is_reported(folder):
    os.symlink(folder / "tidak-ada.csv", folder / "tautan.csv")
    satu_masalah(muat_tanpa_macet(folder), "tautan.csv", "tautan (shortcut/symlink) yang rusak")


def test_a_symlink_to_a_good_file_loads(folder, tmp_path_factory):
    lain = tmp_path_factory.mktemp("lain") / "c.csv"
    lain.write_bytes(jawaban(3))
    os.symlink(lain, folder / "m-tautan.csv")
    h = muat_tanpa_macet(folder)
    assert h.jumlah_siswa == 3 and not h.masalah


def test_a_folder_named_like_a_csv_file_is_reported(folder):
    (folder / "jawaban.csv").mkdir()
    (folder / "jawaban.csv" / "x.csv").write_bytes(jawaban(9))
    satu_masalah(muat_tanpa_macet(folder), "jawaban.csv", "ini folder, bukan berkas")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this system")
def test_a_pipe_is_reported_without_blocking(folder):
    os.mkfifo(folder / "pipa.csv")
    satu_masalah(muat_tanpa_macet(folder), "pipa.csv", "bukan berkas biasa")


def test_a_device_is_reported_without_being_read(folder):
    os.symlink("/dev/zero", folder / "nol.csv")
    satu_masalah(muat_tanpa_macet(folder), "nol.csv", "bukan berkas biasa")


def test_a_pipe_swapped_in_after_the_check_is_not_waited_for(folder, monkeypatch):
    os.mkfifo(folder / "pipa.csv")
    asli = os.stat

    def stat_lama(path, *a, **k):  # the entry still looked like a small file when it was checked
        st = asli(path, *a, **k)
        if str(path).endswith("pipa.csv"):
            return os.stat_result((0o100644,) + tuple(st)[1:6] + (10,) + tuple(st)[7:10])
        return st
    monkeypatch.setattr(impor.os, "stat", stat_lama)
    satu_masalah(muat_tanpa_macet(folder), "pipa.csv", "bukan berkas biasa")


def test_a_huge_file_is_reported_without_being_read(folder):
    with open(folder / "video.csv", "wb") as f:
        f.truncate(5 * 1024 ** 3)  # 5 GB, sparse: reading it would take minutes
    satu_masalah(muat_tanpa_macet(folder), "video.csv", "berkas lebih dari 200 KB")


@pytest.mark.parametrize("galat, potongan", [
    (PermissionError(errno.EACCES, "Permission denied"), "tidak boleh dibuka (tidak ada izin baca atau sedang "
                                                         "dikunci program lain)"),
    (FileNotFoundError(errno.ENOENT, "No such file"), "hilang saat akan dibaca"),
    (OSError(errno.EIO, "I/O error"), "tidak dapat dibaca (galat sistem EIO)"),
    (IsADirectoryError(errno.EISDIR, "Is a directory"), "ini folder"),
])
def test_a_locked_vanished_or_failing_file_is_reported(folder, monkeypatch, galat, potongan):
    (folder / "m-terkunci.csv").write_bytes(jawaban(5))
    asli = os.open

    def buka(path, *a, **k):
        if str(path).endswith("m-terkunci.csv"):
            raise galat
        return asli(path, *a, **k)
    monkeypatch.setattr(impor.os, "open", buka)
    satu_masalah(muat_tanpa_macet(folder), "m-terkunci.csv", potongan)


def test_a_file_that_vanishes_between_listing_and_reading_is_reported(folder, monkeypatch):
    asli = os.listdir
    monkeypatch.setattr(impor.os, "listdir", lambda p: asli(p) + ["m-hilang.csv"])
    satu_masalah(muat_tanpa_macet(folder), "m-hilang.csv", "hilang saat akan dibaca")


def test_a_notepad_csv_txt_and_an_excel_unicode_text_file_load(folder):
    (folder / "notepad.csv.txt").write_bytes(jawaban(6))
    (folder / "excel.txt").write_bytes(("\ufeff" + jawaban(7).decode().replace(",", "\t")).encode("utf-16-le"))
    h = muat_tanpa_macet(folder)
    assert h.jumlah_siswa == 4 and not h.masalah


@pytest.mark.parametrize("nama, isi, potongan", [
    ("tugas.xlsx", b"PK\x03\x04", "berkas lembar kerja (.xlsx)"),
    ("tugas.ods", b"PK\x03\x04", "berkas lembar kerja (.ods)"),
    ("foto.jpg", b"\xff\xd8\xff", "bukan berkas CSV (.jpg)"),
    ("README", b"hai", "bukan berkas CSV (tanpa akhiran)"),
    ("catatan.txt", b"kumpulkan hari Senin", "bukan berkas survei kelas ini"),
])
def test_other_files_are_reported_by_kind(folder, nama, isi, potongan):
    (folder / nama).write_bytes(isi)
    satu_masalah(muat_tanpa_macet(folder), nama, potongan)


def test_every_odd_entry_at_once_is_reported_and_every_good_file_loads(folder):
    os.symlink(folder / "putar.csv", folder / "putar.csv")
    os.symlink(folder / "tidak-ada.csv", folder / "tautan.csv")
    (folder / "jawaban.csv").mkdir()
    (folder / "jawaban.csv" / "x.csv").write_bytes(jawaban(9))
    (folder / "kosong").mkdir()  # an empty subfolder: nothing to report (the browser cannot see it either)
    os.mkfifo(folder / "pipa.csv")
    with open(folder / "video.csv", "wb") as f:
        f.truncate(300_000)
    (folder / "tugas.xlsx").write_bytes(b"PK")
    (folder / ".tersembunyi.csv").write_bytes(jawaban(8))  # hidden files are reported, not read
    (folder / "m-baik.csv").write_bytes(jawaban(3))
    h = muat_tanpa_macet(folder)
    assert h.berkas_dimuat == ["a-baik.csv", "m-baik.csv", "z-baik.csv"]
    assert sorted(m.berkas for m in h.masalah) == [".tersembunyi.csv", "jawaban.csv", "pipa.csv", "putar.csv",
                                                   "tautan.csv", "tugas.xlsx", "video.csv"]
    assert survei.pesan("tersembunyi") in [m.pesan for m in h.masalah]


def test_an_empty_subfolder_is_not_reported_but_one_holding_files_deep_down_is(folder):
    (folder / "kosong" / "juga-kosong").mkdir(parents=True)
    (folder / "lama" / "dalam").mkdir(parents=True)
    (folder / "lama" / "dalam" / "x.csv").write_bytes(jawaban(5))
    h = muat_tanpa_macet(folder)
    assert [(m.berkas, m.pesan) for m in h.masalah] == [("lama", survei.pesan("folder"))]


@pytest.mark.skipif(os.name != "posix", reason="file names are bytes only on POSIX")
def test_a_file_name_that_is_not_utf8_is_shown_as_the_browser_shows_it(folder):
    nama = os.fsencode(folder) + b"/caf\xe9.csv"
    with open(nama, "wb") as f:
        f.write(jawaban(6))
    h = muat_tanpa_macet(folder)
    assert "caf\ufffd.csv" in h.berkas_dimuat and not h.masalah
    h.jawaban.to_json()  # the name can be written out (no lone surrogate left in it)


def test_a_missing_folder_is_explained_in_indonesian(tmp_path):
    with pytest.raises(FileNotFoundError, match="tidak ditemukan"):
        survei.muat_folder(tmp_path / "jawaban-survei")
