"""Sources and definitions: the two files every other record cites, and the loader that fills them in.

``sumber.yaml`` lists where the book's facts come from; every record of every other file names one by its id
(``kolom(rujuk=SUMBER)``). ``definisi.yaml`` holds each definition and each phrase quoted from the source,
written once: data files write ``{definisi:id}`` or ``{kutipan:id}`` and ``pemuat`` (the cached loader every
record type in ``kursus.data`` uses) fills in the text; the book's pages use the MyST substitutions from
``substitusi()``. Import these through ``kursus.data``.
"""

from __future__ import annotations

import re
from dataclasses import fields, replace
from functools import lru_cache
from typing import Callable

from .berkas_data import DataError
from .skema import Rujukan, alamat_web_boleh_kosong, kolom, muat, rekaman, teks_boleh_kosong


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
    status=kolom(pilihan=("primer", "sekunder", "belum-terverifikasi", "buku")), catatan=kolom(teks_boleh_kosong, wajib=False),
    tanggal=kolom(teks_boleh_kosong, wajib=False),   # date of the source itself (signed, released)
    seen_at=kolom(teks_boleh_kosong, wajib=False),   # where the book read it, when that is not `url`
    dilihat=kolom(teks_boleh_kosong, wajib=False))   # when the book read it
_sumber = pemuat("sumber.yaml", Sumber, "All sources, in file order.", rujukan=False)


SUMBER = Rujukan("sumber.yaml", lambda: sumber())


def sumber() -> dict[str, Sumber]:
    """All sources, by id."""
    return {r.id: r for r in _sumber()}


def nama_sumber(records) -> str:
    """The publishers of the sources cited by some records (the book's own judgement left out), for captions."""
    ids = [r.sumber for r in records if r.sumber != "buku"]
    return ", ".join(sumber()[i].penerbit for i in dict.fromkeys(ids))


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
