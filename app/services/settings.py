"""Settings kept with the user's data: monthly income (fen), the default credit line, a workshop story's clock."""

from __future__ import annotations

from datetime import date

from app.domain.errors import ValidationError
from app.services import undo as steps
from app.services.changes import Changes
from app.storage.repositories import Store
from app.domain.messages import QT_TRANSLATE_NOOP

MONTHLY_INCOME = "monthly_income_fen"
DEFAULT_LINE = "default_line_id"
#: the day a workshop story's clock was left on (its ledger file only)
WORKSHOP_CLOCK = "workshop_clock"


class SettingsService:
    """Read and change data-level settings, one transaction each."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def monthly_income_fen(self) -> int | None:
        """The user's monthly income in fen, or ``None`` when not set."""
        value = self.store.settings.get(MONTHLY_INCOME)
        return int(value) if value else None

    def set_monthly_income(self, fen: int | None) -> Changes:
        """Set (or clear with ``None``) the monthly income in fen. Raises ``ValidationError`` when negative."""
        if fen is not None and (isinstance(fen, bool) or not isinstance(fen, int) or fen < 0):
            raise ValidationError("monthly_income", fen, QT_TRANSLATE_NOOP("Errors", "must be zero or more"))
        with self.store.step(steps.SET_INCOME, amount_fen=fen):
            self.store.settings.set(MONTHLY_INCOME, None if fen is None else str(fen))
        return Changes(settings=True)

    def default_line_id(self) -> int | None:
        """The id of the line new purchases go to by default, or ``None``."""
        value = self.store.settings.get(DEFAULT_LINE)
        return int(value) if value else None

    def set_default_line(self, line_id: int | None) -> Changes:
        """Set the default line (``None`` clears it)."""
        with self.store.step(steps.SET_DEFAULT_LINE):
            if line_id is not None:
                self.store.lines.get(line_id)
            self.store.settings.set(DEFAULT_LINE, None if line_id is None else str(line_id))
        return Changes(settings=True)

    def workshop_clock(self) -> date | None:
        """The day a workshop story's clock was left on in this (story) ledger, or ``None``."""
        value = self.store.settings.get(WORKSHOP_CLOCK)
        return date.fromisoformat(value) if value else None

    def set_workshop_clock(self, day: date | None) -> Changes:
        """Remember the story clock's day (``None`` forgets it); no view shows it, so nothing is broadcast."""
        with self.store.atomic():
            self.store.settings.set(WORKSHOP_CLOCK, None if day is None else day.isoformat())
        return Changes()
