"""Debt load over time: outstanding against the total credit limit, past year and projected year."""

from __future__ import annotations

from app.services.reports import DebtLoadSeries
from app.ui.charts.labels import DebtLoadLabels, titled  # noqa: F401 - its texts, defined without matplotlib
from app.ui.charts.style import legend_below, major, money_ticks
from app.ui.texts.money_labels import with_sign
from app.ui.theme import Tokens


def draw(canvas, data: DebtLoadSeries, labels: DebtLoadLabels, tokens: Tokens, month_label,
         money_label) -> None:
    """Draw ``data`` on ``canvas`` (anything with ``figure``, ``axes``, ``reset(tokens)`` and ``draw()``: a
    ``canvas.ChartCanvas`` or a ``render.ImageCanvas``): solid history, dashed projection, the limit as a step line; the legend sits
    under the plot, so it never covers the lines nor runs off a narrow chart. The amounts are in
    ``data.currency`` (the main one; other currencies are left out): the axis is in its major units, labelled
    by ``money_label(minor units, currency)``, and its label carries its sign."""
    canvas.reset(tokens)
    ax = canvas.axes
    x = list(range(len(data.dates)))
    owed = [major(v, data.currency) for v in data.outstanding_fen]
    limit = [major(v, data.currency) for v in data.limit_fen]
    t = data.today_index
    ax.step(x, limit, where="post", color=tokens.muted, linewidth=1.2, label=labels.limit)
    ax.fill_between(x[: t + 1], owed[: t + 1], color=tokens.accent, alpha=0.18, linewidth=0)
    ax.plot(x[: t + 1], owed[: t + 1], color=tokens.accent, linewidth=2, label=labels.outstanding)
    ax.plot(x[t:], owed[t:], color=tokens.accent, linewidth=2, linestyle="--", label=labels.projected)
    ax.axvline(t, color=tokens.warning, linewidth=1, linestyle=":")
    ax.annotate(labels.today, (t, 1.0), xycoords=("data", "axes fraction"), ha="center", va="bottom",
                color=tokens.muted, fontsize=8 * tokens.scale)
    ticks = [i for i in x if i % 3 == 0 or i == t]
    ax.set_xticks(ticks, [month_label(data.dates[i]) for i in ticks], rotation=45, ha="right")
    ax.set_xlim(0, max(len(x) - 1, 1))
    top = max(limit + owed + [0.0])
    money_ticks(ax, top * 1.12, lambda minor: money_label(minor, data.currency), data.currency)
    ax.set_ylabel(with_sign(labels.y_axis, data.currency))
    ax.set_title(titled(labels.title, labels.only, data.currency, data.left_out), loc="left", fontsize=11 * tokens.scale, color=tokens.text, pad=14)
    ax.grid(axis="y", linewidth=0.6)
    handles, names = ax.get_legend_handles_labels()
    legend_below(canvas.figure, handles, names)
    canvas.draw()
