"""The viral-spread model: how far a post travels in a broad audience and in a close network.

``sebaran_viral`` computes the expected reach after each round of sharing; ``periksa_viral`` and ``bilangan``
check the simulator's settings and refuse bad values with an Indonesian message naming the setting.
``CONTOH_VIRAL`` is the book's worked example: the chart, the text, the exercises and the quizzes all take their
numbers from it (``angka_viral``), so they cannot contradict each other.
"""

from __future__ import annotations

import math
import numbers

from ..data import statistik
from .statistik import angka_id


def bilangan(nilai, nama: str, bawah: float, atas: float, bulat: bool = False, satuan: str = "") -> float:
    """A number a learner set, checked; otherwise ValueError whose Indonesian message names the parameter.

    Empty, text that is not a number, true/false, NaN, infinity, a fraction where a whole number is needed,
    and values outside [bawah, atas] are refused. Text such as "0,5" (decimal comma) is read.
    """
    if nilai is None or (isinstance(nilai, str) and not nilai.strip()):
        raise ValueError(f"{nama} belum diisi.")
    if isinstance(nilai, bool) or not isinstance(nilai, (numbers.Real, str)):
        raise ValueError(f"{nama} harus berupa angka.")
    try:
        angka_ = float(nilai.strip().replace(",", ".")) if isinstance(nilai, str) else float(nilai)
    except (ValueError, OverflowError):
        raise ValueError(f"{nama} harus berupa angka, bukan {str(nilai)[:30]!r}.") from None
    if not math.isfinite(angka_):
        raise ValueError(f"{nama} harus berupa angka biasa, bukan tak hingga atau NaN.")
    if bulat and not angka_.is_integer():
        raise ValueError(f"{nama} harus bilangan bulat.")
    if not bawah <= angka_ <= atas:
        raise ValueError(f"{nama} harus antara {angka_id(bawah)} dan {angka_id(atas)}{satuan}.")
    return int(angka_) if bulat else angka_


JANGKAUAN_MAKS = 1_000_000          # people one share reaches; keeps 50 rounds of growth finite
POPULASI_MAKS = 10_000_000_000      # more than everyone on Earth


def sebaran_viral(peluang_bagi: float, jangkauan: int, putaran: int, populasi: int | None = None,
                  nama_populasi: str = "Ukuran jaringan") -> list[float]:
    """Expected number of people reached after each round (round 0 = the first post).

    Each newly reached person shares with probability `peluang_bagi`; each share reaches `jangkauan`
    people. With `populasi` (a closed network) only people not yet reached can be reached, so spread
    levels off; without it (a broad audience) it can keep growing. Bad values raise ValueError naming
    the parameter (``nama_populasi`` names the population in the message).
    """
    peluang_bagi = bilangan(peluang_bagi, "Peluang membagikan", 0, 1, satuan=" (0% sampai 100%)")
    jangkauan = bilangan(jangkauan, "Jangkauan setiap unggahan", 1, JANGKAUAN_MAKS, bulat=True, satuan=" orang")
    putaran = bilangan(putaran, "Jumlah putaran", 1, 50, bulat=True)
    if populasi is not None:
        populasi = bilangan(populasi, nama_populasi, 1, POPULASI_MAKS, bulat=True, satuan=" orang")
    tercapai = float(min(jangkauan, populasi) if populasi else jangkauan)
    baru = tercapai
    hasil = [tercapai]
    for _ in range(putaran):
        kontak = baru * peluang_bagi * jangkauan
        if populasi:
            baru = (populasi - tercapai) * (1 - math.exp(-kontak / populasi))
        else:
            baru = kontak
        tercapai += baru
        hasil.append(tercapai)
    return hasil


def periksa_viral(peluang, jangkauan, putaran, jaringan, populasi_luas) -> tuple[float, int, int, int, int]:
    """The simulator's five settings, checked and cleaned, each refused with its own name."""
    return (bilangan(peluang, "Peluang membagikan", 0, 1, satuan=" (0% sampai 100%)"),
            bilangan(jangkauan, "Jangkauan setiap unggahan", 1, JANGKAUAN_MAKS, bulat=True, satuan=" orang"),
            bilangan(putaran, "Jumlah putaran", 1, 50, bulat=True),
            bilangan(jaringan, "Ukuran jaringan dekat", 1, POPULASI_MAKS, bulat=True, satuan=" orang"),
            bilangan(populasi_luas, "Ukuran khalayak luas", 1, POPULASI_MAKS, bulat=True, satuan=" orang"))


# The book's worked example of the model: the chart's settings, and the numbers the text quotes about it.
# Text, exercise solutions and quiz explanations take their numbers from here, so they cannot contradict the chart.
CONTOH_VIRAL = {"jangkauan": 100, "putaran": 8, "jaringan": 150, "peluang": (0.01, 0.02, 0.05, 0.1, 0.2)}


def angka_kira(n: float) -> str:
    """A model result for the text: 900 -> '900', 138993381 -> '139 juta', 9351038 -> '9,4 juta'."""
    if n >= 1_000_000:
        return f"{angka_id(round(n / 1_000_000, 1 if n < 100_000_000 else 0))} juta"
    return angka_id(round(n))


def angka_viral(populasi: int, jenis: str, peluang: float | None = None) -> str:
    """One number of the worked example, as text: jenis is luas or dekat (people reached after the last round,
    needs peluang), kali (new viewers each viewer brings: peluang × jangkauan), or a setting (jangkauan,
    putaran, jaringan)."""
    c = CONTOH_VIRAL
    if jenis in ("jangkauan", "putaran", "jaringan"):
        return angka_id(c[jenis])
    if peluang is None:
        raise ValueError(f"angka model '{jenis}' memerlukan peluang dibagikan")
    if jenis == "kali":
        return angka_id(peluang * c["jangkauan"])
    if jenis == "luas":
        return angka_kira(sebaran_viral(peluang, c["jangkauan"], c["putaran"], populasi)[-1])
    if jenis == "dekat":
        return angka_kira(sebaran_viral(peluang, min(c["jangkauan"], c["jaringan"]), c["putaran"], c["jaringan"])[-1])
    raise ValueError(f"angka model '{jenis}' tidak dikenal (luas, dekat, kali, jangkauan, putaran, jaringan)")


def populasi_media_sosial_indonesia() -> int:
    """Social-media user identities in Indonesia, January 2024 (DataReportal), as a head count: the broad
    audience of the book's worked example."""
    df = statistik()
    row = df[(df["dataset"] == "ID_DataReportal") & (df["metric"] == "social_media_user_identities")
             & (df["ref_date"] == "2024-01")]
    return int(row["value"].iloc[0] * 1_000_000)
