"""True cost of credit: the annualized rate (年化利率) of a payment plan.

PBOC Announcement [2021] No. 3 requires every loan product to show an annualized rate computed from *all*
borrowing costs on the principal actually used, by compound (IRR) or simple interest (domain-rules.md §3
[S-news]). This module computes both, plus XIRR on real dates and the usual daily-rate conversions.

Money is int fen; rates are ``Decimal`` fractions (0.1587 = 15.87 %). Rates are returned unrounded (to about
1e-12): rounding for display belongs to ``app.i18n``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, localcontext
from typing import NamedTuple

from dateutil.relativedelta import relativedelta

from app.domain.errors import ValidationError
from app.domain.installments import InstallmentPart, installment_schedule
from app.domain.messages import QT_TRANSLATE_NOOP

_PRECISION = 34  # Decimal digits used inside the solvers
_TOLERANCE = Decimal("1e-13")  # bisection stops when the bracket is narrower than this (brief: >= 1e-10)
_QUANT = Decimal("1e-12")  # solver results are quantized to this, well below the 0.01 pp shown to people
_XIRR_LOW, _XIRR_HIGH = Decimal("-0.99"), Decimal(10)  # -99 % .. +1000 % a year


def irr_monthly(principal_fen: int, payments_fen: Sequence[int]) -> Decimal:
    """Monthly internal rate of return of a loan repaid in equally spaced monthly payments.

    Solves ``P = Σ_{k=1..n} A_k / (1+r)^k`` for ``r`` by bisection on ``[0, 1]`` in ``Decimal`` (the NPV is
    monotone in ``r``), as domain-rules.md §3 prescribes; agrees with ``numpy_financial.irr`` to 1e-6. It is
    ``irr_per_period`` with payment ``k`` at period ``k`` and at most 100 % a month.

    Args:
        principal_fen: amount borrowed at t=0, fen, > 0.
        payments_fen: payment ``A_k`` due at the end of month ``k`` (k = 1..n), fen, each >= 0.

    Returns:
        The monthly rate as a fraction, quantized to 1e-12 (0.013221... for 1,000.00 over 12 × 8.8 %);
        exactly ``Decimal(0)`` when the payments add up to the principal (no fee).

    Raises:
        ValidationError: principal not positive; no payments or a negative one; payments adding up to less
            than the principal (negative rate) or costing more than 100 % a month.
    """
    timed = [(k, amount) for k, amount in enumerate(payments_fen, start=1)]
    return irr_per_period(principal_fen, timed, max_rate=Decimal(1))


#: Highest rate per period ``irr_per_period`` looks for without a ``max_rate`` (10^6 = 100,000,000 % a period).
MAX_PERIOD_RATE = Decimal(10) ** 6


def irr_per_period(
    principal_fen: int, payments: Sequence[tuple[int, int]], *, max_rate: Decimal | None = None
) -> Decimal:
    """Internal rate of return per period of a loan: ``P = Σ A_k / (1+r)^t_k`` solved for ``r`` (domain-rules.md
    §3), the one IRR solver of DebtLens (``irr_monthly`` and the offer checker, ``app.domain.offers``, use it).

    Bisection in ``Decimal`` on ``[0, max_rate]``: the NPV falls as ``r`` grows, since every payment is >= 0 and
    due after the principal. Without ``max_rate`` the upper end doubles from 1 until the NPV turns negative, so a
    loan costing thousands of per cent a period (a 7-day loan with money kept back) is still solved.

    Args:
        principal_fen: cash received at t=0, fen, > 0.
        payments: ``(t_k, A_k)``: payment ``A_k`` (fen, >= 0) due ``t_k`` whole periods after the principal
            (``t_k`` >= 1), any order.
        max_rate: highest rate per period to look for (``irr_monthly``: 1 = 100 % a month); ``None`` looks up
            to ``MAX_PERIOD_RATE``.

    Returns:
        ``r`` as a fraction per period, quantized to 1e-12; exactly ``Decimal(0)`` when the payments add up to
        the principal.

    Raises:
        ValidationError: principal not positive; no payments, a negative one or one not at least a period after
            the start; payments adding up to less than the principal (a negative rate); a rate above
            ``max_rate`` (reason "cost more than 100% a month" for ``max_rate=1``, as ``irr_monthly`` says it).
    """
    amounts = [a for _, a in payments]
    if principal_fen <= 0:
        raise ValidationError("amount", principal_fen, QT_TRANSLATE_NOOP("Errors", "must be greater than zero"))
    if not payments or any(a < 0 for a in amounts):
        raise ValidationError("payments", amounts, QT_TRANSLATE_NOOP(
                "Errors", "must be one or more amounts, none negative"))
    if any(t < 1 for t, _ in payments):
        raise ValidationError("payments", [t for t, _ in payments], QT_TRANSLATE_NOOP(
                "Errors", "must each fall at least a period after the start"))
    excess = sum(amounts) - principal_fen
    if excess == 0:
        return Decimal(0)
    if excess < 0:
        raise ValidationError("payments", amounts, QT_TRANSLATE_NOOP("Errors", "add up to less than the principal"))

    def npv(rate: Decimal) -> Decimal:
        discount, total = 1 / (1 + rate), Decimal(-principal_fen)
        for t, amount in payments:
            total += amount * discount ** t
        return total

    with localcontext() as ctx:
        ctx.prec = _PRECISION
        if max_rate is not None:
            if npv(max_rate) > 0:
                reason = (QT_TRANSLATE_NOOP("Errors", "cost more than 100% a month") if max_rate == 1
                          else QT_TRANSLATE_NOOP("Errors", "cost more than %1% a period").arg(
                              format((max_rate * 100).normalize(), "f")))
                raise ValidationError("payments", amounts, reason)
            return _bisect(npv, Decimal(0), max_rate)
        high = Decimal(1)
        while npv(high) > 0:
            if high >= MAX_PERIOD_RATE:
                raise ValidationError("payments", amounts, QT_TRANSLATE_NOOP(
                        "Errors", "cost more than 100,000,000% a period"))
            high *= 2
        return _bisect(npv, Decimal(0), high)


def xirr(cash_flows: Sequence[tuple[date, int]]) -> Decimal:
    """Effective annual rate of cash flows on actual dates (XIRR, act/365), domain-rules.md §3.

    Solves ``0 = Σ CF_j / (1+x)^((d_j − d_0)/365)`` with ``d_0`` the earliest date, by bisection on
    ``[-0.99, 10]``. The sign convention is free (borrower view: +principal, −payments); only a sign change
    between the flows is required.

    Args:
        cash_flows: ``(date, amount_fen)`` pairs, any order.

    Returns:
        ``x`` as a fraction, already effective-annual, quantized to 1e-12 (0.1746 for §10 vector 5);
        exactly 0 when the flows add up to zero.

    Raises:
        ValidationError: fewer than two flows, no positive or no negative flow, or no rate in ``[-99 %, 1000 %]``.
    """
    flows = list(cash_flows)
    if len(flows) < 2 or not any(a > 0 for _, a in flows) or not any(a < 0 for _, a in flows):
        raise ValidationError("cash_flows", flows, QT_TRANSLATE_NOOP(
                "Errors", "need at least one positive and one negative amount"))
    if sum(a for _, a in flows) == 0:
        return Decimal(0)  # NPV(0) is the plain sum
    start = min(d for d, _ in flows)
    with localcontext() as ctx:
        ctx.prec = _PRECISION
        years = [(Decimal((d - start).days) / 365, Decimal(a)) for d, a in flows]

        def npv(rate: Decimal) -> Decimal:
            return sum((a / (1 + rate) ** t for t, a in years), Decimal(0))

        # bisection needs npv increasing in the rate; flip the flows' sign if it decreases
        sign = 1 if npv(_XIRR_LOW) < npv(_XIRR_HIGH) else -1
        if sign * npv(_XIRR_LOW) > 0 or sign * npv(_XIRR_HIGH) < 0:
            raise ValidationError("cash_flows", flows, QT_TRANSLATE_NOOP(
                    "Errors", "have no rate between -99% and 1000% a year"))
        return _bisect(lambda r: -sign * npv(r), _XIRR_LOW, _XIRR_HIGH)


def _bisect(f: Callable[[Decimal], Decimal], low: Decimal, high: Decimal) -> Decimal:
    """Root of a function decreasing on ``[low, high]`` with ``f(low) >= 0 >= f(high)``."""
    while high - low > _TOLERANCE:
        mid = (low + high) / 2
        if f(mid) > 0:
            low = mid
        else:
            high = mid
    return ((low + high) / 2).quantize(_QUANT)


@dataclass(frozen=True)
class AnnualizedRate:
    """The annualized cost of a plan, every field a ``Decimal`` fraction (domain-rules.md §3).

    Attributes:
        monthly_rate: IRR per month ``r`` (compound, [S-news] PBOC 2021 No. 3 allows IRR).
        apr: nominal APR ``12·r`` (US-style APR convention).
        ear: effective annual rate ``(1+r)^12 − 1``.
        simple: simple annualized rate by the average-balance method,
            ``fee / (Σ_k outstanding_principal_k × 1/12)`` (= ``24·f/(n+1)`` for equal principal); PBOC
            requires a simple-interest figure to be labelled as such.
        xirr: effective annual rate on the real purchase and due dates (act/365), or ``None`` without dates.
    """

    monthly_rate: Decimal
    apr: Decimal
    ear: Decimal
    simple: Decimal
    xirr: Decimal | None = None


def monthly_due_dates(first_due: date, count: int) -> list[date]:
    """``count`` due dates one calendar month apart from ``first_due``.

    Each date is computed from ``first_due`` (not chained), with the day clamped to the month's end: Jan 31 ->
    Feb 29 -> Mar 31 (design.md clamping rule, as in ``billing``).
    """
    return [first_due + relativedelta(months=k) for k in range(count)]


def annualized_rate(
    principal_fen: int,
    parts: Sequence[InstallmentPart],
    *,
    purchase_date: date | None = None,
    first_due: date | None = None,
) -> AnnualizedRate:
    """Annualized rates of an installment plan (domain-rules.md §3, §10 vector 4).

    Args:
        principal_fen: amount financed, fen, > 0; must equal the sum of the parts' principal.
        parts: the plan, period 1 due one month after the principal is used (equal monthly spacing).
        purchase_date: date the principal was used; with ``first_due`` it adds an XIRR.
        first_due: due date of period 1; later periods fall monthly after it (``monthly_due_dates``).

    Returns:
        ``AnnualizedRate``; 1,000.00 over 12 × 8.8 % gives r 1.3221 %, APR 15.87 %, EAR 17.07 %, simple 16.25 %.
        Rates are quantized to 1e-12, not rounded for display.

    Raises:
        ValidationError: see ``irr_monthly``; parts' principal not adding up to ``principal_fen``; only one of
            the two dates given, or ``first_due`` before ``purchase_date``.
    """
    if not parts:
        raise ValidationError("parts", list(parts), QT_TRANSLATE_NOOP("Errors", "must hold at least one period"))
    if sum(p.principal_fen for p in parts) != principal_fen:
        raise ValidationError("parts", list(parts), QT_TRANSLATE_NOOP(
                "Errors", "principal does not add up to the amount financed"))
    if (purchase_date is None) != (first_due is None):
        raise ValidationError("dates", (purchase_date, first_due), QT_TRANSLATE_NOOP(
                "Errors", "give both purchase date and first due date"))
    payments = [p.amount_fen for p in parts]
    monthly = irr_monthly(principal_fen, payments)
    fee = sum(payments) - principal_fen
    # average-balance method: principal outstanding during period k, each for 1/12 of a year
    outstanding, repaid = 0, 0
    for part in parts:
        outstanding += principal_fen - repaid
        repaid += part.principal_fen
    with localcontext() as ctx:
        ctx.prec = _PRECISION
        simple = (Decimal(fee * 12) / outstanding).quantize(_QUANT)
        ear = ((1 + monthly) ** 12 - 1).quantize(_QUANT)
    annual_xirr = None
    if purchase_date is not None and first_due is not None:
        if first_due < purchase_date:
            raise ValidationError("first_due", first_due, QT_TRANSLATE_NOOP(
                    "Errors", "must not be before the purchase date"))
        dues = monthly_due_dates(first_due, len(parts))
        annual_xirr = xirr([(purchase_date, principal_fen), *((d, -a) for d, a in zip(dues, payments, strict=True))])
    return AnnualizedRate(monthly, 12 * monthly, ear, simple, annual_xirr)


@dataclass(frozen=True)
class PlanCost:
    """What an installment plan costs.

    Attributes:
        parts: the schedule (``installment_schedule``, Alipay split rule §2.2 [S-copy]).
        total_fee_fen: Σ fees, fen (``round_half_even(C × rate)``).
        total_paid_fen: principal + fees, fen.
        rate: the annualized rates (§3).
        due_dates: one due date per part when ``first_due`` was given, else ``None``.
    """

    parts: tuple[InstallmentPart, ...]
    total_fee_fen: int
    total_paid_fen: int
    rate: AnnualizedRate
    due_dates: tuple[date, ...] | None = None


def plan_cost(
    principal_fen: int,
    periods: int,
    fee_rate: Decimal,
    remainder_to: str = "first",
    purchase_date: date | None = None,
    first_due: date | None = None,
) -> PlanCost:
    """Schedule, total fee and annualized rates of a flat-fee installment plan (§2.2, §3).

    Args:
        principal_fen: amount financed, fen, > 0.
        periods: number of monthly periods, 1-60.
        fee_rate: total fee for the whole plan as a fraction of the principal (0.088 = 8.8 %).
        remainder_to: ``"first"`` (Alipay [S]) or ``"last"`` (many bank cards [T]), §0.
        purchase_date: date the principal was used; needs ``first_due``; adds an XIRR.
        first_due: due date of period 1; gives monthly due dates (month-end clamped).

    Raises:
        ValidationError: as ``installment_schedule`` and ``annualized_rate``; ``purchase_date`` without
            ``first_due``.
    """
    if purchase_date is not None and first_due is None:
        raise ValidationError("first_due", None, QT_TRANSLATE_NOOP("Errors", "is needed with a purchase date"))
    parts = installment_schedule(principal_fen, periods, fee_rate, remainder_to)
    if purchase_date is not None:
        rate = annualized_rate(principal_fen, parts, purchase_date=purchase_date, first_due=first_due)
    else:
        rate = annualized_rate(principal_fen, parts)
    dues = tuple(monthly_due_dates(first_due, periods)) if first_due is not None else None
    fee = sum(p.fee_fen for p in parts)
    return PlanCost(tuple(parts), fee, principal_fen + fee, rate, dues)


class DailyRateAnnualized(NamedTuple):
    """A daily rate expressed per year, each a ``Decimal`` fraction (domain-rules.md §3).

    Attributes:
        simple: ``rate × 365`` (what Chinese sources quote: 0.05 %/day -> 18.25 %).
        compounded_daily: ``(1 + rate)^365 − 1`` (20.02 %).
        compounded_monthly: ``(1 + 30·rate)^12 − 1``, 30-day months (19.56 %).
    """

    simple: Decimal
    compounded_daily: Decimal
    compounded_monthly: Decimal


def daily_rate_annualized(rate: Decimal) -> DailyRateAnnualized:
    """Convert a daily rate (fraction per day, e.g. ``Decimal("0.0005")``) to annual fractions, unrounded.

    Raises:
        ValidationError: rate negative or not finite.
    """
    if not rate.is_finite() or rate < 0:
        raise ValidationError("daily_rate", rate, QT_TRANSLATE_NOOP("Errors", "must be a finite rate of at least 0%"))
    with localcontext() as ctx:
        ctx.prec = _PRECISION
        # not quantized (unlike the solvers): a large daily rate compounds past what a fixed exponent can hold
        return DailyRateAnnualized(rate * 365, (1 + rate) ** 365 - 1, (1 + 30 * rate) ** 12 - 1)
