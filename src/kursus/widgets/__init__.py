"""ipywidgets views over the course data; each is thin over a tested pure function in ``logika`` or ``kuis``.

Every builder returns a ``Tampilan``: the live widget plus a kernel-free HTML version for the static book.
Learner input never reaches the page unescaped, and bad input gets an Indonesian message, not a traceback.

One module per topic, the same topics as in ``kursus.logika`` and ``kursus.grafik``:

- ``dasar``: the shared pieces (label style, side-by-side card, message, menus for the static page);
- ``konsep``: the attribute explorer, the classifying game, the decision helper and the cases;
- ``statistik``: the statistics explorer;
- ``viral``: the viral-spread simulator;
- ``platform``: the platform comparer.

``from kursus import widgets`` then ``widgets.penjelajah_atribut(...)`` etc. works as before the split: every
public name is re-exported here.
"""

from .dasar import GAYA, kartu, panel_html, paragraf_html, pesan_html, pilihan_html
from .konsep import (daftar_kasus, kartu_kasus, pembantu_keputusan, penjelajah_atribut, penjelajah_statis,
                     rekomendasi_html, tebak_jenis)
from .platform import pembanding_platform
from .statistik import catatan_html, penjelajah_statistik
from .viral import simulator_viral
