"""Statements engine over many bills (domain-rules.md §1.5): worked examples R1, M1, H1, H2, C1, carrying,
allocation, auto-repay, status, and property tests of the invariants."""

from datetime import date, timedelta
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.credit_line import AutoRepay, CreditLine, LimitChange, LineKind, RevolvingBasis
from app.domain.position import due_payments, position
from app.domain.revolving import compute_statements
from app.domain.statements import (
    CycleCharges,
    Repayment,
    RepaymentSource,
    StatementStatus,
    minimum_payment,
)

HUABEI = CreditLine("花呗", limits=(LimitChange(date(2024, 1, 1), 500000),))
CARD = CreditLine("卡", LineKind.CREDIT_CARD, statement_day=5, due_day=23,
                  limits=(LimitChange(date(2024, 1, 1), 1000000),))


def _one_bill(amount=100000, day=date(2024, 3, 1)):
    return [CycleCharges(day, purchases_fen=amount, purchase_count=1)]


def by_date(result):
    return {s.statement_date: s for s in result.statements}


def test_r1_minimum_payer_carries_the_rest_and_is_never_overdue():
    reps = [Repayment(date(2024, 3, 10), 10000), Repayment(date(2024, 4, 10), 9990)]
    result = compute_statements(HUABEI, _one_bill(), reps, date(2024, 5, 2))
    s = by_date(result)
    march, april, may = s[date(2024, 3, 1)], s[date(2024, 4, 1)], s[date(2024, 5, 1)]
    assert (march.balance_fen, march.minimum_fen, march.interest_fen) == (100000, 10000, 0)
    assert march.status is StatementStatus.MINIMUM_PAID and march.carried_fen == 90000 and march.unpaid_fen == 0
    assert (april.previous_balance_fen, april.balance_fen, april.minimum_fen, april.interest_fen) == (
        90000, 90990, 9990, 990)
    assert april.status is StatementStatus.MINIMUM_PAID
    assert (may.previous_balance_fen, may.balance_fen, may.minimum_fen, may.interest_fen) == (81000, 82256, 9356, 1256)
    assert may.status is StatementStatus.OPEN and may.unpaid_fen == 82256
    assert result.overdue_fen == 0 and position(HUABEI, result).overdue_fen == 0


def test_m1_installment_parts_are_due_in_full_in_the_minimum():
    cycles = [CycleCharges(date(2024, 3, 1), purchases_fen=50000, installment_principal_fen=10000)]
    bill = by_date(compute_statements(HUABEI, cycles, [], date(2024, 3, 2)))[date(2024, 3, 1)]
    assert (bill.balance_fen, bill.minimum_fen) == (60000, 15000)


def test_h1_overdue_interest_30_days():
    # 2,000.00 unpaid from 2024-03-10 until 2024-04-09: 30 days x 0.05 % = 30.00, posted 22.00 + 8.00
    reps = [Repayment(date(2024, 4, 9), 202200)]  # the bill plus the 22.00 posted on 04-01
    result = compute_statements(HUABEI, _one_bill(200000), reps, date(2024, 6, 1))
    s = by_date(result)
    assert s[date(2024, 4, 1)].interest_fen == 2200 and s[date(2024, 5, 1)].interest_fen == 800
    assert sum(x.interest_fen for x in result.statements) == 3000
    march = s[date(2024, 3, 1)]
    assert march.status is StatementStatus.OVERDUE and march.overdue_days == 30  # brought up to date on 04-09


def test_h2_revolving_after_minimum_payment():
    reps = [Repayment(date(2024, 3, 10), 10000), Repayment(date(2024, 4, 10), 90990)]
    result = compute_statements(HUABEI, _one_bill(), reps, date(2024, 5, 15))
    s = by_date(result)
    assert s[date(2024, 3, 1)].minimum_fen == 10000
    assert s[date(2024, 4, 1)].interest_fen == 990  # 22 days on 900.00, paid first on 04-10
    assert s[date(2024, 4, 1)].status is StatementStatus.PAID
    assert s[date(2024, 5, 1)].interest_fen == 405  # 9 more days: 13.95 in all
    assert s[date(2024, 5, 1)].balance_fen == 405 and s[date(2024, 5, 1)].previous_balance_fen == 0


def test_h2_between_due_dates_the_rest_revolves():
    result = compute_statements(HUABEI, _one_bill(), [Repayment(date(2024, 3, 10), 10000)], date(2024, 3, 25))
    bill = by_date(result)[date(2024, 3, 1)]
    assert bill.status is StatementStatus.MINIMUM_PAID
    assert bill.unpaid_fen == 90000
    assert bill.penalty_fen == 675  # 15 days on 900.00 so far, posted on the next statement
    assert result.overdue_fen == 0


def test_issue_example_card_minimum_payer():
    """Purchase 1,000.00 on Jan 10, the minimum paid on Feb 22: the Mar 5 bill carries 900.00."""
    cycles = [CycleCharges(date(2026, 2, 5), purchases_fen=100000)]
    reps = [Repayment(date(2026, 2, 22), 10000)]
    march = by_date(compute_statements(CARD, cycles, reps, date(2026, 3, 10)))[date(2026, 3, 5)]
    assert (march.previous_balance_fen, march.balance_fen, march.minimum_fen, march.interest_fen) == (
        90000, 90450, 9450, 450)  # 900.00 x 0.05 % x 10 days (Feb 24 ... Mar 5)
    later = compute_statements(CARD, cycles, reps + [Repayment(date(2026, 3, 22), 9450)], date(2026, 3, 26))
    assert later.overdue_fen == 0
    assert by_date(later)[date(2026, 3, 5)].status is StatementStatus.MINIMUM_PAID


def test_c1_full_bill_interest_over_carried_bills():
    line = CreditLine("卡", LineKind.CREDIT_CARD, statement_day=20, due_day=8,
                      revolving_basis=RevolvingBasis.FULL_FROM_POSTING)
    cycles = [CycleCharges(date(2024, 3, 20), purchases_fen=1000000, amount_days=1000000 * 15)]
    result = compute_statements(line, cycles, [Repayment(date(2024, 4, 8), 100000)], date(2024, 4, 21))
    april = by_date(result)[date(2024, 4, 20)]
    assert april.interest_fen == 22400  # 170.00 + 54.00
    assert (april.previous_balance_fen, april.balance_fen, april.minimum_fen) == (900000, 922400, 112400)
    huabei_style = compute_statements(line.with_changes(revolving_basis=RevolvingBasis.UNPAID_FROM_DUE), cycles,
                                      [Repayment(date(2024, 4, 8), 100000)], date(2024, 4, 21))
    assert by_date(huabei_style)[date(2024, 4, 20)].interest_fen == 5400


def test_missed_minimum_is_overdue_and_added_to_the_next_minimum():
    result = compute_statements(HUABEI, _one_bill(), [], date(2024, 4, 2))
    s = by_date(result)
    assert s[date(2024, 3, 1)].status is StatementStatus.OVERDUE
    april = s[date(2024, 4, 1)]
    # 10 % of 1,000.00 + 11.00 interest (22 days) + the missed 100.00
    assert april.interest_fen == 1100 and april.minimum_fen == 10000 + 1100 + 10000
    assert result.overdue_fen == 10000 and result.overdue_since == date(2024, 3, 10)
    cured = compute_statements(HUABEI, _one_bill(), [Repayment(date(2024, 4, 10), 21100)], date(2024, 4, 11))
    assert cured.overdue_fen == 0
    assert by_date(cured)[date(2024, 4, 1)].status is StatementStatus.MINIMUM_PAID
    assert by_date(cured)[date(2024, 3, 1)].overdue_days == 31  # stays on record as paid late


def test_late_fee_for_an_unmet_minimum_is_posted_on_the_next_bill_and_bears_no_interest():
    line = CARD.with_changes(late_fee_rate=Decimal("0.05"), late_fee_min_fen=100)  # the pre-2017 rule, §4.1
    cycles = [CycleCharges(date(2024, 2, 5), purchases_fen=100000)]
    result = compute_statements(line, cycles, [Repayment(date(2024, 2, 23), 4000)], date(2024, 4, 6))
    s = by_date(result)
    march, april = s[date(2024, 3, 5)], s[date(2024, 4, 5)]
    assert march.late_fee_fen == 300  # 5 % of the 60.00 left of the 100.00 minimum
    assert march.interest_fen == 528  # 960.00 x 0.05 % x 11 days (Feb 24 ... Mar 5, a leap year)
    assert march.balance_fen == 96000 + 528 + 300
    assert march.minimum_fen == 9600 + 528 + 300 + 6000  # the missed 60.00 comes back in full
    assert april.late_fee_fen == max(100, (march.minimum_fen * 5 + 50) // 100)
    assert april.interest_fen == 96000 * 5 * 31 // 10000  # the fee bears no interest
    assert by_date(compute_statements(CARD, cycles, [Repayment(date(2024, 2, 23), 4000)],
                                      date(2024, 4, 6)))[date(2024, 3, 5)].late_fee_fen == 0  # default: none


def test_less_than_minimum_is_overdue():
    result = compute_statements(HUABEI, _one_bill(), [Repayment(date(2024, 3, 10), 9999)], date(2024, 3, 11))
    bill = by_date(result)[date(2024, 3, 1)]
    assert bill.status is StatementStatus.OVERDUE
    assert bill.overdue_days == 1
    assert bill.penalty_fen == 45  # 90001 x 0.0005 x 1 = 45.0005 -> 45
    assert result.overdue_fen == 1 and position(HUABEI, result).overdue_fen == 1


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
    s = by_date(result)
    assert s[date(2024, 3, 1)].status is StatementStatus.PAID
    assert sum(x.interest_fen for x in result.statements) == 0 and result.accruing_interest_fen == 0
    late = compute_statements(line, _one_bill(), [Repayment(date(2024, 3, 14), 100000)], date(2024, 4, 30))
    assert by_date(late)[date(2024, 4, 1)].interest_fen == 200  # 4 days on 1,000.00


def test_payments_go_to_interest_then_oldest_and_overpayment_becomes_credit():
    cycles = [CycleCharges(date(2024, 3, 1), purchases_fen=30000), CycleCharges(date(2024, 4, 1), purchases_fen=20000)]
    result = compute_statements(HUABEI, cycles, [Repayment(date(2024, 4, 5), 60000)], date(2024, 4, 20))
    april = by_date(result)[date(2024, 4, 1)]
    assert april.interest_fen == 330  # 30000 x 0.0005 x 22 days
    assert (april.previous_balance_fen, april.balance_fen) == (30000, 50330)
    assert april.paid_fen == 50330 and april.unpaid_fen == 0
    assert result.credit_fen == 60000 - 50330
    assert result.accruing_interest_fen == 60  # 04-02 ... 04-05 on the March principal, posted on 05-01
    may = by_date(compute_statements(HUABEI, cycles, [Repayment(date(2024, 4, 5), 60000)], date(2024, 5, 2)))
    assert may[date(2024, 5, 1)].interest_fen == 60 and may[date(2024, 5, 1)].credit_applied_fen == 60


def test_credit_reduces_next_statement():
    cycles = [CycleCharges(date(2024, 3, 1), purchases_fen=30000), CycleCharges(date(2024, 4, 1), purchases_fen=20000)]
    result = compute_statements(HUABEI, cycles, [Repayment(date(2024, 3, 5), 40000)], date(2024, 4, 2))
    april = by_date(result)[date(2024, 4, 1)]
    assert april.credit_applied_fen == 10000
    assert april.balance_fen == 10000
    assert april.minimum_fen == 1000


def test_refund_larger_than_cycle_repays_older_debt():
    cycles = [CycleCharges(date(2024, 3, 1), purchases_fen=30000), CycleCharges(date(2024, 4, 1), refunds_fen=5000)]
    s = by_date(compute_statements(HUABEI, cycles, [], date(2024, 4, 2)))
    april = s[date(2024, 4, 1)]
    assert april.interest_fen == 330
    assert (april.previous_balance_fen, april.balance_fen) == (30000, 30000 + 330 - 5000)
    assert april.paid_fen == 0  # a refund is netted on the bill, not a payment


def test_refund_of_a_billed_purchase_repays_principal_not_interest():
    cycles = [CycleCharges(date(2024, 3, 1), purchases_fen=30000)]
    refund = Repayment(date(2024, 4, 2), 10000, source=RepaymentSource.REFUND, target_statement=date(2024, 3, 1))
    result = compute_statements(HUABEI, cycles, [refund], date(2024, 4, 3))
    april = by_date(result)[date(2024, 4, 1)]
    assert april.unpaid_fen == 30000 + 330 - 10000 and april.unpaid_fee_fen == 330


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
    assert bill.status is StatementStatus.MINIMUM_PAID


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
    assert s[date(2024, 4, 1)].minimum_fen == 9074  # installment parts are never revolved
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


def test_repayment_naming_a_bill_before_the_first_on_record_is_not_credit():
    cycles = [CycleCharges(date(2024, 11, 1), purchases_fen=146080)]
    reps = [Repayment(date(2024, 10, 8), 86327, target_statement=date(2024, 10, 1))]
    result = compute_statements(HUABEI, cycles, reps, date(2024, 11, 2))
    assert result.unmatched_fen == 86327 and result.credit_fen == 0
    assert by_date(result)[date(2024, 11, 1)].balance_fen == 146080


def test_repayment_naming_a_bill_that_no_longer_exists_still_pays():
    """After a statement-day change a repayment may name a date that is no statement any more: it still pays."""
    cycles = [CycleCharges(date(2024, 3, 1), purchases_fen=30000)]
    reps = [Repayment(date(2024, 3, 8), 30000, target_statement=date(2024, 2, 25))]
    result = compute_statements(HUABEI, cycles, reps, date(2024, 3, 20))
    assert result.unmatched_fen == 0 and by_date(result)[date(2024, 3, 1)].status is StatementStatus.PAID


# -- property tests: random months of spending and paying, on both interest bases ----------------------------

BASES = st.sampled_from([RevolvingBasis.UNPAID_FROM_DUE, RevolvingBasis.FULL_FROM_POSTING])
MONTHS = st.lists(st.tuples(st.integers(0, 500000), st.integers(0, 60000), st.integers(0, 20000),
                            st.integers(0, 20000)), min_size=1, max_size=7)


def _line(basis, grace=0, share=Decimal("0.10")):
    return CreditLine("测试", LineKind.CREDIT_CARD, statement_day=5, due_day=23, grace_days=grace,
                      revolving_basis=basis, min_payment_rate=share, limits=(LimitChange(date(2024, 1, 1), 10**7),))


def _cycles(months):
    out = []
    for i, (spend, part, fee, refund) in enumerate(months):
        day = date(2024, 1 + i, 5)
        out.append(CycleCharges(day, purchases_fen=spend, installment_principal_fen=part, installment_fee_fen=fee,
                                refunds_fen=min(refund, spend), amount_days=spend * 12))
    return out


def _pay_each_due_date(line, cycles, how, end):
    """Pay each statement on its due date: ``how`` is "minimum" (what is left of it) or "full"."""
    reps: list[Repayment] = []
    for month in range(1, end.month):  # every bill, also those that only carry an earlier rest
        due = date(end.year, month, 23)
        current = compute_statements(line, cycles, reps, due).current()
        amount = current.minimum_left_fen if how == "minimum" else current.unpaid_fen
        if amount > 0:
            reps.append(Repayment(due, amount))
    return reps, compute_statements(line, cycles, reps, end)


def _charged(result):
    return sum(s.new_charges_fen for s in result.issued())


@settings(max_examples=150, deadline=None)
@given(months=MONTHS, basis=BASES, grace=st.integers(0, 3))
def test_minimum_payer_is_never_overdue(months, basis, grace):
    line = _line(basis, grace)
    cycles = _cycles(months)
    reps, result = _pay_each_due_date(line, cycles, "minimum", date(2024, 12, 1))
    assert result.overdue_fen == 0
    assert all(s.status is not StatementStatus.OVERDUE for s in result.statements)
    assert all(s.balance_fen >= 0 and s.unpaid_fen >= 0 and 0 <= s.minimum_fen <= s.balance_fen
               for s in result.statements)


@settings(max_examples=150, deadline=None)
@given(months=MONTHS, basis=BASES)
def test_paying_every_balance_in_full_costs_no_interest(months, basis):
    line = _line(basis)
    cycles = _cycles(months)
    _, result = _pay_each_due_date(line, cycles, "full", date(2024, 12, 1))
    assert sum(s.interest_fen for s in result.statements) == 0 and result.accruing_interest_fen == 0
    assert all(s.status in (StatementStatus.PAID, StatementStatus.UPCOMING) for s in result.statements)


@settings(max_examples=200, deadline=None)
@given(months=MONTHS, basis=BASES,
       payments=st.lists(st.tuples(st.integers(0, 330), st.integers(1, 400000)), max_size=10),
       share=st.sampled_from([Decimal("0.10"), Decimal(0), Decimal("0.05")]))
def test_money_is_conserved(months, basis, payments, share):
    """purchases + fees + interest - refunds = payments + what is still owed (credit counts as negative owed)."""
    line = _line(basis, share=share)
    cycles = _cycles(months)
    reps = [Repayment(date(2024, 1, 1) + timedelta(days=d), amount) for d, amount in payments]
    as_of = date(2024, 12, 1)
    result = compute_statements(line, cycles, reps, as_of)
    paid = sum(r.amount_fen for r in reps) + sum(r.amount_fen for r in result.auto_repayments)
    owed = result.current().unpaid_fen if result.current() else 0
    credit = result.credit_fen + sum(s.credit_applied_fen for s in result.upcoming())
    assert _charged(result) == paid - result.unmatched_fen + owed - credit
    assert all(s.balance_fen >= 0 and s.unpaid_fen >= 0 for s in result.statements)
    assert sum(s.unpaid_fen for s in result.issued()) == owed
    assert position(line, result).available_fen >= 0


@settings(max_examples=150, deadline=None)
@given(months=MONTHS, basis=BASES, refund_month=st.integers(0, 6), refund=st.integers(1, 300000),
       payments=st.lists(st.tuples(st.integers(0, 330), st.integers(1, 200000)), max_size=6))
def test_a_refund_never_creates_interest(months, basis, refund_month, refund, payments):
    line = _line(basis)
    cycles = _cycles(months)
    reps = [Repayment(date(2024, 1, 1) + timedelta(days=d), amount) for d, amount in payments]
    as_of = date(2024, 12, 1)

    def interest(result):
        return sum(s.interest_fen for s in result.statements) + result.accruing_interest_fen

    without = compute_statements(line, cycles, reps, as_of)
    day = date(2024, 1 + min(refund_month, len(months) - 1), 5)
    refunded = reps + [Repayment(day + timedelta(days=1), refund, source=RepaymentSource.REFUND,
                                 target_statement=day)]
    assert interest(compute_statements(line, cycles, refunded, as_of)) <= interest(without)
