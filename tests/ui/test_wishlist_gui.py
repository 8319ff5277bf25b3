"""The cooling-off list in the real window (Ctrl+0): add, wait, buy with a second confirmation, drop, compare;
English and Chinese. Today is 2026-03-20."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import Qt

from app.domain.wishlist import WishStatus
from app.services.wishlist import WishlistService
from app.ui.views.wishlist import WishlistView
from tests.ui.helpers import add_line
from tests.ui.test_language import ALLOWED_LATIN, visible_texts


def _open(window) -> WishlistView:
    window.window_actions.views["wishlist"].trigger()
    assert window.current_view() == "wishlist"
    return window.page("wishlist")


def _add(qtbot, view, name, price, shop="示例商城", line="花呗"):
    view.name.setText(name)  # Chinese text: typed through the input method, not key clicks
    qtbot.keyClicks(view.price, price)
    view.shop.setText(shop)
    view.line.setCurrentIndex(view.line.findText(line))
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)


def test_add_then_buy_needs_a_second_click_while_waiting(window, qtbot):
    """Headphones ¥1,299.00 added today (Mar 20) are allowed from Mar 22 (48 hours). "Buy" once: it says why and
    records nothing; "Buy" again: the ¥1,299.00 purchase is recorded on 花呗 and the item is bought."""
    add_line(window)
    assert window.window_actions.views["wishlist"].shortcut().toString() == "Ctrl+0"
    view = _open(window)
    _add(qtbot, view, "示例耳机", "1299")
    assert view.message.text() == "示例耳机 is on the list. You can buy it from Mar 22, 2026."
    assert [view.table.item(0, c).text() for c in range(7)] == [
        "示例耳机", "¥1,299.00", "示例商城", "花呗", "Mar 20, 2026", "Mar 22, 2026", "waiting"]
    view.buy_button.click()
    assert view.message.text() == ("示例耳机 is still in its cooling-off time until Mar 22, 2026. Press “Buy” again "
                                   "to buy it anyway.")
    assert window.session.store.purchases.count() == 0
    view.buy_button.click()
    assert window.session.store.purchases.count() == 1
    assert view.message.text() == "Bought 示例耳机: the purchase of ¥1,299.00 is recorded."
    assert view.table.item(0, 6).text() == "bought" and not view.buy_button.isEnabled()


def test_an_allowed_item_is_bought_at_once_and_dropping_counts_as_saved(window, qtbot):
    """A ¥399.00 coat added on Mar 17 is allowed from Mar 19: "Buy" records it at once. A ¥1,200.00 bag added on
    Mar 19 waits until Mar 21; dropped: waiting saved ¥1,200.00."""
    add_line(window)
    service = WishlistService(window.session.store)
    line_id = window.session.store.lines.by_name("花呗").id
    service.add("示例外套", 39_900, date(2026, 3, 17), line_id=line_id)
    service.add("示例包", 120_000, date(2026, 3, 19), line_id=line_id)
    view = _open(window)
    assert [view.table.item(r, 6).text() for r in range(2)] == ["waiting", "allowed"]
    view.select(1)
    view.buy_button.click()
    assert window.session.store.purchases.count() == 1
    view.select(0)
    view.drop_button.click()
    assert view.saved.text() == "Waiting has saved you ¥1,200.00 so far (the items you dropped)."
    assert [r.status for r in view.rows] == [WishStatus.DROPPED, WishStatus.BOUGHT]


def test_compare_ways_to_pay_and_record_from_there(window, qtbot):
    """The comparison opens for the item's line and price (¥1,000.00 on 花呗); recording an option there marks
    the item bought."""
    add_line(window)
    view = _open(window)
    _add(qtbot, view, "示例耳机", "1000")
    view.select(0)
    view.compare_button.click()
    compare = view.compare_window
    assert compare.isVisible() and compare.price.text() in ("1,000.00", "1000.00")
    compare.record_button.click()
    assert window.session.store.purchases.count() == 1
    assert view.rows[0].status is WishStatus.BOUGHT


def test_bad_input_is_shown_at_the_field(window, qtbot):
    add_line(window)
    view = _open(window)
    _add(qtbot, view, "示例耳机", "abc")
    assert view.price_error.isVisible() and view.rows == []
    view.price.clear()
    view.name.clear()
    _add(qtbot, view, "", "10")
    assert view.name_error.isVisible() and view.name_error.text() == "is empty"


def test_the_list_in_chinese(make_window, qtbot):
    window = make_window(language="zh_CN")
    add_line(window)
    view = _open(window)
    _add(qtbot, view, "示例耳机", "1299")
    assert window.nav_items["wishlist"].text() == "冷静清单"
    assert view.message.text() == "示例耳机 已加入清单，2026年3月22日 起可以买。"
    assert view.table.item(0, 6).text() == "冷静中"
    words = [w for t in visible_texts(view) for w in re.findall(r"[A-Za-z]{3,}", t) if w not in ALLOWED_LATIN]
    assert not words, words  # the waiting time is set in the window now, not with a command
    assert view.waiting.text() == "冷静期：2 天，不论价格。"


def test_setting_the_waiting_time_in_the_window(window, qtbot):
    """Bands typed in the dialog: from ¥0 wait 1 day, from ¥1,000.00 wait 7 days. The list then says so, a
    ¥1,299.00 item added on Mar 20 waits until Mar 27, and a second band starting below the first is refused at
    the table, saving nothing."""
    add_line(window)
    view = _open(window)
    assert view.waiting.text() == "Waiting time: 2 days, whatever the price."
    view.waiting_button.click()
    dialog = view.waiting_dialog
    assert [dialog.table.item(0, c).text() for c in (0, 1)] == ["0.00", "2"]
    dialog.table.item(0, 1).setText("1")
    dialog.add_band.click()
    dialog.table.item(1, 0).setText("1000")
    dialog.table.item(1, 1).setText("7")
    dialog.buttons.accepted.emit()
    assert not dialog.isVisible()
    assert WishlistService(window.session.store).bands() == ((0, 1), (100_000, 7))
    assert view.waiting.text() == "Waiting time: 1 day from ¥0.00; 7 days from ¥1,000.00."
    _add(qtbot, view, "示例耳机", "1299")
    assert view.table.item(0, 5).text() == "Mar 27, 2026"
    view.waiting_button.click()
    dialog = view.waiting_dialog
    dialog.add_band.click()
    dialog.table.item(2, 0).setText("500")
    dialog.table.item(2, 1).setText("3")
    dialog.buttons.accepted.emit()
    assert dialog.isVisible() and dialog.table_error.isVisible()
    assert WishlistService(window.session.store).bands() == ((0, 1), (100_000, 7))
    dialog.table.item(2, 1).setText("x")
    dialog.buttons.accepted.emit()
    assert dialog.table_error.text() == "row 3: days to wait must be a whole number from 0 to 365"
    dialog.default.click()
    dialog.buttons.accepted.emit()
    assert WishlistService(window.session.store).bands() == ((0, 2),)


def test_can_i_pay_it_on_that_date(window, qtbot):
    """花呗 (due Apr 10) with ¥1,200.00 already due, income ¥8,000.00 on the 15th, ¥2,000.00 cash: the ¥3,000.00
    item in full leaves 2,000 − 1,200 − 3,000 = −2,200.00 on Apr 10: "No"; in 12 parts (first 272.00 at the
    preset) 528.00 left < 800.00: "Only just"."""
    add_line(window)
    s = window.session
    line_id = s.store.lines.by_name("花呗").id
    s.apply(s.ledger.record_purchase, line_id, date(2026, 3, 5), 120_000)
    s.apply(s.settings.set_monthly_income, 800_000)
    WishlistService(s.store).add("示例耳机", 300_000, date(2026, 3, 20), line_id=line_id)
    view = _open(window)
    view.select(0)
    view.pay_date_button.click()
    dialog = view.pay_dialog
    assert dialog.isVisible() and dialog.price.text() == "3,000.00"
    dialog.cash.setText("2000")
    dialog.pay_day.setValue(15)
    dialog.check_button.click()
    assert dialog.verdicts[0] == "No: on Apr 10, 2026 you would be ¥2,200.00 short."
    assert dialog.verdicts[-1] == "Only just: ¥528.00 left on Apr 10, 2026."
    assert [dialog.table.item(0, c).text() for c in range(4)] == ["花呗", "In full", "Apr 1, 2026", "Apr 10, 2026"]
    from app.services.pay_check import pay_day

    assert pay_day(s.store) == 15
    dialog.cash.setText("-5")
    dialog.check_button.click()
    assert dialog.cash_error.isVisible()
    dialog.reject()
