"""The monthly report's figures: which statements, which upcoming bills, as of which day."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from app.domain.credit_line import CreditLine, LineKind
from app.domain.errors import ValidationError
from app.services.monthly_report import monthly_report, parse_month, report_day

TODAY = date(2026, 3, 20)


@pytest.fixture
def lines(ledger, huabei):
    """A card (statement day 5, due day 23) with 1,234.56 spent on Feb 10 (the Mar 5 bill, due Mar 23), and Huabei
    with 600.00 in 3 installments at 2.5 % from Mar 5 (205.00 due Apr 10, May 10 and Jun 10)."""
    card = ledger.add_line(CreditLine("招行信用卡", kind=LineKind.CREDIT_CARD, statement_day=5, due_day=23),
                           limit_fen=2_000_000, limit_from=date(2020, 1, 1)).ids["line"]
    ledger.record_purchase(card, date(2026, 2, 10), 123456, merchant="示例电器")
    ledger.record_purchase(huabei, date(2026, 3, 5), 60000, installments=3, fee_rate=Decimal("0.025"))
    return card, huabei


def test_this_months_report_is_as_of_today(store, lines):
    report = monthly_report(store, date(2026, 3, 1), TODAY)
    assert report.month == date(2026, 3, 1) and report.as_of == TODAY
    # statements cut in March: the card's of Mar 5 (1,234.56); Huabei's first bill is cut on Apr 1
    assert [(r.line, r.statement.statement_date, r.statement.balance_fen, r.statement.minimum_fen)
            for r in report.statements] == [("招行信用卡", date(2026, 3, 5), 123456, 12346)]
    assert [(b.due_date, b.line, b.amount_fen) for b in report.upcoming] == [
        (date(2026, 3, 23), "招行信用卡", 123456), (date(2026, 4, 10), "花呗", 20500),
        (date(2026, 5, 10), "花呗", 20500), (date(2026, 6, 10), "花呗", 20500)]
    assert report.overview.outstanding_fen == 123456 + 60000
    assert report.monthly_due.totals[:4] == [123456, 20500, 20500, 20500]
    assert report.debt_load.dates[report.debt_load.today_index] == TODAY


def test_a_past_months_report_is_as_of_its_last_day(store, lines):
    report = monthly_report(store, date(2026, 2, 14), TODAY)  # any day of the month
    assert report.month == date(2026, 2, 1) and report.as_of == date(2026, 2, 28)
    assert report.statements == []  # the Feb 10 purchase is on the card's Mar 5 bill
    assert report.overview.outstanding_fen == 123456  # the Huabei purchase came later
    assert [(b.due_date, b.amount_fen, b.issued) for b in report.upcoming] == [(date(2026, 3, 23), 123456, False)]


def test_a_future_month_is_refused(store, lines):
    with pytest.raises(ValidationError) as caught:
        monthly_report(store, date(2026, 4, 1), TODAY)
    assert caught.value.field == "month" and "after this month" in caught.value.reason
    assert report_day(date(2026, 3, 1), date(2026, 3, 31)) == date(2026, 3, 31)


@pytest.mark.parametrize("text, month", [("2026-03", date(2026, 3, 1)), (" 2025-12 ", date(2025, 12, 1)),
                                         ("2026-3", date(2026, 3, 1))])
def test_months_are_read_as_yyyy_mm(text, month):
    assert parse_month(text) == month


@pytest.mark.parametrize("text", ["2026-13", "March", "2026/03", "", "2026-03-01"])
def test_other_month_texts_are_refused(text):
    with pytest.raises(ValidationError) as caught:
        parse_month(text, "--month")
    assert caught.value.field == "--month" and "YYYY-MM" in caught.value.reason
