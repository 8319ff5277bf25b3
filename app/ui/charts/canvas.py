"""A themed matplotlib canvas for Qt, with fonts that can draw Chinese (falling back glyph by glyph)."""

from __future__ import annotations

from decimal import Decimal

import matplotlib
from cycler import cycler
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from matplotlib.font_manager import fontManager
from matplotlib.ticker import FuncFormatter

from app.ui.theme import Tokens, matplotlib_rc

#: Wanted font families in order; only installed ones are used (design.md "Running headless").
FONT_FAMILIES = ["DejaVu Sans", "WenQuanYi Micro Hei", "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC"]


def installed_families() -> list[str]:
    """The members of ``FONT_FAMILIES`` that matplotlib can find."""
    names = {f.name for f in fontManager.ttflist}
    found = [f for f in FONT_FAMILIES if f in names]
    return found or ["sans-serif"]


def configure(tokens: Tokens) -> None:
    """Apply fonts and theme colours to matplotlib's rcParams (affects charts drawn afterwards)."""
    matplotlib.rcParams.update(matplotlib_rc(tokens))
    matplotlib.rcParams["font.family"] = installed_families()
    matplotlib.rcParams["font.size"] = 9
    matplotlib.rcParams["axes.unicode_minus"] = False
    matplotlib.rcParams["axes.prop_cycle"] = cycler(color=list(tokens.series))
    matplotlib.rcParams["axes.spines.top"] = False
    matplotlib.rcParams["axes.spines.right"] = False


class ChartCanvas(FigureCanvasQTAgg):
    """A canvas owning one ``Figure`` with one axes; ``draw_idle`` after changing it."""

    def __init__(self, parent=None) -> None:
        self.figure = Figure(figsize=(5, 3), layout="constrained")
        super().__init__(self.figure)
        self.setParent(parent)
        self.axes = self.figure.add_subplot()
        self.setMinimumHeight(240)

    def reset(self, tokens: Tokens) -> None:
        """Clear the axes and recolour the figure for ``tokens``."""
        self.figure.set_facecolor(tokens.surface)
        self.axes.clear()
        self.axes.set_facecolor(tokens.surface)


def yuan(fen: int) -> float:
    """Fen as yuan for plotting only (a chart coordinate, never stored or shown as a number)."""
    return float(Decimal(fen) / 100)


def yuan_axis(formatter) -> FuncFormatter:
    """A tick formatter showing yuan through ``formatter(fen) -> str``."""
    return FuncFormatter(lambda value, _pos: formatter(int(round(value * 100))))
