"""MyST-NB plugin: the book's figures carry a live-only Plotly mime type beside their static HTML.

On the static page the HTML is used (see nb_mime_priority_overrides in _config.yml); this plugin
lets the build skip the Plotly JSON quietly instead of warning about an unknown mime type.
"""

from __future__ import annotations

PLOTLY_MIME = "application/vnd.plotly.v1+json"


class PlotlyJsonSkipped:
    mime_priority_overrides = ()

    @staticmethod
    def handle_mime(renderer, data, inline):
        return [] if data.mime_type == PLOTLY_MIME else None
