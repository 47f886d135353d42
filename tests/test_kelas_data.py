"""The platform ratings and building blocks load and are complete; the school links are well formed."""

import subprocess
import sys
from urllib.parse import parse_qs, urlparse

import pytest

from conftest import ROOT
from kursus import data, sekolah
from kursus.data import DataError

BLOK = ["identitas", "percakapan", "berbagi", "kehadiran", "hubungan", "reputasi", "kelompok"]
PLATFORM = ["Facebook", "Instagram", "TikTok", "X", "YouTube", "LinkedIn", "WhatsApp"]


def test_the_seven_building_blocks_load_in_kietzmann_order():
    assert [b.id for b in data.blok()] == BLOK
    assert all(b.sumber in data.sumber() for b in data.blok())


def test_the_book_rates_seven_platforms_on_every_block_as_its_own_judgement():
    assert data.platform() == PLATFORM
    skor = data.skor_platform()
    assert {(s.platform, s.blok) for s in skor} == {(p, b) for p in PLATFORM for b in BLOK}
    assert all(1 <= s.skor <= 5 and s.alasan and s.sumber == "buku" for s in skor)


def rekaman(platform="Facebook", blok="identitas", skor=3):
    return f"- {{platform: {platform}, blok: {blok}, skor: {skor}, alasan: Contoh., sumber: buku}}\n"


def lengkap(platform="Facebook"):
    return "".join(rekaman(platform, b) for b in BLOK)


@pytest.mark.parametrize("teks, potongan", [
    (lengkap().replace("skor: 3", "skor: 6", 1), "rekaman ke-1, kolom 'skor': harus bilangan bulat 1 sampai 5"),
    (lengkap() + rekaman(), "rekaman ke-8, kolom 'blok': Facebook sudah dinilai pada blok 'identitas'"),
    (lengkap().replace("blok: kelompok", "blok: komunitas"), "blok 'komunitas' tidak ada di blok.yaml"),
    ("".join(rekaman("X", b) for b in BLOK[:-1]), "X belum dinilai pada blok: kelompok"),
    (lengkap().replace("sumber: buku", "sumber: kabar-angin", 1), "sumber 'kabar-angin' tidak ada di sumber.yaml"),
])
def test_a_bad_ratings_file_is_refused_with_an_indonesian_message(teks, potongan):
    with pytest.raises(DataError, match="platform.yaml") as e:
        data.muat_skor_platform(teks)
    assert potongan in str(e.value)


REPO = "https://github.com/kursus-terbuka/media-sosial-vs-jejaring-sosial"


def test_the_jupyterhub_link_asks_nbgitpuller_to_pull_the_repository_and_open_the_notebook():
    u = urlparse(sekolah.tautan_jupyterhub("https://hub.sma1.sch.id/", REPO, "main", "notebooks/05-perbedaan.ipynb"))
    assert (u.scheme, u.netloc, u.path) == ("https", "hub.sma1.sch.id", "/hub/user-redirect/git-pull")
    assert parse_qs(u.query) == {"repo": [REPO], "branch": ["main"],
                                 "urlpath": ["lab/tree/media-sosial-vs-jejaring-sosial/notebooks/05-perbedaan.ipynb"]}


def test_colab_and_binder_links_point_at_the_notebook_on_the_branch():
    assert sekolah.tautan_colab(REPO, "main", "notebooks/a.ipynb") == (
        "https://colab.research.google.com/github/kursus-terbuka/media-sosial-vs-jejaring-sosial/blob/main/"
        "notebooks/a.ipynb")
    u = urlparse(sekolah.tautan_binder(REPO, "main", "notebooks/a.ipynb"))
    assert u.path.endswith("/v2/gh/kursus-terbuka/media-sosial-vs-jejaring-sosial/main")
    assert parse_qs(u.query) == {"urlpath": ["lab/tree/notebooks/a.ipynb"]}


@pytest.mark.parametrize("hub, repo", [("hub.sekolah.sch.id", REPO), ("https://hub.sch.id", "https://github.com/x")])
def test_bad_addresses_are_refused_in_indonesian(hub, repo):
    with pytest.raises(ValueError, match="harus"):
        sekolah.tautan_jupyterhub(hub, repo, "main", "a.ipynb")


def test_the_link_table_on_the_school_page_is_current():
    r = subprocess.run([sys.executable, str(ROOT / "tools" / "tautan_sekolah.py"), "--check"],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr


def test_the_worksheet_survey_table_lists_every_platform_and_block():
    lkpd = (ROOT / "book" / "lkpd.md").read_text(encoding="utf-8")
    assert all(f'<th scope="row">{p}</th>' in lkpd for p in data.platform())
    assert all(f'<th scope="col">{b.nama}</th>' in lkpd for b in data.blok())
