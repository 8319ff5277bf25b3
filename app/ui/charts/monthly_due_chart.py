"""Repayments due in each of the next 12 months, stacked by credit line, with monthly income as a line."""

from __future__ import annotations

from app.services.queries import MonthlyDue
from app.ui.charts.labels import MonthlyDueLabels, titled  # noqa: F401 - its texts, defined without matplotlib
from app.ui.charts.style import legend_below, major, money_ticks
from app.ui.texts.money_labels import with_sign
from app.ui.theme import Tokens

#: Smallest top of the y axis when something is due, major units: a few yuan still get whole-yuan ticks.
MIN_TOP = 10.0


def draw(canvas, data: MonthlyDue, income_fen: int | None, labels: MonthlyDueLabels, tokens: Tokens,
         month_label, money_label) -> None:
    """Draw ``data`` on ``canvas`` (anything with ``figure``, ``axes``, ``reset(tokens)`` and ``draw()``: a
    ``canvas.ChartCanvas`` or a ``render.ImageCanvas``); ``month_label(date)`` and ``money_label(minor units,
    currency)`` format the axes. The amounts, the income's among them, are in the one currency ``data`` kept
    (``MonthlyDue.in_currency``): the axis is in its major units and its label carries its sign. With nothing
    due the chart says so over a 0 – 1,000 axis."""
    currency = data.only or "CNY"
    canvas.reset(tokens)
    ax = canvas.axes
    x = list(range(len(data.months)))
    bottom = [0.0] * len(x)
    for i, (name, values) in enumerate(sorted(data.by_line.items())):
        heights = [major(v, currency) for v in values]
        ax.bar(x, heights, bottom=bottom, label=name, color=tokens.series[i % len(tokens.series)], width=0.7,
               zorder=2)
        bottom = [b + h for b, h in zip(bottom, heights, strict=True)]
    if income_fen:
        ax.axhline(major(income_fen, currency), color=tokens.danger, linestyle="--", linewidth=1.4, label=labels.income,
                   zorder=3)
    if not data.by_line:
        ax.text(0.5, 0.5, labels.empty, transform=ax.transAxes, ha="center", va="center", color=tokens.muted)
    ax.set_xticks(x, [month_label(m) for m in data.months], rotation=45, ha="right")
    ax.set_xlim(-0.6, len(x) - 0.4)
    top = max(max(bottom, default=0.0), major(income_fen or 0, currency))
    money_ticks(ax, max(top, MIN_TOP) * 1.12 if top > 0 else 0, lambda minor: money_label(minor, currency), currency)
    ax.set_ylabel(with_sign(labels.y_axis, currency))
    ax.set_title(titled(labels.title, labels.only, data.only, data.left_out), loc="left", fontsize=11 * tokens.scale, color=tokens.text)
    ax.grid(axis="y", zorder=0, linewidth=0.6)
    handles, names = ax.get_legend_handles_labels()
    if handles:
        legend_below(canvas.figure, handles, names)
    canvas.draw()
