"""Payoff planner: avalanche vs snowball vs your own order, from your lines or from debts you type in.

The simulation is ``domain.payoff`` (domain-rules.md §7 [T]). Prefilled from the lines (§1, §3):
balance = the line's outstanding (billed, unbilled and remaining installment principal), APR = daily penalty
rate × 365 (simple, 0.05 %/day -> 18.25 %), minimum = the line's share of that balance rounded up to the fen (10 %
for Huabei [T]; the whole balance for a line without a minimum). Money is int fen. No Qt.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from dateutil.relativedelta import relativedelta

from app.domain.errors import ValidationError
from app.domain.payoff import Debt, PayoffResult, Strategy, payoff_plan
from app.services.queries import QueryService
from app.services.true_cost import line_minimum_fen, revolving_rate
from app.storage.repositories import Store


def debts_from_lines(store: Store, as_of: date) -> list[Debt]:
    """One ``Debt`` per active line that owes something on ``as_of``, named after the line (see module doc)."""
    debts = []
    for status in QueryService(store).status(as_of):
        owed = status.position.outstanding_fen
        if owed > 0:
            line = status.line
            debts.append(Debt(line.name, owed, revolving_rate(line).apr, line_minimum_fen(line, owed)))
    return debts


def month_date(start: date, month: int | None) -> date | None:
    """The date ``month`` months after ``start`` (month 1 = a month from now), ``None`` for never."""
    return None if month is None else start + relativedelta(months=month)


@dataclass(frozen=True)
class PlanSummary:
    """One simulated strategy, ready to show.

    Attributes:
        result: the domain result (months, total interest, payoff month per debt, balances per month).
        payoff_dates: date each debt is paid off, by name (``None`` = not within 100 years).
        debt_free: date every debt is paid, or ``None``.
        total_balances: Σ balances at the start and after each month, fen (the chart series).
    """

    result: PayoffResult
    payoff_dates: dict[str, date | None]
    debt_free: date | None
    total_balances: tuple[int, ...]

    @property
    def strategy(self) -> Strategy:
        """The strategy simulated."""
        return self.result.strategy


@dataclass(frozen=True)
class PayoffComparison:
    """Strategies side by side for one budget.

    Attributes:
        plans: avalanche, snowball, then custom (when an order was given), then the minimums-only reference.
        minimums_fen: Σ minimum payments, the least budget that works.
    """

    start: date
    budget_fen: int
    debts: tuple[Debt, ...]
    minimums_fen: int
    plans: tuple[PlanSummary, ...]

    def plan(self, strategy: Strategy) -> PlanSummary:
        """The summary of ``strategy``. Raises ``KeyError`` when it was not simulated."""
        for p in self.plans:
            if p.strategy is strategy:
                return p
        raise KeyError(strategy)


def summarize(result: PayoffResult, start: date) -> PlanSummary:
    """Dates and the total-balance series of a domain result."""
    return PlanSummary(
        result=result,
        payoff_dates={name: month_date(start, m) for name, m in result.payoff_month.items()},
        debt_free=month_date(start, result.months),
        total_balances=tuple(sum(row) for row in result.balances),
    )


def compare_payoff(
    debts: Sequence[Debt],
    budget_fen: int,
    start: date,
    custom_order: Sequence[str] | None = None,
    *,
    with_minimums_only: bool = True,
) -> PayoffComparison:
    """Simulate avalanche, snowball, the custom order (if given) and minimums only for ``budget_fen`` a month.

    Example (P1, 400.00 a month): avalanche 21 months, 1,090.19 interest; snowball 22 months, 1,230.11.

    Raises:
        ValidationError: ``field="budget"`` when the budget is below the sum of the minimums (the message names
            that sum); bad debts or custom order (see ``domain.payoff.payoff_plan``).
    """
    debts = tuple(debts)
    minimums = sum(d.minimum_fen for d in debts if d.balance_fen > 0)
    if isinstance(budget_fen, bool) or not isinstance(budget_fen, int) or budget_fen <= 0:
        raise ValidationError("budget", budget_fen, "must be greater than zero")
    strategies: list[tuple[Strategy, Sequence[str] | None, int]] = [
        (Strategy.AVALANCHE, None, budget_fen), (Strategy.SNOWBALL, None, budget_fen)]
    if custom_order is not None:
        strategies.append((Strategy.CUSTOM, custom_order, budget_fen))
    if with_minimums_only:
        strategies.append((Strategy.MINIMUMS_ONLY, None, minimums))
    plans = tuple(summarize(payoff_plan(debts, budget, strategy, order), start)
                  for strategy, order, budget in strategies)
    return PayoffComparison(start=start, budget_fen=budget_fen, debts=debts, minimums_fen=minimums, plans=plans)
