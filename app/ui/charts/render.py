"""Charts drawn into images with matplotlib's Agg renderer, off the GUI thread (no Qt canvas, no Qt call).

The overview shows its charts as images: ``render`` draws one chart once, at the pixel size it will be shown,
and returns its pixels (to show now) and a PNG (to keep for the next start, ``app.ui.chart_images``). Safe on a
helper thread: matplotlib's global rcParams are set under ``style.RENDER_LOCK`` for the drawing only.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass

import matplotlib
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from app.ui.charts.style import RENDER_LOCK, rc_params
from app.ui.theme import Tokens

#: Dots per inch of a chart at a device pixel ratio of 1 (matplotlib's own default, as on the Qt canvas).
BASE_DPI = 100


class ImageCanvas:
    """What a chart's ``draw`` function needs of a canvas (``figure``, ``axes``, ``reset``, ``draw``), on Agg."""

    def __init__(self, width_px: int, height_px: int, dpi: float) -> None:
        self.figure = Figure(figsize=(width_px / dpi, height_px / dpi), dpi=dpi)
        self.agg = FigureCanvasAgg(self.figure)
        self.figure.set_layout_engine("constrained")
        self.axes = self.figure.add_subplot()

    def reset(self, tokens: Tokens) -> None:
        """Clear the axes and legends and colour the figure for ``tokens``."""
        self.figure.set_facecolor(tokens.surface)
        for legend in list(self.figure.legends):
            legend.remove()
        self.axes.clear()
        self.axes.set_facecolor(tokens.surface)

    def draw(self) -> None:
        """Render the figure (once)."""
        self.agg.draw()

    def get_renderer(self):
        """The Agg renderer (what the legend and the tests measure texts with)."""
        return self.agg.get_renderer()


@dataclass
class RenderedChart:
    """One chart drawn: ``rgba`` pixels (``width`` x ``height`` device pixels, row by row), the same as ``png``
    bytes, and the figure (``canvas``; tests read its texts)."""

    width: int
    height: int
    rgba: bytes
    png: bytes
    canvas: ImageCanvas

    @property
    def figure(self) -> Figure:
        """The matplotlib figure drawn."""
        return self.canvas.figure

    @property
    def axes(self):
        """The chart's axes."""
        return self.canvas.axes


def render(paint: Callable[[ImageCanvas], None], width: int, height: int, ratio: float, tokens: Tokens
           ) -> RenderedChart:
    """Draw a chart ``width`` x ``height`` logical pixels at device pixel ratio ``ratio``: ``paint(canvas)``
    draws it (a chart module's ``draw``, with its data bound), under the rcParams of ``tokens``."""
    from PIL import Image

    dpi = BASE_DPI * ratio
    w, h = max(1, round(width * ratio)), max(1, round(height * ratio))
    with RENDER_LOCK, matplotlib.rc_context(rc_params(tokens)):
        canvas = ImageCanvas(w, h, dpi)
        paint(canvas)
        buffer = canvas.agg.buffer_rgba()
        w, h = buffer.shape[1], buffer.shape[0]
        rgba = bytes(buffer)
    out = io.BytesIO()
    Image.frombuffer("RGBA", (w, h), rgba, "raw", "RGBA", 0, 1).save(out, format="PNG", compress_level=3)
    return RenderedChart(w, h, rgba, out.getvalue(), canvas)
