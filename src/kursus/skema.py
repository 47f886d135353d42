"""How a course data file is declared, read and checked: the machinery under ``kursus.data``.

A record type is a frozen dataclass made by ``rekaman(...)`` whose fields are declared with
``kolom(check, wajib=..., pilihan=..., rujuk=...)``; ``muat`` reads a YAML file (through the strict reader in
``kursus.berkas_data``) into such records. A key written twice in one record, or an unquoted value YAML 1.1
would silently change, is refused here naming file, record, field and line. Every error is a ``DataError``
in Indonesian.
"""

from __future__ import annotations

import datetime as _dt
import math
import re
from dataclasses import dataclass, field, fields, make_dataclass
from typing import Any, Callable, Iterable
from urllib.parse import urlparse

from .berkas_data import DataError, Meragukan, Rekaman, baca_yaml


# --- Checks ----------------------------------------------------------------------------------------
# A check takes the raw value and returns the cleaned value, or raises ValueError whose Indonesian
# message completes the sentence "kolom 'x': ...".
Check = Callable[[Any], Any]


# Markdown emphasis (*kata* or _kata_): data text is shown as it is written, in tables, widgets and captions.
_MIRING = re.compile(r"(?<![\w*])\*[^\s*][^*]*?\*(?![\w*])|(?<!\w)_[^\s_][^_]*?_(?!\w)")


def teks(nilai: Any) -> str:
    if isinstance(nilai, bool):
        raise ValueError(f"harus berisi teks, bukan nilai benar/salah {nilai!r}; tulis teksnya di dalam tanda kutip")
    if not isinstance(nilai, str) or not nilai.strip():
        raise ValueError("harus berisi teks dan tidak boleh kosong")
    miring = _MIRING.search(nilai)
    if miring:
        raise ValueError(f"memakai {miring.group(0)!r} untuk huruf miring, tetapi teks data ditampilkan apa adanya "
                         "(tanda bintang atau garis bawahnya akan terlihat); tulis tanpa tanda itu")
    return nilai.strip()


def teks_boleh_kosong(nilai: Any) -> str:
    if nilai is None:
        return ""
    if isinstance(nilai, bool) or not isinstance(nilai, (str, int, float)):
        raise ValueError("harus berisi teks")
    return str(nilai).strip()


def skor(nilai: Any) -> int:
    if isinstance(nilai, bool) or not isinstance(nilai, int) or not 1 <= nilai <= 5:
        raise ValueError(f"harus bilangan bulat 1 sampai 5, bukan {nilai!r}")
    return nilai


def angka(nilai: Any) -> float:
    """A finite number; a decimal comma is accepted (49,9)."""
    if isinstance(nilai, bool):
        raise ValueError(f"harus berupa angka, bukan {nilai!r}")
    try:
        hasil = float(str(nilai).strip().replace(",", "."))
    except ValueError:
        raise ValueError(f"harus berupa angka, bukan {nilai!r}") from None
    if not math.isfinite(hasil):
        raise ValueError(f"harus berupa angka yang terhingga, bukan {nilai!r} (nan atau tak hingga)")
    return hasil


def salah_satu(*pilihan: str) -> Check:
    def periksa(nilai: Any) -> str:
        if nilai not in pilihan:
            raise ValueError(f"harus salah satu dari {', '.join(pilihan)}, bukan {nilai!r}")
        return nilai
    return periksa


def daftar_teks(nilai: Any) -> list[str]:
    if not isinstance(nilai, list) or not nilai:
        raise ValueError("harus berupa daftar yang tidak kosong")
    return [teks(x) for x in nilai]


def alamat_web(nilai: Any) -> str:
    nilai = teks(nilai)
    u = urlparse(nilai)
    if u.scheme not in ("http", "https") or not u.netloc or any(c.isspace() for c in nilai):
        raise ValueError(f"harus berupa alamat web sumber (http:// atau https://), bukan {nilai!r}")
    return nilai


def alamat_web_boleh_kosong(nilai: Any) -> str:
    return alamat_web(nilai) if teks_boleh_kosong(nilai) else ""


TAHUN_PALING_AWAL = 1990  # the oldest figure a course on social media could cite


def tanggal_acuan(nilai: Any) -> str:
    """The date a figure refers to: 2024, 2019-2020 (a survey period), 2024-01 or 2024-01-31; never impossible."""
    nilai = teks(nilai)
    m = re.fullmatch(r"(\d{4})(?:-(\d{4})|-(\d{2})(?:-(\d{2}))?)?", nilai)
    if not m:
        raise ValueError(f"harus berbentuk TTTT, TTTT-TTTT, TTTT-BB, atau TTTT-BB-HH, bukan {nilai!r}")
    tahun, sampai, bulan, hari = m.groups()
    batas = _dt.date.today().year + 1
    for t in filter(None, (tahun, sampai)):
        if not TAHUN_PALING_AWAL <= int(t) <= batas:
            raise ValueError(f"tahun {t} tidak masuk akal (harus antara {TAHUN_PALING_AWAL} dan {batas})")
    if sampai and int(sampai) <= int(tahun):
        raise ValueError(f"rentang tahun {nilai!r} harus dari tahun yang lebih awal ke yang lebih akhir")
    try:
        _dt.date(int(tahun), int(bulan or 1), int(hari or 1))
    except ValueError:
        raise ValueError(f"tanggal {nilai!r} tidak ada di kalender") from None
    return nilai


def bukan_kolom(dicadangkan: Iterable[str], untuk: str) -> Check:
    """An id that becomes a column (of ``untuk``) must not take, in any case, a name ``dicadangkan`` already has."""
    terpakai = {k.casefold(): k for k in dicadangkan}

    def periksa(nilai: Any) -> str:
        nilai = teks(nilai)
        if nilai.casefold() in terpakai:
            raise ValueError(f"'{nilai}' bentrok dengan kolom '{terpakai[nilai.casefold()]}' di {untuk}; "
                             "pilih id lain")
        return nilai
    return periksa


def pengenal(nilai: Any) -> str:
    """An id that becomes a column name or an HTML attribute: lowercase letters, digits, '-' and '_'."""
    nilai = teks(nilai)
    if not re.fullmatch(r"[a-z][a-z0-9_-]*", nilai):
        raise ValueError(f"{nilai!r} harus diawali huruf kecil dan hanya berisi huruf kecil, angka, '-', atau '_'")
    return nilai


def semua(*periksa: Check) -> Check:
    """Several checks, one after another, on the same value."""
    def gabungan(nilai: Any) -> Any:
        for p in periksa:
            nilai = p(nilai)
        return nilai
    return gabungan


# --- Declaring fields --------------------------------------------------------------------------------

@dataclass(frozen=True)
class Rujukan:
    """A field naming a record of another file: where (for the message) and which ids exist there."""
    tujuan: str
    ids: Callable[[], Iterable[str]]


def kolom(periksa: Check = teks, *, wajib: bool = True, pilihan: Iterable[str] = (), rujuk: Rujukan | None = None):
    """Declare a record field: its check (text by default) or its allowed values, whether it may be left
    empty, and which records of another file it must name."""
    if pilihan:
        periksa = salah_satu(*pilihan)
    return field(metadata={"periksa": periksa, "wajib": wajib, "rujuk": rujuk})


def rekaman(nama: str, keterangan: str, /, periksa_rekaman: Callable[[dict], None] | None = None, **kolom_) -> type:
    """Declare a record type: a frozen dataclass named ``nama`` with the fields given as ``kolom(...)``.

    ``periksa_rekaman(rec)`` may check across fields, raising ``ValueError(pesan, nama_kolom)``.
    """
    jenis = make_dataclass(nama, [(k, Any, f) for k, f in kolom_.items()], frozen=True,
                           namespace={"__doc__": keterangan})
    jenis.__module__ = "kursus.data"
    jenis.periksa_rekaman = staticmethod(periksa_rekaman or (lambda rec: None))
    return jenis


def _kolom_rekaman(jenis: type) -> list:
    return [f for f in fields(jenis) if "periksa" in f.metadata]


# --- Checking records ------------------------------------------------------------------------------

def _meragukan_di(nilai: Any) -> Meragukan | None:
    if isinstance(nilai, Meragukan):
        return nilai
    if isinstance(nilai, (list, dict)):
        for x in (nilai.values() if isinstance(nilai, dict) else nilai):
            if (m := _meragukan_di(x)) is not None:
                return m
    return None


def _kosong(periksa: Check) -> Any:
    """The value of an optional field left empty: what its check makes of nothing ('' for text), else None."""
    try:
        return periksa(None)
    except (ValueError, TypeError):
        return None


def validasi(berkas: str, records: Any, jenis: type) -> list[dict]:
    """Check every record against the fields of the record type ``jenis``; return cleaned copies.

    Ids must be unique, also when letter case is ignored. A record type may add checks across its fields
    with a static method ``periksa_rekaman(rec)`` that raises ``ValueError(pesan, kolom)``.
    """
    skema = _kolom_rekaman(jenis)
    if not isinstance(records, list) or not records:
        raise DataError(berkas, "isi berkas harus berupa daftar rekaman yang tidak kosong")
    hasil, ids = [], {}
    for nomor, rec in enumerate(records, start=1):
        baris = getattr(rec, "baris", None)
        if not isinstance(rec, dict):
            raise DataError(berkas, "rekaman harus berupa pasangan kolom: nilai", nomor)
        id_ = str(rec["id"]) if isinstance(rec.get("id"), str) else None

        def salah(pesan, kolom_=None):
            return DataError(berkas, pesan, nomor, kolom_, id_, baris)

        if getattr(rec, "ganda", ()):
            kunci, di_baris = rec.ganda[0]
            raise DataError(berkas, "kolom ini ditulis lebih dari sekali dalam satu rekaman; YAML hanya akan "
                                    "memakai yang terakhir, jadi hapus salah satunya", nomor, kunci, id_, di_baris)
        nama = [f.name for f in skema]
        tak_dikenal = sorted(set(map(str, rec)) - set(nama))
        if tak_dikenal:
            raise salah("kolom ini tidak dikenal (salah ketik?)", tak_dikenal[0])
        bersih = Rekaman()
        bersih.baris = baris
        for f in skema:
            nilai, periksa = rec.get(f.name), f.metadata["periksa"]
            if (m := _meragukan_di(nilai)) is not None:
                raise salah(f"nilai {str(m)!r} tanpa tanda kutip dibaca YAML sebagai {m.arti}; tulis di dalam "
                            f"tanda kutip (\"{m}\") jika maksudnya teks, atau perbaiki nilainya", f.name)
            if nilai is None or nilai == "":
                if f.metadata["wajib"]:
                    raise salah("wajib diisi, tetapi tidak ada atau kosong", f.name)
                bersih[f.name] = _kosong(periksa)
                continue
            try:
                bersih[f.name] = periksa(nilai)
            except ValueError as e:
                raise salah(str(e), f.name) from None
        if bersih.get("id") is not None:
            lipat = str(bersih["id"]).casefold()
            if lipat in ids:
                lain, ke = ids[lipat]
                beda = "" if lain == bersih["id"] else f" (sebagai '{lain}'; huruf besar-kecil tidak membedakan id)"
                raise salah(f"id '{bersih['id']}' sudah dipakai rekaman ke-{ke}{beda}", "id")
            ids[lipat] = (bersih["id"], nomor)
        try:
            getattr(jenis, "periksa_rekaman", lambda _: None)(bersih)
        except ValueError as e:
            raise salah(*e.args) from None
        hasil.append(bersih)
    return hasil


def periksa_rujukan(berkas: str, records: list[dict], jenis: type) -> None:
    """Every field declared with ``rujuk=`` must name a record that exists in the other file."""
    for f in _kolom_rekaman(jenis):
        rujuk = f.metadata["rujuk"]
        if rujuk is None:
            continue
        sah = set(rujuk.ids())
        for nomor, rec in enumerate(records, start=1):
            if rec.get(f.name) is not None and rec[f.name] not in sah:
                raise DataError(berkas, f"{f.name} '{rec[f.name]}' tidak ada di {rujuk.tujuan}", nomor, f.name,
                                rec.get("id"), getattr(rec, "baris", None))


def muat(berkas: str, jenis: type, teks_berkas: str | None = None) -> tuple:
    """Load one YAML data file into records of type ``jenis``, checking fields and references."""
    recs = validasi(berkas, baca_yaml(berkas, teks_berkas), jenis)
    periksa_rujukan(berkas, recs, jenis)
    return tuple(jenis(**r) for r in recs)
