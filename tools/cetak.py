"""The print edition of the book, for schools with few or no devices: PDFs made from the built book by Chromium.

    python tools/cetak.py [--edisi siswa|guru] [--html DIR] [--out DIR]

Writes three PDFs into --out (default _build/cetak/<edisi>/):

- Buku-cetak-A4.pdf: a contents page with the page each chapter starts on, every chapter, then the glossary and
  the references; without code cells, each chart as its picture (made at build, kursus_buku.gambar), folded parts
  printed open, no sentence only a screen can carry out (LAYAR), exercises and quizzes as questions with a line to
  answer on (answers and solutions only in the teacher edition's PDF), links as short addresses, at the top of each
  chapter the address of its live page, and a number at the foot of every page (printed twice: the first print
  tells the contents where each chapter starts);
- Buku-cetak-A5.pdf: the same on A5 pages, for a printer's booklet mode (two pages on each side of an A4 sheet,
  folded);
- Ringkas-bab-5-dan-8.pdf: only chapters 5 and 8 and the references, for a school that prints little.

Each PDF is checked page by page, like the LKPD: every chapter present, starting its own page and listed in the
contents with that page, every page numbered, no code cell, no screen-only sentence, no chart without its picture,
no table wider than the page, no answer key in the student edition. A problem stops
with an Indonesian message naming the PDF and the page.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import urlparse

import yaml
from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
RINGKAS = ["notebooks/05-perbedaan.html", "notebooks/08-aman-dan-bijak.html"]
# After the chapters: the glossary the terms point to and the references every [n] names (the handout, which
# cites too, carries the references).
LAMPIRAN = ["book/glosarium.html", "book/daftar-pustaka.html"]
# The page number at the foot of every page (Chromium's own footer, inside the bottom margin).
KAKI = ('<div style="width:100%;text-align:center;font:8pt \'DejaVu Sans\',Arial,sans-serif">'
        '<span class="pageNumber"></span></div>')
# Paper: CSS size, margin, and the printable width in CSS pixels (96 per inch) a table must fit in.
KERTAS = {"A4": ("A4", "15mm", 680), "A5": ("A5", "11mm", 476)}
# Text that only a code cell would print (its source, or the toggle of a folded one).
KODE = re.compile(r"import kursus|kursus\.\w+\(|^\s*In \[\d*\]:|>>>|Tampilkan kode|Sembunyikan kode", re.M)
# What a screen sentence says, and paper cannot do: point at, tap, press a button, slide, get an answer checked.
# The print edition leaves out every sentence saying one of these, and its check fails if one is left, so a new
# sentence that can only be done on a screen is noticed (write it as a sentence of its own).
LAYAR = re.compile(r"\b(?:" + "|".join(f.replace(" ", r"\s+") for f in (
    "kursor", "ketuk", "diketuk", "penggeser", "[Pp]akai tombol", "[Tt]ombol di atas grafik", "pilih tombol",
    "[Pp]ilih Periksa jawaban", "memeriksa jawabanmu seketika", "[Pp]ilih sebuah (?:kumpulan data|aspek)",
    "[Pp]ilih atribut", "[Bb]uka sebuah atribut", "[Dd]i halaman buku,", "menu tarik-turun",
    "[Ss]aat bab ini dijalankan", "[Bb]ila kamu membaca bab ini di Jupyter", "[Ss]etelah sel-selnya dijalankan",
    "langsung diberi pembahasan")) + r")")
# A sentence ends at . ! or ? before a capital letter (not at "dkk. (2011)" or "1.2").
AKHIR_KALIMAT = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"])")
KUNCI = "Kunci:"  # how a quiz answer is printed (teacher edition only)


def bab(toc: Path = ROOT / "_toc.yml") -> list[str]:
    """The learner's chapters, in reading order (the part captioned "Bab" of _toc.yml)."""
    [bagian] = [p for p in yaml.safe_load(toc.read_text(encoding="utf-8"))["parts"] if p.get("caption") == "Bab"]
    return [c["file"] + ".html" for c in bagian["chapters"]]


def situs() -> str:
    """The book's published address (from the one repository setting in _config.yml)."""
    sys.path.insert(0, str(ROOT / "src"))
    from kursus_buku.bagikan import pages_url

    config = yaml.safe_load((ROOT / "_config.yml").read_text(encoding="utf-8"))
    return pages_url(config["repository"]["url"])


def pendek(url: str, maks: int = 60) -> str:
    """An address a reader can type: no scheme, no www., shortened in the middle when long."""
    u = urlparse(url)
    teks = (u.netloc.removeprefix("www.") + u.path.rstrip("/") + (f"?{u.query}" if u.query else ""))
    if len(teks) <= maks:
        return teks
    return teks[: maks // 2 - 1] + "…" + teks[-(maks // 2 - 1):]


def isi_bab(html_dir: Path, page: str, edisi: str, alamat: str) -> tuple[str, str]:
    """(title, printable HTML) of one chapter page of the built book."""
    soup = BeautifulSoup((html_dir / page).read_text(encoding="utf-8"), "html.parser")
    art = soup.find("article")
    folder = (html_dir / page).parent
    for el in art.select(".headerlink, .cell_input, details.above-input, script, noscript, details.kursus-data, "
                         ".kursus-gambar-ajak, "
                         ".kursus-catatan-live, .kursus-plot, .kursus-periksa, .kursus-umpan, .kursus-skor, "
                         "button.toggle-button, .kursus-survei, .kursus-survei-impor, .kursus-edisi-guru"):
        el.decompose()
    for wadah in art.select(".kursus-plot-wadah"):
        img = wadah.find("img")
        gambar = soup.new_tag("img", src=(folder / img["src"]).resolve().as_uri(), alt=img.get("alt", ""))
        gambar["class"] = "kursus-cetak-grafik"
        wadah.replace_with(gambar)
    for d in art.find_all("details"):  # paper has no fold: every aspect of an explorer, every scenario, printed open
        d["open"] = ""
    tanpa_kalimat_layar(art)
    for form in art.select("form.kursus-kuis"):
        form.replace_with(BeautifulSoup(soal_cetak(form, edisi), "html.parser"))
    for label in art.select("label"):  # the name of a menu paper does not have ("Data", "Tujuanmu")
        kontrol = label.find(["select", "input", "textarea"]) or (label.get("for") and art.find(id=label["for"]))
        if kontrol and kontrol.name in ("select", "input", "textarea"):
            label.decompose()
    for el in art.select("select, input, button, textarea"):
        el.decompose()
    for a in art.find_all("a"):
        href = a.get("href", "")
        teks = a.get_text(" ", strip=True)
        if href.startswith(("http://", "https://")) and pendek(href) not in teks:
            a.replace_with(f"{teks} ({pendek(href)})")
        else:
            a.unwrap()
    for tabel in art.find_all("table"):  # a short table is not split across two pages
        if len(tabel.find_all("tr")) <= 8:
            tabel["style"] = "break-inside: avoid"
    latihan = art.select_one("div.exercise")
    if latihan:  # the quizzes have their answer lines; an exercise is answered in the exercise book
        catatan_latihan = soup.new_tag("p")
        catatan_latihan.string = "Tuliskan jawaban setiap latihan di buku tulismu."
        latihan.insert_before(catatan_latihan)
    h1 = art.find("h1")
    judul = h1.get_text(" ", strip=True)
    catatan = soup.new_tag("p")
    catatan["class"] = "kursus-cetak-alamat"
    catatan.string = (("Edisi guru. " if edisi == "guru" else "")  # the web page's note, after the title
                      + f"Versi interaktif {'bab' if page.startswith('notebooks/') else 'halaman'} ini: "
                      f"{pendek(alamat + page, 90)}")
    h1.insert_after(catatan)
    return judul, str(art)


def kalimat_layar(teks: str) -> list[tuple[int, int]]:
    """Where the sentences of a text that only a screen can carry out (LAYAR) lie, each with the space after it
    (or, for the last, before it): (start, end) offsets."""
    batas = [0] + [i for m in AKHIR_KALIMAT.finditer(teks) for i in m.span()] + [len(teks)]
    kalimat = list(zip(batas[::2], batas[1::2]))  # (start, end) of each sentence, the spaces between left out
    buang = []
    for n, (a, b) in enumerate(kalimat):
        if LAYAR.search(teks, a, b):
            buang.append((a, kalimat[n + 1][0]) if n + 1 < len(kalimat) else (kalimat[n - 1][1] if n else a, b))
    return buang


def tanpa_kalimat_layar(art) -> None:
    """Leave out of a chapter the sentences that only a screen can carry out, also one running through a link or
    bold words; a paragraph, item or caption left empty goes whole."""
    for blok in art.select("p, figcaption, li"):
        potongan = blok.find_all(string=True)
        buang = kalimat_layar("".join(potongan))
        if not buang:
            continue
        awal = 0
        for teks in potongan:
            akhir = awal + len(teks)
            sisa = "".join(c for i, c in enumerate(teks, start=awal) if not any(a <= i < b for a, b in buang))
            if sisa != teks:
                teks.replace_with(sisa)
            awal = akhir
        if not blok.get_text().strip():
            blok.decompose()


def soal_cetak(form, edisi: str) -> str:
    """A quiz as printed questions: its choices lettered, a line to answer on, the key only for teachers."""
    butir = []
    for f in form.select("fieldset.kursus-soal"):
        pilihan = [lbl.get_text(" ", strip=True) for lbl in f.select("label.kursus-opsi")]
        benar = int(f.get("data-benar", -1))
        opsi = "".join(f"<li>{p}</li>" for p in pilihan)
        kunci = ""
        if edisi == "guru" and 0 <= benar < len(pilihan):
            umpan = json.loads(f.get("data-umpan", "{}")).get("benar", "").removeprefix("Benar! ")
            kunci = f'<p class="kursus-cetak-kunci">{KUNCI} {chr(97 + benar)}. {pilihan[benar]}. {umpan}</p>'
        butir.append(f'<div class="kursus-cetak-soal"><p>{f.legend.get_text(" ", strip=True)}</p>'
                     f'<ol type="a">{opsi}</ol><p class="kursus-cetak-isian">Jawaban: ______</p>{kunci}</div>')
    judul = form.get("aria-label", "Kuis")
    petunjuk = "<p>Tulis huruf pilihanmu pada garis di bawah setiap soal.</p>"
    return f'<section class="kursus-cetak-kuis"><p><strong>{judul}</strong></p>{petunjuk}{"".join(butir)}</section>'


GAYA = """
@page {{ size: {ukuran}; margin: {margin}; }}
html {{ font: {huruf} / 1.4 "DejaVu Sans", Arial, sans-serif; color: #000; }}
h1 {{ font-size: 1.6em; margin: 0 0 .3em; }} h2 {{ font-size: 1.25em; break-after: avoid; }}
h3 {{ font-size: 1.1em; break-after: avoid; }}
.kursus-cetak-bab {{ break-before: page; }}
.kursus-cetak-sampul {{ text-align: center; padding-top: 30%; }}
.kursus-cetak-alamat {{ font-size: .85em; color: #333; }}
img.kursus-cetak-grafik {{ display: block; width: 100%; height: auto; break-inside: avoid; }}
figure {{ margin: .6em 0; break-inside: avoid; }} figcaption {{ font-size: .85em; }}
table {{ border-collapse: collapse; width: 100%; table-layout: fixed; font-size: .85em; break-inside: auto; }}
th, td {{ border: 1px solid #777; padding: .2em .35em; vertical-align: top; overflow-wrap: anywhere; }}
caption {{ text-align: left; font-weight: bold; }}
.admonition, .kursus-cetak-soal, .kursus-kartu {{ border: 1px solid #999; padding: .3em .6em; margin: .5em 0;
  break-inside: avoid; }}
.admonition-title {{ font-weight: bold; margin: 0 0 .2em; }}
caption, summary, .admonition-title, .kursus-grafik-judul, .kursus-cetak-kuis > p {{ break-after: avoid; }}
tr {{ break-inside: avoid; }}
.kursus-cetak-isi {{ break-before: page; }} .kursus-cetak-isi li {{ display: flex; gap: .5em; }}
.kursus-cetak-isi li span:first-child {{ flex: 1; border-bottom: 1px dotted #999; }}
summary {{ font-weight: bold; list-style: none; }} summary::-webkit-details-marker {{ display: none; }}
pre, code {{ white-space: pre-wrap; overflow-wrap: anywhere; }}
[hidden] {{ display: none !important; }}
"""


def dokumen(html_dir: Path, pages: list[str], edisi: str, kertas: str,
            nomor: list[int | None] | None = None) -> tuple[str, list[str]]:
    """One HTML document for Chromium to print: a cover, the contents (with the page each chapter starts on, once
    ``nomor`` gives them), then each chapter on a new page; and the titles."""
    alamat = situs()
    ukuran, margin, _ = KERTAS[kertas]
    judul, isi = zip(*(isi_bab(html_dir, p, edisi, alamat) for p in pages))
    nama_edisi = "edisi guru (berisi kunci jawaban; jangan dibagikan kepada siswa)" if edisi == "guru" else "edisi siswa"
    bentuk = "Lembar ringkas bab 5 dan 8" if pages[:len(RINGKAS)] == RINGKAS else "Buku cetak"
    sampul = (f'<section class="kursus-cetak-sampul"><h1>Media Sosial vs Jejaring Sosial</h1><p>{bentuk}, '
              f"{nama_edisi}</p><p>Versi interaktif: {pendek(alamat)}</p></section>")
    nomor = nomor or [None] * len(judul)
    daftar = "".join(f"<li><span>{j}</span><span>{n or '—'}</span></li>" for j, n in zip(judul, nomor))
    isi_buku = f'<nav class="kursus-cetak-isi"><h2>Daftar isi</h2><ol>{daftar}</ol></nav>'
    badan = isi_buku + "".join(f'<section class="kursus-cetak-bab">{b}</section>' for b in isi)
    gaya = GAYA.format(ukuran=ukuran, margin=margin, huruf="10.5pt" if kertas == "A4" else "9pt")
    return (f'<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Media Sosial vs Jejaring Sosial'
            f"</title><style>{gaya}</style></head><body>{sampul}{badan}</body></html>"), list(judul)


def cetak(teks: str, out: Path, kertas: str) -> None:
    """Print the document with Chromium, after checking in the page that every chart picture loaded and that no
    table is wider than the paper."""
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "cetak.html"
        src.write_text(teks, encoding="utf-8")
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
            page = browser.new_page(java_script_enabled=True, viewport={"width": KERTAS[kertas][2], "height": 900})
            page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort())
            page.goto(src.as_uri(), wait_until="load")
            page.emulate_media(media="print")
            kosong = page.evaluate("[...document.images].filter(i => !(i.complete && i.naturalWidth > 0))"
                                   ".map(i => i.alt || i.src)")
            lebar = page.evaluate("[...document.querySelectorAll('table, pre, img')].filter(t => "
                                  "t.getBoundingClientRect().right > document.body.getBoundingClientRect().right + 1)"
                                  ".map(t => (t.textContent || t.alt || '').trim().slice(0, 60))")
            if kosong or lebar:
                browser.close()
                raise SystemExit(f"{out.name}: grafik tanpa gambar {kosong}; tabel lebih lebar dari kertas {lebar}")
            out.write_bytes(page.pdf(prefer_css_page_size=True, print_background=False, display_header_footer=True,
                                     header_template="<span></span>", footer_template=KAKI))
            browser.close()


def halaman_pdf(pdf: Path) -> list[str]:
    """The text of each page of a PDF (poppler's pdftotext, which ends every page with a form feed)."""
    teks = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return teks.split("\f")[:-1]


def rata(teks: str) -> str:
    """Text with every run of spaces and line breaks made one space, as pages and titles are compared."""
    return " ".join(teks.split())


def awal_bab(halaman: list[str], judul: list[str]) -> list[int | None]:
    """The page (from 1) each title starts, or None where no page starts with it."""
    return [next((i for i, h in enumerate(halaman, start=1) if rata(h).startswith(rata(j))), None) for j in judul]


def periksa(pdf: Path, judul: list[str], edisi: str, kertas: str) -> list[str]:
    """Every problem of a printed PDF, page by page (Indonesian); empty when it is fine."""
    masalah = []
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    if f"({kertas})" not in info:
        masalah.append(f"{pdf.name}: ukuran kertas bukan {kertas}")
    halaman = halaman_pdf(pdf)
    datar = [rata(h) for h in halaman]
    isi = " ".join(h for h in datar if h.startswith("Daftar isi"))
    for j, awal in zip(judul, awal_bab(halaman, judul)):
        if awal is None:
            masalah.append(f"{pdf.name}: bab '{j}' tidak ada, atau tidak dimulai di halaman baru")
        elif f"{rata(j)} {awal} " not in isi + " ":
            masalah.append(f"{pdf.name}: daftar isi tidak menyebut halaman {awal} untuk '{j}'")
    for i, h in enumerate(halaman, start=1):
        if KODE.search(h):
            masalah.append(f"{pdf.name}, halaman {i}: ada sel kode ({KODE.search(h).group(0).strip()})")
        if LAYAR.search(datar[i - 1]):
            kalimat = next(k for k in AKHIR_KALIMAT.split(datar[i - 1]) if LAYAR.search(k))
            masalah.append(f"{pdf.name}, halaman {i}: kalimat yang hanya bisa dikerjakan di layar: {kalimat[:120]}")
        if edisi == "siswa" and (KUNCI in h or "Pembahasan" in h):
            masalah.append(f"{pdf.name}, halaman {i}: ada kunci jawaban atau pembahasan di edisi siswa")
        if not re.sub(rf"\s*\b{i}\s*$", "", h).strip():  # only its page number
            masalah.append(f"{pdf.name}, halaman {i}: halaman kosong")
        elif not re.search(rf"\b{i}\s*$", h):
            masalah.append(f"{pdf.name}, halaman {i}: tanpa nomor halaman")
    return masalah


def berkas() -> list[tuple[str, list[str], str]]:
    """The print edition's files: name, the pages it holds, paper."""
    return [("Buku-cetak-A4.pdf", bab() + LAMPIRAN, "A4"), ("Buku-cetak-A5.pdf", bab() + LAMPIRAN, "A5"),
            ("Ringkas-bab-5-dan-8.pdf", RINGKAS + LAMPIRAN[1:], "A4")]


def buat(html_dir: Path, out_dir: Path, edisi: str) -> list[Path]:
    """The three PDFs of an edition, each checked; SystemExit with the problems otherwise."""
    out_dir.mkdir(parents=True, exist_ok=True)
    for nama, pages, kertas in berkas():
        teks, judul = dokumen(html_dir, pages, edisi, kertas)
        cetak(teks, out_dir / nama, kertas)  # once to learn where each chapter starts, then with the contents' pages
        cetak(dokumen(html_dir, pages, edisi, kertas, awal_bab(halaman_pdf(out_dir / nama), judul))[0],
              out_dir / nama, kertas)
    return periksa_semua(html_dir, out_dir, edisi)


def periksa_semua(html_dir: Path, folder: Path, edisi: str) -> list[Path]:
    """The three PDFs of an edition in ``folder``, checked against the book in ``html_dir`` (every chapter, no
    code cell, no answer key in the student edition...); SystemExit with the problems otherwise."""
    hasil, masalah = [], []
    for nama, pages, kertas in berkas():
        pdf = folder / nama
        if not pdf.is_file():
            masalah.append(f"{pdf} tidak ada")
            continue
        masalah += periksa(pdf, dokumen(html_dir, pages, edisi, kertas)[1], edisi, kertas)
        hasil.append(pdf)
    if masalah:
        raise SystemExit("Edisi cetak belum layak:\n- " + "\n- ".join(masalah))
    return hasil


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--edisi", choices=["siswa", "guru"], default="siswa")
    ap.add_argument("--html", type=Path)
    ap.add_argument("--out", type=Path)
    a = ap.parse_args()
    html = a.html or ROOT / "_build" / ("html" if a.edisi == "siswa" else "guru/html")
    for pdf in buat(html, a.out or ROOT / "_build" / "cetak" / a.edisi, a.edisi):
        print(f"{pdf} ({pdf.stat().st_size // 1024} KB)")
