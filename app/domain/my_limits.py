"""Limits the borrower sets for themself (issue "Guardrails"): a personal limit per credit line below the bank's,
a cap on active installment plans, and a monthly cap on new credit spending.

A bank raises a limit to sell more credit: from ¥3,000 to ¥8,000, ¥1,000 owed drops from 33.3 % used ("Caution")
to 12.5 % ("Fine") although nothing was repaid. A personal limit keeps the reading honest: utilization against
*my* limit stays 1,000 ÷ 3,000 = 33.3 %. The rules are the user's own, not a regulator's; the product decision
[I] is only that crossing one is never silent: the purchase is shown the rule it breaks and must be confirmed
again (the purchase dialog, ``debtlens purchase add --despite-my-limits``). Amounts are int fen; counts are plans.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from app.domain.errors import ValidationError
from app.domain.messages import QT_TRANSLATE_NOOP

#: Largest cap on active plans accepted (a sanity bound, not advice).
MAX_PLANS_CAP = 99


class LimitBasis(StrEnum):
    """What utilization and every warning are read against: my own limit where I set one (the default), or
    always the bank's."""

    MINE = "mine"
    BANK = "bank"


def limit_read_against(bank_limit_fen: int, my_limit_fen: int | None, basis: LimitBasis) -> tuple[int, bool]:
    """The limit (fen) utilization is read against, and whether it is mine: with ``basis`` MINE and a limit of mine
    below the bank's, mine; else the bank's (mine at or above it binds nothing).

    Owed ¥1,000.00 on a ¥8,000.00 card with my ¥3,000.00: read against mine, (300000, True): 33.3 % used, "Caution";
    against the bank's, (800000, False): 12.5 %. A raise by the bank (limit creep) then leaves the reading as it was.
    """
    if basis == LimitBasis.MINE and my_limit_fen is not None and 0 < my_limit_fen < bank_limit_fen:
        return my_limit_fen, True
    return bank_limit_fen, False


class Rule(StrEnum):
    """Which of my limits a purchase breaks."""

    LINE_LIMIT = "line_limit"  # what I owe on the line would exceed my own limit for it
    ACTIVE_PLANS = "active_plans"  # one installment plan more than I allow myself
    MONTHLY_CAP = "monthly_cap"  # new credit spending this calendar month would exceed my cap


@dataclass(frozen=True)
class MyLimits:
    """The limits I set myself; ``None`` / a missing line = no such limit.

    Attributes:
        line_limits_fen: credit line id -> my limit for it (fen, > 0).
        max_active_plans: most installment plans running at once (0 = none at all).
        monthly_cap_fen: most new credit spending (purchases, all lines) per calendar month, fen, >= 0.
        read_against: whether utilization and its warnings are read against my line limits or the bank's.

    Raises:
        ValidationError: a non-positive line limit, a negative or too large cap.
    """

    line_limits_fen: Mapping[int, int] = field(default_factory=dict)
    max_active_plans: int | None = None
    monthly_cap_fen: int | None = None
    read_against: LimitBasis = LimitBasis.MINE

    def reading_limits(self) -> dict[int, int]:
        """``{line id: my limit}`` that utilization is read against: all of mine, or none when read against the
        bank's (:func:`limit_read_against` then keeps the tighter of each pair)."""
        return dict(self.line_limits_fen) if self.read_against == LimitBasis.MINE else {}

    def __post_init__(self) -> None:
        for fen in self.line_limits_fen.values():
            if isinstance(fen, bool) or not isinstance(fen, int) or fen <= 0:
                raise ValidationError("my_limit", fen, QT_TRANSLATE_NOOP("Errors", "must be more than 0"))
        plans = self.max_active_plans
        if plans is not None and (isinstance(plans, bool) or not isinstance(plans, int)
                                  or not 0 <= plans <= MAX_PLANS_CAP):
            raise ValidationError("max_plans", plans, QT_TRANSLATE_NOOP(
                    "Errors", "must be from 0 to %1").arg(MAX_PLANS_CAP))
        cap = self.monthly_cap_fen
        if cap is not None and (isinstance(cap, bool) or not isinstance(cap, int) or cap < 0):
            raise ValidationError("monthly_cap", cap, QT_TRANSLATE_NOOP("Errors", "must be zero or more"))

    @property
    def any(self) -> bool:
        """Whether any limit is set."""
        return bool(self.line_limits_fen) or self.max_active_plans is not None or self.monthly_cap_fen is not None


@dataclass(frozen=True)
class Breach:
    """One of my limits a purchase would break.

    ``limit`` is fen for ``LINE_LIMIT`` / ``MONTHLY_CAP`` and a number of plans for ``ACTIVE_PLANS``; ``before``
    and ``after`` are the measured amount (what I owe on the line, plans running, spent this month) without and
    with the purchase. ``line_id`` only for ``LINE_LIMIT``.
    """

    rule: Rule
    limit: int
    before: int
    after: int
    line_id: int | None = None

    @property
    def over(self) -> int:
        """How far past the limit the purchase goes (fen, or plans)."""
        return self.after - self.limit


def check_purchase(
    limits: MyLimits,
    *,
    line_id: int,
    amount_fen: int,
    installments: int,
    line_owed_fen: int,
    active_plans: int,
    month_spent_fen: int,
) -> tuple[Breach, ...]:
    """The limits a new purchase would break, in the order line limit, active plans, monthly cap; empty if none.

    Reaching a limit exactly is allowed; going past it is a breach. An installment plan counts from the day it is
    bought, so a purchase in 2 or more parts adds one plan; paid in full it adds none.

    Example (tests/domain/test_my_limits.py): my limit ¥2,000.00 on a line the bank lets reach ¥8,000.00, ¥1,500.00
    owed, a ¥800.00 purchase in 3 parts: owed after 2,300.00 > 2,000.00, 300.00 over. With one plan running and a
    cap of 1: 2 plans > 1. Spent ¥2,700.00 this month with a ¥3,000.00 cap: 3,500.00 > 3,000.00, 500.00 over.

    Args:
        limits: my limits.
        line_id: the line the purchase goes on.
        amount_fen: the price, fen, > 0.
        installments: number of parts (1 = paid in full).
        line_owed_fen: what I owe on that line before the purchase (fen).
        active_plans: installment plans running on all lines before the purchase.
        month_spent_fen: new credit spending already in the purchase's calendar month (fen).

    Raises:
        ValidationError: a non-positive amount or installments, a negative measure.
    """
    if amount_fen <= 0:
        raise ValidationError("amount", amount_fen, QT_TRANSLATE_NOOP("Errors", "must be more than 0"))
    if installments < 1:
        raise ValidationError("installments", installments, QT_TRANSLATE_NOOP("Errors", "must be 1 or more"))
    if line_owed_fen < 0 or active_plans < 0 or month_spent_fen < 0:
        raise ValidationError("my_limits", (line_owed_fen, active_plans, month_spent_fen), QT_TRANSLATE_NOOP(
                "Errors", "must not be negative"))
    breaches = []
    mine = limits.line_limits_fen.get(line_id)
    if mine is not None and line_owed_fen + amount_fen > mine:
        breaches.append(Breach(Rule.LINE_LIMIT, mine, line_owed_fen, line_owed_fen + amount_fen, line_id))
    if limits.max_active_plans is not None and installments > 1 and active_plans + 1 > limits.max_active_plans:
        breaches.append(Breach(Rule.ACTIVE_PLANS, limits.max_active_plans, active_plans, active_plans + 1))
    cap = limits.monthly_cap_fen
    if cap is not None and month_spent_fen + amount_fen > cap:
        breaches.append(Breach(Rule.MONTHLY_CAP, cap, month_spent_fen, month_spent_fen + amount_fen))
    return tuple(breaches)


def used_fraction(owed_fen: int, limit_fen: int) -> Decimal | None:
    """``owed ÷ limit`` as a fraction (utilization against my limit or the bank's); ``None`` without a limit.

    ¥1,000.00 owed: against my ¥3,000.00, 1/3 (33.3 %); against the bank's ¥8,000.00, 0.125 (12.5 %).
    """
    if limit_fen <= 0:
        return None
    return Decimal(max(owed_fen, 0)) / Decimal(limit_fen)
