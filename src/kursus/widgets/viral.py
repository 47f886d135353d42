"""The viral-spread simulator: share rate, reach, network size and rounds, a broad audience against a close
network (the model is ``kursus.logika.viral``, the chart ``kursus.grafik.viral``)."""

from __future__ import annotations

import ipywidgets as w

from .. import grafik
from ..tampilan import Tampilan, esc, kotak_jalankan
from .dasar import GAYA, pesan_html


def simulator_viral(populasi_luas: int, notebook: str = "") -> Tampilan:
    """How far a post travels: a broad audience vs a close network, with share rate, reach and rounds."""
    peluang = w.FloatSlider(value=0.05, min=0, max=0.5, step=0.01, description="Peluang dibagikan:",
                            readout_format=".0%", style=GAYA, continuous_update=False)
    jangkauan = w.IntSlider(value=100, min=1, max=1000, step=1, description="Jangkauan tiap unggahan:",
                            style=GAYA, continuous_update=False)
    jaringan = w.IntSlider(value=150, min=2, max=1000, step=1, description="Ukuran jaringan dekat:",
                           style=GAYA, continuous_update=False)
    putaran = w.IntSlider(value=8, min=1, max=20, description="Putaran:", style=GAYA, continuous_update=False)
    ringkasan = w.HTML()
    keluaran = w.Output()

    def hitung(_=None):
        try:
            g, teks = grafik.grafik_viral_satu(peluang.value, jangkauan.value, putaran.value, jaringan.value,
                                                populasi_luas)
        except ValueError as e:  # say what is wrong, and leave no chart of the previous settings
            ringkasan.value = pesan_html(str(e), "salah")
            keluaran.outputs = ()
            return
        ringkasan.value = f"<p>{esc(teks)}</p>"
        keluaran.outputs = g.outputs()

    for k in (peluang, jangkauan, jaringan, putaran):
        k.observe(hitung, names="value")
    hitung()
    kotak = w.VBox([peluang, jangkauan, jaringan, putaran, ringkasan, keluaran])
    kotak.peluang, kotak.jangkauan, kotak.jaringan, kotak.putaran = peluang, jangkauan, jaringan, putaran
    kotak.ringkasan, kotak.keluaran = ringkasan, keluaran
    statis = kotak_jalankan(notebook, "Grafik di atas bisa diatur langsung di halaman ini dengan penggeser "
                                      "peluang dibagikan. Untuk mengubah jangkauan, ukuran jaringan, dan jumlah "
                                      "putaran, jalankan bab ini secara langsung lewat tombol peluncur (ikon roket).")
    return Tampilan(kotak, statis)
