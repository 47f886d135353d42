"""Media sosial and jejaring sosial side by side: the decision helper and the attribute explorer.

``rekomendasi`` tells which kind of platform suits a goal and an audience, with reasons taken from the
differences (perbedaan.yaml); ``daftar_atribut`` gathers every attribute a learner can compare (differences,
similarities, advantages and disadvantages). Pure functions: the widgets in ``kursus.widgets.konsep`` show them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from ..data import NAMA_JENIS, Butir, Perbedaan, Persamaan, Pilihan


# --- Decision helper -------------------------------------------------------------------------------

@dataclass(frozen=True)
class Rekomendasi:
    jenis: str          # media_sosial, jejaring_sosial or keduanya
    judul: str
    alasan: tuple[str, ...]


def rekomendasi(tujuan: str, khalayak: str, pilihan: Sequence[Pilihan],
                perbedaan: Sequence[Perbedaan]) -> Rekomendasi:
    """Recommend a kind of platform for a goal and an audience, with reasons taken from the differences."""
    menurut_id = {p.id: p for p in pilihan}
    aspek = {p.id: p for p in perbedaan}
    dipilih = []
    for nilai, kelompok in ((tujuan, "tujuan"), (khalayak, "khalayak")):
        p = menurut_id.get(nilai)
        if p is None or p.kelompok != kelompok:
            raise ValueError(f"Pilih {kelompok} dari daftar yang tersedia.")
        dipilih.append(p)
    alasan = tuple(
        f"{p.label} → {NAMA_JENIS[p.condong].lower()}. Aspek {aspek[p.aspek].aspek.lower()}: "
        f"{getattr(aspek[p.aspek], p.condong)}"
        for p in dipilih)
    t, k = dipilih
    if t.condong == k.condong:
        return Rekomendasi(t.condong, f"Utamakan {NAMA_JENIS[t.condong].lower()}", alasan)
    return Rekomendasi("keduanya", "Gabungkan keduanya: tujuan dan khalayakmu condong ke arah yang berbeda",
                       alasan)


# --- Attribute explorer ----------------------------------------------------------------------------

@dataclass(frozen=True)
class Atribut:
    id: str
    nama: str
    kelompok: str              # Perbedaan, Persamaan, Kelebihan dan kekurangan
    media_sosial: tuple[str, ...]
    jejaring_sosial: tuple[str, ...]


def teks_butir(b: Butir) -> str:
    """An advantage or disadvantage as a line of text; an item the book wrote itself (the lost list) says so."""
    tanda = " * (ditulis buku ini, karena daftar aslinya hilang)" if b.sumber == "buku" else ""
    return f"{b.butir}{tanda}. {b.penjelasan}"


def daftar_atribut(perbedaan: Sequence[Perbedaan], persamaan: Sequence[Persamaan] = (),
                   butir: Sequence[Butir] = ()) -> list[Atribut]:
    """Every attribute a learner can compare: differences, similarities, advantages, disadvantages."""
    hasil = [Atribut(p.id, p.aspek, "Perbedaan", (p.media_sosial,), (p.jejaring_sosial,)) for p in perbedaan]
    hasil += [Atribut(f"sama-{p.id}", f"{p.aspek} (persamaan)", "Persamaan", (p.penjelasan,), (p.penjelasan,))
              for p in persamaan]
    for sisi in ("kelebihan", "kekurangan"):
        pilih = [b for b in butir if b.sisi == sisi]
        if pilih:
            hasil.append(Atribut(sisi, sisi.capitalize(), "Kelebihan dan kekurangan",
                                 tuple(teks_butir(b) for b in pilih if b.jenis == "media_sosial"),
                                 tuple(teks_butir(b) for b in pilih if b.jenis == "jejaring_sosial")))
    return hasil
