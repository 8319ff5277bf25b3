"""Edit → Undo / Redo in the window: a deleted purchase comes back with Ctrl+Z, the menu names the step (English
and Chinese), the history survives switching views, a restore is undone, and the delete question mentions an
installment plan only when there is one."""

from __future__ import annotations

from datetime import date
from datetime import date as _date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from app.domain.credit_line import CreditLine
from app.storage import backups
from app.ui.views.purchases import PurchasesView
from tests.ui.helpers import add_purchase


def _line(window) -> int:
    return window.session.apply(window.session.ledger.add_line, CreditLine("花呗"), limit_fen=1_000_000,
                                limit_from=date(2020, 1, 1)).ids["line"]


def _delete_first_purchase(window, qtbot, monkeypatch) -> None:
    window.show_view("purchases")
    view = window.views["purchases"]
    view.table.selectRow(0)
    monkeypatch.setattr(PurchasesView, "confirm_delete", lambda self, p: True)
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)


def _menu_texts(window) -> list[str]:
    return [a.text() for a in window.edit_menu.actions()]


@pytest.mark.parametrize(("language", "menu", "undo", "redo", "done"), [
    ("en", "&Edit", "&Undo delete purchase ¥129.00", "&Redo delete purchase ¥129.00",
     "Undone: Delete purchase ¥129.00"),
    ("zh_CN", "编辑(&E)", "撤销 删除消费 ¥129.00(&U)", "重做 删除消费 ¥129.00(&R)", "已撤销：删除消费 ¥129.00"),
])
def test_ctrl_z_brings_a_deleted_purchase_back(make_window, qtbot, monkeypatch, language, menu, undo, redo, done):
    window = make_window(language=language)
    window.activateWindow()  # the keys are window shortcuts
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert window.edit_menu.title() == menu
    assert not window.undo_actions.undo.isEnabled() and not window.undo_actions.redo.isEnabled()
    line = _line(window)
    window.session.apply(window.session.ledger.record_purchase, line, date(2026, 3, 2), 12900, merchant="示例超市")
    _delete_first_purchase(window, qtbot, monkeypatch)
    view = window.views["purchases"]
    assert view.model.rowCount() == 0
    assert _menu_texts(window)[0] == undo and window.undo_actions.undo.isEnabled()

    qtbot.keyClick(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert view.model.rowCount() == 1 and view.model.row_at(0).merchant == "示例超市"
    assert window.statusBar().currentMessage() == done
    assert _menu_texts(window)[1] == redo and window.undo_actions.redo.isEnabled()

    qtbot.keyClick(view.table, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert view.model.rowCount() == 0
    assert _menu_texts(window)[0] == undo


def test_the_history_survives_switching_views_and_follows_every_change(window, qtbot, monkeypatch):
    line = _line(window)
    add_purchase(window, "88.00", date(2026, 3, 3), merchant="示例咖啡")
    assert window.undo_actions.undo.text() == "&Undo add purchase ¥88.00"
    for key in ("overview", "statements", "lines", "purchases"):
        window.show_view(key)
    assert window.undo_actions.undo.text() == "&Undo add purchase ¥88.00"
    window.undo_actions.undo.trigger()
    assert window.views["purchases"].model.rowCount() == 0
    assert window.undo_actions.undo.text() == "&Undo add credit line 花呗"
    assert window.undo_actions.redo.text() == "&Redo add purchase ¥88.00"
    window.session.apply(window.session.ledger.change_limit, line, 800000, date(2026, 3, 1))
    assert window.undo_actions.undo.text() == "&Undo change the limit of 花呗 to ¥8,000.00"
    assert window.undo_actions.redo.text() == "&Redo" and not window.undo_actions.redo.isEnabled()


def test_ctrl_z_in_a_text_field_undoes_the_typing_not_the_ledger(window, qtbot):
    _line(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.show_view("purchases")
    search = window.views["purchases"].search
    search.setFocus()
    qtbot.keyClicks(search, "abc")
    qtbot.keyClick(search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert search.text() == "" and window.session.has_lines()
    timer = window.views["purchases"]._search_timer
    qtbot.waitUntil(lambda: not timer.isActive())  # the search runs before the window closes


def test_a_restore_is_undone_and_redone_from_the_edit_menu(window, tmp_path):
    line = _line(window)
    window.session.apply(window.session.ledger.record_purchase, line, date(2026, 3, 2), 12900)
    backup = backups.backup_now(window.session.store, backups.MANUAL, db_path=window.session.db_path).path
    window.session.apply(window.session.ledger.record_purchase, line, date(2026, 3, 4), 5000)
    assert window.data_safety.restore(backup) is not None
    assert window.session.store.purchases.count() == 1
    assert window.undo_actions.undo.text() == f"&Undo restore backup {backup.name}"
    window.undo_actions.undo.trigger()
    assert window.session.store.purchases.count() == 2
    assert window.undo_actions.redo.text() == f"&Redo restore backup {backup.name}"
    assert window.undo_actions.undo.text() == "&Undo add purchase ¥50.00"
    window.undo_actions.redo.trigger()
    assert window.session.store.purchases.count() == 1


def test_a_restore_whose_saved_copy_is_gone_says_so(window):
    line = _line(window)
    window.session.apply(window.session.ledger.record_purchase, line, date(2026, 3, 2), 12900)
    backup = backups.backup_now(window.session.store, backups.MANUAL, db_path=window.session.db_path).path
    result = window.data_safety.restore(backup)
    result.safety_copy.unlink()
    window.undo_actions.undo.trigger()
    box = window.dialog
    assert box.objectName() == "undoProblem"
    assert box.text() == f"“Restore backup {backup.name}” could not be undone; nothing was changed."
    assert "was moved or deleted" in box.informativeText() and str(result.safety_copy) in box.informativeText()
    assert window.session.store.purchases.count() == 1


def test_the_delete_question_mentions_the_plan_only_for_installments(window, monkeypatch):
    line = _line(window)
    window.session.apply(window.session.ledger.record_purchase, line, date(2026, 3, 2), 12900, merchant="示例超市")
    window.session.apply(window.session.ledger.record_purchase, line, date(2026, 3, 1), 300000, merchant="示例手机店",
                         installments=6)
    window.show_view("purchases")
    view = window.views["purchases"]
    full, plan = sorted((view.model.row_at(r) for r in range(2)), key=lambda p: p.installments)
    assert view.delete_question(full) == ("Delete the purchase at 示例超市 of ¥129.00 on Mar 2, 2026?\n\n"
                                          "Edit → Undo (Ctrl+Z) brings it back.")
    assert view.delete_question(plan).startswith(
        "Delete the purchase at 示例手机店 of ¥3,000.00 on Mar 1, 2026? Its installment plan goes with it.")
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text: asked.append(text)
                        or QMessageBox.StandardButton.No)
    assert view.confirm_delete(full) is False and "installment" not in asked[0]


def _click_menu_item(qtbot, window, menu, action) -> None:
    """Open ``menu`` from the menu bar and click ``action`` in it, as a user does."""
    bar = window.menuBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(menu.menuAction()).center())
    qtbot.waitUntil(menu.isVisible)
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())


def test_edit_undo_from_the_menu_takes_the_purchase_out_of_the_list_and_the_overview(window, qtbot):
    from tests.ui.helpers import add_line

    add_line(window, limit="5000")
    add_purchase(window, "1000.00", date(2026, 3, 15), merchant="示例手机店")
    add_purchase(window, "12.50", date(2026, 3, 16), merchant="示例咖啡")
    window.show_view("purchases")
    purchases, overview = window.views["purchases"], window.views["overview"]
    assert purchases.model.rowCount() == 2
    window.show_view("overview")
    assert overview.stats["owed"].value.text() == "¥1,012.50"
    undo = window.undo_actions.undo
    assert undo.text() == "&Undo add purchase ¥12.50" and undo.toolTip() == "Undo add purchase ¥12.50"

    _click_menu_item(qtbot, window, window.edit_menu, undo)
    qtbot.waitUntil(lambda: overview.stats["owed"].value.text() == "¥1,000.00")
    assert window.statusBar().currentMessage() == "Undone: Add purchase ¥12.50"
    window.show_view("purchases")
    assert purchases.model.rowCount() == 1 and purchases.model.row_at(0).merchant == "示例手机店"
    assert undo.text() == "&Undo add purchase ¥1,000.00"
    assert window.undo_actions.redo.text() == "&Redo add purchase ¥12.50"

    _click_menu_item(qtbot, window, window.edit_menu, window.undo_actions.redo)
    assert purchases.model.rowCount() == 2
    window.show_view("overview")
    qtbot.waitUntil(lambda: overview.stats["owed"].value.text() == "¥1,012.50")
    assert window.statusBar().currentMessage() == "Redone: Add purchase ¥12.50"


def test_a_large_import_is_undone_off_the_gui_thread(window, qtbot):
    from app.services.importing import ImportService
    from app.ui.undo_actions import OFF_THREAD_ROWS

    line = _line(window)
    rows = ["date,merchant,category,amount,installments"] + [
        f"2026-02-{1 + i % 28:02d},示例网店{i},Dining,{10 + i % 90}.50,1" for i in range(2500)]
    service = ImportService(window.session.store)
    window.session.apply(service.commit, service.preview("\n".join(rows).encode(), "big.csv", line, today=_date(2026, 3, 20)))
    actions = window.undo_actions
    assert actions.undo.text() == "&Undo import big.csv"
    assert window.session.undo.size(window.session.undo.next_undo()) == 2500 >= OFF_THREAD_ROWS

    actions.undo.trigger()
    assert actions.busy and not actions.undo.isEnabled() and not actions.redo.isEnabled()
    assert window.statusBar().currentMessage() == "Undoing Import big.csv…"
    qtbot.waitUntil(lambda: not actions.busy, timeout=20000)
    assert window.statusBar().currentMessage() == "Undone: Import big.csv"
    assert window.session.store.purchases.count() == 0
    window.show_view("purchases")
    assert window.views["purchases"].model.rowCount() == 0
    assert actions.redo.text() == "&Redo import big.csv" and actions.redo.isEnabled()

    actions.redo.trigger()
    qtbot.waitUntil(lambda: not actions.busy, timeout=20000)
    assert window.session.store.purchases.count() == 2500
    qtbot.waitUntil(lambda: window.views["purchases"].model.total == 2500)  # the list loads rows as it scrolls
    assert window.views["purchases"].count.text() == "2,500 purchases"


def test_in_a_workshop_story_undo_has_the_story_s_own_history_and_the_clock_keeps_its_step_back(
        make_window, tmp_path, monkeypatch):
    from app.workshop import library

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    window = make_window()
    own_line = _line(window)
    window.session.apply(window.session.ledger.record_purchase, own_line, date(2026, 3, 2), 12900)
    actions = window.undo_actions
    assert actions.undo.text() == "&Undo add purchase ¥129.00"

    window.open_story(library.find("minimum-trap"))
    session, bar = window.session, window.workshop_bar
    assert not actions.undo.isEnabled() and actions.undo.text() == "&Undo"  # building the story is not a step
    bar.buttons["month"].click()  # the story's clock is not a change of the ledger
    assert not actions.undo.isEnabled()
    story_line = session.store.lines.all()[0].id
    purchases = session.store.purchases.count()
    session.apply(session.ledger.record_purchase, story_line, session.today(), 5000, merchant="示例书店")
    assert actions.undo.text() == "&Undo add purchase ¥50.00"
    actions.undo.trigger()
    assert session.store.purchases.count() == purchases and not actions.undo.isEnabled()
    bar.menu_actions["previous"].trigger()  # its own step back still works
    assert session.today() == date(2026, 2, 6)

    bar.menu_actions["leave"].trigger()
    assert actions.undo.text() == "&Undo add purchase ¥129.00"  # the user's own history is as it was
    actions.undo.trigger()
    assert window.session.store.purchases.count() == 0


def test_a_bill_imported_with_the_import_dialog_is_undone_in_one_step(window, qtbot):
    from tests.ui.helpers import add_line
    from tests.ui.test_import_dialog import ALIPAY, WAIT, load, settle

    add_line(window, "花呗", "5000")
    window.window_actions.import_bill.trigger()
    dialog = window.dialog
    load(qtbot, dialog, ALIPAY)
    with qtbot.waitSignal(window.session.changed, timeout=WAIT):
        dialog.import_button.click()
    settle(qtbot, dialog)
    dialog.close()
    window.show_view("purchases")
    purchases = window.views["purchases"]
    qtbot.waitUntil(lambda: purchases.model.total == 10, timeout=WAIT)
    assert window.undo_actions.undo.text() == f"&Undo import {ALIPAY.name}"
    window.undo_actions.undo.trigger()
    assert purchases.model.total == 0 and purchases.count.text() == "0 purchases"
    assert window.undo_actions.undo.text() == "&Undo add credit line 花呗"
