"""Class survey: a student's export is safe to open in a spreadsheet; the teacher's import keeps every valid
row and reports every unusable file (or row) in Indonesian, file by file. Property tests are in
test_survei_sifat.py, folder entries in test_survei_folder.py, the browser's importer in test_survei_browser.py."""

import base64
import csv
import io
import re

import pytest

from kursus import data, survei
from kursus.survei import baca_teks, ke_csv, muat_berkas, netralkan

KEPALA = "nama,kelas,platform,identitas,percakapan,berbagi,kehadiran,hubungan,reputasi,kelompok"


def berkas(nama, *baris, kepala=KEPALA):
    return nama, ("\r\n".join([kepala, *baris]) + "\r\n").encode("utf-8")


def siswa(nama, platform="Facebook", skor="4,4,4,3,5,3,5", kelas="8A"):
    return f"{nama},{kelas},{platform},{skor}"


BAIK = [berkas("a.csv", siswa("Ani"), siswa("Ani", "TikTok", "3,3,5,2,2,4,2")),
        berkas("b.csv", siswa("Banu"), siswa("Banu", "WhatsApp", "2,5,4,5,4,1,4"))]


# --- Export ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("teks, aman", [
    ("=1+1", "'=1+1"), ("+62812", "'+62812"), ("-2", "'-2"), ("@SUM(A1)", "'@SUM(A1)"), ("\t=cmd", "'=cmd"),
    ("=HYPERLINK(\"http://x\")", "'=HYPERLINK( http://x )"), ("\r\n=1", "'=1"), (" \u00a0=1", "'=1"),
    ("\uff1d1+1", "'\uff1d1+1"), ("\ufe6b1", "'\ufe6b1"), ("\u22121", "'\u22121"), ("\u200b=1", "'=1"),
    ("'=1", "''=1"), ("a;=1", "a =1"), ("a,=1", "a =1"), ("x\n=1", "x =1"),
])
def test_text_a_spreadsheet_would_run_as_a_formula_is_neutralised(teks, aman):
    assert netralkan(teks) == aman
    assert survei.buka_sel(aman) == aman[1:] if aman.startswith("'") else aman


@pytest.mark.parametrize("nilai", ["Siti", "8A", "Budi-Santoso", "", "'Ani", 5, None])
def test_ordinary_values_pass_unchanged(nilai):
    assert netralkan(nilai) == nilai


def test_the_exported_csv_has_no_cell_starting_a_formula():
    teks = ke_csv(7, "@8A", {"Facebook": {"identitas": 4, "kelompok": 5}}, nama="=cmd|' /C calc'!A0")
    sel = [c for row in csv.reader(io.StringIO(teks)) for c in row]
    assert sel and not [c for c in sel if c.startswith(("=", "+", "-", "@"))]
    assert "'=cmd|' /C calc'!A0" in sel and "'@8A" in sel


def test_export_writes_one_row_per_rated_platform_with_blanks_for_unrated_blocks():
    teks = ke_csv(7, "8A", {"Facebook": {"identitas": 5, "kelompok": 4},
                            "TikTok": {b: None for b in survei.kolom_blok()}})
    baris = teks.splitlines()
    assert baris == ["kelas,absen,platform," + ",".join(survei.kolom_blok()), "8A,7,Facebook,5,,,,,,4"]


def test_an_export_reads_back_as_the_same_ratings():
    nilai = {"Instagram": {"identitas": 4, "berbagi": 5}, "LinkedIn": {"hubungan": 5, "reputasi": 5}}
    rows, masalah = baca_teks("x.csv", ke_csv(12, "9B", nilai).encode())
    assert not masalah and {(r["kelas"], r["absen"], r["nama"]) for r in rows} == {("9B", 12, "")}
    assert [(r["platform"], r["berbagi"], r["hubungan"]) for r in rows] == [("Instagram", 5, None),
                                                                           ("LinkedIn", None, 5)]


def test_the_download_link_carries_the_csv_itself():
    link = survei.tautan_unduh("a,b\r\n", "survei-8a-siti.csv")
    muatan = re.search(r'base64,([^"]+)"', link).group(1)
    assert base64.b64decode(muatan).decode("utf-8") == "\ufeffa,b\r\n"
    assert 'download="survei-8a-siti.csv"' in link


@pytest.mark.parametrize("kelas, absen, nama, hasil", [
    ("8A", "7", "", "survei-8a-absen-07.csv"),
    ("8A", 12, "", "survei-8a-absen-12.csv"),
    ("8A", "", "Siti Aminah", "survei-8a-siti-aminah.csv"),
    ("8A", "", "../../etc/passwd", "survei-8a-etc-passwd.csv"),
    ("", "", "<script>", "survei-script.csv"),
    ("VIII A", "3", "", "survei-viii-a-absen-03.csv"),
])
def test_file_names_are_safe(kelas, absen, nama, hasil):
    assert survei.nama_berkas(kelas, absen, nama) == hasil


def test_names_without_latin_letters_get_distinct_safe_file_names():
    nama = ["李雷", "韩梅梅", "Ани", "Аня", "محمد", "أحمد", "😀", "😁", "Zoë", "Zoé", "李a", "王a"]
    berkas = [survei.nama_berkas("8A", "", n) for n in nama]
    assert len(set(berkas)) == len(berkas), berkas
    assert all(re.fullmatch(r"survei-8a-[a-z0-9-]+\.csv", b) for b in berkas), berkas
    # the same name typed another way (case, spaces, Unicode form) is the same file
    assert survei.nama_berkas("8A", "", "李雷") == survei.nama_berkas("8A", "", " 李雷 ")
    assert survei.nama_berkas("8A", "", "Zoë") == survei.nama_berkas("8A", "", "Zoe\u0308")


# --- Import ------------------------------------------------------------------------------------------

def test_good_files_load_every_row_in_long_form():
    h = muat_berkas(BAIK)
    assert not h.masalah
    assert h.berkas_dimuat == ["a.csv", "b.csv"] and h.jumlah_siswa == 2
    assert len(h.jawaban) == 4 * 7
    assert set(h.jawaban.columns) == {"kunci", "siswa", "kelas", "absen", "nama", "platform", "blok", "skor",
                                      "berkas"}


BURUK = {
    "kosong": (("kosong.csv", b""), "berkas kosong"),
    "spasi saja": (("spasi.csv", b"  \r\n\r\n"), "berkas kosong"),
    "judul saja": (berkas("judul.csv"), "tanpa jawaban"),
    "berkas lain": (("hadir.csv", b"No,Nama,Hadir\r\n1,Ani,ya\r\n"), "bukan berkas survei"),
    "gambar": (("foto.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), "bukan berkas teks"),
    "terlalu besar": (("besar.csv", (KEPALA + "\r\n" + "x" * 300_000).encode()), "terlalu besar"),
    "lembar kerja": (("tugas.xlsx", b"PK\x03\x04"), "berkas lembar kerja (.xlsx)"),
    "bukan csv": (("foto.jpg", b"\xff\xd8\xff"), "bukan berkas CSV (.jpg)"),
    "utf-16 rusak": (("u16.csv", b"\xff\xfe\x00\xd8a\x00"), "bukan berkas teks"),
    "sama persis": (("a (1).csv", BAIK[0][1]), "sama persis dengan a.csv"),
    "siswa ganda": (berkas("ani-lagi.csv", siswa(" ANI ", "Facebook", "3,5,4,2,3,4,2")),
                    f"8A tanpa no. absen (nama disamarkan, kode {survei.kode_nama('Ani')}) sudah menilai Facebook "
                    "di a.csv; yang dihitung jawaban dari berkas yang dimuat lebih dulu"),
    "kutip rusak": (berkas("kutip.csv", 'Cici,8A,Facebook,"4,4,4,3,5,3,5'), "tanda kutip"),
}


@pytest.mark.parametrize("kasus", BURUK, ids=list(BURUK))
def test_a_bad_file_is_reported_by_name_and_skipped_while_good_rows_stay(kasus):
    bad, potongan = BURUK[kasus]
    h = muat_berkas([*BAIK, bad])
    assert len(h.jawaban) == 4 * 7, "every valid row of the good files is kept"
    assert set(h.jawaban["berkas"]) == {"a.csv", "b.csv"}
    [m] = h.masalah
    assert m.berkas == bad[0] and potongan in m.pesan and "dilewati" in m.pesan, str(m)


def test_every_bad_file_is_reported_when_there_are_many():
    bad = [b for b, _ in BURUK.values()]
    h = muat_berkas([*BAIK, *bad])
    assert sorted(m.berkas for m in h.masalah) == sorted(b[0] for b in bad)
    assert len(h.jawaban) == 4 * 7


@pytest.mark.parametrize("baris, potongan", [
    (siswa("Cici", "Snapchat"), "kolom platform berisi 'Snapchat', platform yang tidak dikenal"),
    (siswa("Cici", ""), "kolom platform kosong"),
    (siswa("Cici", 'Facebook,"4'), "tanda kutip (\") dibuka tetapi tidak ditutup"),
    (siswa("Cici", skor="4,4,7,3,5,3,5"), "berbagi = '7'"),
    (siswa("Cici", skor="4,4,=1+1,3,5,3,5"), "berbagi = '=1+1'"),
    (siswa("Cici", skor="4,4,4.5,3,5,3,5"), "skor harus bilangan bulat 1 sampai 5"),
    (siswa("Cici", skor=",,,,,,"), "tidak diberi skor sama sekali"),
    (siswa("", skor="4,4,4,3,5,3,5"), "kolom nama kosong"),
    (siswa("Cici", kelas=" "), "kolom kelas kosong"),
    (siswa("Cici", skor="4,4,\"4,5\",3,5,3,5"), "berbagi = '4,5'"),
])
def test_a_bad_row_is_reported_with_its_line_and_only_that_row_is_skipped(baris, potongan):
    rows, masalah = baca_teks("c.csv", berkas("c.csv", siswa("Cici", "YouTube"), baris)[1])
    assert [r["platform"] for r in rows] == ["YouTube"]
    [m] = masalah
    assert m.baris == 3 and m.dilewati == "baris" and potongan in m.pesan, str(m)


def test_a_platform_rated_twice_in_one_file_keeps_the_first_row():
    rows, [m] = baca_teks("c.csv", berkas("c.csv", siswa("Cici"), siswa("Cici", skor="1,1,1,1,1,1,1"))[1])
    assert rows[0]["identitas"] == 4 and len(rows) == 1
    kode = survei.kode_nama("Cici")
    assert f"8A tanpa no. absen (nama disamarkan, kode {kode}) sudah menilai Facebook di baris 2; yang dihitung " \
           "baris pertama" in m.pesan


def test_spreadsheet_variants_are_read_semicolons_bom_latin1_case_and_extra_columns():
    varian = [
        ("titik-koma.csv", (KEPALA.replace(",", ";") + "\r\n" + siswa("Dodi").replace(",", ";")).encode()),
        ("bom.csv", "\ufeff".encode() + berkas("x", siswa("Eka"))[1]),
        ("latin1.csv", berkas("x", siswa("José"))[1].decode().encode("latin-1")),
        ("huruf.csv", berkas("x", siswa("Fani", "whatsapp"), kepala=KEPALA.upper())[1]),
        ("tambahan.csv", berkas("x", siswa("Gita") + ",catatan", kepala=KEPALA + ",catatan")[1]),
    ]
    h = muat_berkas(varian)
    assert not h.masalah, [str(m) for m in h.masalah]
    assert sorted(h.jawaban["nama"].unique()) == ["Dodi", "Eka", "Fani", "Gita", "José"]
    assert "WhatsApp" in set(h.jawaban["platform"])


def test_hostile_text_in_a_name_stays_text_and_is_escaped_in_the_report():
    h = muat_berkas([berkas("x.csv", siswa("<img src=x onerror=alert(1)>"), "=cmd,8A,<img src=y>,1,1,1,1,1,1,1")])
    assert h.jawaban["nama"].iloc[0] == "<img src=x onerror=alert(1)>"
    html = survei.laporan_html(h)
    assert "<img" not in html and "&lt;img src=y&gt;" in html and "onerror" not in html  # the name is masked


def test_the_sample_folder_loads_and_reports_each_problem_file():
    h = survei.muat_folder(survei.FOLDER_CONTOH)
    assert h.jumlah_siswa == 11
    laporan = survei.laporan_html(h)
    assert "8A no. absen 1, 8A no. absen 2, 8A no. absen 3" in laporan  # who handed in, by nomor absen
    # an older, name-based file still loads, and its name is shown only as a code
    kode = survei.kode_nama("Contoh Berkas Lama")
    assert f"8A tanpa no. absen (nama disamarkan, kode {kode})" in laporan and "Contoh Berkas Lama" not in laporan
    dilewati = {m.berkas for m in h.masalah if m.dilewati == "berkas"}
    assert dilewati == {"catatan.txt", "jadwal-piket-8a.csv", "survei-8a-kosong.csv", "survei-8a-absen-10.csv"}
    assert {m.baris for m in h.masalah if m.dilewati == "baris"} == {4, 5}


def test_an_empty_folder_gives_a_hint_and_empty_charts_rather_than_an_error(tmp_path):
    h = survei.muat_folder(tmp_path)
    assert "Belum ada jawaban yang dapat dihitung" in survei.laporan_html(h)
    r = survei.ringkasan(h.jawaban)
    assert r["jumlah"].eq(0).all()
    assert survei.grafik_hasil_kelas(r, h.jumlah_siswa).html()
    assert survei.grafik_sebaran(survei.sebaran(h.jawaban)).html()
    assert survei.selisih_terbesar(r).empty


def test_a_huge_file_in_the_folder_is_reported_without_being_read_whole(tmp_path):
    (tmp_path / "video.csv").write_bytes(b"\0" * 5_000_000)
    (tmp_path / "ani.csv").write_bytes(BAIK[0][1])
    h = survei.muat_folder(tmp_path)
    assert [str(m) for m in h.masalah] == ["video.csv: berkas lebih dari 200 KB, terlalu besar untuk jawaban "
                                          "survei; dilewati"]
    assert h.berkas_dimuat == ["ani.csv"]


def test_a_missing_folder_is_explained_in_indonesian(tmp_path):
    with pytest.raises(FileNotFoundError, match="tidak ditemukan"):
        survei.muat_folder(tmp_path / "jawaban-survei")


# --- Class results -----------------------------------------------------------------------------------

def test_the_summary_has_every_book_rating_and_the_class_mean_and_spread():
    h = muat_berkas(BAIK)
    r = survei.ringkasan(h.jawaban)
    assert len(r) == len(data.platform()) * len(data.blok())
    fb = r[(r.platform == "Facebook") & (r.blok == "identitas")].iloc[0]
    assert (fb.rata_rata, fb.simpangan, fb.jumlah, fb.skor_buku) == (4, 0, 2, 5)
    yt = r[(r.platform == "YouTube") & (r.blok == "identitas")].iloc[0]
    assert yt.jumlah == 0 and yt.rata_rata != yt.rata_rata  # no ratings: NaN mean, not zero


def test_the_spread_counts_each_score():
    s = survei.sebaran(muat_berkas(BAIK).jawaban)
    fb = s[(s.platform == "Facebook") & (s.blok == "hubungan")]
    assert list(fb.jumlah) == [0, 0, 0, 0, 2]


@pytest.mark.parametrize("buat", ["hasil", "sebaran"])
def test_class_charts_use_basic_traces_and_a_platform_menu(buat):
    h = survei.muat_folder(survei.FOLDER_CONTOH)
    g = (survei.grafik_hasil_kelas(survei.ringkasan(h.jawaban), h.jumlah_siswa) if buat == "hasil"
         else survei.grafik_sebaran(survei.sebaran(h.jawaban)))
    assert {t.type for t in g.fig.data} <= {"bar", "scatter"}
    [menu] = g.fig.layout.updatemenus
    assert [b.label for b in menu.buttons] == data.platform()
    per = len(g.fig.data) // len(data.platform())
    for i, b in enumerate(menu.buttons):
        tampak = b.args[0]["visible"]
        assert [j for j, v in enumerate(tampak) if v] == list(range(i * per, (i + 1) * per))
    assert [t.visible for t in g.fig.data[:per]] == [True] * per
    assert g.keterangan and len(g.data)


def test_the_largest_disagreements_come_with_the_books_reason():
    r = survei.ringkasan(muat_berkas(BAIK).jawaban)
    t = survei.selisih_terbesar(r, n=3)
    assert len(t) == 3 and all(t["Alasan buku"].str.len() > 10)


# --- Widget ------------------------------------------------------------------------------------------

def test_the_widget_keeps_ratings_per_platform_and_offers_a_safe_download():
    k = survei.survei_widget("90-survei-platform.ipynb").widget
    k.tombol.click()
    assert "Isi kelas dan nomor absenmu" in k.hasil.value
    k.kelas.value, k.absen.value = "=8A", "tujuh"
    k.tombol.click()
    assert "Nomor absen harus bilangan bulat 1 sampai 99" in k.hasil.value
    k.absen.value = " 7 "
    k.tombol.click()
    assert "Belum ada platform" in k.hasil.value
    k.skor["identitas"].value = 4
    k.pilih.value = "TikTok"
    assert k.skor["identitas"].value == survei.BELUM  # a new platform starts unrated
    k.skor["berbagi"].value = 5
    k.pilih.value = "Facebook"
    assert k.skor["identitas"].value == 4  # coming back shows what was chosen
    k.tombol.click()
    teks = base64.b64decode(re.search(r'base64,([^"]+)"', k.hasil.value).group(1)).decode("utf-8-sig")
    assert teks.splitlines()[1:] == ["'=8A,7,Facebook,4,,,,,,", "'=8A,7,TikTok,,,5,,,,"]
    assert 'download="survei-8a-absen-07.csv"' in k.hasil.value
    assert "nama" not in teks.splitlines()[0]  # no name asked, none written


def test_the_static_survey_is_a_form_with_every_platform_and_question():
    html = survei.survei_widget("90-survei-platform.ipynb").statis
    assert 'class="kursus-survei-form" data-blok="' + ",".join(survei.kolom_blok()) + '"' in html
    assert html.count("<select ") == len(data.platform()) * len(data.blok())
    assert all(f'data-platform="{p}"' in html for p in data.platform())
    assert all(b.pertanyaan in html for b in data.blok()) and "kursus-catatan-live" in html


def test_a_class_chart_names_where_its_data_comes_from_and_when_it_was_processed():
    import datetime
    hasil = survei.muat_folder(survei.FOLDER_CONTOH)
    teks = survei.sumber_survei(hasil, survei.FOLDER_CONTOH, datetime.date(2026, 11, 27))
    assert teks.startswith("survei kelas (contoh fiktif yang disertakan buku)")
    assert teks.endswith("diolah 27 November 2026")


# --- The shared specification ----------------------------------------------------------------------

def test_every_message_key_python_and_the_browser_use_is_in_the_specification():
    from conftest import ROOT
    spek = survei.spesifikasi()["pesan"]
    berkas = [*sorted((ROOT / "src" / "kursus" / "survei").glob("*.py")),
              ROOT / "src" / "kursus_buku" / "assets" / "kursus-survei-kelas.js"]
    kode = "".join(p.read_text(encoding="utf-8") for p in berkas)
    dipakai = set(re.findall(r"""(?:pesan|lewati|GalatBerkas)\((?:[^,()]+, )?["'](\w+)["']""", kode))
    dipakai |= set(re.findall(r'galat: "(\w+)"', kode))
    assert len(dipakai) >= 25, sorted(dipakai)
    assert dipakai <= set(spek), sorted(dipakai - set(spek))
    templat = " ".join(spek.values())
    assert "{" not in re.sub(r"\{\w+\}", "", templat) and "}" not in re.sub(r"\{\w+\}", "", templat)


def test_the_page_embeds_the_specification_with_the_data_files_rules():
    import json
    html = survei.pengimpor_statis("91-hasil-survei-kelas.ipynb")
    muatan = re.search(r'<script type="application/json" class="kursus-survei-spesifikasi">(.*?)</script>', html).group(1)
    spek = json.loads(muatan)
    assert spek["platform"] == data.platform() and [b["id"] for b in spek["blok"]] == survei.kolom_blok()
    assert spek["pesan"] == survei.spesifikasi()["pesan"] and spek["batas"]["ukuran_berkas"] == survei.UKURAN_MAKS
    assert len(spek["skor_buku"]) == len(data.platform()) * len(data.blok())


def test_the_live_importer_reads_uploaded_files_like_the_folder_import():
    from conftest import ROOT
    folder = ROOT / "tests" / "berkas_survei"
    k = survei.pengimpor("91-hasil-survei-kelas.ipynb").widget
    import datetime
    k.unggah.value = tuple({"name": p.name, "type": "", "size": p.stat().st_size,
                            "last_modified": datetime.datetime(2026, 11, 30, tzinfo=datetime.timezone.utc),
                            "content": memoryview(p.read_bytes())} for p in sorted(folder.iterdir(), reverse=True))
    h = survei.muat_folder(folder)
    assert k.keluaran.value == survei.hasil_html(h)
    assert f"jawaban {h.jumlah_siswa} siswa" in k.keluaran.value and "<caption>Hasil survei kelas" in k.keluaran.value
    assert "kelas-8b.csv, baris 4: 8B no. absen 2 sudah menilai Facebook di baris 3" in k.keluaran.value


def test_a_block_nobody_rated_says_so_in_the_table_and_the_chart():
    h = muat_berkas([berkas("a.csv", siswa("Ani", "Facebook", "4,,,,,,"))])
    t = survei.tabel_kelas(survei.ringkasan(h.jawaban))
    fb = t[t["Platform"] == "Facebook"].set_index("Blok")
    assert fb.loc["Identitas", "Rata-rata kelas"] == "4,00" and fb.loc["Identitas", "Simpangan baku"] == "perlu 2 penilai"
    assert fb.loc["Percakapan", "Rata-rata kelas"] == "belum ada yang menilai"
    assert (t[t["Platform"] == "TikTok"]["Rata-rata kelas"] == "belum ada yang menilai").all()
    g = survei.grafik_hasil_kelas(survei.ringkasan(h.jawaban), h.jumlah_siswa)
    batang, _, catatan = g.fig.data[:3]
    assert list(batang.x) == [4.0] + [None] * 6
    assert list(catatan.text) == ["belum ada yang menilai"] * 6 and list(catatan.y)[0] == "Percakapan"
    s = survei.grafik_sebaran(survei.sebaran(h.jawaban)).data
    assert s.loc[s["Blok"] == "Percakapan", "Keterangan"].iloc[0] == "belum ada yang menilai"


def test_uploaded_files_are_read_from_ipywidgets_8_and_from_colabs_ipywidgets_7():
    """ipywidgets 8 hands a tuple of dicts; 7.7.1 (Colab) a dict by file name: both give the same files."""
    from kursus.survei.tampil import berkas_unggahan

    delapan = ({"name": "b.csv", "content": memoryview(b"2")}, {"name": "a.csv", "content": b"1"})
    tujuh = {"b.csv": {"metadata": {"name": "b.csv"}, "content": b"2"},
             "a.csv": {"metadata": {"name": "a.csv"}, "content": memoryview(b"1")}}
    assert berkas_unggahan(delapan) == berkas_unggahan(tujuh) == [("a.csv", b"1"), ("b.csv", b"2")]
    assert berkas_unggahan(()) == [] == berkas_unggahan({})
