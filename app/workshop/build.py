"""Write a scenario into a workshop ledger, and read the figures a moment checks.

The whole timeline is written once (``build_scenario``): purchases, limit changes, the story's own repayments and
those of each line's policy up to the scenario's end. Moving through the story is then only moving the clock:
statements, interest and overdue status are computed as of the date the class is at, and repayments or purchases
after it do not count yet (the statements engine leaves them out). So a reset is a rebuild, and stepping back is
setting the clock back.

The ``[recovery]`` payoff figures are the exception: they project the payoff planner's avalanche and snowball plans
from the ledger as it is on ``recovery.from``, so they are the same at every moment that claims them.
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from app.domain.errors import ValidationError
from app.domain.payoff import Strategy
from app.i18n import formatting as fmt
from app.services.ledger import LedgerService
from app.services.payoff_planner import PayoffComparison, compare_payoff_from_lines
from app.services.queries import QueryService
from app.services.settings import SettingsService
from app.storage.repositories import Store
from app.workshop.scenario import PAYOFF_FIGURES, Expect, Moment, Scenario
from app.domain.messages import QT_TRANSLATE_NOOP

SCENARIO_KEY = "workshop_scenario"
#: Which plan and which of its results each payoff figure reads.
_PAYOFF = {
    "payoff_months_avalanche": (Strategy.AVALANCHE, "months"),
    "payoff_months_snowball": (Strategy.SNOWBALL, "months"),
    "payoff_interest_avalanche": (Strategy.AVALANCHE, "interest"),
    "payoff_interest_snowball": (Strategy.SNOWBALL, "interest"),
}


def build_scenario(store: Store, scenario: Scenario) -> dict[str, int]:
    """(Re)build ``scenario`` into ``store`` (a workshop database, never the user's ledger): existing lines are
    deleted first. Returns ``{line name: line id}``.

    Raises:
        ValidationError: a value the ledger refuses (the message names the field).
    """
    ledger = LedgerService(store)
    for line in store.lines.all(include_archived=True):
        ledger.delete_line(line.saved_id)
    ids: dict[str, int] = {}
    for sl in scenario.lines:
        ids[sl.line.name] = ledger.add_line(sl.line, limit_fen=sl.limit_fen, limit_from=scenario.start).ids["line"]
    for change in sorted(scenario.limit_changes, key=lambda c: c.on):
        ledger.change_limit(ids[change.line], change.limit_fen, change.on)
    for p in sorted(scenario.purchases, key=lambda p: p.on):
        ledger.record_purchase(ids[p.line], p.on, p.amount_fen, merchant=p.merchant.zh or p.merchant.en,
                               installments=p.installments, fee_rate=p.fee_rate)
    for rep in sorted(scenario.repayments, key=lambda r: r.on):
        note = f"funded by {rep.funded_by}" if rep.funded_by else ""
        # 以贷养贷: the money comes from another line, where the ledger records it as a charge (record_repayment)
        ledger.record_repayment(ids[rep.line], rep.on, rep.amount_fen, note=note,
                                funded_by_line_id=ids[rep.funded_by] if rep.funded_by else None)
    queries = QueryService(store)
    for sl in scenario.lines:
        _apply_policy(store, ledger, queries, ids[sl.line.name], sl.policy, scenario.end)
    settings = SettingsService(store)
    settings.set_monthly_income(scenario.persona.monthly_income_fen or None)
    with store.atomic():
        store.settings.set(SCENARIO_KEY, scenario.id)
        # the story's own time, not the wall clock: a reset then rebuilds exactly the same ledger
        store.lines.set_created_at(f"{scenario.start.isoformat()} 00:00:00")
        store.undo.clear()  # building the story is not the class's to undo
    return ids


def _apply_policy(store: Store, ledger: LedgerService, queries: QueryService, line_id: int, policy: str,
                  end: date) -> None:
    """Pay each bill due up to ``end`` on its due date as ``policy`` says: the whole bill (``full``), what is left
    of its minimum (``minimum``), nothing (``nothing``), or nothing while auto-repay fails (``auto_fails``)."""
    if policy == "nothing":
        return
    due_dates = sorted({s.due_date for s in queries.line_statements(line_id, end).issued() if s.due_date <= end})
    for due in due_dates:
        current = queries.line_statements(line_id, due).current()
        if current is None or current.due_date != due:
            continue
        if policy == "auto_fails":
            ledger.set_auto_repay_failed(line_id, current.statement_date, True)
            continue
        amount = current.unpaid_fen if policy == "full" else current.minimum_left_fen
        if amount > 0:
            ledger.record_repayment(line_id, due, amount, note=f"policy: {policy}")


def recovery_plans(store: Store, scenario: Scenario | None) -> PayoffComparison:
    """The avalanche and snowball plans of the scenario's ``[recovery]``: ``recovery.budget`` a month over every
    line of the (built) ledger as it is on ``recovery.from``, each debt on its real terms (the payoff planner,
    domain-rules.md §7; ``services.payoff_planner.compare_payoff_from_lines``).

    Raises:
        ValidationError: no scenario, or one without a ``[recovery]`` table.
        ScenarioError: naming the file, line and ``recovery.budget`` when the budget is below the minimum payments
            that day, or never pays every debt off (a debt's interest is at least what it can get each month).
    """
    recovery = scenario.recovery if scenario is not None else None
    if recovery is None:
        raise ValidationError("recovery", None, QT_TRANSLATE_NOOP("Errors", "needs a [recovery] table with a budget"))
    budget = fmt.money(recovery.budget_fen, symbol=False)
    try:
        plans = compare_payoff_from_lines(store, recovery.start, recovery.budget_fen)
    except ValidationError as exc:
        if exc.field != "budget":
            raise
        # the budget is fine as text but not for these debts: say so against the budget, not as a crash
        raise recovery.error(QT_TRANSLATE_NOOP(
                "Workshop", "%1 a month %2 on %3, so no plan can start; "
                            "raise the budget").arg(budget, exc.reason, recovery.start)) from None
    for plan in plans.plans:
        if plan.result.months is None:
            never = ", ".join(name for name, month in plan.result.payoff_month.items() if month is None)
            raise recovery.error(QT_TRANSLATE_NOOP(
                    "Workshop", "%1 a month never pays off %2 by %3 (its interest is at least what it can get each "
                                "month, or it takes over 100 years); raise "
                                "the budget").arg(budget, never, plan.strategy.value))
    return plans


def figure(store: Store, expect: Expect, on: date, scenario: Scenario | None = None) -> int | str:
    """The value of ``expect.figure`` on ``on`` for its line (or every line together when it names none): fen,
    or a percentage text with one decimal for utilization (half-up); an offer's annualized rate with two decimals;
    for the payoff figures the ``[recovery]`` plan's whole months to debt-free or total interest (fen), the same
    whatever ``on`` is (see ``recovery_plans``, and its errors).

    Raises:
        ValidationError: an offer or line the scenario does not have; a payoff figure without ``[recovery]``.
        ScenarioError: a recovery budget that can never pay the debts off (see ``recovery_plans``).
    """
    if expect.figure in PAYOFF_FIGURES:
        strategy, what = _PAYOFF[expect.figure]
        result = recovery_plans(store, scenario).plan(strategy).result
        assert result.months is not None  # recovery_plans refuses a plan that is never debt-free
        return result.months if what == "months" else result.total_interest_fen
    if expect.figure == "offer_apr":
        if scenario is None or not 1 <= expect.offer <= len(scenario.offers):
            raise ValidationError("offer", expect.offer, QT_TRANSLATE_NOOP("Errors", "names no offer of this scenario"))
        rate = scenario.offers[expect.offer - 1].annualized_rate() * 100
        return f"{rate.quantize(Decimal('0.01'), ROUND_HALF_UP)}%"
    queries = QueryService(store)
    lines = [ln for ln in store.lines.all() if expect.line is None or ln.name == expect.line]
    if not lines:
        raise ValidationError("line", expect.line, QT_TRANSLATE_NOOP("Errors", "names no line of this scenario"))
    total = 0
    limit = 0
    for line in lines:
        stmts = queries.line_statements(line.saved_id, on)
        pos = next(s.position for s in queries.status(on, include_archived=True) if s.line.id == line.id)
        current = stmts.current()
        limit += pos.limit_fen
        total += {
            "owed": pos.outstanding_fen,
            "statement_balance": current.balance_fen if current else 0,
            "minimum": current.minimum_fen if current else 0,
            "overdue": pos.overdue_fen,
            "interest_posted": sum(s.interest_fen for s in stmts.issued()),
            "available": pos.available_fen,
            "to_repay": pos.to_repay_fen,
            "utilization": pos.outstanding_fen,
        }[expect.figure]
    if expect.figure == "utilization":
        if not limit:
            return "0.0%"
        pct = (Decimal(total) * 100 / Decimal(limit)).quantize(Decimal("0.1"), ROUND_HALF_UP)
        return f"{pct}%"
    return total


def check_moments(store: Store, scenario: Scenario) -> list[str]:
    """Recompute every figure the scenario's moments claim; returns one line per mismatch (empty: all agree).

    Raises:
        ScenarioError: a ``[recovery]`` budget that can never pay the debts off (see ``recovery_plans``): no
            payoff figure can be computed at all, which is a mistake in the file rather than a mismatch.
    """
    problems: list[str] = []
    for i, moment in enumerate(scenario.moments, 1):
        for exp in moment.expect:
            actual = figure(store, exp, moment.on, scenario)
            if actual != exp.value:
                problems.append(QT_TRANSLATE_NOOP(
                        "Errors", "moments[%1] (%2): %3 of %4 is %5, the file says %6")
                                .arg(
                                    i,
                                    moment.on,
                                    exp.figure,
                                    exp.line or QT_TRANSLATE_NOOP("Errors", "all lines"),
                                    _show(actual, exp.figure),
                                    _show(exp.value, exp.figure),
                                ))
    return problems


def _show(value: int | str, figure_name: str = "") -> str:
    if isinstance(value, str):
        return value
    if figure_name.startswith("payoff_months_"):  # a count of months, not fen
        return QT_TRANSLATE_NOOP("Workshop", "%1 months").arg(value)
    return fmt.money(value, symbol=False)


def moment_at(scenario: Scenario, index: int) -> Moment:
    """The ``index``-th moment (1-based).

    Raises:
        ValidationError: no such moment.
    """
    if not 1 <= index <= len(scenario.moments):
        raise ValidationError("moment", index, QT_TRANSLATE_NOOP(
                "Errors", "must be from 1 to %1").arg(len(scenario.moments)))
    return scenario.moments[index - 1]


