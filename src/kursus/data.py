"""Loads the course facts from ``kursus/data`` and validates them, with errors a teacher can act on.

Each kind of record is declared once, as a frozen dataclass whose fields carry their own checks::

    Persamaan = rekaman(
        "Persamaan", "One of the similarities of both kinds (persamaan.yaml).",
        id=kolom(),                  # required text (the default check); ids must be unique
        aspek=kolom(), penjelasan=kolom(),
        sumber=kolom(rujuk=SUMBER))  # must name a record of sumber.yaml
    persamaan = pemuat("persamaan.yaml", Persamaan, "The two similarities.")   # the loader: persamaan()

Other checks: ``kolom(skor)``, ``kolom(pilihan=("a", "b"))``, ``kolom(teks_boleh_kosong, wajib=False)``; a
check across fields is ``periksa_rekaman=``. Adding a field to a data file is one edit here.

``muat`` (in ``kursus.skema``, behind ``pemuat``) reads the file strictly (``kursus.berkas_data``), checks
every record (unknown or missing fields, duplicate keys, values YAML would silently change, ids that repeat or
differ only by case, references to other files) and returns the records, or raises a ``DataError`` in
Indonesian naming the file, the record, the field and the line.
"""

from __future__ import annotations

import math
import re
from dataclasses import fields, replace
from functools import lru_cache
from typing import Callable, Iterable

# Re-exported: chapters, quizzes and tests use these through kursus.data.
from .berkas_data import DATA_DIR, DataError, Meragukan, baca_csv, baca_yaml  # noqa: F401
from .skema import (Check, Rujukan, alamat_web, alamat_web_boleh_kosong, angka, bukan_kolom,  # noqa: F401
                    daftar_teks, kolom, muat, pengenal, periksa_rujukan, rekaman, salah_satu, semua, skor,
                    tanggal_acuan, teks, teks_boleh_kosong, validasi)


# --- Records -------------------------------------------------------------------------------------
# Each record type (a frozen dataclass) is followed by the one line that loads its file.

def pemuat(berkas: str, jenis: type, keterangan: str, rujukan: bool = True) -> Callable[[], tuple]:
    """The cached loader of one data file: ``perbedaan()`` returns the records of perbedaan.yaml, with
    {definisi:id} and {kutipan:id} in their texts filled in from definisi.yaml (unless ``rujukan`` is False)."""
    @lru_cache(maxsize=None)
    def semua() -> tuple:
        recs = muat(berkas, jenis)
        return isi_semua(berkas, recs) if rujukan else recs
    semua.__doc__ = keterangan
    return semua


Sumber = rekaman(
    "Sumber", "A source of the book's facts (sumber.yaml); every other record cites one by its id.",
    id=kolom(), judul=kolom(), penerbit=kolom(), url=kolom(alamat_web_boleh_kosong, wajib=False),
    status=kolom(pilihan=("primer", "sekunder", "buku")), catatan=kolom(teks_boleh_kosong, wajib=False),
    tanggal=kolom(teks_boleh_kosong, wajib=False),   # date of the source itself (signed, released)
    seen_at=kolom(teks_boleh_kosong, wajib=False),   # where the book read it, when that is not `url`
    dilihat=kolom(teks_boleh_kosong, wajib=False))   # when the book read it
_sumber = pemuat("sumber.yaml", Sumber, "All sources, in file order.", rujukan=False)


SUMBER = Rujukan("sumber.yaml", lambda: sumber())
PERBEDAAN = Rujukan("perbedaan.yaml", lambda: {p.id for p in perbedaan()})


Perbedaan = rekaman(
    "Perbedaan", "One of the five differences, with the book's 1–5 rating of one trait for each side.",
    id=kolom(), aspek=kolom(), media_sosial=kolom(), jejaring_sosial=kolom(), ciri=kolom(),
    skor_media_sosial=kolom(skor), skor_jejaring_sosial=kolom(skor), alasan_skor=kolom(),
    sumber=kolom(rujuk=SUMBER))
perbedaan = pemuat("perbedaan.yaml", Perbedaan, "The five differences, in teaching order.")


BULAN = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
         "November", "Desember"]


def nama_sumber(records) -> str:
    """The publishers of the sources cited by some records (the book's own judgement left out), for captions."""
    ids = [r.sumber for r in records if r.sumber != "buku"]
    return ", ".join(sumber()[i].penerbit for i in dict.fromkeys(ids))


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


def sumber() -> dict[str, Sumber]:
    """All sources, by id."""
    return {r.id: r for r in _sumber()}


def muat_pernyataan(teks_berkas: str | None = None) -> tuple[Pernyataan, ...]:
    """Statements from the given text (for tests) or the file."""
    return isi_semua("pernyataan.yaml", muat("pernyataan.yaml", Pernyataan, teks_berkas))


# --- Statistics (CSV) ----------------------------------------------------------------------------

# The range a figure may take, by unit; any other unit takes any number from 0 up. One line per new unit.
RENTANG_SATUAN = {"percent": (0, 100), "score_1_to_5": (1, 5)}


def rentang_satuan(rec: dict) -> None:
    """A figure must lie in the range of its unit (RENTANG_SATUAN)."""
    bawah, atas = RENTANG_SATUAN.get(rec["unit"], (0, math.inf))
    if not bawah <= rec["value"] <= atas:
        batas = f"{bawah} sampai {atas}" if atas != math.inf else f"paling kecil {bawah}"
        raise ValueError(f"angka {rec['value']:g} di luar rentang untuk satuan {rec['unit']} ({batas})", "value")


Statistik = rekaman(
    "Statistik", "One real figure of statistik.csv with its source, address, date and status.",
    dataset=kolom(), metric=kolom(), category=kolom(), ref_date=kolom(tanggal_acuan), value=kolom(angka),
    unit=kolom(), source=kolom(), seen_at=kolom(alamat_web), status=kolom(pilihan=("primary", "secondary")),
    note=kolom(teks_boleh_kosong, wajib=False), periksa_rekaman=rentang_satuan)


KOLOM_STATISTIK = tuple(f.name for f in fields(Statistik))


def muat_statistik(teks_berkas: str | None = None):
    """The real figures, one row per figure with its source, address, date and status (a DataFrame)."""
    import pandas as pd
    baris = baca_csv("statistik.csv", teks_berkas)
    if baris and set(baris[0]) != set(KOLOM_STATISTIK):
        kurang = sorted(set(KOLOM_STATISTIK) - set(baris[0]))
        raise DataError("statistik.csv", f"judul kolom tidak sesuai; yang kurang: {', '.join(kurang) or '-'}")
    recs = validasi("statistik.csv", baris, Statistik)
    df = pd.DataFrame(recs, columns=list(KOLOM_STATISTIK))
    kunci = ["dataset", "metric", "category", "ref_date"]
    ganda = df[df.duplicated(kunci, keep=False)]
    if not ganda.empty:
        r = ganda.iloc[0]
        nomor = int(ganda.index[1]) + 1
        raise DataError("statistik.csv", f"angka untuk {r.dataset}/{r.metric}/{r.category}/{r.ref_date} muncul "
                                         "dua kali", nomor, baris=recs[nomor - 1].baris)
    return df


@lru_cache(maxsize=None)
def _statistik_cache():
    return muat_statistik()


def statistik():
    """A copy of the statistics table (callers may filter or modify it freely)."""
    return _statistik_cache().copy()


Catatan = rekaman(
    "Catatan", "A caveat on one dataset of statistik.csv, shown wherever its figures are used.",
    id=kolom(rujuk=Rujukan("statistik.csv (kolom dataset)", lambda: set(statistik()["dataset"]))),
    catatan=kolom(), sumber=kolom(rujuk=SUMBER))


def muat_catatan(teks_berkas: str | None = None) -> dict[str, str]:
    return {c.id: c.catatan for c in muat("catatan_statistik.yaml", Catatan, teks_berkas)}


@lru_cache(maxsize=None)
def catatan_statistik() -> dict[str, str]:
    """Caveats by dataset, to show wherever its figures are used."""
    return muat_catatan()


# --- Building blocks and platform ratings ----------------------------------------------------------

# The survey file's own columns besides one per building block (kursus.survei.kolom_csv, older files' name
# column included); a block id becomes a column there, so it may not take one of these names in any letter case.
KOLOM_SURVEI_TETAP = ("kelas", "absen", "nama", "platform")


Blok = rekaman(
    "Blok", "One of Kietzmann et al.'s seven functional building blocks: an attribute platforms are compared on.",
    id=kolom(semua(bukan_kolom(KOLOM_SURVEI_TETAP, "berkas survei kelas"), pengenal)), nama=kolom(), arti=kolom(),
    pertanyaan=kolom(), sumber=kolom(rujuk=SUMBER))


BLOK = Rujukan("blok.yaml", lambda: {b.id for b in blok()})


SkorPlatform = rekaman(
    "SkorPlatform", "The book's 1–5 rating of one platform on one building block, with its reason.",
    platform=kolom(), blok=kolom(rujuk=BLOK), skor=kolom(skor), alasan=kolom(), sumber=kolom(rujuk=SUMBER))
blok = pemuat("blok.yaml", Blok, "The seven building blocks, in the order of Kietzmann et al.")


def periksa_kisi(berkas: str, recs: Iterable[SkorPlatform], blok_ids: list[str]) -> None:
    """Every platform must be rated exactly once on every building block, under one spelling of its name."""
    dilihat: dict[tuple[str, str], int] = {}
    ejaan: dict[str, str] = {}
    for nomor, r in enumerate(recs, start=1):
        lain = ejaan.setdefault(r.platform.casefold(), r.platform)
        if lain != r.platform:
            raise DataError(berkas, f"'{r.platform}' dan '{lain}' hanya beda huruf besar-kecil; pakai satu ejaan",
                            nomor, "platform")
        if r.blok not in blok_ids:
            raise DataError(berkas, f"blok '{r.blok}' tidak ada di blok.yaml", nomor, "blok")
        kunci = (r.platform, r.blok)
        if kunci in dilihat:
            raise DataError(berkas, f"{r.platform} sudah dinilai pada blok '{r.blok}' di rekaman "
                                    f"ke-{dilihat[kunci]}", nomor, "blok")
        dilihat[kunci] = nomor
    for p in dict.fromkeys(r.platform for r in recs):
        kurang = [b for b in blok_ids if (p, b) not in dilihat]
        if kurang:
            raise DataError(berkas, f"{p} belum dinilai pada blok: {', '.join(kurang)}")


def muat_skor_platform(teks_berkas: str | None = None) -> tuple[SkorPlatform, ...]:
    recs = muat("platform.yaml", SkorPlatform, teks_berkas)
    periksa_kisi("platform.yaml", recs, [b.id for b in blok()])
    return recs


@lru_cache(maxsize=None)
def skor_platform() -> tuple[SkorPlatform, ...]:
    """The book's ratings of seven platforms on the seven building blocks (platforms in file order)."""
    return muat_skor_platform()


def platform() -> list[str]:
    """The platforms the book rates, in file order."""
    return list(dict.fromkeys(r.platform for r in skor_platform()))


# --- Definitions and quotations (definisi.yaml) ------------------------------------------------------
# Each definition and each phrase quoted from the source is written once, in definisi.yaml. Data files refer
# to one as {definisi:id} or {kutipan:id}; pages use the MyST substitution {{ def_id }} / {{ kutipan_id }}.

Definisi = rekaman(
    "Definisi", "A definition, or a phrase quoted from the source, written once and shown everywhere from here.",
    id=kolom(), jenis=kolom(pilihan=("definisi", "kutipan")), istilah=kolom(), menurut=kolom(),
    unit=kolom(pilihan=("kegiatan", "platform", "layanan")), teks=kolom(), sumber=kolom(rujuk=SUMBER))
_definisi = pemuat("definisi.yaml", Definisi, "Definitions and quotations, in file order.", rujukan=False)


def definisi() -> dict:
    """Every definition and quotation, by id."""
    return {d.id: d for d in _definisi()}


RUJUKAN = re.compile(r"\{(definisi|kutipan):([^}]*)\}")


def tampil_definisi(d) -> str:
    """A definition as it is shown in text; a quotation inside quotation marks."""
    return f"“{d.teks}”" if d.jenis == "kutipan" else d.teks


def isi_rujukan(nilai: str) -> str:
    """Replace {definisi:id} and {kutipan:id} in a text; ValueError (Indonesian) names an unknown id."""
    semua_ = definisi()

    def ganti(m):
        jenis, id_ = m.group(1), m.group(2).strip()
        if id_ not in semua_ or semua_[id_].jenis != jenis:
            raise ValueError(f"{m.group(0)} tidak ada di definisi.yaml")
        return tampil_definisi(semua_[id_])

    return RUJUKAN.sub(ganti, nilai)


def isi_semua(berkas: str, recs: tuple) -> tuple:
    """Records with every text field's {definisi:id}/{kutipan:id} filled in; a wrong id names file, record, field."""
    hasil = []
    for nomor, r in enumerate(recs, start=1):
        ubah = {}
        for f in fields(r):
            nilai = getattr(r, f.name)
            if isinstance(nilai, str) and "{" in nilai:
                try:
                    ubah[f.name] = isi_rujukan(nilai)
                except ValueError as e:
                    raise DataError(berkas, str(e), nomor, f.name, getattr(r, "id", None)) from None
        hasil.append(replace(r, **ubah) if ubah else r)
    return tuple(hasil)


def substitusi() -> dict[str, str]:
    """MyST substitutions for the book's pages: def_<id> and kutipan_<id> (hyphens become underscores)."""
    awalan = {"definisi": "def_", "kutipan": "kutipan_"}
    return {awalan[d.jenis] + d.id.replace("-", "_"): tampil_definisi(d) for d in definisi().values()}


# --- Dated facts with their sources (fakta.yaml) ----------------------------------------------------

Fakta = rekaman(
    "Fakta", "One dated, sourced fact: a rule, an age limit, a reporting channel, a platform change.",
    id=kolom(), kelompok=kolom(), hal=kolom(), keterangan=kolom(), sumber=kolom(rujuk=SUMBER),
    berlaku=kolom(wajib=False))
_fakta = pemuat("fakta.yaml", Fakta, "Dated facts, in file order.")


def fakta(kelompok: str | None = None) -> tuple:
    """Dated facts in file order (only those of one group if ``kelompok`` is given)."""
    return yang_ber("fakta.yaml", _fakta(), "kelompok", kelompok)


def lupakan_cache() -> None:
    """Forget every loaded file (tests that point DATA_DIR elsewhere, a notebook after editing a file)."""
    from .kuis import kuis_bab
    for nilai in [*globals().values(), kuis_bab]:
        if callable(getattr(nilai, "cache_clear", None)):
            nilai.cache_clear()


def periksa_semua() -> None:
    """Load every data file once, so a mistake stops the book build before any chapter runs."""
    from .kuis import kuis_bab, semua_bab_kuis
    for muat_ in (sumber, definisi, perbedaan, persamaan, kelebihan, jenis_media, pernyataan, pilihan_keputusan,
                  kasus, statistik, catatan_statistik, blok, skor_platform, fakta):
        muat_()
    for bab in semua_bab_kuis():
        kuis_bab(bab)
