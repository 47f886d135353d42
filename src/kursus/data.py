"""The course facts, loaded from ``kursus/data`` and checked, with errors a teacher can act on.

Each kind of record is declared once, as a frozen dataclass whose fields carry their own checks::

    Persamaan = rekaman(
        "Persamaan", "One of the similarities of both kinds (persamaan.yaml).",
        id=kolom(),                  # required text (the default check); ids must be unique
        aspek=kolom(), penjelasan=kolom(),
        sumber=kolom(rujuk=SUMBER))  # must name a record of sumber.yaml
    persamaan = pemuat("persamaan.yaml", Persamaan, "The two similarities.")   # the loader: persamaan()

Other checks: ``kolom(skor)``, ``kolom(pilihan=("a", "b"))``, ``kolom(teks_boleh_kosong, wajib=False)``; a
check across fields is ``periksa_rekaman=``. Adding a field to a data file is one edit.

This module declares the records of the chapters' texts (differences, similarities, advantages, kinds of social
media, statements, the decision helper, cases, dated facts). The other data files have a module each:
``data_sumber`` (sources, definitions and the loader ``pemuat``), ``data_statistik`` (statistik.csv and its
caveats) and ``data_platform`` (building blocks and platform ratings). Everything is imported from here:
``from kursus import data`` then ``data.statistik()``, ``data.blok()``, ``data.sumber()``.

``muat`` (in ``kursus.skema``, behind ``pemuat``) reads the file strictly (``kursus.berkas_data``), checks
every record (unknown or missing fields, duplicate keys, values YAML would silently change, ids that repeat or
differ only by case, references to other files) and returns the records, or raises a ``DataError`` in
Indonesian naming the file, the record, the field and the line.
"""

from __future__ import annotations

from . import data_platform, data_statistik, data_sumber
# Re-exported: chapters, quizzes and tests use these through kursus.data.
from .berkas_data import DATA_DIR, DataError, Meragukan, baca_csv, baca_yaml  # noqa: F401
from .data_platform import (BLOK, KOLOM_SURVEI_TETAP, Blok, SkorPlatform, blok, muat_skor_platform,  # noqa: F401
                            periksa_kisi, platform, skor_platform)
from .data_statistik import (KOLOM_STATISTIK, RENTANG_SATUAN, Catatan, Statistik, catatan_statistik,  # noqa: F401
                             muat_catatan, muat_statistik, rentang_satuan, statistik)
from .data_sumber import (RUJUKAN, SUMBER, Definisi, Sumber, definisi, isi_rujukan, isi_semua,  # noqa: F401
                          nama_sumber, pemuat, substitusi, sumber, tampil_definisi)
from .skema import (Check, Rujukan, alamat_web, alamat_web_boleh_kosong, angka, bukan_kolom,  # noqa: F401
                    daftar_teks, kolom, muat, pengenal, periksa_rujukan, rekaman, salah_satu, semua, skor,
                    tanggal_acuan, teks, teks_boleh_kosong, validasi)


# --- Records of the chapters' texts ----------------------------------------------------------------
# Each record type (a frozen dataclass) is followed by the one line that loads its file.

PERBEDAAN = Rujukan("perbedaan.yaml", lambda: {p.id for p in perbedaan()})


Perbedaan = rekaman(
    "Perbedaan", "One of the five differences, with the book's 1–5 rating of one trait for each side.",
    id=kolom(), aspek=kolom(), media_sosial=kolom(), jejaring_sosial=kolom(), ciri=kolom(),
    skor_media_sosial=kolom(skor), skor_jejaring_sosial=kolom(skor), alasan_skor=kolom(),
    sumber=kolom(rujuk=SUMBER))
perbedaan = pemuat("perbedaan.yaml", Perbedaan, "The five differences, in teaching order.")


BULAN = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
         "November", "Desember"]


JENIS = ("media_sosial", "jejaring_sosial")
NAMA_JENIS = {"media_sosial": "Media sosial", "jejaring_sosial": "Jejaring sosial"}


Persamaan = rekaman(
    "Persamaan", "One of the similarities of both kinds (persamaan.yaml).",
    id=kolom(), aspek=kolom(), penjelasan=kolom(), sumber=kolom(rujuk=SUMBER))
persamaan = pemuat("persamaan.yaml", Persamaan, "The two similarities.")


Butir = rekaman(
    "Butir", "One advantage or disadvantage of one kind.",
    id=kolom(), jenis=kolom(pilihan=JENIS), sisi=kolom(pilihan=("kelebihan", "kekurangan")), butir=kolom(),
    penjelasan=kolom(), sumber=kolom(rujuk=SUMBER))
kelebihan = pemuat("kelebihan.yaml", Butir, "Advantages and disadvantages of both kinds (three lists recovered, "
                                            "one written by the book).")


JenisMedia = rekaman(
    "JenisMedia", "One of Kaplan and Haenlein's six kinds of social media (jenis_media.yaml).",
    id=kolom(), nama=kolom(), contoh=kolom(), kehadiran_sosial=kolom(pilihan=("rendah", "sedang", "tinggi")),
    presentasi_diri=kolom(pilihan=("rendah", "tinggi")), penjelasan=kolom(), sumber=kolom(rujuk=SUMBER))
jenis_media = pemuat("jenis_media.yaml", JenisMedia, "Kaplan & Haenlein's six kinds of social media.")


Pernyataan = rekaman(
    "Pernyataan", "A statement a learner classifies as media sosial or jejaring sosial (pernyataan.yaml).",
    id=kolom(), teks=kolom(), jawaban=kolom(pilihan=JENIS), aspek=kolom(rujuk=PERBEDAAN), penjelasan=kolom(),
    sumber=kolom(rujuk=SUMBER),
    bab=kolom(wajib=False))  # the chapter notebook that uses it (chapters 3 and 5 classify different items)
_pernyataan = pemuat("pernyataan.yaml", Pernyataan, "All statements to classify, in file order.")


def yang_ber(berkas: str, recs: tuple, kolom_: str, nilai: str | None) -> tuple:
    """The records whose field ``kolom_`` is ``nilai`` (all of them for None); none at all names the value."""
    if nilai is None:
        return recs
    pilih = tuple(r for r in recs if getattr(r, kolom_) == nilai)
    if not pilih:
        raise DataError(berkas, f"tidak ada rekaman dengan {kolom_} '{nilai}'")
    return pilih


def pernyataan(bab: str | None = None) -> tuple:
    """Statements to classify as media sosial or jejaring sosial (only those of chapter ``bab`` if given)."""
    return yang_ber("pernyataan.yaml", _pernyataan(), "bab", bab)


Pilihan = rekaman(
    "Pilihan", "A goal or an audience in the decision helper, leaning to one kind by one difference.",
    id=kolom(), kelompok=kolom(pilihan=("tujuan", "khalayak")), label=kolom(), condong=kolom(pilihan=JENIS),
    aspek=kolom(rujuk=PERBEDAAN), sumber=kolom(rujuk=SUMBER))
pilihan_keputusan = pemuat("keputusan.yaml", Pilihan, "Goals and audiences for the decision helper.")


def _pilihan_kelompok(kelompok: str) -> Rujukan:
    return Rujukan(f"keputusan.yaml ({kelompok})",
                   lambda: {p.id for p in pilihan_keputusan() if p.kelompok == kelompok})


Kasus = rekaman(
    "Kasus", "A real case for the chapter on choosing, with its goal and audience (kasus.yaml).",
    id=kolom(), judul=kolom(), cerita=kolom(), tujuan=kolom(rujuk=_pilihan_kelompok("tujuan")),
    khalayak=kolom(rujuk=_pilihan_kelompok("khalayak")), sumber=kolom(rujuk=SUMBER))
kasus = pemuat("kasus.yaml", Kasus, "Real cases for the chapter on choosing.")


def muat_pernyataan(teks_berkas: str | None = None) -> tuple[Pernyataan, ...]:
    """Statements from the given text (for tests) or the file."""
    return isi_semua("pernyataan.yaml", muat("pernyataan.yaml", Pernyataan, teks_berkas))


# --- Dated facts with their sources (fakta.yaml) ----------------------------------------------------

Fakta = rekaman(
    "Fakta", "One dated, sourced fact: a rule, an age limit, a reporting channel, a platform change.",
    id=kolom(), kelompok=kolom(), hal=kolom(), keterangan=kolom(), sumber=kolom(rujuk=SUMBER),
    berlaku=kolom(wajib=False))
_fakta = pemuat("fakta.yaml", Fakta, "Dated facts, in file order.")


def fakta(kelompok: str | None = None) -> tuple:
    """Dated facts in file order (only those of one group if ``kelompok`` is given)."""
    return yang_ber("fakta.yaml", _fakta(), "kelompok", kelompok)


_LAIN: list = []  # caches of the layers above that hold what they read from here (the quiz files)


def ikut_dilupakan(fungsi):
    """Register a cached loader of a higher layer (``functools.lru_cache``) so that ``lupakan_cache`` clears it
    too: the data layer never imports upwards, the layers above sign in."""
    _LAIN.append(fungsi)
    return fungsi


def lupakan_cache() -> None:
    """Forget every loaded file (tests that point DATA_DIR elsewhere, a notebook after editing a file)."""
    for nilai in [*vars(data_sumber).values(), *vars(data_statistik).values(), *vars(data_platform).values(),
                  *globals().values(), *_LAIN]:
        if callable(getattr(nilai, "cache_clear", None)):
            nilai.cache_clear()


def periksa_data() -> None:
    """Load every data file of this layer once (the quiz files are checked by ``kursus.logika.kuis.periksa_semua``,
    which calls this first)."""
    for muat_ in (sumber, definisi, perbedaan, persamaan, kelebihan, jenis_media, pernyataan, pilihan_keputusan,
                  kasus, statistik, catatan_statistik, blok, skor_platform, fakta):
        muat_()
