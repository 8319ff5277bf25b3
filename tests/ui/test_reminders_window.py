"""Reminders and the due-date calendar in the real window (TODAY = 2026-03-20): the banner (no system tray
offscreen), the tray notification path, "Show" opening the bill, the settings, and File → Export due dates…."""

from __future__ import annotations

import json
from datetime import date

from icalendar import Calendar
from PySide6.QtWidgets import QSystemTrayIcon

from app import autostart
from app.domain.credit_line import CreditLine, LineKind
from app.services.reminders import DAYS_BEFORE, SHOWN, ReminderService
from app.ui import reminders as reminders_ui

from .conftest import TODAY

DUE_SOON = ("招行信用卡: the bill of Mar 5, 2026 is due in 3 days, on Mar 23, 2026: ¥1,234.56 to pay. Paying at "
            "least the minimum, ¥123.46, keeps it from going overdue.")


def add_card_bill(window) -> int:
    """A card (statement day 5, due day 23) with 1,234.56 spent on Feb 10: the Mar 5 bill is due Mar 23, in 3 days
    (minimum 123.46). Returns the line id."""
    s = window.session
    line = s.apply(s.ledger.add_line, CreditLine("招行信用卡", kind=LineKind.CREDIT_CARD, statement_day=5, due_day=23),
                   limit_fen=2_000_000, limit_from=date(2020, 1, 1)).ids["line"]
    s.apply(s.ledger.record_purchase, line, date(2026, 2, 10), 123456, merchant="示例电器")
    return line


def checked(qtbot, window):
    """Run a check now and wait for its result."""
    with qtbot.waitSignal(window.reminders.checked, timeout=10000) as blocker:
        window.reminders.check()
    return blocker.args[0]


def shown_keys(window) -> list[str]:
    return json.loads(window.session.store.settings.get(SHOWN) or "[]")


def test_without_a_tray_the_banner_lists_the_bill_and_show_opens_it(window, qtbot):
    assert window.reminders.tray is None  # offscreen: no system tray
    line = add_card_bill(window)
    banner = window.reminders.banner
    qtbot.waitUntil(banner.isVisible, timeout=10000)
    assert banner.sentences() == [DUE_SOON]
    assert banner.show_buttons[0].text() == "Show" and banner.dismiss_button.text() == "Dismiss"
    banner.show_buttons[0].click()
    view = window.views["statements"]
    assert window.current_view() == "statements" and view.line.currentData() == line
    selected = view.selected()
    assert (selected.statement_date, selected.due_date, selected.balance_fen) == (date(2026, 3, 5),
                                                                                date(2026, 3, 23), 123456)
    assert not banner.isVisible() and shown_keys(window) == [f"{line}:2026-03-05:due_soon"]
    assert checked(qtbot, window) == [] and not banner.isVisible()  # shown once


def test_dismissed_reminders_stay_dismissed_after_a_restart(make_window, qtbot):
    window = make_window()
    line = add_card_bill(window)
    qtbot.waitUntil(window.reminders.banner.isVisible, timeout=10000)
    window.reminders.banner.dismiss_button.click()
    assert not window.reminders.banner.isVisible()
    assert shown_keys(window) == [f"{line}:2026-03-05:due_soon"]
    window.close()
    again = make_window()
    assert checked(qtbot, again) == [] and not again.reminders.banner.isVisible()


def test_the_hourly_check_uses_the_session_clock(window, qtbot):
    assert window.reminders.timer.isActive() and window.reminders.timer.interval() == 60 * 60 * 1000
    add_card_bill(window)
    qtbot.waitUntil(window.reminders.banner.isVisible, timeout=10000)
    window.reminders.dismiss()
    window.session.today = lambda: date(2026, 3, 23)
    window.reminders.timer.timeout.emit()
    # a check started before the clock moved may still report first: wait for the one of the new day
    qtbot.waitUntil(lambda: window.reminders.banner.sentences() == [
        "招行信用卡: the bill of Mar 5, 2026 is due today: ¥1,234.56 to pay. Paying at least the minimum, ¥123.46, "
        "keeps it from going overdue."], timeout=10000)
    window.reminders.dismiss()
    window.session.today = lambda: date(2026, 3, 24)  # nothing paid: the minimum is unmet after the due date
    assert [r.kind.value for r in checked(qtbot, window)] == ["overdue"]
    assert window.reminders.banner.sentences() == [
        "招行信用卡: overdue since Mar 23, 2026: ¥123.46 of the minimum is still unpaid (latest bill Mar 5, 2026)."]


def test_the_banner_in_chinese(make_window, qtbot):
    window = make_window(language="zh_CN")
    add_card_bill(window)
    qtbot.waitUntil(window.reminders.banner.isVisible, timeout=10000)
    assert window.reminders.banner.sentences() == [
        "招行信用卡：2026年3月5日的账单还有 3 天（2026年3月23日）到期，应还 ¥1,234.56。 至少还最低还款额 ¥123.46，"
        "就不会逾期。"]
    assert window.reminders.banner.dismiss_button.text() == "知道了"


def test_the_demo_gets_no_reminders(make_window, qtbot):
    """The demo's bills are made up: it has reminders due, but the window shows none."""
    window = make_window(demo=True)
    assert ReminderService(window.session.store).due(TODAY)
    assert not window.reminders.active()
    window.reminders.check()
    qtbot.wait(200)
    assert not window.reminders.banner.isVisible() and window.reminders.banner.reminders == []


def test_with_a_tray_a_notification_comes_once_and_clicking_it_opens_the_bill(make_window, qtbot, monkeypatch):
    monkeypatch.setattr(reminders_ui, "tray_available", lambda: True)
    window = make_window()
    assert isinstance(window.reminders.tray, QSystemTrayIcon)
    line = add_card_bill(window)
    qtbot.waitUntil(lambda: window.reminders.last_message is not None, timeout=10000)
    assert window.reminders.last_message == ("A bill is due in 3 days", DUE_SOON)
    assert not window.reminders.banner.isVisible()  # the notification instead of the banner
    assert shown_keys(window) == [f"{line}:2026-03-05:due_soon"]
    window.show_view("overview")
    window.reminders.tray.messageClicked.emit()
    view = window.views["statements"]
    assert window.current_view() == "statements" and view.line.currentData() == line
    assert view.selected().statement_date == date(2026, 3, 5)
    window.close()
    again = make_window()  # a restart does not repeat it
    checked(qtbot, again)
    assert again.reminders.last_message is None


def test_settings_days_before_and_start_at_login(window, qtbot, tmp_path):
    add_card_bill(window)
    qtbot.waitUntil(window.reminders.banner.isVisible, timeout=10000)
    window.window_actions.settings.trigger()
    dialog = window.dialog
    box = dialog.reminder_box
    assert (box.days.value(), box.days.text(), box.label.text()) == (3, "3 days before", "&Remind me")
    box.days.setValue(0)
    assert box.days.text() == "Off"
    box.autostart.setChecked(True)
    dialog.ok_button().click()
    assert window.session.store.settings.get(DAYS_BEFORE) == "0"
    qtbot.waitUntil(lambda: not window.reminders.banner.isVisible(), timeout=10000)  # reminders off
    entry = tmp_path / "config" / "autostart" / "debtlens.desktop"
    if not autostart.supported():
        assert not entry.exists()
        return
    assert entry.is_file() and "Exec=" in entry.read_text(encoding="utf-8")
    assert f"--db {tmp_path / 'user.db'}" in entry.read_text(encoding="utf-8")  # not the default ledger
    window.window_actions.settings.trigger()
    box = window.dialog.reminder_box
    assert box.autostart.isChecked() and box.days.value() == 0
    box.autostart.setChecked(False)
    box.days.setValue(1)
    window.dialog.ok_button().click()
    assert not entry.exists() and window.session.store.settings.get(DAYS_BEFORE) == "1"


def test_export_due_dates_from_the_file_menu(window, qtbot, tmp_path):
    actions = window.file_menu.actions()
    action = window.due_dates.action
    assert actions[actions.index(window.window_actions.export_data) + 1] is action
    assert action.text() == "Export due dates…"
    line = add_card_bill(window)
    action.trigger()
    assert window.due_dates.chooser.defaultSuffix() == "ics"
    window.due_dates.chooser.close()
    out = tmp_path / "due.ics"
    window.due_dates.export_to(out)
    qtbot.waitUntil(lambda: "Saved 1 due date" in window.statusBar().currentMessage(), timeout=10000)
    [event] = Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert (str(event["uid"]), event.decoded("dtstart"), str(event["summary"])) == (
        f"{line}-2026-03-05@debtlens", date(2026, 3, 23), "招行信用卡 bill due ¥1,234.56")


def test_export_due_dates_refuses_the_ledger(make_window, qtbot):
    window = make_window(language="zh_CN")
    add_card_bill(window)
    ledger = window.session.db_path
    before = ledger.read_bytes()[:100]
    window.due_dates.export_to(ledger)
    qtbot.waitUntil(lambda: window.due_dates.notice is not None, timeout=10000)
    assert window.due_dates.notice.text() == (
        f"没有保存日历文件：{ledger}: 是账本本身（或它的文件之一），请换一个文件名")
    assert ledger.read_bytes()[:100] == before and window.session.has_lines()
