"""The data files are guarded like input (issue 11.6): every kind of mistake an editor can save is refused at
load time with an Indonesian message naming the file, the record, the field (and the line), before any chapter
is built. Bad files are written into a temporary copy of the data folder.
"""

import shutil
import string
import sys

import pytest
import yaml
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from kursus import berkas_data, data, survei
from kursus.data import DataError

kuis = sys.modules["kursus.kuis"]  # the module (kursus.kuis is also the name of a function)

BANYAK = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

from test_data import BAIK  # noqa: E402  one valid record of perbedaan.yaml, shared with the basic tests

REKAMAN = BAIK.lstrip("\n")  # line numbers below count from its first line


@pytest.fixture
def folder(tmp_path, monkeypatch):
    """A writable copy of the data folder that the loaders read instead of the real one."""
    salinan = tmp_path / "data"
    shutil.copytree(data.DATA_DIR, salinan)
    monkeypatch.setattr(berkas_data, "DATA_DIR", salinan)
    data.lupakan_cache()
    yield salinan
    data.lupakan_cache()


def galat(fungsi, *args) -> str:
    with pytest.raises(DataError) as e:
        fungsi(*args)
    return str(e.value)


def perbedaan_dari(folder, isi: bytes | str) -> str:
    berkas = folder / "perbedaan.yaml"
    berkas.write_bytes(isi if isinstance(isi, bytes) else isi.encode("utf-8"))
    data.lupakan_cache()
    return galat(data.perbedaan)


# --- The real data and the build hook --------------------------------------------------------------

def test_the_real_data_passes_every_check():
    kuis.periksa_semua()


def test_a_broken_file_stops_the_build_before_any_chapter(folder):
    from sphinx.errors import SphinxError

    from kursus_buku.sphinx_ext import check_data
    (folder / "blok.yaml").write_text((folder / "blok.yaml").read_text(encoding="utf-8")
                                      .replace("- id: identitas", "- id: Nama"), encoding="utf-8")
    with pytest.raises(SphinxError, match="Berkas blok.yaml, rekaman ke-1 .*kolom 'id'.*bentrok dengan kolom 'nama'"):
        check_data(None)


# --- Encoding ------------------------------------------------------------------------------------

@pytest.mark.parametrize("nama", ["perbedaan.yaml", "statistik.csv", "kuis/01-pendahuluan.yaml"])
def test_a_file_saved_as_windows_1252_names_the_file_and_line(folder, nama):
    path = folder / nama
    baris = path.read_text(encoding="utf-8").splitlines()
    baris[2] = baris[2] + " café"
    path.write_bytes("\n".join(baris).encode("cp1252", errors="replace"))
    pertama = next(i for i, b in enumerate(baris, start=1) if not b.isascii())
    pesan = galat(kuis.periksa_semua)
    assert pesan.startswith(f"Berkas {nama}") and "UTF-8" in pesan and f"(baris {pertama})" in pesan, pesan


def test_a_byte_order_mark_is_accepted(folder):
    (folder / "perbedaan.yaml").write_bytes(b"\xef\xbb\xbf" + (folder / "perbedaan.yaml").read_bytes())
    assert [p.id for p in data.perbedaan()][0] == "definisi"


@BANYAK
@given(sisip=st.binary(min_size=1, max_size=8).filter(lambda b: not _utf8(b)),
       posisi=st.integers(min_value=0, max_value=len(REKAMAN)))
def test_any_invalid_utf8_is_refused_by_line(folder, sisip, posisi):
    isi = REKAMAN.encode("utf-8")
    # Insert between characters (never inside one), so the error is the inserted bytes.
    posisi = len(REKAMAN[:posisi].encode("utf-8"))
    pesan = perbedaan_dari(folder, isi[:posisi] + sisip + isi[posisi:])
    bad_start = _first_bad(isi[:posisi] + sisip + isi[posisi:])
    baris = (isi[:posisi] + sisip)[:bad_start].count(b"\n") + 1
    assert "UTF-8" in pesan and f"(baris {baris})" in pesan, pesan


def _utf8(b: bytes) -> bool:
    try:
        b.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False


def _first_bad(b: bytes) -> int:
    try:
        b.decode("utf-8")
    except UnicodeDecodeError as e:
        return e.start
    raise AssertionError("valid UTF-8")


# --- Duplicate keys --------------------------------------------------------------------------------

@pytest.mark.parametrize("kolom", ["aspek", "skor_media_sosial", "sumber", "id"])
def test_a_key_written_twice_in_one_record_is_refused(folder, kolom):
    baris = next(b for b in REKAMAN.splitlines() if b.strip().startswith(kolom + ":") or b.startswith("- " + kolom))
    tambahan = "  " + baris.lstrip("- ").strip()
    pesan = perbedaan_dari(folder, REKAMAN + tambahan + "\n")
    assert f"rekaman ke-1 (id 'definisi'), kolom '{kolom}'" in pesan and "lebih dari sekali" in pesan, pesan
    assert "(baris 10)" in pesan, pesan


@BANYAK
@given(st.sampled_from(["aspek", "media_sosial", "ciri", "alasan_skor"]), st.integers(0, 3))
def test_a_duplicate_key_in_any_record_names_that_record(folder, kolom, nomor):
    recs = "".join(REKAMAN.replace("id: definisi", f"id: r{i}") for i in range(4))
    bagian = recs.split("- id:")
    bagian[nomor + 1] += f"  {kolom}: lagi\n"
    pesan = perbedaan_dari(folder, "- id:".join(bagian))
    assert f"rekaman ke-{nomor + 1} (id 'r{nomor}'), kolom '{kolom}'" in pesan, pesan


def test_a_duplicate_header_in_statistik_csv_is_refused():
    teks = "dataset,value,metric,category,ref_date,value,unit,source,seen_at,status,note\n"
    assert "judul kolom 'value' muncul lebih dari sekali" in galat(data.muat_statistik, teks)


# --- YAML 1.1 surprises ----------------------------------------------------------------------------

KEJUTAN = {
    "yes": "benar/salah", "No": "benar/salah", "ON": "benar/salah", "off": "benar/salah", "true": "benar/salah",
    "False": "benar/salah", "~": "kosong", "null": "kosong", "NULL": "kosong", "1:30": "berbasis 60",
    "-1:30:00": "berbasis 60", "1:30.5": "berbasis 60", "2024-01-31": "tanggal", "2001-12-14t21:59:43.10-05:00": "tanggal",
    "012": "oktal", "0x1F": "oktal", "0b101": "oktal", "1_000": "oktal", ".nan": "nan", ".inf": "nan",
    "-.Inf": "nan", "=": "penanda khusus",
}


@pytest.mark.parametrize("nilai, arti", KEJUTAN.items())
@pytest.mark.parametrize("kolom", ["ciri", "skor_media_sosial"])
def test_an_unquoted_value_yaml_would_change_is_refused_naming_the_field(folder, nilai, arti, kolom):
    baris_asli = next(b for b in REKAMAN.splitlines() if b.strip().startswith(kolom + ":"))
    pesan = perbedaan_dari(folder, REKAMAN.replace(baris_asli, f"  {kolom}: {nilai}"))
    assert f"rekaman ke-1 (id 'definisi'), kolom '{kolom}'" in pesan and arti in pesan, pesan
    assert "tanda kutip" in pesan and "(baris 1)" in pesan, pesan


@pytest.mark.parametrize("nilai", list(KEJUTAN))
def test_the_same_value_quoted_is_plain_text(nilai):
    teks = REKAMAN.replace("ciri: Luas khalayak", f"ciri: {yaml.safe_dump(nilai, default_style=chr(34)).strip()}")
    [p] = data.muat("perbedaan.yaml", data.Perbedaan, teks)
    assert p.ciri == nilai


def test_a_surprise_inside_a_list_is_found_too():
    teks = ("- id: a\n  pertanyaan: P?\n  pilihan: [yes, no]\n  jawaban: 'yes'\n  penjelasan: E.\n"
            "  sumber: buku\n")
    pesan = galat(kuis.muat_kuis, "uji", teks)
    assert "kolom 'pilihan'" in pesan and "'yes'" in pesan and "benar/salah" in pesan, pesan


def test_an_octal_written_the_yaml_1_2_way_is_not_a_score():
    pesan = galat(data.muat, "perbedaan.yaml", data.Perbedaan, REKAMAN.replace("skor_media_sosial: 5",
                                                                              "skor_media_sosial: 0o5"))
    assert "kolom 'skor_media_sosial'" in pesan and "'0o5'" in pesan, pesan


bool_acak = st.sampled_from(["yes", "no", "on", "off", "true", "false"]).flatmap(
    lambda k: st.tuples(*[st.sampled_from([c.lower(), c.upper()]) for c in k]).map("".join)).filter(
    lambda k: k in {k.lower(), k.upper(), k.capitalize()})
seksagesimal = st.builds(lambda a, b, c: f"{a}:{b:02d}" + (f":{c:02d}" if c is not None else ""),
                         st.integers(1, 999), st.integers(0, 59), st.none() | st.integers(0, 59))
tanggal = st.dates().filter(lambda d: d.year >= 1000).map(lambda d: d.isoformat())
oktal = st.integers(1, 7777).map(lambda n: "0" + format(n, "o"))


@BANYAK
@given(st.one_of(bool_acak, seksagesimal, tanggal, oktal))
def test_any_value_yaml_1_1_would_convert_is_refused_unquoted_and_kept_quoted(nilai):
    tanpa_kutip = REKAMAN.replace("ciri: Luas khalayak", f"ciri: {nilai}")
    pesan = galat(data.muat, "perbedaan.yaml", data.Perbedaan, tanpa_kutip)
    assert "kolom 'ciri'" in pesan and repr(nilai) in pesan and "tanda kutip" in pesan, pesan
    [p] = data.muat("perbedaan.yaml", data.Perbedaan, tanpa_kutip.replace(f"ciri: {nilai}", f"ciri: '{nilai}'"))
    assert p.ciri == nilai


@BANYAK
@given(st.text(string.printable + "éàü—–’“”«»\u2028\u00a0#:'\"", min_size=1, max_size=40).filter(str.strip))
def test_any_text_written_by_a_yaml_writer_loads_back_unchanged(nilai):
    rekaman = yaml.safe_load(REKAMAN)[0] | {"ciri": nilai}
    teks = yaml.safe_dump([rekaman], allow_unicode=True, width=10_000, sort_keys=False)
    assert yaml.safe_load(teks)[0]["ciri"] == nilai  # the writer itself round-trips
    [p] = data.muat("perbedaan.yaml", data.Perbedaan, teks)
    assert p.ciri == nilai.strip()


# --- Numbers -------------------------------------------------------------------------------------

@pytest.mark.parametrize("nilai", ["0", "6", "-1", "5.0", "4.5", "'5'", "1e400", "[5]"])
def test_a_score_out_of_range_or_of_the_wrong_type_is_refused(nilai):
    pesan = galat(data.muat, "perbedaan.yaml", data.Perbedaan, REKAMAN.replace("skor_media_sosial: 5",
                                                                              f"skor_media_sosial: {nilai}"))
    assert "kolom 'skor_media_sosial'" in pesan and "1 sampai 5" in pesan, pesan


KEPALA = "dataset,metric,category,ref_date,value,unit,source,seen_at,status,note\n"


def baris_csv(value="49.9", unit="percent", ref_date="2024-01"):
    return f"ID_X,m,Indonesia,{ref_date},{value},{unit},S,https://example.org/a,primary,\n"


@pytest.mark.parametrize("value, unit, potongan", [
    ("nan", "percent", "terhingga"), ("NaN", "million", "terhingga"), ("inf", "million", "terhingga"),
    ("-inf", "million", "terhingga"), ("Infinity", "persons", "terhingga"), ("1e400", "billion", "terhingga"),
    ("100.5", "percent", "0 sampai 100"), ("-0.1", "percent", "0 sampai 100"), ("0", "score_1_to_5", "1 sampai 5"),
    ("5.01", "score_1_to_5", "1 sampai 5"), ("-3", "million", "paling kecil 0"), ("", "million", "wajib diisi"),
    ("lima", "percent", "harus berupa angka"),
])
def test_a_figure_that_is_not_finite_or_out_of_range_is_refused(value, unit, potongan):
    pesan = galat(data.muat_statistik, KEPALA + baris_csv(value, unit))
    assert "Berkas statistik.csv, rekaman ke-1, kolom 'value'" in pesan and potongan in pesan, pesan
    assert "(baris 2)" in pesan, pesan


@BANYAK
@given(st.sampled_from(sorted(data.RENTANG_SATUAN) + ["million", "persons"]),
       st.floats(allow_nan=True, allow_infinity=True))
def test_any_figure_loads_exactly_when_finite_and_in_its_units_range(unit, nilai):
    bawah, atas = data.RENTANG_SATUAN.get(unit, (0, float("inf")))
    teks = KEPALA + baris_csv(repr(nilai), unit)
    if nilai == nilai and bawah <= nilai <= atas and nilai != float("inf"):
        assert data.muat_statistik(teks)["value"].iloc[0] == nilai
    else:
        assert "kolom 'value'" in galat(data.muat_statistik, teks)


def test_a_figure_with_a_decimal_comma_is_read():
    assert data.muat_statistik(KEPALA + baris_csv('"49,9"'))["value"].iloc[0] == 49.9


# --- Dates ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("ref_date, potongan", [
    ("2024-13", "tidak ada di kalender"), ("2024-00", "tidak ada di kalender"),
    ("2023-02-29", "tidak ada di kalender"), ("2024-04-31", "tidak ada di kalender"),
    ("1899", "tidak masuk akal"), ("2999-01", "tidak masuk akal"), ("2020-2019", "rentang tahun"),
    ("2024/01", "TTTT-BB"), ("Jan 2024", "TTTT-BB"), ("24-01", "TTTT-BB"), ("2024-1", "TTTT-BB"),
])
def test_an_impossible_date_is_refused(ref_date, potongan):
    pesan = galat(data.muat_statistik, KEPALA + baris_csv(ref_date=ref_date))
    assert "kolom 'ref_date'" in pesan and potongan in pesan, pesan


@BANYAK
@given(st.integers(1990, 2026), st.integers(0, 14), st.integers(0, 33))
def test_a_date_loads_exactly_when_it_is_on_the_calendar(tahun, bulan, hari):
    import datetime
    ref = f"{tahun}-{bulan:02d}-{hari:02d}"
    try:
        datetime.date(tahun, bulan, hari)
        ada = True
    except ValueError:
        ada = False
    teks = KEPALA + baris_csv(ref_date=ref)
    if ada:
        assert data.muat_statistik(teks)["ref_date"].iloc[0] == ref
    else:
        assert "tidak ada di kalender" in galat(data.muat_statistik, teks)


# --- Ids -----------------------------------------------------------------------------------------

def test_the_reserved_names_are_the_survey_files_own_columns():
    assert set(survei.kolom_csv(nama=True)) - {b.id for b in data.blok()} == set(data.KOLOM_SURVEI_TETAP)


@pytest.mark.parametrize("id_", ["nama", "Nama", "KELAS", "platform", "Platform"])
def test_a_block_id_that_would_collide_with_a_survey_column_is_refused(folder, id_):
    path = folder / "blok.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("- id: berbagi", f"- id: {id_}"), encoding="utf-8")
    pesan = galat(data.blok)
    assert "Berkas blok.yaml, rekaman ke-3" in pesan and "kolom 'id'" in pesan and "bentrok" in pesan, pesan


@pytest.mark.parametrize("id_", ['a"b', "Identitas", "dua kata", "<b>", "1blok", "blok,lain"])
def test_a_block_id_must_be_safe_as_a_column_and_attribute_name(folder, id_):
    path = folder / "blok.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("- id: berbagi", f"- id: '{id_}'"), encoding="utf-8")
    pesan = galat(data.blok)
    assert "rekaman ke-3" in pesan and "kolom 'id'" in pesan and "huruf kecil" in pesan, pesan


def test_the_collision_check_takes_any_list_of_reserved_names():
    periksa = data.bukan_kolom(["Skor"], "berkas uji")
    assert periksa("identitas") == "identitas"
    with pytest.raises(ValueError, match="bentrok dengan kolom 'Skor' di berkas uji"):
        periksa("sKOR")


@BANYAK
@given(st.text(string.ascii_letters, min_size=1, max_size=12).filter(lambda s: s.swapcase() != s))
def test_ids_that_differ_only_by_case_are_refused(id_):
    teks = REKAMAN.replace("id: definisi", f"id: {id_}") + REKAMAN.replace("id: definisi", f"id: {id_.swapcase()}")
    assume(id_.lower() not in {"yes", "no", "on", "off", "true", "false", "null"})
    pesan = galat(data.muat, "perbedaan.yaml", data.Perbedaan, teks)
    assert "rekaman ke-2" in pesan and "kolom 'id'" in pesan and "huruf besar-kecil" in pesan, pesan


def test_a_platform_spelled_two_ways_is_refused(folder):
    path = folder / "platform.yaml"
    teks = path.read_text(encoding="utf-8")
    pertama = data.platform()[0]
    path.write_text(teks.replace(f"platform: {pertama}", f"platform: {pertama.upper()}", 1), encoding="utf-8")
    data.lupakan_cache()
    pesan = galat(data.skor_platform)
    assert "platform.yaml" in pesan and "beda huruf besar-kecil" in pesan and "kolom 'platform'" in pesan, pesan


# --- References ----------------------------------------------------------------------------------

def test_a_caveat_for_a_dataset_that_does_not_exist_is_refused(folder):
    path = folder / "catatan_statistik.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "- id: ID_Entah\n  catatan: C.\n  sumber: buku\n",
                    encoding="utf-8")
    pesan = galat(data.catatan_statistik)
    assert "Berkas catatan_statistik.yaml" in pesan and "(id 'ID_Entah'), kolom 'id'" in pesan, pesan
    assert "tidak ada di statistik.csv" in pesan, pesan


@pytest.mark.parametrize("berkas, lama, baru, kolom", [
    ("kasus.yaml", "tujuan: ", "tujuan: entah-", "tujuan"),
    ("pernyataan.yaml", "aspek: ", "aspek: entah-", "aspek"),
    ("keputusan.yaml", "sumber: ", "sumber: entah-", "sumber"),
    ("platform.yaml", "blok: ", "blok: entah-", "blok"),
])
def test_a_reference_to_nothing_names_file_record_field_and_line(folder, berkas, lama, baru, kolom):
    path = folder / berkas
    path.write_text(path.read_text(encoding="utf-8").replace(lama, baru, 1), encoding="utf-8")
    pesan = galat(kuis.periksa_semua)
    assert pesan.startswith(f"Berkas {berkas}, rekaman ke-1") and f"kolom '{kolom}'" in pesan, pesan
    assert "tidak ada di" in pesan and "(baris " in pesan, pesan


# --- statistik.csv as a spreadsheet may save it (issue 21) ------------------------------------------

@BANYAK
@given(st.lists(st.sampled_from(["a", "b", "c", "d"]), min_size=2, max_size=8).filter(lambda m: len(set(m)) < len(m)))
def test_a_figure_given_twice_names_the_line_of_the_repeat_and_of_the_first(metrik):
    """Interleaved repeats (a, b, a, b): the message names the first record that repeats an earlier one,
    and that earlier one, each with its own line."""
    teks = KEPALA + "".join(f"ID_X,{m},Indonesia,2024-01,1,million,S,https://example.org/a,primary,\n"
                            for m in metrik)
    kedua = next(i for i, m in enumerate(metrik) if m in metrik[:i])
    pertama = metrik.index(metrik[kedua])
    pesan = galat(data.muat_statistik, teks)
    assert pesan.startswith(f"Berkas statistik.csv, rekaman ke-{kedua + 1}:"), pesan
    assert f"sudah ada di rekaman ke-{pertama + 1} (baris {pertama + 2})" in pesan, pesan
    assert pesan.endswith(f"(baris {kedua + 2})"), pesan


@pytest.mark.parametrize("pemisah, nama", [(";", "titik koma (;)"), ("\t", "tab")])
def test_statistik_csv_resaved_with_another_separator_says_which(pemisah, nama):
    teks = (KEPALA + baris_csv()).replace(",", pemisah)
    pesan = galat(data.muat_statistik, teks)
    assert f"dipisah dengan {nama}, bukan koma" in pesan and "(baris 1)" in pesan, pesan


def test_one_row_resaved_with_semicolons_is_named_by_its_line():
    baris = baris_csv().replace(",", ";").replace("49.9", "49,9")  # a decimal comma splits it in two cells
    pesan = galat(data.muat_statistik, KEPALA + baris_csv() + baris)
    assert pesan.startswith("Berkas statistik.csv, rekaman ke-2") and "titik koma (;)" in pesan, pesan
    assert pesan.endswith("(baris 3)"), pesan
