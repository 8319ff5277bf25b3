""""Can I pay it on that date?" (issue "Guardrails"): for a purchase, the bill it lands on, that bill's due date,
and the cash I will have then, instead of "the longest interest-free period wins".

Projected cash on a day D (all in fen): ``cash now + income × pay days in (today, D] − repayments already due by
D − this purchase's part due on D``. Pay days fall on the same day each month (clamped to the month's last day);
a pay day on ``today`` is taken as already in the cash. The verdict [I]: *short* below 0, *tight* when less than
``TIGHT_SHARE`` of a month's income would be left (with no income set: less than nothing), else *fine*.
Spending on anything else (rent, food) is not known to DebtLens: "fine" means the repayments are covered, and the
text says so.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from app.domain.errors import ValidationError
from app.domain.messages import QT_TRANSLATE_NOOP

#: Less than this share of a month's income left after the repayment is "tight" [I].
TIGHT_SHARE = Decimal("0.10")


class Verdict(StrEnum):
    """Can I pay it: fine, only just, or not."""

    FINE = "fine"
    TIGHT = "tight"
    SHORT = "short"


def paydays(after: date, through: date, pay_day: int) -> list[date]:
    """Pay days in ``(after, through]`` when pay comes on day ``pay_day`` (1-31, clamped to short months).

    Pay day 31 from 2026-01-31 through 2026-04-30: Feb 28, Mar 31, Apr 30.

    Raises:
        ValidationError: ``pay_day`` outside 1-31.
    """
    if not 1 <= pay_day <= 31:
        raise ValidationError("pay_day", pay_day, QT_TRANSLATE_NOOP(
                "Errors", "must be a day of the month from 1 to 31"))
    days: list[date] = []
    year, month = after.year, after.month
    while True:
        day = date(year, month, min(pay_day, calendar.monthrange(year, month)[1]))
        if day > through:
            return days
        if day > after:
            days.append(day)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


@dataclass(frozen=True)
class PayCheck:
    """The cash on ``on`` before and after this purchase's part due then, and the verdict (fen)."""

    on: date
    paydays: int
    already_due_fen: int
    this_fen: int
    before_fen: int
    after_fen: int
    verdict: Verdict


def check(cash_fen: int, income_fen: int | None, pay_day: int | None, today: date, on: date,
          already_due_fen: int, this_fen: int) -> PayCheck:
    """Project the cash on ``on`` and judge whether ``this_fen`` can be paid then (see the module docstring).

    Example: ¥2,000.00 now, ¥8,000.00 paid on the 15th, today Mar 20. A ¥3,000.00 purchase whose bill is due Apr
    10, with ¥1,200.00 already due by then: no pay day in between, 2,000 − 1,200 = 800.00, after it −2,200.00:
    short. Its bill due May 10 instead, ¥1,700.00 due by then: the Apr 15 pay counts, 2,000 + 8,000 − 1,700 =
    8,300.00, after it 5,300.00: fine (at least 800.00, 10 % of the income, is left).

    Raises:
        ValidationError: a negative amount, ``on`` before ``today``, a bad pay day.
    """
    if cash_fen < 0 or already_due_fen < 0 or this_fen < 0 or (income_fen or 0) < 0:
        raise ValidationError("cash", cash_fen, QT_TRANSLATE_NOOP("Errors", "must not be negative"))
    if on < today:
        raise ValidationError("on", on, QT_TRANSLATE_NOOP("Errors", "is before today"))
    n = len(paydays(today, on, pay_day)) if income_fen and pay_day else 0
    before = cash_fen + (income_fen or 0) * n - already_due_fen
    after = before - this_fen
    if after < 0:
        verdict = Verdict.SHORT
    elif income_fen and Decimal(after) < TIGHT_SHARE * income_fen:
        verdict = Verdict.TIGHT
    else:
        verdict = Verdict.FINE
    return PayCheck(on, n, already_due_fen, this_fen, before, after, verdict)
