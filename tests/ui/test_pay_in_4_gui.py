"""A pay-in-4 line through the window: the preset sets it, the purchase dialog shows the 4 payments, the statements
view lists them by due date with a sentence for what does not apply, and the overview names the late fees.

Today is 2026-03-20; ¥100.01 bought on 2026-03-01 is due 25.01 (03-01), 25.00 (03-15, 03-29, 04-12). Nothing
paid: payment 1 is 19 days late (Klarna fee ¥7.00 after 10 days), payment 2 five days (no fee yet)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLabel

from app.domain.credit_line import Billing, CreditLine


def test_a_pay_in_4_line_in_the_window(window):
    window.window_actions.add_line.trigger()
    dialog = window.dialog
    dialog.preset.setCurrentIndex(2)  # Pay later (pay in 4)
    assert dialog.billing.currentData() == Billing.PAY_IN_4.value
    assert dialog.bnpl_late_fee.isEnabled() and not dialog.statement_day.isEnabled()
    dialog.name.setText("Sample Later")
    dialog.limit.setText("1000")
    dialog.ok_button().click()
    assert window.session.store.lines.by_name("Sample Later").pays_in_4

    window.window_actions.add_purchase.trigger()
    purchase = window.dialog
    purchase.date.setDate(QDate(2026, 3, 1))
    purchase.amount.setText("100.01")
    assert not purchase.periods.isEnabled()
    assert purchase.preview.text() == ("Pay in 4: ¥25.01 on Mar 1, 2026, then ¥25.00 on Mar 15, 2026, Mar 29, 2026 "
                                       "and Apr 12, 2026; no interest.")
    purchase.ok_button().click()
    if purchase.load_warning.isVisible():
        purchase.load_warning.record_button.click()
    assert not purchase.isVisible()

    window.show_view("statements")
    statements = window.views["statements"]
    assert [s.due_date for s in statements.model.rows] == [date(2026, 4, 12), date(2026, 3, 29), date(2026, 3, 15),
                                                            date(2026, 3, 1)]
    model = statements.model
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())] == [
        "Payment due date", "Amount due", "Paid", "Unpaid", "Status", "Late fee"]  # not a monthly bill's columns
    assert [model.data(model.index(3, c)) for c in range(model.columnCount())] == [
        "Mar 1, 2026", "¥32.01", "¥0.00", "¥32.01", "Overdue", "¥7.00"]
    assert statements.summary.text() == "4 payment due dates, ¥57.01 unpaid"  # its rows are not statements
    statements.table.selectRow(3)
    text = statements.detail_summary.text()
    assert "Pay in 4" in text and "overdue for 19 days" in text and "Late fees: ¥7.00." in text
    assert not statements.trap_button.isEnabled() and not statements.compare_button.isEnabled()
    assert not statements.convert_button.isEnabled() and statements.repay_button.isEnabled()
    assert [e.amount_fen for e in statements.entries_model.rows] == [2501, 700]

    monthly = window.session.apply(window.session.ledger.add_line, CreditLine("花呗"), limit_fen=500_000).ids["line"]
    statements.refresh()
    statements.select_line(monthly)  # a monthly line has its bills' columns back
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Statement date" and model.columnCount() == 10
    assert statements.summary.text().endswith(" unpaid") and " statement" in statements.summary.text()
    window.show_view("overview")
    texts = [label.text() for label in window.views["overview"].findChildren(QLabel)]
    assert "Overdue: ¥57.01 since Mar 1, 2026, late fees ¥7.00" in texts
    assert "Pay in 4" in texts
    from app.services.reminders import ReminderService
    from app.ui.reminders import ReminderTexts

    words = [ReminderTexts().sentence(r) for r in ReminderService(window.session.store).due(date(2026, 3, 20))]
    assert words == ["Sample Later: pay-in-4 payments overdue since Mar 1, 2026: ¥57.01 still unpaid, late fees "
                     "included."]
    later = [ReminderTexts().sentence(r) for r in ReminderService(window.session.store).due(date(2026, 3, 1))]
    assert later == ["Sample Later: a pay-in-4 payment is due today (Mar 1, 2026): ¥25.01 to pay."]
    amount, detail = window.views["overview"].next_due_text()
    window.show_view("lines")
    lines = window.views["lines"].model
    assert [lines.data(lines.index(0, c)) for c in (1, 3, 4)] == ["Pay in 4", "—", "—"]
    assert amount == "¥57.01" and "Overdue on Sample Later since Mar 1, 2026 (19 days), late fees ¥7.00" in detail


def test_the_monthly_pay_later_presets_stay_monthly(window):
    window.window_actions.add_line.trigger()
    dialog = window.dialog
    dialog.preset.setCurrentIndex(3)  # JD Baitiao
    assert dialog.billing.currentData() == Billing.MONTHLY.value and dialog.statement_day.isEnabled()


def test_a_pay_in_4_lines_due_dates_are_counted_as_such_in_chinese(make_window):
    window = make_window(language="zh_CN")
    session = window.session
    line = session.apply(session.ledger.add_line, CreditLine("Sample Later", billing=Billing.PAY_IN_4),
                         limit_fen=100_000).ids["line"]
    session.apply(session.ledger.record_purchase, line, date(2026, 3, 1), 10_001)
    window.show_view("statements")
    statements = window.views["statements"]
    statements.select_line(line)
    assert statements.summary.text() == "4 个还款日，未还 ¥57.01"  # not "4 期账单"
