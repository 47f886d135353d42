"""The code stays easy to find one's way in (issue 12.1): no module in src/ grows past 300 lines, every module
says what lives in it, and the course package's layers point one way only: data -> logika -> grafik -> widgets.
No two modules import each other, not even through an import inside a function (issue 20.4): such an import only
hides a circle until the day it runs.
"""

import ast

import pytest

from conftest import ROOT

SRC = ROOT / "src"
BARIS_MAKS = 300
MODUL = sorted(p for p in SRC.rglob("*.py") if "__pycache__" not in p.parts)

# The course package's layers, lowest first (data -> logika -> grafik -> widgets -> notebooks): what each may
# not import, so that no arrow points back. (The quiz files are read by kursus.logika.kuis, above the data.)
LAPISAN = {
    "data": ["kursus.berkas_data", "kursus.skema", "kursus.data", "kursus.data_sumber", "kursus.data_statistik",
             "kursus.data_platform"],
    "logika": ["kursus.logika"],
    "grafik": ["kursus.grafik"],
}
DI_ATAS_LOGIKA = ["kursus.grafik", "kursus.widgets", "kursus.survei", "kursus.tabel", "kursus.tampilan"]
DILARANG = {
    "data": DI_ATAS_LOGIKA + ["kursus.logika", "kursus.kuis"],
    "logika": DI_ATAS_LOGIKA + ["kursus.kuis"],
    "grafik": ["kursus.widgets", "kursus.survei", "kursus.tabel", "kursus.kuis"],
}


def di_bawah(modul, awalan):
    return any(modul == a or modul.startswith(a + ".") for a in awalan)


def nama_modul(path, src=SRC):
    bagian = list(path.relative_to(src).with_suffix("").parts)
    return ".".join(bagian[:-1] if bagian[-1] == "__init__" else bagian)


def impor(path, src=SRC, modul_ada=None):
    """Every kursus module a file imports, at the top or inside a function, resolved to its full name.

    With ``modul_ada`` (the names of the modules that exist) only real modules are given, and ``from pkg import
    sub`` counts as importing ``pkg.sub`` alone: Python runs that without needing ``pkg`` finished first."""
    modul = nama_modul(path, src)
    paket = modul.split(".") if path.name == "__init__.py" else modul.split(".")[:-1]
    hasil = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            hasil |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            dasar = paket[:len(paket) - node.level + 1] if node.level else []
            asal = ".".join(dasar + ([node.module] if node.module else []))
            sub = {f"{asal}.{a.name}" for a in node.names}  # `from . import grafik` names a module
            if modul_ada is not None and sub <= modul_ada:
                hasil |= sub
            else:
                hasil |= {asal} | sub
    hasil = {m for m in hasil if m == "kursus" or m.startswith("kursus.")}
    return hasil if modul_ada is None else (hasil & modul_ada) - {modul}


def lingkaran(graf: dict[str, set[str]]) -> list[list[str]]:
    """Every group of modules that import each other in a circle (strongly connected components, Tarjan)."""
    indeks, rendah, tumpukan, di_tumpukan, hasil = {}, {}, [], set(), []

    def kunjungi(v):
        indeks[v] = rendah[v] = len(indeks)
        tumpukan.append(v)
        di_tumpukan.add(v)
        for w in sorted(graf.get(v, ())):
            if w not in indeks:
                kunjungi(w)
                rendah[v] = min(rendah[v], rendah[w])
            elif w in di_tumpukan:
                rendah[v] = min(rendah[v], indeks[w])
        if rendah[v] == indeks[v]:
            kelompok = []
            while True:
                w = tumpukan.pop()
                di_tumpukan.discard(w)
                kelompok.append(w)
                if w == v:
                    break
            if len(kelompok) > 1:
                hasil.append(sorted(kelompok))

    for v in sorted(graf):
        if v not in indeks:
            kunjungi(v)
    return hasil


def graf_impor(src=SRC) -> dict[str, set[str]]:
    """Which kursus module imports which (top-level imports and those inside functions alike)."""
    berkas = sorted(p for p in (src / "kursus").rglob("*.py") if "__pycache__" not in p.parts)
    ada = {nama_modul(p, src) for p in berkas}
    return {nama_modul(p, src): impor(p, src, ada) for p in berkas}


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


def test_no_modules_import_each_other_in_a_circle():
    """An import moved into a function still counts: it only postpones the circle until that function runs."""
    assert not lingkaran(graf_impor()), lingkaran(graf_impor())


def test_the_circle_check_sees_a_circle_hidden_in_a_function(tmp_path):
    """The check above can fail: data -> kuis through an import inside a function, while kuis imports data at the
    top, is a circle; so is a package whose module imports the package's own __init__ back."""
    paket = tmp_path / "kursus"
    paket.mkdir()
    (paket / "__init__.py").write_text('"""x"""\nfrom .kuis import kuis\n', encoding="utf-8")
    (paket / "data.py").write_text('"""x"""\n\n\ndef lupakan():\n    from .kuis import kuis_bab\n', encoding="utf-8")
    (paket / "kuis.py").write_text('"""x"""\nfrom .data import lupakan\n\n\ndef f():\n    from . import angka\n',
                                   encoding="utf-8")
    (paket / "logika.py").write_text('"""x"""\nfrom .data import lupakan\n', encoding="utf-8")
    dilihat = lingkaran(graf_impor(tmp_path))
    assert dilihat == [["kursus", "kursus.data", "kursus.kuis"]], dilihat
    (paket / "data.py").write_text('"""x"""\n', encoding="utf-8")
    (paket / "kuis.py").write_text('"""x"""\nfrom .data import lupakan\n', encoding="utf-8")
    assert lingkaran(graf_impor(tmp_path)) == []


def test_survey_results_still_show_as_their_report_in_a_notebook():
    """Untying survei.impor from survei.tampil kept `hasil` alone in a cell showing the report: the view layer
    registers it with IPython (the results module imports nothing from the views)."""
    from IPython.core.interactiveshell import InteractiveShell

    from kursus import survei
    from kursus.survei import tampil

    shell = InteractiveShell.instance()
    try:
        tampil.tampilkan_hasil_sebagai_laporan()
        hasil = survei.muat_folder(survei.FOLDER_CONTOH)
        bundel, _ = shell.display_formatter.format(hasil)
        assert bundel["text/html"] == survei.laporan_html(hasil) and "berkas dimuat" in bundel["text/html"]
    finally:
        InteractiveShell.clear_instance()
