"""Reading the course data files strictly: UTF-8 only, no key written twice, no value YAML would silently change.

PyYAML (YAML 1.1) quietly turns ``yes`` into True, ``1:30`` into 90, ``2024-01-31`` into a date, ``~`` into
None and ``012`` into 10, and keeps the last of two equal keys. Here such a plain value becomes a ``Meragukan``
string and a mapping a ``Rekaman`` that remembers its line and its repeated keys, so that ``kursus.skema``
can refuse them naming the record and the field. Every error is a ``DataError`` in Indonesian.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

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
    """Read a CSV data file into a list of dicts (all values as text); each remembers its line as ``baris``.

    The separator is the comma; a file re-saved with semicolons or tabs (Excel set to Indonesian) is
    refused naming the separator it found."""
    if teks_berkas is None:
        teks_berkas = baca_teks_berkas(berkas)
    pembaca = csv.reader(io.StringIO(teks_berkas.lstrip("\ufeff"), newline=""))
    kepala = next(pembaca, [])
    _periksa_pemisah(berkas, kepala, 1)
    ganda = sorted({k for k in kepala if kepala.count(k) > 1})
    if ganda:
        raise DataError(berkas, f"judul kolom '{ganda[0]}' muncul lebih dari sekali", baris=1)
    baris = []
    awal = pembaca.line_num + 1
    for sel in pembaca:
        if not sel:  # a blank line
            awal = pembaca.line_num + 1
            continue
        nomor = len(baris) + 1
        if len(sel) > len(kepala):
            raise DataError(berkas, "jumlah kolom lebih banyak daripada judul kolom", nomor, baris=awal)
        if len(sel) < len(kepala):
            _periksa_pemisah(berkas, sel, awal, nomor)
        r = Rekaman({k: (v if v != "" else None) for k, v in zip(kepala, sel + [""] * (len(kepala) - len(sel)))})
        r.baris, awal = awal, pembaca.line_num + 1
        baris.append(r)
    return baris


_PEMISAH_LAIN = {";": "titik koma (;)", "\t": "tab"}


def _periksa_pemisah(berkas: str, sel: list[str], baris: int, rekaman: int | None = None) -> None:
    """The header as one cell holding semicolons or tabs, or a short row with one in a cell: the file was
    saved with another separator."""
    if rekaman is None and len(sel) != 1:
        return
    for pemisah, nama in _PEMISAH_LAIN.items():
        if any(pemisah in s for s in sel):
            raise DataError(berkas, f"baris ini dipisah dengan {nama}, bukan koma; berkas ini mungkin disimpan "
                                    "ulang oleh Excel berbahasa Indonesia. Simpan ulang sebagai CSV dengan pemisah "
                                    "koma (di LibreOffice: Simpan Sebagai > CSV, pemisah ',')", rekaman, baris=baris)
