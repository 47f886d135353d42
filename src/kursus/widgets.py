"""ipywidgets views over the course data; each is thin over a tested pure function in `logika` or `kuis`.

Every builder returns a `Tampilan`: the live widget plus a kernel-free HTML version for the static book.
Learner input never reaches the page unescaped, and bad input gets an Indonesian message, not a traceback.
"""

from __future__ import annotations

from typing import Sequence

import ipywidgets as w
import pandas as pd

from . import grafik, logika
from .data import NAMA_JENIS, Butir, Kasus, Perbedaan, Persamaan, Pernyataan, Pilihan
from .kuis import kuis_html, periksa, skor_teks, soal_dari_pernyataan
from .tampilan import Tampilan, esc, kotak_jalankan, tabel_html

GAYA = {"description_width": "initial"}


def _paragraf(baris: Sequence[str]) -> str:
    if len(baris) == 1:
        return f"<p>{esc(baris[0])}</p>"
    return "<ul>" + "".join(f"<li>{esc(b)}</li>" for b in baris) + "</ul>"


def kartu(judul: str, media_sosial: Sequence[str], jejaring_sosial: Sequence[str]) -> str:
    """HTML of one attribute: media sosial and jejaring sosial side by side."""
    return (
        f'<div class="kursus-kartu" role="group" aria-label="{esc(judul)}">'
        f'<div class="kursus-sisi kursus-ms"><p class="kursus-sisi-judul">Media sosial</p>{_paragraf(media_sosial)}</div>'
        f'<div class="kursus-sisi kursus-js"><p class="kursus-sisi-judul">Jejaring sosial</p>{_paragraf(jejaring_sosial)}</div>'
        "</div>"
    )


def _pesan(teks: str, jenis: str = "info") -> str:
    return f'<p class="kursus-pesan kursus-pesan-{jenis}" role="status">{esc(teks)}</p>'


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
        hasil.value = kartu(a.nama, a.media_sosial, a.jejaring_sosial) if a else _pesan("Pilih atribut dari daftar.")

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
            umpan.value = _pesan("Pernyataan ini sudah dijawab. Lanjutkan ke pernyataan berikutnya.")
            return
        benar, pesan = periksa(soal[keadaan["i"]], indeks)
        keadaan["sudah"] = True
        keadaan["dijawab"] += 1
        keadaan["benar"] += bool(benar)
        umpan.value = _pesan(pesan, "benar" if benar else "salah")
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
            + _paragraf(r.alasan) + "</div>")


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
            hasil.value = _pesan(str(e), "salah")

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


def panel_html(isi: Sequence[tuple[str, str]]) -> str:
    """Precomputed views of a chooser, keyed by the menus' values: the first shown, the rest hidden."""
    return "".join(f'<div data-kunci="{esc(k)}"{" hidden" if i else ""}>{h}</div>' for i, (k, h) in enumerate(isi))


def pilihan_html(nama: str, menu: Sequence[tuple[str, Sequence[tuple[str, str]]]], panel: str) -> str:
    """A view chooser for the static page: labelled <select> menus whose values select a panel."""
    bagian = []
    for i, (label, opsi) in enumerate(menu):
        id_ = esc(f"{nama}-menu-{i}")
        bagian.append(f'<label for="{id_}">{esc(label)}</label><select id="{id_}" data-bagian="{i}">'
                      + "".join(f'<option value="{esc(v)}">{esc(t)}</option>' for t, v in opsi) + "</select>")
    return (f'<div class="kursus-interaktif kursus-pilihan">{"".join(bagian)}{panel}'
            f'<p class="kursus-tidak-ada" hidden>Tidak ada data untuk pilihan itu.</p></div>')


# --- Viral spread simulator ------------------------------------------------------------------------

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
            ringkasan.value = _pesan(str(e), "salah")
            keluaran.outputs = ()
            return
        ringkasan.value = f"<p>{esc(teks)}</p>"
        keluaran.outputs = ()
        keluaran.append_display_data(g)

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


# --- Statistics explorer ---------------------------------------------------------------------------

def catatan_html(kunci: str, catatan: dict[str, str]) -> str:
    dataset = kunci.split("|", 1)[0]
    teks = catatan.get(dataset)
    return f'<p class="kursus-catatan"><b>Catatan:</b> {esc(teks)}</p>' if teks else ""


def penjelajah_statistik(stat: pd.DataFrame, catatan: dict[str, str], notebook: str = "") -> Tampilan:
    """Choose a dataset/metric and a date from the real figures, with sources and caveats."""
    opsi = logika.pilihan_statistik(stat)
    if not opsi:
        raise ValueError("Tidak ada angka untuk dijelajahi.")
    menu = w.Dropdown(options=opsi, description="Data:", style=GAYA, layout=w.Layout(width="100%"))
    tahun = w.Dropdown(description="Tanggal:", style=GAYA)
    hasil = w.HTML()

    def isi_tahun(_=None):
        dataset, _, metric = (menu.value if isinstance(menu.value, str) else "").partition("|")
        rows = stat[(stat["dataset"] == dataset) & (stat["metric"] == metric)]
        tahun.options = [("Semua", "")] + [(logika.tanggal(t), t) for t in dict.fromkeys(rows["ref_date"])]
        tahun.value = ""
        tampil()

    def tampil(_=None):
        try:
            df = logika.tabel_statistik(stat, menu.value, tahun.value or None)
        except ValueError as e:
            hasil.value = _pesan(str(e), "salah")
            return
        hasil.value = tabel_html(df, dict(opsi_terbalik)[menu.value]) + catatan_html(menu.value, catatan)

    opsi_terbalik = [(v, t) for t, v in opsi]
    menu.observe(isi_tahun, names="value")
    tahun.observe(tampil, names="value")
    isi_tahun()
    kotak = w.VBox([menu, tahun, hasil], layout=w.Layout(max_width="60rem"))
    kotak.menu, kotak.tahun, kotak.hasil = menu, tahun, hasil

    panel = panel_html([(v, tabel_html(logika.tabel_statistik(stat, v), t) + catatan_html(v, catatan))
                        for t, v in opsi])
    statis = pilihan_html("statistik", [("Data", opsi)], panel) + kotak_jalankan(notebook)
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


# --- Platform comparer -----------------------------------------------------------------------------

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
            pesan.value = _pesan(str(e), "salah")
            keluaran.outputs = ()
            tabel.value = ""
            return
        pesan.value = ""
        keluaran.outputs = ()
        keluaran.append_display_data(grafik.grafik_platform(skor, blok, list(pilihan.value)))
        tabel.value = tabel_html(df, "Penilaian buku beserta alasannya")

    pilihan.observe(banding, names="value")
    banding()
    kotak = w.VBox([petunjuk, pilihan, pesan, keluaran, tabel])
    kotak.pilihan, kotak.pesan, kotak.keluaran, kotak.tabel = pilihan, pesan, keluaran, tabel
    statis = kotak_jalankan(notebook, "Pakai tombol di atas grafik untuk berpindah dari satu perbandingan ke perbandingan lain. Untuk "
                                      "memilih sendiri dua sampai empat platform, jalankan bab ini secara "
                                      "langsung lewat tombol peluncur (ikon roket).")
    return Tampilan(kotak, statis)
