"""The chapters' self-check quizzes as data and rules, with no widget: reading ``data/kuis/<bab>.yaml``, filling
its markers from the data and the models, and judging an answer.

A quiz file is a data file whose texts quote figures (``{angka:...}``), definitions (``{definisi:...}``) and the
viral-spread model (``{viral:...}``), so it is read here, one layer above ``kursus.data``. How a quiz shows itself
(browser form, ipywidgets) lives in ``kursus.kuis``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

from .. import berkas_data, data
from ..data import NAMA_JENIS, SUMBER, DataError, Pernyataan, isi_rujukan, kolom, muat, rekaman, statistik, teks
from .statistik import angka
from .viral import angka_viral, populasi_media_sosial_indonesia


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
    return isi_viral(isi_rujukan(isi_angka(teks)))


def muat_kuis(bab: str, teks_berkas: str | None = None) -> tuple[Soal, ...]:
    """Questions of one chapter from data/kuis/<bab>.yaml; `jawaban` must be one of `pilihan`."""
    berkas = f"kuis/{bab}.yaml"
    soal = []
    for nomor, rekaman_ in enumerate(muat(berkas, SoalBerkas, teks_berkas), start=1):
        r = vars(rekaman_)
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


@data.ikut_dilupakan
@lru_cache(maxsize=None)
def kuis_bab(bab: str) -> tuple[Soal, ...]:
    return muat_kuis(bab)


def semua_bab_kuis() -> list[str]:
    """The chapters that have a quiz file (read from the data folder in use, also a test's copy)."""
    return sorted(p.stem for p in (berkas_data.DATA_DIR / "kuis").glob("*.yaml"))


def periksa_semua() -> None:
    """Load every data file and every quiz file once, so a mistake stops the book build before any chapter runs."""
    data.periksa_data()
    for bab in semua_bab_kuis():
        kuis_bab(bab)


def soal_dari_pernyataan(data_: Sequence[Pernyataan]) -> tuple[Soal, ...]:
    """Turn classification statements into two-choice questions."""
    pilihan = (NAMA_JENIS["media_sosial"], NAMA_JENIS["jejaring_sosial"])
    return tuple(Soal(p.id, p.teks, pilihan, 0 if p.jawaban == "media_sosial" else 1, p.penjelasan, p.sumber)
                 for p in data_)


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
