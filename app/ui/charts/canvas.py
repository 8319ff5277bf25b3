"""A themed matplotlib canvas for Qt, with fonts that can draw Chinese (falling back glyph by glyph).

The figure uses matplotlib's constrained layout, so titles, rotated month labels and a legend under the plot keep
their room at any size; the canvas has a minimum size below which that room would squeeze the plot away, and it
calls ``redraw`` (debounced) after a resize, so a chart can choose how many legend columns fit its new width.
"""

from __future__ import annotations

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import QTimer

from app.ui.charts.style import (  # noqa: F401 - the charts' helpers, imported from here by the true-cost views
    FONT_FAMILIES,
    configure,
    installed_families,
    legend_below,
    major,
    money_axis,
    money_ticks,
)
from app.ui.theme import Tokens

#: Smallest canvas, logical pixels: below it the labels' room leaves no plot (constrained layout gives up).
MIN_WIDTH, MIN_HEIGHT = 340, 240


class ChartCanvas(FigureCanvasQTAgg):
    """A canvas owning one ``Figure`` (constrained layout) with one axes; ``draw_idle`` after changing it.

    ``redraw``, when set, is called 150 ms after the last resize (a legend's columns depend on the width)."""

    def __init__(self, parent=None, min_width: int = MIN_WIDTH, min_height: int = MIN_HEIGHT) -> None:
        self.figure = Figure(figsize=(5, 3))
        self.figure.set_layout_engine("constrained")
        super().__init__(self.figure)
        self.setParent(parent)
        self.axes = self.figure.add_subplot()
        self.setMinimumSize(min_width, min_height)
        self._min_height = min_height
        self.redraw = None
        self._resized = QTimer(self, singleShot=True, interval=150)
        self._resized.timeout.connect(self._on_resized)

    def reset(self, tokens: Tokens) -> None:
        """Clear the axes (and any figure legend) and recolour the figure for ``tokens``."""
        self.figure.set_facecolor(tokens.surface)
        self.setMinimumHeight(round(self._min_height * max(1.0, tokens.scale * 0.8)))  # large type needs room
        for legend in list(self.figure.legends):
            legend.remove()
        self.axes.clear()
        self.axes.set_facecolor(tokens.surface)

    def sizeHint(self):  # noqa: N802 - Qt override
        # the minimum, not the figure's 5 x 3 inches: a scrolling page sized by height-for-width (word-wrapped
        # cards above the charts) then fits a small window; the layouts' stretch gives the charts any spare room
        return self.minimumSize()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self.redraw is not None:
            self._resized.start()

    def _on_resized(self) -> None:
        if self.redraw is not None:
            self.redraw()
