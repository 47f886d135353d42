"""Self-check quizzes as the reader meets them: a form checked in the browser on the static page, and
ipywidgets in a live kernel. The questions, their markers and the judging are in ``kursus.logika.kuis``."""

from __future__ import annotations

import json
from typing import Sequence

import ipywidgets as w

# Re-exported: tests, tools and older notebooks use these through kursus.kuis.
from .logika.kuis import (ANGKA, VIRAL, Soal, SoalBerkas, isi_angka, isi_penanda, isi_viral,  # noqa: F401
                          kuis_bab, muat_kuis, periksa, periksa_semua, semua_bab_kuis, skor_teks,
                          soal_dari_pernyataan)
from .tampilan import Tampilan, esc


def kuis_html(soal: Sequence[Soal], nama: str, judul: str = "Kuis") -> str:
    """Kernel-free quiz: radio buttons, a check button per question, feedback and a running score."""
    bagian = []
    for i, s in enumerate(soal, start=1):
        opsi = "".join(
            f'<label class="kursus-opsi"><input type="radio" name="{esc(nama)}-{i}" value="{j}"> {esc(p)}</label>'
            for j, p in enumerate(s.pilihan))
        umpan = {"benar": f"Benar! {s.penjelasan}",
                 "salah": f"Belum tepat. Jawaban yang benar: {s.pilihan[s.jawaban]}. {s.penjelasan}"}
        bagian.append(
            f'<fieldset class="kursus-soal" data-benar="{s.jawaban}" data-umpan="{esc(json.dumps(umpan, ensure_ascii=False))}">'
            f"<legend>{i}. {esc(s.pertanyaan)}</legend>{opsi}"
            f'<button type="button" class="kursus-periksa">Periksa jawaban</button>'
            f'<p class="kursus-umpan" role="status" aria-live="polite"></p></fieldset>')
    return (f'<form class="kursus-interaktif kursus-kuis" aria-label="{esc(judul)}" data-total="{len(soal)}">'
            + "".join(bagian) + f'<p class="kursus-skor" role="status" aria-live="polite">{esc(skor_teks(0, 0, len(soal)))}</p></form>')


# ipywidgets gives each radio option one line of fixed height: a long option wraps over the next one and under
# the check button (a click on it then hits the button). These rules let an option grow with its text.
KELAS_OPSI = "kursus-opsi"
GAYA_OPSI = (f"<style>.{KELAS_OPSI} .widget-radio-box label {{height: auto; line-height: 1.4; white-space: normal;"
             " margin-bottom: 0.3em; align-items: flex-start}</style>")


def kuis_widget(soal: Sequence[Soal]) -> w.VBox:
    """The same quiz as ipywidgets, for a running notebook."""
    hasil: dict[int, bool] = {}
    skor = w.HTML(esc(skor_teks(0, 0, len(soal))))
    baris = []
    for i, s in enumerate(soal):
        opsi = w.RadioButtons(options=[(p, j) for j, p in enumerate(s.pilihan)], value=None,
                              layout=w.Layout(width="auto"))
        opsi.add_class(KELAS_OPSI)
        tombol = w.Button(description="Periksa jawaban", button_style="primary")
        umpan = w.HTML()

        def klik(_, s=s, i=i, opsi=opsi, umpan=umpan):
            benar, pesan = periksa(s, opsi.value)
            kelas = {True: "kursus-benar", False: "kursus-salah", None: "kursus-kosong"}[benar]
            umpan.value = f'<p class="{kelas}">{esc(pesan)}</p>'
            if benar is not None:
                hasil[i] = benar
                skor.value = esc(skor_teks(sum(hasil.values()), len(hasil), len(soal)))

        tombol.on_click(klik)
        baris.append(w.VBox([w.HTML(f"<b>{i + 1}. {esc(s.pertanyaan)}</b>"), opsi, tombol, umpan]))
    kotak = w.VBox([w.HTML(GAYA_OPSI)] + baris + [skor])
    kotak.soal_widgets, kotak.skor = baris, skor
    return kotak


def kuis(bab: str) -> Tampilan:
    """The self-check quiz of a chapter, live and static."""
    soal = kuis_bab(bab)
    return Tampilan(kuis_widget(soal), kuis_html(soal, f"kuis-{bab}", "Kuis cek pemahaman"))
