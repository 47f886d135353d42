"""How a course data file is declared, read and checked: the machinery under ``kursus.data``.

A record type is a dataclass whose fields are declared with ``kolom(check, wajib=..., rujuk=...)``; ``muat``
reads a YAML file into such records. The YAML reader is strict where PyYAML is lenient: a key written twice
in one record, or an unquoted value YAML 1.1 would silently change (``yes`` -> True, ``1:30`` -> 90,
``2024-01-31`` -> a date, ``~`` -> None, ``012`` -> 10, ``.nan``), is an error naming file, record, field and
line. Every error is a ``DataError`` in Indonesian.
"""

from __future__ import annotations

import csv
import datetime as _dt
import io
import math
import re
from dataclasses import dataclass, field, fields, make_dataclass
from pathlib import Path
from typing import Any, Callable, Iterable
from urllib.parse import urlparse

import yaml

DATA_DIR = Path(__file__).parent / "data"


class DataError(ValueError):
    """A data file is malformed; the message (in Indonesian) names the file, the record and the field."""

    def __init__(self, berkas: str, pesan: str, rekaman: int | None = None,
                 kolom: str | None = None, id_: str | None = None, baris: int | None = None):
        lokasi = [f"Berkas {berkas}"]
        if rekaman is not None:
            lokasi.append(f"rekaman ke-{rekaman}" + (f" (id '{id_}')" if id_ else ""))
        if kolom is not None:
            lokasi.append(f"kolom '{kolom}'")
        super().__init__(", ".join(lokasi) + ": " + pesan + (f" (baris {baris})" if baris else ""))
        self.berkas, self.rekaman, self.kolom, self.baris = berkas, rekaman, kolom, baris


# --- Checks ----------------------------------------------------------------------------------------
# A check takes the raw value and returns the cleaned value, or raises ValueError whose Indonesian
# message completes the sentence "kolom 'x': ...".
Check = Callable[[Any], Any]


def teks(nilai: Any) -> str:
    if isinstance(nilai, bool):
        raise ValueError(f"harus berisi teks, bukan nilai benar/salah {nilai!r}; tulis teksnya di dalam tanda kutip")
    if not isinstance(nilai, str) or not nilai.strip():
        raise ValueError("harus berisi teks dan tidak boleh kosong")
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


# --- Reading files -------------------------------------------------------------------------------------

class Meragukan(str):
    """An unquoted YAML value that YAML 1.1 would silently turn into something else (yes -> True, 1:30 -> 90)."""
    arti = ""


class Rekaman(dict):
    """A YAML mapping that remembers its line and any key written twice (PyYAML would keep the last)."""
    baris: int | None = None
    ganda: tuple[tuple[str, int], ...] = ()


_ANGKA_BIASA = re.compile(r"[-+]?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\.[0-9]+(?:[eE][-+]?[0-9]+)?")


def _arti_yaml11(tag: str, nilai: str) -> str:
    """How YAML 1.1 would misread a plain value, or '' when it reads as written."""
    jenis = tag.rsplit(":", 1)[-1]
    if jenis == "bool":
        return "nilai benar/salah (boolean)"
    if jenis == "null" and nilai:
        return "nilai kosong (null)"
    if jenis == "timestamp":
        return "tanggal, bukan teks"
    if jenis in ("int", "float") and not _ANGKA_BIASA.fullmatch(nilai):
        if ":" in nilai:
            return "angka berbasis 60 (misalnya 1:30 menjadi 90)"
        if nilai.lstrip("+-").lower().startswith((".nan", ".inf")):
            return "angka tak terhingga atau bukan angka (nan)"
        return "angka oktal, heksadesimal, biner, atau bergaris bawah (misalnya 012 menjadi 10)"
    if jenis == "value":
        return "penanda khusus '='"
    return ""


class _Pemuat(yaml.SafeLoader):
    """PyYAML's safe loader, made strict: no silent conversions of plain values, no duplicate keys."""

    def resolve(self, kind, value, implicit):
        tag = super().resolve(kind, value, implicit)
        if kind is yaml.ScalarNode and implicit[0] and _arti_yaml11(tag, value):
            return "tag:kursus,2026:meragukan"
        return tag

    def buat_meragukan(self, node):
        hasil = Meragukan(node.value)
        hasil.arti = _arti_yaml11(super().resolve(yaml.ScalarNode, node.value, (True, False)), node.value)
        return hasil

    def buat_rekaman(self, node):
        rek = Rekaman()
        rek.baris = node.start_mark.line + 1
        yield rek
        self.flatten_mapping(node)
        dilihat, ganda = {}, []
        for kunci_node, nilai_node in node.value:
            kunci = self.construct_object(kunci_node, deep=True)
            try:
                hash(kunci)
            except TypeError:
                raise yaml.constructor.ConstructorError(None, None, "kunci tidak sah", kunci_node.start_mark)
            if kunci in dilihat:
                ganda.append((str(kunci), kunci_node.start_mark.line + 1))
            dilihat[kunci] = True
            rek[kunci] = self.construct_object(nilai_node, deep=True)
        rek.ganda = tuple(ganda)


_Pemuat.add_constructor("tag:kursus,2026:meragukan", _Pemuat.buat_meragukan)
_Pemuat.add_constructor("tag:yaml.org,2002:map", _Pemuat.buat_rekaman)


def baca_teks_berkas(berkas: str) -> str:
    """The text of a data file; not UTF-8 is an error naming the line (a BOM is allowed)."""
    path = DATA_DIR / berkas
    if not path.is_file():
        raise DataError(berkas, "berkas tidak ditemukan di folder data")
    isi = path.read_bytes()
    try:
        return isi.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        baris = isi[:e.start].count(b"\n") + 1
        raise DataError(berkas, "berkas tidak tersimpan sebagai UTF-8; buka di penyunting teks lalu simpan "
                                "ulang dengan pengodean UTF-8", baris=baris) from None


def baca_yaml(berkas: str, teks_berkas: str | None = None) -> Any:
    """Parse a YAML data file (or the given text, for tests) with an Indonesian error on bad syntax."""
    if teks_berkas is None:
        teks_berkas = baca_teks_berkas(berkas)
    try:
        return yaml.load(teks_berkas, Loader=_Pemuat)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as e:
        tanda = getattr(e, "problem_mark", None)
        baris = f" di baris {tanda.line + 1}" if tanda else ""
        raise DataError(berkas, f"format YAML rusak{baris}; periksa tanda titik dua, tanda kutip, dan "
                                "indentasi") from None


def baca_csv(berkas: str, teks_berkas: str | None = None) -> list[dict]:
    """Read a CSV data file into a list of dicts (all values as text); each remembers its line as ``baris``."""
    if teks_berkas is None:
        teks_berkas = baca_teks_berkas(berkas)
    pembaca = csv.DictReader(io.StringIO(teks_berkas.lstrip("\ufeff"), newline=""))
    kepala = pembaca.fieldnames or []
    ganda = sorted({k for k in kepala if kepala.count(k) > 1})
    if ganda:
        raise DataError(berkas, f"judul kolom '{ganda[0]}' muncul lebih dari sekali", baris=1)
    baris = []
    awal = pembaca.line_num + 1
    for nomor, rec in enumerate(pembaca, start=1):
        if None in rec:
            raise DataError(berkas, "jumlah kolom lebih banyak daripada judul kolom", nomor, baris=awal)
        r = Rekaman({k: (v if v != "" else None) for k, v in rec.items()})
        r.baris, awal = awal, pembaca.line_num + 1
        baris.append(r)
    return baris


# --- Checking records ------------------------------------------------------------------------------

def _meragukan_di(nilai: Any) -> Meragukan | None:
    if isinstance(nilai, Meragukan):
        return nilai
    if isinstance(nilai, (list, dict)):
        for x in (nilai.values() if isinstance(nilai, dict) else nilai):
            if (m := _meragukan_di(x)) is not None:
                return m
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

        for kunci, di_baris in getattr(rec, "ganda", ()):
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
                bersih[f.name] = periksa(None) if periksa in (teks_boleh_kosong, alamat_web_boleh_kosong) else None
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
