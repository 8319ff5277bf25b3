"""Which money paid a repayment, from the payment method an export prints (``app.domain.funding``)."""

from __future__ import annotations

from datetime import date

from app.domain import alerts
from app.domain.credit_line import CreditLine, LineKind
from app.domain.funding import funding

LINES = [CreditLine("花呗", id=1), CreditLine("招商银行信用卡", kind=LineKind.CREDIT_CARD, id=2),
         CreditLine("浦发信用卡", kind=LineKind.CREDIT_CARD, id=3), CreditLine("京东白条", kind=LineKind.BNPL, id=4)]


def test_own_money_is_not_credit():
    for method in ("工商银行储蓄卡(0000)", "余额宝", "账户余额", "零钱", "招商银行借记卡", ""):
        assert not funding(method, LINES, 1).credit, method


def test_a_card_named_by_its_issuer_or_its_whole_name():
    assert funding("招商银行信用卡(0000)", LINES, 1).line_id == 2
    assert funding("浦发银行信用卡(1234)", LINES, 1).line_id is None  # 浦发银行 is not in "浦发信用卡": no guess
    assert funding("浦发信用卡", LINES, 1).line_id == 3
    unknown = funding("中信银行信用卡(5678)", LINES, 1)
    assert (unknown.credit, unknown.line_id) == (True, None)


def test_credit_products_by_name_or_kind_never_the_line_repaid():
    assert funding("花呗", LINES, 2).line_id == 1  # a card repaid with 花呗
    assert funding("花呗&红包", LINES, 2).line_id == 1
    assert funding("白条", LINES, 2).line_id == 4
    assert funding("招商银行信用卡(0000)", LINES, 2).line_id is None  # the card cannot repay itself


def test_repaid_from_credit_worked_example():
    """花呗 repaid ¥1,200.00 from 招行信用卡 on Mar 9 and ¥300.00 on Apr 9, 京东白条 ¥80.00 from 花呗 on Apr 1; as of
    Apr 20 (90 days from Jan 21): ¥1,580.00 in 3 repayments, 花呗 ← 招行信用卡 ¥1,500.00 first. One on Jan 20 is
    outside the window."""
    found = alerts.repaid_from_credit([
        ("花呗", "招行信用卡", date(2026, 3, 9), 120_000), ("花呗", "招行信用卡", date(2026, 4, 9), 30_000),
        ("京东白条", "花呗", date(2026, 4, 1), 8_000), ("花呗", "招行信用卡", date(2026, 1, 20), 99_900)],
        date(2026, 4, 20))
    assert found is not None and found.kind is alerts.AlertKind.REPAID_FROM_CREDIT and found.line == "花呗"
    assert found.figures["total_fen"] == 158_000 and found.figures["count"] == 3
    assert found.figures["pairs"] == ((("花呗", "招行信用卡"), 150_000), (("京东白条", "花呗"), 8_000))
    assert found.figures["since"] == date(2026, 1, 21)
    assert "13号" in found.source
    assert alerts.repaid_from_credit([("花呗", "招行信用卡", date(2026, 1, 20), 100)], date(2026, 4, 20)) is None
