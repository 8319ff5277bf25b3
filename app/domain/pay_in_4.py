"""Pay in 4 (domain-rules.md §5): each purchase on a pay-in-4 line is due in 4 payments every 14 days, without
interest; a payment still unpaid past its grace days is overdue and costs the line's late fee.

The rules, all amounts int minor units of the line's currency:

- Schedule (``bnpl.bnpl_pay_in_4``): ``floor(total / 4)`` each, the remainder on payment 1, payment ``k`` due on
  ``purchase date + 14·(k−1)`` days ([I] split, [S] timing). B1: 100.01 on 2024-05-01 -> 25.01 (05-01),
  25.00 (05-15), 25.00 (05-29), 25.00 (06-12). The order's total is the purchase plus any installment fee the
  buyer pays on it.
- Repayments pay the earliest-due unpaid payment first (a payment made early pays the next one due). Within
  one day: what is due by then first, then late fees, then payments not due yet ([I]: a fee must never make a
  payment late, so fees never compound). What is left is a credit that pays the next purchases' payments.
- A refund of a purchase reduces its last payments first, working backwards (Afterpay [T]); what was already paid
  of a payment it cancels becomes credit, as does a refund naming no purchase of the line.
- Auto-repay (``CreditLine.auto_repay``, full or minimum alike: a payment has no minimum) pays on each due date,
  after that day's own repayments, everything due by then, unless the user marked it failed.
- Late fees follow ``CreditLine.bnpl_late_fee`` (``bnpl.klarna_late_fee_us``: 7.00 a payment unpaid after 10 days;
  ``bnpl.afterpay_late_fee_au``), counted on each payment's principal only, per order, capped at 25 % of the order.
  A fee once charged stays charged.

``compute_pay_in_4`` returns the line's payments grouped by due date as ``LineStatements`` (``pay_in_4=True``), so
positions, the schedule, the calendar, reminders and reports read them as they read monthly bills.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import groupby

from app.domain.bnpl import afterpay_late_fee_au, bnpl_pay_in_4, klarna_late_fee_us
from app.domain.credit_line import AutoRepay, BnplLateFee, CreditLine
from app.domain.errors import ValidationError
from app.domain.messages import QT_TRANSLATE_NOOP
from app.domain.statements import LineStatements, Repayment, RepaymentSource, Statement, StatementStatus

#: Payments per purchase and days between them (Klarna and Afterpay, §5 [S]).
PAYMENTS, INTERVAL_DAYS = 4, 14


@dataclass(frozen=True)
class Order:
    """A purchase on a pay-in-4 line: ``total_fen`` (> 0, minor units) bought on ``posted_on``."""

    posted_on: date
    total_fen: int
    purchase_id: int | None = None


@dataclass(frozen=True)
class OrderRefund:
    """A refund of ``amount_fen`` (> 0) on ``posted_on``, of the purchase ``purchase_id`` (``None``: unlinked)."""

    posted_on: date
    amount_fen: int
    purchase_id: int | None = None


@dataclass
class Instalment:
    """One payment of an order as of the day computed. Amounts in minor units.

    ``scheduled_fen`` is the payment as split; ``amount_fen`` what is left of it after refunds; ``paid_fen`` what
    was paid of it (``paid_by_deadline_fen`` of that by its due date plus grace days); ``fee_fen`` the late fees
    charged on it and ``fee_paid_fen`` what was paid of them; ``paid_off_on`` the day nothing of its principal was
    left to pay."""

    order: Order
    number: int
    due_date: date
    scheduled_fen: int
    amount_fen: int
    paid_fen: int = 0
    paid_by_deadline_fen: int = 0
    fee_fen: int = 0
    fee_paid_fen: int = 0
    paid_off_on: date | None = None

    @property
    def owed_fen(self) -> int:
        """What is still to pay of it, late fees included."""
        return self.amount_fen - self.paid_fen + self.fee_fen - self.fee_paid_fen


def refuse_plan(line: CreditLine, installments: int) -> None:
    """Refuse an installment plan typed for a purchase on a pay-in-4 line: the line splits it into 4 payments.

    Raises:
        ValidationError: ``field="installments"``.
    """
    if line.pays_in_4 and installments > 1:
        raise ValidationError("installments", installments, QT_TRANSLATE_NOOP(
                "Errors", "is not for a pay-in-4 line: it splits every purchase into 4 payments itself"))


def late_fee_rule(line: CreditLine) -> Callable[[int, Sequence[int]], int]:
    """The line's late-fee function: ``(order total, days late of each payment) -> total fees`` (minor units)."""
    return {BnplLateFee.KLARNA_US: klarna_late_fee_us, BnplLateFee.AFTERPAY_AU: afterpay_late_fee_au}.get(
        line.bnpl_late_fee, lambda _order, _days: 0)


class _Ledger:
    """The payments of a line while its days are walked in order."""

    def __init__(self, line: CreditLine) -> None:
        self.line, self.rule = line, late_fee_rule(line)
        self.payments: list[Instalment] = []
        self.by_purchase: dict[int, list[Instalment]] = {}
        self.open: list[list[Instalment]] = []  # orders with a payment not paid off
        self.credit = 0
        self.auto: list[Repayment] = []

    def add(self, order: Order, day: date) -> None:
        parts = [Instalment(order, p.number, p.due_date, p.amount_fen, p.amount_fen)
                 for p in bnpl_pay_in_4(order.total_fen, order.posted_on, count=PAYMENTS, interval_days=INTERVAL_DAYS)]
        self.payments.extend(parts)
        self.payments.sort(key=lambda p: p.due_date)
        self.open.append(parts)
        if order.purchase_id is not None:
            self.by_purchase[order.purchase_id] = parts
        self.allocate(day)

    def refund(self, refund: OrderRefund, day: date) -> None:
        left = refund.amount_fen
        for part in reversed(self.by_purchase.get(refund.purchase_id or 0, [])):
            cut = min(left, part.amount_fen)
            part.amount_fen -= cut
            left -= cut
            if part.paid_fen > part.amount_fen:
                self.credit += part.paid_fen - part.amount_fen
                part.paid_fen = part.amount_fen
                part.paid_by_deadline_fen = min(part.paid_by_deadline_fen, part.amount_fen)
            if part.paid_off_on is None and part.paid_fen >= part.amount_fen:
                part.paid_off_on = day
        self.credit += left
        self.allocate(day)

    def repay(self, amount_fen: int, day: date) -> None:
        self.credit += amount_fen
        self.allocate(day)

    def auto_repay(self, day: date, failed: frozenset[date]) -> None:
        """The automatic repayment on the due date ``day``: what is still owed of every payment due by then."""
        if self.line.auto_repay_on(day) is AutoRepay.OFF or day in failed:
            return
        need = sum(p.owed_fen for p in self.payments if p.due_date <= day)
        if need > 0:
            self.auto.append(Repayment(day, need, source=RepaymentSource.AUTO, target_statement=day))
            self.repay(need, day)

    def allocate(self, day: date) -> None:
        """Spend the credit: payments due by ``day``, then late fees, then payments not due yet, earliest first."""
        due = [p for p in self.payments if p.due_date <= day]
        later = [p for p in self.payments if p.due_date > day]
        for parts, fees in ((due, False), (self.payments, True), (later, False)):
            for part in parts:
                if self.credit <= 0:
                    return
                if fees:
                    pay = min(self.credit, part.fee_fen - part.fee_paid_fen)
                    part.fee_paid_fen += pay
                else:
                    pay = min(self.credit, part.amount_fen - part.paid_fen)
                    part.paid_fen += pay
                    if day <= part.due_date + timedelta(days=self.line.grace_days):
                        part.paid_by_deadline_fen += pay
                    if pay > 0 and part.paid_fen >= part.amount_fen:
                        part.paid_off_on = day
                self.credit -= pay

    def assess(self, day: date) -> None:
        """Charge the late fees that payments unpaid on ``day`` have earned by then (never taking one back)."""
        still_open = []
        for parts in self.open:
            days = [max(0, ((p.paid_off_on or day) - p.due_date).days) if p.amount_fen > 0 else 0 for p in parts]
            if any(days):
                total = parts[0].order.total_fen
                cap = self.rule(total, days)
                charged = sum(p.fee_fen for p in parts)
                for k, part in enumerate(parts):
                    zeros = [0] * (len(parts) - k - 1)
                    earned = self.rule(total, days[:k + 1] + zeros) - self.rule(total, days[:k] + [0] + zeros)
                    add = min(max(0, earned - part.fee_fen), cap - charged)
                    if add > 0:
                        part.fee_fen += add
                        charged += add
            if any(p.paid_off_on is None for p in parts):
                still_open.append(parts)
        self.open = still_open


def pay_in_4_payments(line: CreditLine, orders: Sequence[Order], refunds: Sequence[OrderRefund],
                      repayments: Sequence[Repayment], as_of: date, auto_repay_failed: frozenset[date] = frozenset()
                      ) -> tuple[list[Instalment], int, list[Repayment]]:
    """Every payment of the line's purchases as of ``as_of``, by due date, the credit left (minor units) and the
    automatic repayments made (none while auto-repay is off; ``auto_repay_failed``: due dates marked failed).

    Purchases, refunds and repayments dated after ``as_of`` are left out; on one day a purchase comes first, then
    refunds, then repayments, then the automatic repayment of a due date.
    """
    auto_on = line.auto_repay is not AutoRepay.OFF or bool(line.auto_repay_changes)
    dues = {o.posted_on + timedelta(days=INTERVAL_DAYS * k) for o in orders for k in range(PAYMENTS)} if auto_on else set()
    events: list[tuple[date, int, int, object]] = []
    events += [(o.posted_on, 0, i, o) for i, o in enumerate(orders) if o.posted_on <= as_of]
    events += [(r.posted_on, 1, i, r) for i, r in enumerate(refunds) if r.posted_on <= as_of]
    events += [(r.paid_on, 2, i, r) for i, r in enumerate(repayments) if r.paid_on <= as_of]
    events += [(d, 3, 0, d) for d in dues if d <= as_of]
    ledger = _Ledger(line)
    for day, _rank, _, event in sorted(events, key=lambda e: e[:3]):
        ledger.assess(day)
        if isinstance(event, Order):
            ledger.add(event, day)
        elif isinstance(event, OrderRefund):
            ledger.refund(event, day)
        elif isinstance(event, Repayment):
            ledger.repay(event.amount_fen, day)
        else:
            ledger.auto_repay(day, auto_repay_failed)
    ledger.assess(as_of)
    return ledger.payments, ledger.credit, ledger.auto


def compute_pay_in_4(line: CreditLine, orders: Sequence[Order], refunds: Sequence[OrderRefund],
                     repayments: Sequence[Repayment], as_of: date, auto_repay_failed: frozenset[date] = frozenset()
                     ) -> LineStatements:
    """The line's payments as of ``as_of``, one ``Statement`` per due date (statement date = due date), with
    ``LineStatements.pay_in_4`` set.

    A due date on or before ``as_of`` is *issued*: its balance is the payments due then (after refunds) plus their
    late fees; it is ``open`` until its grace days end, then ``paid`` when paid by then, else ``overdue`` (for as
    many days as it stayed unpaid). A later due date is *upcoming*: its balance is what is still to pay of it, what
    was paid early being ``credit_applied_fen``. ``overdue_fen`` is everything unpaid of overdue payments.
    """
    payments, credit, auto = pay_in_4_payments(line, orders, refunds, repayments, as_of, auto_repay_failed)
    grace = timedelta(days=line.grace_days)
    statements: list[Statement] = []
    overdue_fen, overdue_since = 0, None
    for due, group in groupby(payments, key=lambda p: p.due_date):
        parts = list(group)
        amount = sum(p.amount_fen for p in parts)
        paid = sum(p.paid_fen for p in parts)
        fee = sum(p.fee_fen for p in parts)
        owed = sum(p.owed_fen for p in parts)
        st = Statement(statement_date=due, cycle_start=due, cycle_end=due, due_date=due, pay_by=due,
                       installment_principal_fen=sum(p.scheduled_fen for p in parts),
                       refunds_fen=sum(p.scheduled_fen - p.amount_fen for p in parts), late_fee_fen=fee,
                       purchase_count=len(parts), unpaid_fen=owed, minimum_left_fen=owed,
                       unpaid_fee_fen=fee - sum(p.fee_paid_fen for p in parts), issued=due <= as_of,
                       auto_repaid_fen=sum(r.amount_fen for r in auto if r.paid_on == due))
        if owed == 0:
            st.paid_off_on = max((p.paid_off_on or due for p in parts), default=due)
        if not st.issued:
            st.balance_fen = st.minimum_fen = amount - paid
            st.credit_applied_fen = paid
        else:
            st.balance_fen = st.minimum_fen = amount + fee
            st.paid_fen = st.paid_by_due_fen = paid + sum(p.fee_paid_fen for p in parts)
            st.paid_by_due_fen = sum(p.paid_by_deadline_fen for p in parts)
            st.status = _status(st, parts, as_of, due + grace)
            if st.status is StatementStatus.OVERDUE and owed > 0:
                overdue_fen += owed
                overdue_since = overdue_since or due
        statements.append(st)
    return LineStatements(as_of, statements, auto, credit, overdue_fen=overdue_fen, overdue_since=overdue_since,
                          pay_in_4=True)


def _status(st: Statement, parts: list[Instalment], as_of: date, deadline: date) -> StatementStatus:
    """A due date's status on ``as_of`` (its grace days end on ``deadline``); sets ``overdue_days``."""
    if as_of <= deadline:
        return StatementStatus.OPEN if st.unpaid_fen > 0 else StatementStatus.PAID
    late = [p for p in parts if p.paid_by_deadline_fen < p.amount_fen]
    if not late and st.unpaid_fen == 0:
        return StatementStatus.PAID
    end = max((p.paid_off_on or as_of for p in late), default=as_of) if late else as_of
    st.overdue_days = (end - st.due_date).days
    return StatementStatus.OVERDUE
