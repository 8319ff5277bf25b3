"""The credit line dialog: a currency for a new line (any ISO 4217 code the domain knows), fixed once saved, and
the JD Baitiao / Meituan Yuefu presets."""

from __future__ import annotations

from app.ui.dialogs.line_dialog import PRESETS, currency_items


def _open_add(window):
    window.window_actions.add_line.trigger()
    return window.dialog


def test_a_new_line_in_us_dollars(window):
    dialog = _open_add(window)
    assert dialog.currency.currentData() == "CNY"
    assert dialog.currency.count() == len(currency_items("en_US")) > 140  # the currencies in use today
    assert dialog.currency.findData("DEM") < 0  # the Deutsche Mark is history (the CLI still takes any ISO code)
    assert [dialog.currency.itemData(i) for i in range(3)] == ["CNY", "HKD", "USD"]
    assert dialog.labels["limit"].text() == "Credit &limit (¥)"
    dialog.currency.setCurrentIndex(dialog.currency.findData("USD"))
    assert dialog.currency.currentText() == "USD · US Dollar"
    assert dialog.labels["limit"].text() == "Credit &limit ($)"
    dialog.name.setText("Sample USD card")
    dialog.limit.setText("1234.56")
    dialog.late_fee_min.setText("25")
    dialog.ok_button().click()
    line = window.session.store.lines.by_name("Sample USD card")
    assert (line.currency, line.current_limit_fen, line.late_fee_min_fen) == ("USD", 123456, 2500)


def test_a_yen_line_refuses_fractions_and_saves_nothing(window):
    dialog = _open_add(window)
    dialog.currency.setCurrentIndex(dialog.currency.findData("JPY"))
    dialog.name.setText("Sample yen card")
    dialog.limit.setText("1000.50")
    dialog.ok_button().click()
    shown = dialog.errors.label_for("limit")
    assert dialog.isVisible() and not shown.isHidden() and shown.text()
    assert window.session.store.lines.all(include_archived=True) == []
    dialog.limit.setText("100000")
    dialog.ok_button().click()
    line = window.session.store.lines.by_name("Sample yen card")
    assert (line.currency, line.current_limit_fen) == ("JPY", 100000)


def test_currency_is_shown_but_fixed_when_editing(window):
    dialog = _open_add(window)
    dialog.currency.setCurrentIndex(dialog.currency.findData("EUR"))
    dialog.name.setText("Sample euro card")
    dialog.limit.setText("500")
    dialog.ok_button().click()
    line = window.session.store.lines.by_name("Sample euro card")
    from app.ui.dialogs.line_dialog import LineDialog

    edit = LineDialog(window.session, line)
    assert edit.currency.currentData() == "EUR" and not edit.currency.isEnabled()
    assert edit.labels["late_fee_min"].text() == "Smallest late fee (€)"


def test_jd_and_meituan_presets():
    titles = {p.title: p for p in PRESETS}
    jd, mt = titles["JD Baitiao (京东白条)"], titles["Meituan Yuefu (美团月付)"]
    assert (jd.statement_day, jd.due_day, jd.fee_presets) == (1, 10, {})
    assert (mt.statement_day, mt.due_day, mt.fee_presets) == (1, 10, {})


def test_chinese_names_alone():
    items = dict((code, text) for text, code in currency_items("zh_CN"))
    assert (items["CNY"], items["USD"], items["JPY"]) == ("人民币", "美元", "日元")
