"""Regulation Z minimum-payment warning: what paying only the minimum costs (domain-rules.md §4.2).

12 CFR 1026.7(b)(12) with Appendices M1/M2: assume only the minimum is paid, no new charges, no fees, the
issuer's minimum formula and the statement APR. The monthly rate is ``APR/365 × 365/12 = APR/12`` (M2 [S]).

Amounts are int minor units (cents/fen). Disclosure figures in whole currency units assume 100 minor units
per unit. Results are data; the wording of the warning is localized in ``app.i18n``.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, localcontext
from typing import Literal

from app.domain.errors import ValidationError
from app.domain.money import round_fen
from app.domain.messages import QT_TRANSLATE_NOOP

MAX_MONTHS = 1200  # 100 years: a simulation still running by then is reported as "never pays off"
_MINOR_PER_UNIT = 100


@dataclass(frozen=True)
class MinimumRule:
    """The issuer's minimum-payment formula: ``max(pct × S [+ interest], floor)`` (§4.2 [T]), at least one minor
    unit and at most what is owed (``minimum_due``).

    Attributes:
        pct: fraction of the new balance ``S`` (balance + this month's interest), e.g. ``Decimal("0.01")``.
        plus_interest: add the month's interest to ``pct × S`` (the US/UK "1 % + interest" formula).
        floor_fen: smallest minimum payment, minor units (2500 = $25).
    """

    pct: Decimal
    plus_interest: bool = False
    floor_fen: int = 0

    def __post_init__(self) -> None:
        if not self.pct.is_finite() or not 0 <= self.pct <= 1:
            raise ValidationError("min_pct", self.pct, QT_TRANSLATE_NOOP("Errors", "must be from 0% to 100%"))
        if self.floor_fen < 0:
            raise ValidationError("min_floor", self.floor_fen, QT_TRANSLATE_NOOP("Errors", "must not be negative"))


@dataclass(frozen=True)
class RepaymentPeriod:
    """How long repayment takes, as disclosed: ``value`` in ``unit`` (§4.2, 1026.7(b)(12)(i) [S from memory]).

    Under 24 months it is given in months; otherwise in years, rounded half up to the nearest year
    (170 months -> 14 years).
    """

    value: int
    unit: Literal["months", "years"]


@dataclass(frozen=True)
class MinimumPaymentWarning:
    """Result of ``min_payment_warning``; amounts in minor units unless named ``*_units``.

    Attributes:
        months: months to pay off paying only the minimum; ``None`` when it never pays off (negative or no
            amortization, or still unpaid after ``MAX_MONTHS``).
        period: ``months`` as disclosed (months or years), ``None`` when it never pays off.
        first_minimum_fen: the first month's minimum payment.
        total_paid_fen: Σ payments until paid off; ``None`` when it never pays off.
        total_interest_fen: ``total_paid_fen − balance``; ``None`` when it never pays off.
        payment_36_fen: monthly payment that repays the balance in 36 months (Appendix M2, rounded to cents).
        total_36_fen: ``payment_36_fen × 36``.
        total_paid_units, payment_36_units, total_36_units: the same rounded half up to whole currency units
            (1026.7(b)(12)(i) [S from memory]); ``total_paid_units`` is ``None`` when it never pays off.
        savings_units: ``total_paid_units − total_36_units`` (rounding order [I], see §4.2); ``None`` when it
            never pays off.
        show_36_month: whether to show the 36-month lines: only when the minimum-only payoff takes longer than 36
            months ([T] a credit union's implementation); ``False`` when it never pays off, as the
            1026.7(b)(12)(ii) "never pay off" warning replaces them ([S from memory, I]).
        balances_fen: balance at the start (index 0) and after each simulated month, for a chart.
    """

    months: int | None
    period: RepaymentPeriod | None
    first_minimum_fen: int
    total_paid_fen: int | None
    total_interest_fen: int | None
    payment_36_fen: int
    total_36_fen: int
    total_paid_units: int | None
    payment_36_units: int
    total_36_units: int
    savings_units: int | None
    show_36_month: bool
    balances_fen: tuple[int, ...]

    @property
    def never_pays_off(self) -> bool:
        """True when paying only the minimum never clears the balance."""
        return self.months is None


def minimum_due(new_balance_fen: int, interest_fen: int, rule: MinimumRule) -> int:
    """One month's minimum payment on ``new_balance_fen`` (balance plus this month's interest), minor units.

    ``min(S, max(round_half_up(pct × S) [+ I], floor, 1))``: at least one minor unit, at most what is owed.
    10 % of 3.00 at 0 % -> 0.30; 10 % of 0.04 -> 0.01 (not 0); a 50.00 floor on 30.00 owed -> 30.00.
    """
    share = round_fen(rule.pct * new_balance_fen) + (interest_fen if rule.plus_interest else 0)
    return min(new_balance_fen, max(share, rule.floor_fen, 1))


def payment_36_months(balance_fen: int, apr: Decimal) -> int:
    """Monthly payment that repays ``balance_fen`` in 36 months, minor units (Appendix M2 [S]).

    ``pvaf = (1 − (1+r)^−36) / r`` with ``r = APR/12`` (``pvaf = 36`` at APR 0);
    ``pmt = round_half_up(B / pvaf)`` to the minor unit. $3,000 at 18 % -> 10846 ($108.46).
    """
    with localcontext() as ctx:
        ctx.prec = 34
        r = apr / 12
        pvaf = Decimal(36) if r == 0 else (1 - (1 + r) ** -36) / r
        return round_fen(balance_fen / pvaf)


def repayment_period(months: int) -> RepaymentPeriod:
    """Disclosure form of a repayment period: months if under 24, else years rounded half up (§4.2)."""
    if months < 24:
        return RepaymentPeriod(months, "months")
    return RepaymentPeriod(round_fen(Decimal(months) / 12), "years")


def whole_units(minor: int) -> int:
    """Minor units to whole currency units, rounded half up (1026.7(b)(12)(i): nearest whole dollar)."""
    return round_fen(Decimal(minor) / _MINOR_PER_UNIT)


def min_payment_warning(
    balance_fen: int, apr: Decimal, rule: MinimumRule, *, max_months: int = MAX_MONTHS,
    first_payment_fen: int | None = None,
) -> MinimumPaymentWarning:
    """Simulate paying only the minimum, as the pseudocode in domain-rules.md §4.2 (§10 vector 8).

    Each month: ``I = round_half_up(B × APR/12)`` ([I] rounding), ``S = B + I``,
    ``M = min(S, max(round_half_up(pct × S) [+ I], floor, 1 minor unit))``: at least one fen (a share of a tiny
    balance that rounds to 0 is still a payment of 1 fen) and never more than is owed (a floor above the balance
    means paying the balance). If ``M <= I`` and ``M < S`` the balance never falls (negative or no amortization,
    1026.7(b)(12)(ii)); otherwise ``B = S − M``. The payment is credited at the end of the cycle (Appendix M1
    permits this).

    Example (U1): $3,000, 18 %, ``max(1 %·S + interest, $25)`` -> first minimum 75.45, 170 months (14 years),
    total paid 6,494.14 ($6,494), 36-month payment 108.46 ($108), total $3,905, savings $2,589.

    A bill whose minimum is already set (a statement's own ``minimum_fen``) passes it as ``first_payment_fen``:
    the first month pays it on the balance as billed, before any interest (interest runs from the due date on what
    is left), so the first minimum shown is the one on the statement; later months follow ``rule``.

    Args:
        balance_fen: statement balance, minor units, > 0.
        apr: annual percentage rate as a fraction (0.18), >= 0.
        rule: the issuer's minimum-payment formula.
        max_months: give up (never pays off) after this many months, >= 1.
        first_payment_fen: the first month's payment when the bill already states it (at least 1 minor unit, at
            most the balance); ``None``: the first month follows ``rule`` like the others.

    Raises:
        ValidationError: balance not positive, APR negative or not finite, ``max_months`` below 1.
    """
    if balance_fen <= 0:
        raise ValidationError("balance", balance_fen, QT_TRANSLATE_NOOP("Errors", "must be greater than zero"))
    if not apr.is_finite() or apr < 0:
        raise ValidationError("apr", apr, QT_TRANSLATE_NOOP("Errors", "must be a finite rate of at least 0%"))
    if max_months < 1:
        raise ValidationError("max_months", max_months, QT_TRANSLATE_NOOP("Errors", "must be at least 1"))
    balance, paid, months, first_minimum = balance_fen, 0, 0, 0
    balances = [balance]
    paid_off = False
    while months < max_months:
        months += 1
        if months == 1 and first_payment_fen is not None:
            interest, new_balance = 0, balance
            minimum = min(balance, max(first_payment_fen, 1))
        else:
            interest = round_fen(balance * apr / 12)
            new_balance = balance + interest
            minimum = minimum_due(new_balance, interest, rule)
        if months == 1:
            first_minimum = minimum
        if minimum <= interest and minimum < new_balance:
            break  # the balance would never fall
        balance = new_balance - minimum
        paid += minimum
        balances.append(balance)
        if balance == 0:
            paid_off = True
            break
    pmt36 = payment_36_months(balance_fen, apr)
    total36 = pmt36 * 36
    return MinimumPaymentWarning(
        months=months if paid_off else None,
        period=repayment_period(months) if paid_off else None,
        first_minimum_fen=first_minimum,
        total_paid_fen=paid if paid_off else None,
        total_interest_fen=paid - balance_fen if paid_off else None,
        payment_36_fen=pmt36,
        total_36_fen=total36,
        total_paid_units=whole_units(paid) if paid_off else None,
        payment_36_units=whole_units(pmt36),
        total_36_units=whole_units(total36),
        savings_units=whole_units(paid) - whole_units(total36) if paid_off else None,
        show_36_month=paid_off and months > 36,
        balances_fen=tuple(balances),
    )
