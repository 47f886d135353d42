"""Class survey: students rate platforms on the seven building blocks and save a CSV; the teacher loads the
files (a folder in Jupyter, or picked on the static page) and sees the class results.

One job per module, the shared rules in one place:

- ``aturan``: the specification (``data/survei_spesifikasi.yaml``), messages, text normalisation, safe cells;
- ``ekspor``: a student's CSV file;
- ``berkas``: a student's file as it arrives: its bytes from a folder (or why not) and its text;
- ``sel``: from a line to cells and columns (splitting, header names, blank lines, whole numbers);
- ``impor``: reading students' files and folders, every valid answer kept, every problem reported;
- ``kelas``: class summary, table and charts;
- ``tampil``: the form, the report and the importer (live widget and kernel-free HTML).

``from kursus import survei`` then ``survei.muat_folder(...)`` etc. works as before the split.
"""

from .aturan import (ArgumenSalah, Siswa, aman_sel, batas, buka_sel, json_dalam_html, kode_nama, kolom_blok,
                     kolom_csv, kunci_kelas, kunci_teks, mulai_rumus, pesan, siput, spesifikasi, spesifikasi_lengkap)
from .berkas import BarisRusak, GalatBerkas, baca_entri, baris_berkas, dekode
from .ekspor import ke_csv, nama_berkas, netralkan, tautan_unduh
from .impor import FOLDER_CONTOH, HasilSurvei, Masalah, baca_teks, jadi_panjang, muat_berkas, muat_folder
from .kelas import (alasan_buku, angka, grafik_hasil_kelas, grafik_sebaran, ringkasan, sebaran,
                    selisih_terbesar, sumber_survei, tabel_kelas)
from .sel import pecah, rekaman
from .tampil import (BELUM, catatan_masalah, hasil_html, laporan_html, pengimpor, pengimpor_statis, periksa_orang,
                     samaran, samarkan, survei_statis, survei_widget)

UKURAN_MAKS = batas("ukuran_berkas")
# Every column that names a student (current files: kelas + absen; older files: nama), and the characters that
# make a spreadsheet run a cell as a formula: a data file's ids must not collide with these.
KOLOM_ORANG = list(spesifikasi()["kolom_orang"]) + [spesifikasi()["kolom_nama_lama"]]
AWALAN_RUMUS = tuple(spesifikasi()["awalan_rumus"])
