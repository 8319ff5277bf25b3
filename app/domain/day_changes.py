"""A line's statement or due day changing from the next cycle on (domain-rules.md §1 "Changing the dates").

A bank applies a new statement day from the next billing cycle: bills already issued keep their dates, due dates
and amounts; the open cycle (the transition cycle) runs from the last old statement date to the first statement
date on the new day; later bills follow the new days. A new due day alone applies from the next bill cut.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from app.domain.billing import DayChange, first_new_statement, statement_date_for
from app.domain.credit_line import CreditLine

#: The date the first entry of a line's day history carries: it applies to every bill before the next entry.
SINCE_ALWAYS = date(1990, 1, 1)


def days_of(line: CreditLine) -> tuple[int, int, bool]:
    """``(statement day, due day, inclusive)``: what a day change compares."""
    return line.statement_day, line.due_day, line.statement_day_inclusive


def schedule_change(old: CreditLine, new: CreditLine, today: date) -> tuple[tuple[DayChange, ...], date]:
    """The day history ``new`` takes when ``old``'s days change on ``today`` to ``new``'s, and the last statement
    date on the earlier days (bills up to it are issued and keep their dates; the next one is the transition bill).

    A change whose first bill is not cut yet is replaced, not stacked; changing back to the days in force drops it.
    An empty history means the days never changed.
    """
    kept = (old.schedule[0], *(c for c in old.schedule[1:]
                               if statement_date_for(c.effective, c.statement_day) <= today))
    in_force = replace(old, statement_day=kept[-1].statement_day, due_day=kept[-1].due_day,
                       statement_day_inclusive=kept[-1].inclusive, day_changes=kept if len(kept) > 1 else ())
    history = (replace(kept[0], effective=SINCE_ALWAYS), *kept[1:])
    if days_of(new) != days_of(in_force):
        history = (*history, DayChange(today, new.statement_day, new.due_day, new.statement_day_inclusive))
    last_old, _ = first_new_statement(today, replace(new, day_changes=history).schedule if len(history) > 1
                                      else in_force.schedule)
    return (history if len(history) > 1 else ()), last_old


def bills_between(line: CreditLine, start: date, end: date) -> int:
    """How many bills of ``line`` come after ``start`` up to ``end`` (both statement dates, ``start <= end``)."""
    count = 0
    while start < end and count < 1200:
        start = line.next_bill(start)
        count += 1
    return count


def moved_bill(old: CreditLine, new: CreditLine, anchor: date, new_anchor: date, statement_date: date) -> date:
    """Where a stored statement date of ``old`` goes under ``new``'s days: as many bills after ``new_anchor`` as it
    was after ``anchor`` (an installment's period n stays n - 1 bills after period 1); dates up to ``anchor`` stay
    when the anchor did not move."""
    if statement_date <= anchor and anchor == new_anchor:
        return statement_date
    return new.next_bill(new_anchor, bills_between(old, anchor, statement_date))
