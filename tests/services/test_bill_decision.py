"""The bill decision (app/services/bill_decision.py): in full, the minimum only, 3/6/9/12 bill installments, with
worked numbers checked by hand in each docstring."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import numpy_financial as npf
import pytest

from app.domain.credit_line import CreditLine, LineKind, default_fee_presets, default_revolving_basis
from app.domain.errors import ValidationError
from app.services.bill_decision import WayKind, bill_decision

TODAY = date(2026, 3, 10)
BILL = date(2026, 3, 5)


@pytest.fixture
def card(ledger):
    """A credit card (statement day 5, due day 23, minimum 10 %, 0.05 %/day, the card fee presets 3/6/12/24) with
    one 10,000.00 purchase on Feb 10: the Mar 5 bill is 10,000.00, minimum 1,000.00, due Mar 23."""
    line = CreditLine("示例信用卡", kind=LineKind.CREDIT_CARD, statement_day=5, due_day=23,
                      fee_presets=default_fee_presets(LineKind.CREDIT_CARD),
                      revolving_basis=default_revolving_basis(LineKind.CREDIT_CARD))
    line_id = ledger.add_line(line, limit_fen=3_000_000, limit_from=date(2020, 1, 1)).ids["line"]
    ledger.record_purchase(line_id, date(2026, 2, 10), 1_000_000, merchant="示例家电")
    return line_id


def test_a_10000_card_bill_compared_every_way(store, card):
    """The 10,000.00 card bill (minimum 10 %, 0.05 %/day = 18.25 % a year).

    Pay in full: 10,000.00 by Mar 23, nothing more.

    Minimum only (the line's own statements engine, ``trap_for_statement``): month 1 pays the bill's own 1,000.00
    minimum on Mar 23; the card charges the whole bill's interest from the purchase (全额计息, §4.1 C1): 10,000.00 ×
    0.05 % × (23 + 18) days = 205.00, plus 9,000.00 × 0.05 % × 13 days (Mar 24 … Apr 5) = 58.50 on the Apr 5 bill
    of 9,263.50, whose minimum is 900.00 + 263.50 = 1,163.50; and so on until paid off after 115 payments, 1,578.15
    of interest in all, exactly what the ledger asks when each minimum is recorded
    (``test_the_minimum_only_way_is_what_the_ledger_asks``).

    36 months (Appendix M2): r = 0.1825 ÷ 12 = 0.0152083; (1+r)^36 = 1.721814; pvaf = (1 − 1/1.721814) ÷ r
    = 27.564967; 10,000 ÷ 27.564967 = 362.78 a month, 36 × 362.78 = 13,060.08 in all (more than the minimum's
    11,578.15: the 10 % minimum repays much of the bill in the first months).

    3 installments at the card preset 2.25 %: fee round_half_even(10,000 × 0.0225) = 225.00, 75.00 a month;
    principal 3,333.34 (the remainder first) + 3,333.33 × 2 -> 3,408.34, 3,408.33, 3,408.33; monthly IRR
    1.1208 % (numpy_financial.irr agrees), APR 13.45 %. The card has no preset for 9: it is listed as missing."""
    d = bill_decision(store, card, BILL, TODAY)
    assert (d.bill.balance_fen, d.bill.minimum_fen, d.bill.due_date) == (1_000_000, 100_000, date(2026, 3, 23))
    full = d.way(WayKind.FULL)
    assert (full.first_payment_fen, full.months, full.total_cost_fen, full.apr) == (1_000_000, 1, 0, Decimal(0))

    minimum = d.way(WayKind.MINIMUM)
    assert (minimum.first_payment_fen, minimum.months, minimum.total_cost_fen, minimum.total_paid_fen) == (
        100_000, 115, 157_815, 1_157_815)
    assert minimum.apr == Decimal("0.1825")
    assert d.warning.balances_fen[:3] == (1_000_000, 900_000, 810_000)
    assert (d.warning.payment_36_fen, d.warning.total_36_fen) == (36_278, 1_306_008)
    assert not d.clears_within_36 and d.payment_36_costs_more

    three = d.way(WayKind.INSTALLMENTS, 3)
    assert (three.fee_rate, three.total_cost_fen, three.first_payment_fen, three.monthly_fen, three.months) == (
        Decimal("0.0225"), 22_500, 340_834, 340_833, 3)
    irr = npf.irr([-10_000, 3_408.34, 3_408.33, 3_408.33])
    assert abs(float(three.apr) - 12 * irr) < 1e-9
    assert three.apr.quantize(Decimal("0.0001")) == Decimal("0.1345")
    assert [(w.periods, w.total_cost_fen) for w in d.ways if w.kind is WayKind.INSTALLMENTS] == [
        (3, 22_500), (6, 45_000), (12, 90_000)]
    assert d.missing_terms == (9,)


def test_the_minimum_only_way_is_what_the_ledger_asks(store, ledger, card):
    """Recording, on each due date, what is left of that bill's minimum, as the statements view shows it, clears the
    card in as many payments and for as much as the bill decision said."""
    from dateutil.relativedelta import relativedelta

    from app.services.queries import QueryService

    queries, statement, paid = QueryService(store), BILL, []
    for _ in range(200):
        due = statement.replace(day=23)
        bill = next(s for s in queries.line_statements(card, due).statements if s.statement_date == statement)
        if bill.balance_fen - bill.paid_fen <= 0:
            break
        paid.append(bill.minimum_fen - bill.paid_fen)
        ledger.record_repayment(card, due, paid[-1])
        statement += relativedelta(months=1)
    assert paid[:2] == [100_000, 116_350]
    minimum = bill_decision(store, card, BILL, TODAY).way(WayKind.MINIMUM)
    assert (len(paid), sum(paid)) == (minimum.months, minimum.total_paid_fen) == (115, 1_157_815)


def test_huabei_presets_give_all_four_terms_and_their_published_rates(store, ledger, huabei):
    """A 1,000.00 Huabei bill: 3/6/9/12 at 2.5/4.5/6.5/8.8 % cost 25/45/65/88.00 at APR 14.94/15.27/15.34/15.87 %
    (domain-rules.md §3's preset table); the minimum is 100.00."""
    ledger.record_purchase(huabei, date(2026, 2, 10), 100_000)
    d = bill_decision(store, huabei, date(2026, 3, 1), TODAY)
    plans = [(w.periods, w.total_cost_fen, w.apr.quantize(Decimal("0.0001")))
             for w in d.ways if w.kind is WayKind.INSTALLMENTS]
    assert plans == [(3, 2_500, Decimal("0.1494")), (6, 4_500, Decimal("0.1527")), (9, 6_500, Decimal("0.1534")),
                     (12, 8_800, Decimal("0.1587"))]
    assert d.missing_terms == () and d.way(WayKind.MINIMUM).first_payment_fen == 10_000


def test_a_line_without_a_minimum_has_no_minimum_way(store, ledger):
    """Pay later with a 0 % minimum share: the whole bill is due, so only "in full" and the presets it has."""
    line_id = ledger.add_line(CreditLine("先用后付", kind=LineKind.BNPL, min_payment_rate=Decimal(0),
                                         fee_presets={3: Decimal("0.03")}),
                              limit_fen=500_000, limit_from=date(2020, 1, 1)).ids["line"]
    ledger.record_purchase(line_id, date(2026, 2, 10), 60_000)
    d = bill_decision(store, line_id, date(2026, 3, 1), TODAY)
    assert d.no_minimum and d.way(WayKind.MINIMUM) is None
    assert [w.kind for w in d.ways] == [WayKind.FULL, WayKind.INSTALLMENTS]
    assert d.missing_terms == (6, 9, 12)


def test_a_date_with_no_bill_and_a_paid_bill_are_refused(store, ledger, card):
    with pytest.raises(ValidationError) as info:
        bill_decision(store, card, date(2026, 3, 6), TODAY)
    assert (info.value.field, info.value.reason) == ("statement", "is not the date of a bill of this line")
    ledger.record_repayment(card, date(2026, 3, 8), 1_000_000)
    with pytest.raises(ValidationError) as info:
        bill_decision(store, card, BILL, TODAY)
    assert info.value.reason == "has nothing left to pay"


def test_an_overdue_bill_offers_paying_now_at_the_cost_the_ledger_then_posts(store, ledger, queries, card):
    """Apr 3, the Mar 5 bill (due Mar 23) unpaid: no installment way is offered (too late to convert), and paying
    it in full now costs exactly the interest the Apr 5 bill then posts, not 0.00."""
    today = date(2026, 4, 3)
    d = bill_decision(store, card, BILL, today)
    assert d.overdue and [w.kind for w in d.ways] == [WayKind.FULL, WayKind.MINIMUM] and d.missing_terms == ()
    full = d.way(WayKind.FULL)
    assert full.first_payment_fen == 1_000_000 and full.total_cost_fen > 0
    ledger.record_repayment(card, today, 1_000_000)
    april = {s.statement_date: s for s in queries.line_statements(card, date(2026, 4, 6)).statements}[date(2026, 4, 5)]
    assert april.interest_fen + april.late_fee_fen == full.total_cost_fen
    assert full.total_paid_fen == 1_000_000 + full.total_cost_fen
