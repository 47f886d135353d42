"""The platform comparer: choose two to four platforms and compare them on Kietzmann's seven building blocks,
as a chart and a table."""

from __future__ import annotations

import ipywidgets as w

from .. import grafik, logika
from ..tampilan import Tampilan, kotak_jalankan, tabel_html
from .dasar import GAYA, pesan_html


def pembanding_platform(skor, blok, notebook: str = "") -> Tampilan:
    """Choose two to four platforms; compare them on Kietzmann's seven blocks as a chart and a table."""
    semua = list(dict.fromkeys(s.platform for s in skor))
    pilihan = w.SelectMultiple(options=semua, value=tuple(grafik.PERBANDINGAN_CONTOH[0]), rows=len(semua),
                               description="Platform:", style=GAYA)
    petunjuk = w.HTML("<p>Pilih dua sampai empat platform (tahan Ctrl atau Shift untuk memilih lebih dari satu).</p>")
    pesan = w.HTML()
    keluaran = w.Output()
    tabel = w.HTML()

    def banding(_=None):
        try:
            df = logika.banding_platform(skor, blok, list(pilihan.value))
        except ValueError as e:  # say what is wrong, and leave no chart or table of the previous choice
            pesan.value = pesan_html(str(e), "salah")
            keluaran.outputs = ()
            tabel.value = ""
            return
        pesan.value = ""
        keluaran.outputs = grafik.grafik_platform(skor, blok, list(pilihan.value)).outputs()
        tabel.value = tabel_html(df, "Penilaian buku beserta alasannya")

    pilihan.observe(banding, names="value")
    banding()
    kotak = w.VBox([petunjuk, pilihan, pesan, keluaran, tabel])
    kotak.pilihan, kotak.pesan, kotak.keluaran, kotak.tabel = pilihan, pesan, keluaran, tabel
    statis = kotak_jalankan(notebook, "Pakai tombol di atas grafik untuk berpindah dari satu perbandingan ke perbandingan lain. Untuk "
                                      "memilih sendiri dua sampai empat platform, jalankan bab ini secara "
                                      "langsung lewat tombol peluncur (ikon roket).")
    return Tampilan(kotak, statis)
