"""My limits in the real window: set them from the overview, read them there, and the purchase dialog's second
confirmation naming the rule, in English and Chinese (numbers checked by hand in each docstring)."""

from __future__ import annotations

from datetime import date

from app.services.my_limits import MyLimitsService
from app.ui.dialogs.my_limits_dialog import MyLimitsDialog
from tests.ui.helpers import add_line, add_purchase


def _ledger(window) -> int:
    """花呗 with a bank limit of ¥8,000.00 and a ¥1,000.00 purchase on Mar 5 (today is Mar 20)."""
    add_line(window, limit="8000")
    add_purchase(window, "1000", date(2026, 3, 5))
    return window.session.store.lines.by_name("花呗").id


def _set_limits(window, line_id: int, mine: str = "3000", plans: str = "1", cap: str = "2000") -> MyLimitsDialog:
    window.window_actions.views["overview"].trigger()
    overview = window.page("overview")
    overview.my_limits.edit_button.click()
    dialog = window.dialog
    assert isinstance(dialog, MyLimitsDialog) and dialog.isVisible()
    dialog.line_edits[line_id].setText(mine)
    dialog.plans.setText(plans)
    dialog.cap.setText(cap)
    dialog.ok_button().click()
    return dialog


def test_no_limits_yet_says_so_on_the_overview(window):
    _ledger(window)
    panel = window.page("overview").my_limits
    assert panel.rows == []
    assert panel.body.text().startswith("You have set no limits of your own.")
    assert panel.edit_button.text() == "Set my limits…"


def test_limits_set_from_the_overview_and_read_against_mine_and_the_banks(window):
    """¥1,000.00 owed: 1,000 ÷ 3,000 = 33.3 % of my limit, 1,000 ÷ 8,000 = 12.5 % of the bank's; no plan running
    of at most 1; March spending 1,000 ÷ 2,000 = 50.0 % of my cap."""
    line_id = _ledger(window)
    dialog = _set_limits(window, line_id)
    assert not dialog.isVisible()
    limits = MyLimitsService(window.session.store).load()
    assert (dict(limits.line_limits_fen), limits.max_active_plans, limits.monthly_cap_fen) == (
        {line_id: 300_000}, 1, 200_000)
    panel = window.page("overview").my_limits
    assert panel.rows == [
        "花呗: ¥1,000.00 owed, 33.3% of my ¥3,000.00 (12.5% of the bank's ¥8,000.00)",
        "Installment plans running: 0 of at most 1",
        "Credit spending in Mar 2026: ¥1,000.00 of my ¥2,000.00 cap (50.0%)"]
    assert not panel.over.isVisible()


def test_a_purchase_past_my_monthly_cap_asks_again_naming_the_rule(window):
    """¥1,200.00 in 3 parts on Mar 10: March goes from 1,000.00 to 2,200.00, 200.00 past the ¥2,000.00 cap (owed
    2,200.00 stays under my ¥3,000.00; the plan is the first of at most 1), and the line, read against my limit,
    from 1,000 ÷ 3,000 = 33.3 % to 2,200 ÷ 3,000 = 73.3 % (Caution → High). The first OK saves nothing; "Record
    anyway" saves it; the overview then says the month is ¥200.00 past the cap."""
    line_id = _ledger(window)
    _set_limits(window, line_id)
    dialog = add_purchase(window, "1200", date(2026, 3, 10), periods_choice=1, fee="2.5%", confirm=False)
    warning = dialog.load_warning
    assert dialog.isVisible() and warning.isVisible()
    assert warning.title.text() == "Before you save: this goes past a limit you set yourself."
    assert warning.text.text().splitlines() == [
        "Your monthly cap on credit spending is ¥2,000.00: this takes this month from ¥1,000.00 to ¥2,200.00, "
        "¥200.00 past it.",
        "This takes 花呗 from 33.3% to 73.3% used (Caution → High)."]
    assert window.session.store.purchases.count() == 1
    warning.record_button.click()
    assert not dialog.isVisible() and window.session.store.purchases.count() == 2
    window.window_actions.views["overview"].trigger()
    panel = window.page("overview").my_limits
    assert panel.over.isVisible()
    assert panel.over.text() == "⚠ This month's credit spending is ¥200.00 past your cap."


def test_a_second_plan_is_named_with_its_cap(window):
    """With the ¥1,200.00 plan recorded, another ¥300.00 in 3 parts on Mar 12 makes 2 plans of at most 1 and March
    2,200 + 300 = 2,500.00, 500.00 past the cap: my rules come first (line limit, plans, monthly cap), then a band
    the line crosses, if any: read against my ¥3,000.00 it goes from 73.3 % to 83.3 %, both High, so none (against
    the bank's ¥8,000.00 it would be 27.5 % → 31.2 %, Watch it → Caution)."""
    line_id = _ledger(window)
    _set_limits(window, line_id)
    add_purchase(window, "1200", date(2026, 3, 10), periods_choice=1, fee="2.5%")
    dialog = add_purchase(window, "300", date(2026, 3, 12), periods_choice=1, fee="2.5%", confirm=False)
    assert dialog.load_warning.text.text().splitlines() == [
        "You allow yourself at most 1 installment plan at once: 1 running, this makes 2.",
        "Your monthly cap on credit spending is ¥2,000.00: this takes this month from ¥2,200.00 to ¥2,500.00, "
        "¥500.00 past it."]
    dialog.reject()


def test_bad_limits_are_shown_at_their_field_and_nothing_is_saved(window):
    line_id = _ledger(window)
    dialog = _set_limits(window, line_id, mine="0", plans="100", cap="abc")
    assert dialog.isVisible()
    err = dialog.errors.label_for(f"my_limit:{line_id}")
    assert err.isVisible() and err.text() == "must be more than 0"
    dialog.line_edits[line_id].setText("3000")
    dialog.ok_button().click()
    assert dialog.plans_error.isVisible() and dialog.plans_error.text() == "must be from 0 to 99"
    assert not MyLimitsService(window.session.store).load().any
    dialog.reject()


def test_my_limits_in_chinese(make_window):
    window = make_window(language="zh_CN")
    line_id = _ledger(window)
    _set_limits(window, line_id)
    panel = window.page("overview").my_limits
    assert panel.title.text() == "我的限额"
    assert panel.rows[0] == "花呗：欠 ¥1,000.00，占我的限额 ¥3,000.00 的 33.3%（占银行额度 ¥8,000.00 的 12.5%）"
    dialog = add_purchase(window, "1200", date(2026, 3, 10), periods_choice=1, fee="2.5%", confirm=False)
    assert dialog.load_warning.title.text() == "保存之前：这笔超出了你给自己定的限额。"
    first, band = dialog.load_warning.text.text().splitlines()
    assert first == "你给自己定的每月信用消费上限是 ¥2,000.00：这笔让本月从 ¥1,000.00 变成 ¥2,200.00，超出 ¥200.00。"
    assert "33.3%" in band and "73.3%" in band and band.endswith("（小心 → 偏高）。")
    dialog.reject()


def test_budgets_by_category_set_in_the_dialog_and_shown_with_progress(window):
    """Budgets Dining ¥800.00 and Electronics ¥500.00; March: Dining 120.00 + 500.00 = 620.00 (77.5 %),
    Electronics 1,299.00 (259.8 %, 799.00 over), shown fullest first with a bar each."""
    line_id = _ledger(window)  # its ¥1,000.00 purchase is in category 数码 (typed)
    s = window.session
    for day, fen, cat in ((date(2026, 3, 2), 12_000, "Dining"), (date(2026, 3, 15), 50_000, "Dining"),
                          (date(2026, 3, 10), 129_900, "Electronics")):
        s.apply(s.ledger.record_purchase, line_id, day, fen, category=cat)
    window.window_actions.views["overview"].trigger()
    window.page("overview").my_limits.edit_button.click()
    dialog = window.dialog
    rows = {dialog.budget_keys[i]: i for i in range(len(dialog.budget_keys))}
    dialog.budget_table.item(rows["Dining"], 1).setText("800")
    dialog.budget_table.item(rows["Electronics"], 1).setText("500")
    dialog.ok_button().click()
    assert not dialog.isVisible()
    panel = window.page("overview").my_limits
    assert panel.budget_rows == ["Electronics: ¥1,299.00 of ¥500.00 this month, ¥799.00 over",
                                 "Dining: ¥620.00 of ¥800.00 this month"]
    assert [b.value() for b in panel.bars] == [1000, 775] and panel.bars[1].format() == "77.5%"


def test_a_bad_budget_is_shown_and_nothing_saved(window):
    line_id = _ledger(window)
    window.window_actions.views["overview"].trigger()
    window.page("overview").my_limits.edit_button.click()
    dialog = window.dialog
    dialog.line_edits[line_id].setText("3000")
    dialog.budget_table.item(0, 1).setText("abc")
    dialog.ok_button().click()
    assert dialog.isVisible() and dialog.budget_error.isVisible()
    assert not MyLimitsService(window.session.store).load().any
    dialog.reject()


def test_the_overview_cards_read_against_my_limit_or_the_banks_as_chosen_in_the_dialog(window, qtbot):
    """¥1,000.00 owed: the card reads 33.3 % of my ¥3,000.00 ("My limit", the bank's ¥8,000.00 in the tooltip);
    switched to the bank's limits in the dialog, 12.5 % of ¥8,000.00 ("Credit limit")."""
    line_id = _ledger(window)
    _set_limits(window, line_id)
    overview = window.page("overview")
    card = overview.cards[0]
    qtbot.waitUntil(lambda: card.utilization.text() == "33.3%", timeout=5000)
    assert (card.captions["limit"].text(), card.values["limit"].text()) == ("My limit", "¥3,000.00")
    assert card.values["available"].text() == "¥2,000.00"
    assert "¥8,000.00" in card.values["limit"].toolTip()

    overview.my_limits.edit_button.click()
    dialog = window.dialog
    assert dialog.read_against.currentData() == "mine"
    dialog.read_against.setCurrentIndex(dialog.read_against.findData("bank"))
    dialog.ok_button().click()
    qtbot.waitUntil(lambda: card.utilization.text() == "12.5%", timeout=5000)
    assert (card.captions["limit"].text(), card.values["limit"].text()) == ("Credit limit", "¥8,000.00")
    assert card.values["limit"].toolTip() == ""
    assert MyLimitsService(window.session.store).load().read_against == "bank"
