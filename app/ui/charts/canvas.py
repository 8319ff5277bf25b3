"""A themed matplotlib canvas for Qt, with fonts that can draw Chinese (falling back glyph by glyph).

The figure uses matplotlib's constrained layout, so titles, rotated month labels and a legend under the plot keep
their room at any size; the canvas has a minimum size below which that room would squeeze the plot away, and it
calls ``redraw`` (debounced) after a resize, so a chart can choose how many legend columns fit its new width.
"""

from __future__ import annotations

from decimal import Decimal

import matplotlib
from cycler import cycler
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, MaxNLocator
from PySide6.QtCore import QTimer

from app.i18n.fonts import FONT_FAMILIES, installed_families  # noqa: F401 - re-exported for the chart modules
from app.ui.theme import Tokens, matplotlib_rc


def configure(tokens: Tokens) -> None:
    """Apply fonts and theme colours to matplotlib's rcParams (affects charts drawn afterwards)."""
    matplotlib.rcParams.update(matplotlib_rc(tokens))
    matplotlib.rcParams["font.family"] = installed_families()
    matplotlib.rcParams["font.size"] = 9 * tokens.scale
    matplotlib.rcParams["axes.unicode_minus"] = False
    matplotlib.rcParams["axes.prop_cycle"] = cycler(color=list(tokens.series))
    matplotlib.rcParams["axes.spines.top"] = False
    matplotlib.rcParams["axes.spines.right"] = False


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


def legend_below(figure: Figure, handles: list, labels: list[str], fontsize: float | None = None):
    """A legend under the plot (``outside lower``: constrained layout makes room for it) with as many columns
    as fit the figure's width, one row when they all fit. ``fontsize`` defaults to 8 pt times the theme's scale."""
    if fontsize is None:
        from app.ui import theme

        fontsize = 8 * theme.current().scale
    renderer = figure.canvas.get_renderer()
    for columns in range(len(handles), 0, -1):
        legend = figure.legend(handles, labels, loc="outside lower center", ncols=columns, fontsize=fontsize,
                               frameon=False)
        if columns == 1 or legend.get_window_extent(renderer).width <= figure.bbox.width * 0.96:
            return legend
        legend.remove()
    return None


def money_ticks(ax, top_yuan: float, formatter) -> None:
    """A y axis from 0 in whole yuan (``formatter(fen)``): ticks at round amounts, never two that read the same;
    with nothing to show (``top_yuan`` 0) it runs to ¥1,000, an amount a bill could be."""
    ax.set_ylim(0, top_yuan if top_yuan > 0 else 1000.0)
    ax.yaxis.set_major_locator(MaxNLocator(nbins=5, integer=True, min_n_ticks=3, steps=[1, 2, 2.5, 5, 10]))
    ax.yaxis.set_major_formatter(yuan_axis(formatter))


def yuan(fen: int) -> float:
    """Fen as yuan for plotting only (a chart coordinate, never stored or shown as a number)."""
    return float(Decimal(fen) / 100)


def yuan_axis(formatter) -> FuncFormatter:
    """A tick formatter showing yuan through ``formatter(fen) -> str``."""
    return FuncFormatter(lambda value, _pos: formatter(int(round(value * 100))))
