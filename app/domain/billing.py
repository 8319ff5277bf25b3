"""Billing cycles, statement dates and payment due dates.

Rules (domain-rules.md §1):
- A bill dated M/s covers postings in ``[(M-1)/s, M/s)``: a posting on the statement day itself goes to the next
  bill ([T], Huabei). With ``statement_day_inclusive`` the cycle is ``((M-1)/s, M/s]`` ([T], Bank of China).
- A statement or due day past a month's end is clamped (day 31 in February is the 28th or 29th; design.md).
- The payment due date is the first due day strictly after the statement date, so a due day smaller than or
  equal to the statement day falls in the next month.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING, TypeAlias

if TYPE_CHECKING:
    from app.domain.credit_line import CreditLine


def clamp_day(year: int, month: int, day: int) -> date:
    """The date ``year-month-day``, with ``day`` clamped to the month's last day (31 Feb 2024 -> 29 Feb 2024)."""
    return date(year, month, min(day, calendar.monthrange(year, month)[1]))


@lru_cache(maxsize=8192)  # imports place tens of thousands of postings on a few hundred distinct dates
def statement_date_for(posting: date, statement_day: int, inclusive: bool = False) -> date:
    """The statement date of the bill a posting on ``posting`` appears on.

    Args:
        posting: the posting date.
        statement_day: the line's statement day, 1-31 (clamped per month).
        inclusive: whether a posting on the statement day belongs to that day's bill.

    Example: Huabei (day 1, exclusive): posted 2024-02-29 -> bill 2024-03-01; posted 2024-03-01 -> 2024-04-01.
    """
    candidate = clamp_day(posting.year, posting.month, statement_day)
    if candidate > posting or (inclusive and candidate == posting):
        return candidate
    year, month = divmod(posting.year * 12 + posting.month, 12)  # the following month (1-based)
    return clamp_day(year, month + 1, statement_day)


def _month_after(day: date, months: int) -> tuple[int, int]:
    """(year, month) ``months`` calendar months after the month of ``day`` (negative: before)."""
    year, month0 = divmod(day.year * 12 + day.month - 1 + months, 12)
    return year, month0 + 1


# The statements engine asks these for every bill of every line on each refresh: plain month arithmetic, cached.
@lru_cache(maxsize=8192)
def next_statement_date(statement_date: date, statement_day: int, months: int = 1) -> date:
    """The statement date ``months`` cycles after ``statement_date`` (negative for earlier ones)."""
    return clamp_day(*_month_after(statement_date, months), statement_day)


@lru_cache(maxsize=8192)
def cycle_of(statement_date: date, statement_day: int, inclusive: bool = False) -> tuple[date, date]:
    """The first and last posting dates (both inclusive) of the cycle that closes on ``statement_date``."""
    previous = next_statement_date(statement_date, statement_day, -1)
    if inclusive:
        return previous + timedelta(days=1), statement_date
    return previous, statement_date - timedelta(days=1)


@lru_cache(maxsize=8192)
def due_date_for(statement_date: date, due_day: int) -> date:
    """The payment due date of a statement: the first ``due_day`` (clamped) strictly after ``statement_date``.

    Example: statement 2024-03-01, due day 10 -> 2024-03-10; statement 2024-03-20, due day 8 -> 2024-04-08.
    """
    candidate = clamp_day(statement_date.year, statement_date.month, due_day)
    if candidate > statement_date:
        return candidate
    return clamp_day(*_month_after(statement_date, 1), due_day)


def shared_due_date(statement_day: int, due_day: int, start: date, months: int = 120
                    ) -> tuple[date, date, date] | None:
    """The first two bills in a row, from the month of ``start`` on, that would be due on the same day:
    ``(first statement, second statement, due date)``, or ``None``. It happens when a short month clamps the
    statement day and the due day onto one date (day 29 and 30: 2026-02-28 and 2026-03-29 are both due
    2026-03-30): with a statement day of 28 or more and a later due day, and never otherwise.
    """
    stmt = clamp_day(start.year, start.month, statement_day)
    for _ in range(months):
        following = next_statement_date(stmt, statement_day)
        due = due_date_for(stmt, due_day)
        if due == due_date_for(following, due_day):
            return stmt, following, due
        stmt = following
    return None


def interest_free_days(posting: date, statement_day: int, due_day: int, inclusive: bool = False) -> int:
    """Days from posting to the due date of its bill (domain-rules.md §1: at most 40, at least 10 for (1,10))."""
    return (due_date_for(statement_date_for(posting, statement_day, inclusive), due_day) - posting).days


def statement_for_label(line: CreditLine, year: int, month: int) -> date:
    """The statement date of the bill a Huabei text names as "YYYY年MM月账单" (issued in that month; on the day
    in force then when the line's days changed)."""
    if line.day_changes:
        return scheduled_statement_date(date(year, month, 1) - timedelta(days=1), line.schedule, True)
    return clamp_day(year, month, line.statement_day)


# -- statement and due days that change from a date on (domain-rules.md §1 "Changing the dates") ---------------

@dataclass(frozen=True)
class DayChange:
    """The statement day, due day and cycle rule of the bills dated after ``effective``, the day of the change.

    A bank applies a change from the next cycle: bills cut on or before ``effective`` keep the earlier days, and
    the transition cycle runs from the last of them to the first statement date on the new day after it.
    """

    effective: date
    statement_day: int
    due_day: int
    inclusive: bool = False


#: A line's day history, oldest first; the first entry's ``effective`` is ignored (it applies to all before).
Schedule: TypeAlias = tuple[DayChange, ...]


def _era(schedule: Schedule, statement_date: date) -> DayChange:
    """The entry in force for a bill dated ``statement_date``."""
    found = schedule[0]
    for change in schedule[1:]:
        if change.effective < statement_date:
            found = change
    return found


@lru_cache(maxsize=8192)
def scheduled_statement_date(posting: date, schedule: Schedule, strictly_after: bool = False) -> date:
    """The statement date of the bill a posting on ``posting`` appears on under ``schedule``; with
    ``strictly_after``, the first statement date after ``posting`` whatever the cycle rule (the next bill).

    Example: day 1, changed to day 10 on 2024-03-20: posted 2024-02-20 -> 2024-03-01 (the issued bill stays),
    posted 2024-03-05 -> 2024-04-10 (transition cycle, no 04-01 bill), posted 2024-04-10 -> 2024-05-10.
    """
    for k, era in enumerate(schedule):
        found = statement_date_for(posting, era.statement_day, era.inclusive and not strictly_after)
        if k:
            found = max(found, statement_date_for(era.effective, era.statement_day))
        if k + 1 == len(schedule) or found <= schedule[k + 1].effective:
            return found
    raise ValueError("empty schedule")


@lru_cache(maxsize=8192)
def scheduled_previous(statement_date: date, schedule: Schedule) -> date:
    """The last statement date before ``statement_date`` under ``schedule``."""
    bound = statement_date
    for k in range(len(schedule) - 1, -1, -1):
        era = schedule[k]
        found = clamp_day(bound.year, bound.month, era.statement_day)
        if found >= bound:
            found = clamp_day(*_month_after(bound, -1), era.statement_day)
        if k == 0 or found > era.effective:
            return found
        bound = min(bound, era.effective + timedelta(days=1))  # the earlier days' bills end on the change day
    raise ValueError("empty schedule")


def scheduled_next(statement_date: date, schedule: Schedule, months: int = 1) -> date:
    """The statement date ``months`` bills after ``statement_date`` under ``schedule`` (negative: before)."""
    for _ in range(abs(months)):
        statement_date = (scheduled_statement_date(statement_date, schedule, True) if months > 0
                          else scheduled_previous(statement_date, schedule))
    return statement_date


def scheduled_cycle(statement_date: date, schedule: Schedule) -> tuple[date, date]:
    """The first and last posting dates (both inclusive) of the bill dated ``statement_date`` under ``schedule``;
    the transition bill of a day change covers the days from the last old statement date to the first new one."""
    previous = scheduled_previous(statement_date, schedule)
    start = previous + timedelta(days=1) if _era(schedule, previous).inclusive else previous
    end = statement_date if _era(schedule, statement_date).inclusive else statement_date - timedelta(days=1)
    return start, end


def scheduled_due(statement_date: date, schedule: Schedule) -> date:
    """The payment due date of the bill dated ``statement_date``: the due day in force for that bill."""
    return due_date_for(statement_date, _era(schedule, statement_date).due_day)


def first_new_statement(changed_on: date, schedule: Schedule) -> tuple[date, date]:
    """The transition cycle of a day change made on ``changed_on`` (the last entry of ``schedule``): ``(last bill
    on the earlier days, first bill on the new ones)``."""
    first = scheduled_statement_date(changed_on, schedule, True)
    return scheduled_previous(first, schedule), first
