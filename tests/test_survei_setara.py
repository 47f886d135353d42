"""Browser and Python agree (issue 21): the same generated files, Unicode of every kind included, go to the
in-browser importer (kursus-survei-kelas.js) and to the Python import; counts, students, averages and every
message must be identical. The survey form (kursus-survei.js) is held to the import's rules the same way: it
never offers a file the import would refuse, and its file is the widget's.

Also here: what the browser's importer does with a second choice made while the first is still loading, with
text dropped by accident, and with two files of the same name.
"""

import base64
import shutil
import unicodedata

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from conftest import ROOT
from kursus import data, survei
from test_survei_browser import baca_laporan, buka_pengimpor, harapan

pytestmark = pytest.mark.browser
ASET = ROOT / "src" / "kursus_buku" / "assets"
BLOK = survei.kolom_blok()
PLATFORM = data.platform()
SETARA = settings(max_examples=120, deadline=None,
                  suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                         HealthCheck.data_too_large])


@pytest.fixture
def pengimpor(offline, tmp_path):
    """The importer on a page opened from file://; ``muat(files)`` loads (name, bytes) pairs and reads back."""
    o = buka_pengimpor(offline, tmp_path)
    kali = {"n": 0}

    def muat(files):
        kali["n"] += 1
        o.page.locator("input.kursus-impor-berkas").set_input_files(
            [{"name": n, "mimeType": "text/csv", "buffer": isi} for n, isi in files])
        o.page.wait_for_function(f"document.querySelector('.kursus-survei-impor').dataset.selesai === '{kali['n']}'",
                                 timeout=20000)
        return baca(o)
    o.muat = muat
    return o


def baca(o):
    return baca_laporan(o.page)


def python(files):
    """What the Python import says about the same files, in the order the browser reads them (by name)."""
    return harapan(survei.muat_berkas(sorted(files, key=lambda f: f[0])))


# --- Generated files ---------------------------------------------------------------------------------
# Any character at all (unassigned, new in recent Unicode, other scripts, digits of other scripts, marks,
# controls), and the pieces real files are made of.
SEMBARANG = st.characters(codec="utf-8", exclude_categories=["Cs"])
ANEH = ["\u200b", "\ufeff", "\u2028", "\u00a0", "\u3000", "\u2066", "\u061c", "\x07", "ß", "İ", "ſ", "Σ", "ς",
        "ǅ", "Ⅻ", "ﬁ", "\u0345", "e\u0301", "😀", "８", "٣", "𝟓", "\U0001e950", "\U00011f50", "\ua7cb", "\u1c89",
        "\U0001d7d8", "\u2cef", '"', '""', "'", "=", "＝", ";", ",", "\t", "\n", "\r\n", " " * 30, "0" * 12]
potongan = st.one_of(st.sampled_from(ANEH), st.text(SEMBARANG, max_size=4))
sel_aneh = st.lists(potongan, min_size=1, max_size=5).map("".join)

NILAI = {
    "kelas": ["8A", "8 a", "８Ａ", "9B", "VIII-A", "7\u00a0C", "ⅧA", "Σ7"],
    "absen": ["1", "07", "3,0", "２", "12", "٣", "0", "100", "4" * 10],
    "nama": ["Siti", "siti ", "SITI", "Çağla", "李雷", "Ana\u0301", "ΟΔΥΣΣΕΥΣ", "Οδυσσευς", "Straße", "STRASSE"],
    "platform": PLATFORM + ["facebook", "IG", "Twitter", "x (twitter)", "Snapchat", ""],
    "skor": ["1", "2", "3", "4", "5", "", "4,0", "-", "—", "6", "3.5", "０５", "٥", "𝟒"],
}
KEPALA = [["kelas", "absen"], ["Kelas", "No. Absen"], ["nama", "kelas"], ["KELAS", "absen", "nama"],
          ["Kelas :", "NOMOR"]]
JENIS = {"kelas": "kelas", "absen": "absen", "no. absen": "absen", "nama": "nama", "kelas :": "kelas",
         "nomor": "absen"}


@st.composite
def berkas_survei(draw, i):
    """One file as it may arrive: separators, encodings, line endings, quoted cells over several lines,
    stray bytes, odd and hostile cells anywhere."""
    sep = draw(st.sampled_from([",", ";", "\t"]))
    kepala = draw(st.sampled_from(KEPALA))
    kolom = kepala + ["platform"] + BLOK
    baris = [sep.join(kolom)]
    if draw(st.booleans()):
        baris.insert(0, draw(st.sampled_from(["Survei kelas", f"sep={sep}", "", "\ufeffJudul"])))
    for _ in range(draw(st.integers(0, 5))):
        sel = [draw(st.sampled_from(NILAI[JENIS[k.lower()]])) for k in kepala]
        sel += [draw(st.sampled_from(NILAI["platform"]))] + [draw(st.sampled_from(NILAI["skor"])) for _ in BLOK]
        for _ in range(draw(st.integers(0, 2))):  # odd or hostile cells
            sel[draw(st.integers(0, len(sel) - 1))] = draw(sel_aneh)
        if draw(st.integers(0, 9)) == 0:  # a quoted cell with a line break (Excel's Alt+Enter)
            j = draw(st.integers(0, len(sel) - 1))
            sel[j] = '"' + sel[j].replace('"', '""') + draw(st.sampled_from(["\n", "\r\n", "\n\n"])) + "x" + '"'
        teks = sep.join(sel)
        if draw(st.integers(0, 12)) == 0:
            teks = teks.replace(sep, sep + '"', 1)
        baris.append(teks)
    akhir = draw(st.sampled_from(["\r\n", "\n", "\r"]))
    teks = akhir.join(baris) + draw(st.sampled_from([akhir, ""]))
    kode = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-be-bom", "cp1252", "campur"]))
    if kode == "utf-16-be-bom":
        isi = ("\ufeff" + teks).encode("utf-16-be")
    elif kode == "campur":  # UTF-8 with BOM and one line typed on a Windows-1252 machine
        isi = ("\ufeff" + teks).encode("utf-8") + b"8A" + sep.encode() + b"3" + sep.encode() + b"Caf\xe9\r\n"
    else:
        try:
            isi = teks.encode(kode)
        except UnicodeEncodeError:
            isi = teks.encode("utf-8")
    if draw(st.integers(0, 15)) == 0:  # a stray byte somewhere
        k = draw(st.integers(0, len(isi)))
        isi = isi[:k] + bytes([draw(st.sampled_from([0x80, 0xE9, 0xC3, 0xFF, 0xED, 0xF4]))]) + isi[k:]
    awal = draw(st.sampled_from(["survei", "Survei", ".tersembunyi", "jawaban ñ", "李", "a"]))
    akhiran = draw(st.sampled_from([".csv"] * 6 + [".CSV", ".txt", ".xlsx", "", ".csv.bak"]))
    return f"{awal}-{i % 3}{akhiran}", isi


@st.composite
def banyak_berkas(draw):
    jumlah = draw(st.integers(1, 6))
    files = [draw(berkas_survei(i)) for i in range(jumlah)]
    if draw(st.integers(0, 5)) == 0 and files:  # the same content twice, under another name
        files.append(("salinan.csv", files[0][1]))
    if draw(st.integers(0, 8)) == 0:  # a file named like the label of a second file of the same name
        files.append((survei.pesan("nama_kembar", nama=files[0][0], ke=2), b"kelas,absen\r\n"))
    return files


@SETARA
@given(files=banyak_berkas())
@example(files=[("a.csv", ("\ufeffkelas,absen,platform," + ",".join(BLOK) + "\r\n8A,3,Facebook,4,4,4,4,4,4,4\r\n")
                 .encode() + b"8B,4,Caf\xe9,4,4,4,4,4,4,4\r\n")])
@example(files=[("a.csv", ("nama,kelas,platform," + ",".join(BLOK) + '\r\n"Siti\nAminah",8A,Facebook,4,4,4,4,4,4,4\r\n')
                 .encode())])
@example(files=[("x.csv", ("kelas,absen,platform," + ",".join(BLOK) + "\r\n8\U0001e922,3,X,4,,,,,,\r\n"
                           "8\U0001e900,3,X,5,,,,,,\r\n").encode())])  # Adlam: cased since Unicode 9
def test_the_same_files_give_the_same_report_and_table_in_the_browser_and_in_python(pengimpor, files):
    assert pengimpor.muat(files) == python(files)


@SETARA
@given(kelas=st.lists(st.one_of(st.sampled_from(["8", "A", "a", " "]), potongan), max_size=6).map("".join))
def test_class_texts_of_any_kind_are_keyed_alike_in_the_browser_and_in_python(pengimpor, kelas):
    """Two students whose classes differ only in how they were typed are one class on both sides."""
    kepala = "kelas,absen,platform," + ",".join(BLOK)
    lain = unicodedata.normalize("NFD", kelas).upper()
    files = [("a.csv", f"{kepala}\r\n{kelas},3,X,4,,,,,,\r\n{lain},3,X,5,,,,,,\r\n".encode())]
    assert pengimpor.muat(files) == python(files)


# --- The form -------------------------------------------------------------------------------------

@pytest.fixture
def formulir(offline, tmp_path):
    shutil.copy(ASET / "kursus-survei.js", tmp_path)
    (tmp_path / "form.html").write_text(
        '<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Survei</title></head><body>'
        + survei.survei_statis("90-survei-platform.ipynb")
        + '<script src="kursus-survei.js"></script></body></html>', encoding="utf-8")
    o = offline()
    o.page.goto((tmp_path / "form.html").as_uri())
    o.page.locator("details.kursus-survei-platform").first.locator("select").first.select_option("4")
    return o


def isi_formulir(o, kelas, absen):
    """Type class and nomor absen, press the button; the message, the file offered (bytes, or None), its
    name, and the two fields as the page holds them (a text field drops line breaks)."""
    pesan, isi, nama, kelas, absen = o.page.evaluate("""async ([kelas, absen]) => {
        const f = document.querySelector('form.kursus-survei-form');
        f.elements.kelas.value = kelas; f.elements.absen.value = absen;
        f.querySelector('button[type=submit]').click();
        const a = f.querySelector('a.kursus-survei-unduh');
        const isi = a && !a.hidden ? Array.from(new Uint8Array(await (await fetch(a.href)).arrayBuffer())) : null;
        return [f.querySelector('.kursus-survei-pesan').textContent, isi, a && !a.hidden ? a.download : null,
                f.elements.kelas.value, f.elements.absen.value];
    }""", [kelas, absen])
    return pesan, None if isi is None else bytes(isi), nama, kelas, absen


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(kelas=st.one_of(st.lists(st.one_of(st.sampled_from(["8", "A", ";", ",", '"', "'", "=", "\u200b", " ",
                                                           "\ufeff", "\u2066", "-", "."]), potongan),
                                max_size=5).map("".join),
                       st.sampled_from([";", "\u200b", "'", ",;", '"', "\u2066\u2069", "8A", "x" * 201])),
       absen=st.sampled_from(["3", " 7 ", "07", "0", "100", "x", "", "٣", "0000003", "99"]))
@example(kelas=";", absen="3")
@example(kelas="\u200b", absen="3")
def test_the_form_offers_a_file_exactly_when_the_import_reads_it_whole(formulir, kelas, absen):
    pesan, isi, nama, kelas, absen = isi_formulir(formulir, kelas, absen)
    salah = survei.periksa_orang(kelas, absen)
    if salah:
        assert (pesan, isi) == (salah, None)
        return
    assert pesan.startswith("Berkas siap") and isi is not None
    rows, masalah = survei.baca_teks(nama, isi)
    assert not masalah and len(rows) == 1, [str(m) for m in masalah]
    # the form writes the widget's file, byte for byte, under the widget's name
    a = int(absen.strip())
    harap = survei.ke_csv(a, kelas, {PLATFORM[0]: {BLOK[0]: 4}})
    assert isi == ("\ufeff" + harap).encode("utf-8") and nama == survei.nama_berkas(kelas, str(a))


# --- The importer's page: choices, drops, names ------------------------------------------------------

def berkas_baik(absen, platform="Facebook"):
    return (f"kelas,absen,platform,{','.join(BLOK)}\r\n8A,{absen},{platform},4,4,4,3,5,3,5\r\n").encode()


def test_a_second_choice_made_while_the_first_loads_shows_only_the_second(pengimpor):
    # The first choice's files are read slowly (as from a slow USB stick): the second is made meanwhile.
    pengimpor.page.evaluate("""() => {
        const asli = Blob.prototype.arrayBuffer;
        window.lambat = true;
        Blob.prototype.arrayBuffer = function () {
          const p = asli.call(this);
          return window.lambat ? p.then(b => new Promise(r => setTimeout(() => r(b), 1500))) : p;
        };
    }""")
    pertama = [(f"survei-{i:04d}.csv", berkas_baik(i % 99 + 1, PLATFORM[i % len(PLATFORM)])) for i in range(50)]
    kedua = [("kedua.csv", berkas_baik(5))]
    pengimpor.page.locator("input.kursus-impor-berkas").set_input_files(
        [{"name": n, "mimeType": "text/csv", "buffer": b} for n, b in pertama])
    assert pengimpor.page.locator(".kursus-impor-laporan").text_content() == "Membaca 50 berkas…"
    pengimpor.page.evaluate("window.lambat = false")
    hasil = pengimpor.muat(kedua)
    pengimpor.page.wait_for_timeout(2500)  # the first choice's reading has ended by now
    assert baca(pengimpor) == hasil == python(kedua)
    assert pengimpor.page.evaluate("document.querySelector('.kursus-survei-impor').dataset.selesai") == "1"


@pytest.mark.parametrize("jenis, isi", [("text/plain", "teks yang terseret"), ("text/uri-list", "https://contoh.id/")])
def test_text_or_a_link_dropped_by_accident_changes_nothing(pengimpor, jenis, isi):
    files = [("a.csv", berkas_baik(1)), ("b.csv", berkas_baik(2))]
    sebelum = pengimpor.muat(files)
    pengimpor.page.evaluate("""([jenis, isi]) => {
        const dt = new DataTransfer();
        dt.setData(jenis, isi);
        document.querySelector('.kursus-impor-jatuhkan')
          .dispatchEvent(new DragEvent('drop', {dataTransfer: dt, bubbles: true, cancelable: true}));
    }""", [jenis, isi])
    pengimpor.page.wait_for_timeout(300)
    assert baca(pengimpor) == sebelum and sebelum["ringkas"].startswith("2 berkas dimuat")


def test_two_files_of_the_same_name_are_two_files_in_the_report(pengimpor):
    muatan = [["survei.csv", base64.b64encode(berkas_baik(1)).decode()],
              ["survei.csv", base64.b64encode(berkas_baik(2)).decode()],
              ["survei.csv", base64.b64encode(berkas_baik(2)).decode()]]
    pengimpor.page.evaluate("""(muatan) => {
        const dt = new DataTransfer();
        for (const [nama, b64] of muatan) dt.items.add(new File([Uint8Array.from(atob(b64), c => c.charCodeAt(0))], nama));
        document.querySelector('.kursus-impor-jatuhkan')
          .dispatchEvent(new DragEvent('drop', {dataTransfer: dt, bubbles: true, cancelable: true}));
    }""", muatan)
    pengimpor.page.wait_for_function("document.querySelector('.kursus-survei-impor').dataset.selesai === '1'")
    hasil = baca(pengimpor)
    files = [(n, base64.b64decode(b)) for n, b in muatan]
    assert hasil == python(files)
    assert hasil["ringkas"].startswith("2 berkas dimuat")
    assert hasil["masalah"] == [f"survei.csv (berkas ke-3 dengan nama ini): isinya sama persis dengan "
                                f"survei.csv (berkas ke-2 dengan nama ini); dilewati"]
