"""The overview's alerts fed from a real ledger (app/services/alerts.py); numbers checked by hand."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from app.domain.alerts import AlertKind
from app.domain.credit_line import CreditLine
from app.services.alerts import alerts, pace

TODAY = date(2026, 3, 20)


def test_limit_creep_stacking_and_a_debt_that_never_ends(store, ledger):
    """花呗 (bill day 1, due day 10): limit ¥3,000.00, raised to ¥8,000.00 on Jan 15, 2026.
    Before the raise: 600.00 on Nov 1 and Dec 20 (1,200.00 in the 90 days before), both repaid (Dec 9, Jan 9).
    After it: 1,200.00 in 3 parts (2.5 %) on Feb 1, Feb 20 and Mar 10 = 3,600.00 > 1,200.00: limit creep.
    Owed on Mar 20: 3,600.00 principal + the two 10.00 fees on the Mar 1 bill = 3,620.00, 3,620 ÷ 3,000 = 120.7 %
    of the old limit. Three plans within 90 days: stacking.
    Pace over Dec-Feb: repaid 600 + 600 = 1,200 ÷ 3 = 400.00 a month; spent 600 + 1,200 + 1,200 = 3,000 ÷ 3 =
    1,000.00 a month: at that pace never debt-free, while the schedule's last bill is due Jun 10."""
    hb = ledger.add_line(CreditLine("花呗"), limit_fen=300_000, limit_from=date(2025, 1, 1)).ids["line"]
    ledger.change_limit(hb, 800_000, date(2026, 1, 15))
    ledger.record_purchase(hb, date(2025, 11, 1), 60_000)
    ledger.record_purchase(hb, date(2025, 12, 20), 60_000)
    ledger.record_repayment(hb, date(2025, 12, 9), 60_000)
    ledger.record_repayment(hb, date(2026, 1, 9), 60_000)
    for day in (date(2026, 2, 1), date(2026, 2, 20), date(2026, 3, 10)):
        ledger.record_purchase(hb, day, 120_000, installments=3, fee_rate=Decimal("0.025"))
    found = {a.kind: a for a in alerts(store, TODAY)}
    assert set(found) == {AlertKind.OVERDUE, AlertKind.LIMIT_CREEP, AlertKind.STACKING, AlertKind.DEBT_FREE_DATE}
    # nothing repaid on the Mar 1 bill (due Mar 10): 2 parts of 400.00 + their 10.00 fees, due in full = 820.00
    assert (found[AlertKind.OVERDUE].figures["overdue_fen"], found[AlertKind.OVERDUE].figures["since"]) == (
        82_000, date(2026, 3, 10))
    creep = found[AlertKind.LIMIT_CREEP].figures
    assert (creep["old_fen"], creep["new_fen"], creep["before_fen"], creep["after_fen"], creep["owed_fen"]) == (
        300_000, 800_000, 120_000, 360_000, 362_000)
    assert round(creep["used_of_old"], 3) == Decimal("1.207")
    assert found[AlertKind.STACKING].figures == {"plans": 3, "lines": (), "days": 90}
    assert pace(store, TODAY) == (40_000, 100_000)
    free = found[AlertKind.DEBT_FREE_DATE].figures
    assert (free["months"], free["brochure"], free["owed_fen"]) == (None, date(2026, 6, 10), 362_000)


def test_three_lines_juggled_and_income_committed(store, ledger):
    """Three lines of ¥1,000.00 with 1,230.00, 970.00 and 880.00 bought on Mar 2 (paid in full, on the Apr 1 bill,
    due Apr 10): 123 %, 97 %, 88 % used: juggling, fullest first. Income ¥4,000.00 a month: 3,080.00 due within
    90 days ÷ 12,000.00 = 25.7 % > 20 %."""
    for name, fen in (("A", 123_000), ("B", 97_000), ("C", 88_000)):
        line = ledger.add_line(CreditLine(name), limit_fen=100_000, limit_from=date(2025, 1, 1)).ids["line"]
        ledger.record_purchase(line, date(2026, 3, 2), fen)
    from app.services.settings import SettingsService

    SettingsService(store).set_monthly_income(400_000)
    found = {a.kind: a for a in alerts(store, TODAY)}
    assert found[AlertKind.FULL_LINES].figures["lines"] == (
        ("A", Decimal("1.23")), ("B", Decimal("0.97")), ("C", Decimal("0.88")))
    committed = found[AlertKind.COMMITTED_INCOME].figures
    assert (committed["due_fen"], committed["income_fen"]) == (308_000, 1_200_000)
    assert round(committed["share"], 4) == Decimal("0.2567")
    assert AlertKind.STACKING in found  # three lines first used within 90 days


def test_a_repayment_paid_from_another_line_is_named_and_left_out_of_the_pace(store, ledger):
    """花呗 ¥1,200.00 bought on Jan 5 (bill Feb 1, due Feb 10), repaid on Feb 9 with money borrowed on the card:
    the bill is paid all the same, the alert names 花呗 ← 招行信用卡 ¥1,200.00, and the debt-free pace counts no
    repayment in February (it moved debt, it repaid none)."""
    from app.domain.errors import ValidationError

    huabei = ledger.add_line(CreditLine("花呗"), limit_fen=500_000, limit_from=date(2025, 1, 1)).ids["line"]
    card = ledger.add_line(CreditLine("招行信用卡", statement_day=5, due_day=23), limit_fen=1_000_000,
                           limit_from=date(2025, 1, 1)).ids["line"]
    ledger.record_purchase(huabei, date(2026, 1, 5), 120_000, merchant="示例商城")
    ledger.record_repayment(huabei, date(2026, 2, 9), 120_000, funded_by_line_id=card)
    assert store.repayments.for_line(huabei)[0].funded_by_line_id == card
    found = [a for a in alerts(store, date(2026, 3, 20)) if a.kind is AlertKind.REPAID_FROM_CREDIT]
    assert len(found) == 1 and found[0].figures["pairs"] == ((("花呗", "招行信用卡"), 120_000),)
    assert pace(store, date(2026, 3, 20))[0] == 0
    from app.services.queries import QueryService

    assert QueryService(store).line_statements(huabei, date(2026, 3, 20)).overdue_fen == 0
    with pytest.raises(ValidationError, match="cannot repay itself"):
        ledger.record_repayment(huabei, date(2026, 2, 9), 100, funded_by_line_id=huabei)
    assert len(store.repayments.for_line(huabei)) == 1


def test_a_minimum_payer_is_shown_the_date_the_minimum_leads_to(store, ledger):
    """R1's bill (1,000.00 on Feb 15, 2024, Huabei 10 %, 0.05 %/day), each minimum paid on its due date from Mar 10
    to Jul 10 (100.00, 99.90, 93.56 …), nothing new bought. On Jul 15 a steady pace (about 93 a month) would say
    debt-free in under a year; paying only the minimum, the 93rd and last payment is due on Nov 10, 2031, and the
    interest still to come is what the 93 payments (1,137.18 in all, ``test_minimum_only``) add beyond what is paid
    and owed now."""
    from dateutil.relativedelta import relativedelta

    from app.services.alert_texts import alert_message
    from app.services.queries import QueryService

    hb = ledger.add_line(CreditLine("花呗"), limit_fen=500_000, limit_from=date(2024, 1, 1)).ids["line"]
    ledger.record_purchase(hb, date(2024, 2, 15), 100_000)
    queries, statement, paid = QueryService(store), date(2024, 3, 1), 0
    while statement <= date(2024, 7, 1):
        bill = next(s for s in queries.line_statements(hb, statement.replace(day=10)).statements
                    if s.statement_date == statement)
        ledger.record_repayment(hb, statement.replace(day=10), bill.minimum_fen - bill.paid_fen)
        paid += bill.minimum_fen - bill.paid_fen
        statement += relativedelta(months=1)
    as_of = date(2024, 7, 15)
    pos = queries.position(store.lines.get(hb), queries.line_statements(hb, as_of))
    assert (pos.outstanding_fen, pos.to_repay_fen) == (59_049, 59_994)  # 9.45 interest accrued since Jul 10
    free = next(a for a in alerts(store, as_of) if a.kind is AlertKind.DEBT_FREE_DATE).figures
    assert free["minimum_only"] and (free["month"], free["months"]) == (date(2031, 11, 1), 88)
    # interest beyond what the bills will ask (59,994), as the trap counts it: 83.44 (was 92.89, beyond 590.49)
    assert free["interest_fen"] == 113_718 - paid - pos.to_repay_fen == 8_344
    # the trap of the next bill (the whole debt: the rest carried) is the same simulation, the same figures; it
    # said 88 payments and 80.79 before, re-billing the rest as a new purchase free of interest until Aug 10
    from app.services.minimum_trap import statement_choices, trap_for_statement

    choice = statement_choices(store, as_of)[0]
    assert (choice.statement_date, choice.balance_fen, choice.minimum_fen) == (date(2024, 8, 1), 59_994, 6_850)
    warning = trap_for_statement(choice).warning
    assert (warning.months, warning.total_interest_fen) == (free["months"], free["interest_fen"])
    assert "if you go on paying only the minimum: Nov 2031, 88 months from now" in str(alert_message(
        next(a for a in alerts(store, as_of) if a.kind is AlertKind.DEBT_FREE_DATE)))
    # someone who also pays more than the minimum is shown the pace instead
    ledger.record_repayment(hb, date(2024, 8, 10), 50_000)
    later = next(a for a in alerts(store, date(2024, 8, 15)) if a.kind is AlertKind.DEBT_FREE_DATE).figures
    assert "minimum_only" not in later


def test_an_overdue_line_is_an_alert_first(store, ledger):
    """花呗: 1,000.00 spent on 2026-01-05, billed 02-01, due 02-10, nothing repaid. On 03-20 the unmet minimum is
    10 % of 1,000.00 + 9.50 interest + February's missed 100.00 = 209.50, overdue since 02-10 (38 days), as the
    status and the schedule say; before, ``alerts`` said nothing of it."""
    from app.services.alert_texts import alert_message
    from app.services.queries import QueryService

    hb = ledger.add_line(CreditLine("花呗"), limit_fen=500_000, limit_from=date(2025, 1, 1)).ids["line"]
    ledger.record_purchase(hb, date(2026, 1, 5), 100_000)
    found = alerts(store, TODAY)
    assert found[0].kind is AlertKind.OVERDUE and found[0].line == "花呗"
    assert found[0].figures == {"overdue_fen": 20_950, "currency": "CNY", "since": date(2026, 2, 10), "days": 38}
    row = QueryService(store).schedule(TODAY)[0]
    assert row.overdue and (row.amount_fen, row.due_date) == (20_950, date(2026, 2, 10))
    assert str(alert_message(found[0], day=date.isoformat)).startswith(
        "⚠ Overdue on 花呗: ¥209.50 of the minimum unpaid since 2026-02-10 (38 days).")


def test_no_overdue_alert_once_the_minimum_is_paid(store, ledger):
    hb = ledger.add_line(CreditLine("花呗"), limit_fen=500_000, limit_from=date(2025, 1, 1)).ids["line"]
    ledger.record_purchase(hb, date(2026, 1, 5), 100_000)
    ledger.record_repayment(hb, date(2026, 2, 10), 10_000)  # February's minimum, paid on its due date
    ledger.record_repayment(hb, date(2026, 3, 10), 20_000)  # March's minimum and more
    assert AlertKind.OVERDUE not in {a.kind for a in alerts(store, TODAY)}
