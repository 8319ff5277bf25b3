"""Ledger services against a temporary database file: placement, refunds, payoff, bill installments, atomicity."""

from datetime import date
from decimal import Decimal

import pytest

from app.domain.credit_line import AutoRepay, CreditLine
from app.domain.errors import NotFoundError, ValidationError
from app.domain.postings import PartStatus
from app.domain.statements import StatementStatus
from app.services.reports import debt_load


def _by_date(result):
    return {s.statement_date: s for s in result.statements}


def _counts(store):
    return {t: store.db[t].count for t in ("credit_lines", "purchases", "installment_plans", "installment_parts",
                                           "refunds", "repayments")}


def test_twelve_installment_purchase_is_placed_from_the_next_bill(ledger, store, huabei):
    pid = ledger.record_purchase(huabei, date(2024, 3, 15), 100000, merchant="示例电器", installments=12).ids["purchase"]
    plan = store.plans.for_purchase(pid)
    assert plan.fee_total_fen == 8800  # the line's 12-period preset, 8.8 %
    assert [p.statement_date for p in plan.parts][:3] == [date(2024, 4, 1), date(2024, 5, 1), date(2024, 6, 1)]
    assert plan.parts[-1].statement_date == date(2025, 3, 1)
    assert [p.amount_fen for p in plan.parts] == [9074] + [9066] * 11


def test_schedule_after_script_of_actions(ledger, queries, huabei):
    ledger.record_purchase(huabei, date(2024, 3, 15), 100000, installments=12)
    ledger.record_purchase(huabei, date(2024, 3, 20), 5000)
    ledger.record_repayment(huabei, date(2024, 4, 10), 14074)
    entries = queries.schedule(date(2024, 4, 20), months=12)
    assert [(e.due_date, e.amount_fen, e.principal_fen, e.fee_fen) for e in entries[:2]] == [
        (date(2024, 5, 10), 9066, 8333, 733), (date(2024, 6, 10), 9066, 8333, 733)]
    assert len(entries) == 11  # periods 2..12
    status = queries.status(date(2024, 4, 20))[0].position
    assert status.outstanding_fen == 11 * 8333
    assert status.available_fen == 500000 - 11 * 8333


def test_the_next_payment_holds_the_revolving_rest_and_the_next_bill_due_with_it(ledger, queries, huabei):
    """Bill of 2026-10-01: ¥500.00 + part 1 of a 3-period plan (¥34.34) = ¥534.34, minimum ¥50.00 + ¥34.34; the
    minimum paid, ¥450.00 revolves into the 11-01 bill beside part 2 (¥34.33) and the interest the rest accrues
    until then (450.00 x 0.05 % x 22 days, 10-11 ... 11-01 = ¥4.95): one payment due 11-10 of ¥489.28, minimum
    ¥45.00 + ¥34.33 + ¥4.95 = ¥84.28, the 11-01 bill as it will be cut. It used to say ¥450.00 (minimum ¥45.00):
    paying that left part 2 unpaid and the line overdue."""
    ledger.record_purchase(huabei, date(2026, 9, 15), 10000, installments=3, fee_rate=Decimal("0.03"))
    ledger.record_purchase(huabei, date(2026, 9, 20), 50000)
    ledger.record_repayment(huabei, date(2026, 10, 9), 8434)
    due = queries.status(date(2026, 10, 15))[0].position.next_due
    assert (due.due_date, due.statement_date, due.amount_fen, due.minimum_fen) == (
        date(2026, 11, 10), date(2026, 11, 1), 48928, 8428)
    assert [(e.due_date, e.amount_fen, e.minimum_fen) for e in queries.schedule(date(2026, 10, 15))] == [
        (date(2026, 11, 10), 48928, 8428), (date(2026, 12, 10), 3433, 3433)]
    bill = next(s for s in queries.line_statements(huabei, date(2026, 11, 2)).statements
                if s.statement_date == date(2026, 11, 1))
    assert (bill.balance_fen, bill.minimum_fen) == (48928, 8428)  # the bill, once cut, is what was shown


def test_an_overdue_line_owes_its_unmet_minimum_now_and_the_rest_with_the_next_bill(ledger, queries, huabei):
    """Nothing repaid on a ¥300.00 purchase since January: on 12-04 the overdue amount is the 11-01 bill's unmet
    minimum, ¥339.60 (overdue since 02-10); the 12-01 bill holds ¥4.50 more (that month's interest), due 12-10.
    The schedule used to show all ¥344.10 as due on 02-10."""
    ledger.record_purchase(huabei, date(2026, 1, 15), 30000)
    today = date(2026, 12, 4)
    position = queries.status(today)[0].position
    assert (position.overdue_fen, position.outstanding_fen) == (33960, 34410)
    due = position.next_due
    assert (due.due_date, due.amount_fen, due.minimum_fen, due.overdue) == (date(2026, 2, 10), 33960, 33960, True)
    entries = queries.schedule(today)
    assert [(e.due_date, e.amount_fen, e.minimum_fen, e.overdue) for e in entries] == [
        (date(2026, 2, 10), 33960, 33960, True), (date(2026, 12, 10), 450, 450, False)]
    assert sum(e.amount_fen for e in entries) == position.to_repay_fen == 34410


def test_full_refund_of_installment_purchase_cancels_future_periods(ledger, store, queries, huabei):
    pid = ledger.record_purchase(huabei, date(2024, 3, 15), 60000, installments=6).ids["purchase"]
    ledger.record_refund(huabei, date(2024, 4, 5), 60000, purchase_id=pid)
    plan = store.plans.for_purchase(pid)
    assert plan.closed_on == date(2024, 4, 5)
    assert [p.status for p in plan.parts] == [PartStatus.SCHEDULED] + [PartStatus.CANCELLED] * 5
    refund = store.refunds.for_purchase(pid)[0]
    # 5 unbilled periods of principal 10000 absorbed 50000; the other 10000 repays the April bill at once
    assert refund.credit_fen == 10000 and refund.applies_as_payment
    s = _by_date(queries.line_statements(huabei, date(2024, 4, 6)))
    assert s[date(2024, 4, 1)].unpaid_fen == 450  # the billed period's fee is not refunded
    s = _by_date(queries.line_statements(huabei, date(2024, 5, 2)))
    # the unpaid fee is carried; fees never bear interest (PBOC 2016, domain-rules.md §1.5)
    assert (s[date(2024, 5, 1)].previous_balance_fen, s[date(2024, 5, 1)].balance_fen) == (450, 450)


def test_partial_refund_spreads_smaller_principal(ledger, store, huabei):
    pid = ledger.record_purchase(huabei, date(2024, 3, 15), 60000, installments=6, fee_rate=Decimal("0.045")).ids[
        "purchase"]
    ledger.record_refund(huabei, date(2024, 4, 20), 20000, purchase_id=pid)
    plan = store.plans.for_purchase(pid)
    live = [p for p in plan.parts if p.status is PartStatus.SCHEDULED]
    assert sum(p.principal_fen for p in live) == 40000
    assert store.refunds.for_purchase(pid)[0].credit_fen == 0
    assert [p.fee_fen for p in live] == [450] * 6  # fees continue


def test_refund_more_than_purchase_is_refused(ledger, store, huabei):
    pid = ledger.record_purchase(huabei, date(2024, 3, 15), 5000).ids["purchase"]
    before = _counts(store)
    with pytest.raises(ValidationError) as err:
        ledger.record_refund(huabei, date(2024, 3, 20), 5001, purchase_id=pid)
    assert err.value.field == "amount"
    assert _counts(store) == before


def test_early_payoff_bills_remaining_principal_and_fees(ledger, store, queries, huabei):
    pid = ledger.record_purchase(huabei, date(2024, 3, 15), 100000, installments=12).ids["purchase"]
    plan = store.plans.for_purchase(pid)
    ledger.pay_off_plan(plan.id, date(2024, 6, 15))
    plan = store.plans.get(plan.id)
    lump = [p for p in plan.parts if p.status is PartStatus.PAYOFF][0]
    # periods 1-3 billed (Apr, May, Jun); 9 left: principal 9 x 8333, all their fees (ALL_REMAINING_FEES)
    assert (lump.statement_date, lump.principal_fen, lump.fee_fen) == (date(2024, 7, 1), 74997, 6597)
    s = _by_date(queries.line_statements(plan.line_id, date(2024, 7, 2)))
    # the payoff payment settles the lump it was made for (74997 + 6597), not the older unpaid Apr-Jun bills
    # (§2.3): those stay unpaid, so the July bill asks for them (27515) plus their interest, nothing of the plan
    assert s[date(2024, 6, 1)].paid_fen == 0
    assert s[date(2024, 7, 1)].credit_applied_fen == 81594
    assert s[date(2024, 7, 1)].interest_fen == 338
    assert s[date(2024, 7, 1)].unpaid_fen == 27515 + 338
    assert date(2024, 8, 1) not in s or s[date(2024, 8, 1)].balance_fen == 0


@pytest.mark.parametrize("pay_now, owed_after, owed_on_july_bill", [
    (True, 27515, 27515 + 338),  # the payoff is paid: what is owed is the older bills only
    (False, 27515 + 74997 + 6597, 27515 + 338 + 74997 + 6597),  # billed, not paid: the fee is owed too
])
def test_owed_after_an_early_payoff_counts_its_fee(ledger, store, queries, huabei, pay_now, owed_after,
                                                   owed_on_july_bill):
    pid = ledger.record_purchase(huabei, date(2024, 3, 15), 100000, installments=12).ids["purchase"]
    plan = store.plans.for_purchase(pid)
    ledger.pay_off_plan(plan.id, date(2024, 6, 15), pay_now=pay_now)
    line = store.lines.get(huabei)
    june = queries.line_statements(huabei, date(2024, 6, 16))
    assert queries.position(line, june).outstanding_fen == owed_after
    assert _by_date(june)[date(2024, 7, 1)].balance_fen == (0 if pay_now else 74997 + 6597)
    load = debt_load(store, date(2024, 6, 16))  # the overview's chart: the same owed today, none of the fee before
    assert load.outstanding_fen[load.dates.index(date(2024, 6, 16))] == owed_after
    assert load.outstanding_fen[load.dates.index(date(2024, 5, 31))] == 101558  # Mar-May bills, Apr-May interest
    july = queries.line_statements(huabei, date(2024, 7, 2))
    assert queries.position(line, july).outstanding_fen == owed_on_july_bill
    assert _by_date(july)[date(2024, 7, 1)].unpaid_fen == owed_on_july_bill


def test_an_early_payoff_dated_before_its_purchase_is_refused(ledger, store, huabei):
    pid = ledger.record_purchase(huabei, date(2024, 3, 15), 100000, installments=12).ids["purchase"]
    plan = store.plans.for_purchase(pid)
    before = _counts(store)
    with pytest.raises(ValidationError) as err:
        ledger.pay_off_plan(plan.id, date(2024, 3, 14))
    assert (err.value.field, err.value.reason) == ("date", "is before the plan began (2024-03-15)")
    assert _counts(store) == before and store.plans.get(plan.id) == plan
    ledger.pay_off_plan(plan.id, date(2024, 3, 15))  # the day it was bought is the first day it can be paid off
    assert store.plans.get(plan.id).closed_on == date(2024, 3, 15)


def test_bill_installment_converts_statement(ledger, queries, huabei):
    ledger.record_purchase(huabei, date(2024, 3, 15), 100000)
    ledger.convert_statement(huabei, date(2024, 4, 1), 3, today=date(2024, 4, 2))
    s = _by_date(queries.line_statements(huabei, date(2024, 4, 2)))
    assert s[date(2024, 4, 1)].balance_fen == 34168  # period 1 replaces the 1,000.00 bill
    assert s[date(2024, 5, 1)].balance_fen == 34166
    assert s[date(2024, 6, 1)].balance_fen == 34166
    with pytest.raises(ValidationError):
        ledger.convert_statement(huabei, date(2024, 5, 1), 3, today=date(2024, 4, 2))  # not issued yet


def test_auto_repay_and_marking_it_failed(ledger, store, queries):
    line_id = ledger.add_line(CreditLine("卡", statement_day=5, due_day=23, auto_repay=AutoRepay.FULL),
                              limit_fen=1000000).ids["line"]
    ledger.record_purchase(line_id, date(2024, 3, 10), 20000)
    s = _by_date(queries.line_statements(line_id, date(2024, 4, 30)))[date(2024, 4, 5)]
    assert s.status is StatementStatus.PAID and s.auto_repaid_fen == 20000
    ledger.set_auto_repay_failed(line_id, date(2024, 4, 5))
    s = _by_date(queries.line_statements(line_id, date(2024, 4, 30)))[date(2024, 4, 5)]
    assert s.status is StatementStatus.OVERDUE and s.overdue_days == 7
    ledger.set_auto_repay_failed(line_id, date(2024, 4, 5), failed=False)
    assert _by_date(queries.line_statements(line_id, date(2024, 4, 30)))[date(2024, 4, 5)].status is (
        StatementStatus.PAID)


def test_changing_statement_day_restates_purchases_and_plans(ledger, store, huabei):
    pid = ledger.record_purchase(huabei, date(2024, 3, 3), 30000, installments=3).ids["purchase"]
    plain = ledger.record_purchase(huabei, date(2024, 3, 3), 1000).ids["purchase"]
    ledger.edit_line(huabei, statement_day=5, due_day=15)
    assert store.purchases.get(plain).statement_date == date(2024, 3, 5)
    assert store.plans.for_purchase(pid).parts[0].statement_date == date(2024, 3, 5)


@pytest.mark.parametrize(("first_day", "new_day", "payoff_bill", "restated_bill"), [
    (1, 28, date(2024, 4, 1), date(2024, 4, 28)),  # moved with the plan (-1 month) it sat on Mar 28, before Mar 29
    (28, 1, date(2024, 4, 28), date(2024, 4, 1)),  # moved with the plan (+1 month) it sat on May 1, a bill late
])
def test_a_statement_day_change_bills_an_early_payoff_from_its_payoff_day(ledger, store, first_day, new_day,
                                                                          payoff_bill, restated_bill):
    """6 parts bought on Jan 20, 2024, paid off early on Mar 29: the lump is on the bill of Mar 29 before and after
    the statement day changes, while the purchase's own bill moves a month (Feb 1 <-> Jan 28)."""
    line = ledger.add_line(CreditLine("卡", statement_day=first_day, due_day=9 if first_day == 28 else 10),
                           limit_fen=500_000, limit_from=date(2020, 1, 1)).ids["line"]
    pid = ledger.record_purchase(line, date(2024, 1, 20), 60_000, installments=6).ids["purchase"]
    plan_id = store.plans.for_purchase(pid).id
    ledger.pay_off_plan(plan_id, date(2024, 3, 29))
    lump = next(p for p in store.plans.get(plan_id).parts if p.status is PartStatus.PAYOFF)
    assert lump.statement_date == payoff_bill
    ledger.edit_line(line, statement_day=new_day)
    lump = next(p for p in store.plans.get(plan_id).parts if p.status is PartStatus.PAYOFF)
    assert lump.statement_date == restated_bill


def test_edit_purchase_keeps_id_and_rebuilds_plan(ledger, store, huabei):
    pid = ledger.record_purchase(huabei, date(2024, 3, 3), 30000, installments=3).ids["purchase"]
    ledger.edit_purchase(pid, amount_fen=60000, installments=6, merchant="示例商店")
    p = store.purchases.get(pid)
    assert (p.amount_fen, p.installments, p.merchant) == (60000, 6, "示例商店")
    plan = store.plans.for_purchase(pid)
    assert plan.periods == 6 and sum(x.principal_fen for x in plan.parts) == 60000
    ledger.edit_purchase(pid, installments=1)
    assert store.plans.for_purchase(pid) is None


def test_duplicate_line_name_is_refused_case_insensitively(ledger, store):
    ledger.add_line(CreditLine("Visa"), limit_fen=100)
    with pytest.raises(ValidationError) as err:
        ledger.add_line(CreditLine("visa "), limit_fen=100)
    assert err.value.field == "name"
    assert store.db["credit_lines"].count == 1


def test_unknown_line_and_bad_values_write_nothing(ledger, store, huabei):
    before = _counts(store)
    with pytest.raises(NotFoundError):
        ledger.record_purchase(999, date(2024, 3, 3), 100)
    for kwargs in ({"amount_fen": 0}, {"amount_fen": -5}, {"amount_fen": 10**13}, {"installments": 0},
                   {"installments": 61}, {"fee_rate": Decimal("1")}, {"fee_rate": Decimal("-0.1")},
                   {"merchant": "x" * 201}, {"merchant": "a\x00b"}):
        args = {"amount_fen": 100, "installments": 3} | kwargs
        with pytest.raises(ValidationError):
            ledger.record_purchase(huabei, date(2024, 3, 3), args.pop("amount_fen"), **args)
    assert _counts(store) == before


def test_limit_history_applies_by_date(ledger, store, queries, huabei):
    ledger.change_limit(huabei, 800000, date(2024, 6, 1))
    line = store.lines.get(huabei)
    assert line.limit_on(date(2024, 5, 31)) == 500000
    assert line.limit_on(date(2024, 6, 1)) == 800000
    assert queries.status(date(2024, 6, 2))[0].position.limit_fen == 800000


def test_sql_like_text_is_stored_verbatim(ledger, store, huabei):
    pid = ledger.record_purchase(huabei, date(2024, 3, 3), 100, merchant="'; DROP TABLE purchases;--").ids["purchase"]
    assert store.purchases.get(pid).merchant == "'; DROP TABLE purchases;--"


def test_turning_auto_repay_off_keeps_the_bills_it_settled(ledger, queries):
    line_id = ledger.add_line(CreditLine("花呗", auto_repay=AutoRepay.FULL), limit_fen=500000).ids["line"]
    ledger.record_purchase(line_id, date(2024, 2, 15), 10000)
    ledger.record_purchase(line_id, date(2024, 3, 15), 20000)
    ledger.edit_line(line_id, auto_repay=AutoRepay.OFF, today=date(2024, 4, 20))
    s = _by_date(queries.line_statements(line_id, date(2024, 5, 20)))
    assert s[date(2024, 3, 1)].status is StatementStatus.PAID and s[date(2024, 3, 1)].auto_repaid_fen == 10000
    assert s[date(2024, 4, 1)].status is StatementStatus.PAID and s[date(2024, 4, 1)].auto_repaid_fen == 20000
    ledger.record_purchase(line_id, date(2024, 4, 25), 5000)
    s = _by_date(queries.line_statements(line_id, date(2024, 5, 20)))
    assert s[date(2024, 5, 1)].status is StatementStatus.OVERDUE  # due after auto-repay was turned off


def test_deleting_a_purchase_deletes_its_refunds(ledger, store, queries, huabei):
    first = ledger.record_purchase(huabei, date(2024, 3, 3), 10000).ids["purchase"]
    ledger.record_purchase(huabei, date(2024, 3, 4), 20000)
    ledger.record_refund(huabei, date(2024, 3, 10), 3000, purchase_id=first)
    ledger.delete_purchase(first)
    assert store.refunds.for_line(huabei) == []
    assert _by_date(queries.line_statements(huabei, date(2024, 4, 2)))[date(2024, 4, 1)].balance_fen == 20000


def test_a_refund_before_its_purchase_is_refused(ledger, huabei):
    pid = ledger.record_purchase(huabei, date(2024, 3, 15), 10000).ids["purchase"]
    with pytest.raises(ValidationError) as err:
        ledger.record_refund(huabei, date(2024, 3, 10), 1000, purchase_id=pid)
    assert err.value.field == "date" and "before the purchase" in err.value.reason


def test_a_repayment_must_name_a_real_statement_date(ledger, huabei):
    with pytest.raises(ValidationError) as err:
        ledger.record_repayment(huabei, date(2024, 4, 2), 1000, target_statement=date(2024, 4, 5))
    assert err.value.field == "statement" and "2024-04-01" in err.value.reason


def test_status_as_of_a_past_date_leaves_out_later_postings(ledger, queries, huabei):
    ledger.record_purchase(huabei, date(2024, 3, 5), 10000)
    ledger.record_purchase(huabei, date(2024, 3, 6), 5000)
    ledger.record_purchase(huabei, date(2024, 3, 27), 700, installments=1)
    ledger.record_purchase(huabei, date(2024, 3, 28), 30000, installments=3)
    assert queries.status(date(2024, 3, 10))[0].position.outstanding_fen == 15000
    assert queries.status(date(2024, 3, 30))[0].position.outstanding_fen == 45700


def test_revolving_rest_is_due_with_the_next_bill(ledger, queries, huabei):
    ledger.record_purchase(huabei, date(2024, 2, 15), 100000)
    ledger.record_repayment(huabei, date(2024, 3, 10), 10000)
    nxt = queries.status(date(2024, 3, 20))[0].position.next_due
    # domain-rules.md H2: the 900.00 rest accrues 9.90 (22 days, 03-11 ... 04-01), posted on the 04-01 bill it is
    # due with; counted before that bill is cut, as it will be billed
    assert (nxt.due_date, nxt.amount_fen, nxt.minimum_fen, nxt.overdue) == (date(2024, 4, 10), 90990, 9990, False)


def test_c1_full_bill_interest_when_only_the_minimum_is_paid(ledger, queries):
    # domain-rules.md §4.1 C1: 10,000.00 posted 03-05, statement 03-20, due 04-08, minimum 1,000.00 paid 04-08
    from app.domain.credit_line import LineKind, RevolvingBasis

    card = CreditLine("卡", kind=LineKind.CREDIT_CARD, statement_day=20, due_day=8,
                      revolving_basis=RevolvingBasis.FULL_FROM_POSTING)
    line_id = ledger.add_line(card, limit_fen=5000000).ids["line"]
    ledger.record_purchase(line_id, date(2024, 3, 5), 1000000)
    ledger.record_repayment(line_id, date(2024, 4, 8), 100000)
    s = _by_date(queries.line_statements(line_id, date(2024, 4, 21)))
    assert s[date(2024, 4, 20)].interest_fen == 22400  # 170.00 + 54.00
    huabei_style = ledger.add_line(CreditLine("花呗式", statement_day=20, due_day=8), limit_fen=5000000).ids["line"]
    ledger.record_purchase(huabei_style, date(2024, 3, 5), 1000000)
    ledger.record_repayment(huabei_style, date(2024, 4, 8), 100000)
    assert _by_date(queries.line_statements(huabei_style, date(2024, 4, 21)))[date(2024, 4, 20)].interest_fen == 5400


def test_full_bill_interest_is_not_charged_when_paid_in_full(ledger, queries):
    from app.domain.credit_line import RevolvingBasis

    line_id = ledger.add_line(CreditLine("卡", statement_day=20, due_day=8,
                                         revolving_basis=RevolvingBasis.FULL_FROM_POSTING), limit_fen=5000000).ids["line"]
    ledger.record_purchase(line_id, date(2024, 3, 5), 1000000)
    ledger.record_repayment(line_id, date(2024, 4, 8), 1000000)
    assert _by_date(queries.line_statements(line_id, date(2024, 4, 21)))[date(2024, 4, 20)].interest_fen == 0


def test_installments_without_a_preset_need_a_fee_rate(ledger, store, huabei):
    with pytest.raises(ValidationError) as err:
        ledger.record_purchase(huabei, date(2024, 3, 3), 100000, installments=24)
    assert err.value.field == "fee_rate" and "no preset" in err.value.reason
    assert store.db["purchases"].count == 0
    ledger.record_purchase(huabei, date(2024, 3, 3), 100000, installments=24, fee_rate=Decimal(0))
    assert store.db["purchases"].count == 1


def test_over_refund_message_is_in_yuan(ledger, huabei):
    pid = ledger.record_purchase(huabei, date(2024, 3, 15), 10000).ids["purchase"]
    with pytest.raises(ValidationError) as err:
        ledger.record_refund(huabei, date(2024, 3, 20), 15000, purchase_id=pid)
    assert "(100.00)" in err.value.reason
