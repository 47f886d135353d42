"""Markup stays inert (issue 11.8): text from the data or from a learner, whatever it contains, comes back out
of the page as the same text. It cannot end the chart's embedded <script>, open an HTML comment that swallows the
page, add an element or attribute, or break the links table. Property tests over arbitrary text, plus the
hostile strings that matter most."""

import json
from html.parser import HTMLParser

import pandas as pd
import plotly.graph_objects as go
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from kursus import data, grafik, logika, sekolah, widgets
from kursus.kuis import Soal, kuis_html
from kursus.tampilan import Grafik, json_html, kotak_jalankan, tabel_html

BANYAK = settings(max_examples=200, deadline=None)

POTONGAN = ["</script>", "</SCRIPT ", "<!--", "-->", "<script>alert(1)</script>", "<b>", "&amp;", "&lt;", "&",
            '"', "'", "`", "<", ">", "\u2028", "\u2029", "]]>", "<![CDATA[", "{{", "%{y}", "«", "»", "\\", "\n",
            "javascript:", "<a href='javascript:alert(1)'>", "\x00", "<!DOCTYPE html>", "<?php", "</"]
teks_jahat = st.lists(st.sampled_from(POTONGAN) | st.text(max_size=6), min_size=1, max_size=8).map("".join).filter(bool)


class Struktur(HTMLParser):
    """Everything in a piece of HTML except its text: tags with attribute names, comments, declarations."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.bentuk, self.teks, self.skrip, self.atribut, self._dalam_skrip = [], [], [], [], False

    def handle_starttag(self, tag, attrs):
        self.bentuk.append(("<", tag, tuple(k for k, _ in attrs)))
        self.atribut += [v for _, v in attrs if v is not None]
        self.bernama = getattr(self, "bernama", []) + [(k, v) for k, v in attrs]
        self._dalam_skrip = tag == "script"

    def handle_endtag(self, tag):
        self.bentuk.append(("/", tag))
        self._dalam_skrip = False

    def handle_data(self, isi):
        (self.skrip if self._dalam_skrip else self.teks).append(isi)

    def handle_comment(self, isi):
        self.bentuk.append(("!--", isi))

    def handle_decl(self, isi):
        self.bentuk.append(("!", isi))

    def handle_pi(self, isi):
        self.bentuk.append(("?", isi))

    def unknown_decl(self, isi):
        self.bentuk.append(("![", isi))


def urai(html: str) -> Struktur:
    s = Struktur()
    s.feed(html)
    s.close()
    return s


def sama_bentuk(buat, teks: str) -> Struktur:
    """The HTML made from `teks` has exactly the tags of the HTML made from a harmless word; return its parse."""
    hasil, netral = urai(buat(teks)), urai(buat("kata"))
    assert hasil.bentuk == netral.bentuk
    return hasil


# --- JSON inside <script> ----------------------------------------------------------------------------

json_acak = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | teks_jahat,
    lambda isi: st.lists(isi, max_size=4) | st.dictionaries(teks_jahat, isi, max_size=4), max_leaves=20)


@BANYAK
@given(json_acak)
def test_json_for_a_script_element_parses_back_and_holds_nothing_html_reads(nilai):
    teks = json_html(nilai)
    assert json.loads(teks) == nilai
    assert not any(c in teks for c in "<>&\u2028\u2029")


def grafik_dengan(teks: str) -> Grafik:
    fig = go.Figure(go.Bar(x=[teks, "b"], y=[1, 2], name=teks, hovertemplate=teks))
    fig.update_layout(title=teks)
    return Grafik(fig, f"Sumber: «{teks}» ({teks}).", pd.DataFrame({"Kolom": [teks], "Nilai": [teks]}))


@BANYAK
@given(teks_jahat.map(lambda t: t.replace("«", "").replace("»", "")))  # «name» marks a citation in captions
def test_a_chart_page_keeps_any_text_inside_its_script_and_shows_it_as_text(teks):
    g = grafik_dengan(teks)
    html = g.html()
    s = sama_bentuk(lambda t: grafik_dengan(t).html(), teks)
    [muatan] = s.skrip
    spec = json.loads(muatan)
    assert spec["data"][0]["x"][0] == teks and spec["data"][0]["name"] == teks
    assert "</script" not in muatan.lower() and "<!--" not in muatan
    assert html.lower().count("</script") == 1 and "<!--" not in html.replace(muatan, "")
    teks_terlihat = "".join(s.teks)
    assert teks_terlihat.count(teks) >= 3 if teks.strip() else True  # heading, caption (twice), table


def test_the_hostile_strings_each_stay_inert_in_a_chart():
    for teks in [p for p in POTONGAN if p not in "«»"]:
        s = sama_bentuk(lambda t: grafik_dengan(t).html(), teks)
        assert json.loads(s.skrip[0])["layout"].get("title") is None  # the title became the HTML heading


# --- Tables, cards, menus, quizzes -----------------------------------------------------------------

@BANYAK
@given(teks_jahat)
def test_a_table_shows_any_cell_and_caption_as_the_same_text(sel):
    assume("«" not in sel and "»" not in sel)  # «name» in a caption is the book's mark for a citation
    buat = lambda t: tabel_html(pd.DataFrame({t[:3] or "k": [t], "Sumber": [t], "Alamat": ["https://x.id/" + t]}), t)
    s = urai(buat(sel))
    assert [b for b in s.bentuk if b[0] != "!--"] == urai(buat("kata")).bentuk
    assert sel in "".join(s.teks)
    assert ("https://x.id/" + sel) in s.atribut


@BANYAK
@given(teks_jahat)
def test_cards_menus_panels_and_notes_show_any_text_as_text(teks):
    atribut = [logika.Atribut("a", teks, "Perbedaan", (teks,), (teks, teks))]
    pembuat = [
        lambda t: widgets.kartu(t, [t], [t, t]),
        lambda t: widgets.penjelajah_statis([logika.Atribut("a", t, "Perbedaan", (t,), (t, t))], t),
        lambda t: widgets.pilihan_html(t, [(t, [(t, t)])], widgets.panel_html([(t, "<p>x</p>")])),
        lambda t: widgets.catatan_html("d|m", {"d": t}),
        lambda t: widgets.rekomendasi_html(logika.Rekomendasi("media_sosial", t, (t,))),
        lambda t: kotak_jalankan(t, t),
        lambda t: widgets.pesan_html(t, "salah"),
    ]
    for buat in pembuat:
        s = sama_bentuk(buat, teks)
        assert not s.skrip
        assert teks in "".join(s.teks) + "".join(s.atribut)
    assert atribut  # the explorer above took the same text


@BANYAK
@given(teks_jahat, teks_jahat)
def test_a_static_quiz_carries_any_text_and_its_feedback_parses_back(pertanyaan, penjelasan):
    def buat(t):
        return kuis_html([Soal("s", t, (t, t + "2"), 1, penjelasan, "buku")], t, t)
    s = sama_bentuk(buat, pertanyaan)
    [umpan] = [v for k, v in s.bernama if k == "data-umpan"]
    assert json.loads(umpan)["benar"] == f"Benar! {penjelasan}"
    assert pertanyaan in "".join(s.teks)


def test_the_real_data_goes_through_the_same_escaping():
    t = widgets.kartu_kasus(data.kasus()[0], data.pilihan_keputusan(), data.perbedaan())
    assert urai(t).bentuk and "<script" not in t


# --- Plotly labels from the data -------------------------------------------------------------------

@BANYAK
@given(teks_jahat)
def test_data_text_in_a_plotly_label_is_shown_as_written_never_as_markup(teks):
    p = data.perbedaan()[0]
    rekaman = data.Perbedaan(**{**vars(p), "ciri": teks, "alasan_skor": teks})
    g = grafik.grafik_perbedaan([rekaman])
    jejak = g.fig.data[0]
    for label in (jejak.y[0], jejak.customdata[0]):
        assert "<" not in label and ">" not in label
        assert urai(label).bentuk == [] and "".join(urai(label).teks) == teks


# --- The school links table (Markdown) -------------------------------------------------------------

@BANYAK
@given(teks_jahat, st.text("abcdefghij()<> |\\", min_size=1, max_size=10))
def test_the_school_links_table_keeps_any_title_in_its_cell(judul, hub):
    from markdown_it import MarkdownIt
    md = sekolah.tabel_tautan([(judul, "notebooks/01-a.ipynb")], "https://github.com/a/b", "main",
                              "https://hub.sch.id/" + hub)
    token = MarkdownIt("commonmark").enable("table").parse(md)
    assert not [t for t in token if t.type in ("html_block", "html_inline")]
    isi = [t for t in token if t.type == "inline"]
    assert len(isi) == 8  # four header cells and four body cells: nothing split or swallowed
    assert isi[4].content.replace("\\", "") .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&") == \
        " ".join("".join(c if c.isprintable() else " " for c in judul).split()).replace("\\", "")
    tautan = [c for t in isi[5:] for c in t.children if c.type == "link_open"]
    assert len(tautan) == 3 and tautan[2].attrs["href"].startswith("https://hub.sch.id/")
