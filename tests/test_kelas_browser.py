"""The classroom kit in a real Chromium with the network blocked: the worksheet prints on A4, the teacher
edition shows solutions without a click, and the offline pack works from the file system."""

import re
import subprocess
import zipfile

import pytest

from conftest import hidupkan, serve
from test_kelas_build import guru_dir  # noqa: F401  (fixture)

pytestmark = pytest.mark.browser
A4 = (595.28, 841.89)  # points


def pdf_pages(pdf: bytes) -> list[tuple[float, float]]:
    """Size of every page of a PDF made by Chromium (uncompressed page objects with a MediaBox each)."""
    n = len(re.findall(rb"/Type\s*/Page(?![s\w])", pdf))
    boxes = [(float(w), float(h)) for w, h in
             re.findall(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]", pdf)]
    assert len(boxes) == n, (n, boxes)
    return boxes


def test_the_worksheet_prints_on_a4_from_its_own_stylesheet_in_a_few_pages(offline, book_url):
    o = offline()
    o.page.goto(f"{book_url}/book/lkpd.html", wait_until="networkidle")
    pdf = o.page.pdf(prefer_css_page_size=True, print_background=False)  # size comes from @page only
    halaman = pdf_pages(pdf)
    assert 3 <= len(halaman) <= 4, len(halaman)  # two concept cards, three activities, reflection, exit ticket
    assert all(abs(w - A4[0]) < 2 and abs(h - A4[1]) < 2 for w, h in halaman), halaman
    assert len(o.page.pdf(format="A4")) > 10_000
    assert not o.errors and not o.blocked


def test_printing_hides_the_navigation_and_keeps_every_answer_box(offline, book_url):
    o = offline()
    o.page.goto(f"{book_url}/book/lkpd.html", wait_until="networkidle")
    o.page.emulate_media(media="print")
    for nav in (".bd-sidebar-primary", ".bd-header", ".prev-next-area", ".bd-sidebar-secondary", "#jb-print-toc"):
        loc = o.page.locator(nav)
        assert loc.count() == 0 or not loc.first.is_visible(), nav
    boxes = o.page.locator(".kursus-isian")
    assert boxes.count() >= 4 and all(boxes.nth(i).is_visible() for i in range(boxes.count()))
    meluap = o.page.evaluate("""[...document.querySelectorAll('table.kursus-lembar')]
        .filter(t => t.scrollWidth > t.parentElement.clientWidth + 1).length""")
    assert meluap == 0, "a worksheet table is wider than the page"
    lebar_isi = o.page.locator("main").evaluate("m => m.getBoundingClientRect().width")
    lebar_halaman = o.page.evaluate("document.documentElement.clientWidth")
    assert lebar_isi > 0.9 * lebar_halaman, (lebar_isi, lebar_halaman)


def test_teacher_edition_shows_solutions_without_a_click(offline, guru_dir):  # noqa: F811
    o = offline()
    o.page.goto((guru_dir / "notebooks" / "05-perbedaan.html").resolve().as_uri(), wait_until="networkidle")
    solutions = o.page.locator(".solution")
    assert solutions.count() >= 3
    for i in range(solutions.count()):
        assert solutions.nth(i).locator(".admonition-title ~ *").first.is_visible()
    assert o.page.locator(".kursus-edisi-guru").is_visible()
    assert not o.errors and not o.blocked


@pytest.fixture(scope="module")
def pack(paket, tmp_path_factory):
    """The student pack (conftest.paket), unzipped as onto a USB stick."""
    out = tmp_path_factory.mktemp("pack")
    with zipfile.ZipFile(paket["siswa"]) as z:
        assert z.testzip() is None
        z.extractall(out / "usb")
    [top] = list((out / "usb").iterdir())
    return top


def test_the_pack_holds_the_book_the_notebooks_and_the_package(pack):
    for path in ("BUKA-BUKU.html", "BACA-SAYA.txt", "buku/index.html", "buku/_static/kursus/plotly-kursus.min.js",
                 "notebooks/05-perbedaan.ipynb", "src/kursus/__init__.py", "src/kursus/data/platform.yaml",
                 "requirements-notebook.txt", "lkpd/LKPD-media-sosial-vs-jejaring-sosial.pdf"):
        assert (pack / path).is_file(), path


@pytest.mark.parametrize("cara", ["file", "server"])
def test_every_page_of_the_pack_opens_offline_without_errors(offline, pack, cara):
    """From the USB stick's file system, and from a local server (python -m http.server) in a school lab."""
    pages = [pack / "BUKA-BUKU.html"] + sorted(p for p in (pack / "buku").rglob("*.html")
                                                 if "_static" not in p.parts and "_sources" not in p.parts)
    assert len(pages) >= 10
    server = serve(pack) if cara == "server" else None
    akar = pack.as_uri() + "/" if cara == "file" else f"http://127.0.0.1:{server.server_port}/"

    def alamat(p):
        return akar + p.relative_to(pack).as_posix()

    def mulai(o, page):  # start loading without waiting; the errors from here on are this page's
        o.errors.clear()
        o.page.goto(alamat(page), wait_until="commit")
    # Two browser contexts take turns: the next page already loads in one while this one is checked.
    jalur = [offline(), offline()]
    gagal = {}
    mulai(jalur[0], pages[0])
    for i, page in enumerate(pages):
        if i + 1 < len(pages):
            mulai(jalur[(i + 1) % 2], pages[i + 1])
        o = jalur[i % 2]
        o.page.wait_for_load_state("load")
        o.page.wait_for_load_state("networkidle")
        if not o.page.url.startswith(akar) or o.page.locator("main h1, body a").count() == 0:
            gagal[page.name] = f"did not open ({o.page.url})"
        elif o.errors:
            gagal[page.name] = list(o.errors)
    if server:
        server.shutdown()
    assert not gagal, gagal
    blocked = [url for o in jalur for url in o.blocked]
    assert not blocked, blocked


def test_the_pack_opens_the_book_and_draws_a_chart_from_the_file_system(offline, pack):
    o = offline()
    o.page.goto((pack / "BUKA-BUKU.html").as_uri())
    o.page.wait_for_url("**/book/intro.html", timeout=10000)
    o.page.goto((pack / "buku" / "notebooks" / "91-hasil-survei-kelas.html").as_uri(), wait_until="networkidle")
    hidupkan(o.page.locator("figure.kursus-grafik").first)  # plotly.js loads when the reader reaches for it
    assert not o.errors and not o.blocked


def test_the_survey_form_on_the_static_page_downloads_the_same_csv_as_the_widget(offline, book_url, tmp_path):
    from kursus import survei

    o = offline()
    o.page.goto(f"{book_url}/notebooks/90-survei-platform.html", wait_until="networkidle")
    form = o.page.locator("form.kursus-survei-form")
    assert form.locator("input[name=nama]").count() == 0  # no full name asked (children's data)
    form.locator("button[type=submit]").click()
    assert "Isi kelas dan nomor absenmu" in form.locator(".kursus-survei-pesan").text_content()
    kelas, absen = '=HYPERLINK("http://x";"klik"), 8A\t', "07"
    form.locator("input[name=kelas]").fill(kelas)
    form.locator("input[name=absen]").fill("tujuh")
    form.locator("button[type=submit]").click()
    assert "Nomor absen harus bilangan bulat 1 sampai 99" in form.locator(".kursus-survei-pesan").text_content()
    form.locator("input[name=absen]").fill(absen)
    form.locator("button[type=submit]").click()
    assert "Belum ada platform" in form.locator(".kursus-survei-pesan").text_content()
    pilihan = {"Facebook": {"identitas": 5, "kelompok": 4}, "TikTok": {"berbagi": 5, "hubungan": 1}}
    for platform, skor in pilihan.items():
        bagian = form.locator(f"details:has(fieldset[data-platform='{platform}'])")
        if not bagian.evaluate("d => d.open"):
            bagian.locator("summary").click()
        for blok, nilai in skor.items():
            bagian.locator(f"select[data-blok='{blok}']").select_option(str(nilai))
    assert "2 dari 7" in form.locator(".kursus-survei-kemajuan").text_content()
    with o.page.expect_download() as unduh:
        form.locator("button[type=submit]").click()
        form.locator("a.kursus-survei-unduh").click()
    d = unduh.value
    assert d.suggested_filename == survei.nama_berkas(kelas, absen) == "survei-hyperlink-http-x-klik-8a-absen-07.csv"
    d.save_as(tmp_path / "x.csv")
    isi = (tmp_path / "x.csv").read_bytes()
    assert isi == ("\ufeff" + survei.ke_csv(7, kelas, pilihan)).encode("utf-8")
    rows, masalah = survei.baca_teks("x.csv", isi)
    assert not masalah and rows[0]["kelas"] == "=HYPERLINK( http://x klik ) 8A"
    assert rows[0]["absen"] == 7 and rows[0]["nama"] == ""
    assert not o.errors and not o.blocked


@pytest.mark.parametrize("cara", ["server", "file"])
def test_the_class_results_page_reads_students_files_in_the_browser_like_python(offline, book_url, html_dir, cara):
    """Issue 10.4: no kernel, no internet, from a USB stick too: the teacher picks the files, the page shows
    the same report and table as the Python import of the same files."""
    from kursus import survei
    from test_survei_browser import BERKAS, harapan, muat_di_peramban

    o = offline()
    halaman = "notebooks/91-hasil-survei-kelas.html"
    o.page.goto(f"{book_url}/{halaman}" if cara == "server" else (html_dir / halaman).as_uri(),
                wait_until="networkidle")
    assert o.page.locator(".kursus-survei-impor input.kursus-impor-berkas").count() == 1
    hasil = muat_di_peramban(o, sorted(BERKAS.iterdir()))
    assert hasil == harapan(survei.muat_folder(BERKAS))
    assert o.page.locator(".kursus-impor-grafik .kursus-impor-baris").count() == len(survei.kolom_blok())
    # picking other files replaces the result
    hasil = muat_di_peramban(o, sorted(survei.FOLDER_CONTOH.iterdir()), kali=2)
    assert hasil == harapan(survei.muat_folder(survei.FOLDER_CONTOH))
    assert not o.errors and not o.blocked


def test_the_worksheet_pdf_of_the_pack_renders_with_its_text(pack, tmp_path):
    """The PDF a school prints: A4 pages, and the text is real text (pdftotext from poppler-utils)."""
    pdf = pack / "lkpd" / "LKPD-media-sosial-vs-jejaring-sosial.pdf"
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    assert 3 <= pages <= 4, pages
    assert re.search(r"^Page size:.*\(A4\)", info, re.M), info
    teks = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    for kata in ("Kartu konsep 1", "Khalayak sasaran", "Kehadiran", "Kegiatan 1", "Kegiatan 2", "Kegiatan 3",
                 "Tiket keluar", "tiga platform"):
        assert kata in re.sub(r"\s+", " ", teks), kata
    assert "Langsung ke isi utama" not in teks and "Edisi guru" not in teks


def test_the_projector_view_shows_one_slide_at_a_time_over_the_whole_window(offline, guru_dir):  # noqa: F811
    o = offline(viewport={"width": 1280, "height": 720})
    o.page.goto((guru_dir / "book" / "layar-kelas.html").resolve().as_uri(), wait_until="networkidle")
    slides = o.page.locator(".kursus-slide")
    assert slides.count() == 6
    judul = [t.strip().lower() for t in o.page.locator(".kursus-slide-label").all_inner_texts()]
    for saat in ("pemantik", "lima aspek", "tujuh blok", "kasus", "tiket keluar"):
        assert any(saat in j for j in judul), (saat, judul)
    o.page.locator(".kursus-layar-mulai").click()
    layar = o.page.locator(".kursus-layar")
    kotak = layar.bounding_box()
    assert kotak["x"] == 0 and kotak["y"] == 0 and kotak["width"] >= 1270 and kotak["height"] >= 710, kotak

    def tampak():
        return [i for i in range(slides.count()) if slides.nth(i).is_visible()]
    assert tampak() == [0]
    o.page.keyboard.press("ArrowRight")
    assert tampak() == [1]
    o.page.locator(".kursus-layar-berikut").click()
    assert tampak() == [2]
    o.page.keyboard.press("End")
    assert tampak() == [5]
    assert "6 dari 6" in o.page.locator(".kursus-layar-posisi").inner_text()
    o.page.keyboard.press("ArrowRight")
    assert tampak() == [5]
    o.page.keyboard.press("Escape")
    assert len(tampak()) == 6 and "kursus-layar-aktif" not in (layar.get_attribute("class") or "")
    assert not o.errors and not o.blocked


def test_the_projector_view_prints_one_slide_per_landscape_page(offline, guru_dir):  # noqa: F811
    o = offline()
    o.page.goto((guru_dir / "book" / "layar-kelas.html").resolve().as_uri(), wait_until="networkidle")
    halaman = pdf_pages(o.page.pdf(prefer_css_page_size=True))
    mendatar = [p for p in halaman if abs(p[0] - A4[1]) < 2 and abs(p[1] - A4[0]) < 2]
    assert len(mendatar) == 6, halaman


def test_the_letter_to_parents_prints_on_one_a4_page_and_its_consent_slip_on_a_second(offline, guru_dir, tmp_path):  # noqa: F811,E501
    o = offline()
    o.page.goto((guru_dir / "book" / "surat-orang-tua.html").resolve().as_uri(), wait_until="networkidle")
    pdf = o.page.pdf(prefer_css_page_size=True)
    halaman = pdf_pages(pdf)
    assert len(halaman) == 2, halaman
    (tmp_path / "surat.pdf").write_bytes(pdf)
    per_halaman = [subprocess.run(["pdftotext", "-f", str(i), "-l", str(i), str(tmp_path / "surat.pdf"), "-"],
                                  capture_output=True, text=True, check=True).stdout for i in (1, 2)]
    surat, slip = (re.sub(r"\s+", " ", t) for t in per_halaman)
    for isi in ("Nomor", "Lampiran", "Perihal", "hanya menanyakan pendapat", "tidak meminta akun, kata sandi",
                "PP Tunas", "nomor absen", "Kepala Sekolah"):
        assert isi in surat, isi
    for isi in ("Lembar persetujuan", "Setuju.", "Tidak setuju.", "di atas kertas", "tidak memengaruhi nilai",
                "nama jelas dan tanda tangan"):
        assert isi in slip, isi
    assert "Lembar persetujuan" not in surat.replace("lembar persetujuan", "")
    assert "Untuk guru" not in surat  # the note to the teacher is not printed
    assert o.page.locator(".kursus-kop").bounding_box()["height"] > 90  # room for the school's letterhead


def test_the_diagnostic_recording_sheet_prints_on_one_a4_page_with_a_row_for_36_students(offline, guru_dir):  # noqa: F811
    o = offline()
    o.page.goto((guru_dir / "book" / "lembar-diagnostik.html").resolve().as_uri(), wait_until="networkidle")
    halaman = pdf_pages(o.page.pdf(prefer_css_page_size=True))
    assert len(halaman) == 1, halaman
    assert o.page.locator("table.kursus-rekap tbody tr").count() == 36
    assert not o.errors and not o.blocked


def test_the_summative_sheet_prints_without_keys_and_the_bank_is_in_the_teacher_edition_only(offline, guru_dir,  # noqa: F811
                                                                                            html_dir):
    assert (guru_dir / "book" / "bank-asesmen.html").is_file() and not (html_dir / "book" / "bank-asesmen.html").exists()
    o = offline()
    o.page.goto((guru_dir / "book" / "lembar-sumatif.html").resolve().as_uri(), wait_until="networkidle")
    halaman = pdf_pages(o.page.pdf(prefer_css_page_size=True))
    assert 2 <= len(halaman) <= 5, halaman
    o.page.emulate_media(media="print")
    teks = o.page.locator("main").inner_text()
    assert "Kunci" not in teks and "Soal 12" in teks and "Untuk guru" not in teks
    assert not o.errors and not o.blocked
