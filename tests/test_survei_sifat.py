"""Properties of the class survey, tried on many generated inputs (Hypothesis):

A  no exported cell starts a formula, whatever the text, after splitting on a comma, a semicolon or a tab;
C  export -> (re-saved by a spreadsheet in any usual way) -> import gives back the same answers, and a
   broken quote costs only its own line;
D  merging keeps every student, counts the first answer and reports each later one; the same student typed
   differently is one student;
E  the class table never shows nan, inf or a false zero.
"""

import re
import unicodedata

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from kursus import data, survei

BLOK = survei.kolom_blok()
PLATFORM = data.platform()
CUKUP = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Pieces a hostile or unlucky text is made of: formula starters (also full-width and small forms, other
# dashes), separators of every locale, quotes, line breaks, control and zero-width characters, spaces.
POTONGAN = ["=", "+", "-", "@", "＝", "＋", "－", "＠", "﹦", "﹢", "﹣", "﹫", "−", "–", "—", ",", ";", "\t", "\r",
            "\n", "\r\n", '"', "'", "\x00", "\x07", "\x1b", "\u200b", "\u200e", "\ufeff", "\u2028", " ", "\u00a0",
            "\u3000", "cmd|' /C calc'!A0", "HYPERLINK(\"http://x\",\"klik\")", "SUM(1+1)", "Siti", "8A", "李雷",
            "e\u0301", "%", "|", "0", "9"]
teks_jahat = st.one_of(st.text(max_size=40), st.lists(st.sampled_from(POTONGAN), max_size=12).map("".join))

# Text as a student types it in a name or class field: letters, digits, single inner spaces, punctuation
# that is not a separator.
HURUF = st.characters(categories=["L", "N"], exclude_characters="\u0130")
kata = st.text(HURUF, min_size=1, max_size=8)
teks_biasa = st.lists(kata, min_size=1, max_size=3).map(" ".join).map(lambda t: unicodedata.normalize("NFC", t))

skor_blok = st.fixed_dictionaries({b: st.one_of(st.none(), st.integers(1, 5)) for b in BLOK})
penilaian = st.dictionaries(st.sampled_from(PLATFORM), skor_blok, max_size=len(PLATFORM))


def awal_rumus(sel: str) -> bool:
    """What a spreadsheet would see: leading spaces, controls and an opening quote ignored, forms folded."""
    t = "".join(c for c in sel if unicodedata.category(c) not in ("Cc", "Cf"))
    t = unicodedata.normalize("NFKC", t).lstrip(" \u00a0\u3000\"")
    return t.startswith(tuple(survei.spesifikasi()["awalan_rumus"]))


# --- A: formula safety -------------------------------------------------------------------------------

@CUKUP
@given(kelas=teks_jahat, nama=st.one_of(st.none(), teks_jahat), absen=teks_jahat, skor=penilaian)
def test_no_cell_starts_a_formula_whatever_the_separator(kelas, nama, absen, skor):
    teks = survei.ke_csv(absen, kelas, skor, nama=nama)
    baris = teks.split("\r\n")
    assert baris[-1] == "" and all("\r" not in b and "\n" not in b for b in baris), "one record per line"
    for pemisah in (",", ";", "\t"):
        for b in baris:
            for sel in b.split(pemisah):
                assert not awal_rumus(sel), (pemisah, b)
    # every row has exactly as many cells as the header, whichever separator a spreadsheet splits on
    lebar = {len(b.split(",")) for b in baris[:-1]}
    assert len(lebar) == 1 and all(len(b.split(";")) == 1 and len(b.split("\t")) == 1 for b in baris[:-1])


@CUKUP
@given(teks=teks_jahat)
def test_a_safe_cell_reads_back_as_the_cleaned_text(teks):
    aman = survei.aman_sel(teks)
    assert not awal_rumus(aman)
    assert not set(aman) & set(survei.spesifikasi()["ganti_dengan_spasi"])
    assert survei.aman_sel(survei.buka_sel(aman)) == aman  # idempotent through a round trip


# --- C: export -> spreadsheet -> import round trips ----------------------------------------------

def simpan_ulang(teks: str, cara: str) -> bytes:
    """The exported file as a spreadsheet or editor would save it again."""
    if cara == "asli":
        return ("\ufeff" + teks).encode("utf-8")
    if cara == "excel-indonesia":  # semicolons, Windows-1252 (when the text fits), no BOM
        t = teks.replace(",", ";")
        try:
            return t.encode("cp1252")
        except UnicodeEncodeError:
            return t.encode("utf-8")
    if cara == "teks-unicode":  # Excel "Unicode text": tab separated UTF-16LE with BOM
        return ("\ufeff" + teks.replace(",", "\t")).encode("utf-16-le")
    if cara == "utf16-be":
        return ("\ufeff" + teks).encode("utf-16-be")
    if cara == "libreoffice-lf":  # LF, every cell quoted, the number columns formatted with a decimal comma
        baris = [b.split(",") for b in teks.split("\r\n")[:-1]]
        angka = [i for i, k in enumerate(baris[0]) if k == "absen" or k in BLOK]  # a class "7" stays text
        baris = [baris[0]] + [[s + ",0" if i in angka and s.isdigit() else s for i, s in enumerate(b)]
                              for b in baris[1:]]
        return ("\n".join(",".join(f'"{s}"' for s in b) for b in baris) + "\n").encode("utf-8")
    if cara == "google-judul":  # a title line and a blank line above the header, CR line endings
        return ("Survei kelas\r\r" + teks.replace("\r\n", "\r")).encode("utf-8")
    if cara == "sep":
        return ("sep=;\n" + teks.replace(",", ";").replace("\r\n", "\n")).encode("utf-8")
    raise ValueError(cara)


CARA = ["asli", "excel-indonesia", "teks-unicode", "utf16-be", "libreoffice-lf", "google-judul", "sep"]


def diharapkan(skor):
    return [(p, tuple(s[b] for b in BLOK)) for p, s in skor.items() if any(s.values())]


@CUKUP
@given(kelas=teks_biasa, absen=st.integers(1, 99), nama=st.one_of(st.none(), teks_biasa), skor=penilaian,
       cara=st.sampled_from(CARA))
@example(kelas="7", absen=12, nama="0", skor={PLATFORM[0]: {b: 5 for b in BLOK}}, cara="libreoffice-lf")
def test_export_then_any_usual_resave_then_import_gives_the_same_answers(kelas, absen, nama, skor, cara):
    teks = survei.ke_csv(absen, kelas, skor, nama=nama)
    rows, masalah = survei.baca_teks("x.csv", simpan_ulang(teks, cara))
    if not diharapkan(skor):
        assert rows == [] and [m.pesan for m in masalah] == [survei.pesan("hanya_judul")]
        return
    assert not masalah, [str(m) for m in masalah]
    assert [(r["platform"], tuple(r[b] for b in BLOK)) for r in rows] == diharapkan(skor)
    assert {(r["kelas"], r["absen"], r["nama"]) for r in rows} == {(kelas, absen, nama or "")}


@CUKUP
@given(kelas=teks_jahat, nama=teks_jahat, skor=penilaian)
def test_hostile_text_survives_the_round_trip_as_cleaned_text(kelas, nama, skor):
    bersih_kelas, bersih_nama = survei.buka_sel(survei.aman_sel(kelas)), survei.buka_sel(survei.aman_sel(nama))
    assume(bersih_kelas and diharapkan(skor))
    rows, masalah = survei.baca_teks("x.csv", survei.ke_csv(3, kelas, skor, nama=nama).encode("utf-8"))
    assert not masalah, [str(m) for m in masalah]
    assert {(r["kelas"], r["nama"]) for r in rows} == {(bersih_kelas, bersih_nama)}


@CUKUP
@given(skor=penilaian.filter(lambda s: len(diharapkan(s)) >= 2), data_=st.data())
def test_an_unclosed_quote_costs_only_its_own_line(skor, data_):
    baris = survei.ke_csv(4, "8A", skor).split("\r\n")
    rusak = data_.draw(st.integers(1, len(baris) - 2))
    kolom = data_.draw(st.integers(0, len(BLOK) + 2))
    sel = baris[rusak].split(",")
    sel[kolom] = '"' + sel[kolom]
    baris[rusak] = ",".join(sel)
    rows, masalah = survei.baca_teks("x.csv", "\r\n".join(baris).encode())
    assert [(m.baris, m.pesan) for m in masalah] == [(rusak + 1, survei.pesan("kutip_terbuka"))]
    harap = diharapkan(skor)
    del harap[rusak - 1]
    assert [(r["platform"], tuple(r[b] for b in BLOK)) for r in rows] == harap


# --- D: merging ----------------------------------------------------------------------------------

def ragam(nama: str, cara: int) -> str:
    """The same name typed another way: spaces around and inside, decomposed accents, upper case."""
    if cara == 0:
        return "  " + nama.replace(" ", "   ") + " "
    if cara == 1:
        return unicodedata.normalize("NFD", nama)
    # letter case is folded on the documented Unicode subset only (aturan.normal), the same in the browser
    if cara == 2 and nama.upper().lower() == nama.lower() and survei.aturan.dalam_subset(nama + nama.upper()):
        return nama.upper()
    # compatibility forms too: a character outside the subset (ᴬ, Unicode 4.0) is kept as typed on both sides
    if cara == 3 and survei.aturan.dalam_subset(nama):
        return unicodedata.normalize("NFKC", nama).replace(" ", "\u00a0")
    return nama


@CUKUP
@given(nama=teks_biasa, cara=st.integers(0, 4))
@example(nama="ᴬ", cara=3)
@example(nama="Ａｎｉ", cara=3)
def test_the_same_name_typed_differently_is_one_student(nama, cara):
    lain = ragam(nama, cara)
    assert survei.kunci_teks(lain) == survei.kunci_teks(nama)
    assert survei.Siswa("8A", None, lain).kunci == survei.Siswa("8 a", None, nama).kunci
    assert survei.nama_berkas("8A", "", lain) == survei.nama_berkas("8A", "", nama)


@CUKUP
@given(st.lists(st.tuples(st.integers(1, 6), st.sampled_from(PLATFORM), st.integers(1, 5), st.integers(0, 3),
                          st.integers(0, 4)), min_size=1, max_size=25))
def test_merging_keeps_every_student_counts_the_first_answer_and_reports_every_later_one(jawaban):
    """Each answer: (nomor absen, platform, score, which file, how the class is typed)."""
    kelas_ragam = ["8A", "8a", " 8 A ", "８Ａ", "8-A"]
    per_berkas: dict[int, list[str]] = {}
    for absen, p, s, f, k in jawaban:
        per_berkas.setdefault(f, []).append(f"{kelas_ragam[k]},{absen},{p}," + ",".join([str(s)] * len(BLOK)))
    berkas = [(f"b{f}.csv", (f"Survei b{f}\r\nkelas,absen,platform," + ",".join(BLOK) + "\r\n" + "\r\n".join(r)
                             + "\r\n").encode())
              for f, r in sorted(per_berkas.items())]
    h = survei.muat_berkas(berkas)
    urut = [j for f in sorted(per_berkas) for j in jawaban if j[3] == f]  # the order files are read in
    pertama: dict[tuple[int, str], int] = {}
    for absen, p, s, f, k in urut:
        pertama.setdefault((absen, p), s)
    assert h.jumlah_siswa == len({a for a, *_ in jawaban})
    dihitung = h.jawaban[h.jawaban["blok"] == BLOK[0]]
    assert {(int(a), p): s for a, p, s in zip(dihitung["absen"], dihitung["platform"], dihitung["skor"])} == pertama
    assert len(h.masalah) == len(jawaban) - len(pertama)
    assert all(re.search(r"no\. absen \d+ sudah menilai .+; yang dihitung", m.pesan) for m in h.masalah)


# --- E: no nan, no false zero --------------------------------------------------------------------

@CUKUP
@given(st.lists(st.tuples(st.integers(1, 30), st.sampled_from(PLATFORM), skor_blok), max_size=12))
def test_the_class_table_never_shows_nan_or_a_false_zero(jawaban):
    rows = [{"siswa": survei.Siswa("8A", a), "platform": p, "berkas": "x.csv", **s} for a, p, s in jawaban]
    r = survei.ringkasan(survei.jadi_panjang(rows))
    t = survei.tabel_kelas(r)
    teks = " ".join(t.astype(str).values.ravel())
    assert not re.search(r"nan|inf|None", teks, flags=re.IGNORECASE)
    for (_, baris), n in zip(t.iterrows(), r["jumlah"]):
        if n == 0:
            assert baris["Rata-rata kelas"] == "belum ada yang menilai" and baris["Selisih (kelas − buku)"] == "–"
        else:
            assert re.fullmatch(r"[1-5],\d\d", baris["Rata-rata kelas"])
        if n == 1:
            assert baris["Simpangan baku"] == "perlu 2 penilai"
    g = survei.grafik_hasil_kelas(r, 1)
    assert not re.search(r"\bNaN\b|>nan<|Infinity", g.html())
    for jejak in g.fig.data[::3]:
        assert all(x is None or 1 <= x <= 5 for x in jejak.x)  # no bar drawn at a false zero


@pytest.mark.parametrize("x, teks", [(0, "0,00"), (3.125, "3,13"), (2 / 3, "0,67"), (-0.005, "0,00"),
                                     (-0.4444, "−0,44"), (4.995, "5,00"), (1e-9, "0,00")])
def test_numbers_are_written_with_a_decimal_comma_rounded_half_up(x, teks):
    assert survei.angka(x) == teks


# --- Embedding the specification in the page ----------------------------------------------------

@CUKUP
@given(teks=st.one_of(st.text(), st.lists(st.sampled_from(["</script>", "<!--", "-->", "]]>", "<", ">", "&",
                                                            "\u2028", "\u2029", "</", "\\", '"']), max_size=8)
                      .map("".join)))
def test_text_embedded_as_json_cannot_end_the_script_or_open_a_comment(teks):
    import json
    keluaran = survei.json_dalam_html({"pesan": {"x": teks}, teks: [teks]})
    assert not re.search(r"[<>&\u2028\u2029]", keluaran)
    assert json.loads(keluaran) == {"pesan": {"x": teks}, teks: [teks]}
