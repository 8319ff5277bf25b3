"""Statements of a credit line over many bills: carried balances, minimum payments, allocation, status, interest.

``compute_statements`` is the engine; what it returns is described in ``app.domain.statements``.

The engine works on per-cycle totals (``CycleCharges``), not on single purchases: storage aggregates postings by
statement date in SQL, so computing a line's statements costs O(statements + repayments), not O(purchases).

The model is domain-rules.md §1.5 ("Revolving: a bill's unpaid rest carries forward"), the contract for how bills
behave over time:

- Each statement's new principal is a *bucket* that remembers its statement. Every bucket whose due date has passed
  accrues ``daily rate x unpaid principal`` per day (exact ``Decimal``), counting the day of a payment ("count the
  first day, not the last", §0 [I]; H2: 03-11 ... 04-10 = 31 days). Posted interest and fees never accrue interest
  (PBOC 2016 notice, §4.1).
- On a statement date the interest accrued since the previous one is posted, rounded half-up to the fen (§0 [I]);
  the cycle's postings become the new bucket; installment parts falling due are billed in full.
- ``balance`` (本期应还) = the unpaid principal of every billed bucket (this cycle's and those carried) + unpaid
  interest and fees; ``previous_balance`` is what was still unpaid when the statement was cut.
- ``minimum`` = ``min(balance, ceil(share x ordinary principal) + unpaid interest and fees + this statement's
  installment principal + the principal part of the previous statement's unpaid minimum when that statement went
  overdue)``. Ordinary principal is every unpaid principal except this statement's installment parts, which are
  never revolved (M1: 500.00 spending + a 100.00 part -> 150.00). The unpaid fees of a missed minimum are counted
  once (they are already in "interest and fees"), which equals the card formula of §4.1 (10 % of principal + this
  cycle's interest and fees + 100 % of the previous unpaid minimum). A ``min_share`` of 0 means no minimum: the
  whole balance is due.
- Payments on a day go first to posted interest and fees (oldest first), then to principal, oldest bucket first,
  within a bucket installment parts before ordinary spending. What is left is a credit that reduces the next
  statement. A refund of a billed purchase first repays its own bill's principal (§1 "Refund after the sale").
- Status once the due date (plus grace days) has passed: ``paid`` (payments from the statement date to the
  deadline cover the balance), ``minimum paid`` (they cover the minimum), else ``overdue``. A statement keeps the
  status it earned: its unpaid rest lives on in the next bill. The *line* is overdue only while the latest due
  statement's minimum is unmet; the overdue amount is that unpaid minimum.
- Interest basis (``RevolvingBasis``): Huabei charges only the unpaid principal from the due date (R1, H2); a card
  with full-bill interest (全额计息) also charges a bill not paid in full its purchases from their posting dates to
  the due date (C1: 10,000.00 x 0.05 % x 34 days = 170.00). Interest on a bill paid in full within the grace days
  is waived.
- Auto-repay (自动还款): on the due date, unless marked failed, an automatic repayment settles the whole balance
  (full) or what is left of the minimum.
"""

from __future__ import annotations

import heapq
from datetime import date
from decimal import ROUND_CEILING, Decimal

from app.domain.credit_line import CreditLine
from app.domain.money import round_fen
from app.domain.revolving_engine import Engine
from app.domain.statements import (
    CycleCharges,
    LineStatements,
    Repayment,
    Statement,
    StatementStatus,
)


def _project(st: Statement, charges: CycleCharges, engine: Engine, line: CreditLine) -> None:
    """A statement after ``as_of``: what is already scheduled on it (no interest, nothing carried), less credit."""
    raw = charges.purchases_fen + charges.installment_principal_fen + charges.installment_fee_fen - (
        charges.refunds_fen + charges.converted_fen)
    engine.credit += engine.reserved.pop(st.statement_date, 0)  # paid ahead for this bill (an early payoff)
    applied = min(engine.credit, max(0, raw))
    engine.credit -= applied
    st.credit_applied_fen = applied
    st.balance_fen = max(0, raw - applied)
    if raw < 0:
        engine.credit += -raw
    fee = min(st.balance_fen, charges.installment_fee_fen)
    installment = min(st.balance_fen - fee, charges.installment_principal_fen)
    ordinary = st.balance_fen - fee - installment
    if line.min_payment_rate == 0:
        st.minimum_fen = st.balance_fen
    else:
        st.minimum_fen = min(st.balance_fen, (round_fen(Decimal(ordinary) * line.min_payment_rate, ROUND_CEILING)
                                              if ordinary > 0 else 0) + fee + installment)
    st.unpaid_fen = st.minimum_left_fen = st.balance_fen
    st.minimum_left_fen = st.minimum_fen
    st.unpaid_fee_fen = fee
    st.status = StatementStatus.UPCOMING
    st.pay_by = st.due_date
    if st.balance_fen == 0:
        st.paid_off_on = st.statement_date


def compute_statements(
    line: CreditLine,
    cycles: list[CycleCharges],
    repayments: list[Repayment],
    as_of: date,
    auto_repay_failed: frozenset[date] = frozenset(),
) -> LineStatements:
    """Compute every statement of ``line`` from its first cycle with activity, as of ``as_of`` (§1.5).

    Args:
        line: the credit line (statement/due days, rates, grace days, auto-repay, interest basis).
        cycles: per-statement totals; several entries for one statement date are added up.
        repayments: repayments in any order; those dated after ``as_of`` are ignored.
        as_of: "today": statements up to it are issued, later ones are projections of what is scheduled.
        auto_repay_failed: statement dates whose automatic repayment the user marked as failed.

    Returns:
        ``LineStatements``: statements oldest first (issued ones, then projected ones up to the last scheduled
        installment), the synthesized auto-repayments, the credit left over (fen), the line's overdue amount and the
        interest accrued but not posted yet.
    """
    by_date: dict[date, CycleCharges] = {}
    for c in cycles:
        by_date[c.statement_date] = by_date[c.statement_date] + c if c.statement_date in by_date else c
    actual = sorted((r for r in repayments if r.paid_on <= as_of), key=lambda r: r.paid_on)
    if not by_date and not actual:
        return LineStatements(as_of, [], [], 0)

    current = line.bill_date(as_of)
    anchors = list(by_date) + [line.bill_date(r.paid_on) for r in actual]
    first = min(anchors)
    last = max(max(anchors), current)
    engine = Engine(line, as_of, auto_repay_failed)
    statements: list[Statement] = []
    pending = list(actual)
    s_date = first
    previous: Statement | None = None
    while s_date <= last:
        projected = s_date > as_of
        # payments and due dates before this statement date come first (on the same day: the statement first)
        _run_until(engine, pending, s_date if not projected else as_of, inclusive=projected)
        start, end = line.bill_cycle(s_date)
        charges = by_date.get(s_date, CycleCharges(s_date))
        st = Statement(
            statement_date=s_date, cycle_start=start, cycle_end=end, due_date=line.bill_due(s_date),
            purchases_fen=charges.purchases_fen, refunds_fen=charges.refunds_fen,
            installment_principal_fen=charges.installment_principal_fen,
            installment_fee_fen=charges.installment_fee_fen, payoff_fee_fen=charges.payoff_fee_fen,
            converted_fen=charges.converted_fen,
            purchase_count=charges.purchase_count,
        )
        st._amount_days = charges.amount_days
        if projected:
            _project(st, charges, engine, line)
        else:
            st.issued = True
            engine.issue(st, charges, previous)
            previous = st
        statements.append(st)
        s_date = line.next_bill(s_date)
    _run_until(engine, pending, as_of, inclusive=True)
    engine.credit += sum(engine.reserved.values())  # paid ahead for a bill with nothing on it: a credit
    engine.reserved.clear()
    engine.accrue(as_of)
    result = LineStatements(as_of, statements, engine.auto, engine.credit, engine.unmatched,
                            accruing_interest_fen=round_fen(engine.pending()),
                            interest_unpaid_fen=engine.interest_unpaid())
    _finish(result, engine, line)
    return result


def _finish(result: LineStatements, engine: Engine, line: CreditLine) -> None:
    """Statuses, what is unpaid now, and the line's overdue amount."""
    as_of = result.as_of
    issued = result.issued()
    latest_due: Statement | None = None
    for st in issued:
        st.pay_by = st.due_date
        latest = st is issued[-1]
        if latest:
            st.unpaid_fen = engine.owed()
            st.unpaid_fee_fen = engine.fees_unpaid()
            st.penalty_fen = result.accruing_interest_fen + engine.interest_unpaid()
            st.minimum_left_fen = min(st.unpaid_fen, max(0, st.minimum_fen - engine.paid_since(st)))
            if st.unpaid_fen == 0 and st.paid_off_on is None:
                st.paid_off_on = as_of
        if as_of <= engine.deadline(st):
            if latest:
                st.status = StatementStatus.OPEN if st.unpaid_fen > 0 else StatementStatus.PAID
            else:  # grace days reach past the next statement date
                st.status = (StatementStatus.PAID if st.paid_by_due_fen >= st.balance_fen
                             else StatementStatus.OPEN)
            continue
        latest_due = st
        if st.paid_by_due_fen >= st.balance_fen:
            st.status = StatementStatus.PAID
        elif st.paid_by_due_fen >= st.minimum_fen:
            st.status = StatementStatus.MINIMUM_PAID
        else:
            st.status = StatementStatus.OVERDUE
            st.overdue_days = ((st._cured_on or as_of) - st.due_date).days
    if latest_due is not None and latest_due.status is StatementStatus.OVERDUE:
        unmet = min(engine.owed(), latest_due.minimum_fen - engine.paid_since(latest_due))
        if unmet > 0:
            result.overdue_fen = unmet
            first = latest_due
            for st in reversed(issued[:issued.index(latest_due)]):
                if st.status is not StatementStatus.OVERDUE or st._cured_on is not None:
                    break
                first = st
            result.overdue_since = first.due_date
    current = result.current()
    if current is not None and result.overdue_since is not None:
        current.pay_by = result.overdue_since
        if current is latest_due:  # the rest revolves into the next bill, which posts the interest to come
            current.interest_to_come_fen = _interest_to_come(engine, line.next_bill(current.statement_date))
        # the interest and fees inside the unmet minimum: the overdue bill's own, not those of a newer bill
        assert latest_due is not None
        overdue_fee = max(0, latest_due._minimum_fee_fen - engine.paid_since(latest_due))
        _rest_after_overdue(result, current, current is latest_due, line, overdue_fee)
    if current is not None and current is latest_due and result.overdue_fen == 0 and current.unpaid_fen > 0:
        # the rest revolves: it is carried into the next bill and due with it (§1.5); its minimum there will be the
        # share of the principal plus the unpaid interest and fees, and the interest it accrues until that bill is
        # cut, posted on it (a minimum shown without that interest left a person who paid it early overdue)
        current.pay_by = _next_due(current, line)
        current.interest_to_come_fen = _interest_to_come(engine, line.next_bill(current.statement_date))
        current.minimum_left_fen = (_revolving_minimum(current.unpaid_fen, current.unpaid_fee_fen, line)
                                    + current.interest_to_come_fen)
    elif current is not None and result.overdue_fen == 0 and current.unpaid_fen == 0 and engine.pending() > 0:
        # paid in full, and yet interest accrued up to the payment posts on the next bill and is due with it (H2:
        # 4.05 on the 05-01 statement after 909.90 paid on 04-10): shown now, so no one thinks the line is clear
        current.pay_by = _next_due(current, line)
        current.interest_to_come_fen = round_fen(engine.pending())


def _interest_to_come(engine: Engine, statement_date: date) -> int:
    """The interest the next statement, cut on ``statement_date``, will post if nothing more is paid: what has
    accrued since the last statement and what the principal past due accrues each day until then, rounded half-up
    as a statement posts it (§1.5 steps 1-2)."""
    days = (statement_date - engine.accrued_to).days if engine.accrued_to is not None else 0
    return round_fen(engine.pending() + Decimal(engine.due_principal) * engine.rate * max(0, days))


def _next_due(st: Statement, line: CreditLine) -> date:
    """The due date of the statement after ``st``."""
    return line.bill_due(line.next_bill(st.statement_date))


def _revolving_minimum(unpaid_fen: int, fee_fen: int, line: CreditLine, principal_fen: int | None = None) -> int:
    """The least the next bill asks of a revolving rest of ``unpaid_fen`` (``fee_fen`` of it interest and fees):
    the line's share of the principal (``principal_fen``, by default the rest's own) plus the interest and fees
    (§1.5), all of it without a minimum share."""
    share = line.min_payment_rate
    if share == 0:
        return unpaid_fen
    principal = unpaid_fen - fee_fen if principal_fen is None else principal_fen
    return min(unpaid_fen, round_fen(Decimal(principal) * share, ROUND_CEILING) + fee_fen)


def _rest_after_overdue(result: LineStatements, current: Statement, due_passed: bool, line: CreditLine,
                        overdue_fee_fen: int) -> None:
    """On an overdue line, when and how much of what the bills hold beyond the overdue amount (the unmet minimum)
    is due: with ``current`` when that newer bill is not due yet, else with the next bill, into which it revolves
    (§1.5). The overdue amount holds the interest and fees of the overdue bill's minimum (``overdue_fee_fen``, less
    what was paid since: paid first); a newer bill's stay with the rest, as its statement shows. A rest that revolves
    is due with the interest the next bill will post (``current.interest_to_come_fen``, in ``rest_minimum_fen`` too)."""
    overdue = min(result.overdue_fen, current.unpaid_fen)
    rest = current.unpaid_fen - overdue
    fee = current.unpaid_fee_fen - min(current.unpaid_fee_fen, overdue, overdue_fee_fen)
    result.rest_fen, result.rest_fee_fen = rest, fee
    if due_passed:
        # the next bill asks the share of all the principal unpaid, the overdue part's too, besides the unmet
        # minimum (§1.5): the rest's minimum is what that bill asks beyond the overdue amount when nothing more is
        # paid, so paying both as shown always meets it
        result.rest_due = _next_due(current, line)
        result.rest_minimum_fen = _revolving_minimum(rest, fee, line, principal_fen=current.unpaid_fen
                                                     - current.unpaid_fee_fen) + current.interest_to_come_fen
    else:
        result.rest_due, result.rest_minimum_fen = current.due_date, min(rest, max(0, current.minimum_left_fen - overdue))


def _run_until(engine: Engine, pending: list[Repayment], until: date, inclusive: bool) -> None:
    """Process repayments, due dates and deadlines up to ``until`` (and not after ``as_of``) in date order.

    On one day: the day's repayments, then auto-repay on a due date, then the deadline check (full-bill interest)."""
    def within(d: date) -> bool:
        return d <= engine.as_of and (d <= until if inclusive else d < until)

    events = engine.events
    while True:
        repay_day = pending[0].paid_on if pending and within(pending[0].paid_on) else None
        event_day = events[0][0] if events and within(events[0][0]) else None
        if repay_day is not None and (event_day is None or repay_day <= event_day):
            engine.repay(pending.pop(0))
        elif event_day is not None:
            _, kind, _, st = heapq.heappop(events)
            if kind == 0:
                engine.due(st)
            else:
                engine.deadline_passed(st)
        else:
            return
