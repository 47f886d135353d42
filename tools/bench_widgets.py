"""Python-side response time of each widget: median over repeated changes, as a kernel would run them.

    python tools/bench_widgets.py
"""

from __future__ import annotations

import itertools
import statistics
import time

import kursus

REPEATS = 40
AIM_MS = 50


def median_ms(action, repeats: int = REPEATS) -> float:
    times = []
    for i in range(repeats):
        start = time.perf_counter()
        action(i)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    explorer = kursus.penjelajah_atribut(kursus.perbedaan(), kursus.persamaan(), kursus.kelebihan()).widget
    ids = [v for _, v in explorer.pilihan.options]
    tebak = kursus.tebak_jenis(kursus.pernyataan()).widget
    keputusan = kursus.pembantu_keputusan(kursus.pilihan_keputusan(), kursus.perbedaan()).widget
    tujuan = [v for _, v in keputusan.tujuan.options]
    stat = kursus.penjelajah_statistik(kursus.statistik(), kursus.catatan_statistik()).widget
    kunci = [v for _, v in stat.menu.options]
    viral = kursus.simulator_viral(kursus.populasi_media_sosial_indonesia()).widget
    pembanding = kursus.pembanding_platform(kursus.skor_platform(), kursus.blok()).widget
    pasangan = list(itertools.combinations(kursus.platform(), 2))
    kuis = kursus.kuis("05-perbedaan").widget
    pertama = kuis.soal_widgets[0]
    pertama.children[1].value = 0

    def jawab_tebak(i):
        tebak.tombol[i % 2].click()
        tebak.lanjut.click()

    rows = [
        ("Penjelajah atribut: ganti atribut", lambda i: setattr(explorer.pilihan, "value", ids[(i + 1) % len(ids)])),
        ("Media sosial atau jejaring sosial?: jawab + lanjut", jawab_tebak),
        ("Pembantu keputusan: ganti tujuan", lambda i: setattr(keputusan.tujuan, "value", tujuan[(i + 1) % len(tujuan)])),
        ("Penjelajah statistik: ganti data", lambda i: setattr(stat.menu, "value", kunci[(i + 1) % len(kunci)])),
        ("Simulator viral: geser peluang", lambda i: setattr(viral.peluang, "value", round(0.01 * (i % 40 + 1), 2))),
        ("Pembanding platform: ganti pilihan", lambda i: setattr(pembanding.pilihan, "value", pasangan[i % len(pasangan)])),
        ("Kuis: periksa jawaban", lambda i: pertama.children[2].click()),
    ]
    print(f"{'widget':55} {'median ms':>10}  aim < {AIM_MS} ms")
    for nama, aksi in rows:
        ms = median_ms(aksi)
        print(f"{nama:55} {ms:10.2f}  {'ok' if ms < AIM_MS else 'slow'}")


if __name__ == "__main__":
    main()
