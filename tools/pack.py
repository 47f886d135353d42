"""Build the offline pack: one zip with the built book and the notebooks, for a USB stick or a classroom laptop.

    python tools/pack.py [--html _build/html] [--out _build/pack/media-sosial-vs-jejaring-sosial.zip]

Inside the zip (one top folder): BUKA-BUKU.html (opens the book from the file system), buku/ (the HTML book),
notebooks/ and src/ (so a local Jupyter can run the chapters without installing anything from the internet
beyond the packages in requirements.txt), and BACA-SAYA.txt. Entries are sorted and dated to a fixed time,
so the same book gives the same zip.
"""

from __future__ import annotations

import argparse
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TOP = "media-sosial-vs-jejaring-sosial"
WAKTU = (2026, 1, 1, 0, 0, 0)
SKIP_NAMES = {".buildinfo", "__pycache__", ".ipynb_checkpoints", ".DS_Store"}

BUKA = """<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><title>Media Sosial vs Jejaring Sosial</title>
<meta http-equiv="refresh" content="0; url=buku/index.html"></head>
<body><p><a href="buku/index.html">Buka buku Media Sosial vs Jejaring Sosial</a></p></body></html>
"""

BACA = """MEDIA SOSIAL VS JEJARING SOSIAL - paket tanpa internet

Membaca buku (tidak perlu internet, tidak perlu memasang apa pun):
  Buka berkas BUKA-BUKU.html dengan peramban (Chrome, Firefox, Edge).
  Bisa langsung dari flashdisk, atau salin dulu seluruh folder ini ke komputer.

Menyajikan buku ke satu kelas lewat jaringan lokal (satu komputer guru, tanpa internet):
  python3 -m http.server 8000 --directory buku
  lalu siswa membuka http://ALAMAT-IP-KOMPUTER-GURU:8000/ di peramban.

Menjalankan notebook (widget dan survei kelas) di komputer yang sudah punya Jupyter:
  pip install -r requirements.txt   (sekali saja, bila paketnya belum ada)
  jupyter lab notebooks/
  Sel pertama setiap notebook memakai paket kursus dari folder src/ di paket ini.

Isi: BUKA-BUKU.html, buku/ (buku HTML), notebooks/, src/kursus/, requirements.txt.
Lisensi: isi CC BY 4.0, kode MIT.
"""


def files(base: Path):
    for path in sorted(base.rglob("*")):
        if path.is_file() and not (set(path.relative_to(base).parts) & SKIP_NAMES):
            yield path


def add(z: zipfile.ZipFile, name: str, data: bytes) -> None:
    info = zipfile.ZipInfo(f"{TOP}/{name}", date_time=WAKTU)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    z.writestr(info, data)


def pack(html: Path, out: Path) -> Path:
    if not (html / "index.html").exists():
        raise SystemExit(f"{html} has no built book; run `make book` first.")
    out.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(out, "w") as z:
        add(z, "BUKA-BUKU.html", BUKA.encode("utf-8"))
        add(z, "BACA-SAYA.txt", BACA.replace("\n", "\r\n").encode("utf-8"))  # CRLF: readable in Notepad
        for p in files(html):
            add(z, f"buku/{p.relative_to(html).as_posix()}", p.read_bytes())
        for folder in ("notebooks", "src/kursus"):
            for p in files(ROOT / folder):
                add(z, p.relative_to(ROOT).as_posix(), p.read_bytes())
        add(z, "requirements.txt", (ROOT / "requirements.txt").read_bytes())
    return out


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--html", type=Path, default=ROOT / "_build" / "html")
    ap.add_argument("--out", type=Path, default=ROOT / "_build" / "pack" / f"{TOP}.zip")
    a = ap.parse_args()
    path = pack(a.html, a.out)
    print(f"{path} ({path.stat().st_size // 1024} KB)")
