"""Parsing and checking the plain values a user types (CLI arguments, dialog fields)."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from app.domain.credit_line import CreditLine
from app.domain.errors import ValidationError
from app.domain.ledger_bounds import FIRST_DAY, LAST_DAY
from app.domain.messages import QT_TRANSLATE_NOOP

EARLIEST, LATEST = FIRST_DAY, LAST_DAY
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)


def parse_date(value: str | date, field: str = "date") -> date:
    """Parse ``YYYY-MM-DD`` (a real calendar date between 1990 and 2100).

    Raises:
        ValidationError: empty, wrong shape, a day that does not exist (2025-02-30), or out of range.
    """
    if isinstance(value, date):
        day = value
    elif value is not None and not isinstance(value, str):
        raise ValidationError(field, value, QT_TRANSLATE_NOOP(
                "Errors", "is not a date of the form YYYY-MM-DD that exists"))
    else:
        text = (value or "").strip()
        if not text:
            raise ValidationError(field, value, QT_TRANSLATE_NOOP("Errors", "is empty"))
        try:
            if not _ISO_DATE.fullmatch(text):  # date.fromisoformat also takes 20240301 and 2024-W09-5
                raise ValueError(text)
            day = date.fromisoformat(text)
        except ValueError:
            raise ValidationError(field, value, QT_TRANSLATE_NOOP(
                    "Errors", "is not a date of the form YYYY-MM-DD that exists")) from None
    if not EARLIEST <= day <= LATEST:
        raise ValidationError(field, value, QT_TRANSLATE_NOOP(
                "Errors", "must be between %1 and %2").arg(EARLIEST, LATEST))
    return day


def parse_int(value: str | int, field: str, lo: int, hi: int) -> int:
    """Parse a whole number in ``[lo, hi]``. Raises ``ValidationError`` naming ``field``."""
    if isinstance(value, bool):
        raise ValidationError(field, value, QT_TRANSLATE_NOOP("Errors", "is not a whole number"))
    if isinstance(value, int):
        number = value
    else:
        text = (value or "").strip()
        if not text:
            raise ValidationError(field, value, QT_TRANSLATE_NOOP("Errors", "is empty"))
        if not text.lstrip("-").isascii() or not text.lstrip("-").isdigit():
            raise ValidationError(field, value, QT_TRANSLATE_NOOP("Errors", "is not a whole number"))
        number = int(text)
    if not lo <= number <= hi:
        raise ValidationError(field, value, QT_TRANSLATE_NOOP("Errors", "must be from %1 to %2").arg(lo, hi))
    return number


def check_rate(value: object, field: str) -> Decimal:
    """Check that a rate given to a service is a finite ``Decimal`` (never a float or text).

    Raises:
        ValidationError: any other type, NaN or infinity.
    """
    if not isinstance(value, Decimal) or not value.is_finite():
        raise ValidationError(field, value, QT_TRANSLATE_NOOP(
                "Errors", "must be a finite decimal fraction, e.g. Decimal('0.088')"))
    return value


def check_line_values(line: CreditLine) -> None:
    """Check the types of a credit line's terms before the domain checks their ranges (which would otherwise
    fail with a ``TypeError`` or ``InvalidOperation`` on text, floats or NaN).

    Raises:
        ValidationError: a rate that is not a finite Decimal, a day count that is not a whole number.
    """
    check_rate(line.min_payment_rate, "min_payment_rate")
    check_rate(line.daily_penalty_rate, "daily_penalty_rate")
    check_rate(line.late_fee_rate, "late_fee")
    for rate in line.fee_presets.values():
        check_rate(rate, "fee_presets")
    for name in ("statement_day", "due_day", "grace_days"):
        value = getattr(line, name)
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValidationError(name, value, QT_TRANSLATE_NOOP("Errors", "must be a whole number from 1 to 31")
                                  if name != "grace_days"
                                  else QT_TRANSLATE_NOOP("Errors", "must be a whole number between 0 and 30 days"))
