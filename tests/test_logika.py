"""The pure functions behind the widgets."""

import pytest

import kursus
from kursus import data, logika
from kursus.data import DataError


def test_matching_goal_and_audience_recommend_that_kind_with_reasons_from_the_differences():
    r = logika.rekomendasi("relasi", "tertentu", data.pilihan_keputusan(), data.perbedaan())
    assert r.jenis == "jejaring_sosial"
    tujuan = next(p for p in data.perbedaan() if p.id == "tujuan")
    assert any(tujuan.jejaring_sosial in a for a in r.alasan)


def test_goal_and_audience_that_pull_apart_recommend_both():
    r = logika.rekomendasi("gaung", "tertentu", data.pilihan_keputusan(), data.perbedaan())
    assert r.jenis == "keduanya" and len(r.alasan) == 2


@pytest.mark.parametrize("tujuan, khalayak", [("", "luas"), ("luas", "luas"), ("gaung", "<b>x</b>"), (None, None)])
def test_a_goal_or_audience_not_on_the_list_is_refused_in_indonesian(tujuan, khalayak):
    with pytest.raises(ValueError, match="Pilih .* dari daftar"):
        logika.rekomendasi(tujuan, khalayak, data.pilihan_keputusan(), data.perbedaan())


def test_every_case_gets_a_recommendation():
    for k in data.kasus():
        assert logika.rekomendasi(k.tujuan, k.khalayak, data.pilihan_keputusan(), data.perbedaan()).alasan


def test_viral_spread_in_a_close_network_levels_off_at_its_size():
    hasil = logika.sebaran_viral(0.3, 20, 10, populasi=150)
    assert hasil[-1] == pytest.approx(150, abs=1)
    assert all(b >= a for a, b in zip(hasil, hasil[1:]))


def test_viral_spread_to_a_broad_audience_grows_when_each_post_is_reshared_enough():
    hasil = logika.sebaran_viral(0.05, 100, 5, populasi=139_000_000)
    assert hasil[0] == 100 and hasil[-1] > 100_000
    assert logika.sebaran_viral(0.0, 100, 5, populasi=1000) == [100] * 6


@pytest.mark.parametrize("args", [(-0.1, 10, 3), (1.5, 10, 3), (0.1, 0, 3), (0.1, 10, 0), (0.1, 10, 99)])
def test_viral_spread_refuses_values_out_of_range(args):
    with pytest.raises(ValueError):
        logika.sebaran_viral(*args)


def test_attributes_cover_differences_similarities_advantages_and_disadvantages():
    a = logika.daftar_atribut(data.perbedaan(), data.persamaan(), data.kelebihan())
    assert [x.kelompok for x in a].count("Perbedaan") == 5
    assert [x.kelompok for x in a].count("Persamaan") == 2
    kelemahan = next(x for x in a if x.id == "kekurangan")
    assert len(kelemahan.media_sosial) == 2 and len(kelemahan.jejaring_sosial) == 3


def test_statistics_table_formats_numbers_the_indonesian_way_and_keeps_sources():
    df = logika.tabel_statistik(data.statistik(), "ID_APJII|internet_users", "2024")
    assert list(df["Nilai"]) == ["221.563.479"]
    assert df["Alamat"].iloc[0].startswith("https://")
    assert logika.angka_id(49.9) == "49,9" and logika.angka_id(-0.5) == "-0,5"


@pytest.mark.parametrize("kunci", ["", "tanpa-garis", "ID_APJII|tidak_ada", None])
def test_statistics_table_refuses_unknown_choices(kunci):
    with pytest.raises(ValueError):
        logika.tabel_statistik(data.statistik(), kunci)


HEADER = "dataset,metric,category,ref_date,value,unit,source,seen_at,status,note\n"
ROW = "X,m,Indonesia,2024,1.5,percent,Src,https://example.org/a,primary,\n"


@pytest.mark.parametrize("teks, potongan", [
    (HEADER + ROW.replace("1.5", "banyak"), ["statistik.csv", "rekaman ke-1", "kolom 'value'", "angka"]),
    (HEADER + ROW.replace("primary", "katanya"), ["kolom 'status'"]),
    (HEADER + ROW.replace("https://example.org/a", "di internet"), ["kolom 'seen_at'", "alamat web"]),
    (HEADER + ROW + ROW, ["sudah ada di rekaman ke-1 (baris 2)", "rekaman ke-2", "baris 3"]),
    (HEADER.replace(",note", "") + ROW.rstrip(",\n") + "\n", ["judul kolom", "note"]),
    (HEADER + ROW.rstrip("\n") + ",lebih\n", ["jumlah kolom"]),
    (HEADER, ["tidak kosong"]),
])
def test_malformed_statistics_are_refused_with_file_row_and_field(teks, potongan):
    with pytest.raises(DataError) as err:
        data.muat_statistik(teks)
    for p in potongan:
        assert p in str(err.value), str(err.value)


def test_every_statistics_row_has_a_source_address_date_and_status():
    df = data.statistik()
    assert df["seen_at"].str.startswith("http").all()
    assert df["status"].isin(["primary", "secondary"]).all()
    assert df["ref_date"].str.len().ge(4).all()


def test_every_dataset_with_a_caveat_exists_and_the_broad_audience_comes_from_the_data():
    assert set(data.catatan_statistik()) <= set(data.statistik()["dataset"])
    assert kursus.populasi_media_sosial_indonesia() == 139_000_000


def test_statements_must_point_to_a_known_difference():
    teks = ("- id: a\n  teks: T\n  jawaban: media_sosial\n  aspek: entah\n  penjelasan: P\n  sumber: buku\n")
    with pytest.raises(DataError, match="kolom 'aspek'.*'entah' tidak ada di perbedaan.yaml"):
        data.muat_pernyataan(teks)


def test_a_figure_is_written_the_indonesian_way_with_its_unit():
    assert kursus.angka("ID_APJII", "internet_penetration", "2018") == "64,8%"
    assert kursus.angka("GLOBAL_DataReportal", "daily_time_social_media", "2024-01", "World") == "2 jam 23 menit"
    assert kursus.angka("ID_DataReportal", "weekly_time_social_media", "2025-11") == "21 jam 50 menit per minggu"
    assert kursus.angka("ID_DataReportal", "social_media_user_identities", "2024-01") == "139 juta"
    with pytest.raises(ValueError, match="Tidak ada satu angka"):
        kursus.angka("ID_APJII", "internet_penetration", "1999")


def test_figures_for_the_text_are_listed_when_myst_nb_is_missing(monkeypatch):
    import builtins
    real_import = builtins.__import__

    def no_myst_nb(name, *args, **kwargs):
        if name == "myst_nb":
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_myst_nb)
    shown = kursus.tempel(apjii_2018="64,8%")
    assert "`apjii_2018`: 64,8%" in shown.data


def test_a_figure_list_for_the_text_goes_largest_first_with_indonesian_numbers():
    teks = kursus.daftar_angka("ID_APJII_socialapps", "most_accessed_social_app_pct_respondents_multi", "2024")
    assert teks == "Facebook (64,35%), YouTube (50,84%), TikTok (34,36%), dan Instagram (29,69%)"
