"""The purchase dialog asks before saving a purchase dated far after today (most likely a typo), naming the date;
"Record anyway" saves it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate

from tests.ui.helpers import add_line


def _type_purchase(window, posted: date, amount: str = "88.00"):
    window.window_actions.add_purchase.trigger()
    dialog = window.dialog
    dialog.date.setDate(QDate(posted.year, posted.month, posted.day))
    dialog.amount.setText(amount)
    dialog.merchant.setText("示例书店")
    dialog.ok_button().click()
    return dialog


def test_a_date_a_year_ahead_is_asked_about_then_saved(window):
    add_line(window, "花呗", "5000")
    dialog = _type_purchase(window, date(2027, 3, 19))  # today is 2026-03-20: 2027 typed for 2026
    warning = dialog.load_warning
    assert dialog.isVisible() and warning.isVisible()
    assert warning.title.text() == "Before you save: check the date."
    assert warning.text.text() == ("This purchase is dated Mar 19, 2027, 364 days after today (Mar 20, 2026): most "
                                   "likely a typo. Check the year and the month.")
    assert warning.record_button.isVisible() and not warning.compare_button.isVisible()
    assert window.session.queries.purchases() == []  # nothing saved yet
    warning.record_button.click()
    assert not dialog.isVisible()
    assert [(p.posted_on, p.amount_fen) for p in window.session.queries.purchases()] == [(date(2027, 3, 19), 8800)]


def test_a_second_ok_confirms_and_a_near_date_is_not_asked(window):
    add_line(window, "花呗", "5000")
    dialog = _type_purchase(window, date(2026, 3, 22))  # two days ahead: no question
    assert not dialog.isVisible() and len(window.session.queries.purchases()) == 1
    dialog = _type_purchase(window, date(2026, 9, 20))
    assert dialog.load_warning.isVisible()
    dialog.ok_button().click()  # asked once: OK again saves
    assert not dialog.isVisible() and len(window.session.queries.purchases()) == 2
