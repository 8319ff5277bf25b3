"""Alerts on the overview, each with a "?" giving its rule and source, in English and Chinese; the ledger of
tests/services/test_alerts_service.py (numbers checked by hand there)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from app.domain.credit_line import CreditLine


def _creep_and_stacking(window) -> None:
    """花呗 ¥3,000.00 raised to ¥8,000.00 on Jan 15; 1,200.00 spent in the 90 days before, 3 × 1,200.00 in 3 parts
    since (Feb 1, Feb 20, Mar 10); 1,200.00 repaid over Dec-Feb, 3,000.00 spent: 400.00 vs 1,000.00 a month."""
    s = window.session
    hb = s.apply(s.ledger.add_line, CreditLine("花呗"), limit_fen=300_000, limit_from=date(2025, 1, 1)).ids["line"]
    s.apply(s.ledger.change_limit, hb, 800_000, date(2026, 1, 15))
    s.apply(s.ledger.record_purchase, hb, date(2025, 11, 1), 60_000)
    s.apply(s.ledger.record_purchase, hb, date(2025, 12, 20), 60_000)
    s.apply(s.ledger.record_repayment, hb, date(2025, 12, 9), 60_000)
    s.apply(s.ledger.record_repayment, hb, date(2026, 1, 9), 60_000)
    for day in (date(2026, 2, 1), date(2026, 2, 20), date(2026, 3, 10)):
        s.apply(s.ledger.record_purchase, hb, day, 120_000, installments=3, fee_rate=Decimal("0.025"))
    window.window_actions.views["overview"].trigger()


def test_alerts_name_the_behaviour_with_their_rule(window):
    _creep_and_stacking(window)
    panel = window.page("overview").alerts
    assert panel.isVisible() and panel.title.text() == "Alerts"
    assert panel.texts == [
        "⚠ Overdue on 花呗: ¥820.00 of the minimum unpaid since Mar 10, 2026 (10 days). Overdue interest accrues "
        "every day and a missed payment can reach your credit record; pay at least this now.",
        "⚠ Limit creep on 花呗: the limit went from ¥3,000.00 to ¥8,000.00 on Jan 15, 2026, and you spent "
        "¥3,600.00 on it since, against ¥1,200.00 in the 90 days before. Against the old limit you owe 120.7%.",
        "⚠ Stacking: 3 new installment plans in 90 days. Each is small; together they are what you repay every "
        "month.",
        "Debt-free date at your recent pace (repaid ¥400.00, newly spent ¥1,000.00 a month): never. The bills "
        "already scheduled end on Jun 10, 2026."]
    buttons = panel.explain_buttons
    assert [b.figure_id for b in buttons] == ["alert_overdue", "alert_limit_creep", "alert_stacking",
                                                 "alert_debt_free_date"]
    assert "oldest bill still unmet" in buttons[0].toolTip()
    assert "China's 2022 credit-card notice" in buttons[1].toolTip()
    assert "3 or more new installment plans" in buttons[2].toolTip()


def test_no_alerts_no_panel(window):
    window.window_actions.views["overview"].trigger()
    assert not window.page("overview").alerts.isVisible()


def test_alerts_in_chinese(make_window):
    window = make_window(language="zh_CN")
    _creep_and_stacking(window)
    panel = window.page("overview").alerts
    assert panel.title.text() == "提醒"
    assert panel.texts[0].startswith("⚠ 花呗 已逾期：自 2026年3月10日 起最低还款额中仍有 ¥820.00 未还（10 天）。")
    assert panel.texts[1].startswith("⚠ 花呗 额度一涨就多花：2026年1月15日 额度从 ¥3,000.00 提到 ¥8,000.00")
    assert panel.texts[2] == "⚠ 分期越叠越多：90 天内新开了 3 笔分期。每笔都不大，加起来就是你每个月要还的钱。"
    assert panel.texts[3].endswith("还清日期：永远还不清。已排好的账单到 2026年6月10日 就还完了。")
    assert "明白账自己定的" in panel.explain_buttons[2].toolTip()
