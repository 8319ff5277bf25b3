"""Export the payment due dates of the coming months as an iCalendar (.ics) file (``exporters.calendar_export``).

The file names amounts and credit lines, so it is written like every export: readable by the user only (0600),
atomically, and never onto the ledger or one of its files (``ExportService.check_target``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from app.domain.errors import ValidationError
from app.exporters import calendar_export
from app.services.export_service import ExportService, write_private
from app.services.reminders import MAX_DAYS_BEFORE, ReminderService
from app.storage.repositories import Store
from app.domain.messages import QT_TRANSLATE_NOOP

#: The most months ahead a calendar can cover (the schedule's own limit).
MAX_MONTHS = 120


@dataclass(frozen=True)
class CalendarExport:
    """What an export wrote: the file (``None`` for text returned instead), the number of events (bills) and of
    credit lines they belong to."""

    path: Path | None
    events: int
    lines: int


class CalendarService:
    """Builds and writes the due-date calendar of a ``Store``."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.reminders = ReminderService(store)

    def ical(self, today: date, *, stamp: datetime, months: int = 12, lang: str = "en",
             days_before: int | None = None) -> tuple[bytes, CalendarExport]:
        """The .ics bytes of the bills due from ``today`` to ``months`` months after it, and what they hold.

        Args:
            today: the first due date covered (bills overdue before it are left out: reminders tell of those).
            stamp: when the file is made (timezone-aware), the events' ``DTSTAMP``.
            months: 1 to ``MAX_MONTHS``.
            lang: ``"en"`` or ``"zh_CN"``.
            days_before: the alarm of every event, in days before its due date (0 = no alarm); ``None`` takes each
                line's reminder setting (``ReminderService.days_before``).

        Raises:
            ValidationError: ``months``, ``days_before`` or ``lang`` out of range (the field names it).
        """
        if isinstance(months, bool) or not isinstance(months, int) or not 1 <= months <= MAX_MONTHS:
            raise ValidationError("months", months, QT_TRANSLATE_NOOP(
                    "Errors", "must be a whole number from 1 to %1").arg(MAX_MONTHS))
        if days_before is not None and (isinstance(days_before, bool) or not isinstance(days_before, int)
                                        or not 0 <= days_before <= MAX_DAYS_BEFORE):
            raise ValidationError("days_before", days_before,
                                  QT_TRANSLATE_NOOP(
                                          "Errors", "must be a whole number of days from 0 to %1").arg(MAX_DAYS_BEFORE))
        bills = self.reminders.upcoming_bills(today, months)
        per_line: dict[int, int] = {}

        def alarm_days(bill) -> int:
            if days_before is not None:
                return days_before
            if bill.line_id not in per_line:
                per_line[bill.line_id] = self.reminders.days_before(bill.line_id)
            return per_line[bill.line_id]

        data = calendar_export.to_ical(bills, stamp=stamp, lang=lang, alarm_days=alarm_days)
        return data, CalendarExport(None, len(bills), len({b.line_id for b in bills}))

    def export(self, out: Path | str, today: date, *, stamp: datetime, months: int = 12, lang: str = "en",
               days_before: int | None = None, overwrite: bool = False) -> CalendarExport:
        """Write the calendar of ``ical`` to ``out`` (mode 0600, atomic). An existing file is replaced only with
        ``overwrite`` or when it is itself an iCalendar file (exporting again over the last export is the way to
        update the events).

        Raises:
            ValidationError: ``out`` is the ledger or one of its files, in its backup folder, a database, an
                existing file that is not a calendar (without ``overwrite``), or in a folder that does not exist;
                or an argument of ``ical`` is out of range. ExportError: the disk refused the write.
        """
        out = Path(out)
        ExportService(self.store).check_target(out)
        data, result = self.ical(today, stamp=stamp, months=months, lang=lang, days_before=days_before)
        write_private(out, data, overwrite=overwrite or _is_calendar(out))
        return CalendarExport(out, result.events, result.lines)


def _is_calendar(path: Path) -> bool:
    """Whether ``path`` is an existing regular file that starts like an iCalendar file."""
    try:
        if not path.is_file():
            return False
        with open(path, "rb") as f:
            return f.read(64).lstrip(b"\xef\xbb\xbf \r\n\t").upper().startswith(b"BEGIN:VCALENDAR")
    except OSError:
        return False
