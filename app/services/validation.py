"""Parsing and checking the plain values a user types (CLI arguments, dialog fields)."""

from __future__ import annotations

from datetime import date

from app.domain.errors import ValidationError

EARLIEST = date(1990, 1, 1)
LATEST = date(2100, 12, 31)


def parse_date(value: str | date, field: str = "date") -> date:
    """Parse ``YYYY-MM-DD`` (a real calendar date between 1990 and 2100).

    Raises:
        ValidationError: empty, wrong shape, a day that does not exist (2025-02-30), or out of range.
    """
    if isinstance(value, date):
        day = value
    else:
        text = (value or "").strip()
        if not text:
            raise ValidationError(field, value, "is empty")
        try:
            day = date.fromisoformat(text)
        except ValueError:
            raise ValidationError(field, value, "is not a date of the form YYYY-MM-DD that exists") from None
    if not EARLIEST <= day <= LATEST:
        raise ValidationError(field, value, f"must be between {EARLIEST} and {LATEST}")
    return day


def parse_int(value: str | int, field: str, lo: int, hi: int) -> int:
    """Parse a whole number in ``[lo, hi]``. Raises ``ValidationError`` naming ``field``."""
    if isinstance(value, bool):
        raise ValidationError(field, value, "is not a whole number")
    if isinstance(value, int):
        number = value
    else:
        text = (value or "").strip()
        if not text.lstrip("-").isdigit():
            raise ValidationError(field, value, "is not a whole number")
        number = int(text)
    if not lo <= number <= hi:
        raise ValidationError(field, value, f"must be from {lo} to {hi}")
    return number
