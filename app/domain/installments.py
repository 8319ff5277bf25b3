"""Installment plans (分期): the per-period split, fees, early payoff.

Split rule: Alipay "买家分期费用计算规则" (domain-rules.md §2.2 [S-copy]):

    p = floor(C / n)                    principal per period, rounded down
    F = round_half_even(C * rate)       total fee in fen
    f = floor(F / n)                    fee per period, rounded down
    both remainders go to period 1 (or to the last period when the line says so, §0 [T])

The fee is flat (equal per period), not amortizing interest; sum(principal) == C and sum(fee) == F exactly.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Decimal
from enum import StrEnum

from app.domain.errors import ValidationError
from app.domain.money import round_fen, split_evenly
from app.domain.messages import QT_TRANSLATE_NOOP

MIN_PERIODS = 1
MAX_PERIODS = 60  # the 2022 CBIRC/PBOC notice caps card installment terms at 5 years (domain-rules.md §4.1)


class EarlyPayoffPolicy(StrEnum):
    """What fees an early full repayment (提前还款) still costs (domain-rules.md §2.3, no primary source)."""

    ALL_REMAINING_FEES = "all_remaining_fees"  # default: the conservative bank practice [T]
    CURRENT_PERIOD_ONLY = "current_period_only"
    WAIVE_UNBILLED = "waive_unbilled"


@dataclass(frozen=True)
class InstallmentPart:
    """One period of a plan: ``period`` (1-based), principal and fee in fen."""

    period: int
    principal_fen: int
    fee_fen: int

    @property
    def amount_fen(self) -> int:
        """Principal plus fee of this period, in fen."""
        return self.principal_fen + self.fee_fen


def validate_periods(periods: int, field: str = "installments") -> int:
    """Check a number of periods (1-60). Raises ``ValidationError``."""
    if isinstance(periods, bool) or not isinstance(periods, int) or not MIN_PERIODS <= periods <= MAX_PERIODS:
        raise ValidationError(field, periods, QT_TRANSLATE_NOOP(
                "Errors", "must be a whole number from %1 to %2").arg(MIN_PERIODS, MAX_PERIODS))
    return periods


def validate_fee_rate(rate: Decimal, field: str = "fee_rate") -> Decimal:
    """Check an installment fee rate, a fraction in ``[0, 1)``. Raises ``ValidationError``."""
    if not rate.is_finite() or rate < 0 or rate >= 1:
        raise ValidationError(field, rate, QT_TRANSLATE_NOOP("Errors", "must be at least 0% and below 100%"))
    return rate


def total_fee(principal_fen: int, fee_rate: Decimal) -> int:
    """Total installment fee in fen: ``round_half_even(principal * rate)`` (Alipay rule, §2.2 [S-copy]).

    Example: 111111 fen at 2.3 % -> 2555.553 -> 2556 fen.
    """
    return round_fen(Decimal(principal_fen) * fee_rate, ROUND_HALF_EVEN)


def installment_schedule(
    principal_fen: int, periods: int, fee_rate: Decimal = Decimal(0), remainder_to: str = "first"
) -> list[InstallmentPart]:
    """Split a principal into ``periods`` parts with a flat total fee (§2.2).

    Args:
        principal_fen: amount financed, fen, > 0.
        periods: number of monthly periods, 1-60.
        fee_rate: total fee for the whole plan as a fraction of the principal (0.088 = 8.8 %); 0 for
            merchant-paid (interest-free) plans.
        remainder_to: ``"first"`` (Alipay) or ``"last"``.

    Returns:
        One ``InstallmentPart`` per period. Example: 100000 fen, 3, 2.5 % -> amounts 34168, 34166, 34166.

    Raises:
        ValidationError: principal not positive, periods outside 1-60, fee rate outside ``[0, 1)``.
    """
    if principal_fen <= 0:
        raise ValidationError("amount", principal_fen, QT_TRANSLATE_NOOP("Errors", "must be greater than zero"))
    validate_periods(periods)
    validate_fee_rate(fee_rate)
    principals = split_evenly(principal_fen, periods, remainder_to)
    fees = split_evenly(total_fee(principal_fen, fee_rate), periods, remainder_to)
    return [InstallmentPart(k + 1, p, f) for k, (p, f) in enumerate(zip(principals, fees, strict=True))]


def respread(parts: list[InstallmentPart], new_principal_fen: int, remainder_to: str = "first") -> list[InstallmentPart]:
    """Spread a reduced remaining principal (after a partial refund) over the same remaining periods.

    Fees stay as scheduled: on a partial refund fees continue (domain-rules.md §2.3, card rule [T]).
    Returns the parts with new principals; ``sum(principal) == new_principal_fen``.
    """
    if not parts:
        return []
    principals = split_evenly(new_principal_fen, len(parts), remainder_to)
    return [InstallmentPart(p.period, new, p.fee_fen) for p, new in zip(parts, principals, strict=True)]


def early_payoff_amount(unbilled: list[InstallmentPart], policy: EarlyPayoffPolicy) -> tuple[int, int]:
    """What paying off a plan early costs: ``(principal_fen, fee_fen)`` for the not-yet-billed periods.

    - ``ALL_REMAINING_FEES``: every unbilled fee is still due ("installment fee is non-refundable", [T]).
    - ``CURRENT_PERIOD_ONLY``: the fee of the next (current) period only.
    - ``WAIVE_UNBILLED``: no unbilled fee ("paid not refunded, unpaid exempted", [T]).
    """
    principal = sum(p.principal_fen for p in unbilled)
    if policy is EarlyPayoffPolicy.ALL_REMAINING_FEES:
        fee = sum(p.fee_fen for p in unbilled)
    elif policy is EarlyPayoffPolicy.CURRENT_PERIOD_ONLY:
        fee = unbilled[0].fee_fen if unbilled else 0
    else:
        fee = 0
    return principal, fee
