"""The figures of a monthly report: the overview as of the month's end (or today, for this month), the statements
cut in the month, the bills due after it, and the data of the overview's two charts.

Pure data, no Qt: the window prints and exports it (``app.ui.report``), and so does ``debtlens report``. Money is
int fen; the month's "as of" day comes from the caller's today, never from the clock.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from app.domain.due_bills import DueBill
from app.domain.errors import ValidationError
from app.domain.statements import Statement
from app.services.debt_load import DebtLoad
from app.services.debt_load import debt_load as load_of
from app.services.overview import Overview, overview
from app.services.queries import MonthlyDue, QueryService
from app.services.reminders import ReminderService
from app.services.reports import DebtLoadSeries, debt_load
from app.storage.repositories import Store
from app.domain.messages import QT_TRANSLATE_NOOP

#: Months of due dates in the report's payment calendar, from its "as of" day.
CALENDAR_MONTHS = 3


@dataclass(frozen=True)
class StatementRow:
    """A statement cut in the report's month, with its credit line's name and currency (ISO 4217)."""

    line: str
    currency: str
    statement: Statement


@dataclass(frozen=True)
class MonthlyReport:
    """Everything a monthly report shows.

    Attributes:
        month: the first day of the month reported on. as_of: the day the figures are for: the month's last day,
            or today while the month is not over.
        overview: totals, utilization and one card per active credit line (``services.overview``).
        load: the debt load the overview shows (``services.debt_load``): the debt-service ratio of the busiest of
            the next 12 months, the warning bands, the persistent-debt flag.
        statements: the statements whose statement date falls in the month, by line then date (a statement after
            ``as_of`` is the one being built: its status says "upcoming").
        upcoming: the bills with something to pay due in the ``CALENDAR_MONTHS`` months after ``as_of``, soonest
            first.
        monthly_due / debt_load: the data of the overview's two charts, as of ``as_of``: the lines in the main
            currency only (one money axis; ``left_out`` names the others).
    """

    month: date
    as_of: date
    overview: Overview
    load: DebtLoad
    statements: list[StatementRow]
    upcoming: list[DueBill]
    monthly_due: MonthlyDue
    debt_load: DebtLoadSeries


def parse_month(text: str, field: str = "month") -> date:
    """``"2026-03"`` -> ``date(2026, 3, 1)``.

    Raises:
        ValidationError: not a month written YYYY-MM (``field`` names where it was typed).
    """
    match = re.fullmatch(r"\s*(\d{4})-(\d{1,2})\s*", text or "")
    if not match or not 1 <= int(match.group(2)) <= 12:
        raise ValidationError(field, text, QT_TRANSLATE_NOOP("Errors", "must be a month written YYYY-MM, e.g. 2026-03"))
    return date(int(match.group(1)), int(match.group(2)), 1)


def report_day(month: date, today: date) -> date:
    """The day a report on ``month`` is as of: its last day, or ``today`` while the month is not over.

    Raises:
        ValidationError: ``month`` is after today's month (field ``month``).
    """
    first = month.replace(day=1)
    if first > today:
        raise ValidationError("month", first.strftime("%Y-%m"), QT_TRANSLATE_NOOP(
                "Errors", "is after this month: nothing has happened yet"))
    last = first.replace(day=calendar.monthrange(first.year, first.month)[1])
    return min(last, today)


def monthly_report(store: Store, month: date, today: date) -> MonthlyReport:
    """The report on ``month`` (any day of it) as ``today`` sees it.

    Raises:
        ValidationError: ``month`` is after today's month.
    """
    first = month.replace(day=1)
    as_of = report_day(first, today)
    queries = QueryService(store)
    rows = []
    for line in store.lines.all(include_archived=False):
        result = queries.line_statements(line.saved_id, as_of)
        rows += [StatementRow(line.name, line.currency, st) for st in result.statements
                 if (st.statement_date.year, st.statement_date.month) == (first.year, first.month)]
    return MonthlyReport(month=first, as_of=as_of, overview=overview(store, as_of), load=load_of(store, as_of),
                         statements=rows,
                         upcoming=ReminderService(store).upcoming_bills(as_of, CALENDAR_MONTHS),
                         monthly_due=queries.monthly_due(as_of).in_currency(queries.main_currency()),
                         debt_load=debt_load(store, as_of))
