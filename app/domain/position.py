"""Where a credit line stands on a date: outstanding, available credit, utilization, what is due next.

Rules (design.md vocabulary, domain-rules.md §1, §1.5 and §6):
- outstanding = what the latest bill still asks for (every carried balance is in it) + unbilled postings +
  remaining installment principal + early-payoff fees already charged - credit (installment fees not yet billed are
  not owed yet; an early payoff's fee is, from the payoff on, §2.3; interest accruing but not yet posted is shown as
  penalty).
- overdue = the unmet minimum of the latest statement whose due date has passed (§1.5), never a carried rest.
- available credit = limit - outstanding, never below zero.
- utilization = outstanding / limit (a Decimal fraction; ``None`` when the limit is 0).
- "limit" is the one read against: my own limit where I set one below the bank's and read against mine
  (``my_limits.limit_read_against``), else the bank's; ``bank_limit_fen`` keeps the bank's.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from app.domain.credit_line import CreditLine
from app.domain.my_limits import LimitBasis, limit_read_against
from app.domain.statements import LineStatements, Statement, StatementStatus


@dataclass(frozen=True)
class DuePayment:
    """A payment to make: ``amount_fen`` by ``due_date``; ``fee_fen`` is the fee and interest part of it."""

    due_date: date
    statement_date: date
    amount_fen: int
    minimum_fen: int
    fee_fen: int
    overdue: bool
    penalty_fen: int

    @property
    def principal_fen(self) -> int:
        """The principal part of the payment, fen."""
        return self.amount_fen - self.fee_fen


@dataclass(frozen=True)
class Position:
    """A line's position on ``as_of``. Amounts in fen, ``utilization`` a fraction.

    ``outstanding_fen`` is the principal still owed plus interest and fees already posted; ``to_repay_fen`` is
    what the bills and plans will still ask for if nothing new is bought: the same plus the installment fees
    scheduled on later bills and the interest a revolving rest accrues until its next bill (the sum of
    ``due_payments``), before any other interest still to come. ``next_due`` is the
    most urgent payment: the overdue one, else everything due on the earliest due date (``by_due_date``).
    ``credit_fen`` is the line's credit balance: what the bank holds for the person beyond everything the line owes
    (paid or refunded more than was charged), which later bills use up first. It is the statements' own figure
    (``LineStatements.credit_fen``: what is left after the postings already made for coming bills), fen."""

    as_of: date
    limit_fen: int
    outstanding_fen: int
    billed_unpaid_fen: int
    unbilled_fen: int
    available_fen: int
    utilization: Decimal | None
    overdue_fen: int
    penalty_fen: int
    next_statement_date: date | None
    next_statement_fen: int
    next_due: DuePayment | None
    to_repay_fen: int = 0
    bank_limit_fen: int = 0
    limit_is_mine: bool = False
    credit_fen: int = 0


def due_payments(result: LineStatements) -> list[DuePayment]:
    """What is still to pay, oldest first: the latest issued statement (it holds every carried balance; overdue
    while the line is), then projected ones. The amounts add up: no carried rest is counted twice. On a pay-in-4
    line (``result.pay_in_4``): everything overdue as one payment due since the first overdue due date, then each
    due date's unpaid payments."""
    if result.pay_in_4:
        return _pay_in_4_dues(result)
    current = result.current()
    payments = []
    for st in result.statements:
        if st.unpaid_fen <= 0:
            if st is current and st.interest_to_come_fen > 0:  # interest accrued on a bill paid since (H2)
                payments.append(DuePayment(
                    due_date=st.pay_by or st.due_date, statement_date=st.statement_date,
                    amount_fen=st.interest_to_come_fen, minimum_fen=st.interest_to_come_fen,
                    fee_fen=st.interest_to_come_fen, overdue=False, penalty_fen=0))
            continue
        if st is current and result.overdue_fen > 0:
            # the overdue amount is due now; the rest of what the bills hold is due later (§1.5)
            overdue = st.unpaid_fen - result.rest_fen
            payments.append(DuePayment(
                due_date=result.overdue_since or st.pay_by or st.due_date, statement_date=st.statement_date,
                amount_fen=overdue, minimum_fen=overdue, fee_fen=st.unpaid_fee_fen - result.rest_fee_fen,
                overdue=True, penalty_fen=st.penalty_fen))
            if result.rest_fen + st.interest_to_come_fen > 0:
                payments.append(DuePayment(
                    due_date=result.rest_due or st.due_date, statement_date=st.statement_date,
                    amount_fen=result.rest_fen + st.interest_to_come_fen, minimum_fen=result.rest_minimum_fen,
                    fee_fen=result.rest_fee_fen + st.interest_to_come_fen, overdue=False, penalty_fen=0))
            continue
        payments.append(_due(st))
    return _less_credit(payments, result.credit_fen)


def _less_credit(payments: list[DuePayment], credit_fen: int) -> list[DuePayment]:
    """``payments`` with what the line holds as a credit (paid beyond what was billed) taken off the first ones:
    the bank pays the next bills from it, interest still to post included."""
    if credit_fen <= 0:
        return payments
    left = []
    for due in payments:
        covered = min(credit_fen, due.amount_fen)
        credit_fen -= covered
        if covered < due.amount_fen:
            left.append(replace(due, amount_fen=due.amount_fen - covered, minimum_fen=max(0, due.minimum_fen - covered),
                                fee_fen=max(0, due.fee_fen - covered)))
    return left


def by_due_date(dues: list[DuePayment]) -> list[DuePayment]:
    """``dues`` (one line's, as :func:`due_payments` gives them) with everything due on one date added up into one
    payment, as the person pays it: a revolving rest is due with the next bill (§1.5), so "the next payment" is
    both, named by the later statement. Overdue payments stay apart, first; then by due date."""
    merged: dict[tuple[bool, date], DuePayment] = {}
    for due in dues:
        key = (due.overdue, due.due_date)
        found = merged.get(key)
        merged[key] = due if found is None else replace(
            found, statement_date=max(found.statement_date, due.statement_date),
            amount_fen=found.amount_fen + due.amount_fen, minimum_fen=found.minimum_fen + due.minimum_fen,
            fee_fen=found.fee_fen + due.fee_fen, penalty_fen=found.penalty_fen + due.penalty_fen)
    return sorted(merged.values(), key=lambda d: (not d.overdue, d.due_date))


def _pay_in_4_dues(result: LineStatements) -> list[DuePayment]:
    """``due_payments`` of a pay-in-4 line (``app.domain.pay_in_4``): its payments' late fees are the fee part."""
    overdue = [st for st in result.issued() if st.status is StatementStatus.OVERDUE and st.unpaid_fen > 0]
    dues = [_due(st) for st in result.statements if st.unpaid_fen > 0 and st not in overdue]
    if overdue:
        amount = sum(st.unpaid_fen for st in overdue)
        dues.insert(0, DuePayment(
            due_date=overdue[0].due_date, statement_date=overdue[-1].statement_date, amount_fen=amount,
            minimum_fen=amount, fee_fen=sum(st.unpaid_fee_fen for st in overdue), overdue=True, penalty_fen=0))
    return dues


def _due(st: Statement) -> DuePayment:
    return DuePayment(
        due_date=st.pay_by or st.due_date,
        statement_date=st.statement_date,
        amount_fen=st.unpaid_fen + st.interest_to_come_fen,
        minimum_fen=st.minimum_left_fen,
        fee_fen=st.unpaid_fee_fen + st.interest_to_come_fen,
        overdue=False,
        penalty_fen=st.penalty_fen,
    )


def position(line: CreditLine, result: LineStatements, my_limit_fen: int | None = None) -> Position:
    """Compute the position of ``line`` from its statements as of ``result.as_of``; ``my_limit_fen``: my own
    limit for it when utilization is read against mine (``MyLimits.reading_limits``), fen."""
    as_of = result.as_of
    billed = sum(s.unpaid_fen for s in result.issued())
    # unbilled: what upcoming statements will charge, principal only (future fees are not owed yet), but an early
    # payoff's fee is charged by the payoff itself
    unbilled = sum(
        s.purchases_fen + s.installment_principal_fen + s.payoff_fee_fen - s.refunds_fen - s.converted_fen
        for s in result.upcoming()
    )
    credit_left = result.credit_fen + sum(s.credit_applied_fen for s in result.upcoming())
    outstanding = max(0, billed + unbilled - credit_left)
    bank_limit = line.limit_on(as_of)
    limit, mine = limit_read_against(bank_limit, my_limit_fen, LimitBasis.MINE)
    upcoming = result.upcoming()
    next_stmt = upcoming[0] if upcoming else None
    dues = due_payments(result)
    return Position(
        as_of=as_of,
        limit_fen=limit,
        outstanding_fen=outstanding,
        billed_unpaid_fen=billed,
        unbilled_fen=max(0, unbilled),
        available_fen=max(0, limit - outstanding),
        utilization=(Decimal(outstanding) / Decimal(limit)) if limit > 0 else None,
        overdue_fen=result.overdue_fen,
        penalty_fen=sum(s.penalty_fen for s in result.statements),
        next_statement_date=next_stmt.statement_date if next_stmt else None,
        next_statement_fen=next_stmt.balance_fen if next_stmt else 0,
        next_due=next(iter(by_due_date(dues)), None),
        to_repay_fen=sum(d.amount_fen for d in dues),
        bank_limit_fen=bank_limit,
        limit_is_mine=mine,
        credit_fen=result.credit_fen,
    )
