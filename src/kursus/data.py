"""Loads the course facts from ``kursus/data`` and validates them, with errors a teacher can act on."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable

import yaml

DATA_DIR = Path(__file__).parent / "data"


class DataError(ValueError):
    """A data file is malformed; the message (in Indonesian) names the file, the record and the field."""

    def __init__(self, berkas: str, pesan: str, rekaman: int | None = None,
                 kolom: str | None = None, id_: str | None = None):
        lokasi = [f"Berkas {berkas}"]
        if rekaman is not None:
            lokasi.append(f"rekaman ke-{rekaman}" + (f" (id '{id_}')" if id_ else ""))
        if kolom is not None:
            lokasi.append(f"kolom '{kolom}'")
        super().__init__(", ".join(lokasi) + ": " + pesan)
        self.berkas, self.rekaman, self.kolom = berkas, rekaman, kolom


# A field spec: (required, check). A check returns the cleaned value or raises ValueError whose
# message is Indonesian and completes the sentence "kolom 'x': ...".
Check = Callable[[Any], Any]


def teks(nilai: Any) -> str:
    if not isinstance(nilai, str) or not nilai.strip():
        raise ValueError("harus berisi teks dan tidak boleh kosong")
    return nilai.strip()


def teks_boleh_kosong(nilai: Any) -> str:
    if nilai is None:
        return ""
    if not isinstance(nilai, (str, int, float)):
        raise ValueError("harus berisi teks")
    return str(nilai).strip()


def skor(nilai: Any) -> int:
    if isinstance(nilai, bool) or not isinstance(nilai, int) or not 1 <= nilai <= 5:
        raise ValueError(f"harus bilangan bulat 1 sampai 5, bukan {nilai!r}")
    return nilai


def angka(nilai: Any) -> float:
    try:
        hasil = float(str(nilai).replace(",", "."))
    except ValueError:
        raise ValueError(f"harus berupa angka, bukan {nilai!r}") from None
    if hasil != hasil:  # NaN
        raise ValueError("harus berupa angka, bukan NaN")
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


def validasi(berkas: str, records: Any, skema: dict[str, tuple[bool, Check]]) -> list[dict]:
    """Check every record against ``skema``; return cleaned copies. Ids must be unique."""
    if not isinstance(records, list) or not records:
        raise DataError(berkas, "isi berkas harus berupa daftar rekaman yang tidak kosong")
    hasil, ids = [], set()
    for nomor, rec in enumerate(records, start=1):
        if not isinstance(rec, dict):
            raise DataError(berkas, "rekaman harus berupa pasangan kolom: nilai", nomor)
        id_ = rec.get("id") if isinstance(rec.get("id"), str) else None
        tak_dikenal = sorted(set(map(str, rec)) - set(skema))
        if tak_dikenal:
            raise DataError(berkas, "kolom ini tidak dikenal (salah ketik?)", nomor, tak_dikenal[0], id_)
        bersih = {}
        for kolom, (wajib, periksa) in skema.items():
            if kolom not in rec or rec[kolom] is None or rec[kolom] == "":
                if wajib:
                    raise DataError(berkas, "wajib diisi, tetapi tidak ada atau kosong", nomor, kolom, id_)
                bersih[kolom] = periksa(None) if periksa is teks_boleh_kosong else None
                continue
            try:
                bersih[kolom] = periksa(rec[kolom])
            except ValueError as e:
                raise DataError(berkas, str(e), nomor, kolom, id_) from None
        if "id" in bersih and bersih["id"] is not None:
            if bersih["id"] in ids:
                raise DataError(berkas, f"id '{bersih['id']}' sudah dipakai rekaman lain", nomor, "id", id_)
            ids.add(bersih["id"])
        hasil.append(bersih)
    return hasil


def baca_yaml(berkas: str, teks_berkas: str | None = None) -> Any:
    """Parse a YAML data file (or the given text, for tests) with an Indonesian error on bad syntax."""
    if teks_berkas is None:
        path = DATA_DIR / berkas
        if not path.exists():
            raise DataError(berkas, "berkas tidak ditemukan di folder data")
        teks_berkas = path.read_text(encoding="utf-8")
    try:
        return yaml.safe_load(teks_berkas)
    except yaml.YAMLError as e:
        tanda = getattr(e, "problem_mark", None)
        baris = f" di baris {tanda.line + 1}" if tanda else ""
        raise DataError(berkas, f"format YAML rusak{baris}; periksa tanda titik dua dan indentasi") from None


def baca_csv(berkas: str, teks_berkas: str | None = None) -> list[dict]:
    """Read a CSV data file into a list of dicts (all values as text)."""
    if teks_berkas is None:
        path = DATA_DIR / berkas
        if not path.exists():
            raise DataError(berkas, "berkas tidak ditemukan di folder data")
        teks_berkas = path.read_text(encoding="utf-8")
    pembaca = csv.DictReader(io.StringIO(teks_berkas))
    baris = []
    for nomor, rec in enumerate(pembaca, start=1):
        if None in rec:
            raise DataError(berkas, "jumlah kolom lebih banyak daripada judul kolom", nomor)
        baris.append({k: (v if v != "" else None) for k, v in rec.items()})
    return baris


# --- Records -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Sumber:
    id: str
    judul: str
    penerbit: str
    url: str
    status: str
    catatan: str
    tanggal: str = ""   # date of the source itself (e.g. when a regulation was signed or a report released)
    seen_at: str = ""   # where the book read it, when that is not `url` (a report quoting it)
    dilihat: str = ""   # when the book read it


SKEMA_SUMBER = {
    "id": (True, teks), "judul": (True, teks), "penerbit": (True, teks),
    "url": (False, teks_boleh_kosong), "status": (True, salah_satu("primer", "sekunder", "buku")),
    "catatan": (False, teks_boleh_kosong), "tanggal": (False, teks_boleh_kosong),
    "seen_at": (False, teks_boleh_kosong), "dilihat": (False, teks_boleh_kosong),
}


@dataclass(frozen=True)
class Perbedaan:
    """One of the five differences, with the book's 1–5 rating of one trait for each side."""
    id: str
    aspek: str
    media_sosial: str
    jejaring_sosial: str
    ciri: str
    skor_media_sosial: int
    skor_jejaring_sosial: int
    alasan_skor: str
    sumber: str


SKEMA_PERBEDAAN = {
    "id": (True, teks), "aspek": (True, teks), "media_sosial": (True, teks),
    "jejaring_sosial": (True, teks), "ciri": (True, teks), "skor_media_sosial": (True, skor),
    "skor_jejaring_sosial": (True, skor), "alasan_skor": (True, teks), "sumber": (True, teks),
}


BULAN = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
         "November", "Desember"]


def nama_sumber(records) -> str:
    """The publishers of the sources cited by some records (the book's own judgement left out), for captions."""
    ids = [r.sumber for r in records if r.sumber != "buku"]
    return ", ".join(sumber()[i].penerbit for i in dict.fromkeys(ids))


def periksa_sumber(berkas: str, records: list[dict], sumber_ids: set[str]) -> None:
    """Every record must cite a source listed in sumber.yaml."""
    for nomor, rec in enumerate(records, start=1):
        if rec["sumber"] not in sumber_ids:
            raise DataError(berkas, f"sumber '{rec['sumber']}' tidak ada di sumber.yaml", nomor,
                            "sumber", rec.get("id"))


@lru_cache(maxsize=None)
def sumber() -> dict[str, Sumber]:
    """All sources, by id."""
    recs = validasi("sumber.yaml", baca_yaml("sumber.yaml"), SKEMA_SUMBER)
    return {r["id"]: Sumber(**r) for r in recs}


def muat(berkas: str, skema: dict, jenis: type, teks_berkas: str | None = None) -> list:
    """Load one YAML data file into records of type ``jenis``, checking the cited sources and filling in
    {definisi:id} and {kutipan:id} from definisi.yaml."""
    recs = validasi(berkas, baca_yaml(berkas, teks_berkas), skema)
    if "sumber" in skema:
        periksa_sumber(berkas, recs, set(sumber()))
    return [jenis(**isi_rekaman(berkas, nomor, r)) for nomor, r in enumerate(recs, start=1)]


@lru_cache(maxsize=None)
def perbedaan() -> tuple[Perbedaan, ...]:
    """The five differences, in teaching order."""
    return tuple(muat("perbedaan.yaml", SKEMA_PERBEDAAN, Perbedaan))


JENIS = ("media_sosial", "jejaring_sosial")
NAMA_JENIS = {"media_sosial": "Media sosial", "jejaring_sosial": "Jejaring sosial"}


def periksa_rujukan(berkas: str, records: list[dict], kolom: str, sah: set[str], tujuan: str) -> None:
    """A field that names a record of another file must name one that exists."""
    for nomor, rec in enumerate(records, start=1):
        if rec.get(kolom) is not None and rec[kolom] not in sah:
            raise DataError(berkas, f"'{rec[kolom]}' tidak ada di {tujuan}", nomor, kolom, rec.get("id"))


@dataclass(frozen=True)
class Persamaan:
    id: str
    aspek: str
    penjelasan: str
    sumber: str


@dataclass(frozen=True)
class Butir:
    """One advantage or disadvantage of one kind."""
    id: str
    jenis: str
    sisi: str
    butir: str
    penjelasan: str
    sumber: str


@dataclass(frozen=True)
class JenisMedia:
    id: str
    nama: str
    contoh: str
    kehadiran_sosial: str
    presentasi_diri: str
    penjelasan: str
    sumber: str


@dataclass(frozen=True)
class Pernyataan:
    id: str
    teks: str
    jawaban: str
    aspek: str
    penjelasan: str
    sumber: str
    bab: str | None = None  # the chapter notebook that uses it (chapters 3 and 5 classify different items)


@dataclass(frozen=True)
class Pilihan:
    """A goal or an audience in the decision helper, leaning to one kind by one difference."""
    id: str
    kelompok: str
    label: str
    condong: str
    aspek: str
    sumber: str


@dataclass(frozen=True)
class Kasus:
    id: str
    judul: str
    cerita: str
    tujuan: str
    khalayak: str
    sumber: str


SKEMA_PERSAMAAN = {"id": (True, teks), "aspek": (True, teks), "penjelasan": (True, teks), "sumber": (True, teks)}
SKEMA_BUTIR = {"id": (True, teks), "jenis": (True, salah_satu(*JENIS)),
               "sisi": (True, salah_satu("kelebihan", "kekurangan")), "butir": (True, teks),
               "penjelasan": (True, teks), "sumber": (True, teks)}
SKEMA_JENIS_MEDIA = {"id": (True, teks), "nama": (True, teks), "contoh": (True, teks),
                     "kehadiran_sosial": (True, salah_satu("rendah", "sedang", "tinggi")),
                     "presentasi_diri": (True, salah_satu("rendah", "tinggi")),
                     "penjelasan": (True, teks), "sumber": (True, teks)}
SKEMA_PERNYATAAN = {"id": (True, teks), "teks": (True, teks), "jawaban": (True, salah_satu(*JENIS)),
                    "aspek": (True, teks), "penjelasan": (True, teks), "sumber": (True, teks),
                    "bab": (False, teks)}
SKEMA_PILIHAN = {"id": (True, teks), "kelompok": (True, salah_satu("tujuan", "khalayak")),
                 "label": (True, teks), "condong": (True, salah_satu(*JENIS)), "aspek": (True, teks),
                 "sumber": (True, teks)}
SKEMA_KASUS = {"id": (True, teks), "judul": (True, teks), "cerita": (True, teks), "tujuan": (True, teks),
               "khalayak": (True, teks), "sumber": (True, teks)}


def _id_perbedaan() -> set[str]:
    return {p.id for p in perbedaan()}


@lru_cache(maxsize=None)
def persamaan() -> tuple[Persamaan, ...]:
    """The two similarities."""
    return tuple(muat("persamaan.yaml", SKEMA_PERSAMAAN, Persamaan))


@lru_cache(maxsize=None)
def kelebihan() -> tuple[Butir, ...]:
    """Advantages and disadvantages of both kinds (three lists recovered, one written by the book)."""
    return tuple(muat("kelebihan.yaml", SKEMA_BUTIR, Butir))


@lru_cache(maxsize=None)
def jenis_media() -> tuple[JenisMedia, ...]:
    """Kaplan & Haenlein's six kinds of social media."""
    return tuple(muat("jenis_media.yaml", SKEMA_JENIS_MEDIA, JenisMedia))


def muat_pernyataan(teks_berkas: str | None = None) -> tuple[Pernyataan, ...]:
    recs = validasi("pernyataan.yaml", baca_yaml("pernyataan.yaml", teks_berkas), SKEMA_PERNYATAAN)
    periksa_sumber("pernyataan.yaml", recs, set(sumber()))
    periksa_rujukan("pernyataan.yaml", recs, "aspek", _id_perbedaan(), "perbedaan.yaml")
    return tuple(Pernyataan(**isi_rekaman("pernyataan.yaml", n, r)) for n, r in enumerate(recs, start=1))


@lru_cache(maxsize=None)
def pernyataan(bab: str | None = None) -> tuple[Pernyataan, ...]:
    """Statements to classify as media sosial or jejaring sosial (only those of chapter ``bab`` if given)."""
    semua = muat_pernyataan()
    if bab is None:
        return semua
    pilih = tuple(p for p in semua if p.bab == bab)
    if not pilih:
        raise DataError("pernyataan.yaml", f"tidak ada pernyataan dengan bab '{bab}'")
    return pilih


@lru_cache(maxsize=None)
def pilihan_keputusan() -> tuple[Pilihan, ...]:
    """Goals and audiences for the decision helper."""
    recs = validasi("keputusan.yaml", baca_yaml("keputusan.yaml"), SKEMA_PILIHAN)
    periksa_sumber("keputusan.yaml", recs, set(sumber()))
    periksa_rujukan("keputusan.yaml", recs, "aspek", _id_perbedaan(), "perbedaan.yaml")
    return tuple(Pilihan(**r) for r in recs)


@lru_cache(maxsize=None)
def kasus() -> tuple[Kasus, ...]:
    """Real cases for the chapter on choosing."""
    recs = validasi("kasus.yaml", baca_yaml("kasus.yaml"), SKEMA_KASUS)
    periksa_sumber("kasus.yaml", recs, set(sumber()))
    pilihan = {p.id: p.kelompok for p in pilihan_keputusan()}
    periksa_rujukan("kasus.yaml", recs, "tujuan", {k for k, v in pilihan.items() if v == "tujuan"}, "keputusan.yaml (tujuan)")
    periksa_rujukan("kasus.yaml", recs, "khalayak", {k for k, v in pilihan.items() if v == "khalayak"}, "keputusan.yaml (khalayak)")
    return tuple(Kasus(**r) for r in recs)


# --- Statistics (CSV) ----------------------------------------------------------------------------

KOLOM_STATISTIK = ("dataset", "metric", "category", "ref_date", "value", "unit", "source", "seen_at",
                   "status", "note")
SKEMA_STATISTIK = {
    "dataset": (True, teks), "metric": (True, teks), "category": (True, teks), "ref_date": (True, teks),
    "value": (True, angka), "unit": (True, teks), "source": (True, teks), "seen_at": (True, teks),
    "status": (True, salah_satu("primary", "secondary")), "note": (False, teks_boleh_kosong),
}


def muat_statistik(teks_berkas: str | None = None):
    """The real figures, one row per figure with its source, address, date and status (a DataFrame)."""
    import pandas as pd
    baris = baca_csv("statistik.csv", teks_berkas)
    if baris and set(baris[0]) != set(KOLOM_STATISTIK):
        kurang = sorted(set(KOLOM_STATISTIK) - set(baris[0]))
        raise DataError("statistik.csv", f"judul kolom tidak sesuai; yang kurang: {', '.join(kurang) or '-'}")
    recs = validasi("statistik.csv", baris, SKEMA_STATISTIK)
    for nomor, rec in enumerate(recs, start=1):
        if not rec["seen_at"].startswith(("http://", "https://")):
            raise DataError("statistik.csv", "harus berupa alamat web sumber", nomor, "seen_at")
    df = pd.DataFrame(recs, columns=list(KOLOM_STATISTIK))
    kunci = ["dataset", "metric", "category", "ref_date"]
    ganda = df[df.duplicated(kunci, keep=False)]
    if not ganda.empty:
        r = ganda.iloc[0]
        raise DataError("statistik.csv", f"angka untuk {r.dataset}/{r.metric}/{r.category}/{r.ref_date} muncul dua kali",
                        int(ganda.index[1]) + 1)
    return df


@lru_cache(maxsize=None)
def _statistik_cache():
    return muat_statistik()


def statistik():
    """A copy of the statistics table (callers may filter or modify it freely)."""
    return _statistik_cache().copy()


@dataclass(frozen=True)
class Catatan:
    id: str
    catatan: str
    sumber: str


@lru_cache(maxsize=None)
def catatan_statistik() -> dict[str, str]:
    """Caveats by dataset, to show wherever its figures are used."""
    recs = muat("catatan_statistik.yaml", {"id": (True, teks), "catatan": (True, teks), "sumber": (True, teks)},
                Catatan)
    return {c.id: c.catatan for c in recs}


@dataclass(frozen=True)
class Blok:
    """One of Kietzmann et al.'s seven functional building blocks: an attribute platforms are compared on."""
    id: str
    nama: str
    arti: str
    pertanyaan: str
    sumber: str


SKEMA_BLOK = {
    "id": (True, teks), "nama": (True, teks), "arti": (True, teks), "pertanyaan": (True, teks),
    "sumber": (True, teks),
}


@dataclass(frozen=True)
class SkorPlatform:
    """The book's 1–5 rating of one platform on one building block, with its reason."""
    platform: str
    blok: str
    skor: int
    alasan: str
    sumber: str


SKEMA_SKOR_PLATFORM = {
    "platform": (True, teks), "blok": (True, teks), "skor": (True, skor), "alasan": (True, teks),
    "sumber": (True, teks),
}


@lru_cache(maxsize=None)
def blok() -> tuple[Blok, ...]:
    """The seven building blocks, in the order of Kietzmann et al."""
    return tuple(muat("blok.yaml", SKEMA_BLOK, Blok))


def periksa_kisi(berkas: str, recs: list[SkorPlatform], blok_ids: list[str]) -> None:
    """Every platform must be rated exactly once on every building block."""
    dilihat: dict[tuple[str, str], int] = {}
    for nomor, r in enumerate(recs, start=1):
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
    recs = muat("platform.yaml", SKEMA_SKOR_PLATFORM, SkorPlatform, teks_berkas)
    periksa_kisi("platform.yaml", recs, [b.id for b in blok()])
    return tuple(recs)


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

@dataclass(frozen=True)
class Definisi:
    id: str
    jenis: str
    istilah: str
    menurut: str
    unit: str
    teks: str
    sumber: str


SKEMA_DEFINISI = {
    "id": (True, teks), "jenis": (True, salah_satu("definisi", "kutipan")), "istilah": (True, teks),
    "menurut": (True, teks), "unit": (True, salah_satu("kegiatan", "platform", "layanan")),
    "teks": (True, teks), "sumber": (True, teks),
}

RUJUKAN = re.compile(r"\{(definisi|kutipan):([^}]*)\}")


@lru_cache(maxsize=None)
def definisi() -> dict[str, Definisi]:
    """Every definition and quotation, by id."""
    recs = validasi("definisi.yaml", baca_yaml("definisi.yaml"), SKEMA_DEFINISI)
    periksa_sumber("definisi.yaml", recs, set(sumber()))
    return {r["id"]: Definisi(**r) for r in recs}


def tampil_definisi(d: Definisi) -> str:
    """A definition as it is shown in text; a quotation inside quotation marks."""
    return f"“{d.teks}”" if d.jenis == "kutipan" else d.teks


def isi_rujukan(nilai: str) -> str:
    """Replace {definisi:id} and {kutipan:id} in a text; ValueError (Indonesian) names an unknown id."""
    semua = definisi()

    def ganti(m):
        jenis, id_ = m.group(1), m.group(2).strip()
        if id_ not in semua or semua[id_].jenis != jenis:
            raise ValueError(f"{m.group(0)} tidak ada di definisi.yaml")
        return tampil_definisi(semua[id_])

    return RUJUKAN.sub(ganti, nilai)


def isi_rekaman(berkas: str, nomor: int, rec: dict) -> dict:
    """A record with every text field's {definisi:id}/{kutipan:id} filled in."""
    hasil = {}
    for kolom, nilai in rec.items():
        try:
            hasil[kolom] = isi_rujukan(nilai) if isinstance(nilai, str) else nilai
        except ValueError as e:
            raise DataError(berkas, str(e), nomor, kolom, rec.get("id")) from None
    return hasil


def substitusi() -> dict[str, str]:
    """MyST substitutions for the book's pages: def_<id> and kutipan_<id> (hyphens become underscores)."""
    awalan = {"definisi": "def_", "kutipan": "kutipan_"}
    return {awalan[d.jenis] + d.id.replace("-", "_"): tampil_definisi(d) for d in definisi().values()}


# --- Dated facts with their sources (fakta.yaml) --------------------------------------------------------------

@dataclass(frozen=True)
class Fakta:
    """One dated, sourced fact: a rule, an age limit, a reporting channel, a platform change (group: kelompok)."""
    id: str
    kelompok: str
    hal: str
    keterangan: str
    sumber: str
    berlaku: str | None = None


SKEMA_FAKTA = {
    "id": (True, teks), "kelompok": (True, teks), "hal": (True, teks), "keterangan": (True, teks),
    "sumber": (True, teks), "berlaku": (False, teks),
}


@lru_cache(maxsize=None)
def fakta(kelompok: str | None = None) -> tuple[Fakta, ...]:
    """Dated facts in file order (only those of one group if ``kelompok`` is given)."""
    semua = tuple(muat("fakta.yaml", SKEMA_FAKTA, Fakta))
    if kelompok is None:
        return semua
    pilih = tuple(f for f in semua if f.kelompok == kelompok)
    if not pilih:
        raise DataError("fakta.yaml", f"tidak ada fakta dengan kelompok '{kelompok}'")
    return pilih
