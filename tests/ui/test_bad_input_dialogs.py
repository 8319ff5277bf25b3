"""Bad input through the GUI, table-driven over every entry point a user types numbers or names into: the add-line
dialog, the add-purchase dialog, the repayment dialog and the settings' income field.

Each bad value must be refused with a message at its field (the field's own error label names the problem), write
nothing (row counts and the whole export compared before and after), and leave the window usable: the dialog stays
open, and the same field corrected is saved by the next OK.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt

from app.services.export_service import ExportService
from app.storage import snapshot
from app.ui.dialogs.purchase_dialog import PERIOD_CHOICES
from tests.ui.helpers import add_line

LONG = "长" * 10_000
CUSTOM = PERIOD_CHOICES.index(0)
THREE = PERIOD_CHOICES.index(3)


@dataclass(frozen=True)
class EntryPoint:
    """A dialog field: the action that opens the dialog, the widget attribute, the ``ValidationError`` field its
    errors are shown for, and a good value that the same dialog then saves."""

    action: str
    widget: str
    field: str
    good: str
    installments: bool = False  # the purchase is paid in installments (fee rate) or a custom number of them


LINE_NAME = EntryPoint("add_line", "name", "name", "新账户")
LINE_LIMIT = EntryPoint("add_line", "limit", "limit", "5000")
AMOUNT = EntryPoint("add_purchase", "amount", "amount", "100")
MERCHANT = EntryPoint("add_purchase", "merchant", "merchant", "示例商店")
PERIODS = EntryPoint("add_purchase", "custom_periods", "installments", "12", installments=True)
FEE = EntryPoint("add_purchase", "fee_rate", "fee_rate", "4.5%", installments=True)
REPAY = EntryPoint("record_repayment", "amount", "amount", "100")
NOTE = EntryPoint("record_repayment", "note", "note", "工资到账后还")
INCOME = EntryPoint("settings", "income", "monthly_income", "8000")

EMPTY, BLANK, NOT_NUMBER, NEGATIVE = "is empty", "is empty", "is not a number", "must not be negative"
ZERO, DECIMALS, HUGE, NOT_FINITE = "must be greater than zero", "has more than 2 decimals", "is larger than", \
    "is not a finite number"
MONEY_CASES = [
    ("empty", "", EMPTY), ("whitespace", " \u3000\t ", BLANK), ("not-a-number", "十二块", NOT_NUMBER),
    ("negative", "-5", NEGATIVE), ("three-decimals", "12.345", DECIMALS), ("over-a-billion", "1000000001", HUGE),
    ("10000-digits", "9" * 10_000, HUGE), ("nan", "NaN", NOT_FINITE), ("inf", "-Infinity", NOT_FINITE),
    ("control-chars", "12\x07", NOT_NUMBER),
    # a decimal comma is never read as grouping (it was: 12,34 became 1,234.00): refused with how to type it
    ("decimal-comma", "12,34", "type it as 1234.56 or 1,234.56"), ("comma-cents", "0,50", "type it as"),
    ("dotted-thousands", "1.000,00", "type it as"),
]
#: A zero limit is a real line (a closed Huabei, a pay-later line without a stated limit) and an empty income is
#: how the user hides the debt-service ratio ("Leave empty to hide it"): both are accepted on purpose.
NOT_BAD = {(LINE_LIMIT, "zero"), (INCOME, "empty"), (INCOME, "whitespace")}

CASES = [
    *[(f"line-limit-{name}", LINE_LIMIT, text, words) for name, text, words in MONEY_CASES],
    *[(f"purchase-amount-{name}", AMOUNT, text, words) for name, text, words in MONEY_CASES + [("zero", "0", ZERO)]],
    *[(f"repayment-amount-{name}", REPAY, text, words) for name, text, words in MONEY_CASES + [("zero", "0", ZERO)]],
    *[(f"income-{name}", INCOME, text, words) for name, text, words in MONEY_CASES + [("zero", "0", ZERO)]
      if (INCOME, name) not in NOT_BAD],
    ("line-name-empty", LINE_NAME, "", EMPTY),
    ("line-name-whitespace", LINE_NAME, " \u3000 ", EMPTY),
    ("line-name-duplicate", LINE_NAME, "花呗", "another credit line already has this name"),
    ("line-name-duplicate-spaces", LINE_NAME, " 花呗 ", "another credit line already has this name"),
    ("line-name-10000-chars", LINE_NAME, LONG, "is longer than"),
    ("line-name-control-chars", LINE_NAME, "花\x00呗2", "contains control characters"),
    ("merchant-10000-chars", MERCHANT, LONG, "is longer than"),
    ("merchant-control-chars", MERCHANT, "店\x1b[31m", "contains control characters"),
    ("installments-0", PERIODS, "0", "must be a whole number from 2 to 60"),
    ("installments-61", PERIODS, "61", "must be a whole number from 2 to 60"),
    ("installments-empty", PERIODS, "", "must be a whole number from 2 to 60"),
    ("fee-rate-minus-1-percent", FEE, "-1%", "must be at least 0%"),
    ("fee-rate-100-percent", FEE, "100%", "must be below 100%"),
    ("fee-rate-nan", FEE, "NaN%", "is not a rate"),
    ("fee-rate-text", FEE, "很低", "is not a rate"),
    ("fee-rate-10000-chars", FEE, "1" * 10_000, "write a percentage with %"),
    ("repayment-note-10000-chars", NOTE, LONG, "is longer than"),
    ("repayment-note-control-chars", NOTE, "还款\x07", "contains control characters"),
]


def _state(session):
    return snapshot.row_counts(session.store.db), ExportService(session.store).json_text()


def _type(qtbot, widget, text: str) -> None:
    """Put ``text`` into a line edit, or type it into a spin box like a user (which is what a spin box checks)."""
    if hasattr(widget, "lineEdit") and not hasattr(widget, "setText"):
        edit = widget.lineEdit()
        edit.selectAll()
        qtbot.keyClick(edit, Qt.Key.Key_Delete)
        qtbot.keyClicks(edit, text)
    else:
        widget.setText(text)


def _open(window, point: EntryPoint):
    getattr(window.window_actions, point.action).trigger()
    dialog = window.dialog
    if point.action in ("add_purchase", "record_repayment"):
        dialog.amount.setText("100")
        if point.installments:
            dialog.periods.setCurrentIndex(CUSTOM if point.widget == "custom_periods" else THREE)
    return dialog


@pytest.fixture
def ready(window):
    """The window with one credit line, 花呗 (so every dialog can open)."""
    add_line(window, "花呗", "5000")
    return window


@pytest.mark.parametrize(("name", "point", "text", "words"), CASES, ids=[c[0] for c in CASES])
def test_bad_input_is_refused_at_the_field_writes_nothing_and_the_window_stays_usable(ready, qtbot, name, point,
                                                                                       text, words):
    window, session = ready, ready.session
    before = _state(session)
    dialog = _open(window, point)
    widget = getattr(dialog, point.widget)
    _type(qtbot, widget, text)
    dialog.ok_button().click()

    label = dialog.errors.label_for(point.field)
    assert label is not dialog.general_error, f"{point.field} has no error label of its own"
    assert label.isVisibleTo(dialog) and words in label.text(), (label.text(), dialog.general_error.text())
    assert dialog.isVisible() and dialog.result() != dialog.DialogCode.Accepted
    assert _state(session) == before  # nothing written
    assert not session.store.db.conn.in_transaction

    _type(qtbot, widget, point.good)  # the same dialog, corrected, saves
    dialog.ok_button().click()
    if point.action == "add_purchase" and dialog.load_warning.isVisible():
        dialog.load_warning.record_button.click()
    if point.action == "record_repayment" and dialog.result() != dialog.DialogCode.Accepted:
        assert "owed on this line" in dialog.amount_error.text()  # 花呗 owes nothing: said once, then recorded
        dialog.ok_button().click()
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.errors.label_for(point.field).text()
    assert not label.isVisibleTo(dialog)
    if point.action == "settings":
        assert session.settings.monthly_income_fen() == 800000
    else:
        assert _state(session)[0] != before[0]


def test_zero_limit_and_empty_income_are_accepted_on_purpose(ready):
    window, session = ready, ready.session
    window.window_actions.add_line.trigger()
    window.dialog.name.setText("先用后付")
    window.dialog.limit.setText("0")
    window.dialog.ok_button().click()
    assert window.dialog.result() == window.dialog.DialogCode.Accepted
    session.apply(session.settings.set_monthly_income, 500000)
    window.window_actions.settings.trigger()
    window.dialog.income.setText("  ")
    window.dialog.ok_button().click()
    assert session.settings.monthly_income_fen() is None


def test_a_custom_number_of_installments_is_saved_as_typed(ready, qtbot):
    """Regression: "Custom…" used to be read as "pay in full" (its item data is 0, and ``0 or 1`` is 1)."""
    dialog = _open(ready, PERIODS)
    _type(qtbot, dialog.custom_periods, "24")
    dialog.fee_rate.setText("9%")
    dialog.ok_button().click()
    if dialog.load_warning.isVisible():
        dialog.load_warning.record_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted
    [purchase] = ready.session.store.purchases.matching()
    plan = ready.session.store.plans.for_purchase(purchase.id)
    assert purchase.installments == 24 and plan.periods == 24


def test_the_message_is_in_the_users_language(make_window):
    window = make_window(language="zh_CN")
    add_line(window, "花呗", "5000")
    window.window_actions.add_purchase.trigger()
    dialog = window.dialog
    dialog.amount.setText("12.345")
    dialog.ok_button().click()
    assert dialog.amount_error.text() == "小数超过 2 位"
    dialog.amount.setText("100")
    dialog.periods.setCurrentIndex(THREE)
    dialog.fee_rate.setText("100%")
    dialog.ok_button().click()
    assert dialog.fee_error.text() == "必须低于 100%"
