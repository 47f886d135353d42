"""Chart, table and widget builders draw from the data and show what the learner chose."""

import json
import re

import pytest

import kursus
from kursus.tampilan import JENIS_TRACE_DASAR, Grafik


@pytest.fixture
def perbedaan():
    return kursus.perbedaan()


def test_comparison_table_has_one_row_per_difference_from_the_data(perbedaan):
    df = kursus.tabel_perbedaan(perbedaan)
    assert list(df["Aspek"]) == [p.aspek for p in perbedaan]
    assert list(df["Jejaring sosial"]) == [p.jejaring_sosial for p in perbedaan]
    html = kursus.tabel_perbandingan(perbedaan).data
    assert html.count("<tr>") == len(perbedaan) + 1
    assert '<th scope="col">Media sosial</th>' in html


def test_building_block_table_has_one_row_per_block_in_the_data_order():
    blok = kursus.blok()
    html = kursus.tabel_blok(blok).data
    assert html.count("<tr>") == len(blok) + 1
    assert [m for m in re.findall(r'<th scope="row">(.*?)</th>', html)] == [b.nama for b in blok]
    assert "Kietzmann" in html and blok[0].arti in html


def test_difference_chart_plots_the_scores_with_working_toggles(perbedaan):
    g = kursus.grafik_perbedaan(perbedaan)
    ms, js = g.fig.data
    assert list(ms.x) == [p.skor_media_sosial for p in perbedaan]
    assert list(js.x) == [p.skor_jejaring_sosial for p in perbedaan]
    [menu] = g.fig.layout.updatemenus
    labels = [b.label for b in menu.buttons]
    assert labels == ["Keduanya", "Media sosial saja", "Jejaring sosial saja"]
    assert menu.buttons[1].args[0]["visible"] == [True, False]


def test_a_chart_renders_as_a_self_contained_figure_with_caption_and_data(perbedaan):
    g = kursus.grafik_perbedaan(perbedaan)
    html = g.html()
    assert html.startswith('<figure class="kursus-grafik"')
    assert "<figcaption>" in html and "DifferenceBetween.net" in html
    spec = json.loads(re.search(r'class="kursus-plot-data">(.*?)</script>', html, re.S).group(1))
    assert len(spec["data"]) == 2
    assert "http" not in html.replace("DifferenceBetween.net", "")  # no script or style from another host
    bundle = g._repr_mimebundle_()
    assert set(bundle) == {"application/vnd.plotly.v1+json", "text/html", "text/plain"}


def test_chart_json_cannot_close_its_script_element():
    import pandas as pd
    import plotly.graph_objects as go
    fig = go.Figure(go.Bar(x=["</script><b>x"], y=[1]))
    html = Grafik(fig, "uji", pd.DataFrame({"a": ["</script>"]})).html()
    assert html.count("</script>") == 1


def test_book_charts_use_only_trace_types_in_the_served_plotly_bundle(perbedaan):
    stat = kursus.statistik()
    charts = [kursus.grafik_perbedaan(perbedaan), kursus.grafik_jenis_media(kursus.jenis_media()),
              kursus.grafik_viral(kursus.populasi_media_sosial_indonesia()),
              kursus.grafik_platform_semua(kursus.skor_platform(), kursus.blok())]
    charts += [f(stat) for f in (kursus.grafik_platform_indonesia, kursus.grafik_penetrasi_internet,
                                 kursus.grafik_waktu_harian, kursus.grafik_literasi_digital, kursus.grafik_pew)]
    for g in charts:
        assert {t.type for t in g.fig.data} <= JENIS_TRACE_DASAR, g


def test_attribute_explorer_shows_the_chosen_aspect_side_by_side(perbedaan):
    t = kursus.penjelajah_atribut(perbedaan)
    kotak = t.widget
    assert perbedaan[0].media_sosial in kotak.hasil.value
    kotak.pilihan.value = "komunikasi"
    komunikasi = next(p for p in perbedaan if p.id == "komunikasi")
    assert komunikasi.media_sosial in kotak.hasil.value
    assert komunikasi.jejaring_sosial in kotak.hasil.value
    assert perbedaan[0].media_sosial not in kotak.hasil.value


def test_attribute_explorer_offers_every_aspect_and_a_kernel_free_version(perbedaan):
    t = kursus.penjelajah_atribut(perbedaan, notebook="05-perbedaan.ipynb")
    assert [v for _, v in t.widget.pilihan.options] == [p.id for p in perbedaan]
    bundle = t._repr_mimebundle_()
    assert "application/vnd.jupyter.widget-view+json" in bundle
    statis = bundle["text/html"]
    assert statis.count("<details") == len(perbedaan)
    assert all(p.jejaring_sosial in statis for p in perbedaan)


def test_text_in_cards_is_escaped():
    from kursus.widgets import kartu
    html = kartu("<b>A</b>", ["<script>alert(1)</script>"], ["b"])
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_caption_sets_source_names_as_citations_and_escapes_them():
    import pandas as pd
    import plotly.graph_objects as go
    g = Grafik(go.Figure(go.Bar(x=[1], y=[1])), "Sumber: «A <b>&</b> B» (2024).", pd.DataFrame({"a": [1]}))
    assert "<figcaption>Sumber: <cite>A &lt;b&gt;&amp;&lt;/b&gt; B</cite> (2024).</figcaption>" in g.html()


def test_a_book_chart_names_its_shared_template_and_the_chart_script_carries_it(perbedaan):
    import plotly.io as pio

    from kursus.tampilan import templat_bersama
    from kursus_buku.aset import ASSETS, grafik_js

    g = kursus.grafik_perbedaan(perbedaan)
    spec = json.loads(re.search(r'class="kursus-plot-data">(.*?)</script>', g.html(), re.S).group(1))
    assert spec["layout"]["template"] == "plotly_white"
    script = grafik_js((ASSETS / "kursus-grafik.js").read_text(encoding="utf-8"))
    carried = json.loads(re.search(r"var TEMPLAT = (\{.*?\});\n", script).group(1))
    assert carried == templat_bersama()
    # what the chart would have carried itself, less only what the basic plotly.js bundle can never draw
    full = json.loads(pio.to_json(g.fig, validate=False))["layout"]["template"]
    white = carried["plotly_white"]
    assert white["layout"]["plot_bgcolor"] == full["layout"]["plot_bgcolor"] == "white"
    assert white["layout"]["xaxis"] == full["layout"]["xaxis"]
    assert set(white["data"]) == JENIS_TRACE_DASAR and white["data"]["bar"] == full["data"]["bar"]
    assert set(full["layout"]) - set(white["layout"]) <= {"geo", "map", "mapbox", "polar", "scene", "ternary"}


def test_a_chart_with_another_template_keeps_it_and_the_script_must_have_its_slot():
    import pandas as pd
    import plotly.graph_objects as go
    from kursus_buku.aset import grafik_js

    fig = go.Figure(go.Bar(x=["a"], y=[1]), layout={"template": "ggplot2"})
    spec = json.loads(re.search(r'class="kursus-plot-data">(.*?)</script>',
                                Grafik(fig, "uji", pd.DataFrame({"a": [1]})).html(), re.S).group(1))
    assert isinstance(spec["layout"]["template"], dict) and spec["layout"]["template"]["data"]["bar"]
    with pytest.raises(ValueError, match="var TEMPLAT"):
        grafik_js("(function () {})();")


def test_in_voila_a_chart_shows_through_an_output_widget(perbedaan, monkeypatch):
    """Voilà gives Plotly's renderer plain JSON without setData; an Output widget's outputs are real models."""
    g = kursus.grafik_perbedaan(perbedaan)
    monkeypatch.setenv("VOILA_BASE_URL", "/")
    bundle = g._repr_mimebundle_()
    assert "application/vnd.jupyter.widget-view+json" in bundle and "application/vnd.plotly.v1+json" not in bundle
    [output] = g.wadah_voila("teks").outputs
    assert output["data"]["application/vnd.plotly.v1+json"] == g.spec()


def shown(grafik, monkeypatch) -> list[dict]:
    """What a front end receives when a cell shows ``grafik``: the bundles, in order."""
    import IPython.display

    keluar = []
    monkeypatch.setattr(IPython.display, "display", lambda obj, raw=False: keluar.append(obj))
    grafik._ipython_display_()
    return keluar


def test_a_live_chart_is_followed_by_its_caption_and_data_table(perbedaan, monkeypatch):
    """JupyterLab, Notebook 7 and Colab draw only the Plotly chart of a bundle: the source, its date and the data
    come next, as an output of their own."""
    monkeypatch.delenv("KURSUS_BUKU", raising=False)
    g = kursus.grafik_perbedaan(perbedaan)
    grafik, keterangan = shown(g, monkeypatch)
    assert "application/vnd.plotly.v1+json" in grafik
    html = keterangan["text/html"]
    assert 'class="kursus-keterangan-live"' in html and "Lihat data grafik sebagai tabel" in html
    assert html.count("<tr>") == len(g.data) + 1
    sumber = re.sub("[«»]", "", g.keterangan.split(";")[0])
    assert sumber.split()[0] in re.sub("<[^>]+>", "", html)


def test_in_the_book_build_a_chart_is_one_output_holding_its_caption(perbedaan, monkeypatch):
    monkeypatch.setenv("KURSUS_BUKU", "1")
    [bundle] = shown(kursus.grafik_perbedaan(perbedaan), monkeypatch)
    assert "<figcaption>" in bundle["text/html"] and "kursus-keterangan-live" not in bundle["text/html"]
