"""The charts' shared look: colours, font, layout, buttons, and data text made safe for Plotly labels.

Every chart of the book goes through ``tata_letak`` (readable on a phone, legend on top, Indonesian decimal
comma) and shows its buttons with ``tombol_jejak`` or ``tombol_atas``, which also work on the static page.
Change a colour or the font here and every chart follows.
"""

from __future__ import annotations

import html
from typing import Any, Sequence

import pandas as pd
import plotly.graph_objects as go

WARNA = {"Media sosial": "#0B62A4", "Jejaring sosial": "#B8470B"}  # colour-blind safe, 4.5:1 on white
FONT = dict(family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif", size=14)


MARGIN_ATAS_LIVE = 100   # room for the Plotly title and the buttons in a notebook
MARGIN_ATAS_STATIS = 56  # on the book page the title is an HTML heading, only the buttons stay on top


def teks_plotly(nilai: Any) -> Any:
    """Text from the data for a Plotly label, which reads a little HTML (<b>, <br>, <a href>): shown as written.

    Accepts one string or any sequence of them (a Series, a list); other values pass unchanged.
    """
    if isinstance(nilai, str):
        return html.escape(nilai, quote=False)
    if isinstance(nilai, (list, tuple, pd.Series)):
        return [teks_plotly(v) for v in nilai]
    return nilai


def koma(nilai: float, desimal: int) -> str:
    """A number for a chart label with the Indonesian decimal comma, as the axes have it (separators): 80,7."""
    return f"{nilai:.{desimal}f}".replace(".", ",")


def tata_letak(fig: go.Figure, judul: str, tinggi: int = 420) -> go.Figure:
    """Shared layout: readable on a phone, no Plotly logo, legend on top."""
    fig.update_layout(
        title=dict(text=judul, x=0, xanchor="left", y=0.98, yanchor="top", yref="container"), font=FONT,
        height=tinggi, margin=dict(l=10, r=10, t=MARGIN_ATAS_LIVE, b=110), template="plotly_white",
        legend=dict(orientation="h", yref="container", y=0, yanchor="bottom", x=0),
        separators=",.",
    )
    return fig


def tombol_jejak(nama: Sequence[str], label_semua: str = "Keduanya") -> list[dict]:
    """Client-side buttons that show all traces or one at a time (work on the static page)."""
    tombol = [dict(label=label_semua, method="update", args=[{"visible": [True] * len(nama)}])]
    for i, n in enumerate(nama):
        tombol.append(dict(label=f"{teks_plotly(n)} saja", method="update",
                           args=[{"visible": [j == i for j in range(len(nama))]}]))
    return [tombol_atas(tombol)]


def tombol_atas(tombol: list[dict], active: int = 0) -> dict:
    """A row of Plotly buttons just above the plot area."""
    return dict(type="buttons", direction="right", x=0, xanchor="left", y=1.02, yanchor="bottom",
                showactive=True, active=active, buttons=tombol, pad=dict(r=2, t=0, b=2))
