"""The offer checker view and the bill decision dialog in the real window, in English and Chinese, with the
worked numbers of tests/domain/test_offers.py and tests/services/test_bill_decision.py."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate, Qt

from app.domain.credit_line import CreditLine, LineKind, default_fee_presets, default_revolving_basis
from app.ui.dialogs.bill_decision import BillDecisionDialog
from app.ui.views.offer_check import OfferCheckView
from tests.ui.test_language import ALLOWED_LATIN, visible_texts


def _open_offer(window) -> OfferCheckView:
    window.window_actions.views["offer"].trigger()
    assert window.current_view() == "offer"
    return window.page("offer")


def _fill_quick_loan(qtbot, view: OfferCheckView) -> None:
    """The 7-day offer: contract 5,000.00, 3,500.00 arriving on 2026-01-01, 6,000.00 due 2026-01-08."""
    qtbot.keyClicks(view.contract, "5000.00")
    qtbot.keyClicks(view.received, "3500.00")
    view.start.setDate(QDate(2026, 1, 1))
    view.rows[0].date.setDate(QDate(2026, 1, 8))
    qtbot.keyClicks(view.rows[0].amount, "6000.00")
    qtbot.mouseClick(view.check_button, Qt.MouseButton.LeftButton)


def test_check_an_offer_is_in_the_navigation_under_true_cost(window):
    """Ctrl+9, after the payoff plan, built on first show."""
    assert window.window_actions.views["offer"].shortcut().toString() == "Ctrl+9"
    assert window.nav_items["offer"].text() == "Check an offer"
    assert window.nav.row(window.nav_items["offer"]) == window.nav.row(window.nav_items["payoff"]) + 1
    assert not window.pages["offer"].is_built
    view = _open_offer(window)
    assert isinstance(view, OfferCheckView) and view.isVisible()
    assert view.start.date() == QDate(2026, 3, 20)  # the money arrives "today" unless changed
    assert view.rows[0].date.date() == QDate(2026, 3, 27)  # first repayment a week later


def test_the_quick_loan_offer_shows_3724_percent_and_both_flags(window, qtbot):
    """2,500 ÷ 3,500 × 365 ÷ 7 = 3,724.49 % a year; 1,500.00 kept back; 7 days."""
    view = _open_offer(window)
    _fill_quick_loan(qtbot, view)
    assert view.rate.text() == "3,724.49%"
    assert view.rate_method.text() == "a year, simple interest (one repayment)"
    assert view.working.text() == ("You get ¥3,500.00 and pay back ¥6,000.00 in all over 7 days: the loan costs "
                                   "¥2,500.00.\n2,500.00 ÷ 3,500.00 × 365 ÷ 7 days = 3,724.49% a year.")
    kept, short = view.flag_labels.values()
    assert kept.isVisible() and short.isVisible() and not view.no_flags.isVisible()
    assert kept.text().startswith("⚠ Money kept back (砍头息): ¥1,500.00 of the ¥5,000.00 contract never reached "
                                  "you")
    assert "Civil Code (Art. 670)" in kept.text() and "only the ¥3,500.00 actually lent" in kept.text()
    assert short.text().startswith("⚠ Short term: repaid 7 days after the money arrives, under a month.")
    assert "培训贷" in view.disguises.text() and "美容贷" in view.disguises.text() and "刷单贷" in view.disguises.text()


def test_the_quick_loan_offer_in_chinese(make_window, qtbot):
    window = make_window(language="zh_CN")
    view = _open_offer(window)
    _fill_quick_loan(qtbot, view)
    assert view.rate.text() == "3,724.49%"
    assert view.rate_method.text() == "年化，单利（一次还清）"
    kept, short = view.flag_labels.values()
    assert kept.text().startswith("⚠ 砍头息：合同写 ¥5,000.00，其中 ¥1,500.00 从没到你手里")
    assert "《民法典》第六百七十条" in kept.text()
    assert short.text().startswith("⚠ 期限太短：到账 7 天后就要还，不到一个月。")
    assert window.nav_items["offer"].text() == "查一查借款"
    words = [w for t in visible_texts(view) for w in re.findall(r"[A-Za-z]{3,}", t) if w not in ALLOWED_LATIN]
    assert not words, words  # no English left on the page


def test_a_three_repayment_schedule_shows_the_irr_and_no_flag(window, qtbot):
    """3,000.00 received, 1,100.00 on Feb 1, Mar 1, Apr 1: IRR 4.9212 % a month × 12 = 59.05 %, 77.98 % with
    compounding; 90 days and nothing kept back: no warning sign."""
    view = _open_offer(window)
    qtbot.keyClicks(view.contract, "3000")
    qtbot.keyClicks(view.received, "3000")
    view.start.setDate(QDate(2026, 1, 1))
    view.rows[0].date.setDate(QDate(2026, 2, 1))
    view.add_button.click()
    view.add_button.click()
    assert [r.date.date() for r in view.rows] == [QDate(2026, 2, 1), QDate(2026, 3, 1), QDate(2026, 4, 1)]
    for row in view.rows:
        qtbot.keyClicks(row.amount, "1100")
    view.check_button.click()
    assert view.rate.text() == "59.05%"
    assert view.working.text().endswith(
        "IRR 4.9212% a month × 12 = 59.05% a year; 77.98% a year with compounding (effective annual rate).")
    assert not any(label.isVisible() for label in view.flag_labels.values())
    assert view.no_flags.isVisible()
    view.remove_button.click()
    assert len(view.rows) == 2 and view.schedule.rowCount() == 2


def test_bad_input_is_shown_where_it_is_and_nothing_is_shown_as_a_result(window, qtbot):
    view = _open_offer(window)
    _fill_quick_loan(qtbot, view)
    view.received.setText("6000")
    view.check_button.click()
    error = view.field_errors["received"]
    assert error.isVisible() and error.text() == "is more than the contract amount"
    assert view.rate.text() == "—" and not any(label.isVisible() for label in view.flag_labels.values())
    view.received.setText("3500")
    view.rows[0].amount.setText("12,34")
    view.check_button.click()
    assert not error.isVisible()
    assert view.schedule_error.isVisible() and view.schedule_error.text().startswith("repayment 1: is not an amount")


# -- the bill decision from the statements view ----------------------------------------------------------------
def _card_with_a_10000_bill(window) -> int:
    """The card of tests/services/test_bill_decision.py: 10,000.00 bought Feb 10, the Mar 5 bill (due Mar 23)."""
    session = window.session
    line = CreditLine("示例信用卡", kind=LineKind.CREDIT_CARD, statement_day=5, due_day=23,
                      fee_presets=default_fee_presets(LineKind.CREDIT_CARD),
                      revolving_basis=default_revolving_basis(LineKind.CREDIT_CARD))
    line_id = session.apply(session.ledger.add_line, line, limit_fen=3_000_000, limit_from=date(2020, 1, 1)).ids["line"]
    session.apply(session.ledger.record_purchase, line_id, date(2026, 2, 10), 1_000_000)
    return line_id


def _open_decision(window) -> BillDecisionDialog:
    window.show_view("statements")
    statements = window.views["statements"]
    assert statements.selected().statement_date == date(2026, 3, 5)
    assert statements.compare_button.isEnabled()
    statements.compare_button.click()
    dialog = window.dialog
    assert isinstance(dialog, BillDecisionDialog) and dialog.isVisible()
    return dialog


def test_compare_ways_to_pay_the_10000_card_bill(window):
    """Minimum only: 115 months, ¥1,578.15 interest (the line's own bills); 36 months: ¥362.78 a month, ¥13,060.08;
    3 installments: ¥225.00 at 13.45 %."""
    _card_with_a_10000_bill(window)
    dialog = _open_decision(window)
    assert dialog.heading.text() == "示例信用卡 · bill of Mar 5, 2026: ¥10,000.00 to pay by Mar 23, 2026."
    assert [dialog.cell(r, "way") for r in range(dialog.table.rowCount())] == [
        "Pay in full", "Minimum only", "3 installments", "6 installments", "12 installments"]
    assert [dialog.cell(0, k) for k in ("now", "months", "cost", "apr", "total")] == [
        "¥10,000.00", "1", "¥0.00", "0.00%", "¥10,000.00"]
    assert [dialog.cell(1, k) for k in ("now", "months", "cost", "apr", "total")] == [
        "¥1,000.00", "115", "¥1,578.15", "18.25% (simple)", "¥11,578.15"]
    assert [dialog.cell(2, k) for k in ("now", "monthly", "months", "cost", "apr")] == [
        "¥3,408.34", "¥3,408.33", "3", "¥225.00", "13.45% (fee 2.25%)"]
    assert dialog.missing.text() == ("This line has no fee preset for 9 installments: set one in the line's "
                                     "settings to compare it.")
    assert dialog.box.text().startswith(
        "If you pay only the minimum, you will pay it off in 115 months (about 10 years) and pay ¥1,578.15 in "
        "interest. To clear it in 36 months, pay ¥362.78 a month (total ¥13,060.08).")
    assert "全额计息" in dialog.assumptions.text()  # a card charging the whole bill: said, not hidden
    dialog.reject()


def test_compare_ways_to_pay_in_chinese(make_window):
    window = make_window(language="zh_CN")
    _card_with_a_10000_bill(window)
    dialog = _open_decision(window)
    assert dialog.windowTitle() == "2026年3月5日 账单的还款方式"
    assert [dialog.cell(r, "way") for r in range(3)] == ["全额还款", "只还最低", "分 3 期"]
    assert dialog.box.text().startswith(
        "如果每月只还最低还款额，需要 115 个月（约 10 年）才能还清，共付利息 ¥1,578.15。"
        "如果想在 36 个月内还清，每月需还 ¥362.78（合计 ¥13,060.08）。")
    words = [w for t in visible_texts(dialog) + [dialog.cell(r, "apr") for r in range(5)]
             for w in re.findall(r"[A-Za-z]{3,}", t) if w not in ALLOWED_LATIN]
    assert not words, words


def test_the_compare_button_is_off_for_a_paid_bill(window):
    line_id = _card_with_a_10000_bill(window)
    window.session.apply(window.session.ledger.record_repayment, line_id, date(2026, 3, 8), 1_000_000)
    window.show_view("statements")
    statements = window.views["statements"]
    assert statements.selected().unpaid_fen == 0 and not statements.compare_button.isEnabled()
