"""The overview's alerts on a day (``app.domain.alerts``): each rule fed from the ledger.

- Overdue per active line: its statements' unmet minimum and the due date it is overdue since.
- Limit creep per active line: its limit history, its purchases (posting date, amount), what is owed.
- Stacking: the start of every installment plan (the purchase's posting date; for a bill turned into installments
  its statement date) and the first purchase of each line.
- Juggling: each line's owed ÷ bank limit.
- Committed income: repayments due within 90 days (``QueryService.schedule``, overdue included) ÷ 3 × income.
- Persistent debt per line: ``services.debt_load.persistent_pairs`` (cost and principal paid per statement) and
  the line's daily rate × 365 for the exit plan.
- Repaying one line from another: repayments marked as paid with another credit line's money, last 90 days.
- Debt-free date: repayments (recorded and automatic; not those paid with borrowed money) and new purchases of the
  last 3 whole months, averaged; for someone paying only the minimum and buying nothing new, where the minimum
  leads (``minimum_only_outlook``); the brochure date is the last due date scheduled (``QueryService.schedule``
  over 60 months).

Only lines in CNY are summed with each other (amounts are never converted).
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from dateutil.relativedelta import relativedelta

from app.domain import alerts as rules
from app.domain.alerts import Alert
from app.domain.statements import Statement, StatementStatus
from app.services.debt_load import persistent_pairs
from app.services.queries import QueryService
from app.services.settings import SettingsService
from app.storage.repositories import Store

#: Months averaged for the realistic debt-free date.
PACE_MONTHS = 3
CURRENCY = "CNY"


def alerts(store: Store, as_of: date) -> list[Alert]:
    """Every alert on ``as_of``, in the order: overdue lines first (line order), then limit creep and persistent debt per line (line order), juggling,
    stacking, repaying one line from another, committed income, debt-free date."""
    queries = QueryService(store)
    found: list[Alert] = []
    used: dict[str, Decimal] = {}
    plan_starts: list[date] = []
    first_used: dict[str, date] = {}
    owed_total = 0
    overdue: list[Alert] = []
    for line in store.lines.all(include_archived=False):
        stmts = queries.line_statements(line.saved_id, as_of)
        pos = queries.position(line, stmts)
        late = rules.overdue(line.name, stmts.overdue_fen, stmts.overdue_since, as_of, line.currency)
        if late:
            overdue.append(late)
        # spending per day over the window the creep rule can look at (summed in SQL: a line may hold a million)
        window = timedelta(days=rules.CREEP_RECENT_DAYS + rules.CREEP_WINDOW_DAYS)
        spent = store.purchases.spent_by_day(line.saved_id, as_of - window, as_of)
        creep = rules.limit_creep(line.name, [(c.effective, c.limit_fen) for c in line.limits], spent,
                                  pos.outstanding_fen, as_of)
        if creep:
            found.append(creep)
        pairs = persistent_pairs(stmts, store.repayments.for_line(line.saved_id))
        persistent = rules.persistent_debt(line.name, pairs, pos.outstanding_fen, line.daily_penalty_rate * 365)
        if persistent:
            found.append(persistent)
        if pos.utilization is not None:
            used[line.name] = pos.utilization
        first = store.purchases.first_posted_on(line.saved_id, as_of)
        if first is not None:
            first_used[line.name] = first
        plan_starts += store.plans.starts(line.saved_id, as_of - timedelta(days=rules.STACKING_DAYS), as_of)
        if line.pays_in_4:  # each purchase is a plan of 4 payments
            plan_starts += store.orders.starts(line.saved_id, as_of - timedelta(days=rules.STACKING_DAYS), as_of)
        if line.currency == CURRENCY:
            owed_total += pos.outstanding_fen
    for alert in (rules.full_lines(used), rules.stacking(plan_starts, first_used, as_of),
                  repaid_from_credit(store, as_of)):
        if alert:
            found.append(alert)
    schedule = [e for e in queries.schedule(as_of, months=60) if e.line_id in _cny_lines(store)]
    horizon = as_of + timedelta(days=rules.COMMITTED_DAYS)
    due_90 = sum(e.amount_fen for e in schedule if e.overdue or e.due_date <= horizon)
    committed = rules.committed_income(due_90, SettingsService(store).monthly_income_fen())
    if committed:
        found.append(committed)
    repaid, spent_monthly = pace(store, as_of)
    brochure = max((e.due_date for e in schedule), default=None)
    outlook = minimum_only_outlook(store, queries, as_of) if spent_monthly == 0 else None
    free = rules.debt_free_date(owed_total, repaid, spent_monthly, as_of, brochure, outlook)
    if free:
        found.append(free)
    return overdue + found


def minimum_only_outlook(store: Store, queries: QueryService, as_of: date) -> tuple[date, int, int] | None:
    """(last payment day, interest and fees still to pay beyond what the bills will ask, monthly payments) when
    every active CNY line that is owed on is being paid only its minimum (its latest bill past its due date got its
    minimum and no more, ``_only_minimum``) and it goes on so; ``None`` otherwise. The cost is what the payments
    add to what those lines' bills and plans will still ask (``Position.to_repay_fen``, the interest accrued so far
    included there)."""
    from app.domain.minimum_only import minimum_only_from  # only for a minimum payer: not on every refresh

    last: date | None = None
    paid = months = to_repay = 0
    for line in store.lines.all(include_archived=False):
        if line.currency != CURRENCY:
            continue
        stmts = queries.line_statements(line.saved_id, as_of)
        pos = queries.position(line, stmts)
        if pos.outstanding_fen <= 0:
            continue
        if line.pays_in_4:
            return None  # its payments are fixed, not a shrinking minimum: the pace tells
        due = [s for s in stmts.issued() if s.status is not StatementStatus.OPEN]
        if not due or due[-1].status is not StatementStatus.MINIMUM_PAID or not _only_minimum(due[-1]):
            return None
        payments = minimum_only_from(line, *queries.engine_inputs(line, as_of))
        if not payments:
            return None
        last = max(last or payments[-1].paid_on, payments[-1].paid_on)
        paid += sum(p.amount_fen for p in payments)
        months, to_repay = max(months, len(payments)), to_repay + pos.to_repay_fen
    # interest beyond what the bills will ask (``to_repay_fen``) and one monthly payment a month, as the trap of
    # ``plan bill`` counts them on the same simulation (``minimum_trap.trap_for_statement``)
    return (last, max(0, paid - to_repay), months) if last is not None else None


def _only_minimum(st: Statement) -> bool:
    """Paid by its due date no more than its minimum, rounded up to the yuan as people round it (99.90 -> 100):
    someone who pays a fixed 300 a month is on a steady pace, not shrinking with the minimum."""
    return st.paid_by_due_fen <= -(-st.minimum_fen // 100) * 100


def repaid_from_credit(store: Store, as_of: date) -> Alert | None:
    """The repaying-one-line-from-another alert on ``as_of``: repayments marked as paid with another line's money
    (``Repayment.funded_by_line_id``), named by line."""
    names = {ln.id: ln.name for ln in store.lines.all(include_archived=True)}
    start = as_of - timedelta(days=rules.FROM_CREDIT_DAYS - 1)
    return rules.repaid_from_credit(
        [(names[line_id], names[funding], paid_on, fen)
         for line_id, funding, paid_on, fen in store.repayments.funded_by_credit(start, as_of)], as_of)


def _cny_lines(store: Store) -> set[int]:
    return {ln.saved_id for ln in store.lines.all(include_archived=False) if ln.currency == CURRENCY}


def pace(store: Store, as_of: date) -> tuple[int, int]:
    """``(repaid, newly spent)`` per month (fen, rounded down), averaged over the ``PACE_MONTHS`` whole calendar
    months before ``as_of``'s month, over active CNY lines. Repayments include automatic ones."""
    start = as_of.replace(day=1) - relativedelta(months=PACE_MONTHS)
    end = as_of.replace(day=1)  # exclusive
    queries = QueryService(store)
    lines = _cny_lines(store)
    repaid = 0
    for line_id in lines:
        stmts = queries.line_statements(line_id, as_of)
        for r in list(store.repayments.for_line(line_id)) + list(stmts.auto_repayments):
            if start <= r.paid_on < end and r.funded_by_line_id is None:  # borrowed money moves debt, repays none
                repaid += r.amount_fen
    spent = sum(fen for line_id in lines
                for _, fen in store.purchases.spent_by_day(line_id, start, end - timedelta(days=1)))
    return repaid // PACE_MONTHS, spent // PACE_MONTHS
