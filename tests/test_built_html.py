"""The built book: every page present, nothing loaded from another host, links resolve, vendored files intact."""

import hashlib
import json
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest

from conftest import ROOT, chapter_pages, toc_pages
from test_kelas_build import guru_dir  # noqa: F401  (fixture)

MANIFEST = json.loads((ROOT / "vendor" / "manifest.json").read_text())


class Refs(HTMLParser):
    """Collects what a page loads (scripts, styles, images, frames) and what it links to, and its ids."""

    def __init__(self):
        super().__init__()
        self.loads, self.links, self.ids = [], [], set()

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if a.get("id"):
            self.ids.add(a["id"])
        if tag in ("script", "img", "iframe", "source", "audio", "video", "embed") and a.get("src"):
            self.loads.append(a["src"])
        if tag == "link" and a.get("href"):
            (self.loads if a.get("rel") in ("stylesheet", "preload", "modulepreload", "icon")
             else self.links).append(a["href"])
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])


def parse(path: Path) -> Refs:
    r = Refs()
    r.feed(path.read_text(encoding="utf-8"))
    return r


def all_pages(html_dir):
    return sorted(p for p in html_dir.rglob("*.html") if "_static" not in p.parts)


def test_every_page_in_the_table_of_contents_is_built(html_dir):
    missing = [p for p in toc_pages() if not (html_dir / p).exists()]
    assert not missing


def test_no_page_loads_anything_from_another_host(html_dir):
    bad = {}
    for page in all_pages(html_dir):
        r = parse(page)
        remote = [u for u in r.loads if urlparse(u).scheme in ("http", "https") or u.startswith("//")]
        text = page.read_text(encoding="utf-8")
        # module imports, fetches and CSS urls that an attribute scan would miss
        remote += re.findall(r"""(?:import\s*\(?|url\(|fetch\()\s*['"]?(https?://[^'")\s]+)""", text)
        remote += re.findall(r"""['"](https?://(?:cdn|unpkg|cdnjs|fonts\.googleapis)[^'"]*)""", text)
        if remote:
            bad[page.name] = remote
    assert not bad


def test_static_files_reference_no_other_host(html_dir):
    bad = []
    for f in list((html_dir / "_static").rglob("*.css")):
        for u in re.findall(r"url\(\s*['\"]?(https?:)?//", f.read_text(encoding="utf-8", errors="replace")):
            bad.append(f.name)
    assert not bad


def test_internal_links_resolve(html_dir):
    broken = []
    for page in all_pages(html_dir):
        r = parse(page)
        for href in r.links + r.loads:
            u = urlparse(href)
            if u.scheme or href.startswith(("//", "mailto:", "javascript:")):
                continue
            target = page if not u.path else (page.parent / unquote(u.path)).resolve()
            if target.is_dir():
                target = target / "index.html"
            if not target.exists():
                broken.append(f"{page.relative_to(html_dir)} -> {href}")
            elif u.fragment and target.suffix == ".html" and u.fragment not in parse(target).ids:
                broken.append(f"{page.relative_to(html_dir)} -> {href} (no such anchor)")
    assert not broken


@pytest.mark.parametrize("entry", MANIFEST["files"], ids=lambda e: e["file"])
def test_vendored_files_match_the_manifest(html_dir, entry):
    paths = [ROOT / "vendor" / entry["file"]]
    if entry.get("served", True) is True:
        paths.append(html_dir / "_static" / "kursus" / Path(entry["file"]).name)
    elif entry.get("served") == "theme":  # the theme's file of the same job, replaced at the same address
        paths.append(html_dir / "_static" / entry["replaces"])
    for path in paths:
        assert hashlib.sha256(path.read_bytes()).hexdigest() == entry["sha256"], path
    assert re.fullmatch(r"\d+\.\d+\.\d+", entry["version"]) and entry["package"] and entry["registry"] == "npm"
    assert entry.get("served", True) in (True, False, "icons", "theme")
    if "built_by" in entry:  # built from the version its tools/ folder pins
        package = json.loads((ROOT / entry["built_by"] / "package.json").read_text(encoding="utf-8"))
        assert package["devDependencies"][entry["package"]] == entry["version"]


def test_test_assets_are_never_served(html_dir):
    for entry in MANIFEST["files"]:
        if entry.get("served", True) not in (True, "theme"):
            name = Path(entry["file"]).name
            assert not list(html_dir.rglob(name)), f"{name} must not be in the built book"


def test_theme_icon_script_is_gone_and_every_icon_used_is_drawn(html_dir):
    drawn = {Path(e["file"]).stem for e in MANIFEST["files"] if e.get("served") == "icons"}
    css = (html_dir / "_static" / "kursus" / "kursus-ikon.css").read_text(encoding="utf-8")
    assert not (html_dir / "_static" / "scripts" / "fontawesome.js").exists()
    js = "".join(p.read_text(encoding="utf-8") for p in (html_dir / "_static" / "scripts").glob("*.js"))
    for page in all_pages(html_dir):
        text = page.read_text(encoding="utf-8")
        assert "fontawesome.js" not in text, page.name
        for name in set(re.findall(r'class="[^"]*\bfa-(?:solid|brands|regular)\b[^"]*\bfa-([a-z0-9-]+)', text)) | \
                set(re.findall(r'class="fa[bsr]? fa-([a-z0-9-]+)', text)):
            if name in ("lg", "fw", "solid", "brands", "regular"):
                continue
            assert name in drawn and f".fa-{name}::before" in css, f"{page.name}: icon fa-{name} is not drawn"
    for name in set(re.findall(r'"fa-solid fa-([a-z0-9-]+)"', js)):  # icons the theme's scripts insert
        assert name in drawn, f"theme script icon fa-{name} is not drawn"


def test_plotly_loads_only_on_pages_with_charts(html_dir):
    for page in all_pages(html_dir):
        text = page.read_text(encoding="utf-8")
        has_chart = 'class="kursus-grafik"' in text
        loads_plotly = "plotly-kursus.min.js" in text
        assert has_chart == loads_plotly, page.name
        assert text.count("plotly-kursus.min.js") <= 1, page.name


def test_a_chart_of_the_book_shows_its_caption_once(html_dir):
    """The build runs the notebooks with KURSUS_BUKU=1: no live-only caption follows a figure's own."""
    pages = [p for p in all_pages(html_dir) if 'class="kursus-grafik"' in p.read_text(encoding="utf-8")]
    assert pages
    for page in pages:
        text = page.read_text(encoding="utf-8")
        assert "kursus-keterangan-live" not in text, page.name
        assert text.count("<figcaption>") >= text.count('<figure class="kursus-grafik"'), page.name


def test_pages_are_in_indonesian_with_a_current_footer(html_dir):
    for page in toc_pages():
        text = (html_dir / page).read_text(encoding="utf-8")
        assert '<html lang="id"' in text, page
        # Only the footer: a chapter may well cite figures from 2023.
        start = text.find('<footer class="bd-footer')
        assert start > 0, f"{page}: footer not found"
        footer = text[start:]
        assert "2026" in footer, f"{page}: footer lacks the current year"
        assert "2023" not in footer and "Copyright" not in footer, page
        for english in ("Search this book", "On this page", "Contents", "Skip to main content",
                        "Copy to clipboard", "Toggle navigation", "Download source file", "Print to PDF"):
            assert english not in text, f"{page}: English theme string {english!r}"


def test_every_chapter_has_binder_colab_and_jupyterhub_buttons_from_the_one_repository_setting(html_dir):
    import yaml
    cfg = yaml.safe_load((ROOT / "_config.yml").read_text(encoding="utf-8"))
    repo = cfg["repository"]["url"].removeprefix("https://github.com/")
    chapters = [p for p in toc_pages() if p.startswith("notebooks/")]
    assert chapters
    for page in chapters:
        nb = page.removesuffix(".html") + ".ipynb"
        links = parse(html_dir / page).links
        assert any(l.startswith(f"https://mybinder.org/v2/gh/{repo}/") and l.endswith(nb) for l in links), page
        assert any(l.startswith("https://colab.research.google.com/github/" + repo) and l.endswith(nb) for l in links), page
        hub = [l for l in links if "/hub/user-redirect/git-pull?" in l]
        assert hub and repo.replace("/", "%2F") in hub[0].replace("/", "%2F") and nb in hub[0], page


# Each template in kursus_buku/sablon/: the theme's file it replaces and the exact changes made to it.
OVERRIDES = {
    "macros/buttons.html": ("sphinx_book_theme", "macros/buttons.html",
                            [("<img alt=", '<img loading="lazy" alt=')]),
    "tema/toggle-primary-sidebar.html": ("sphinx_book_theme", "components/toggle-primary-sidebar.html",
                                         [('title="Toggle primary sidebar"', "title=\"{{ _('Toggle primary sidebar') }}\"")]),
    "tema/toggle-secondary-sidebar.html": ("sphinx_book_theme", "components/toggle-secondary-sidebar.html",
                                           [('title="Toggle secondary sidebar"',
                                             "title=\"{{ _('Toggle secondary sidebar') }}\"")]),
    "tema/sbt-sidebar-nav.html": ("sphinx_book_theme", "components/sbt-sidebar-nav.html",
                                  [('aria-label="Main"', "aria-label=\"{{ _('Main') }}\"")]),
    "tema/search-button-field.html": ("pydata_sphinx_theme", "components/search-button-field.html",
                                      [(" aria-label=\"{{ _('Search') }}\"", "")]),
    "components/search-field.html": ("pydata_sphinx_theme", "components/search-field.html",
                                     [("\n</form>", '\n  <button type="submit" class="btn btn-sm visually-hidden-focusable">'
                                                    '{{ _("Submit search") }}</button>\n</form>')]),
}


@pytest.mark.parametrize("ours", sorted(OVERRIDES))
def test_template_overrides_are_the_themes_own_with_only_their_documented_changes(ours):
    """After a theme upgrade this fails until the copy in kursus_buku/sablon/ is refreshed."""
    import importlib

    package, theirs, changes = OVERRIDES[ours]
    module = importlib.import_module(package)
    original = (Path(module.__file__).parent / "theme" / package / theirs).read_text(encoding="utf-8")
    for old, new in changes:
        assert original.count(old) == 1, (theirs, old)
        original = original.replace(old, new)
    text = (ROOT / "src" / "kursus_buku" / "sablon" / ours).read_text(encoding="utf-8")
    assert re.sub(r"\A\{#.*?#\}\n", "", text, flags=re.S) == original
    assert sorted(p.relative_to(ROOT / "src" / "kursus_buku" / "sablon").as_posix()
                  for p in (ROOT / "src" / "kursus_buku" / "sablon").rglob("*.html")) == sorted(OVERRIDES)


def test_launch_menu_logos_load_only_when_shown(html_dir):
    text = (html_dir / "notebooks" / "01-pendahuluan.html").read_text(encoding="utf-8")
    logos = re.findall(r"<img [^>]*logo_[a-z]+\.(?:png|svg)[^>]*>", text)
    assert len(logos) >= 3, logos  # Binder, Colab, JupyterHub
    assert all('loading="lazy"' in img for img in logos), logos


def meta(text: str) -> dict[str, str]:
    tags = {}
    for tag in re.findall(r"<meta [^>]*>", text):
        key = re.search(r'(?:name|property)="([^"]+)"', tag)
        value = re.search(r'content="([^"]*)"', tag)
        if key and value:
            tags[key.group(1)] = value.group(1)
    return tags


def test_every_page_has_a_description_and_open_graph_tags_for_sharing(html_dir):
    """A link shared in a chat app shows the page's title, its first paragraph and the book's picture; every
    address in the tags is on the book's own published site (derived from the one repository setting)."""
    import yaml
    from kursus_buku.bagikan import pages_url

    config = yaml.safe_load((ROOT / "_config.yml").read_text(encoding="utf-8"))
    site = pages_url(config["repository"]["url"])
    assert site.startswith("https://") and site.endswith("/")
    picture = html_dir / "_static" / "kursus" / "kartu-bagikan.png"
    assert picture.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert int.from_bytes(picture.read_bytes()[16:20], "big") == 1200  # width WhatsApp expects
    for page in toc_pages():
        tags = meta((html_dir / page).read_text(encoding="utf-8"))
        assert 50 <= len(tags.get("description", "")) <= 205, (page, tags.get("description"))
        assert tags["og:description"] == tags["description"], page
        assert not re.search(r"\[\s*\d", tags["description"]), (page, "citation mark in the description")
        assert tags["og:title"] and tags["og:type"] == "website" and tags["og:locale"] == "id_ID", page
        assert tags["og:url"] == site + page, page
        assert tags["og:image"] == site + "_static/kursus/kartu-bagikan.png", page
        assert tags["og:image:alt"], page
        for key, value in tags.items():
            assert not re.match(r"https?://", value) or value.startswith(site), (page, key, value)
    import html as html_lib
    for page in chapter_pages():  # a chapter's description is its opening paragraph (before its first section)
        text = (html_dir / page).read_text(encoding="utf-8")
        article = text[text.index("<article"):]
        opening = article[:article.index("<h2")]
        paragraphs = [" ".join(re.sub(r"<[^>]+>", "", p).split()) for p in re.findall(r"<p>(.*?)</p>", opening, re.S)]
        description = html_lib.unescape(meta(text)["description"])
        squeeze = lambda s: re.sub(r"\s|\[\d+\]", "", s)  # noqa: E731 (the description has no citation marks)
        assert any(squeeze(p).startswith(squeeze(description[:60])) for p in paragraphs), (page, description)


def test_every_link_has_an_address_a_search_engine_can_follow(html_dir):
    """Lighthouse's SEO audit (crawlable-anchors): an <a> without an address, or with a script for one, is not a
    link. Scripts make such elements only when they are given an address (the survey's download link)."""
    for page in toc_pages():
        for tag in re.findall(r"<a\b[^>]*>", (html_dir / page).read_text(encoding="utf-8")):
            href = re.search(r'\bhref="([^"]*)"', tag)
            assert href and href.group(1).strip() and not href.group(1).startswith("javascript:"), (page, tag)


def test_github_pages_address_comes_from_the_repository_address():
    from kursus_buku.bagikan import pages_url
    assert pages_url("https://github.com/Kursus-Terbuka/buku.git") == "https://kursus-terbuka.github.io/buku/"
    assert pages_url("https://github.com/sekolah/sekolah.github.io") == "https://sekolah.github.io/"
    assert pages_url("https://gitlab.com/a/b") == ""


def catalogue_entries():
    from babel.messages.pofile import read_po
    entries = []
    for po in sorted((ROOT / "src" / "kursus_buku" / "locales").glob("*/LC_MESSAGES/*.po")):
        with po.open("rb") as f:
            entries += [(po.stem, m.id, m.string) for m in read_po(f) if m.id and m.string]
    return entries


def test_theme_labels_come_from_the_indonesian_catalogues_and_no_english_one_returns(html_dir):
    """Every label the book's .po files translate is shown in Indonesian: the English text appears on no
    page as an attribute value or element text, and the catalogues' own wording shows."""
    pages = {p: (html_dir / p).read_text(encoding="utf-8") for p in toc_pages() + ["search.html"]}
    entries = catalogue_entries()
    assert len(entries) >= 20
    for domain, english, indonesian in entries:
        if "%(" in english or english == indonesian:
            continue
        for page, text in pages.items():
            assert f'="{english}"' not in text and f">{english}<" not in text, (page, domain, english)
    chapter = pages["notebooks/01-pendahuluan.html"]
    for shown in ('>Langsung ke isi utama<', 'title="Jalankan di Binder"', 'aria-label="Jalankan konten interaktif"',
                  'aria-label="Navigasi bab"', 'title="Buka atau tutup navigasi bab"', 'title="Unduh berkas sumber"',
                  ">Cari</button>"):
        assert shown in chapter, shown
    assert "Aktifkan JavaScript agar fitur pencarian dapat dipakai." in pages["search.html"]


def test_output_only_repairs_are_all_still_needed_and_made(html_dir):
    """kursus_buku.keluaran stops the build when a fragment vanishes; here: each repair shows in the pages."""
    chapter = (html_dir / "notebooks" / "01-pendahuluan.html").read_text(encoding="utf-8")
    assert 'role="navigation" aria-label="Navigasi buku"' in chapter
    assert '<nav aria-label="Daftar isi halaman">' in chapter
    assert "fontawesome.js" not in chapter and "searchindex.js" not in chapter
    assert "searchindex.js" in (html_dir / "search.html").read_text(encoding="utf-8")
    bibliography = (html_dir / "book" / "daftar-pustaka.html").read_text(encoding="utf-8")
    assert 'role="listitem"' in bibliography and "doc-biblioentry" not in bibliography
class ReaderText(HTMLParser):
    """The text a reader sees in a page's article (tables, captions and citations included; scripts not)."""

    def __init__(self):
        super().__init__()
        self.depth, self.skip, self.parts = 0, 0, []

    def handle_starttag(self, tag, attrs):
        if tag == "article":
            self.depth += 1
        if tag in ("script", "style", "template"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag == "article":
            self.depth -= 1
        if tag in ("script", "style", "template") and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if self.depth and not self.skip:
            self.parts.append(data)


def reader_text(path: Path) -> str:
    p = ReaderText()
    p.feed(path.read_text(encoding="utf-8"))
    return re.sub(r"https?://\S+", " ", " ".join(p.parts))  # addresses are shown as links, not words


ISO_DATE = re.compile(r"\b(?:19|20)\d\d-(?:0[1-9]|1[0-2])\b|\b(?:19|20)\d\d-(?:19|20)\d\d\b")
ENGLISH_LABELS = ("co-publisher", "via repost", "report ", "quoting", " via ", "one report only",
                  "old counting method", "Copyright", "Built with")


@pytest.mark.parametrize("page", toc_pages())
def test_rendered_text_has_no_iso_dates_and_no_english_labels(html_dir, page):
    teks = reader_text(html_dir / page)
    assert teks.strip()
    assert not ISO_DATE.findall(teks), f"{page}: ISO dates a reader sees: {sorted(set(ISO_DATE.findall(teks)))}"
    english = [e for e in ENGLISH_LABELS if e in teks]
    assert not english, f"{page}: English labels a reader sees: {english}"


def test_the_iso_date_check_catches_what_it_should():
    assert ISO_DATE.findall("Januari 2024 dan 2024-01, 2019-2020") == ["2024-01", "2019-2020"]
    assert not ISO_DATE.findall("Januari 2024, 2019–2020, 08111-129-129, 16–64 tahun")


def test_the_books_own_drawbacks_are_marked_wherever_the_list_is_shown(html_dir):
    """The list the source lost is written by the book; every page that shows an item marks it as the book's."""
    import kursus
    buatan = [b.butir for b in kursus.kelebihan() if b.sumber == "buku"]
    shown = 0
    for page in toc_pages():
        html = (html_dir / page).read_text(encoding="utf-8")
        for butir in buatan:
            for m in re.finditer(re.escape(butir), html):
                shown += 1
                after = html[m.end():m.end() + 60]
                assert re.match(r"\s*\*|\s*\(ditulis buku ini", after), f"{page}: '{butir}' shown without its marker"
    assert shown >= 3


def test_solutions_are_titled_pembahasan_from_the_exercise_catalogue(guru_dir):  # noqa: F811
    """The student edition hides solutions; the teacher edition shows them, titled by the book's catalogue."""
    chapter = (guru_dir / "notebooks" / "01-pendahuluan.html").read_text(encoding="utf-8")
    assert 'class="admonition-title">Pembahasan' in chapter
    assert "Solusi untuk" not in chapter and "Solution to" not in chapter
