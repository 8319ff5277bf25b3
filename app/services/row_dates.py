"""Rows of a file dated far after today (``ledger_bounds.far_ahead``: more than ``DAYS_AHEAD_ALLOWED`` days). A
statement lists what happened, so such a date is a misread (a day-first date read month-first, a two-digit year)
or a typo in a typed file: the row is left out with a reason naming its date and today, never booked silently, and
the file's other rows still import. A purchase dated a day or two ahead (time zones) imports as it is, as the
purchase dialog and ``debtlens purchase add`` take it."""

from __future__ import annotations

from datetime import date

from app.domain.ledger_bounds import days_ahead, far_ahead
from app.domain.messages import QT_TRANSLATE_NOOP
from app.importers.records import ImportedEvent, SkippedRow

#: ``%1`` the row's date, ``%2`` how many days after today, ``%3`` today (ISO dates).
FAR_AHEAD = QT_TRANSLATE_NOOP(
        "ImportTexts", "dated %1, %2 days after today (%3): not imported, most likely a misread or mistyped date; "
        "enter it by hand if it is right")


def not_far_ahead(events: list[ImportedEvent], skipped: list[SkippedRow],
                  today: date) -> tuple[list[ImportedEvent], list[SkippedRow]]:
    """Split ``events`` (in file order) into those dated at most ``DAYS_AHEAD_ALLOWED`` days after ``today`` and the
    rest, which join ``skipped`` (in row order) with the :data:`FAR_AHEAD` reason."""
    ahead = [e for e in events if far_ahead(e.posted_on, today)]
    if not ahead:
        return events, skipped
    kept = [e for e in events if not far_ahead(e.posted_on, today)]
    reasons = (SkippedRow(e.row, FAR_AHEAD.arg(e.posted_on.isoformat(), days_ahead(e.posted_on, today),
                                                today.isoformat())) for e in ahead)
    return kept, sorted([*skipped, *reasons], key=lambda s: s.row)
