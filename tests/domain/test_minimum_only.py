"""Paying only the minimum on a ledger bill, simulated by the line's own statements engine (§1.5)."""

from dataclasses import replace
from datetime import date
from decimal import Decimal

from dateutil.relativedelta import relativedelta
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.credit_line import CreditLine, RevolvingBasis
from app.domain.minimum_only import minimum_only_on_line
from app.domain.revolving import compute_statements
from app.domain.statements import CycleCharges, Repayment

HUABEI = CreditLine("花呗")  # statement day 1, due day 10, 10 %, 0.05 %/day (R1's terms)
BILL = date(2024, 3, 1)


def _paying_each_minimum_by_hand(line: CreditLine, balance: int, already: int = 0,
                                 first_on: date | None = None) -> list[Repayment]:
    """A person who pays, on every due date, what is left of that bill's minimum, as the ledger shows it: one
    recorded repayment at a time, the statements computed afresh after each (the way the app is used).
    ``already``: paid on the statement date, before the simulation starts (not returned). ``first_on``: nothing is
    paid until that day, late; then what the latest bill due before it asks (its minimum holds the earlier ones')."""
    charges = [CycleCharges(BILL, purchases_fen=balance + already, purchase_count=1)]
    paid: list[Repayment] = [Repayment(BILL, already, target_statement=BILL)] if already else []
    statement = BILL
    if first_on:
        while (statement + relativedelta(months=1)).replace(day=line.due_day) < first_on:
            statement += relativedelta(months=1)
    for _ in range(400):
        due = first_on if first_on and not paid[1 if already else 0:] else statement.replace(day=line.due_day)
        sts = {s.statement_date: s for s in compute_statements(line, charges, paid, due).statements}
        bill = sts[statement]
        if bill.balance_fen - bill.paid_fen <= 0:
            return paid[1:] if already else paid
        left = bill.minimum_fen - bill.paid_fen
        paid.append(Repayment(due, left, target_statement=statement))
        statement += relativedelta(months=1)
    raise AssertionError("never paid off")


def test_r1_bill_paying_only_the_minimum_takes_93_payments_and_137_18_of_interest():
    """R1's 1,000.00 bill: 100.00, then 99.90 (90.00 + 9.90 interest), then 93.56 ... 93 payments in all, 137.18 of
    interest. The Regulation Z calculator (10 % of balance + interest, APR ÷ 12) would say 110 and 158.56."""
    w = minimum_only_on_line(HUABEI, BILL, 100_000)
    assert (w.months, w.first_minimum_fen, w.total_paid_fen, w.total_interest_fen) == (93, 10_000, 113_718, 13_718)
    assert w.balances_fen[:4] == (100_000, 90_000, 81_000, 72_900)
    assert w.balances_fen[-1] == 0 and len(w.balances_fen) == 94
    assert (w.period.value, w.period.unit) == (8, "years")
    assert (w.payment_36_fen, w.show_36_month) == (3_628, True)


def test_it_is_exactly_what_the_ledger_asks_when_each_minimum_is_paid():
    by_hand = _paying_each_minimum_by_hand(HUABEI, 100_000)
    assert [p.amount_fen for p in by_hand][:3] == [10_000, 9_990, 9_356]  # R1: 100.00, 99.90, 93.56
    w = minimum_only_on_line(HUABEI, BILL, 100_000)
    assert (len(by_hand), sum(p.amount_fen for p in by_hand)) == (w.months, w.total_paid_fen)


def test_the_bills_own_minimum_is_paid_first_even_below_the_lines_share_of_what_is_left():
    """1,000.00 billed, 50.00 of its 100.00 minimum paid: 950.00 left, 50.00 still asked this month (not 95.00)."""
    w = minimum_only_on_line(HUABEI, BILL, 95_000, first_payment_fen=5_000)
    assert w.first_minimum_fen == 5_000 and w.balances_fen[:2] == (95_000, 90_000)
    by_hand = _paying_each_minimum_by_hand(HUABEI, 95_000, already=5_000)
    assert by_hand[0].amount_fen == 5_000
    assert (w.months, w.total_paid_fen) == (len(by_hand), sum(p.amount_fen for p in by_hand))


def test_a_bill_already_overdue_has_its_minimum_paid_today_with_the_days_late():
    """R1's bill, its 100.00 minimum still unpaid on Mar 25 (due Mar 10): paid that day, 15 days late, it costs
    100.00 x 0.05 % x 15 = 0.75 more interest than on time (137.93, not 137.18); the later minimums as before."""
    w = minimum_only_on_line(HUABEI, BILL, 100_000, first_payment_fen=10_000, first_paid_on=date(2024, 3, 25))
    assert (w.months, w.first_minimum_fen, w.total_interest_fen) == (93, 10_000, 13_793)
    by_hand = _paying_each_minimum_by_hand(HUABEI, 100_000, first_on=date(2024, 3, 25))
    assert by_hand[0] == Repayment(date(2024, 3, 25), 10_000, target_statement=BILL)
    assert (len(by_hand), sum(p.amount_fen for p in by_hand)) == (w.months, w.total_paid_fen)
    on_time = minimum_only_on_line(HUABEI, BILL, 100_000, first_payment_fen=10_000, first_paid_on=date(2024, 3, 10))
    assert on_time.total_interest_fen == 13_718  # paid on the due date itself: not late


def test_a_bill_two_months_overdue_has_every_minimum_due_before_today_paid_today():
    """R1's bill unpaid on May 20: the bills of Apr 1 and May 1 were due before then too, and May 1's minimum holds
    the earlier ones' (§1.5): 100.00 + 111.00 (10 % of 1,000.00 + 11.00 interest) + 115.00 (with 15.00 interest)
    = 326.00, all paid that day, not 100.00 that day and the rest a month later."""
    w = minimum_only_on_line(HUABEI, BILL, 100_000, first_payment_fen=10_000, first_paid_on=date(2024, 5, 20))
    assert (w.first_minimum_fen, w.balances_fen[:2]) == (32_600, (100_000, 70_000))
    by_hand = _paying_each_minimum_by_hand(HUABEI, 100_000, first_on=date(2024, 5, 20))
    assert by_hand[0] == Repayment(date(2024, 5, 20), 32_600, target_statement=date(2024, 5, 1))
    assert (len(by_hand), sum(p.amount_fen for p in by_hand)) == (w.months, w.total_paid_fen)
    one_month = minimum_only_on_line(HUABEI, BILL, 100_000, first_payment_fen=10_000, first_paid_on=date(2024, 4, 20))
    assert one_month.first_minimum_fen == 21_100 and one_month.total_interest_fen < w.total_interest_fen


def test_a_card_s_late_fee_is_in_what_an_overdue_bill_costs():
    card = replace(HUABEI, late_fee_rate=Decimal("0.05"), late_fee_min_fen=1_000)
    on_time = minimum_only_on_line(card, BILL, 100_000, first_payment_fen=10_000)
    late = minimum_only_on_line(card, BILL, 100_000, first_payment_fen=10_000, first_paid_on=date(2024, 3, 25))
    # 10.00 fee (5 % of the unmet 100.00 is 5.00, the floor is 10.00) and 0.75 of interest for the 15 days
    assert late.total_paid_fen - on_time.total_paid_fen == 1_000 + 75


def test_a_line_without_a_minimum_is_paid_at_once():
    w = minimum_only_on_line(replace(HUABEI, min_payment_rate=Decimal(0)), BILL, 100_000)
    assert (w.months, w.total_interest_fen, w.balances_fen, w.show_36_month) == (1, 0, (100_000, 0), False)


@settings(max_examples=15, deadline=None)
@given(balance=st.integers(1, 5_000_000), share=st.sampled_from(["0.05", "0.10", "0.20"]),
       basis=st.sampled_from(list(RevolvingBasis)))
def test_the_simulation_always_agrees_with_paying_by_hand(balance, share, basis):
    line = replace(HUABEI, min_payment_rate=Decimal(share), revolving_basis=basis)
    w = minimum_only_on_line(line, BILL, balance)
    by_hand = _paying_each_minimum_by_hand(line, balance)
    assert (w.months, w.total_paid_fen) == (len(by_hand), sum(p.amount_fen for p in by_hand))
    assert w.total_paid_fen >= balance and w.balances_fen[-1] == 0


def test_from_today_the_line_goes_on_with_its_own_history_and_ignores_later_records():
    """R1 after its first two minimums (100.00 on Mar 10, 99.90 on Apr 10): 91 payments still to come, the same
    1,137.18 in all; a repayment recorded after today (a workshop's story) is not part of the projection."""
    from app.domain.minimum_only import minimum_only_from

    charges = [CycleCharges(BILL, purchases_fen=100_000, purchase_count=1)]
    paid = [Repayment(date(2024, 3, 10), 10_000), Repayment(date(2024, 4, 10), 9_990),
            Repayment(date(2024, 6, 10), 50_000)]
    ahead = minimum_only_from(HUABEI, charges, paid, date(2024, 4, 15))
    assert ahead is not None and len(ahead) == 91 and ahead[0].paid_on == date(2024, 5, 10)
    assert ahead[0].amount_fen == 9_356 and 10_000 + 9_990 + sum(p.amount_fen for p in ahead) == 113_718
    assert minimum_only_from(HUABEI, charges, [Repayment(date(2024, 3, 10), 100_000)], date(2024, 4, 15)) == []
