"""What is due when on an overdue line (domain-rules.md §1.5): the overdue amount now, the revolving rest with the
next bill, together with the interest that bill will post on it."""

from dataclasses import replace
from datetime import date

from app.domain.credit_line import CreditLine, LimitChange
from app.domain.due_bills import due_bills, overdue_bill
from app.domain.position import by_due_date, due_payments, position
from app.domain.revolving import compute_statements
from app.domain.statements import CycleCharges, Repayment, StatementStatus

HUABEI = CreditLine("花呗", limits=(LimitChange(date(2020, 1, 1), 1000000),))
#: 300.00 billed 02-01 and 332.80 billed 03-01, neither minimum paid; 2,162.72 billed 04-01
CYCLES = [CycleCharges(date(2026, 2, 1), purchases_fen=30000, purchase_count=1),
          CycleCharges(date(2026, 3, 1), purchases_fen=33280, purchase_count=1),
          CycleCharges(date(2026, 4, 1), purchases_fen=216272, purchase_count=1)]


def _dues(as_of: date, repayments=()):
    result = compute_statements(HUABEI, CYCLES, list(repayments), as_of)
    return result, [(d.due_date, d.amount_fen, d.minimum_fen, d.overdue) for d in by_due_date(due_payments(result))]


def test_the_revolving_rest_of_an_overdue_line_is_due_with_the_interest_to_come():
    result, dues = _dues(date(2026, 3, 20))
    # overdue: the March bill's unmet minimum, 10 % of 632.80 + 2.85 interest + February's 30.00 = 96.13; the rest,
    # 635.65 - 96.13 = 539.52, revolves into the April bill. Interest to come on 04-01: 300.00 x 0.05 % x 31 days
    # (03-02 ... 04-01) + 332.80 x 0.05 % x 22 days (03-11 ... 04-01) = 4.65 + 3.6608 = 8.31
    assert (result.overdue_fen, result.rest_fen) == (9613, 53952)
    assert result.statements[1].interest_to_come_fen == 831
    assert dues == [(date(2026, 2, 10), 9613, 9613, True),
                    # 539.52 + 8.31 + 2,162.72; minimum: what the April bill asks beyond the overdue amount when
                    # nothing more is paid, 10 % of all 632.80 principal + 8.31 + 10 % of 2,162.72 (§1.5)
                    (date(2026, 4, 10), 271055, 6328 + 831 + 21628, False)]


def test_paying_what_is_shown_brings_the_overdue_line_back_to_minimum_paid():
    shown_overdue, shown_minimum = 9613, 28787
    result, dues = _dues(date(2026, 4, 11), [Repayment(date(2026, 3, 20), shown_overdue),
                                             Repayment(date(2026, 4, 10), shown_minimum)])
    april = result.statements[2]
    assert april.statement_date == date(2026, 4, 1)
    # paid early, the overdue amount bore 0.56 less interest and is not asked again: the bill's minimum is 277.98
    assert (april.minimum_fen, april.interest_fen) == (27798, 775)
    assert april.status is StatementStatus.MINIMUM_PAID and result.overdue_fen == 0
    assert [overdue for *_, overdue in dues] == [False]


def test_once_the_next_bill_is_cut_it_holds_the_interest_that_was_to_come():
    _, before = _dues(date(2026, 3, 31))
    result, after = _dues(date(2026, 4, 2))
    april = result.statements[2]
    assert april.interest_fen == 831 and april.balance_fen == 9613 + 271055
    assert before[1] == after[1] == (date(2026, 4, 10), 271055, 28787, False)  # shown the same before the cut
    # the bill's minimum holds the unmet March minimum and 10 % of all the principal (§1.5): 96.13 + 8.31 + 279.56
    assert april.minimum_fen == 38400 == after[0][2] + after[1][2]


def test_interest_accrued_until_a_bill_is_paid_in_full_is_shown_as_due_with_the_next_bill():
    # H2: 1,000.00 billed 03-01, the minimum paid 03-10, the rest 909.90 paid 04-10: 900.00 x 0.05 % x 9 days
    # (04-02 ... 04-10) = 4.05 is posted on the 05-01 statement
    cycles = [CycleCharges(date(2024, 3, 1), purchases_fen=100000, purchase_count=1)]
    paid = [Repayment(date(2024, 3, 10), 10000), Repayment(date(2024, 4, 10), 90990)]
    for today in (date(2024, 4, 10), date(2024, 4, 30)):
        result = compute_statements(HUABEI, cycles, paid, today)
        assert [(d.due_date, d.amount_fen, d.minimum_fen, d.overdue) for d in due_payments(result)] == [
            (date(2024, 5, 10), 405, 405, False)]
    may = compute_statements(HUABEI, cycles, paid, date(2024, 5, 2)).current()
    assert may is not None and (may.statement_date, may.balance_fen, may.minimum_fen) == (date(2024, 5, 1), 405, 405)
    # paid when it is shown, before the bill is cut, it settles that bill
    early = compute_statements(HUABEI, cycles, [*paid, Repayment(date(2024, 4, 15), 405)], date(2024, 5, 11))
    settled = early.current()
    assert settled is not None and settled.statement_date == date(2024, 5, 1) and settled.balance_fen == 0
    assert early.overdue_fen == 0 and due_payments(early) == []


def test_a_credit_left_by_paying_more_pays_the_interest_still_to_post():
    """The same bill with the rest paid by one repayment of 1,000.00 on 04-10 (90.10 more than the 909.90 billed):
    the 4.05 of interest that posts on 05-01 comes out of that credit, so nothing more is due."""
    cycles = [CycleCharges(date(2024, 3, 1), purchases_fen=100000, purchase_count=1)]
    paid = [Repayment(date(2024, 3, 10), 10000), Repayment(date(2024, 4, 10), 100000)]
    result = compute_statements(HUABEI, cycles, paid, date(2024, 4, 20))
    assert result.credit_fen == 100000 - 90990 and due_payments(result) == []
    # 4.00 of credit is not enough: 0.05 is left to pay with the next bill
    short = compute_statements(HUABEI, cycles, [paid[0], Repayment(date(2024, 4, 10), 91390)], date(2024, 4, 20))
    assert [(d.due_date, d.amount_fen, d.minimum_fen) for d in due_payments(short)] == [(date(2024, 5, 10), 5, 5)]


def test_the_position_holds_the_credit_the_statements_leave():
    """909.90 billed and 914.85 paid by the due date: the line owes nothing and the bank holds 4.95 for the person,
    the statements' own figure; a purchase of 3.00 after it uses 3.00 of it, one of 10.00 all of it."""
    cycles = [CycleCharges(date(2024, 3, 1), purchases_fen=90990, purchase_count=1)]
    paid = [Repayment(date(2024, 3, 9), 91485)]
    result = compute_statements(HUABEI, cycles, paid, date(2024, 3, 12))
    pos = position(HUABEI, result)
    assert (pos.outstanding_fen, pos.credit_fen, result.credit_fen) == (0, 495, 495)
    later = [*cycles, CycleCharges(date(2024, 4, 1), purchases_fen=300, purchase_count=1)]
    pos = position(HUABEI, compute_statements(HUABEI, later, paid, date(2024, 3, 20)))
    assert (pos.outstanding_fen, pos.credit_fen) == (0, 195)
    more = [*cycles, CycleCharges(date(2024, 4, 1), purchases_fen=1300, purchase_count=2)]
    pos = position(HUABEI, compute_statements(HUABEI, more, paid, date(2024, 3, 20)))
    assert (pos.outstanding_fen, pos.credit_fen) == (1300 - 495, 0)


def test_an_overdue_line_still_has_its_next_bill_for_reminders_and_the_calendar():
    result, _ = _dues(date(2026, 3, 20))
    line = replace(HUABEI, id=1)
    late = overdue_bill(line, result)
    # named by the latest unmet bill (Mar 1), overdue since the oldest one's due date (Feb 10), as the overview
    assert late is not None and (late.statement_date, late.due_date, late.minimum_left_fen) == (
        date(2026, 3, 1), result.overdue_since, 9613) and result.overdue_since == date(2026, 2, 10)
    # the April bill, with the rest that revolves into it: what is due on 04-10 beyond the overdue amount
    assert [(b.statement_date, b.due_date, b.balance_fen, b.minimum_fen, b.amount_fen, b.minimum_left_fen)
            for b in due_bills(line, result, date(2026, 3, 20), date(2026, 6, 30))] == [
        (date(2026, 4, 1), date(2026, 4, 10), 271055, 28787, 271055, 28787)]
