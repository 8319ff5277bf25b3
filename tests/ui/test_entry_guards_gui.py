"""The window's dialogs refuse what the ledger refuses, at the field, in the user's language, writing nothing: a
bill past its due date turned into installments, a plan under one fen a period, billing days that share a due date,
look-alike or invisible-character line names, and my own limit above the bank's (TODAY is 2026-03-20)."""

from __future__ import annotations

from datetime import date

from app.services.export_service import ExportService
from app.storage import snapshot
from app.ui.dialogs.purchase_dialog import PERIOD_CHOICES
from tests.ui.helpers import add_line

TWELVE = PERIOD_CHOICES.index(12)


def _state(session):
    return snapshot.row_counts(session.store.db), ExportService(session.store).json_text()


def _line_id(window, name="花呗") -> int:
    return window.session.store.lines.by_name(name).id


def test_convert_dialog_refuses_a_bill_past_its_due_date(window):
    """Bill 03-01 (1,000.00) was due 03-10; on 03-20 the dialog says so and keeps the bill as it is."""
    add_line(window, "花呗", "5000")
    session = window.session
    session.apply(session.ledger.record_purchase, _line_id(window), date(2026, 2, 15), 100000)
    window.show_view("statements")
    view = window.views["statements"]
    assert view.selected().statement_date == date(2026, 3, 1)
    before = _state(session)
    view.convert_button.click()
    dialog = window.dialog
    dialog.ok_button().click()
    assert dialog.isVisible()
    assert dialog.general_error.text().startswith(
        "was due on 2026-03-10, which has passed (today is 2026-03-20): a bill can be turned into installments "
        "only from its statement date to its due date")
    assert _state(session) == before


def _five_fen_in_twelve(window):
    """Type ¥0.05 in 12 fee-free parts (on the line added first) and press OK, past the load warning if it shows;
    the dialog."""
    window.window_actions.add_purchase.trigger()
    dialog = window.dialog
    dialog.amount.setText("0.05")
    dialog.periods.setCurrentIndex(TWELVE)
    dialog.fee_rate.setText("0%")
    dialog.ok_button().click()
    if dialog.load_warning.isVisible():
        dialog.load_warning.record_button.click()
    return dialog


def test_purchase_dialog_refuses_a_plan_under_one_fen_a_period(window):
    add_line(window, "花呗", "5000")
    before = _state(window.session)
    dialog = _five_fen_in_twelve(window)
    assert dialog.isVisible()
    assert dialog.amount_error.text() == ("is too small for 12 installments: each part would be under 0.01; the "
                                          "smallest amount for 12 installments is 0.12")
    assert _state(window.session) == before
    dialog.amount.setText("0.12")
    dialog.ok_button().click()
    if dialog.load_warning.isVisible():
        dialog.load_warning.record_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted
    [purchase] = window.session.store.purchases.matching()
    assert (purchase.amount_fen, purchase.installments) == (12, 12)


def test_line_dialog_refuses_shared_due_dates_and_look_alike_names(window):
    add_line(window, "Visa", "5000")
    before = _state(window.session)
    for name, words in (("Ｖｉｓａ", "another credit line already has this name"),
                        ("Card\u202e1", "contains an invisible or text-direction character (U+202E)")):
        dialog = add_line(window, name, "1000")
        assert dialog.isVisible() and words in dialog.errors.label_for("name").text(), name
        dialog.reject()
    window.window_actions.add_line.trigger()
    dialog = window.dialog
    dialog.name.setText("卡")
    dialog.limit.setText("1000")
    dialog.statement_day.setValue(29)
    dialog.due_day.setValue(30)
    dialog.ok_button().click()
    assert dialog.isVisible()
    assert "the 2026-02-28 and 2026-03-29 bills would both be due 2026-03-30" in dialog.errors.label_for(
        "due_day").text()
    assert _state(window.session) == before
    dialog.due_day.setValue(20)
    dialog.ok_button().click()
    assert dialog.result() == dialog.DialogCode.Accepted


def test_my_limits_dialog_refuses_a_limit_above_the_banks(window):
    add_line(window, "花呗", "8000")
    line_id = _line_id(window)
    before = _state(window.session)
    window.window_actions.views["overview"].trigger()
    window.page("overview").my_limits.edit_button.click()
    dialog = window.dialog
    dialog.line_edits[line_id].setText("9000")
    dialog.ok_button().click()
    assert dialog.isVisible()
    assert "is above the bank's credit limit on 花呗 (8,000.00)" in dialog.errors.label_for(f"my_limit:{line_id}").text()
    assert _state(window.session) == before
    dialog.line_edits[line_id].setText("8000")
    dialog.ok_button().click()
    assert not dialog.isVisible()


def test_the_messages_are_in_chinese(make_window):
    window = make_window(language="zh_CN")
    add_line(window, "花呗", "5000")
    dialog = _five_fen_in_twelve(window)
    assert dialog.amount_error.text() == "金额太小，无法分 12 期：每期不足 0.01；分 12 期最少为 0.12"
