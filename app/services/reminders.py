"""Reminders of payment due dates: which bills to remind the user of today, and which reminders were shown.

Kinds (``ReminderKind``), from the bills of ``domain.due_bills``:

- *due soon*: a bill with something still to pay, due in 1 … N days, N being the line's "remind me N days
  before" setting (``reminders.days_before.<line id>``) or else the global one (``reminders.days_before``), 3 when
  neither is set; N = 0 turns the reminders of that line off (all three kinds);
- *due today*: a bill with something still to pay whose payment due date is today;
- *overdue*: the line's latest bill whose due date passed with less than its minimum paid (statement status
  ``overdue``, domain-rules.md §1.5).

A reminder is shown once per bill and kind: the keys of those shown (``<line id>:<statement date>:<kind>``) are kept
in the ledger's settings table (``reminders.shown``), so a restart does not repeat them; keys of bills more than
400 days old are dropped when new ones are added. "Today" always comes from the caller.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from dateutil.relativedelta import relativedelta

from app.domain.due_bills import DueBill, due_bills, overdue_bill
from app.domain.errors import ValidationError
from app.services.changes import Changes
from app.services.queries import QueryService
from app.storage.repositories import Store
from app.domain.messages import QT_TRANSLATE_NOOP

#: Settings keys: the global "remind me N days before a due date" (a whole number of days, 0 = off), its per-line
#: override (``reminders.days_before.<line id>``) and the reminders already shown (a JSON list of keys).
DAYS_BEFORE = "reminders.days_before"
SHOWN = "reminders.shown"
#: Days before a due date when nothing is set.
DEFAULT_DAYS_BEFORE = 3
#: The most days before a due date a reminder can be set to (a bill is issued at most about a month before).
MAX_DAYS_BEFORE = 31
#: Shown-reminder keys of bills older than this are forgotten (the bill is long settled or long overdue).
FORGET_AFTER = timedelta(days=400)


class ReminderKind(StrEnum):
    """Why a bill needs attention (the same names in keys and in the window)."""

    DUE_SOON = "due_soon"
    DUE_TODAY = "due_today"
    OVERDUE = "overdue"


@dataclass(frozen=True)
class Reminder:
    """A bill to remind the user of. ``days_left`` is days until the due date (0 today, negative: days overdue).

    ``bill.amount_fen`` is what is still to pay on the bill (fen); ``bill.minimum_left_fen`` what is still to pay of
    its minimum (for an overdue bill: the amount overdue).
    """

    kind: ReminderKind
    bill: DueBill
    days_left: int

    @property
    def key(self) -> str:
        """``<line id>:<statement date>:<kind>``: what ``reminders.shown`` remembers."""
        return f"{self.bill.line_id}:{self.bill.statement_date.isoformat()}:{self.kind.value}"


#: The order reminders are listed in: overdue first, then due today, then soonest.
_URGENCY = {ReminderKind.OVERDUE: 0, ReminderKind.DUE_TODAY: 1, ReminderKind.DUE_SOON: 2}


class ReminderService:
    """Reminder settings, the bills to come and the reminders due, over a ``Store`` (one transaction per change)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.queries = QueryService(store)

    # -- settings -------------------------------------------------------------------------------------------
    def days_before(self, line_id: int | None = None) -> int:
        """Days before a due date to remind of a bill of ``line_id``: its own setting, else the global one, else
        ``DEFAULT_DAYS_BEFORE``; 0 means no reminders. ``line_id=None``: the global setting."""
        keys = ([f"{DAYS_BEFORE}.{line_id}"] if line_id is not None else []) + [DAYS_BEFORE]
        for key in keys:
            value = self.store.settings.get(key)
            if value is not None and value.isascii() and value.isdigit():
                return min(int(value), MAX_DAYS_BEFORE)
        return DEFAULT_DAYS_BEFORE

    def set_days_before(self, days: int | None, line_id: int | None = None) -> Changes:
        """Set the days before a due date (0 = off) globally or, with ``line_id``, for that line; ``None`` clears
        the setting (the line then follows the global one, the global one the default of 3).

        Raises:
            ValidationError: ``days`` is not a whole number from 0 to ``MAX_DAYS_BEFORE`` (field
                ``days_before``); NotFoundError: no such line.
        """
        if days is not None and (isinstance(days, bool) or not isinstance(days, int)
                                 or not 0 <= days <= MAX_DAYS_BEFORE):
            raise ValidationError("days_before", days, QT_TRANSLATE_NOOP(
                    "Errors", "must be a whole number of days from 0 to %1").arg(MAX_DAYS_BEFORE))
        with self.store.atomic():
            if line_id is not None:
                self.store.lines.get(line_id)
            key = DAYS_BEFORE if line_id is None else f"{DAYS_BEFORE}.{line_id}"
            self.store.settings.set(key, None if days is None else str(days))
        return Changes(settings=True)

    # -- bills and reminders --------------------------------------------------------------------------------
    def upcoming_bills(self, today: date, months: int = 12) -> list[DueBill]:
        """Every active line's bills with something to pay, due from ``today`` to ``months`` months after it,
        soonest first (overdue bills are not among them: see ``due``)."""
        until = today + relativedelta(months=months)
        bills = []
        for line in self.store.lines.all(include_archived=False):
            bills += due_bills(line, self.queries.line_statements(line.saved_id, today), today, until)
        bills.sort(key=lambda b: (b.due_date, b.line, b.statement_date))
        return bills

    def due(self, today: date) -> list[Reminder]:
        """The reminders due on ``today`` (whether shown before or not), most urgent first: overdue bills, bills due
        today, then bills due within each line's ``days_before``."""
        reminders = []
        for line in self.store.lines.all(include_archived=False):
            days = self.days_before(line.id)
            if days <= 0:
                continue
            result = self.queries.line_statements(line.saved_id, today)
            late = overdue_bill(line, result)
            if late is not None:
                reminders.append(Reminder(ReminderKind.OVERDUE, late, (late.due_date - today).days))
            for bill in due_bills(line, result, today, today + timedelta(days=days)):
                left = (bill.due_date - today).days
                reminders.append(Reminder(ReminderKind.DUE_TODAY if left == 0 else ReminderKind.DUE_SOON, bill, left))
        reminders.sort(key=lambda r: (_URGENCY[r.kind], r.bill.due_date, r.bill.line, r.bill.statement_date))
        return reminders

    # -- what was shown -------------------------------------------------------------------------------------
    def shown(self) -> set[str]:
        """The keys of the reminders shown already (``Reminder.key``); an unreadable setting counts as none."""
        try:
            keys = json.loads(self.store.settings.get(SHOWN) or "[]")
        except ValueError:
            return set()
        return {k for k in keys if isinstance(k, str)} if isinstance(keys, list) else set()

    def new(self, today: date) -> list[Reminder]:
        """The reminders due on ``today`` that were not shown yet, most urgent first."""
        shown = self.shown()
        return [r for r in self.due(today) if r.key not in shown]

    def mark_shown(self, reminders: list[Reminder], today: date) -> Changes:
        """Remember ``reminders`` as shown (a restart does not show them again); keys of bills older than
        ``FORGET_AFTER`` before ``today`` are forgotten at the same time."""
        with self.store.atomic():
            keys = self.shown() | {r.key for r in reminders}
            kept = sorted(k for k in keys if (on := _statement_of(k)) is None or on >= today - FORGET_AFTER)
            self.store.settings.set(SHOWN, json.dumps(kept))
        return Changes(settings=True)


def _statement_of(key: str) -> date | None:
    """The statement date inside a shown-reminder key (``None`` when it has none)."""
    try:
        return date.fromisoformat(key.split(":")[1])
    except (IndexError, ValueError):
        return None
