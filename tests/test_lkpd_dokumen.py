"""The editable worksheet (DOCX for Word, ODT for LibreOffice) keeps every table of the printed page: the same
tables, rows, columns and labels, read back from the files themselves (word/document.xml, content.xml); and
the exit ticket has a name and nomor absen line and a cut line."""

import html as html_mod
import importlib.util
import re
import shutil
import sys
import zipfile
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

import pytest

from conftest import ROOT

pytestmark = pytest.mark.build

sys.path.insert(0, str(ROOT / "tools"))  # tools/pack.py imports its neighbour tools/cetak.py
_spec = importlib.util.spec_from_file_location("pack", ROOT / "tools" / "pack.py")
pack = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(pack)

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"


def rapi(teks: str) -> str:
    return re.sub(r"\s+", " ", html_mod.unescape(teks)).strip()


class _Tabel(HTMLParser):
    """Every table of an HTML fragment as rows of cell texts (th and td alike)."""

    def __init__(self):
        super().__init__()
        self.tabel, self.sel = [], None

    def handle_starttag(self, tag, attrs):
        if tag == "table":
            self.tabel.append([])
        elif tag == "tr":
            self.tabel[-1].append([])
        elif tag in ("td", "th"):
            self.sel = []

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self.sel is not None:
            self.tabel[-1][-1].append(rapi("".join(self.sel)))
            self.sel = None

    def handle_data(self, data):
        if self.sel is not None:
            self.sel.append(data)


def tabel_halaman(html_dir) -> list[list[list[str]]]:
    teks = (html_dir / "book" / "lkpd.html").read_text(encoding="utf-8")
    artikel = re.search(r"<article[^>]*>(.*)</article>", teks, re.S).group(1)
    p = _Tabel()
    p.feed(artikel)
    return p.tabel


def tabel_docx(path) -> list[list[list[str]]]:
    root = ET.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    return [[[rapi("".join(t.text or "" for t in tc.iter(f"{W}t"))) for tc in tr.findall(f"{W}tc")]
             for tr in tbl.findall(f"{W}tr")] for tbl in root.iter(f"{W}tbl")]


def tabel_odt(path) -> list[list[list[str]]]:
    root = ET.fromstring(zipfile.ZipFile(path).read("content.xml"))
    hasil = []
    for t in root.iter(f"{TABLE}table"):
        baris = []
        for r in t.iter(f"{TABLE}table-row"):
            baris.append([rapi(" ".join(c.itertext())) for c in r.findall(f"{TABLE}table-cell")])
        hasil.append(baris)
    return hasil


@pytest.fixture(scope="module")
def dokumen(html_dir, tmp_path_factory):
    if not shutil.which("pandoc"):
        pytest.fail("pandoc is missing: run `make chromium` (it installs pandoc too).")
    out = tmp_path_factory.mktemp("lkpd")
    berkas = {}
    for akhiran in ("docx", "odt"):
        berkas[akhiran] = out / f"lkpd.{akhiran}"
        pack.lkpd_dokumen(html_dir, berkas[akhiran])
    return berkas


def test_the_page_has_the_tables_to_compare(html_dir):
    tabel = tabel_halaman(html_dir)
    assert len(tabel) >= 6  # identity, two concept cards, activities 1 and 2, exit ticket
    kegiatan2 = next(t for t in tabel if t[0][0] == "Platform")
    assert [r[0] for r in kegiatan2[1:]] == ["Facebook", "Instagram", "TikTok", "X", "YouTube", "LinkedIn", "WhatsApp"]


@pytest.mark.parametrize("akhiran", ["docx", "odt"])
def test_the_editable_worksheet_keeps_every_table_row_column_and_label(html_dir, dokumen, akhiran):
    baca = tabel_docx if akhiran == "docx" else tabel_odt
    halaman, berkas = tabel_halaman(html_dir), baca(dokumen[akhiran])
    assert len(berkas) == len(halaman), (len(berkas), len(halaman))
    for i, (h, b) in enumerate(zip(halaman, berkas)):
        assert len(b) == len(h), (i, "rows", h[0], len(b), len(h))
        for j, (rh, rb) in enumerate(zip(h, b)):
            assert rb == rh, (i, j, rb, rh)  # same columns, same labels, empty where the page is empty


def test_a_lost_row_label_would_be_caught(html_dir, dokumen, tmp_path):
    """What pandoc does to <th scope="row"> left as it is: the platform names vanish, and the check sees it."""
    import subprocess
    teks = (html_dir / "book" / "lkpd.html").read_text(encoding="utf-8")
    artikel = re.search(r"<article[^>]*>(.*)</article>", teks, re.S).group(1)
    src = tmp_path / "mentah.html"
    src.write_text(f"<html><body>{artikel}</body></html>", encoding="utf-8")
    subprocess.run(["pandoc", "-f", "html", "-t", "odt", "-o", str(tmp_path / "mentah.odt"), str(src)], check=True)
    mentah = tabel_odt(tmp_path / "mentah.odt")
    assert mentah != tabel_halaman(html_dir)


def test_the_exit_ticket_has_a_name_and_absen_line_and_a_cut_line(html_dir, dokumen):
    teks = (html_dir / "book" / "lkpd.html").read_text(encoding="utf-8")
    tiket = teks[teks.index('class="kursus-potong"'):]
    assert "gunting di sini" in tiket[:300]
    assert tiket.index("Tiket keluar") < tiket.index('<th scope="row">Nama</th>') < tiket.index("Kelas / nomor absen")
    for akhiran, path in dokumen.items():
        isi = zipfile.ZipFile(path).read("word/document.xml" if akhiran == "docx" else "content.xml").decode()
        assert "gunting di sini" in isi and "✂" in isi, akhiran
        assert ["Nama", "", "Kelas / nomor absen", ""] in (tabel_docx if akhiran == "docx" else tabel_odt)(path)[-1]


def test_the_editable_worksheets_cells_are_ruled_so_they_can_be_written_in(dokumen):
    docx = zipfile.ZipFile(dokumen["docx"])
    gaya = docx.read("word/styles.xml").decode()
    tabel = gaya[gaya.index('w:styleId="Table"'):]
    assert '<w:tblBorders><w:top w:val="single"' in tabel[:tabel.index("</w:style>")]
    odt = zipfile.ZipFile(dokumen["odt"])
    assert odt.namelist()[0] == "mimetype" and odt.getinfo("mimetype").compress_type == zipfile.ZIP_STORED
    isi = odt.read("content.xml").decode()
    for sel in ("TableRowCell", "TableHeaderRowCell"):
        assert re.search(rf'style:name="{sel}" style:family="table-cell"><style:table-cell-properties '
                         r'fo:border="0.5pt solid #000000"', isi), sel
    ET.fromstring(isi)  # still well-formed
    ET.fromstring(gaya)
