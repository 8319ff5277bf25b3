"""Checking a loan offer: its annualized rate as the PBOC defines it, and the signs of a predatory loan.

The rule (PBOC Announcement [2021] No. 3, domain-rules.md §3 [S-news]): a lender must show the annualized rate
computed from *all* borrowing costs (interest, fees, "service", "membership" or "guarantee" charges: everything
paid beyond the cash received) on the principal the borrower actually received and used, annualized by compound
(IRR) or simple interest; a simple figure must say so.

- Principal actually received ``P`` = the cash that reached the borrower, less fees paid on the day it arrived
  (a fee paid when the money arrives is money kept back just the same).
- Cost = everything paid (repayments and fees) − the cash received.
- **One repayment** (every payment falls on one date, ``days`` after the start): the simple annual rate
  ``cost ÷ P × 365 ÷ days``. It is also the IRR with the whole term as one period, so both cases are one rule.
  5,000.00 contract, 3,500.00 received, 6,000.00 due 7 days later: 2,500 ÷ 3,500 × 365 ÷ 7 = 37.2449 (3,724.49 %).
- **A schedule** (payments on two or more dates): the IRR per period ``r`` from ``P = Σ A_k / (1+r)^t_k``
  (``true_cost.irr_per_period``), the APR ``n·r`` with ``n`` periods a year, and beside it the effective annual
  rate ``(1+r)^n − 1``. The period is the calendar month when payment ``k`` falls ``k`` months after the start
  (month-end clamped, ``n = 12``); ``N`` days when every gap (the first one from the start) is ``N`` days
  (``n = 365/N``); otherwise one day (``n = 365``, the same effective rate as XIRR act/365).

Flags (``OfferFlag``):

- ``upfront_deduction`` (砍头息): less reached the borrower than the contract says, or a fee was paid the day the
  money arrived. The Civil Code, Art. 670, forbids deducting interest from the principal in advance; when it
  happens, the loan is repaid and interest computed on the amount actually lent [S].
- ``short_term``: the last payment falls less than one calendar month after the start: a fee that looks small is
  a very large yearly rate, and a repayment due so soon pushes the borrower to borrow again to repay.

Money is int fen; rates are ``Decimal`` fractions. Rounding (named): the APR and the effective annual rate are
quantized to ``RATE_QUANTUM`` = 1e-4 (0.01 percentage point, what the PBOC rate shows) with ``ROUND_HALF_UP``;
the rate per period to ``PERIOD_RATE_QUANTUM`` = 1e-6, ``ROUND_HALF_UP``. Nothing here reads the clock.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, localcontext
from enum import StrEnum

from dateutil.relativedelta import relativedelta

from app.domain.errors import ValidationError
from app.domain.true_cost import irr_per_period
from app.domain.messages import QT_TRANSLATE_NOOP

#: The APR and the effective annual rate: a fraction to 4 decimals = a percentage to 2 decimals.
RATE_QUANTUM = Decimal("0.0001")
#: The rate per period: a fraction to 6 decimals (0.0001 %).
PERIOD_RATE_QUANTUM = Decimal("0.000001")
#: Rounding of every rate this module returns.
RATE_ROUNDING = ROUND_HALF_UP
DAYS_PER_YEAR = 365


class OfferFlag(StrEnum):
    """A warning sign of a loan offer (the same names in the CLI, JSON and the window)."""

    UPFRONT_DEDUCTION = "upfront_deduction"  # 砍头息: money kept back when the loan is paid out
    SHORT_TERM = "short_term"  # repaid in under a month


class PeriodUnit(StrEnum):
    """What one period of the IRR is."""

    TERM = "term"  # one repayment: the whole term is one period (the simple rate)
    MONTH = "month"  # a calendar month
    DAYS = "days"  # ``OfferPeriod.days`` days


@dataclass(frozen=True)
class Payment:
    """``amount_fen`` (> 0) paid on ``on``: a repayment or a fee."""

    on: date
    amount_fen: int


@dataclass(frozen=True)
class LoanOffer:
    """A loan offer as it is written.

    Attributes:
        contract_fen: the amount the contract says is lent, fen.
        received_fen: the cash that actually reaches the borrower on ``start``, fen.
        start: the day the money arrives.
        repayments: what the schedule asks, each on its date (one or more), fen.
        fees: fees the offer names apart from the repayments; a fee dated ``start`` is paid when the money
            arrives (it reduces the principal actually received), a later one is a payment on its date.
    """

    contract_fen: int
    received_fen: int
    start: date
    repayments: tuple[Payment, ...]
    fees: tuple[Payment, ...] = ()


@dataclass(frozen=True)
class OfferPeriod:
    """The period the IRR is per: ``unit`` (a ``days``-day period for ``DAYS`` and ``TERM``) and how many make
    a year (``per_year``: 12 for months, 365 ÷ days otherwise)."""

    unit: PeriodUnit
    days: int | None
    per_year: Decimal


@dataclass(frozen=True)
class OfferCheck:
    """The checked offer (``check_offer``). Amounts in fen, rates ``Decimal`` fractions.

    Attributes:
        offer: the offer as given.
        principal_fen: the principal actually received: cash received − fees paid on the start day.
        kept_back_fen: contract − principal actually received (the 砍头息), 0 when nothing was kept back.
        total_paid_fen: every repayment and fee.
        cost_fen: ``total_paid_fen`` − cash received: all borrowing costs.
        payments: what is paid after the start, one entry a date (repayments and fees added up), oldest first.
        term_days: days from the start to the last payment.
        single: one repayment date: ``apr`` is the simple annual rate.
        period: the IRR's period.
        period_rate: the IRR per period (for one repayment: cost ÷ principal over the whole term).
        apr: ``period_rate × period.per_year`` (unrounded ``period_rate``), quantized to ``RATE_QUANTUM``.
        ear: ``(1 + period_rate)^per_year − 1`` for a schedule, ``None`` for one repayment.
        flags: the warning signs, in ``OfferFlag`` order.
    """

    offer: LoanOffer
    principal_fen: int
    kept_back_fen: int
    total_paid_fen: int
    cost_fen: int
    payments: tuple[Payment, ...]
    term_days: int
    single: bool
    period: OfferPeriod
    period_rate: Decimal
    apr: Decimal
    ear: Decimal | None
    flags: tuple[OfferFlag, ...]

    @property
    def upfront_fees_fen(self) -> int:
        """Fees paid on the day the money arrived, fen."""
        return self.offer.received_fen - self.principal_fen


def check_offer(offer: LoanOffer) -> OfferCheck:
    """The annualized rate and the flags of ``offer`` by the rules in this module's docstring.

    Example: contract 5,000.00, 3,500.00 received on 2026-01-01, 6,000.00 due 2026-01-08 -> cost 2,500.00,
    apr ``Decimal("37.2449")`` (simple, one repayment), flags ``upfront_deduction`` (1,500.00 kept back) and
    ``short_term`` (7 days).

    Raises:
        ValidationError: ``field="contract"``/``"received"`` not greater than zero, or received more than the
            contract; ``field="repayments"``: none, an amount not greater than zero, a date not after the start,
            or everything paid adding up to less than the cash received; ``field="fees"``: an amount not greater
            than zero, a date before the start, or fees on the start day taking all the cash received; a rate
            beyond 100,000,000 % a period (``irr_per_period``).
    """
    _check_amount("contract", offer.contract_fen)
    _check_amount("received", offer.received_fen)
    if offer.received_fen > offer.contract_fen:
        raise ValidationError("received", offer.received_fen, QT_TRANSLATE_NOOP(
                "Errors", "is more than the contract amount"))
    if not offer.repayments:
        raise ValidationError("repayments", (), QT_TRANSLATE_NOOP("Errors", "give at least one repayment"))
    for payment in offer.repayments:
        _check_amount("repayments", payment.amount_fen)
        if payment.on <= offer.start:
            raise ValidationError("repayments", payment.on, QT_TRANSLATE_NOOP(
                    "Errors", "must be after the day the money arrives"))
    for fee in offer.fees:
        _check_amount("fees", fee.amount_fen)
        if fee.on < offer.start:
            raise ValidationError("fees", fee.on, QT_TRANSLATE_NOOP(
                    "Errors", "must not be before the day the money arrives"))
    upfront = sum(f.amount_fen for f in offer.fees if f.on == offer.start)
    principal = offer.received_fen - upfront
    if principal <= 0:
        raise ValidationError("fees", upfront, QT_TRANSLATE_NOOP(
                "Errors", "paid when the money arrives take all of the cash received"))
    by_day: dict[date, int] = {}
    for p in (*offer.repayments, *(f for f in offer.fees if f.on > offer.start)):
        by_day[p.on] = by_day.get(p.on, 0) + p.amount_fen
    payments = tuple(Payment(d, by_day[d]) for d in sorted(by_day))
    total_paid = sum(p.amount_fen for p in offer.repayments) + sum(f.amount_fen for f in offer.fees)
    cost = total_paid - offer.received_fen
    if cost < 0:
        raise ValidationError("repayments", total_paid,
                              QT_TRANSLATE_NOOP(
                                      "Errors", "the repayments and fees add up to less than the cash received"))
    term_days = (payments[-1].on - offer.start).days
    period, times = _period(offer.start, [p.on for p in payments])
    single = len(payments) == 1
    with localcontext() as ctx:
        ctx.prec = 34
        if single:  # exact: the IRR over one period is cost ÷ principal; × 365 ÷ days is the simple rate
            rate = Decimal(cost) / principal
            apr = rate * DAYS_PER_YEAR / term_days
            ear = None
        else:
            rate = irr_per_period(principal, list(zip(times, (p.amount_fen for p in payments), strict=True)))
            apr = rate * period.per_year
            ear = _quantize((1 + rate) ** period.per_year - 1, RATE_QUANTUM)
        apr = _quantize(apr, RATE_QUANTUM)
        period_rate = _quantize(rate, PERIOD_RATE_QUANTUM)
    flags = []
    if offer.contract_fen > principal:
        flags.append(OfferFlag.UPFRONT_DEDUCTION)
    if payments[-1].on < offer.start + relativedelta(months=1):
        flags.append(OfferFlag.SHORT_TERM)
    return OfferCheck(
        offer=offer, principal_fen=principal, kept_back_fen=max(0, offer.contract_fen - principal),
        total_paid_fen=total_paid, cost_fen=cost, payments=payments, term_days=term_days, single=single,
        period=period, period_rate=period_rate, apr=apr, ear=ear, flags=tuple(flags),
    )


def _check_amount(field: str, fen: int) -> None:
    if isinstance(fen, bool) or not isinstance(fen, int):
        raise ValidationError(field, fen, QT_TRANSLATE_NOOP("Errors", "must be a whole number of fen"))
    if fen <= 0:
        raise ValidationError(field, fen, QT_TRANSLATE_NOOP("Errors", "must be greater than zero"))


def _period(start: date, days: Sequence[date]) -> tuple[OfferPeriod, list[int]]:
    """The IRR's period for payments on ``days`` (oldest first, all after ``start``) and each payment's time in
    periods: the whole term for one date; a month when date ``k`` is ``start`` + ``k`` months; ``N`` days when
    every gap is ``N`` days; else a day."""
    offsets = [(d - start).days for d in days]
    if len(days) == 1:
        return OfferPeriod(PeriodUnit.TERM, offsets[0], Decimal(DAYS_PER_YEAR) / offsets[0]), [1]
    if all(d == start + relativedelta(months=k) for k, d in enumerate(days, start=1)):
        return OfferPeriod(PeriodUnit.MONTH, None, Decimal(12)), list(range(1, len(days) + 1))
    gaps = {b - a for a, b in zip([0, *offsets], offsets)}
    step = gaps.pop() if len(gaps) == 1 else 1
    return OfferPeriod(PeriodUnit.DAYS, step, Decimal(DAYS_PER_YEAR) / step), [o // step for o in offsets]


def _quantize(value: Decimal, quantum: Decimal) -> Decimal:
    """``value`` rounded half up to ``quantum``, with precision enough for a rate of any size."""
    with localcontext() as ctx:
        ctx.prec = max(34, value.adjusted() - quantum.adjusted() + 2)
        return value.quantize(quantum, rounding=RATE_ROUNDING)
