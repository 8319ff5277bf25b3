"""Buy now, pay later: pay-in-4 schedules, late fees, Affirm-style monthly loans (domain-rules.md §5).

Amounts are int minor units (cents for USD/AUD). Fee amounts are the providers' published maxima, so the app
shows the worst case; the user can override them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_FLOOR, Decimal, localcontext

from app.domain.errors import ValidationError
from app.domain.money import round_fen, split_evenly
from app.domain.messages import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class BnplPayment:
    """One pay-in-4 payment: ``number`` (1-based), due date and amount in minor units."""

    number: int
    due_date: date
    amount_fen: int


def bnpl_pay_in_4(total_fen: int, purchase_date: date, *, count: int = 4, interval_days: int = 14) -> list[BnplPayment]:
    """Split a purchase into equal payments every ``interval_days`` days (§5 [I] split, [S] timing).

    ``base = floor(total / count)``, the remainder goes to payment 1 (the Alipay rule, §0); payment ``k`` is due
    on ``purchase_date + interval_days·(k−1)``. $100.01 on 2024-05-01 -> 25.01 (05-01), 25.00 (05-15),
    25.00 (05-29), 25.00 (06-12).

    Raises:
        ValidationError: total not positive, ``count`` below 1 or ``interval_days`` below 1.
    """
    if total_fen <= 0:
        raise ValidationError("amount", total_fen, QT_TRANSLATE_NOOP("Errors", "must be greater than zero"))
    if count < 1 or interval_days < 1:
        raise ValidationError("schedule", (count, interval_days), QT_TRANSLATE_NOOP(
                "Errors", "needs at least one payment, 1+ days apart"))
    amounts = split_evenly(total_fen, count, "first")
    return [
        BnplPayment(k + 1, purchase_date + timedelta(days=interval_days * k), amount)
        for k, amount in enumerate(amounts)
    ]


def _quarter_of(order_fen: int) -> int:
    """25 % of the order, rounded down: a cap must never be exceeded ([I] rounding)."""
    return round_fen(Decimal(order_fen) / 4, ROUND_FLOOR)


def _check_late(order_fen: int, days_late: Sequence[int]) -> None:
    if order_fen <= 0:
        raise ValidationError("amount", order_fen, QT_TRANSLATE_NOOP("Errors", "must be greater than zero"))
    if any(d < 0 for d in days_late):
        raise ValidationError("days_late", list(days_late), QT_TRANSLATE_NOOP("Errors", "must not be negative"))


def afterpay_late_fee_au(order_fen: int, days_late: Sequence[int]) -> int:
    """Total Afterpay (Australia) late fees on one order, minor units (§5 [S] help.afterpay.com 360016272971).

    - Orders of $40 or more: $10 for each missed payment, plus $7 more if it is still unpaid after 7 days
      (``days_late > 7``: paying on day 7 is taken as "within seven days", [I]).
    - Orders under $40: one fee of "up to 25 %" of the order, charged here at the full 25 % ([I], worst case).
    - All fees together are capped at ``min(25 % of the order, $68)``; 25 % is rounded down ([I]).

    Examples: order $120, payment 2 paid 9 days late -> $17 (cap $30); order $60, two payments each 8 days
    late -> ``min(34, 15, 68)`` = $15.00.

    Args:
        order_fen: order total, minor units, > 0.
        days_late: for each payment, days after its due date it was (or is so far) unpaid; 0 = on time.

    Raises:
        ValidationError: order not positive or a negative ``days_late``.
    """
    _check_late(order_fen, days_late)
    missed = [d for d in days_late if d > 0]
    if not missed:
        return 0
    cap = min(_quarter_of(order_fen), 6800)
    if order_fen < 4000:
        return cap  # one-time fee of (up to) 25 %, which is also the cap
    fees = sum(1000 + (700 if d > 7 else 0) for d in missed)
    return min(fees, cap)


def klarna_late_fee_us(order_fen: int, days_late: Sequence[int]) -> int:
    """Total Klarna Pay in 4 (US) late fees on one order, minor units (§5 [S] klarna.com/us/pay-in-4).

    Up to $7 (charged here at $7, [I] worst case) for each payment still unpaid after 10 days
    (``days_late > 10``); all fees together at most 25 % of the purchase, rounded down ([I]).

    Args:
        order_fen: purchase total, minor units, > 0.
        days_late: for each payment, days after its due date it was (or is so far) unpaid; 0 = on time.

    Raises:
        ValidationError: order not positive or a negative ``days_late``.
    """
    _check_late(order_fen, days_late)
    fees = 700 * sum(1 for d in days_late if d > 10)
    return min(fees, _quarter_of(order_fen))


@dataclass(frozen=True)
class AffirmPayment:
    """One month of a simple-interest installment loan; all amounts in minor units.

    Attributes:
        number: month, 1-based.
        payment_fen: amount paid this month.
        interest_fen: interest charged this month (on the balance at its start).
        principal_fen: ``payment_fen − interest_fen``.
        balance_after_fen: principal still owed after this payment.
    """

    number: int
    payment_fen: int
    interest_fen: int
    principal_fen: int
    balance_after_fen: int


def affirm_schedule(principal_fen: int, apr: Decimal, months: int) -> list[AffirmPayment]:
    """Fixed monthly payments with simple (non-compounding) interest, Affirm-style (§5 [T] formula, [S] example).

    ``r = APR/12``; ``pmt = round_half_up(P·r / (1 − (1+r)^−n))`` (``P/n`` at APR 0); each month's interest
    is ``round_half_up(balance × r)`` to the minor unit and the last payment clears the balance plus its
    interest, absorbing the rounding residual. $500 at 10 % for 12 months -> 43.96 × 11, final 43.94,
    interest 27.50.

    Args:
        principal_fen: amount financed, minor units, > 0.
        apr: annual rate as a fraction (Affirm quotes 0-36 %), in ``[0, 1)``.
        months: number of monthly payments, 1-60.

    Raises:
        ValidationError: principal not positive, APR outside ``[0, 1)``, months outside 1-60.
    """
    if principal_fen <= 0:
        raise ValidationError("amount", principal_fen, QT_TRANSLATE_NOOP("Errors", "must be greater than zero"))
    if not apr.is_finite() or not 0 <= apr < 1:
        raise ValidationError("apr", apr, QT_TRANSLATE_NOOP("Errors", "must be at least 0% and below 100%"))
    if not 1 <= months <= 60:
        raise ValidationError("months", months, QT_TRANSLATE_NOOP("Errors", "must be a whole number from 1 to 60"))
    r = apr / 12
    with localcontext() as ctx:
        ctx.prec = 34
        exact = principal_fen / Decimal(months) if r == 0 else principal_fen * r / (1 - (1 + r) ** -months)
        payment = round_fen(exact)
    schedule, balance = [], principal_fen
    for number in range(1, months + 1):
        interest = round_fen(balance * r)
        # the last payment absorbs the residual; min() also stops tiny loans from overpaying early
        amount = balance + interest if number == months else min(payment, balance + interest)
        balance += interest - amount
        schedule.append(AffirmPayment(number, amount, interest, amount - interest, balance))
    return schedule
