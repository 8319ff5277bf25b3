"""What every chart shares, without Qt: fonts that can draw Chinese (falling back glyph by glyph), theme colours
as rcParams, a legend under the plot and money axes in whole units of the chart's currency.

Charts may be drawn off the GUI thread (the overview renders its charts into images on a helper thread), and
matplotlib's rcParams are global: ``RENDER_LOCK`` is held by whoever sets them and draws.
"""

from __future__ import annotations

import threading
from typing import Any, TYPE_CHECKING
from decimal import Decimal

import matplotlib
from cycler import cycler
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, MaxNLocator

from app.domain.money import exponent_of
from app.i18n.fonts import FONT_FAMILIES, installed_families  # noqa: F401 - one list for window and handouts
from app.ui.theme import Tokens, matplotlib_rc

if TYPE_CHECKING:
    from matplotlib.typing import RcKeyType

#: Held while rcParams are set and a figure is drawn with them (GUI thread or chart helper thread).
RENDER_LOCK = threading.RLock()


def rc_params(tokens: Tokens) -> dict[RcKeyType, Any]:
    """rcParams of the overview's charts for ``tokens``: theme colours, installed fonts, sizes times the scale."""
    rc = matplotlib_rc(tokens)
    rc.update({"font.family": installed_families(), "font.size": 9 * tokens.scale, "axes.unicode_minus": False,
               "axes.prop_cycle": cycler(color=list(tokens.series)), "axes.spines.top": False,
               "axes.spines.right": False})
    return rc


def configure(tokens: Tokens) -> None:
    """Apply fonts and theme colours to matplotlib's rcParams (affects charts drawn afterwards)."""
    with RENDER_LOCK:
        matplotlib.rcParams.update(rc_params(tokens))


def legend_below(figure: Figure, handles: list, labels: list[str], fontsize: float | None = None):
    """A legend under the plot (``outside lower``: constrained layout makes room for it) with as many columns
    as fit the figure's width, one row when they all fit. ``fontsize`` defaults to 8 pt times the theme's scale."""
    if fontsize is None:
        from app.ui import theme

        fontsize = 8 * theme.current().scale
    renderer = figure.canvas.get_renderer()  # type: ignore[attr-defined]  # charts draw on Agg canvases
    for columns in range(len(handles), 0, -1):
        legend = figure.legend(handles, labels, loc="outside lower center", ncols=columns, fontsize=fontsize,
                               frameon=False)
        if columns == 1 or legend.get_window_extent(renderer).width <= figure.bbox.width * 0.96:
            return legend
        legend.remove()
    return None


def money_ticks(ax, top: float, formatter, currency: str = "CNY") -> None:
    """A y axis from 0 in whole major units of ``currency`` (yuan, dollars, yen) labelled by ``formatter(minor
    units)``: ticks at round amounts, never two that read the same; with nothing to show (``top`` 0) it runs to
    1,000, an amount a bill could be."""
    ax.set_ylim(0, top if top > 0 else 1000.0)
    ax.yaxis.set_major_locator(MaxNLocator(nbins=5, integer=True, min_n_ticks=3, steps=[1, 2, 2.5, 5, 10]))
    ax.yaxis.set_major_formatter(money_axis(formatter, currency))


def major(minor: int, currency: str = "CNY") -> float:
    """Minor units as major units of ``currency`` for plotting only (fen as yuan, cents as dollars, yen as yen:
    JPY has no minor unit), a chart coordinate, never stored or shown as a number."""
    return float(Decimal(minor).scaleb(-exponent_of(currency)))


def money_axis(formatter, currency: str = "CNY") -> FuncFormatter:
    """A tick formatter for an axis in major units of ``currency``, through ``formatter(minor units) -> str``."""
    scale = 10 ** exponent_of(currency)
    return FuncFormatter(lambda value, _pos: formatter(int(round(value * scale))))
