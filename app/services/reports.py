"""Chart-ready series for the overview, computed from SQL aggregates (no loop over single purchases).

``debt_load`` answers "how heavy was and will my debt be": outstanding against the total credit limit at each
month end of the past year, today, and each month end of the coming year.
"""

from __future__ import annotations

import calendar
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from dateutil.relativedelta import relativedelta

from app.domain.credit_line import CreditLine
from app.domain.currency_totals import main_currency
from app.domain.position import position
from app.domain.revolving import compute_statements
from app.domain.statements import CycleCharges, LineStatements
from app.services.queries import QueryService
from app.storage.repositories import Store


@dataclass(frozen=True)
class DebtLoadSeries:
    """Outstanding and total limit (minor units of ``currency``) on each of ``dates``; ``dates[today_index]`` is
    today, later points are projections (every bill paid in full on its due date, no new purchases). Only the lines
    in ``currency`` count (amounts are never added across currencies); ``left_out`` names the other currencies of
    the active lines."""

    dates: list[date]
    outstanding_fen: list[int]
    limit_fen: list[int]
    today_index: int
    currency: str = "CNY"
    left_out: tuple[str, ...] = ()


def month_end(day: date) -> date:
    """The last day of ``day``'s month."""
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def projected_outstanding(result: LineStatements, on: date) -> int:
    """What a line will still owe on ``on`` (after ``result.as_of``) if every statement is paid in full on its
    due date (overdue ones at once) and nothing new is bought.

    The current bill counts until it is due (a revolving rest until the next due date, §1.5); a future statement
    counts its principal (and early-payoff fees), less the credit earlier payments left for it, until it is issued, then its balance (fees
    included) until its due date. So a repayment made before a bill is issued is never forgotten.
    """
    total = 0
    for st in result.statements:
        due = st.pay_by or st.due_date
        if st.issued:
            if st.unpaid_fen > 0 and due > on and due >= result.as_of:
                total += st.unpaid_fen
        elif st.statement_date > on:
            # its principal and early-payoff fees are owed already (§2.3); its other fees are not yet
            owed = (st.purchases_fen + st.installment_principal_fen + st.payoff_fee_fen - st.refunds_fen
                    - st.converted_fen)
            total += max(0, owed - max(0, st.credit_applied_fen - (st.installment_fee_fen - st.payoff_fee_fen)))
        elif due > on:
            total += st.balance_fen
    return max(0, total - result.credit_fen)


def _charges_until(by_month: list[tuple[str, CycleCharges]], month_key: str) -> list[CycleCharges]:
    return [c for m, c in by_month if m <= month_key]


def debt_load(store: Store, today: date, past_months: int = 12, future_months: int = 12) -> DebtLoadSeries:
    """Outstanding vs total limit over the active lines in the main currency (``currency_totals.main_currency``)
    at the ends of the ``past_months`` months before today's month, today, and the ends of this month and the
    following ``future_months - 1`` months.

    Cost per line: one grouped query for the charges by posting month, one for repayments, and
    ``past_months + 1`` runs of the statement engine over per-cycle totals.
    """
    this_month = today.replace(day=1)
    past = [month_end(this_month - relativedelta(months=i)) for i in range(past_months, 0, -1)]
    future = [month_end(this_month + relativedelta(months=i)) for i in range(future_months)]
    future = [d for d in future if d > today]
    dates = past + [today] + future
    outstanding: dict[date, int] = defaultdict(int)
    limits: dict[date, int] = defaultdict(int)
    active = store.lines.all(include_archived=False)
    main = main_currency(line.currency for line in active)
    for line in (line for line in active if line.currency == main):
        if line.pays_in_4:  # its payments, read one by one (domain-rules.md §5)
            _pay_in_4_load(QueryService(store), line, past, today, future, outstanding, limits)
            continue
        by_month = store.cycles.by_posting_month(line.saved_id, since=past[0] if past else today)
        repayments = store.repayments.for_line(line.saved_id)
        failed = store.repayments.failed_auto(line.saved_id)
        for day in past:
            cycles = _charges_until(by_month, day.strftime("%Y-%m"))
            result = compute_statements(line, cycles, repayments, day, failed)
            outstanding[day] += position(line, result).outstanding_fen
            limits[day] += line.limit_on(day)
        now = compute_statements(line, [c for _, c in by_month], repayments, today, failed)
        outstanding[today] += position(line, now).outstanding_fen
        limits[today] += line.limit_on(today)
        for day in future:
            outstanding[day] += projected_outstanding(now, day)
            limits[day] += line.limit_on(day)
    left_out = tuple(dict.fromkeys(line.currency for line in active if line.currency != main))
    return DebtLoadSeries(dates, [outstanding[d] for d in dates], [limits[d] for d in dates], len(past), main,
                          left_out)


def _pay_in_4_load(queries: QueryService, line: CreditLine, past: list[date], today: date, future: list[date],
                   outstanding: dict[date, int], limits: dict[date, int]) -> None:
    """``debt_load``'s points for a pay-in-4 line: its position at each past month end and today, then what its
    payments will still ask for at each future month end (fen)."""
    for day in past + [today]:
        outstanding[day] += position(line, queries.compute(line, day)).outstanding_fen
        limits[day] += line.limit_on(day)
    now = queries.compute(line, today)
    for day in future:
        outstanding[day] += projected_outstanding(now, day)
        limits[day] += line.limit_on(day)
