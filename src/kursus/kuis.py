"""Self-check quizzes: checked in the browser on the static page, and by ipywidgets in a live kernel."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

import ipywidgets as w

from .data import DATA_DIR, NAMA_JENIS, SUMBER, DataError, Pernyataan, kolom, muat, rekaman, teks
from .tampilan import Tampilan, esc


@dataclass(frozen=True)
class Soal:
    id: str
    pertanyaan: str
    pilihan: tuple[str, ...]
    jawaban: int  # index into pilihan
    penjelasan: str
    sumber: str


def _pilihan(nilai) -> list[str]:
    if not isinstance(nilai, list) or len(nilai) < 2:
        raise ValueError("harus berupa daftar berisi paling sedikit dua pilihan")
    hasil = [teks(x) if isinstance(x, str) else teks(str(x)) for x in nilai]
    if len(set(hasil)) != len(hasil):
        raise ValueError("ada pilihan yang sama persis")
    return hasil


SoalBerkas = rekaman(
    "SoalBerkas", "A question as written in data/kuis/<bab>.yaml: the answer is the text of one choice.",
    id=kolom(), pertanyaan=kolom(), pilihan=kolom(_pilihan), jawaban=kolom(), penjelasan=kolom(),
    sumber=kolom(rujuk=SUMBER))


ANGKA = re.compile(r"\{angka:([^}]*)\}")


def isi_angka(teks: str) -> str:
    """Replace {angka:dataset,metric,ref_date[,category]} with the figure from statistik.csv, so a quiz
    quotes the data instead of typing the number a second time."""
    from .data import statistik
    from .logika import angka

    def ganti(m):
        bagian = [b.strip() for b in m.group(1).split(",")]
        if len(bagian) not in (3, 4):
            raise ValueError(f"penanda {m.group(0)} harus berisi dataset, metric, tanggal, dan (boleh) kategori")
        return angka(statistik(), *bagian)

    return ANGKA.sub(ganti, teks)


VIRAL = re.compile(r"\{viral:([^}]*)\}")


def isi_viral(teks: str) -> str:
    """Replace {viral:jenis[,peluang]} with a number computed by the viral-spread model (see logika.angka_viral),
    so a quiz explanation cannot contradict the chart."""
    from . import populasi_media_sosial_indonesia
    from .logika import angka_viral

    def ganti(m):
        jenis, *sisa = [b.strip() for b in m.group(1).split(",")]
        try:
            peluang = float(sisa[0]) if sisa else None
        except ValueError:
            raise ValueError(f"penanda {m.group(0)}: peluang harus berupa angka, misalnya 0.1") from None
        return angka_viral(populasi_media_sosial_indonesia(), jenis, peluang)

    return VIRAL.sub(ganti, teks)


def isi_penanda(teks: str) -> str:
    """Fill every marker of a quiz text: {angka:...} from statistik.csv, {definisi:...}/{kutipan:...} from
    definisi.yaml, {viral:...} from the model."""
    from .data import isi_rujukan
    return isi_viral(isi_rujukan(isi_angka(teks)))


def muat_kuis(bab: str, teks_berkas: str | None = None) -> tuple[Soal, ...]:
    """Questions of one chapter from data/kuis/<bab>.yaml; `jawaban` must be one of `pilihan`."""
    berkas = f"kuis/{bab}.yaml"
    soal = []
    for nomor, rekaman in enumerate(muat(berkas, SoalBerkas, teks_berkas), start=1):
        r = vars(rekaman)
        try:
            r = {**r, **{k: isi_penanda(r[k]) for k in ("pertanyaan", "jawaban", "penjelasan")},
                 "pilihan": [isi_penanda(p) for p in r["pilihan"]]}
        except ValueError as e:
            raise DataError(berkas, str(e), nomor, None, r["id"]) from None
        if r["jawaban"] not in r["pilihan"]:
            raise DataError(berkas, f"jawaban '{r['jawaban']}' tidak ada di antara pilihan", nomor, "jawaban", r["id"])
        soal.append(Soal(r["id"], r["pertanyaan"], tuple(r["pilihan"]), r["pilihan"].index(r["jawaban"]),
                         r["penjelasan"], r["sumber"]))
    return tuple(soal)


@lru_cache(maxsize=None)
def kuis_bab(bab: str) -> tuple[Soal, ...]:
    return muat_kuis(bab)


def semua_bab_kuis() -> list[str]:
    return sorted(p.stem for p in (DATA_DIR / "kuis").glob("*.yaml"))


def soal_dari_pernyataan(data: Sequence[Pernyataan]) -> tuple[Soal, ...]:
    """Turn classification statements into two-choice questions."""
    pilihan = (NAMA_JENIS["media_sosial"], NAMA_JENIS["jejaring_sosial"])
    return tuple(Soal(p.id, p.teks, pilihan, 0 if p.jawaban == "media_sosial" else 1, p.penjelasan, p.sumber)
                 for p in data)


def periksa(soal: Soal, dipilih) -> tuple[bool | None, str]:
    """Judge one answer. Returns (correct, Indonesian feedback); correct is None when nothing valid was chosen."""
    if dipilih is None or dipilih == "":
        return None, "Pilih salah satu jawaban dulu."
    try:
        indeks = int(dipilih)
    except (TypeError, ValueError):
        return None, "Jawaban itu tidak dikenali. Pilih salah satu pilihan yang tersedia."
    if not 0 <= indeks < len(soal.pilihan):
        return None, "Jawaban itu tidak ada di antara pilihan."
    if indeks == soal.jawaban:
        return True, f"Benar! {soal.penjelasan}"
    return False, f"Belum tepat. Jawaban yang benar: {soal.pilihan[soal.jawaban]}. {soal.penjelasan}"


def skor_teks(benar: int, dijawab: int, total: int) -> str:
    return f"Skor: {benar} benar dari {dijawab} yang sudah dijawab ({total} soal)."


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
