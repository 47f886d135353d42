"""Side-by-side comparison tables drawn from the course data."""

from __future__ import annotations

from typing import Sequence
from urllib.parse import urlparse

import pandas as pd
from IPython.display import HTML

from .data import NAMA_JENIS, Blok, Perbedaan, blok, nama_sumber, perbedaan, sumber
from .tampilan import esc, tabel_html


def tabel_perbedaan(data: Sequence[Perbedaan]) -> pd.DataFrame:
    """The five differences as a DataFrame: one row per aspect, one column per kind."""
    return pd.DataFrame({
        "Aspek": [p.aspek for p in data],
        "Media sosial": [p.media_sosial for p in data],
        "Jejaring sosial": [p.jejaring_sosial for p in data],
    })


def tabel_perbandingan(data: Sequence[Perbedaan]) -> HTML:
    """The comparison table as accessible HTML, ready to display in a notebook."""
    return HTML(tabel_html(tabel_perbedaan(data),
                           f"Perbandingan media sosial dan jejaring sosial (sumber: {nama_sumber(data)})",
                           kelas="kursus-tabel kursus-banding"))


def tabel_butir(butir, jenis: str) -> HTML:
    """Advantages and disadvantages of one kind as a two-column table; the book's own items are marked."""
    pilih = [b for b in butir if b.jenis == jenis]
    df = pd.DataFrame({
        "Butir": [b.butir + (" *" if b.sumber == "buku" else "") for b in pilih],
        "Jenis": [b.sisi.capitalize() for b in pilih],
        "Penjelasan": [b.penjelasan for b in pilih],
    })
    catatan = "" if all(b.sumber != "buku" for b in pilih) else (
        " Butir bertanda * ditulis oleh buku ini karena daftar aslinya hilang.")
    return HTML(tabel_html(df, f"Kelebihan dan kekurangan {NAMA_JENIS[jenis].lower()} (sumber: {nama_sumber(pilih)})."
                           + catatan))


def tabel_persamaan(persamaan) -> HTML:
    """The similarities of both kinds as a table."""
    df = pd.DataFrame({"Persamaan": [p.aspek for p in persamaan], "Penjelasan": [p.penjelasan for p in persamaan]})
    return HTML(tabel_html(df, f"Persamaan media sosial dan jejaring sosial (sumber: {nama_sumber(persamaan)})"))


def tabel_blok(blok: Sequence[Blok]) -> HTML:
    """Kietzmann et al.'s functional building blocks as a table: one row per block, in the data's order."""
    df = pd.DataFrame({"Blok": [b.nama for b in blok], "Arti": [b.arti for b in blok]})
    return HTML(tabel_html(df, "Blok fungsional media sosial (sumber: Kietzmann dkk., 2011)"))


def keterangan_fakta(fakta) -> str:
    """Caption text naming each source of some facts: publisher, date, and where and when the book read it.

    Publishers and hosts are marked «...» so the page sets them as citations."""
    bagian = []
    for id_ in dict.fromkeys(f.sumber for f in fakta):
        s = sumber()[id_]
        if s.status == "buku":
            bagian.append("saran penyusun buku ini")
            continue
        tempat = ", ".join(dict.fromkeys(urlparse(u).netloc.removeprefix("www.")
                                         for u in (s.seen_at or s.url).split() if u))
        dibaca = f"dibaca di «{tempat}»" if s.status != "primer" and tempat else "sumber primer"
        if s.status == "belum-terverifikasi":
            dibaca = "belum terverifikasi, " + dibaca
        waktu = f" pada {s.dilihat}" if s.dilihat else ""
        bagian.append(f"«{s.penerbit}» ({', '.join(x for x in (s.tanggal, dibaca + waktu) if x)})")
    return "Sumber: " + "; ".join(bagian) + "."


def tabel_fakta(fakta, judul: str) -> HTML:
    """Dated facts (a rule, an age limit, a reporting channel) as a table whose caption names every source."""
    df = pd.DataFrame({
        "Hal": [f.hal for f in fakta],
        "Keterangan": [f.keterangan for f in fakta],
        "Tanggal atau dasar": [f.berlaku or "–" for f in fakta],
    })
    return HTML(tabel_html(df, f"{judul}. {keterangan_fakta(fakta)}"))


# --- Concept cards for the printed worksheet and the projector view ------------------------------------
# The five aspects and the seven blocks as plain HTML tables, built from the data so the LKPD and the slides
# can never drift from it (and no definition is typed a second time). Pages use them as MyST substitutions.

def kartu_aspek(kelas: str) -> str:
    """The five aspects: the source's wording for each side, one row per aspect."""
    baris = "".join(f'<tr><th scope="row">{esc(a.aspek)}</th><td>{esc(a.media_sosial)}</td>'
                    f"<td>{esc(a.jejaring_sosial)}</td></tr>" for a in perbedaan())
    return (f'<table class="{esc(kelas)}"><colgroup><col style="width:18%"><col style="width:41%">'
            '<col style="width:41%"></colgroup><thead><tr><th scope="col">Aspek</th>'
            '<th scope="col">Media sosial (MS)</th><th scope="col">Jejaring sosial (JS)</th></tr></thead>'
            f"<tbody>{baris}</tbody></table>")


def kartu_blok(kelas: str) -> str:
    """Kietzmann et al.'s seven building blocks with what each means."""
    baris = "".join(f'<tr><th scope="row">{esc(b.nama)}</th><td>{esc(b.arti)}</td></tr>' for b in blok())
    return (f'<table class="{esc(kelas)}"><colgroup><col style="width:18%"><col style="width:82%"></colgroup>'
            '<thead><tr><th scope="col">Blok</th><th scope="col">Artinya</th></tr></thead>'
            f"<tbody>{baris}</tbody></table>")


def substitusi_kartu() -> dict[str, str]:
    """MyST substitutions: {{ kartu_aspek_lkpd }}, {{ kartu_blok_lkpd }} (worksheet), *_layar (projector)."""
    kelas = {"lkpd": "kursus-lembar kursus-konsep", "layar": "kursus-layar-tabel"}
    return {f"kartu_{jenis}_{tempat}": buat(k) for tempat, k in kelas.items()
            for jenis, buat in (("aspek", kartu_aspek), ("blok", kartu_blok))}
