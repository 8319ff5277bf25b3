"""A pay-in-4 line in the ledger (domain-rules.md §5): status, schedule, reminders, calendar, report figures and a
due date's detail read its purchases' 4 payments; monthly pay-later lines (JD Baitiao style) keep their bills."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from icalendar import Calendar

from app.domain.credit_line import Billing, CreditLine, LineKind
from app.domain.errors import ValidationError
from app.domain.line_presets import LINE_PRESETS
from app.services.bill_decision import bill_decision
from app.services.calendar_service import CalendarService
from app.services.minimum_trap import statement_choice, statement_choices
from app.services.reminders import ReminderKind, ReminderService
from app.services.reports import debt_load
from app.services.statement_detail import EntryKind, statement_detail


def _preset_line(name: str, preset_title: str) -> CreditLine:
    p = next(p for p in LINE_PRESETS if p.title == preset_title)
    return CreditLine(name, kind=p.kind, currency="USD", statement_day=p.statement_day, due_day=p.due_day,
                      min_payment_rate=p.min_payment_rate, grace_days=p.grace_days, fee_presets=p.fee_presets,
                      billing=p.billing, bnpl_late_fee=p.bnpl_late_fee)


@pytest.fixture
def later(ledger):
    """A "Pay later (pay in 4)" line (USD, limit 1,000.00) with B1: $100.01 on 2024-05-01, payment 1 paid then."""
    line_id = ledger.add_line(_preset_line("Sample Later", "Pay later (pay in 4)"), limit_fen=100000,
                              limit_from=date(2024, 1, 1)).ids["line"]
    ledger.record_purchase(line_id, date(2024, 5, 1), 10001, merchant="Sample Shop", entered=True)
    ledger.record_repayment(line_id, date(2024, 5, 1), 2501)
    return line_id


def test_the_preset_line_is_stored_as_pay_in_4(store, later):
    line = store.lines.get(later)
    assert line.pays_in_4 and line.billing is Billing.PAY_IN_4 and line.fee_presets == {}


def test_status_and_schedule_show_the_payments(queries, later):
    pos = queries.status(date(2024, 5, 2))[0].position
    assert (pos.outstanding_fen, pos.available_fen, pos.overdue_fen) == (7500, 92500, 0)
    assert (pos.next_due.due_date, pos.next_due.amount_fen) == (date(2024, 5, 15), 2500)
    assert [(e.due_date, e.amount_fen, e.overdue) for e in queries.schedule(date(2024, 5, 2))] == [
        (date(2024, 5, 15), 2500, False), (date(2024, 5, 29), 2500, False), (date(2024, 6, 12), 2500, False)]
    assert queries.monthly_due(date(2024, 5, 2), 3).by_line == {"Sample Later": [5000, 2500, 0]}


def test_a_missed_payment_is_overdue_and_costs_the_klarna_fee(queries, store, later):
    # 06-01: payment 2 (05-15) is 17 days late (fee 7.00), payment 3 (05-29) 3 days late (no fee yet)
    pos = queries.status(date(2024, 6, 1))[0].position
    assert (pos.overdue_fen, pos.outstanding_fen) == (5700, 8200)
    assert (pos.next_due.overdue, pos.next_due.amount_fen, pos.next_due.fee_fen) == (True, 5700, 700)
    late = ReminderService(store).due(date(2024, 6, 1))
    assert [(r.kind, r.bill.statement_date, r.bill.minimum_left_fen) for r in late] == [
        (ReminderKind.OVERDUE, date(2024, 5, 15), 5700)]


def test_paying_each_payment_on_time_clears_the_line_with_the_purchase_total(queries, ledger, later):
    for day in (date(2024, 5, 15), date(2024, 5, 29), date(2024, 6, 12)):
        ledger.record_repayment(later, day, 2500)
    pos = queries.status(date(2024, 7, 1))[0].position
    assert (pos.outstanding_fen, pos.overdue_fen, pos.next_due) == (0, 0, None)


def test_reminders_calendar_and_debt_load_use_the_due_dates(store, later):
    soon = ReminderService(store).due(date(2024, 5, 12))
    assert [(r.kind, r.bill.due_date, r.bill.amount_fen) for r in soon] == [
        (ReminderKind.DUE_SOON, date(2024, 5, 15), 2500)]
    data, result = CalendarService(store).ical(date(2024, 5, 2), stamp=datetime(2024, 5, 2, tzinfo=UTC))
    found = list(Calendar.from_ical(data).walk("VEVENT"))
    assert [(e.decoded("dtstart"), str(e["summary"])) for e in found] == [
        (date(2024, 5, 15), "Sample Later payment due 25.00 USD"),
        (date(2024, 5, 29), "Sample Later payment due 25.00 USD"),
        (date(2024, 6, 12), "Sample Later payment due 25.00 USD")]
    assert "Pay in 4" in str(found[0]["description"])
    series = debt_load(store, date(2024, 5, 2), past_months=1, future_months=2)
    assert series.outstanding_fen == [0, 7500, 2500, 0]  # Apr 30; today; May 31 (06-12 still to pay); Jun 30


def test_a_due_dates_detail_lists_each_purchases_payment(store, ledger, later):
    ledger.record_refund(later, date(2024, 5, 20), 3000, purchase_id=store.purchases.matching()[0].id)
    detail = statement_detail(store, later, date(2024, 5, 29), date(2024, 5, 20))
    assert [(e.kind, e.merchant, e.amount_fen, e.period, e.periods) for e in detail.entries] == [
        (EntryKind.INSTALLMENT, "Sample Shop", 2500, 3, 4, ), (EntryKind.REFUND, "Sample Shop", -500, None, None)]
    assert detail.total_fen == detail.statement.balance_fen == 2000


def test_monthly_only_views_refuse_a_pay_in_4_line_in_words(store, ledger, later):
    assert statement_choices(store, date(2024, 5, 2)) == []
    assert statement_choice(store, later, date(2024, 5, 15), date(2024, 5, 2)) is None
    with pytest.raises(ValidationError, match="pay-in-4"):
        bill_decision(store, later, date(2024, 5, 15), date(2024, 5, 2))
    with pytest.raises(ValidationError, match="pay-in-4"):
        ledger.convert_statement(later, date(2024, 5, 1), 3, Decimal("0.02"), today=date(2024, 5, 2))


def test_a_pay_in_4_line_takes_no_installment_plan(ledger, later):
    with pytest.raises(ValidationError, match="pay-in-4") as caught:
        ledger.record_purchase(later, date(2024, 5, 3), 5000, installments=3, fee_rate=Decimal(0), entered=True)
    assert caught.value.field == "installments"


def test_monthly_pay_later_lines_keep_their_monthly_bills(ledger, queries):
    jd = ledger.add_line(_preset_line("Sample Baitiao", "JD Baitiao (京东白条)"), limit_fen=500000,
                         limit_from=date(2024, 1, 1)).ids["line"]
    ledger.record_purchase(jd, date(2024, 5, 3), 10000)
    result = queries.line_statements(jd, date(2024, 6, 2))
    assert not result.pay_in_4
    assert [(s.statement_date, s.due_date, s.balance_fen, s.minimum_fen) for s in result.statements][0] == (
        date(2024, 6, 1), date(2024, 6, 10), 10000, 1000)
    assert LineKind.BNPL is queries.line(jd).kind


def test_each_purchase_counts_as_a_plan_for_stacking_and_my_plan_limit(store, ledger, later):
    from app.services.alerts import alerts
    from app.services.my_limits import MyLimitsService

    mine = MyLimitsService(store)
    # B1 (05-01) runs until its last payment on 06-12
    assert [mine.active_plans(d) for d in (date(2024, 5, 1), date(2024, 6, 11), date(2024, 6, 12))] == [1, 1, 0]
    mine.set_max_active_plans(1)
    breach = mine.check_purchase(later, 4000, date(2024, 5, 10))
    assert [(b.limit, b.before, b.after) for b in breach] == [(1, 1, 2)]
    ledger.record_purchase(later, date(2024, 5, 10), 4000)
    ledger.record_purchase(later, date(2024, 5, 12), 4000)
    stacking = [a for a in alerts(store, date(2024, 5, 12)) if a.kind.value == "stacking"]
    assert stacking and stacking[0].figures["plans"] == 3


def test_before_you_buy_offers_the_4_payments(store, later):
    from app.services.before_you_buy import before_you_buy

    c = before_you_buy(store, later, 10001, date(2024, 5, 2))
    assert [(o.plan.pay_in_4, o.periods, o.plan.total_fee_fen) for o in c.options] == [(True, 4, 0)]
    plan = c.options[0].plan
    assert [p.amount_fen for p in plan.parts] == [2501, 2500, 2500, 2500]
    assert plan.due_dates == (date(2024, 5, 2), date(2024, 5, 16), date(2024, 5, 30), date(2024, 6, 13))


def test_an_import_warns_of_the_payments_due_before_today(store, ledger):
    from app.services.importing import ImportService

    line = ledger.add_line(CreditLine("Sample 分4期", kind=LineKind.BNPL, billing=Billing.PAY_IN_4), 100000).ids["line"]
    data = "date,merchant,category,amount,installments\n2024-06-01,Sample Shop,Home,40.00,1\n".encode()
    notices = ImportService(store).preview(data, "p.csv", line, today=date(2024, 6, 20)).summary()["notices"]
    # its payments of 06-01 and 06-15 were due before today, with no repayment on record: late fees, no interest
    late = [str(n) for n in notices if "were due before today" in str(n)]
    assert late == [
        "Payments of these purchases were due before today (2, the first on 2024-06-01) and no repayment after them "
        "is on record: they will show as overdue, and a payment unpaid past its grace days costs the line's late fee "
        "(no interest is charged). If you paid them, also import the export of the following weeks, or record those "
        "repayments."]  # it said "with penalty interest"


def test_a_purchase_edited_into_a_plan_on_a_pay_in_4_line_is_refused(store, ledger, queries, later):
    purchase = store.purchases.matching()[0].id
    with pytest.raises(ValidationError, match="pay-in-4"):
        ledger.edit_purchase(purchase, installments=3)
    ledger.edit_purchase(purchase, amount_fen=20002)  # the line splits it again: 50.02, 50.00 x 3
    result = queries.line_statements(later, date(2024, 5, 2))
    assert [s.installment_principal_fen for s in result.statements] == [5002, 5000, 5000, 5000]
