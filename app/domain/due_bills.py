"""Bills to pay, one per payment due date of a credit line: what the due-date calendar and the reminders show.

A *bill* here is what the line asks for on one payment due date (domain-rules.md §1.5): the statement due then,
plus the unpaid rest of an earlier statement whose minimum was paid (that rest revolves and is due with the next
bill). Each bill is named by the statement date of the statement that is due on its due date, so it keeps its name
while time passes: a projected bill that is issued later, or a revolving rest that moves into the next statement,
is still the same bill (the calendar's UID and the reminders' memory rely on this).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from app.domain.credit_line import CreditLine
from app.domain.position import due_payments
from app.domain.statements import LineStatements, Statement, StatementStatus


@dataclass(frozen=True)
class DueBill:
    """What a credit line asks for on one payment due date. Amounts in fen of ``currency``.

    Attributes:
        line_id / line / currency: the credit line (id, display name, ISO 4217 code).
        statement_date: the statement due on ``due_date`` (it names the bill).
        due_date: the payment due date.
        balance_fen: the bill's balance (本期应还): the statement's balance plus a revolving rest due with it; for a
            statement not issued yet, what is already scheduled on it (installment parts, purchases made).
        minimum_fen: the bill's minimum payment.
        amount_fen: what is still to pay on it today (the balance less what was paid already).
        minimum_left_fen: what is still to pay of the minimum today; for an overdue bill the unmet minimum.
        issued: whether the statement is issued (on or before the day the bills were computed for).
        pay_in_4: the bill is the payments of a pay-in-4 line due on ``due_date`` (its statement date too).
    """

    line_id: int
    line: str
    currency: str
    statement_date: date
    due_date: date
    balance_fen: int
    minimum_fen: int
    amount_fen: int
    minimum_left_fen: int
    issued: bool
    pay_in_4: bool = False

    @property
    def paid_fen(self) -> int:
        """What was paid on the bill already (fen, never negative)."""
        return max(0, self.balance_fen - self.amount_fen)


def due_bills(line: CreditLine, result: LineStatements, since: date, until: date) -> list[DueBill]:
    """The bills of ``line`` with something still to pay and a due date from ``since`` to ``until`` (both
    inclusive), soonest first. An overdue bill (its due date passed with the minimum unmet) is not among them: see
    ``overdue_bill``; what the line's bills hold beyond the overdue amount is, with the bill it is due with.

    Args:
        line: the credit line (its id, name, currency and statement day).
        result: its statements (``compute_statements``) as of the day the bills are for.
        since / until: the due dates wanted.

    On a pay-in-4 line each due date of its payments is a bill (named by that date): its balance is the payments
    due then plus their late fees, its minimum the same (a payment cannot be paid in part, §5).
    """
    if result.pay_in_4:
        return [_bill(line, st, st.unpaid_fen) for st in result.statements
                if st.unpaid_fen > 0 and st.status is not StatementStatus.OVERDUE and since <= st.due_date <= until]
    by_date = {st.statement_date: st for st in result.statements}
    groups: dict[date, list[tuple[int, int, Statement, bool]]] = {}
    due_on: dict[date, date] = {}
    current = result.current()
    for due in due_payments(result):
        if due.overdue or not since <= due.due_date <= until:
            continue
        st = by_date[due.statement_date]
        # what an overdue line's bills hold beyond the overdue amount (``overdue_bill`` speaks for that): still due,
        # with the next payment, and only that rest counts in this bill (a person behind on payments is reminded of
        # the next due date too)
        rest = result.overdue_fen > 0 and st is current
        # a revolving rest is due with the next statement: it belongs to that bill
        key = st.statement_date if due.due_date == st.due_date else line.next_bill(
            st.statement_date)
        groups.setdefault(key, []).append((due.amount_fen, due.minimum_fen, st, rest))
        due_on[key] = due.due_date
    bills = []
    for key in sorted(groups, key=lambda k: (due_on[k], k)):
        balance = minimum = amount = minimum_left = 0
        issued = False
        for unpaid, minimum_unpaid, st, rest in groups[key]:
            amount += unpaid
            minimum_left += minimum_unpaid
            if st.statement_date == key:
                issued = st.issued
            if st.statement_date == key and not rest:  # the statement itself: its balance and minimum as billed
                balance += st.balance_fen
                minimum += st.minimum_fen
            else:  # a carried rest: what is left of it is part of this bill
                balance += unpaid
                minimum += minimum_unpaid
        bills.append(DueBill(line.id or 0, line.name, line.currency, key, due_on[key], balance, minimum, amount,
                             minimum_left, issued))
    return bills


def _bill(line: CreditLine, st: Statement, amount_fen: int) -> DueBill:
    """A pay-in-4 due date as a bill: ``amount_fen`` still to pay of its balance, all of it its minimum."""
    return DueBill(line.id or 0, line.name, line.currency, st.statement_date, st.due_date, st.balance_fen,
                   st.minimum_fen, amount_fen, amount_fen, st.issued, pay_in_4=True)


def overdue_bill(line: CreditLine, result: LineStatements) -> DueBill | None:
    """The bill that made ``line`` overdue (the latest statement whose due date passed with less than its minimum
    paid, domain-rules.md §1.5), or ``None`` while the line is not overdue. ``amount_fen`` is everything still
    unpaid on the bills, ``minimum_left_fen`` the unmet minimum (the amount overdue); ``due_date`` the date it is
    overdue since (``LineStatements.overdue_since``: the due date of the oldest bill of the row still unmet)."""
    if result.overdue_fen <= 0:
        return None
    overdue = [st for st in result.issued() if st.status is StatementStatus.OVERDUE]
    if result.pay_in_4:  # the first payment still overdue names it; every overdue payment is in it
        late = [st for st in overdue if st.unpaid_fen > 0]
        return replace(_bill(line, late[0], result.overdue_fen), balance_fen=sum(st.balance_fen for st in late),
                       minimum_fen=sum(st.minimum_fen for st in late))
    current = result.current()
    if not overdue or current is None:
        return None
    st = overdue[-1]
    # overdue since the first unmet minimum of the row (``overdue_since``), as the overview and the alerts say; the
    # latest such bill still names it, so each newly missed bill is a new reminder
    return DueBill(line.id or 0, line.name, line.currency, st.statement_date, result.overdue_since or st.due_date,
                   st.balance_fen, st.minimum_fen, current.unpaid_fen, result.overdue_fen, True)
