"""A scenario's charts as files for slides and print: what is owed over the story per credit line, and the bills due
each month against the persona's monthly income; each as PNG, SVG and PDF.

The data is the engine's, from the scenario's own ledger (``build.build_scenario``): positions
(``QueryService.status``, the overview's "owed") on dates through the story, and the bills the statements engine
issued (``handout.bills``) grouped by the month they fall due, as ``queries.MonthlyDue`` groups what is still to
pay. The drawing follows the window's debt-load and monthly-due charts (app/ui/charts), on a plain matplotlib
``Figure``: no Qt, no display needed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from dateutil.relativedelta import relativedelta
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, MaxNLocator

from app.i18n import formatting as fmt
from app.services.queries import MonthlyDue, QueryService
from app.storage.repositories import Store
from app.workshop.handout import bills
from app.workshop.print_style import DANGER, INK, MUTED, RULE, SERIES, file_language, locale_code, money, print_style
from app.workshop.scenario import Scenario, Text

#: The chart files written for each chart, in this order.
FORMATS = ("png", "svg", "pdf")
#: The charts, by the name in their file names.
CHARTS = ("owed", "monthly-due")
#: At most this many points on the owed chart: a three-year story is sampled every week or so.
MAX_POINTS = 200
SIZE_IN = (8.0, 4.5)  # 16:9, a slide
PNG_DPI = 200

CHART_LABELS: dict[str, Text] = {k: Text(*v) for k, v in {
    "owed_title": ("每个账户欠多少", "What is owed on each line"),
    "owed_total": ("合计", "All lines"),
    "due_title": ("每月到期的账单与月收入", "Bills due each month against monthly income"),
    "due_minimum": ("其中最低还款", "Of which the minimum"),
    "income": ("月收入 {amount}", "Monthly income {amount}"),
    "no_bills": ("这个故事里没有出过账单", "No bill was issued in this story"),
    # the class's stops, numbered as the handout's questions: "第 1、2 题" / "Q1, Q2"
    "stop": ("{i}", "Q{i}"),
    "stop_join": ("、", ", "),
    "stops": ("第 {numbers} 题", "{numbers}"),
}.items()}


def _text(key: str, lang: str, **values: object) -> str:
    text = CHART_LABELS[key].get(lang)
    return text.format(**values) if values else text


def _yuan(fen: int) -> float:
    """Fen as yuan for plotting only (a chart coordinate, never shown as a number)."""
    return float(Decimal(fen) / 100)


@dataclass(frozen=True)
class OwedSeries:
    """What each line owes (fen) on each of ``dates``, from the scenario's start to its end."""

    dates: list[date]
    by_line: dict[str, list[int]]

    @property
    def totals(self) -> list[int]:
        """Fen owed on each date over all lines."""
        return [sum(v[i] for v in self.by_line.values()) for i in range(len(self.dates))]


def owed_series(store: Store, scenario: Scenario) -> OwedSeries:
    """Each line's "owed" (``Position.outstanding_fen``: principal still owed plus interest and fees posted, the
    overview's figure and the ``owed`` figure of moments) on evenly spaced dates from ``scenario.start`` to
    ``scenario.end`` (at most ``MAX_POINTS``), plus every moment's date, so the chart passes through the figures
    the class checks."""
    span = (scenario.end - scenario.start).days
    step = max(1, -(-span // (MAX_POINTS - 1)))
    days = {scenario.start + timedelta(days=d) for d in range(0, span + 1, step)}
    days |= {scenario.end} | {m.on for m in scenario.moments}
    dates = sorted(days)
    queries = QueryService(store)
    by_line: dict[str, list[int]] = {sl.line.name: [] for sl in scenario.lines}
    for on in dates:
        for status in queries.status(on, include_archived=True):
            by_line.setdefault(status.line.name, []).append(status.position.outstanding_fen)
    return OwedSeries(dates, by_line)


@dataclass(frozen=True)
class BillsByMonth:
    """The bills falling due in each month of the story: ``due`` per line (fen, ``MonthlyDue``) and the total
    minimum of each month (fen)."""

    due: MonthlyDue
    minimum_fen: list[int]


def bills_by_month(store: Store, scenario: Scenario) -> BillsByMonth:
    """Each bill issued up to ``scenario.end`` (``handout.bills``) counted in the month of its due date, per line,
    for every month from the scenario's start to its end (and on to the last due date)."""
    found = bills(store, scenario)
    first = scenario.start.replace(day=1)
    last = max([scenario.end] + [b.due_date for b in found]).replace(day=1)
    months: list[date] = []
    while (month := first + relativedelta(months=len(months))) <= last:
        months.append(month)
    index = {m: i for i, m in enumerate(months)}
    by_line = {sl.line.name: [0] * len(months) for sl in scenario.lines}
    minimum = [0] * len(months)
    for b in found:
        i = index[b.due_date.replace(day=1)]
        by_line.setdefault(b.line, [0] * len(months))[i] += b.balance_fen
        minimum[i] += b.minimum_fen
    return BillsByMonth(MonthlyDue(months, {k: v for k, v in by_line.items() if any(v)}), minimum)


def _money_axis(ax: Axes, top_fen: int, lang: str) -> None:
    """A y axis from 0 in whole yuan, ticks at round amounts (as the window's ``money_ticks``)."""
    ax.set_ylim(0, _yuan(top_fen) * 1.12 if top_fen > 0 else 1000.0)
    ax.yaxis.set_major_locator(MaxNLocator(nbins=5, integer=True, min_n_ticks=3, steps=[1, 2, 2.5, 5, 10]))
    ax.yaxis.set_major_formatter(FuncFormatter(
        lambda value, _pos: fmt.money_whole(int(round(value * 100)), locale=locale_code(lang), reveal=True)))
    ax.grid(axis="y", color=RULE, linewidth=0.5, alpha=0.6)
    ax.set_axisbelow(True)


def _month_ticks(ax: Axes, positions: Sequence[float], months: list[date], lang: str) -> None:
    """Month labels under the x axis, every month or every few so at most about 12 show."""
    every = max(1, -(-len(months) // 12))
    shown = [i for i in range(len(months)) if i % every == 0]
    ax.set_xticks([positions[i] for i in shown], [fmt.month(months[i], locale=locale_code(lang)) for i in shown],
                  rotation=45, ha="right")


def _new_figure(title: str) -> tuple[Figure, Axes]:
    fig = Figure(figsize=SIZE_IN, layout="constrained")
    fig.patch.set_facecolor("white")
    ax = fig.add_subplot()
    ax.set_title(title, loc="left", fontsize=13, color=INK, pad=20)
    ax.tick_params(labelsize=9)
    return fig, ax


def _legend(fig: Figure, ax: Axes, order: list[str] | None = None) -> None:
    """The legend under the plot, its entries in ``order`` (labels) when given."""
    handles, names = ax.get_legend_handles_labels()
    if order:
        pairs = sorted(zip(handles, names, strict=True), key=lambda p: order.index(p[1]) if p[1] in order else 0)
        handles, names = [h for h, _ in pairs], [n for _, n in pairs]
    if handles:
        fig.legend(handles, names, loc="outside lower center", ncols=min(len(handles), 4), frameon=False,
                   fontsize=9)


def owed_figure(series: OwedSeries, scenario: Scenario, lang: str) -> Figure:
    """The owed chart: one line per credit line (a dashed total when there are several), the moments marked."""
    fig, ax = _new_figure(_text("owed_title", lang))
    start = series.dates[0]
    x = [(d - start).days for d in series.dates]
    for i, (name, values) in enumerate(series.by_line.items()):
        ax.plot(x, [_yuan(v) for v in values], color=SERIES[i % len(SERIES)], linewidth=2, label=name,
                drawstyle="steps-post")
    if len(series.by_line) > 1:
        ax.plot(x, [_yuan(v) for v in series.totals], color=INK, linewidth=1.3, linestyle="--",
                label=_text("owed_total", lang), drawstyle="steps-post")
    # where the class stops (the figures it checks are on these lines); stops a few days apart share one label
    groups: list[list[tuple[int, int]]] = []
    for i, m in enumerate(scenario.moments, 1):
        at = (m.on - start).days
        ax.axvline(at, color=MUTED, linewidth=0.8, linestyle=":")
        if groups and at - groups[-1][-1][1] <= max(x[-1], 1) * 0.04:
            groups[-1].append((i, at))
        else:
            groups.append([(i, at)])
    for group in groups:
        numbers = _text("stop_join", lang).join(_text("stop", lang, i=i) for i, _ in group)
        text = _text("stops", lang, numbers=numbers)
        ax.annotate(text, (group[0][1], 1.0), xycoords=("data", "axes fraction"), ha="center", va="bottom",
                    fontsize=8, color=MUTED)
    months: list[date] = []
    while (month := start.replace(day=1) + relativedelta(months=len(months) + 1)) <= series.dates[-1]:
        months.append(month)
    _month_ticks(ax, [(m - start).days for m in months], months, lang)
    ax.set_xlim(0, max(x[-1], 1))
    _money_axis(ax, max(series.totals + [v for vs in series.by_line.values() for v in vs] + [0]), lang)
    _legend(fig, ax)
    return fig


def monthly_due_figure(data: BillsByMonth, income_fen: int, lang: str) -> Figure:
    """The monthly bills chart: bars stacked by line, the minimum of each month marked on them, the monthly
    income as a dashed line."""
    fig, ax = _new_figure(_text("due_title", lang))
    months = data.due.months
    x = list(range(len(months)))
    bottom = [0.0] * len(x)
    for i, (name, values) in enumerate(data.due.by_line.items()):
        heights = [_yuan(v) for v in values]
        ax.bar(x, heights, bottom=bottom, width=0.7, color=SERIES[i % len(SERIES)], label=name, zorder=2)
        bottom = [b + h for b, h in zip(bottom, heights, strict=True)]
    if any(data.minimum_fen):
        shown = [i for i in x if data.minimum_fen[i]]
        ax.scatter(shown, [_yuan(data.minimum_fen[i]) for i in shown], marker="_", s=260, linewidths=2.2, color=INK,
                   label=_text("due_minimum", lang), zorder=3)
    if income_fen:
        ax.axhline(_yuan(income_fen), color=DANGER, linestyle="--", linewidth=1.4, zorder=3,
                   label=_text("income", lang, amount=money(income_fen, lang)))
    if not data.due.by_line:
        ax.text(0.5, 0.5, _text("no_bills", lang), transform=ax.transAxes, ha="center", va="center", color=MUTED)
    _month_ticks(ax, x, months, lang)
    ax.set_xlim(-0.6, len(x) - 0.4)
    top = max(data.due.totals + [income_fen, 0])
    _money_axis(ax, top, lang)
    # the lines first, as stacked, then what the minimum and the income are
    _legend(fig, ax, list(data.due.by_line) + [_text("due_minimum", lang),
                                               _text("income", lang, amount=money(income_fen, lang))])
    return fig


def write_charts(scenario: Scenario, store: Store, lang: str, out_dir: Path) -> list[Path]:
    """Write the scenario's charts into ``out_dir`` (which must exist) as ``<id>-<chart>-<lang>.<png|svg|pdf>``
    for each chart of ``CHARTS``, ``lang`` being ``zh_CN`` or ``en``: the charts' texts are in that language, so
    both languages can share a folder.

    Args:
        scenario: the parsed scenario.
        store: a ledger ``build_scenario(store, scenario)`` has written (never the user's).
        lang: ``zh``/``zh_CN`` for Chinese, anything else for English.
        out_dir: an existing folder; files of the same names are replaced.

    Returns:
        The paths written, chart by chart, in ``FORMATS`` order.

    Raises:
        HandoutError: Chinese asked for and no installed font can draw it.
        OSError: a file cannot be written.
    """
    code = file_language(lang)
    written = []
    with print_style(lang):
        figures = {"owed": owed_figure(owed_series(store, scenario), scenario, lang),
                   "monthly-due": monthly_due_figure(bills_by_month(store, scenario),
                                                     scenario.persona.monthly_income_fen, lang)}
        for name in CHARTS:
            for ext in FORMATS:
                path = Path(out_dir) / f"{scenario.id}-{name}-{code}.{ext}"
                # no dates or software versions in the files: the same story gives the same files
                metadata = {"png": {"Software": None}, "svg": {"Date": None, "Creator": None},
                            "pdf": {"CreationDate": None, "Creator": "DebtLens", "Producer": "DebtLens"}}[ext]
                figures[name].savefig(path, format=ext, dpi=PNG_DPI, metadata=metadata, facecolor="white")
                written.append(path)
    return written
