"""Widgets of the course's concepts: the attribute explorer, the game "Media sosial atau jejaring sosial?",
the decision helper, and the real cases with the decision helper's answer."""

from __future__ import annotations

from typing import Sequence

import ipywidgets as w

from .. import logika
from ..data import NAMA_JENIS, Butir, Kasus, Perbedaan, Persamaan, Pernyataan, Pilihan
from ..kuis import kuis_html, periksa, skor_teks, soal_dari_pernyataan
from ..tampilan import Tampilan, esc, kotak_jalankan
from .dasar import GAYA, kartu, panel_html, paragraf_html, pesan_html, pilihan_html


# --- Attribute explorer ----------------------------------------------------------------------------

def penjelajah_statis(atribut: Sequence[logika.Atribut], notebook: str) -> str:
    """Kernel-free explorer: one native disclosure per attribute (works even without JavaScript)."""
    bagian = [
        f'<details class="kursus-aspek"{" open" if i == 0 else ""}><summary>{esc(a.nama)}</summary>'
        f"{kartu(a.nama, a.media_sosial, a.jejaring_sosial)}</details>"
        for i, a in enumerate(atribut)
    ]
    return ('<div class="kursus-penjelajah"><p class="kursus-petunjuk">Buka sebuah atribut untuk melihat '
            'kedua kegiatan secara berdampingan.</p>' + "".join(bagian) + kotak_jalankan(notebook) + "</div>")


def penjelajah_atribut(perbedaan: Sequence[Perbedaan], persamaan: Sequence[Persamaan] = (),
                       kelebihan: Sequence[Butir] = (), notebook: str = "") -> Tampilan:
    """Attribute explorer: choose any attribute, see both kinds side by side."""
    atribut = logika.daftar_atribut(perbedaan, persamaan, kelebihan)
    if not atribut:
        raise ValueError("Tidak ada atribut untuk dijelajahi.")
    pilihan = w.Dropdown(options=[(a.nama, a.id) for a in atribut], value=atribut[0].id,
                         description="Atribut:", style=GAYA)
    hasil = w.HTML(kartu(atribut[0].nama, atribut[0].media_sosial, atribut[0].jejaring_sosial))
    menurut_id = {a.id: a for a in atribut}

    def ganti(change):
        a = menurut_id.get(change["new"])
        hasil.value = kartu(a.nama, a.media_sosial, a.jejaring_sosial) if a else pesan_html("Pilih atribut dari daftar.")

    pilihan.observe(ganti, names="value")
    kotak = w.VBox([pilihan, hasil], layout=w.Layout(max_width="48rem"))
    kotak.pilihan, kotak.hasil = pilihan, hasil  # handles for tests and chapters
    return Tampilan(kotak, penjelajah_statis(atribut, notebook))


# --- "Media sosial atau jejaring sosial?" ----------------------------------------------------------

def tebak_jenis(pernyataan: Sequence[Pernyataan], notebook: str = "") -> Tampilan:
    """Classify statements one at a time, with explained feedback and a running score."""
    soal = soal_dari_pernyataan(pernyataan)
    if not soal:
        raise ValueError("Tidak ada pernyataan untuk ditebak.")
    keadaan = {"i": 0, "benar": 0, "dijawab": 0, "sudah": False}
    teks = w.HTML()
    tombol = [w.Button(description=NAMA_JENIS[j], tooltip=f"Jawab: {NAMA_JENIS[j]}",
                       layout=w.Layout(width="auto")) for j in ("media_sosial", "jejaring_sosial")]
    umpan = w.HTML()
    lanjut = w.Button(description="Pernyataan berikutnya", layout=w.Layout(width="auto"))
    skor = w.HTML()

    def tampilkan():
        s = soal[keadaan["i"]]
        teks.value = f"<p><b>Pernyataan {keadaan['i'] + 1} dari {len(soal)}:</b> {esc(s.pertanyaan)}</p>"
        umpan.value = ""
        keadaan["sudah"] = False
        skor.value = esc(skor_teks(keadaan["benar"], keadaan["dijawab"], len(soal)))

    def jawab(indeks):
        if keadaan["sudah"]:
            umpan.value = pesan_html("Pernyataan ini sudah dijawab. Lanjutkan ke pernyataan berikutnya.")
            return
        benar, pesan = periksa(soal[keadaan["i"]], indeks)
        keadaan["sudah"] = True
        keadaan["dijawab"] += 1
        keadaan["benar"] += bool(benar)
        umpan.value = pesan_html(pesan, "benar" if benar else "salah")
        skor.value = esc(skor_teks(keadaan["benar"], keadaan["dijawab"], len(soal)))

    def berikut(_):
        keadaan["i"] = (keadaan["i"] + 1) % len(soal)
        if keadaan["i"] == 0:
            keadaan["benar"] = keadaan["dijawab"] = 0
        tampilkan()

    for j, b in enumerate(tombol):
        b.on_click(lambda _, j=j: jawab(j))
    lanjut.on_click(berikut)
    tampilkan()
    kotak = w.VBox([teks, w.HBox(tombol), umpan, lanjut, skor], layout=w.Layout(max_width="48rem"))
    kotak.teks, kotak.tombol, kotak.umpan, kotak.lanjut, kotak.skor = teks, tombol, umpan, lanjut, skor
    statis = kuis_html(soal, "tebak", "Media sosial atau jejaring sosial?") + kotak_jalankan(notebook)
    return Tampilan(kotak, statis)


# --- Decision helper -------------------------------------------------------------------------------

def rekomendasi_html(r: logika.Rekomendasi) -> str:
    return (f'<div class="kursus-rekomendasi kursus-{esc(r.jenis)}"><p class="kursus-sisi-judul">{esc(r.judul)}</p>'
            + paragraf_html(r.alasan) + "</div>")


def pembantu_keputusan(pilihan: Sequence[Pilihan], perbedaan: Sequence[Perbedaan], notebook: str = "") -> Tampilan:
    """State a goal and an audience; get the recommended kind of platform and its reasons."""
    tujuan = [p for p in pilihan if p.kelompok == "tujuan"]
    khalayak = [p for p in pilihan if p.kelompok == "khalayak"]
    d_tujuan = w.Dropdown(options=[(p.label, p.id) for p in tujuan], description="Tujuanmu:", style=GAYA)
    d_khalayak = w.Dropdown(options=[(p.label, p.id) for p in khalayak], description="Khalayakmu:", style=GAYA)
    hasil = w.HTML()

    def hitung(_=None):
        try:
            hasil.value = rekomendasi_html(logika.rekomendasi(d_tujuan.value, d_khalayak.value, pilihan, perbedaan))
        except ValueError as e:
            hasil.value = pesan_html(str(e), "salah")

    d_tujuan.observe(hitung, names="value")
    d_khalayak.observe(hitung, names="value")
    hitung()
    kotak = w.VBox([d_tujuan, d_khalayak, hasil], layout=w.Layout(max_width="48rem"))
    kotak.tujuan, kotak.khalayak, kotak.hasil = d_tujuan, d_khalayak, hasil

    # Static page: every combination precomputed, switched by two menus in the browser.
    panel = panel_html([(f"{t.id}|{k.id}", rekomendasi_html(logika.rekomendasi(t.id, k.id, pilihan, perbedaan)))
                        for t in tujuan for k in khalayak])
    statis = (pilihan_html("keputusan", [("Tujuanmu", [(p.label, p.id) for p in tujuan]),
                                         ("Khalayakmu", [(p.label, p.id) for p in khalayak])], panel)
              + kotak_jalankan(notebook))
    return Tampilan(kotak, statis)


# --- Cases -----------------------------------------------------------------------------------------

def kartu_kasus(k: Kasus, pilihan: Sequence[Pilihan], perbedaan: Sequence[Perbedaan]) -> str:
    """A case with the decision helper's answer for it."""
    label = {p.id: p.label for p in pilihan}
    r = logika.rekomendasi(k.tujuan, k.khalayak, pilihan, perbedaan)
    return (f'<div class="kursus-kasus"><p class="kursus-sisi-judul">{esc(k.judul)}</p><p>{esc(k.cerita)}</p>'
            f"<p><b>Tujuan:</b> {esc(label[k.tujuan])}. <b>Khalayak:</b> {esc(label[k.khalayak])}.</p>"
            f"{rekomendasi_html(r)}</div>")


def daftar_kasus(kasus: Sequence[Kasus], pilihan: Sequence[Pilihan], perbedaan: Sequence[Perbedaan]):
    """All cases as cards, each with the decision helper's answer hidden until the reader opens it."""
    from IPython.display import HTML
    bagian = []
    for k in kasus:
        kartu_ = kartu_kasus(k, pilihan, perbedaan)
        bagian.append(f'<details class="kursus-aspek"><summary>{esc(k.judul)}</summary>{kartu_}</details>')
    return HTML('<div class="kursus-daftar-kasus">' + "".join(bagian) + "</div>")
