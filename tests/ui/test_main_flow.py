"""The real window, driven like a user: first run, a credit line, a 6-installment purchase, then what the
purchases table, the statements view and the overview show, checked against the domain rules by hand."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QMessageBox

from app.ui.dialogs.purchase_dialog import PERIOD_CHOICES
from tests.ui.conftest import TODAY
from tests.ui.helpers import add_line, add_purchase

SIX = PERIOD_CHOICES.index(6)

# 1,000.00 in 6 installments at a 4.5 % total fee (Huabei preset), Alipay split rule (domain-rules.md §2.2):
# principal floor(100000 / 6) = 16666, remainder 4 to period 1 -> 16670; fee round_half_even(100000 x 0.045) =
# 4500 -> 750 a period. Period 1: 16670 + 750 = 17420 fen = ¥174.20; periods 2-6: 16666 + 750 = ¥174.16.
FIRST_PERIOD = "¥174.20"
LATER_PERIOD = "¥174.16"


def _cell(model, row: int, key: str) -> str:
    column = next(i for i, c in enumerate(model.columns) if c.key == key)
    return model.data(model.index(row, column))


def test_first_run_shows_the_welcome_page(window):
    assert window.current_view() == "welcome"
    assert not window.window_actions.add_purchase.isEnabled()
    assert window.views["welcome"].add_line.button.text() == "Add a credit line…"


def test_line_and_six_installment_purchase_show_everywhere(window, qtbot):
    add_line(window, "花呗", "5000")
    assert window.dialog.result() == window.dialog.DialogCode.Accepted
    assert window.current_view() == "overview"

    dialog = window.dialog
    window.window_actions.add_purchase.trigger()
    dialog = window.dialog
    dialog.amount.setText("1000")
    dialog.periods.setCurrentIndex(SIX)
    assert dialog.fee_rate.text() == "4.50%"  # the line's preset, editable
    assert "¥174.20" in dialog.preview.text() and "¥45.00" in dialog.preview.text()
    dialog.reject()

    add_purchase(window, "1,000.00", date(2026, 3, 15), SIX)
    assert window.dialog.result() == window.dialog.DialogCode.Accepted

    # purchases table and the plan in the detail pane
    window.show_view("purchases")
    purchases = window.views["purchases"]
    assert purchases.model.rowCount() == 1
    assert _cell(purchases.model, 0, "amount_fen") == "¥1,000.00"
    assert _cell(purchases.model, 0, "installments") == "6 periods"
    assert _cell(purchases.model, 0, "merchant") == "示例手机店"
    purchases.table.selectRow(0)
    plan = purchases.plan_model
    assert plan.rowCount() == 6
    assert _cell(plan, 0, "amount") == FIRST_PERIOD
    assert [_cell(plan, r, "amount") for r in range(1, 6)] == [LATER_PERIOD] * 5
    assert _cell(plan, 0, "fee") == "¥7.50"
    assert _cell(plan, 0, "period") == "1 of 6"
    assert "¥45.00" in purchases.detail_labels["fee"][1].text()

    # statements: posted 2026-03-15 -> bill of 2026-04-01 (Huabei: statement day 1), due 2026-04-10
    window.show_view("statements")
    statements = window.views["statements"]
    dates = [s.statement_date for s in statements.model.rows]
    assert date(2026, 4, 1) in dates and date(2026, 9, 1) in dates
    april = dates.index(date(2026, 4, 1))
    assert _cell(statements.model, april, "balance") == FIRST_PERIOD
    assert _cell(statements.model, april, "due") == "Apr 10, 2026"
    assert _cell(statements.model, april, "status") == "Upcoming"
    statements.table.selectRow(april)
    entries = statements.entries_model
    assert entries.rowCount() == 1
    assert _cell(entries, 0, "part") == "1 of 6"
    assert _cell(entries, 0, "amount") == FIRST_PERIOD

    # overview: next payment and utilization (outstanding 1,000.00 of 5,000.00 = 20.0 %)
    window.show_view("overview")
    overview = window.views["overview"]
    amount, detail = overview.next_due_text()
    assert amount == FIRST_PERIOD
    assert "Apr 10, 2026" in detail and "in 21 days" in detail
    card = overview.cards[0]
    assert card.utilization.text() == "20.0%"
    assert card.values["used"].text() == "¥1,000.00"
    assert card.values["available"].text() == "¥4,000.00"
    assert overview.stats["utilization"].value.text() == "20.0%"


def test_a_bad_amount_is_shown_at_the_field_and_nothing_is_saved(window):
    add_line(window)
    add_purchase(window, "12.345", TODAY)
    dialog = window.dialog
    assert dialog.isVisible()
    assert dialog.amount_error.isVisible()
    assert dialog.amount_error.text() == "has more than 2 decimals"
    assert window.session.listing.count(window.views["purchases"].current_filter()) == 0
    dialog.amount.setText("-5")
    dialog.ok_button().click()
    assert dialog.amount_error.text() == "must not be negative"
    dialog.amount.setText("88")
    dialog.ok_button().click()
    assert not dialog.isVisible()


def test_a_duplicate_line_name_is_refused_in_the_dialog(window):
    add_line(window, "花呗")
    add_line(window, "花呗")
    dialog = window.dialog
    assert dialog.isVisible()
    assert dialog.errors.label_for("name").text() == "another credit line already has this name"
    assert dialog.errors.label_for("name").isVisible()
    assert len(window.session.store.lines.all()) == 1


def test_an_empty_name_is_named_before_an_empty_limit(window):
    window.window_actions.add_line.trigger()
    dialog = window.dialog
    dialog.name.setText("")
    dialog.limit.setText("")
    dialog.ok_button().click()
    assert dialog.isVisible() and dialog.errors.label_for("name").text() == "is empty"
    assert window.session.store.lines.all() == []


def test_repayment_from_the_statements_view_is_prefilled(window):
    add_line(window)
    add_purchase(window, "300", date(2026, 2, 10))  # bill of 2026-03-01, due 2026-03-10: overdue on 03-20
    window.show_view("statements")
    statements = window.views["statements"]
    row = [s.statement_date for s in statements.model.rows].index(date(2026, 3, 1))
    statements.table.selectRow(row)
    assert statements.model.rows[row].status.value == "overdue"
    window.window_actions.record_repayment.trigger()
    dialog = window.dialog
    # unpaid 300.00 plus nothing posted yet; penalty accrues separately
    assert dialog.amount.text() == "300.00"
    dialog.ok_button().click()
    row = [s.statement_date for s in statements.model.rows].index(date(2026, 3, 1))
    assert statements.model.rows[row].unpaid_fen == 0


def test_delete_asks_first_and_changes_nothing_when_refused(window, monkeypatch):
    add_line(window)
    add_purchase(window, "50", TODAY)
    window.show_view("purchases")
    purchases = window.views["purchases"]
    purchases.table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    purchases.delete_button.click()
    assert purchases.model.rowCount() == 1
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    purchases.delete_button.click()
    assert purchases.model.rowCount() == 0


def test_edit_purchase_turns_it_into_installments(window):
    add_line(window)
    add_purchase(window, "600", TODAY)
    window.show_view("purchases")
    purchases = window.views["purchases"]
    purchases.table.selectRow(0)
    purchases.edit_button.click()
    dialog = window.dialog
    assert dialog.amount.text() == "600.00"
    dialog.periods.setCurrentIndex(PERIOD_CHOICES.index(3))
    dialog.ok_button().click()
    assert _cell(purchases.model, 0, "installments") == "3 periods"


def test_filters_narrow_the_table(window, qtbot):
    add_line(window)
    add_purchase(window, "20", date(2026, 3, 1), merchant="示例咖啡", category="餐饮")
    add_purchase(window, "30", date(2025, 1, 5), merchant="示例超市", category="日用")
    window.show_view("purchases")
    purchases = window.views["purchases"]
    assert purchases.model.rowCount() == 2
    purchases.category.setCurrentIndex(purchases.category.findData("餐饮"))
    assert purchases.model.rowCount() == 1
    purchases.category.setCurrentIndex(0)
    purchases.range.setCurrentIndex(purchases.range.findData(90))
    assert purchases.model.rowCount() == 1
    purchases.range.setCurrentIndex(0)
    purchases.search.setText("超市")
    qtbot.waitUntil(lambda: purchases.model.rowCount() == 1, timeout=2000)
    assert "示例超市" in _cell(purchases.model, 0, "merchant")
    purchases.table.sortByColumn(4, purchases.table.horizontalHeader().sortIndicatorOrder().AscendingOrder)


def test_line_edit_limit_history_and_archive(window):
    add_line(window, "招商银行信用卡", "20000", preset=1)
    window.show_view("lines")
    lines = window.views["lines"]
    lines.table.selectRow(0)
    lines.limit_button.click()
    dialog = window.dialog
    dialog.limit.setText("25000")
    dialog.ok_button().click()
    assert lines.history_model.rowCount() == 2
    assert lines.history_model.data(lines.history_model.index(0, 1)) == "¥25,000.00"
    lines.edit_button.click()
    dialog = window.dialog
    assert dialog.statement_day.value() == 5 and dialog.due_day.value() == 23
    dialog.due_day.setValue(25)
    dialog.ok_button().click()
    assert window.session.store.lines.all()[0].due_day == 25
    line_id = window.session.store.lines.all()[0].id
    window.session.ledger.record_purchase(line_id, date(2026, 3, 2), 12_000)
    lines.archive_button.click()  # it owes ¥120.00 (today Mar 20): not archived, and it says why
    assert not window.session.store.lines.all()[0].archived
    assert lines.message.isVisible() and lines.message.text() == (
        "招商银行信用卡: still owes ¥120.00: archive it once it is paid off (an archived line counts in no total, bill "
        "or reminder)")
    window.session.ledger.record_repayment(line_id, date(2026, 3, 19), 12_000)
    lines.table.selectRow(0)
    lines.archive_button.click()
    assert window.session.store.lines.all()[0].archived and not lines.message.isVisible()
    assert window.session.store.lines.all(include_archived=False) == []


def test_auto_repaid_statement_can_be_marked_failed_and_back(window):
    window.window_actions.add_line.trigger()
    dialog = window.dialog
    dialog.name.setText("花呗")
    dialog.auto_repay.setCurrentIndex(dialog.auto_repay.findData("full"))
    dialog.ok_button().click()
    add_purchase(window, "200", date(2026, 2, 5))  # bill 2026-03-01, due 03-10: auto-repaid by 03-20
    window.show_view("statements")
    statements = window.views["statements"]
    row = [s.statement_date for s in statements.model.rows].index(date(2026, 3, 1))
    statements.table.selectRow(row)
    assert _cell(statements.model, row, "status") == "Paid · Auto-repaid"
    assert statements.failed_button.isEnabled()
    statements.failed_button.click()
    row = [s.statement_date for s in statements.model.rows].index(date(2026, 3, 1))
    assert statements.model.rows[row].status.value == "overdue"
    assert statements.failed_button.text() == "Undo “auto-repayment failed”"
    statements.failed_button.click()
    row = [s.statement_date for s in statements.model.rows].index(date(2026, 3, 1))
    assert statements.model.rows[row].status.value == "paid"


def test_a_repayment_paid_with_another_line_is_marked_and_alerted(window, qtbot):
    """¥300.00 on 花呗 (bill Mar 1) repaid from the card: "Paid with" offers my own money (the default) and every
    other line, never the line repaid; the bill is paid, the repayment remembers the card, and the overview's
    alerts say ¥300.00 came from 招行信用卡."""
    add_line(window)
    add_line(window, "招行信用卡", "10000", preset=1)
    add_purchase(window, "300", date(2026, 2, 10))
    huabei = window.session.store.lines.by_name("花呗").id
    card = window.session.store.lines.by_name("招行信用卡").id
    window.show_view("statements")
    window.window_actions.record_repayment.trigger()
    dialog = window.dialog
    dialog.line.setCurrentIndex(dialog.line.findData(huabei))
    assert [dialog.paid_with.itemText(i) for i in range(dialog.paid_with.count())] == [
        "My own money", "Borrowed on 招行信用卡"]
    assert dialog.paid_with.currentData() is None and not dialog.paid_with_hint.isVisible()
    dialog.paid_with.setCurrentIndex(1)
    assert dialog.paid_with_hint.isVisible() and "only moves" in dialog.paid_with_hint.text()
    dialog.amount.setText("300")
    dialog.ok_button().click()
    assert not dialog.isVisible()
    (paid,) = window.session.store.repayments.for_line(huabei)
    assert (paid.amount_fen, paid.funded_by_line_id) == (30000, card)
    window.show_view("overview")
    panel = window.page("overview").alerts
    qtbot.waitUntil(lambda: any("borrowed money" in t for t in panel.texts), timeout=5000)
    assert [t for t in panel.texts if "borrowed money" in t] == [
        "⚠ Repaid with borrowed money: ¥300.00 of repayments in the last 90 days came from another credit line: "
        "花呗 from 招行信用卡 (¥300.00). That moves the debt; it does not repay it."]


def test_the_statements_view_follows_the_clock(window):
    """Mar 20: the Mar 1 bill is the current one and selected. The clock moves to May 20 (a workshop's next
    moment): the May 1 bill is selected, not the March one the view had before."""
    from app.ui.session import ALL_CHANGED

    add_line(window)
    line_id = window.session.store.lines.all()[0].id
    for day in (date(2026, 2, 10), date(2026, 3, 10), date(2026, 4, 10)):
        window.session.ledger.record_purchase(line_id, day, 10_000)
    window.show_view("statements")
    view = window.views["statements"]
    view.refresh()
    assert view.selected().statement_date == date(2026, 3, 1)
    window.session.today = lambda: date(2026, 5, 20)
    window.session.changed.emit(ALL_CHANGED)
    view.refresh()
    assert view.selected().statement_date == date(2026, 5, 1)
