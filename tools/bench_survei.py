"""How long the class survey import takes for a large class: 2,000 files of 50 rows each, read by the Python
import (from memory and from a folder) and by the in-browser importer (kursus-survei-kelas.js, files picked
from a folder, timed inside the page from the choice to the drawn table). Aim: under 5 s each; a reading
over the aim makes the command fail. The machine may be shared, so what is compared with the aim is the time
spent computing (Python: process time; the page: its main thread's CPU time, from Chromium's performance
metrics); the time on the clock is printed beside it. Also: a file of worst-case cells (a 5,000-digit score, 60,000 spaces,
a header of many columns) must stay fast on both sides, since every step is linear.

    python tools/bench_survei.py [--berkas 2000] [--baris 50]
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from kursus import data, survei  # noqa: E402

AIM_S = 5.0


def berkas_kelas(jumlah: int, baris: int) -> list[tuple[str, bytes]]:
    """``jumlah`` distinct student files of ``baris`` rows (a row per platform, cycling, distinct classes)."""
    blok, platform = survei.kolom_blok(), data.platform()
    kepala = "kelas,absen,platform," + ",".join(blok)
    hasil = []
    for i in range(jumlah):
        rows = [kepala] + [f"K{i}-{r // len(platform)},{i % 99 + 1},{platform[r % len(platform)]},"
                           + ",".join(str((i + r + k) % 5 + 1) for k in range(len(blok))) for r in range(baris)]
        hasil.append((f"survei-{i:05d}.csv", ("\r\n".join(rows) + "\r\n").encode()))
    return hasil


def terburuk() -> list[tuple[str, bytes]]:
    """Cells at the limits a file can carry: digits, spaces, columns, a quote never closed."""
    blok = survei.kolom_blok()
    kepala = "kelas,absen,platform," + ",".join(blok)
    return [
        ("digit.csv", f"{kepala}\r\n8A,3,X,{'9' * 5000},,,,,,\r\n".encode()),
        ("spasi.csv", f"{kepala}\r\n8A,3 {' ' * 60000}x,X,4,,,,,,\r\n8A,4,X,{' ' * 60000}4,,,,,,\r\n".encode()),
        ("kolom.csv", (kepala + "," * 90000 + "\r\n8A,3,X,4,,,,,,\r\n").encode()),
        ("kutip.csv", (kepala + "\r\n" + '8A,3,"X' * 20000 + "\r\n").encode()),
        ("titik-dua.csv", (":" * 150000 + "x," + kepala[2:] + "\r\n").encode()),
    ]


def waktu(fungsi) -> tuple[float, float]:
    """(process time, time on the clock) of one call, in seconds."""
    mulai, jam = time.process_time(), time.perf_counter()
    fungsi()
    return time.process_time() - mulai, time.perf_counter() - jam


def peramban(folder: Path, jumlah: int) -> tuple[float, float]:
    """(main-thread CPU time, time on the clock) from the choice of the folder's files to the drawn table."""
    from conftest import CHROMIUM, CHROMIUM_ARGS
    from playwright.sync_api import sync_playwright
    halaman = folder.parent / "impor.html"
    shutil.copy(ROOT / "src" / "kursus_buku" / "assets" / "kursus-survei-kelas.js", folder.parent)
    halaman.write_text('<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Impor</title></head><body>'
                       + survei.pengimpor_statis("91-hasil-survei-kelas.ipynb")
                       + '<script src="kursus-survei-kelas.js"></script></body></html>', encoding="utf-8")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        page = b.new_page()
        page.goto(halaman.as_uri())
        cdp = page.context.new_cdp_session(page)
        cdp.send("Performance.enable")

        def tugas() -> float:
            return next(m["value"] for m in cdp.send("Performance.getMetrics")["metrics"] if m["name"] == "ThreadTime")
        page.evaluate("""() => {
            const akar = document.querySelector('.kursus-survei-impor');
            akar.querySelector('input.kursus-impor-berkas').addEventListener('change', () => {
              window.mulai = performance.now();
            }, {capture: true});
            new MutationObserver(() => { window.selesai = performance.now(); })
              .observe(akar, {attributes: true, attributeFilter: ['data-selesai']});
        }""")
        sebelum = tugas()
        page.locator("input.kursus-impor-berkas").set_input_files(sorted(folder.iterdir()))
        page.wait_for_function("window.selesai !== undefined", timeout=120_000)
        detik = tugas() - sebelum, page.evaluate("(window.selesai - window.mulai) / 1000")
        ringkas = page.locator(".kursus-laporan p").first.text_content()
        b.close()
    assert ringkas.startswith(f"{jumlah} berkas dimuat"), ringkas
    return detik


def main() -> int:
    arg = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    arg.add_argument("--berkas", type=int, default=2000)
    arg.add_argument("--baris", type=int, default=50)
    arg.add_argument("--tanpa-peramban", action="store_true", help="only the Python import")
    a = arg.parse_args()
    files = berkas_kelas(a.berkas, a.baris)
    hasil = {}
    hasil["Python, dari memori"] = waktu(lambda: survei.muat_berkas(files))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "jawaban-survei"
        folder.mkdir()
        for nama, isi in files:
            (folder / nama).write_bytes(isi)
        h = survei.muat_folder(folder)
        assert len(h.berkas_dimuat) == a.berkas and not h.masalah, h.masalah[:3]
        hasil["Python, dari folder"] = waktu(lambda: survei.muat_folder(folder))
        if not a.tanpa_peramban:
            hasil["peramban, dari folder"] = peramban(folder, a.berkas)
    hasil["Python, sel terburuk"] = waktu(lambda: survei.muat_berkas(terburuk()))
    if not a.tanpa_peramban:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp) / "terburuk"
            folder.mkdir()
            for nama, isi in terburuk():
                (folder / nama).write_bytes(isi)
            hasil["peramban, sel terburuk"] = peramban(folder, 1)
    print(f"Survei kelas: {a.berkas} berkas x {a.baris} baris (target < {AIM_S:g} s waktu hitung)")
    print(f"  {'':<24} {'hitung':>8} {'jam':>8}")
    for k, (v, jam) in hasil.items():
        print(f"  {k:<24} {v:7.2f}s {jam:7.2f}s{'' if v < AIM_S else '  TERLALU LAMBAT'}")
    return 0 if all(v < AIM_S for v, _ in hasil.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
