"""Build the offline packs: one zip per edition with the built book, the notebooks and the worksheet files,
for a USB stick or a classroom laptop.

    python tools/pack.py                 # student pack from _build/html (make book)
    python tools/pack.py --edisi guru    # teacher pack from _build/guru/html (make book-guru)
    python tools/pack.py --html DIR --out FILE.zip [--edisi siswa|guru]

Inside the zip (one top folder): BUKA-BUKU.html (opens the book from the file system), buku/ (the HTML book),
lkpd/ (the worksheet as a print-ready PDF and as editable DOCX and ODT, all made from the built worksheet page),
cetak/ (the print edition: the book as PDF, A4 and A5, and a handout of chapters 5 and 8; tools/cetak.py),
notebooks/ and src/kursus/ (so a local Jupyter can run the chapters), requirements-notebook.txt (only what the
notebooks need) and BACA-SAYA.txt. The student pack is checked to come from the student edition, and its
notebooks lose every solution and answer key block; the teacher pack keeps them. Entries are sorted and dated
to a fixed time, so the same book gives the same zip.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

from cetak import buat as buat_cetak
from cetak import periksa_semua as periksa_cetak
from kursus_buku.edisi import sumber_siswa

ROOT = Path(__file__).resolve().parent.parent
NAMA = "media-sosial-vs-jejaring-sosial"
WAKTU = (2026, 1, 1, 0, 0, 0)
SKIP_NAMES = {".buildinfo", "__pycache__", ".ipynb_checkpoints", ".DS_Store"}
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
PENANDA_GURU = "kursus-edisi-guru"  # kursus_buku.edisi marks every page of the teacher edition with it
LKPD_HALAMAN = "book/lkpd.html"
LKPD_BERKAS = "LKPD-media-sosial-vs-jejaring-sosial"
# The packages a learner's notebook needs (the same pins as binder/requirements.txt), and JupyterLab to run them.
NOTEBOOK_REQS = ROOT / "binder" / "requirements.txt"

BUKA = """<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><title>Media Sosial vs Jejaring Sosial</title>
<meta http-equiv="refresh" content="0; url=buku/index.html"></head>
<body><p><a href="buku/index.html">Buka buku Media Sosial vs Jejaring Sosial</a></p></body></html>
"""

BACA = """MEDIA SOSIAL VS JEJARING SOSIAL - {judul}

{catatan}
TANPA PYTHON, TANPA INTERNET, TANPA MEMASANG APA PUN
   Membaca buku, grafik, kuis, formulir survei kelas, halaman Hasil survei kelas, dan LKPD
   semuanya bekerja hanya dengan peramban. Python hanya diperlukan untuk nomor 4 dan 5.

1. MEMBACA BUKU DI KOMPUTER ATAU LAPTOP
   Ekstrak (extract) dulu zip ini bila belum. Lalu klik dua kali BUKA-BUKU.html; berkas itu terbuka
   di Chrome, Edge, atau Firefox. Bisa langsung dari flashdisk, atau salin dulu seluruh folder ini
   ke komputer. Bila yang terbuka aplikasi lain, klik kanan BUKA-BUKU.html, pilih "Buka dengan"
   (Open with), lalu pilih peramban.

2. MEMBACA BUKU DI PONSEL
   Android: salin zip ini ke ponsel (kabel USB atau OTG flashdisk), buka aplikasi Files, ketuk zip
   ini lalu Ekstrak. Buka folder hasilnya, ketuk BUKA-BUKU.html, lalu pilih Chrome atau Firefox.
   Bila ponsel tidak mau membuka berkas HTML dari penyimpanan, atau di iPhone/iPad: buka buku dari
   laptop guru lewat hotspot (nomor 4), atau dari alamat web buku bila ada internet.

3. MENCETAK LKPD
   Folder lkpd/ berisi {lkpd}.pdf (siap cetak, empat halaman A4),
   {lkpd}.docx (Microsoft Word), dan {lkpd}.odt (LibreOffice Writer). Kedua
   berkas yang dapat diedit memuat semua tabel, baris, dan kolom LKPD, misalnya untuk menambah kop
   sekolah atau mengganti kasus.

4. MENYAJIKAN BUKU KE SATU KELAS LEWAT JARINGAN LOKAL (perlu Python di laptop guru)
   Mengapa Python: peramban ponsel siswa tidak dapat membuka berkas di laptop guru; laptop guru harus
   menjadi "server" kecil, dan server itu sudah ada di dalam Python (http.server).
   Buka terminal di folder ini (folder yang berisi BUKA-BUKU.html). Di Windows: buka folder ini di File
   Explorer, ketik cmd di bilah alamat, lalu tekan Enter. Kemudian jalankan:
     Windows (Command Prompt atau PowerShell):  py -m http.server 8000 --directory buku
     Linux atau macOS (Terminal):               python3 -m http.server 8000 --directory buku
   Siswa membuka http://ALAMAT-IP-KOMPUTER-GURU:8000/ di peramban. Alamat IP komputer guru terlihat dengan
   perintah "ipconfig" (Windows) atau "ip addr" (Linux). Hentikan dengan Ctrl+C.
   Bila Windows bertanya tentang firewall, izinkan untuk jaringan pribadi.

5. MENJALANKAN NOTEBOOK (perlu Python; sekali pasang, lalu bisa tanpa internet)
   Mengapa Python: widget yang dapat diubah-ubah dan pengolah folder survei di notebook dijalankan oleh
   Jupyter, dan Jupyter adalah program Python. Halaman buku di nomor 1 sudah memuat versi tanpa Python.
   Perlu Python 3.11 atau lebih baru (python.org; di Windows centang "Add python.exe to PATH").
   Salin dulu seluruh folder ini dari flashdisk ke komputer, lalu buka terminal di folder itu (lihat nomor 4).
   Windows:
     py -m venv .venv
     .venv\\Scripts\\python -m pip install -r requirements-notebook.txt
     .venv\\Scripts\\jupyter lab notebooks
   Linux:
     python3 -m venv .venv
     .venv/bin/python -m pip install -r requirements-notebook.txt
     .venv/bin/jupyter lab notebooks
   Pemasangan (langkah pip) memerlukan internet sekali saja. Sel pertama setiap notebook memakai paket
   kursus dari folder src/ di paket ini. Alat untuk membangun dan menguji buku tidak diperlukan.

6. MENGUMPULKAN BERKAS SURVEI KELAS (tanpa WhatsApp antara guru dan siswa)
   Siswa hanya menulis kelas dan nomor absen, bukan nama. Pilih satu cara:
   - Flashdisk: siswa menyimpan berkas CSV ke satu flashdisk yang diedarkan guru atau ketua kelas.
   - Akun belajar sekolah (misalnya Google Classroom dengan akun belajar.id): siswa melampirkan
     berkas pada tugas; guru mengunduh folder tugasnya.
   - Tanpa perangkat: kelompok membacakan skornya dan guru merekap dengan turus di papan tulis.
   WhatsApp hanya bila tidak ada cara lain: hanya dari ponsel orang tua/wali ke nomor resmi
   sekolah, tidak ke grup dan tidak ke nomor pribadi guru. Guru tidak meminta nomor WhatsApp siswa.
   Survei digital hanya bagi siswa yang orang tuanya setuju. Berkas kelompok hanya memuat nomor
   absen anggota yang orang tuanya setuju; anggota lain menilai di LKPD Kegiatan 2.
   Lalu buka halaman "Hasil survei kelas" di buku (nomor 1) dan pilih semua berkasnya. Sebelum
   menayangkan hasil ke kelas, tekan "Tampilan proyektor: grafik saja". Hapus berkas setelah hasil
   kelas dicatat; hapus juga folder tugas Classroom.

Isi: BUKA-BUKU.html, buku/, lkpd/, notebooks/, src/kursus/, requirements-notebook.txt, BACA-SAYA.txt.
Lisensi: isi CC BY 4.0, kode MIT.
"""
CATATAN = {
    "siswa": "Paket siswa: tanpa kunci jawaban dan tanpa halaman guru. Aman dibagikan kepada siswa.\n",
    "guru": "PAKET GURU: berisi kunci jawaban, pembahasan, dan halaman guru. JANGAN bagikan kepada siswa;\n"
            "untuk siswa pakai paket siswa.\n",
}

def edisi_html(html: Path) -> str:
    """Which edition a built book is, judged from its first page (index.html only redirects there)."""
    awal = re.search(r"^root:\s*(\S+)", (ROOT / "_toc.yml").read_text(encoding="utf-8"), re.M).group(1)
    return "guru" if PENANDA_GURU in (html / f"{awal}.html").read_text(encoding="utf-8") else "siswa"


def lkpd_pdf(html: Path, out: Path) -> None:
    """The worksheet page printed by Chromium with its own print stylesheet (A4, no navigation)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        page = browser.new_page()
        page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort())
        page.goto((html / LKPD_HALAMAN).resolve().as_uri(), wait_until="load")
        out.write_bytes(page.pdf(prefer_css_page_size=True, print_background=False))
        browser.close()


def lkpd_html_dokumen(html: Path) -> str:
    """The worksheet's article (the same HTML the PDF prints) prepared for a word processor: pandoc drops a
    header cell at the start of a body row (<th scope="row">), so row labels become bold ordinary cells; empty
    writing cells and answer boxes get room to write by hand."""
    teks = (html / LKPD_HALAMAN).read_text(encoding="utf-8")
    m = re.search(r"<article[^>]*>(.*)</article>", teks, re.S)
    isi = m.group(1) if m else teks
    isi = re.sub(r'<a class="headerlink".*?</a>', "", isi, flags=re.S)
    isi = re.sub(r'<p class="kursus-edisi-guru".*?</p>', "", isi, flags=re.S)
    isi = re.sub(r'<th scope="row"([^>]*)>(.*?)</th>', r"<td\1><strong>\2</strong></td>", isi, flags=re.S)
    isi = re.sub(r'<td class="kosong"></td>', '<td class="kosong"><br><br></td>', isi)
    # Answer boxes are empty divs in HTML; in the editable document they become blank lines to write on.
    isi = re.sub(r'<div class="kursus-isian[^"]*"></div>', "<p>" + "_" * 60 + "</p><p>" + "_" * 60 + "</p>", isi)
    isi = re.sub(r'<div class="kursus-halaman-baru"></div>', "", isi)
    return f'<html lang="id"><head><meta charset="utf-8"></head><body>{isi}</body></html>'


# pandoc's tables have no borders; a worksheet's cells are drawn so they can be written in by hand.
GARIS_DOCX = ("<w:tblBorders>" + "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                                         for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
              + "</w:tblBorders>")
GARIS_ODT = "".join(f'<style:style style:name="{n}" style:family="table-cell"><style:table-cell-properties '
                    'fo:border="0.5pt solid #000000" fo:padding="0.08cm"/></style:style>'
                    for n in ("TableRowCell", "TableHeaderRowCell"))


def garis_tabel(out: Path) -> None:
    """Give every table cell of the pandoc document a thin border (DOCX: the "Table" style; ODT: the cell styles)."""
    berkas = "word/styles.xml" if out.suffix == ".docx" else "content.xml"
    with zipfile.ZipFile(out) as z:
        entri = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(out, "w") as z:
        for info, data in entri:
            if info.filename == berkas:
                teks = data.decode("utf-8")
                if out.suffix == ".docx":
                    teks = re.sub(r'(w:styleId="Table" w:type="table">.*?<w:tblPr>)', lambda m: m.group(1) + GARIS_DOCX,
                                  teks, count=1, flags=re.S)
                else:
                    teks = teks.replace("<office:automatic-styles>", "<office:automatic-styles>" + GARIS_ODT, 1)
                data = teks.encode("utf-8")
            z.writestr(info, data)


def lkpd_dokumen(html: Path, out: Path) -> None:
    """The worksheet as an editable document, ODT or DOCX by the file's suffix (pandoc), its tables ruled."""
    if not shutil.which("pandoc"):
        raise SystemExit("pandoc tidak ditemukan: pasang dengan `apt-get install pandoc` (atau `make chromium`).")
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "lkpd.html"
        src.write_text(lkpd_html_dokumen(html), encoding="utf-8")
        subprocess.run(["pandoc", "-f", "html", "-t", out.suffix.lstrip("."), "-o", str(out), str(src)], check=True)
    garis_tabel(out)


def files(base: Path):
    for path in sorted(base.rglob("*")):
        if path.is_file() and not (set(path.relative_to(base).parts) & SKIP_NAMES):
            yield path


def add(z: zipfile.ZipFile, top: str, name: str, data: bytes) -> None:
    info = zipfile.ZipInfo(f"{top}/{name}", date_time=WAKTU)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    z.writestr(info, data)


def notebook_reqs() -> str:
    pins = [line for line in NOTEBOOK_REQS.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#") and line.strip() != "."]
    return ("# Yang diperlukan untuk menjalankan notebook buku ini (paket kursus ada di folder src/).\n"
            + "\n".join(pins) + "\njupyterlab>=4\n")


def pack(html: Path, out: Path, edisi: str = "siswa", cetak_dari: Path | None = None) -> Path:
    """The pack of an edition. ``cetak_dari``: a folder where tools/cetak.py already made this edition's print
    edition (it is checked again against ``html``, answer keys included, instead of being printed again)."""
    if not (html / "index.html").exists():
        raise SystemExit(f"{html} belum berisi buku; jalankan `make book` (atau `make book-guru`) dulu.")
    if edisi_html(html) != edisi:
        raise SystemExit(f"{html} adalah edisi {edisi_html(html)}, bukan edisi {edisi}: paket dibatalkan.")
    top = NAMA if edisi == "siswa" else f"{NAMA}-edisi-guru"
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / f"{LKPD_BERKAS}.pdf"
        dokumen = [Path(tmp) / f"{LKPD_BERKAS}.{akhiran}" for akhiran in ("odt", "docx")]
        lkpd_pdf(html, pdf)
        for d in dokumen:
            lkpd_dokumen(html, d)
        # the print edition (tools/cetak.py), checked
        cetak = periksa_cetak(html, cetak_dari, edisi) if cetak_dari else buat_cetak(html, Path(tmp) / "cetak", edisi)
        with zipfile.ZipFile(out, "w") as z:
            add(z, top, "BUKA-BUKU.html", BUKA.encode("utf-8"))
            baca = BACA.format(judul=f"paket {edisi}", catatan=CATATAN[edisi], lkpd=LKPD_BERKAS)
            add(z, top, "BACA-SAYA.txt", baca.replace("\n", "\r\n").encode("utf-8"))  # CRLF: readable in Notepad
            for p in files(html):
                add(z, top, f"buku/{p.relative_to(html).as_posix()}", p.read_bytes())
            for d in (pdf, *dokumen):
                add(z, top, f"lkpd/{d.name}", d.read_bytes())
            for berkas in cetak:
                add(z, top, f"cetak/{berkas.name}", berkas.read_bytes())
            # The learner notebooks of this edition (plain Markdown, written by the build), not the MyST sources.
            belajar = ROOT / "_build" / "notebooks" / edisi
            if not list(belajar.glob("*.ipynb")):
                raise SystemExit(f"{belajar} belum berisi notebook; jalankan `make book` dan `make book-guru` dulu.")
            for p in files(belajar):
                add(z, top, f"notebooks/{p.name}", p.read_bytes())
            for p in files(ROOT / "src" / "kursus"):
                data = p.read_bytes()
                if edisi == "siswa":
                    data = sumber_siswa(p.name, data)
                add(z, top, p.relative_to(ROOT).as_posix(), data)
            add(z, top, "requirements-notebook.txt", notebook_reqs().encode("utf-8"))
    return out


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--edisi", choices=["siswa", "guru"], default="siswa")
    ap.add_argument("--html", type=Path)
    ap.add_argument("--out", type=Path)
    ap.add_argument("--cetak", type=Path, help="folder of this edition's print edition, already made by tools/cetak.py")
    a = ap.parse_args()
    html = a.html or ROOT / "_build" / ("html" if a.edisi == "siswa" else "guru/html")
    out = a.out or ROOT / "_build" / "pack" / (f"{NAMA}.zip" if a.edisi == "siswa" else f"{NAMA}-edisi-guru.zip")
    path = pack(html, out, a.edisi, a.cetak)
    print(f"{path} ({path.stat().st_size // 1024} KB)")
