"""The survey's specification file (data/survei_spesifikasi.yaml), read once: the bottom of the survey's layers,
so the rules (aturan) and the Unicode subset (unikode) both read it without importing each other."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from .. import data

SPESIFIKASI = Path(data.__file__).parent / "data" / "survei_spesifikasi.yaml"


@lru_cache(maxsize=None)
def spesifikasi() -> dict[str, Any]:
    """The shared specification (columns, limits, messages), as read from the YAML file."""
    spek = data.baca_yaml("survei_spesifikasi.yaml")
    if not isinstance(spek, dict) or not isinstance(spek.get("pesan"), dict):
        raise data.DataError("survei_spesifikasi.yaml", "harus berisi peta dengan bagian 'pesan'")
    return spek
