"""Rates as ``Decimal`` fractions (0.025 = 2.5 %), parsed from text such as ``"8.8%"`` (a percentage, always)."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from app.domain.errors import ValidationError
from app.domain.messages import QT_TRANSLATE_NOOP


def parse_rate(
    value: str | Decimal,
    *,
    field: str = "rate",
    minimum: Decimal = Decimal(0),
    below: Decimal | None = Decimal(1),
) -> Decimal:
    """Parse a rate into a Decimal fraction.

    ``"8.8%"``, ``"8.8 %"`` and ``"8.8％"`` mean 0.088. Text must be a percentage with ``%``: a bare number other
    than 0 is refused (``"0.5"`` could be meant as 0.5 % or as 50 %), with the reason "write a percentage with %,
    e.g. 8.8%". A ``Decimal`` is already a fraction and is taken as it is.

    Args:
        minimum: smallest accepted fraction (inclusive).
        below: the fraction must be strictly smaller than this (``None`` for no upper bound).

    Raises:
        ValidationError: empty, not a number, not finite, ambiguous, or outside ``[minimum, below)``.
    """
    if isinstance(value, Decimal):
        rate = value
    else:
        text = re.sub(r"\s", "", str(value)).replace("％", "%")  # also the no-break spaces of "8,8 %" locales
        if not text:
            raise ValidationError(field, value, QT_TRANSLATE_NOOP("Errors", "is empty"))
        percent = text.endswith("%")
        number = text[:-1] if percent else text
        if not re.fullmatch(r"[-+]?(\d+(\.\d*)?|\.\d+)", number):
            raise ValidationError(field, value, QT_TRANSLATE_NOOP("Errors", "is not a rate (write e.g. 8.8%)"))
        try:
            rate = Decimal(number)
        except InvalidOperation:  # pragma: no cover
            raise ValidationError(field, value, QT_TRANSLATE_NOOP("Errors", "is not a number")) from None
        if percent:
            rate = rate / 100
        elif rate != 0:
            raise ValidationError(field, value, QT_TRANSLATE_NOOP("Errors", "write a percentage with %, e.g. 8.8%"))
        if rate == 0:
            rate = Decimal(0)  # "-0", "0.00%"
    if not rate.is_finite():
        raise ValidationError(field, value, QT_TRANSLATE_NOOP("Errors", "is not a finite number"))
    if rate < minimum:
        raise ValidationError(field, value, QT_TRANSLATE_NOOP("Errors", "must be at least %1%").arg(minimum * 100))
    if below is not None and rate >= below:
        raise ValidationError(field, value, QT_TRANSLATE_NOOP(
                "Errors", "must be below %1%").arg(format(below * 100, 'g')))
    return rate
