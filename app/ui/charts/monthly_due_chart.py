"""Repayments due in each of the next 12 months, stacked by credit line, with monthly income as a line."""

from __future__ import annotations

from dataclasses import dataclass

from app.services.queries import MonthlyDue
from app.ui.charts.canvas import ChartCanvas, yuan, yuan_axis
from app.ui.theme import Tokens


@dataclass(frozen=True)
class MonthlyDueLabels:
    """Translated texts of the chart."""

    title: str
    y_axis: str
    income: str
    empty: str


def draw(canvas: ChartCanvas, data: MonthlyDue, income_fen: int | None, labels: MonthlyDueLabels, tokens: Tokens,
         month_label, money_label) -> None:
    """Draw ``data`` on ``canvas``; ``month_label(date)`` and ``money_label(fen)`` format the axes."""
    canvas.reset(tokens)
    ax = canvas.axes
    x = list(range(len(data.months)))
    bottom = [0.0] * len(x)
    for i, (name, values) in enumerate(sorted(data.by_line.items())):
        heights = [yuan(v) for v in values]
        ax.bar(x, heights, bottom=bottom, label=name, color=tokens.series[i % len(tokens.series)], width=0.7,
               zorder=2)
        bottom = [b + h for b, h in zip(bottom, heights, strict=True)]
    if income_fen:
        ax.axhline(yuan(income_fen), color=tokens.danger, linestyle="--", linewidth=1.4, label=labels.income,
                   zorder=3)
    if not data.by_line:
        ax.text(0.5, 0.5, labels.empty, transform=ax.transAxes, ha="center", va="center", color=tokens.muted)
    ax.set_xticks(x, [month_label(m) for m in data.months], rotation=45, ha="right")
    ax.yaxis.set_major_formatter(yuan_axis(money_label))
    ax.set_ylabel(labels.y_axis)
    ax.set_title(labels.title, loc="left", fontsize=11, color=tokens.text)
    ax.grid(axis="y", zorder=0, linewidth=0.6)
    top = max([max(bottom, default=0.0), yuan(income_fen or 0), 1.0])
    ax.set_ylim(0, top * 1.3)  # head room for the legend above the bars and the income line
    if data.by_line or income_fen:
        ax.legend(loc="upper left", fontsize=8, ncols=2)
    canvas.draw()
