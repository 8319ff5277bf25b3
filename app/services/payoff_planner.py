"""Payoff planner: avalanche vs snowball vs your own order, from your lines or from debts you type in.

The simulation is ``domain.payoff`` (domain-rules.md §7 [T]). Prefilled from the lines, each debt on its real
terms (§1, §1.5, §2, §3):
- a line's revolving balance (what is owed outside installment plans) at the line's interest rate, daily rate ×
  365 (simple, 0.05 %/day -> 18.25 %), with the line's minimum (10 % for Huabei [T], rounded up to the fen; the
  whole balance for a line without a minimum). A pay-later line charges no interest on its balance: 0 %.
- each installment plan's principal not billed yet as a debt of its own, at the plan's annualized rate (the IRR of
  its parts, §3: 8.8 % over 12 months is 15.87 % APR; 0 % for a fee-free plan), paying its next part each month.
Money is int fen. No Qt.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from dateutil.relativedelta import relativedelta

from app.domain.credit_line import CreditLine, LineKind
from app.domain.errors import ValidationError
from app.domain.payoff import Debt, PayoffResult, Strategy, payoff_plan
from app.domain.postings import InstallmentPlan, PartStatus
from app.domain.true_cost import irr_monthly
from app.services.queries import QueryService
from app.services.true_cost import line_minimum_fen, revolving_rate
from app.storage.repositories import Store
from app.domain.messages import QT_TRANSLATE_NOOP


def debts_from_lines(store: Store, as_of: date) -> list[Debt]:
    """The debts owed on ``as_of`` over the active lines, each on its own terms (see the module doc): per line its
    revolving balance named after the line, and per installment plan with unbilled parts a debt named
    "line · merchant"."""
    debts = []
    for status in QueryService(store).status(as_of):
        line = status.line
        plan_debts = [d for d in (_plan_debt(line, plan, store, as_of) for plan in store.plans.for_line(line.saved_id))
                      if d is not None]
        revolving = status.position.outstanding_fen - sum(d.balance_fen for d in plan_debts)
        if revolving > 0:
            apr = Decimal(0) if line.kind is LineKind.BNPL else revolving_rate(line).apr
            debts.append(Debt(line.name, revolving, apr, line_minimum_fen(line, revolving)))
        debts += plan_debts
    return debts


def _plan_debt(line: CreditLine, plan: InstallmentPlan, store: Store, as_of: date) -> Debt | None:
    """The unbilled principal of ``plan`` at its annualized rate, paying its next part a month; ``None`` when
    nothing is left to bill, or the plan's purchase (or converted bill) comes after ``as_of``."""
    purchase = store.purchases.get(plan.purchase_id) if plan.purchase_id is not None else None
    started = purchase.posted_on if purchase is not None else plan.source_statement
    if started is not None and started > as_of:
        # not owed yet on as_of: the statements leave such a plan out too (a workshop plans from a past date of a
        # ledger holding the whole story), and counting it would also hide the line's revolving balance
        return None
    unbilled = plan.unbilled(as_of)
    principal = sum(p.principal_fen for p in unbilled)
    if principal <= 0:
        return None
    parts = [p.amount_fen for p in plan.parts if p.status is PartStatus.SCHEDULED]
    try:
        apr = irr_monthly(plan.principal_fen, parts) * 12 if plan.fee_total_fen else Decimal(0)
    except ValidationError:
        apr = Decimal(0)
    label = purchase.merchant or purchase.description if purchase is not None else ""
    name = f"{line.name} · {label or plan.source_statement or plan.id}"
    return Debt(name, principal, apr.quantize(Decimal("0.0001")), min(principal, unbilled[0].amount_fen))


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
        raise ValidationError("budget", budget_fen, QT_TRANSLATE_NOOP("Errors", "must be greater than zero"))
    strategies: list[tuple[Strategy, Sequence[str] | None, int]] = [
        (Strategy.AVALANCHE, None, budget_fen), (Strategy.SNOWBALL, None, budget_fen)]
    if custom_order is not None:
        strategies.append((Strategy.CUSTOM, custom_order, budget_fen))
    if with_minimums_only:
        strategies.append((Strategy.MINIMUMS_ONLY, None, minimums))
    plans = tuple(summarize(payoff_plan(debts, budget, strategy, order), start)
                  for strategy, order, budget in strategies)
    return PayoffComparison(start=start, budget_fen=budget_fen, debts=debts, minimums_fen=minimums, plans=plans)


def compare_payoff_from_lines(store: Store, as_of: date, budget_fen: int) -> PayoffComparison:
    """Avalanche and snowball for ``budget_fen`` a month (fen) over everything owed on ``as_of`` on the active
    lines, each debt on its real terms (``debts_from_lines``), the plans starting that day (month 1 = a month
    later). No minimums-only reference is simulated.

    Nothing owed on ``as_of``: both plans are debt-free after 0 months with no interest (the domain simulation
    refuses an empty list of debts, but "already debt-free" is a valid answer here).

    Raises:
        ValidationError: ``field="budget"`` when the budget is not above zero or below the sum of the minimums
            (the message names that sum).
    """
    debts = debts_from_lines(store, as_of)
    if debts:
        return compare_payoff(debts, budget_fen, as_of, with_minimums_only=False)
    if isinstance(budget_fen, bool) or not isinstance(budget_fen, int) or budget_fen <= 0:
        raise ValidationError("budget", budget_fen, QT_TRANSLATE_NOOP("Errors", "must be greater than zero"))
    plans = tuple(summarize(PayoffResult(strategy, (), 0, 0, 0, {}, ((),)), as_of)
                  for strategy in (Strategy.AVALANCHE, Strategy.SNOWBALL))
    return PayoffComparison(start=as_of, budget_fen=budget_fen, debts=(), minimums_fen=0, plans=plans)
