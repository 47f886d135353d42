"""Chart builders: each takes course data and returns a ``Grafik`` (Plotly figure + caption + data table).

One module per topic, the same topics as in ``kursus.logika`` and ``kursus.widgets``:

- ``dasar``: the shared look (colours, font, layout, buttons) every chart uses;
- ``konsep``: the five differences as the book rates them, and the six kinds of social media;
- ``statistik``: the real figures of statistik.csv, each caption naming its sources and dates;
- ``viral``: the viral-spread model, for the static page and the live simulator;
- ``platform``: the book's ratings of platforms on the seven building blocks.

``from kursus import grafik`` then ``grafik.grafik_perbedaan(...)`` etc. works as before the split: every public
name is re-exported here.
"""

from .dasar import (FONT, MARGIN_ATAS_LIVE, MARGIN_ATAS_STATIS, WARNA, tata_letak, teks_plotly, tombol_atas,
                    tombol_jejak)
from .konsep import grafik_jenis_media, grafik_perbedaan
from .platform import PERBANDINGAN_CONTOH, WARNA_PLATFORM, grafik_platform, grafik_platform_semua
from .statistik import (grafik_literasi_digital, grafik_penetrasi_internet, grafik_pew, grafik_platform_indonesia,
                        grafik_waktu_harian, keterangan_sumber, pilih)
from .viral import KETERANGAN_VIRAL, SKALA_LOG, grafik_viral, grafik_viral_satu, label_ribuan, ringkas_viral
