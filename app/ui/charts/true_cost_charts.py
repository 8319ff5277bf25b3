"""Charts of the true-cost views: repayments month by month, and balances over time.

matplotlib ``Figure`` in a ``FigureCanvasQTAgg`` (``charts.canvas.ChartCanvas``), never pyplot; matplotlib is
imported when the first chart is drawn, not when the view is built (design.md). The series come from the
services as plain int fen; labels come in already translated. Money on the axes goes through
``app.i18n.formatting``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from app.i18n import formatting as fmt
from app.ui import theme

if TYPE_CHECKING:
    from matplotlib.typing import RcKeyType

    from app.ui.charts.canvas import ChartCanvas


def chart_rc() -> dict[RcKeyType, Any]:
    """rcParams for our charts: theme colours, installed CJK-capable fonts (falling back glyph by glyph),
    readable sizes. Applied with ``rc_context`` so other charts keep their settings."""
    from app.ui.charts.canvas import installed_families

    tokens = theme.current()
    rc = theme.matplotlib_rc(tokens)
    rc.update({
        "font.family": installed_families(), "font.size": 9 * tokens.scale, "axes.titlesize": 10 * tokens.scale,
        "axes.unicode_minus": False, "axes.spines.top": False, "axes.spines.right": False, "axes.grid": True,
        "axes.axisbelow": True, "grid.alpha": 0.6, "legend.fontsize": 8 * tokens.scale,
    })
    return rc


class ChartHost(QWidget):
    """An empty area that becomes a matplotlib canvas on the first ``draw``."""

    def __init__(self, parent: QWidget | None = None, min_height: int = 240) -> None:
        super().__init__(parent)
        self.canvas: ChartCanvas | None = None
        #: (paint, args) of the chart shown: drawn again in a new theme
        self._painted: tuple[Callable[..., None], tuple[object, ...]] | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.setMinimumHeight(min_height)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        from app.ui.chart_menu import ChartMenu

        #: Copy, Save as PNG / SVG / PDF (right-click the chart).
        self.chart_menu = ChartMenu(self, self.picture, self.save, self.title)

    def picture(self):
        """The chart as shown (a ``QImage``), ``None`` before it is drawn."""
        return self.canvas.grab().toImage() if self.canvas is not None else None

    def title(self) -> str:
        """The chart's title (its axes' left title), ``""`` before it is drawn."""
        axes = self.figure.axes if self.figure is not None else []
        return axes[0].get_title(loc="left") if axes else ""

    def save(self, kind: str, path, done) -> None:
        """Save the figure shown as ``kind`` (``png``, ``svg``, ``pdf``) to ``path``; ``done(None)`` or
        ``done(exception)``. Quick (one small figure already drawn), so on the GUI thread."""
        from app.ui.charts.export import save_figure

        if self.canvas is None:
            done(ValueError(self.tr("the chart is not drawn yet")))
            return
        try:
            save_figure(self.canvas.figure, path, kind, theme.current().surface)
        except (OSError, ValueError) as exc:
            done(exc)
            return
        done(None)

    @property
    def figure(self):
        """The ``Figure`` once drawn, else ``None``."""
        return self.canvas.figure if self.canvas is not None else None

    def draw(self, paint: Callable[..., None], *args: object) -> None:
        """Clear the figure and call ``paint(figure, *args)`` under ``chart_rc()``; then render."""
        import matplotlib

        from app.ui.charts.canvas import ChartCanvas
        from app.ui.charts.style import RENDER_LOCK

        self._painted = (paint, args)
        with RENDER_LOCK, matplotlib.rc_context(chart_rc()):
            canvas = self.canvas
            if canvas is None:
                canvas = self.canvas = ChartCanvas(self)
                canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
                self._layout.addWidget(canvas)
            figure = canvas.figure
            figure.clear()
            figure.set_facecolor(theme.current().surface)
            paint(figure, *args)
            canvas.draw()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.PaletteChange and self._painted is not None:
            self.draw(self._painted[0], *self._painted[1])  # light/dark or presentation mode: the new colours
        super().changeEvent(event)

    def clear(self) -> None:
        """Blank the chart (inputs not valid)."""
        self._painted = None
        if self.canvas is not None:
            self.canvas.figure.clear()
            self.canvas.draw()


def _money_axis(ax, currency: str) -> None:
    from matplotlib.ticker import MaxNLocator

    from app.ui.charts.canvas import money_axis

    ax.yaxis.set_major_locator(MaxNLocator(nbins=5, min_n_ticks=3))
    ax.yaxis.set_major_formatter(money_axis(lambda fen: fmt.money(fen, currency), currency))


@dataclass(frozen=True)
class RepaymentChart:
    """Data of the 12-month repayment chart (fen), with translated texts.

    ``guides`` are horizontal reference lines ``(fen, label, colour)``, e.g. 15 % and 20 % of the monthly income
    (the debt-service band lines).
    """

    month_labels: Sequence[str]
    already_due: Sequence[int]
    new: Sequence[int]
    currency: str
    title: str
    already_label: str
    new_label: str
    guides: Sequence[tuple[int, str, str]] = ()


def paint_repayments(figure, data: RepaymentChart) -> None:
    """Stacked bars: what is already due each month, this purchase on top; dashed guide lines."""
    tokens = theme.current()
    ax = figure.add_subplot()
    x = range(len(data.month_labels))
    from app.ui.charts.canvas import major

    base = [major(v, data.currency) for v in data.already_due]
    new = [major(v, data.currency) for v in data.new]
    ax.bar(x, base, color=tokens.muted, alpha=0.55, label=data.already_label, width=0.7)
    ax.bar(x, new, bottom=base, color=tokens.series[1], label=data.new_label, width=0.7)
    for fen, label, color in data.guides:
        ax.axhline(major(fen, data.currency), color=color, linewidth=1.2, linestyle="--", label=label)
    ax.set_xticks(list(x), list(data.month_labels), rotation=45, ha="right")
    ax.grid(axis="x", visible=False)
    _money_axis(ax, data.currency)
    ax.set_title(data.title, loc="left")
    ax.legend(loc="best")


@dataclass(frozen=True)
class BalanceSeries:
    """One line of a balance chart: its label, balances in fen (index = month), and a colour (``None`` = auto)."""

    label: str
    balances: Sequence[int]
    color: str | None = None
    dashed: bool = False


def paint_balances(figure, series: Sequence[BalanceSeries], currency: str, title: str, x_label: str) -> None:
    """Balances over time, one line per series, months on the x axis."""
    from app.ui.charts.canvas import major

    tokens = theme.current()
    ax = figure.add_subplot()
    for i, s in enumerate(series):
        color = s.color or tokens.series[i % len(tokens.series)]
        ax.plot(range(len(s.balances)), [major(v, currency) for v in s.balances], color=color, linewidth=1.8,
                linestyle="--" if s.dashed else "-", label=s.label)
    ax.set_xlim(left=0)
    ax.set_ylim(bottom=0)
    ax.set_xlabel(x_label)
    _money_axis(ax, currency)
    ax.set_title(title, loc="left")
    ax.legend(loc="upper right")
