"""Statements engine: worked examples H1/H2 of domain-rules.md §1, allocation, auto-repay, status."""

from datetime import date
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.credit_line import AutoRepay, CreditLine, LimitChange
from app.domain.position import due_payments, position
from app.domain.statements import (
    CycleCharges,
    Repayment,
    RepaymentSource,
    StatementStatus,
    compute_statements,
    minimum_payment,
)

HUABEI = CreditLine("花呗", limits=(LimitChange(date(2024, 1, 1), 500000),))


def _one_bill(amount=100000, day=date(2024, 3, 1)):
    return [CycleCharges(day, purchases_fen=amount, purchase_count=1)]


def by_date(result):
    return {s.statement_date: s for s in result.statements}


def test_h1_overdue_interest_30_days():
    # 2,000.00 unpaid, due 2024-03-10, repaid 2024-04-09: 30 days x 0.05 % -> 30.00
    line = HUABEI.with_changes(statement_day=15, due_day=10)  # no statement date inside the 30 days... almost
    line = HUABEI
    result = compute_statements(line, _one_bill(200000), [Repayment(date(2024, 4, 9), 200000)], date(2024, 6, 1))
    bill = by_date(result)[date(2024, 3, 1)]
    assert bill.penalty_fen == 3000
    assert bill.status is StatementStatus.PAID


def test_h2_revolving_after_minimum_payment():
    reps = [Repayment(date(2024, 3, 10), 10000), Repayment(date(2024, 4, 10), 90000)]
    result = compute_statements(HUABEI, _one_bill(), reps, date(2024, 5, 15))
    s = by_date(result)
    assert s[date(2024, 3, 1)].minimum_fen == 10000
    assert s[date(2024, 3, 1)].penalty_fen == 1395  # 31 days on 900.00
    assert s[date(2024, 4, 1)].interest_fen == 990  # 22 days accrued by the 04-01 statement
    assert s[date(2024, 5, 1)].interest_fen == 405


def test_h2_status_partly_paid_between_due_dates():
    result = compute_statements(HUABEI, _one_bill(), [Repayment(date(2024, 3, 10), 10000)], date(2024, 4, 5))
    bill = by_date(result)[date(2024, 3, 1)]
    assert bill.status is StatementStatus.PARTLY_PAID
    assert bill.unpaid_fen == 90000
    assert bill.penalty_fen == 1170  # 26 days on 900.00 so far


def test_revolving_becomes_overdue_after_next_due_date():
    result = compute_statements(HUABEI, _one_bill(), [Repayment(date(2024, 3, 10), 10000)], date(2024, 4, 11))
    assert by_date(result)[date(2024, 3, 1)].status is StatementStatus.OVERDUE


def test_less_than_minimum_is_overdue():
    result = compute_statements(HUABEI, _one_bill(), [Repayment(date(2024, 3, 10), 9999)], date(2024, 3, 11))
    bill = by_date(result)[date(2024, 3, 1)]
    assert bill.status is StatementStatus.OVERDUE
    assert bill.overdue_days == 1
    assert bill.penalty_fen == 45  # 90001 x 0.0005 x 1 = 45.0005 -> 45


def test_open_until_due_date_and_paid_on_due_date_is_on_time():
    assert by_date(compute_statements(HUABEI, _one_bill(), [], date(2024, 3, 10)))[date(2024, 3, 1)].status is (
        StatementStatus.OPEN
    )
    result = compute_statements(HUABEI, _one_bill(), [Repayment(date(2024, 3, 10), 100000)], date(2024, 3, 30))
    bill = by_date(result)[date(2024, 3, 1)]
    assert bill.status is StatementStatus.PAID and bill.penalty_fen == 0


def test_grace_days_waive_interest():
    line = HUABEI.with_changes(grace_days=3)
    result = compute_statements(line, _one_bill(), [Repayment(date(2024, 3, 13), 100000)], date(2024, 4, 30))
    bill = by_date(result)[date(2024, 3, 1)]
    assert bill.status is StatementStatus.PAID and bill.penalty_fen == 0
    late = compute_statements(line, _one_bill(), [Repayment(date(2024, 3, 14), 100000)], date(2024, 4, 30))
    assert by_date(late)[date(2024, 3, 1)].penalty_fen == 200  # 4 days on 1,000.00


def test_repayments_go_to_oldest_first_and_overpayment_becomes_credit():
    cycles = [CycleCharges(date(2024, 3, 1), purchases_fen=30000), CycleCharges(date(2024, 4, 1), purchases_fen=20000)]
    result = compute_statements(HUABEI, cycles, [Repayment(date(2024, 4, 5), 60000)], date(2024, 4, 20))
    s = by_date(result)
    assert s[date(2024, 3, 1)].paid_fen == 30000  # overdue March bill first (with 25 days' interest)
    assert s[date(2024, 4, 1)].interest_fen == 330  # 30000 x 0.0005 x 22 days
    assert s[date(2024, 4, 1)].balance_fen == 20330
    assert s[date(2024, 4, 1)].paid_fen == 20330
    assert result.credit_fen == 60000 - 30000 - 20330


def test_credit_reduces_next_statement():
    cycles = [CycleCharges(date(2024, 3, 1), purchases_fen=30000), CycleCharges(date(2024, 4, 1), purchases_fen=20000)]
    result = compute_statements(HUABEI, cycles, [Repayment(date(2024, 3, 5), 40000)], date(2024, 4, 2))
    april = by_date(result)[date(2024, 4, 1)]
    assert april.credit_applied_fen == 10000
    assert april.balance_fen == 10000
    assert april.minimum_fen == 1000


def test_targeted_repayment_pays_named_bill_first():
    cycles = [CycleCharges(date(2024, 3, 1), purchases_fen=30000), CycleCharges(date(2024, 4, 1), purchases_fen=20000)]
    # the overdue March bill put 22 days' interest (330) on the April bill: 20000 + 330
    reps = [Repayment(date(2024, 4, 2), 20330, target_statement=date(2024, 4, 1))]
    s = by_date(compute_statements(HUABEI, cycles, reps, date(2024, 4, 3)))
    assert s[date(2024, 4, 1)].unpaid_fen == 0
    assert s[date(2024, 3, 1)].paid_fen == 0


def test_refund_larger_than_cycle_repays_older_debt():
    cycles = [CycleCharges(date(2024, 3, 1), purchases_fen=30000), CycleCharges(date(2024, 4, 1), refunds_fen=5000)]
    s = by_date(compute_statements(HUABEI, cycles, [], date(2024, 4, 2)))
    assert s[date(2024, 4, 1)].balance_fen == 0
    assert s[date(2024, 4, 1)].interest_fen == 330  # the unpaid March bill's interest is netted first
    assert s[date(2024, 3, 1)].paid_fen == 5000 - 330


def test_auto_repay_full_settles_on_due_date_and_can_fail():
    line = HUABEI.with_changes(auto_repay=AutoRepay.FULL)
    result = compute_statements(line, _one_bill(), [], date(2024, 3, 20))
    bill = by_date(result)[date(2024, 3, 1)]
    assert bill.status is StatementStatus.PAID and bill.auto_repaid_fen == 100000
    assert [(r.paid_on, r.amount_fen, r.source) for r in result.auto_repayments] == [
        (date(2024, 3, 10), 100000, RepaymentSource.AUTO)
    ]
    failed = compute_statements(line, _one_bill(), [], date(2024, 3, 20), frozenset({date(2024, 3, 1)}))
    assert by_date(failed)[date(2024, 3, 1)].status is StatementStatus.OVERDUE
    assert failed.auto_repayments == []


def test_auto_repay_minimum_covers_only_what_is_left_of_the_minimum():
    line = HUABEI.with_changes(auto_repay=AutoRepay.MINIMUM)
    result = compute_statements(line, _one_bill(), [Repayment(date(2024, 3, 5), 4000)], date(2024, 3, 20))
    bill = by_date(result)[date(2024, 3, 1)]
    assert bill.auto_repaid_fen == 6000
    assert bill.status is StatementStatus.PARTLY_PAID


def test_auto_repay_not_before_due_date():
    line = HUABEI.with_changes(auto_repay=AutoRepay.FULL)
    result = compute_statements(line, _one_bill(), [], date(2024, 3, 9))
    assert by_date(result)[date(2024, 3, 1)].status is StatementStatus.OPEN


def test_installment_parts_and_projection():
    cycles = [
        CycleCharges(date(2024, 4, 1), installment_principal_fen=8334, installment_fee_fen=740),
        CycleCharges(date(2024, 5, 1), installment_principal_fen=8333, installment_fee_fen=733),
    ]
    result = compute_statements(HUABEI, cycles, [], date(2024, 4, 5))
    s = by_date(result)
    assert s[date(2024, 4, 1)].balance_fen == 9074 and s[date(2024, 4, 1)].status is StatementStatus.OPEN
    assert s[date(2024, 5, 1)].status is StatementStatus.UPCOMING and s[date(2024, 5, 1)].balance_fen == 9066
    pos = position(HUABEI, result)
    assert pos.outstanding_fen == 9074 + 8333  # the next period's fee is not owed yet
    assert pos.available_fen == 500000 - 17407
    assert pos.utilization == Decimal(17407) / Decimal(500000)
    assert pos.next_due.due_date == date(2024, 4, 10) and pos.next_due.amount_fen == 9074
    assert [d.amount_fen for d in due_payments(result)] == [9074, 9066]


def test_minimum_payment_rounds_up_to_the_fen():
    assert minimum_payment(12345, Decimal("0.10")) == 1235
    assert minimum_payment(12345, Decimal(0)) == 12345
    assert minimum_payment(0, Decimal("0.10")) == 0


@settings(max_examples=60, deadline=None)
@given(
    amounts=st.lists(st.integers(0, 10**7), min_size=1, max_size=8),
    payments=st.lists(st.tuples(st.integers(0, 400), st.integers(1, 10**7)), max_size=8),
)
def test_money_is_conserved(amounts, payments):
    """Charged = paid + still unpaid + penalties posted; nothing appears or vanishes (no interest rate)."""
    line = HUABEI.with_changes(daily_penalty_rate=Decimal(0))
    start = date(2024, 1, 1)
    cycles = [CycleCharges(date(2024, 1 + i, 1), purchases_fen=a) for i, a in enumerate(amounts)]
    from datetime import timedelta

    reps = [Repayment(start + timedelta(days=d), amt) for d, amt in payments]
    as_of = date(2025, 6, 1)
    result = compute_statements(line, cycles, reps, as_of)
    charged = sum(amounts)
    paid = sum(s.paid_fen for s in result.statements)
    unpaid = sum(s.unpaid_fen for s in result.statements)
    applied_credit = sum(s.credit_applied_fen for s in result.statements)
    assert charged == paid + unpaid + applied_credit
    assert sum(r.amount_fen for r in reps) == paid + result.credit_fen + applied_credit
    assert position(line, result).available_fen >= 0


def test_repayment_naming_a_bill_before_the_first_on_record_is_not_credit():
    cycles = [CycleCharges(date(2024, 11, 1), purchases_fen=146080)]
    reps = [Repayment(date(2024, 10, 8), 86327, target_statement=date(2024, 10, 1))]
    result = compute_statements(HUABEI, cycles, reps, date(2024, 11, 2))
    assert result.unmatched_fen == 86327 and result.credit_fen == 0
    assert by_date(result)[date(2024, 11, 1)].balance_fen == 146080


def test_repayment_naming_a_future_bill_waits_for_it():
    cycles = [CycleCharges(date(2024, 3, 1), purchases_fen=30000), CycleCharges(date(2024, 4, 1), purchases_fen=20000)]
    reps = [Repayment(date(2024, 3, 5), 20000, target_statement=date(2024, 4, 1))]
    s = by_date(compute_statements(HUABEI, cycles, reps, date(2024, 4, 2)))
    assert s[date(2024, 3, 1)].paid_fen == 0  # the advance payment was not spent on the March bill
    assert s[date(2024, 4, 1)].credit_applied_fen == 20000 and s[date(2024, 4, 1)].balance_fen == 330
