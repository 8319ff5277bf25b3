"""Pay in 4 (domain-rules.md §5): each purchase due in 4 payments every 14 days, repayments to the earliest payment
due, refunds from the last payment backwards, late fees capped at 25 % of the order."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.credit_line import AutoRepay, Billing, BnplLateFee, CreditLine, LimitChange, LineKind
from app.domain.due_bills import due_bills, overdue_bill
from app.domain.pay_in_4 import Order, OrderRefund, compute_pay_in_4, pay_in_4_payments
from app.domain.position import by_due_date, due_payments, position
from app.domain.statements import Repayment, StatementStatus

LINE = CreditLine("Sample Later", kind=LineKind.BNPL, currency="USD", billing=Billing.PAY_IN_4,
                  min_payment_rate=Decimal(0), fee_presets={}, limits=(LimitChange(date(2024, 1, 1), 100000),), id=7)
B1 = Order(date(2024, 5, 1), 10001, purchase_id=1)  # $100.01 on 2024-05-01


def _rows(result):
    return [(s.due_date.isoformat(), s.balance_fen, s.unpaid_fen, s.status.value) for s in result.statements]


def test_b1_four_payments_every_14_days_remainder_on_the_first():
    result = compute_pay_in_4(LINE, [B1], [], [], date(2024, 5, 1))
    assert result.pay_in_4
    assert _rows(result) == [("2024-05-01", 2501, 2501, "open"), ("2024-05-15", 2500, 2500, "upcoming"),
                             ("2024-05-29", 2500, 2500, "upcoming"), ("2024-06-12", 2500, 2500, "upcoming")]
    pos = position(LINE, result)
    assert (pos.outstanding_fen, pos.available_fen, pos.utilization) == (10001, 89999, Decimal("0.10001"))
    assert (pos.next_due.due_date, pos.next_due.amount_fen, pos.overdue_fen) == (date(2024, 5, 1), 2501, 0)
    assert (pos.next_statement_date, pos.next_statement_fen, pos.to_repay_fen) == (date(2024, 5, 15), 2500, 10001)


def test_paying_each_payment_on_its_day_pays_exactly_the_total_and_is_never_overdue():
    pays = [Repayment(date(2024, 5, 1), 2501), Repayment(date(2024, 5, 15), 2500),
            Repayment(date(2024, 5, 29), 2500), Repayment(date(2024, 6, 12), 2500)]
    for as_of in (date(2024, 5, 20), date(2024, 6, 30)):
        result = compute_pay_in_4(LINE, [B1], [], [p for p in pays if p.paid_on <= as_of], as_of)
        assert result.overdue_fen == 0 and overdue_bill(LINE, result) is None
    assert {s.status for s in result.statements} == {StatementStatus.PAID}
    assert position(LINE, result).outstanding_fen == 0 and due_payments(result) == []


def test_a_repayment_pays_the_earliest_payment_due_first_early_ones_the_next():
    result = compute_pay_in_4(LINE, [B1], [], [Repayment(date(2024, 5, 1), 5001)], date(2024, 5, 2))
    assert _rows(result)[:2] == [("2024-05-01", 2501, 0, "paid"), ("2024-05-15", 0, 0, "upcoming")]
    assert result.statements[1].credit_applied_fen == 2500
    assert position(LINE, result).outstanding_fen == 5000


def test_a_refund_reduces_the_last_payments_first():
    # $30.00 back on 05-20 after payments 1 and 2 were paid: payment 4 goes, payment 3 keeps 20.00
    result = compute_pay_in_4(LINE, [B1], [OrderRefund(date(2024, 5, 20), 3000, 1)],
                              [Repayment(date(2024, 5, 1), 2501), Repayment(date(2024, 5, 15), 2500)],
                              date(2024, 5, 20))
    assert _rows(result)[2:] == [("2024-05-29", 2000, 2000, "upcoming"), ("2024-06-12", 0, 0, "upcoming")]
    assert position(LINE, result).outstanding_fen == 2000 and result.credit_fen == 0
    # a refund of the whole order after it was paid in full leaves the payments as credit
    paid = [Repayment(date(2024, 5, 1), 10001)]
    result = compute_pay_in_4(LINE, [B1], [OrderRefund(date(2024, 5, 2), 10001, 1)], paid, date(2024, 5, 2))
    assert result.credit_fen == 10001 and position(LINE, result).outstanding_fen == 0


def test_klarna_fee_7_00_per_payment_unpaid_after_10_days_never_compounding():
    late = [Repayment(date(2024, 5, 1), 2501)]
    on_day_10 = compute_pay_in_4(LINE, [B1], [], late, date(2024, 5, 25))
    assert on_day_10.statements[1].late_fee_fen == 0 and on_day_10.overdue_fen == 2500  # late, no fee yet
    assert on_day_10.statements[1].status is StatementStatus.OVERDUE and on_day_10.overdue_since == date(2024, 5, 15)
    result = compute_pay_in_4(LINE, [B1], [], late, date(2024, 6, 20))
    assert [s.late_fee_fen for s in result.statements] == [0, 700, 700, 0]  # 06-12 only 8 days late
    assert result.overdue_fen == 2500 + 700 + 2500 + 700 + 2500
    due = by_due_date(due_payments(result))[0]
    assert (due.overdue, due.due_date, due.amount_fen, due.fee_fen) == (True, date(2024, 5, 15), 8900, 2100 - 700)
    bill = overdue_bill(LINE, result)
    assert (bill.statement_date, bill.minimum_left_fen, bill.amount_fen) == (date(2024, 5, 15), 8900, 8900)
    # paying the principal late pays it first; its fee stays owed and earns nothing more
    later = compute_pay_in_4(LINE, [B1], [], late + [Repayment(date(2024, 6, 20), 7500)], date(2024, 9, 1))
    assert [s.late_fee_fen for s in later.statements] == [0, 700, 700, 0]
    assert later.overdue_fen == 1400 and position(LINE, later).outstanding_fen == 1400


def test_fees_are_capped_at_a_quarter_of_the_order_and_follow_the_lines_rule():
    small = Order(date(2024, 5, 1), 2000, purchase_id=2)  # $20.00: at most $5.00 in fees
    result = compute_pay_in_4(LINE, [small], [], [], date(2024, 9, 1))
    assert sum(s.late_fee_fen for s in result.statements) == 500
    afterpay = LINE.with_changes(bnpl_late_fee=BnplLateFee.AFTERPAY_AU)
    # §5 B2: order $120, payment 2 paid 9 days late -> 10 + 7 = $17
    order = Order(date(2024, 5, 1), 12000, purchase_id=3)
    pays = [Repayment(date(2024, 5, 1), 3000), Repayment(date(2024, 5, 24), 3000)]
    result = compute_pay_in_4(afterpay, [order], [], pays, date(2024, 5, 24))
    assert [s.late_fee_fen for s in result.statements] == [0, 1700, 0, 0]
    none = LINE.with_changes(bnpl_late_fee=BnplLateFee.NONE)
    assert compute_pay_in_4(none, [order], [], [], date(2024, 9, 1)).overdue_fen == 12000


def test_auto_repay_pays_each_payment_on_its_due_date_unless_marked_failed():
    auto = LINE.with_changes(auto_repay=AutoRepay.FULL)
    result = compute_pay_in_4(auto, [B1], [], [], date(2024, 6, 1))
    assert [(r.paid_on, r.amount_fen) for r in result.auto_repayments] == [
        (date(2024, 5, 1), 2501), (date(2024, 5, 15), 2500), (date(2024, 5, 29), 2500)]
    assert result.overdue_fen == 0 and position(auto, result).outstanding_fen == 2500
    failed = compute_pay_in_4(auto, [B1], [], [], date(2024, 6, 1), frozenset({date(2024, 5, 15)}))
    # 05-15 failed: 25.00 unpaid 17 days (Klarna fee 7.00) until the 05-29 auto-repayment took both payments
    assert [(r.paid_on, r.amount_fen) for r in failed.auto_repayments][1:] == [(date(2024, 5, 29), 5700)]
    assert failed.statements[1].status is StatementStatus.OVERDUE and failed.overdue_fen == 0


def test_due_bills_are_the_payment_dates():
    result = compute_pay_in_4(LINE, [B1], [], [Repayment(date(2024, 5, 1), 2501)], date(2024, 5, 10))
    bills = due_bills(LINE, result, date(2024, 5, 10), date(2024, 6, 10))
    assert [(b.due_date, b.amount_fen, b.minimum_left_fen, b.issued) for b in bills] == [
        (date(2024, 5, 15), 2500, 2500, False), (date(2024, 5, 29), 2500, 2500, False)]


def test_purchases_and_payments_after_the_day_are_left_out():
    payments, credit, _ = pay_in_4_payments(LINE, [B1, Order(date(2024, 6, 1), 4000, 2)], [],
                                         [Repayment(date(2024, 6, 2), 100)], date(2024, 5, 31))
    assert len(payments) == 4 and credit == 0


orders = st.lists(st.tuples(st.integers(0, 60), st.integers(1, 500_000)), min_size=1, max_size=5)


@settings(max_examples=60, deadline=None)
@given(orders, st.integers(0, 200), st.sampled_from(list(BnplLateFee)))
def test_on_time_payer_pays_exactly_the_total_and_fees_stay_within_a_quarter(spec, days, rule):
    line = LINE.with_changes(bnpl_late_fee=rule)
    start = date(2024, 1, 1)
    placed = [Order(start + timedelta(days=d), amount, i + 1) for i, (d, amount) in enumerate(spec)]
    payments, _, _ = pay_in_4_payments(line, placed, [], [], date(2030, 1, 1))
    assert sum(p.scheduled_fen for p in payments) == sum(o.total_fen for o in placed)
    for order in placed:  # 4 payments, remainder on the first, 14 days apart
        own = [p for p in payments if p.order is order]
        assert [p.due_date for p in own] == [order.posted_on + timedelta(days=14 * k) for k in range(4)]
        assert own[0].scheduled_fen - own[1].scheduled_fen in range(4)
        assert sum(p.fee_fen for p in own) <= order.total_fen // 4  # never past 25 % of the order
    as_of = start + timedelta(days=days)
    on_time = [Repayment(p.due_date, p.scheduled_fen) for p in payments if p.due_date <= as_of]
    result = compute_pay_in_4(line, placed, [], on_time, as_of)
    assert result.overdue_fen == 0 and sum(s.late_fee_fen for s in result.statements) == 0
    paid = sum(r.amount_fen for r in on_time)
    assert position(line, result).outstanding_fen == sum(o.total_fen for o in placed if o.posted_on <= as_of) - paid
