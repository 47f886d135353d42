"""The in-browser class importer (kursus-survei-kelas.js) against the Python import, on the same files.

The importer's HTML is written to a page opened from the file system (file://, as from a USB stick), with
the script beside it; no book build is needed. The built page is checked in test_kelas_browser.py.
"""

import random
import shutil

import pytest

from conftest import ROOT
from kursus import survei

pytestmark = pytest.mark.browser
BERKAS = ROOT / "tests" / "berkas_survei"
ASET = ROOT / "src" / "kursus_buku" / "assets"


@pytest.fixture
def halaman(offline, tmp_path):
    """A page with the importer, opened from file://."""
    return buka_pengimpor(offline, tmp_path)


def buka_pengimpor(offline, tmp_path):
    """The class-results importer alone on a page opened from file://."""
    shutil.copy(ASET / "kursus-survei-kelas.js", tmp_path)
    (tmp_path / "impor.html").write_text(
        '<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Impor</title></head><body>'
        + survei.pengimpor_statis("91-hasil-survei-kelas.ipynb")
        + '<script src="kursus-survei-kelas.js"></script></body></html>', encoding="utf-8")
    o = offline()
    o.page.goto((tmp_path / "impor.html").as_uri())
    return o


def muat_di_peramban(o, files, kali=1):
    o.page.locator(".kursus-survei-impor input.kursus-impor-berkas").set_input_files([str(f) for f in files])
    o.page.wait_for_function(f"document.querySelector('.kursus-survei-impor').dataset.selesai === '{kali}'",
                             timeout=20000)
    return baca_laporan(o.page)


def baca_laporan(page) -> dict:
    """What the class-results page shows: problems, summary, students, and the table (head and rows)."""
    return page.evaluate("""() => {
        const akar = document.querySelector('.kursus-survei-impor');
        return {
          masalah: [...akar.querySelectorAll('.kursus-impor-masalah li')].map(li => li.textContent),
          ringkas: akar.querySelector('.kursus-laporan p').textContent,
          siswa: (akar.querySelector('.kursus-laporan details p') || {textContent: ''}).textContent,
          tabel: [...akar.querySelectorAll('table.kursus-impor-tabel tbody tr')]
                   .map(tr => [...tr.children].map(c => c.textContent)),
          kepala: [...akar.querySelectorAll('table.kursus-impor-tabel thead th')].map(c => c.textContent),
        };
    }""")


def harapan(h):
    return {
        "masalah": survei.catatan_masalah(h),  # as shown: names (also in file names) masked
        "ringkas": f"{len(h.berkas_dimuat)} berkas dimuat: jawaban {h.jumlah_siswa} siswa, {len(h.jawaban)} skor.",
        "siswa": ", ".join(h.siswa()),
        "tabel": survei.tabel_kelas(survei.ringkasan(h.jawaban)).values.tolist(),
        "kepala": list(survei.tabel_kelas(survei.ringkasan(h.jawaban)).columns),
    }


def test_the_sample_files_give_the_same_report_and_table_in_the_browser_as_in_python(halaman):
    files = sorted(BERKAS.iterdir())
    assert len(files) >= 20
    h = survei.muat_folder(BERKAS)
    assert h.jumlah_siswa >= 15 and len(h.masalah) >= 15  # the folder really holds good and bad files
    hasil = muat_di_peramban(halaman, reversed(files))  # the order files are picked in does not matter
    assert hasil == harapan(h)
    assert not halaman.errors and not halaman.blocked


def test_the_book_sample_folder_gives_the_same_result_in_the_browser(halaman):
    h = survei.muat_folder(survei.FOLDER_CONTOH)
    hasil = muat_di_peramban(halaman, sorted(survei.FOLDER_CONTOH.iterdir()))
    assert hasil == harapan(h)


def test_names_are_masked_in_the_browser_as_in_python_and_the_projector_view_shows_charts_only(halaman, tmp_path):
    kepala = "nama,kelas,platform,identitas,percakapan,berbagi,kehadiran,hubungan,reputasi,kelompok"
    f1, f2 = tmp_path / "survei-8a-siti-aminah.csv", tmp_path / "survei-8a-siti-aminah (1).csv"
    f1.write_text(f"{kepala}\nSiti Aminah,8A,Facebook,4,4,4,3,5,3,5\n", encoding="utf-8")
    f2.write_text(f"{kepala}\nSiti Aminah,8A,Facebook,1,1,1,1,1,1,1\n", encoding="utf-8")
    hasil = muat_di_peramban(halaman, [f1, f2])
    assert hasil == harapan(survei.muat_berkas([(f.name, f.read_bytes()) for f in sorted((f1, f2))]))
    akar = halaman.page.locator(".kursus-survei-impor")
    assert "aminah" not in akar.inner_text().lower()
    tombol = akar.locator("button.kursus-impor-proyektor")
    assert tombol.is_enabled() and tombol.get_attribute("aria-pressed") == "false"
    tombol.click()
    assert tombol.get_attribute("aria-pressed") == "true"
    assert akar.locator(".kursus-impor-grafik").is_visible()
    for bagian in (".kursus-impor-laporan", "table.kursus-impor-tabel", ".kursus-impor-jatuhkan", ".kursus-impor-catatan"):
        assert not akar.locator(bagian).is_visible(), bagian
    tombol.click()
    assert akar.locator(".kursus-impor-laporan").is_visible() and akar.locator("table.kursus-impor-tabel").is_visible()
    assert not halaman.errors


# Odd pieces of cells: quotes, other separators, formula starters in every form, invisible and unusual
# characters, other scripts, spaces of every width.
ANEH = ['"', '""', "'", "=", "＝", "﹢", "−", "@", "\u200b", "\ufeff", "\u2028", "\u00a0", "\u3000", "\x07", "ß",
        "İ", "ſ", "Σ", "李", "e\u0301", "😀", "８", "٣", "4,0", "5.00", " ", ";", ",", "\t", "sep=,", "kelas", "absen"]


def acak_berkas(rng: random.Random, i: int) -> tuple[str, bytes]:
    """A messy but plausible survey file: random separators, encodings, line endings, cells and mistakes."""
    blok = survei.kolom_blok()
    sep = rng.choice([",", ";", "\t"])
    kepala = rng.choice([["kelas", "absen"], ["Kelas", "No. Absen"], ["nama", "kelas"], ["KELAS", "absen", "nama"]])
    kolom = kepala + ["platform"] + blok
    # (mostly good values, some bad ones)
    nilai_orang = {"kelas": (["8A", "8 a", "８Ａ", "9B", " 8A "], ["", "=8A"]),
                   "no. absen": (["1", "07", "3,0", "２", "12"], ["x", "100"]),
                   "absen": (["1", "2", "02", "15"], ["", "0"]),
                   "nama": (["Siti", "siti ", "SITI", "Çağla", "李雷", "Ana\u0301", "Ana"], [""])}
    platform = (["Facebook", "facebook", "Twitter", "IG", "WhatsApp", "X", "TikTok"], ["Snapchat", ""])
    skor = (["1", "2", "3", "4", "5", "", "4,0", "-"], ["6", "3.5", '"4,5"'])

    def pilih(baik_buruk, p_buruk=0.1):
        return rng.choice(baik_buruk[1] if rng.random() < p_buruk else baik_buruk[0])
    baris = [sep.join(kolom)]
    if rng.random() < 0.2:
        baris.insert(0, "Survei kelas")
    if rng.random() < 0.15:
        baris.insert(0, f"sep={sep}")
    for _ in range(rng.randint(0, 5)):
        sel = [pilih(nilai_orang[k.lower()]) for k in kepala] + [pilih(platform)]
        sel += [pilih(skor, 0.02) for _ in blok]
        if rng.random() < 0.3:  # a hostile or odd cell somewhere
            sel[rng.randrange(len(sel))] = "".join(rng.choice(ANEH) for _ in range(rng.randint(1, 4)))
        teks = sep.join(sel)
        if rng.random() < 0.08:
            teks = teks.replace(sep, sep + '"', 1)
        baris.append(teks)
        if rng.random() < 0.1:
            baris.append("")
    akhir = rng.choice(["\r\n", "\n", "\r"])
    teks = akhir.join(baris) + rng.choice([akhir, ""])
    kode = rng.choice(["utf-8", "utf-8-sig", "utf-16", "cp1252"])
    try:
        isi = teks.encode(kode)
    except UnicodeEncodeError:
        isi = teks.encode("utf-8")
    return f"acak-{i:03d}.{rng.choice(['csv'] * 6 + ['txt', 'xlsx'])}", isi


def test_random_messy_files_give_the_same_result_in_the_browser_as_in_python(halaman, tmp_path):
    rng = random.Random(11)
    folder = tmp_path / "acak"
    folder.mkdir()
    for i in range(150):
        nama, isi = acak_berkas(rng, i)
        (folder / nama).write_bytes(isi)
    h = survei.muat_folder(folder)
    assert h.jumlah_siswa >= 3 and len(h.masalah) >= 20
    hasil = muat_di_peramban(halaman, sorted(folder.iterdir()))
    assert hasil == harapan(h)


def test_files_dropped_on_the_box_give_the_same_result_as_files_picked(halaman):
    import base64
    files = sorted(p for p in BERKAS.iterdir() if p.stat().st_size < 100_000)
    muatan = [[p.name, base64.b64encode(p.read_bytes()).decode()] for p in files]
    halaman.page.evaluate("""(muatan) => {
        const dt = new DataTransfer();
        for (const [nama, b64] of muatan) {
          dt.items.add(new File([Uint8Array.from(atob(b64), c => c.charCodeAt(0))], nama));
        }
        document.querySelector('.kursus-impor-jatuhkan')
          .dispatchEvent(new DragEvent('drop', {dataTransfer: dt, bubbles: true, cancelable: true}));
    }""", muatan)
    halaman.page.wait_for_function("document.querySelector('.kursus-survei-impor').dataset.selesai === '1'")
    diseret = halaman.page.locator(".kursus-impor-masalah li").all_text_contents()
    assert diseret == harapan(survei.muat_berkas((p.name, p.read_bytes()) for p in files))["masalah"]
    assert len(diseret) >= 15


def test_a_chosen_folder_gives_the_same_result_as_the_python_folder_import(halaman, tmp_path):
    folder = tmp_path / "jawaban-survei"
    shutil.copytree(BERKAS, folder)
    (folder / "lama").mkdir()
    (folder / "lama" / "survei-8a-absen-01.csv").write_bytes((BERKAS / "excel-utf8.csv").read_bytes())
    (folder / ".DS_Store").write_bytes(b"\x00\x00")
    h = survei.muat_folder(folder)
    assert "lama" in [m.berkas for m in h.masalah]
    halaman.page.locator(".kursus-survei-impor input.kursus-impor-folder").set_input_files(folder)
    halaman.page.wait_for_function("document.querySelector('.kursus-survei-impor').dataset.selesai === '1'")
    masalah = halaman.page.locator(".kursus-impor-masalah li").all_text_contents()
    assert masalah == harapan(h)["masalah"]
    tabel = halaman.page.evaluate("""() => [...document.querySelectorAll('table.kursus-impor-tabel tbody tr')]
        .map(tr => [...tr.children].map(c => c.textContent))""")
    assert tabel == harapan(h)["tabel"]
