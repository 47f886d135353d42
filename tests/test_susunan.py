"""The code stays easy to find one's way in (issue 12.1): no module in src/ grows past 300 lines, every module
says what lives in it, and the course package's layers point one way only: data -> logika -> grafik -> widgets.
"""

import ast

import pytest

from conftest import ROOT

SRC = ROOT / "src"
BARIS_MAKS = 300
MODUL = sorted(p for p in SRC.rglob("*.py") if "__pycache__" not in p.parts)

# The course package's layers, lowest first (data -> logika -> grafik -> widgets -> notebooks): what each may
# not import, so that no arrow points back. (kursus.data may load the quiz files of kursus.kuis: they are data.)
LAPISAN = {
    "data": ["kursus.berkas_data", "kursus.skema", "kursus.data", "kursus.data_sumber", "kursus.data_statistik",
             "kursus.data_platform"],
    "logika": ["kursus.logika"],
    "grafik": ["kursus.grafik"],
}
DI_ATAS_LOGIKA = ["kursus.grafik", "kursus.widgets", "kursus.survei", "kursus.tabel", "kursus.tampilan"]
DILARANG = {
    "data": DI_ATAS_LOGIKA + ["kursus.logika"],
    "logika": DI_ATAS_LOGIKA + ["kursus.kuis"],
    "grafik": ["kursus.widgets", "kursus.survei", "kursus.tabel", "kursus.kuis"],
}


def di_bawah(modul, awalan):
    return any(modul == a or modul.startswith(a + ".") for a in awalan)


def nama_modul(path, src=SRC):
    bagian = list(path.relative_to(src).with_suffix("").parts)
    return ".".join(bagian[:-1] if bagian[-1] == "__init__" else bagian)


def impor(path, src=SRC):
    """Every kursus module a file imports, at the top or inside a function, resolved to its full name."""
    modul = nama_modul(path, src)
    paket = modul.split(".") if path.name == "__init__.py" else modul.split(".")[:-1]
    hasil = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            hasil |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            dasar = paket[:len(paket) - node.level + 1] if node.level else []
            asal = ".".join(dasar + ([node.module] if node.module else []))
            hasil.add(asal)
            hasil |= {f"{asal}.{a.name}" for a in node.names}  # `from . import grafik` names a module
    return {m for m in hasil if m == "kursus" or m.startswith("kursus.")}


@pytest.mark.parametrize("path", MODUL, ids=lambda p: str(p.relative_to(SRC)))
def test_no_module_is_longer_than_300_lines(path):
    baris = len(path.read_text(encoding="utf-8").splitlines())
    assert baris <= BARIS_MAKS, (f"{path.relative_to(ROOT)} has {baris} lines (at most {BARIS_MAKS}): split it by "
                                 "job into modules a newcomer can find (see CONTRIBUTING.md, 'Dua paket, dua tugas')")


@pytest.mark.parametrize("path", MODUL, ids=lambda p: str(p.relative_to(SRC)))
def test_every_module_says_what_lives_in_it(path):
    assert ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"))), f"{path.relative_to(ROOT)}: no docstring"


def test_the_layers_of_the_course_package_point_one_way():
    salah = [f"{nama_modul(path)} ({lapisan}) imports {m}"
             for path in MODUL for lapisan, awalan in LAPISAN.items() if di_bawah(nama_modul(path), awalan)
             for m in sorted(impor(path)) if di_bawah(m, DILARANG[lapisan])]
    assert not salah, salah


def test_the_layer_check_sees_an_arrow_pointing_back(tmp_path):
    """The check above can fail: an import from a higher layer, relative or absolute, is found."""
    paket = tmp_path / "kursus" / "logika"
    paket.mkdir(parents=True)
    (paket / "contoh.py").write_text('"""x"""\nfrom ..grafik import dasar\nimport kursus.widgets\n', encoding="utf-8")
    dilihat = impor(paket / "contoh.py", tmp_path)
    assert {"kursus.grafik", "kursus.grafik.dasar", "kursus.widgets"} <= dilihat
    assert di_bawah("kursus.grafik.dasar", DILARANG["logika"]) and not di_bawah("kursus.data", DILARANG["logika"])
