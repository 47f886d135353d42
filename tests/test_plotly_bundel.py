"""The book's own plotly.js bundle (vendor/plotly-kursus.min.js, built by tools/plotly) draws exactly the trace
types the course package may use (kursus.tampilan.JENIS_TRACE_DASAR): a chart of another type would stay blank
on the static page, and a type nobody uses would be weight for nothing."""

import json

import pytest

from conftest import ROOT, serve
from kursus.tampilan import JENIS_TRACE_DASAR

pytestmark = pytest.mark.browser


def test_the_served_bundle_has_exactly_the_trace_types_the_charts_may_use(offline, tmp_path):
    (tmp_path / "plotly.js").write_bytes((ROOT / "vendor" / "plotly-kursus.min.js").read_bytes())
    (tmp_path / "index.html").write_text('<!DOCTYPE html><html lang="id"><head><title>Uji</title>'
                                         '<script src="plotly.js"></script></head><body></body></html>')
    server = serve(tmp_path)
    try:
        o = offline()
        o.page.goto(f"http://127.0.0.1:{server.server_port}/index.html", wait_until="load")
        traces = o.page.evaluate("() => Object.keys(Plotly.PlotSchema.get().traces)")
        assert set(traces) == JENIS_TRACE_DASAR
        entry = next(e for e in json.loads((ROOT / "vendor" / "manifest.json").read_text())["files"]
                     if e["file"] == "plotly-kursus.min.js")
        assert o.page.evaluate("() => Plotly.version") == entry["version"]
        assert not o.errors, o.errors
    finally:
        server.shutdown()
