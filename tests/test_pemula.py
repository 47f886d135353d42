"""The small things a newcomer trips on (issue 20.5): one search field in the desktop header, a share preview on
the root address, and `make book` working after a pack was unzipped inside the repository or a build failed."""

import importlib.util
import re

import pytest

from conftest import ROOT
from test_built_html import meta


def test_the_desktop_header_shows_one_search_field_and_a_phone_one_search_button(book_url, offline):
    terlihat = """() => [...document.querySelectorAll('.search-button-field, .search-button')].filter(e => {
        const r = e.getBoundingClientRect(), s = getComputedStyle(e);
        return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && r.bottom > 0;
      }).map(e => e.className)"""
    for lebar, harapan in ((1280, "search-button-field"), (390, "search-button")):
        o = offline(viewport={"width": lebar, "height": 800})
        for halaman in ("notebooks/05-perbedaan.html", "book/intro.html"):
            o.page.goto(f"{book_url}/{halaman}")
            for y in (0, 400):  # the sidebar scrolls to the current chapter; nothing slides under the header
                o.page.evaluate(f"document.querySelector('.bd-sidebar-primary').scrollTop = {y}")
                tombol = o.page.evaluate(terlihat)
                assert len(tombol) == 1 and harapan in tombol[0], (lebar, halaman, y, tombol)
        assert not o.errors, o.errors


def test_the_sidebar_has_no_search_field_of_its_own(html_dir):
    text = (html_dir / "notebooks/05-perbedaan.html").read_text(encoding="utf-8")
    sidebar = text[text.index('id="pst-primary-sidebar"'):text.index('<main')]
    header = text[text.index('<header id="pst-header"'):text.index("</header>")]
    assert "search-button-field" not in sidebar and "search-button-field" in header


def test_the_root_address_carries_the_books_share_preview(html_dir):
    """The root index.html is the address people share: it has the first page's description and picture, its own
    address, and still forwards to the first page at once (also from a USB stick: a relative address)."""
    akar = (html_dir / "index.html").read_text(encoding="utf-8")
    intro = meta((html_dir / "book/intro.html").read_text(encoding="utf-8"))
    tags = meta(akar)
    assert '<html lang="id">' in akar and "<title>Media Sosial vs Jejaring Sosial</title>" in akar
    assert len(tags["description"]) >= 50 and tags["description"] == intro["description"] == tags["og:description"]
    for kunci in ("og:title", "og:image", "og:image:alt", "og:locale", "og:site_name", "og:type"):
        assert tags[kunci] == intro[kunci], kunci
    assert tags["og:site_name"] == "Media Sosial vs Jejaring Sosial"
    assert tags["og:url"] == intro["og:url"].removesuffix("book/intro.html") and tags["og:url"].endswith("/")
    assert re.search(r'<meta http-equiv="refresh" content="0; url=book/intro\.html">', akar)
    assert '<a href="book/intro.html">' in akar


def test_an_unzipped_pack_or_a_copy_of_the_repository_is_left_out_of_the_book(tmp_path):
    from kursus_buku.konfigurasi import stray_folders

    for folder, berkas in (("media-sosial-vs-jejaring-sosial", "BUKA-BUKU.html"), ("notebooks/paket", "BUKA-BUKU.html"),
                           ("arsip/2025/salinan", "_toc.yml"), ("book", "intro.md"), ("notebooks", "01-a.ipynb")):
        (tmp_path / folder).mkdir(parents=True, exist_ok=True)
        (tmp_path / folder / berkas).write_text("x", encoding="utf-8")
    (tmp_path / "media-sosial-vs-jejaring-sosial" / "notebooks").mkdir()
    (tmp_path / "media-sosial-vs-jejaring-sosial" / "notebooks" / "01-a.ipynb").write_text("{}", encoding="utf-8")
    assert stray_folders(tmp_path) == ["media-sosial-vs-jejaring-sosial", "notebooks/paket", "arsip/2025/salinan"]


def test_the_book_extension_leaves_stray_folders_out_before_the_table_of_contents_is_read():
    """sphinx-external-toc lists the folder's files at config-inited (priority 900); the exclusion must come first."""
    from unittest import mock

    from kursus_buku import sphinx_ext

    app = mock.MagicMock()
    with mock.patch.object(sphinx_ext, "register_catalogues"):  # needs a real Sphinx app; no part in this
        sphinx_ext.setup(app)
    connected = [(c.args[0], c.args[1].__name__, c.kwargs.get("priority", 500)) for c in app.connect.call_args_list]
    [(_, _, priority)] = [c for c in connected if c[1] == "exclude_stray_folders"]
    assert priority < 900


@pytest.fixture
def penjaga(tmp_path, monkeypatch):
    spec = importlib.util.spec_from_file_location("cache_guard", ROOT / "tools" / "cache_guard.py")
    modul = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(modul)
    monkeypatch.setattr(modul, "ROOT", tmp_path)
    monkeypatch.setattr(modul, "CACHE", tmp_path / "_build" / ".jupyter_cache")
    monkeypatch.setattr(modul, "STAMP", tmp_path / "_build" / ".kursus-fingerprint")
    monkeypatch.setattr(modul, "DOCTREES", {"siswa": tmp_path / "_build" / ".doctrees",
                                            "guru": tmp_path / "_build" / "guru" / "_build" / ".doctrees"})
    return modul


def test_a_build_that_did_not_finish_drops_its_saved_environment_next_time(penjaga):
    penjaga.before_build("siswa")  # first build: fingerprint written, mark left
    doctrees = penjaga.DOCTREES["siswa"]
    doctrees.mkdir(parents=True)
    # the build failed: no --selesai. The next build starts from a fresh environment.
    penjaga.before_build("siswa")
    assert not doctrees.exists()
    # this one succeeds: its environment is kept for the build after it.
    doctrees.mkdir(parents=True)
    penjaga.mark("siswa").unlink()  # what `cache_guard.py siswa --selesai` does
    penjaga.before_build("siswa")
    assert doctrees.exists()
    # the other edition's failure leaves this edition's environment alone.
    penjaga.DOCTREES["guru"].mkdir(parents=True)
    penjaga.mark("siswa").unlink()
    penjaga.before_build("guru")
    penjaga.before_build("guru")
    assert doctrees.exists() and not penjaga.DOCTREES["guru"].exists()


def test_make_book_marks_each_build_finished():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    for edisi in ("siswa", "guru"):
        mulai = makefile.index(f"tools/cache_guard.py {edisi}\n")
        selesai = makefile.index(f"tools/cache_guard.py {edisi} --selesai")
        assert mulai < makefile.index("$(JB)", mulai) < selesai
