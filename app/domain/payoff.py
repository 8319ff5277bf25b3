"""Debt payoff plans: avalanche, snowball or a custom order (domain-rules.md §7 [T]).

Every debt gets its minimum each month; the rest of a constant monthly budget goes to one target at a time, in
an order fixed at the start. Money left over once a target is cleared spills to the next target in the same
month (cascade), and a cleared debt's whole payment rolls on. Amounts are int minor units (fen/cents).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from app.domain.errors import ValidationError
from app.domain.money import round_fen
from app.domain.messages import QT_TRANSLATE_NOOP

MAX_MONTHS = 1200  # 100 years: plans still unpaid by then are reported as never debt-free
#: A balance above this (10^16 in major units) is far beyond any input: the simulation stops as never debt-free
#: rather than compute ever larger numbers (a debt whose interest outgrows the budget grows exponentially).
RUNAWAY_FEN = 10**18


class Strategy(StrEnum):
    """Which debt receives the money above the minimums (§7 [T])."""

    AVALANCHE = "avalanche"  # highest APR first (ties: smaller balance); least total interest
    SNOWBALL = "snowball"  # smallest balance first (ties: higher APR); fastest first win
    CUSTOM = "custom"  # the user's own order
    MINIMUMS_ONLY = "minimums_only"  # reference line: minimums only, nothing rolled over


@dataclass(frozen=True)
class Debt:
    """One debt to pay off.

    Attributes:
        name: unique label (e.g. the credit line's name).
        balance_fen: current balance, minor units, >= 0.
        apr: annual rate as a fraction (0.22 = 22 %); interest is ``APR/12`` a month.
        minimum_fen: minimum payment each month, minor units, >= 0.
    """

    name: str
    balance_fen: int
    apr: Decimal
    minimum_fen: int


@dataclass(frozen=True)
class PayoffResult:
    """A simulated payoff plan; amounts in minor units.

    Attributes:
        strategy: the strategy simulated.
        order: debt names in target order (input order for ``MINIMUMS_ONLY``).
        months: months until every debt is paid; ``None`` if not debt-free within ``MAX_MONTHS``.
        total_interest_fen: Σ interest charged over the simulated months.
        total_paid_fen: Σ payments over the simulated months.
        payoff_month: month (1-based) each debt reached zero, by name; 0 if it started at zero, ``None`` if never.
        balances: ``balances[m][i]`` is debt ``i`` (input order) after month ``m``; ``m = 0`` is the start.
    """

    strategy: Strategy
    order: tuple[str, ...]
    months: int | None
    total_interest_fen: int
    total_paid_fen: int
    payoff_month: dict[str, int | None]
    balances: tuple[tuple[int, ...], ...]


def _validate(debts: Sequence[Debt]) -> None:
    if not debts:
        raise ValidationError("debts", list(debts), QT_TRANSLATE_NOOP("Errors", "must hold at least one debt"))
    names = [d.name for d in debts]
    if len(set(names)) != len(names) or not all(names):
        raise ValidationError("debts", names, QT_TRANSLATE_NOOP("Errors", "need unique, non-empty names"))
    for d in debts:
        if d.balance_fen < 0 or d.minimum_fen < 0:
            raise ValidationError("debts", d.name, QT_TRANSLATE_NOOP(
                    "Errors", "balance and minimum must not be negative"))
        if not d.apr.is_finite() or d.apr < 0:
            raise ValidationError("apr", d.apr, QT_TRANSLATE_NOOP("Errors", "must be a finite rate of at least 0%"))


def payoff_order(debts: Sequence[Debt], strategy: Strategy, custom_order: Sequence[str] | None = None) -> list[str]:
    """Target order of the debts' names for ``strategy`` (§7 [T]); sorts are stable, so input order breaks ties.

    - ``AVALANCHE``: APR descending, ties smaller balance first.
    - ``SNOWBALL``: balance ascending, ties higher APR first.
    - ``CUSTOM``: ``custom_order``, which must name every debt exactly once.
    - ``MINIMUMS_ONLY``: input order (no target).

    Raises:
        ValidationError: a bad ``custom_order`` (``field="order"``).
    """
    if strategy is Strategy.AVALANCHE:
        return [d.name for d in sorted(debts, key=lambda d: (-d.apr, d.balance_fen))]
    if strategy is Strategy.SNOWBALL:
        return [d.name for d in sorted(debts, key=lambda d: (d.balance_fen, -d.apr))]
    if strategy is Strategy.CUSTOM:
        order = list(custom_order or [])
        if sorted(order) != sorted(d.name for d in debts):
            raise ValidationError("order", order, QT_TRANSLATE_NOOP("Errors", "must name every debt exactly once"))
        return order
    return [d.name for d in debts]


def payoff_plan(
    debts: Sequence[Debt],
    budget_fen: int,
    strategy: Strategy = Strategy.AVALANCHE,
    custom_order: Sequence[str] | None = None,
    *,
    max_months: int = MAX_MONTHS,
) -> PayoffResult:
    """Simulate paying ``budget_fen`` a month by ``strategy``, exactly as the §7 algorithm (§10 vector 10).

    Each month: every unpaid debt accrues ``round_half_up(balance × APR/12)`` to the minor unit ([I] rounding);
    each pays ``min(minimum, balance)``; what is left of the budget goes down the target order, spilling over in
    the same month. ``MINIMUMS_ONLY`` skips that last step: the budget only has to cover the minimums (pass
    their sum) and a cleared debt's payment is not rolled over.

    Example (P1, budget 400.00): avalanche B→C→A, 21 months, interest 1,090.19, paid off A 21, B 11, C 21;
    snowball A→B→C, 22 months, 1,230.11, A 4, B 13, C 22; minimums only 58 months, 3,227.16.

    Args:
        debts: the debts, each with a unique name.
        budget_fen: total paid each month, minor units; must cover Σ minimums.
        strategy: avalanche, snowball, custom or minimums only.
        custom_order: names in target order, for ``Strategy.CUSTOM``.
        max_months: stop after this many months (the plan is then never debt-free), >= 1.

    A debt whose month's interest is at least all it can receive in a month (the whole budget; its own minimum
    under ``MINIMUMS_ONLY``) can never be paid off: its balance never falls again. The simulation then goes on
    only while another debt's balance still changes (so the other debts' payoff months stay right) and stops
    as soon as nothing else changes, or a balance passes ``RUNAWAY_FEN``; ``months`` is ``None``, as for a plan
    still unpaid after ``max_months``. (Budget 30.00 for 800.00 at 60 %: 40.00 interest in month 1, never.)

    Raises:
        ValidationError: ``field="budget"`` when the budget is below Σ minimums of unpaid debts; bad debts
            (empty, duplicate names, negative amounts or APR); bad ``custom_order``; ``max_months`` below 1.
    """
    _validate(debts)
    if max_months < 1:
        raise ValidationError("max_months", max_months, QT_TRANSLATE_NOOP("Errors", "must be at least 1"))
    minimums = sum(d.minimum_fen for d in debts if d.balance_fen > 0)
    if budget_fen < minimums:
        raise ValidationError("budget", budget_fen, QT_TRANSLATE_NOOP(
                "Errors", "is below the sum of the minimum payments (%1)")
                        .arg(format(Decimal(minimums).scaleb(-2), ',f')))  # in major units
    order = payoff_order(debts, strategy, custom_order)
    index = {d.name: i for i, d in enumerate(debts)}
    targets = [] if strategy is Strategy.MINIMUMS_ONLY else [index[name] for name in order]
    balances = [d.balance_fen for d in debts]
    payoff: list[int | None] = [0 if b == 0 else None for b in balances]
    series = [tuple(balances)]
    # most a debt can receive in a month: the whole budget when it may be a target, else its own minimum
    caps = [budget_fen if targets else d.minimum_fen for d in debts]
    hopeless = [False] * len(debts)  # interest >= cap: the balance never falls again
    interest_total = paid_total = month = 0
    while any(balances) and month < max_months:
        month += 1
        before = list(balances)
        for i, d in enumerate(debts):
            if balances[i] > 0:
                interest = round_fen(balances[i] * d.apr / 12)
                balances[i] += interest
                interest_total += interest
                hopeless[i] = hopeless[i] or interest >= caps[i]
        available = budget_fen
        for i, d in enumerate(debts):
            pay = min(d.minimum_fen, balances[i])  # 0 for a cleared debt: its payment rolls to the target
            balances[i] -= pay
            available -= pay
        for i in targets:
            pay = min(available, balances[i])
            balances[i] -= pay
            available -= pay
        paid_total += budget_fen - available
        for i, b in enumerate(balances):
            if b == 0 and payoff[i] is None:
                payoff[i] = month
        series.append(tuple(balances))
        if any(hopeless) and (max(balances) > RUNAWAY_FEN or all(
                hopeless[i] or balances[i] == before[i] for i in range(len(debts)))):
            break  # never debt-free, and nothing else will change (see above)
    return PayoffResult(
        strategy=strategy,
        order=tuple(order),
        months=None if any(balances) else month,
        total_interest_fen=interest_total,
        total_paid_fen=paid_total,
        payoff_month={d.name: payoff[i] for i, d in enumerate(debts)},
        balances=tuple(series),
    )
