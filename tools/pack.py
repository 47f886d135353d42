"""Build the offline packs: one zip per edition with the built book, the notebooks and the worksheet files,
for a USB stick or a classroom laptop.

    python tools/pack.py                 # student pack from _build/html (make book)
    python tools/pack.py --edisi guru    # teacher pack from _build/guru/html (make book-guru)
    python tools/pack.py --html DIR --out FILE.zip [--edisi siswa|guru]

Inside the zip (one top folder): BUKA-BUKU.html (opens the book from the file system), buku/ (the HTML book),
lkpd/ (the worksheet as a print-ready PDF and an editable ODT, both made from the built worksheet page),
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
1. MEMBACA BUKU (tanpa internet, tanpa memasang apa pun)
   Buka berkas BUKA-BUKU.html dengan Chrome, Firefox, atau Edge (klik dua kali).
   Bisa langsung dari flashdisk, atau salin dulu seluruh folder ini ke komputer.

2. MENCETAK LKPD
   Folder lkpd/ berisi {lkpd}.pdf (siap cetak, A4) dan {lkpd}.odt
   (dapat diedit di LibreOffice Writer atau Microsoft Word, misalnya untuk menambah kop sekolah).

3. MENYAJIKAN BUKU KE SATU KELAS LEWAT JARINGAN LOKAL (satu komputer guru, tanpa internet)
   Buka terminal di folder ini (folder yang berisi BUKA-BUKU.html). Di Windows: buka folder ini di File
   Explorer, ketik cmd di bilah alamat, lalu tekan Enter. Kemudian jalankan:
     Windows (Command Prompt atau PowerShell):  py -m http.server 8000 --directory buku
     Linux atau macOS (Terminal):               python3 -m http.server 8000 --directory buku
   Siswa membuka http://ALAMAT-IP-KOMPUTER-GURU:8000/ di peramban. Alamat IP komputer guru terlihat dengan
   perintah "ipconfig" (Windows) atau "ip addr" (Linux). Hentikan dengan Ctrl+C.
   Bila Windows bertanya tentang firewall, izinkan untuk jaringan pribadi.

4. MENJALANKAN NOTEBOOK (widget dan survei kelas di Jupyter), sekali pasang lalu bisa tanpa internet
   Perlu Python 3.11 atau lebih baru (python.org; di Windows centang "Add python.exe to PATH").
   Salin dulu seluruh folder ini dari flashdisk ke komputer, lalu buka terminal di folder itu (lihat nomor 3).
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


def lkpd_odt(html: Path, out: Path) -> None:
    """The worksheet's article (the same HTML the PDF prints) converted by pandoc into an editable ODT."""
    if not shutil.which("pandoc"):
        raise SystemExit("pandoc tidak ditemukan: pasang dengan `apt-get install pandoc` (atau `make chromium`).")
    teks = (html / LKPD_HALAMAN).read_text(encoding="utf-8")
    m = re.search(r"<article[^>]*>(.*)</article>", teks, re.S)
    isi = m.group(1) if m else teks
    isi = re.sub(r'<a class="headerlink".*?</a>', "", isi, flags=re.S)
    isi = re.sub(r'<p class="kursus-edisi-guru".*?</p>', "", isi, flags=re.S)
    # Answer boxes are empty divs in HTML; in the editable document they become blank lines to write on.
    isi = re.sub(r'<div class="kursus-isian[^"]*"></div>', "<p>" + "_" * 60 + "</p><p>" + "_" * 60 + "</p>", isi)
    isi = re.sub(r'<div class="kursus-halaman-baru"></div>', "", isi)
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "lkpd.html"
        src.write_text(f'<html lang="id"><head><meta charset="utf-8"><title>LKPD</title></head><body>{isi}</body></html>',
                       encoding="utf-8")
        subprocess.run(["pandoc", "-f", "html", "-t", "odt", "-o", str(out), str(src)], check=True)


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


def pack(html: Path, out: Path, edisi: str = "siswa") -> Path:
    if not (html / "index.html").exists():
        raise SystemExit(f"{html} belum berisi buku; jalankan `make book` (atau `make book-guru`) dulu.")
    if edisi_html(html) != edisi:
        raise SystemExit(f"{html} adalah edisi {edisi_html(html)}, bukan edisi {edisi}: paket dibatalkan.")
    top = NAMA if edisi == "siswa" else f"{NAMA}-edisi-guru"
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        pdf, odt = Path(tmp) / f"{LKPD_BERKAS}.pdf", Path(tmp) / f"{LKPD_BERKAS}.odt"
        lkpd_pdf(html, pdf)
        lkpd_odt(html, odt)
        cetak = buat_cetak(html, Path(tmp) / "cetak", edisi)  # the print edition (tools/cetak.py), checked
        with zipfile.ZipFile(out, "w") as z:
            add(z, top, "BUKA-BUKU.html", BUKA.encode("utf-8"))
            baca = BACA.format(judul=f"paket {edisi}", catatan=CATATAN[edisi], lkpd=LKPD_BERKAS)
            add(z, top, "BACA-SAYA.txt", baca.replace("\n", "\r\n").encode("utf-8"))  # CRLF: readable in Notepad
            for p in files(html):
                add(z, top, f"buku/{p.relative_to(html).as_posix()}", p.read_bytes())
            add(z, top, f"lkpd/{pdf.name}", pdf.read_bytes())
            add(z, top, f"lkpd/{odt.name}", odt.read_bytes())
            for berkas in cetak:
                add(z, top, f"cetak/{berkas.name}", berkas.read_bytes())
            for folder in ("notebooks", "src/kursus"):
                for p in files(ROOT / folder):
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
    a = ap.parse_args()
    html = a.html or ROOT / "_build" / ("html" if a.edisi == "siswa" else "guru/html")
    out = a.out or ROOT / "_build" / "pack" / (f"{NAMA}.zip" if a.edisi == "siswa" else f"{NAMA}-edisi-guru.zip")
    path = pack(html, out, a.edisi)
    print(f"{path} ({path.stat().st_size // 1024} KB)")
