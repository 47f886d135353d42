"""Pure functions behind the widgets and charts: no widget, no chart, only data in and results out.

One module per topic, the same topics as in ``kursus.grafik`` and ``kursus.widgets``:

- ``konsep``: media sosial vs jejaring sosial: the decision helper and the attribute explorer;
- ``statistik``: the real figures for readers: Indonesian names, number and date format, tables, phrases;
- ``viral``: the viral-spread model, its checked settings and the book's worked example;
- ``platform``: the platform comparer (the book's ratings on the seven building blocks);
- ``kuis``: the chapters' quizzes: their files, markers filled from the data and the model, and judging.

``from kursus import logika`` then ``logika.rekomendasi(...)``, ``logika.angka_id(...)`` etc. works as before
the split: every public name is re-exported here.
"""

from .konsep import Atribut, Rekomendasi, daftar_atribut, rekomendasi, teks_butir
from .platform import banding_platform
from .statistik import (NAMA_DATASET, NAMA_SATUAN, NAMA_UKURAN, SATUAN_TEKS, angka, angka_id, daftar_angka,
                        pilihan_statistik, tabel_baris, tabel_statistik, tanggal)
from .viral import (CONTOH_VIRAL, JANGKAUAN_MAKS, POPULASI_MAKS, angka_kira, angka_viral, bilangan, periksa_viral,
                    populasi_media_sosial_indonesia, sebaran_viral)
