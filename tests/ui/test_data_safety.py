"""Data safety in the window (issue "Never lose a user's data"): one writer per database, opening a damaged file,
back up now, restore from a backup, export and import, and the backup settings.

Modal boxes are never exec()'d: ``OpenProblemBox.exec`` is replaced by a function that clicks the chosen button,
and file dialogs are answered through their ``fileSelected`` signal.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import zipfile
from datetime import datetime
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QFileDialog

from app import config
from app.services.backup_service import BackupService
from app.services.export_service import ExportService
from app.storage import backups
from app.storage.db import open_database
from app.storage.lock import DatabaseLockedError, acquire_lock
from app.storage.migrations import SCHEMA_VERSION
from app.storage.repositories import Store
from app.ui import application
from app.ui.main_window import MainWindow
from app.ui.open_errors import OTHER_FILE, QUIT, RESTORE, OpenProblemBox
from tests.ui.helpers import add_line, add_purchase


@pytest.fixture
def answers(monkeypatch):
    """Answer every ``OpenProblemBox`` with the next choice of ``answers.queue``; ``answers.shown`` records what
    each box said and offered."""
    state = SimpleNamespace(queue=[], shown=[])

    def fake_exec(box):
        state.shown.append(SimpleNamespace(text=box.text(), info=box.informativeText(),
                                           choices=list(box.buttons_by_choice)))
        box.buttons_by_choice[state.queue.pop(0)].click()
        return 0

    monkeypatch.setattr(OpenProblemBox, "exec", fake_exec)
    QSettings().setValue("ui/language", "en")
    return state


def _main_windows() -> list[MainWindow]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]


def _lines(path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT name FROM credit_lines ORDER BY id")]
    finally:
        conn.close()


def _ledger_with_a_backup(path) -> backups.BackupInfo:
    """A database at ``path`` holding one line, 花呗, and a manual backup of it."""
    from app.domain.credit_line import CreditLine
    from app.services.ledger import LedgerService

    store = Store(open_database(path))
    LedgerService(store).add_line(CreditLine("花呗"), limit_fen=500000)
    info = BackupService(path, store).backup_now()
    store.close()
    return info


# -- one writer ------------------------------------------------------------------------------------------------
def test_a_second_window_on_the_same_database_is_refused_with_a_message(window, answers, tmp_path):
    answers.queue = [QUIT]
    before = _main_windows()
    assert application.run(str(window.session.db_path)) == 2
    [box] = answers.shown
    assert box.text == (f"This database is already open in another DebtLens window (pid {os.getpid()}). "
                        "Switch to that window, or open another file.")
    assert str(window.session.db_path) in box.info
    assert box.choices == [OTHER_FILE, QUIT]  # no backup to restore: the file is fine
    assert _main_windows() == before  # nothing opened
    add_line(window, "还能用")  # the first window is untouched and still writes
    assert window.session.store.lines.by_name("还能用")


def test_open_another_file_after_the_refusal(window, answers, monkeypatch, tmp_path, qtbot):
    other = tmp_path / "other.db"
    answers.queue = [OTHER_FILE]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(other), ""))
    second = application.open_window(window.session.db_path)
    qtbot.addWidget(second)
    assert second.session.db_path == other and not second.session.demo
    with pytest.raises(DatabaseLockedError):
        acquire_lock(other)  # each window holds the lock of its own file


def test_the_lock_is_taken_on_open_and_on_switch_and_released_on_close(window):
    user_db = window.session.db_path
    with pytest.raises(DatabaseLockedError) as info:
        acquire_lock(user_db)
    assert info.value.pid == os.getpid()
    window.window_actions.open_demo.trigger()
    assert window.session.demo
    acquire_lock(user_db).release()  # the user's file is free while the demo is open
    with pytest.raises(DatabaseLockedError):
        acquire_lock(config.demo_db_path())
    window.window_actions.open_my_data.trigger()
    acquire_lock(config.demo_db_path()).release()
    window.close()
    acquire_lock(user_db).release()


def test_the_demo_open_in_another_window_is_refused_and_my_data_stays_open(window):
    config.demo_db_path().parent.mkdir(parents=True, exist_ok=True)
    with acquire_lock(config.demo_db_path()):
        window.window_actions.open_demo.trigger()
        assert window.dialog.objectName() == "openProblemNotice"
        assert "already open in another DebtLens window" in window.dialog.text()
        assert not window.session.demo and window.session.is_open
    add_line(window, "我的")
    assert [ln.name for ln in window.session.store.lines.all()] == ["我的"]


def test_a_damaged_demo_is_refused_and_my_data_is_opened_again(window):
    add_line(window, "我的")
    config.demo_db_path().parent.mkdir(parents=True, exist_ok=True)
    config.demo_db_path().write_bytes(b"not a database at all" * 10)
    window.window_actions.open_demo.trigger()
    assert window.dialog.objectName() == "openProblemNotice"
    assert window.dialog.text().startswith("This file is not a DebtLens database")
    assert str(config.demo_db_path()) in window.dialog.informativeText()
    assert not window.session.demo and window.session.is_open
    assert config.demo_db_path().read_bytes() == b"not a database at all" * 10
    add_line(window, "还是我的")
    assert [ln.name for ln in window.session.store.lines.all()] == ["我的", "还是我的"]


# -- opening a damaged file ------------------------------------------------------------------------------------
def test_a_damaged_file_offers_its_latest_backup_and_restoring_keeps_the_damaged_copy(answers, tmp_path, qtbot):
    db = tmp_path / "ledger.db"
    info = _ledger_with_a_backup(db)
    with open(db, "r+b") as f:
        f.truncate(60)  # cut short: the header is incomplete
    damaged_bytes = db.read_bytes()
    answers.queue = [RESTORE]
    window = application.open_window(db)
    qtbot.addWidget(window)
    [box] = answers.shown
    assert box.text == "This database is damaged, so DebtLens did not open it. The file was not changed."
    assert str(db) in box.info and "truncated" in box.info and info.path.name in box.info
    assert box.choices == [RESTORE, OTHER_FILE, QUIT]
    assert [ln.name for ln in window.session.store.lines.all()] == ["花呗"]
    kept = list(config.backup_dir(db).glob("*.damaged"))
    assert len(kept) == 1 and kept[0].read_bytes() == damaged_bytes
    assert "Restored " + info.path.name in window.statusBar().currentMessage()


def test_a_damaged_file_is_left_alone_when_the_user_quits(answers, tmp_path):
    db = tmp_path / "ledger.db"
    _ledger_with_a_backup(db)
    with open(db, "r+b") as f:
        f.truncate(60)
    before = db.read_bytes()
    answers.queue = [QUIT]
    assert application.open_window(db) is None
    assert db.read_bytes() == before
    assert not list(config.backup_dir(db).glob("*.damaged"))


def test_a_file_from_a_newer_version_is_refused_untouched_without_a_restore(answers, tmp_path):
    db = tmp_path / "newer.db"
    open_database(db).close()
    conn = sqlite3.connect(db)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = db.read_bytes()
    answers.queue = [QUIT]
    assert application.open_window(db) is None
    [box] = answers.shown
    assert "newer version of DebtLens" in box.text and "newer version" in box.info
    assert box.choices == [OTHER_FILE, QUIT]
    assert db.read_bytes() == before


def test_not_a_debtlens_file(answers, tmp_path):
    db = tmp_path / "notes.db"
    db.write_text("these are my notes, not a database " * 10, encoding="utf-8")
    answers.queue = [QUIT]
    assert application.open_window(db) is None
    assert answers.shown[0].text.startswith("This file is not a DebtLens database")


# -- back up now -----------------------------------------------------------------------------------------------
def test_back_up_now_writes_a_backup_off_the_gui_thread_and_names_it(window, qtbot):
    add_line(window, "花呗")
    window.window_actions.back_up_now.trigger()
    busy = window.data_safety.busy
    assert busy.isVisible() and not window.window_actions.back_up_now.isEnabled()
    qtbot.waitUntil(lambda: "Backed up to" in window.statusBar().currentMessage(), timeout=10000)
    [info] = [b for b in backups.list_backups(window.session.db_path) if b.reason == backups.MANUAL]
    assert info.path.name in window.statusBar().currentMessage()
    assert _lines(info.path) == ["花呗"]
    assert not busy.isVisible() and window.window_actions.back_up_now.isEnabled()


# -- restore ---------------------------------------------------------------------------------------------------
def test_restore_dialog_lists_backups_newest_first_and_restores_the_chosen_one(window, qtbot):
    add_line(window, "甲")
    store, db = window.session.store, window.session.db_path
    older = backups.backup_now(store, now=datetime(2026, 3, 18, 9, 0, 0))
    add_line(window, "乙")
    newer = backups.backup_now(store, now=datetime(2026, 3, 19, 9, 0, 0))
    add_line(window, "丙")
    window.window_actions.restore_backup.trigger()
    dialog = window.dialog
    assert dialog.objectName() == "restoreDialog"
    assert [b.path for b in dialog.backups] == [newer.path, older.path]
    assert dialog.table.item(0, 0).text() == "Mar 19, 2026 09:00:00"
    assert dialog.table.item(1, 1).text() == "Made by you"
    assert re.fullmatch(r"[\d.]+ [kKM]B", dialog.table.item(0, 2).text())  # e.g. "120.0 kB"
    assert dialog.selected_backup() == newer.path  # newest chosen to start with
    dialog.table.selectRow(1)
    dialog.restore_button.click()
    assert [ln.name for ln in window.session.store.lines.all()] == ["甲"]
    window.show_view("lines")
    assert window.views["lines"].model.rowCount() == 1  # every view refreshed
    [safety] = [b for b in backups.list_backups(db) if b.reason == backups.PRE_RESTORE]
    assert _lines(safety.path) == ["甲", "乙", "丙"]  # what was replaced is kept
    assert safety.path.name in window.statusBar().currentMessage()
    assert not dialog.isVisible()
    with pytest.raises(DatabaseLockedError):
        acquire_lock(db)  # the window kept its lock throughout
    add_line(window, "丁")  # and keeps working
    assert [ln.name for ln in window.session.store.lines.all()] == ["甲", "丁"]


def test_a_damaged_backup_is_not_restored_and_the_database_stays(window):
    add_line(window, "甲")
    info = BackupService(window.session.db_path, window.session.store).backup_now()
    info.path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    window.window_actions.restore_backup.trigger()
    dialog = window.dialog
    dialog.restore_button.click()
    assert dialog.isVisible() and "was not restored" in dialog.error.text()
    assert [ln.name for ln in window.session.store.lines.all()] == ["甲"]
    add_line(window, "乙")


def test_restore_dialog_without_backups_says_how_to_make_one(window):
    window.window_actions.restore_backup.trigger()
    dialog = window.dialog
    assert not dialog.table.isVisible() and "Back up now" in dialog.empty.text()
    assert not dialog.restore_button.isEnabled()


# -- export and import -----------------------------------------------------------------------------------------
def _answer(chooser, path) -> None:
    chooser.fileSelected.emit(str(path))
    chooser.reject()


def test_export_writes_a_json_that_imports_into_an_empty_database(make_window, tmp_path, qtbot):
    from datetime import date

    source = make_window("source")
    add_line(source, "花呗")
    add_purchase(source, "1000", date(2026, 3, 15), 2)
    source.window_actions.export_data.trigger()
    chooser = source.data_safety.chooser
    assert chooser.acceptMode() == QFileDialog.AcceptMode.AcceptSave
    assert chooser.nameFilters() == ["JSON file (*.json)", "CSV files in a zip (*.zip)"]
    out = tmp_path / "ledger.json"
    _answer(chooser, out)
    assert source.data_safety.busy.isVisible()
    qtbot.waitUntil(lambda: "Exported to" in source.statusBar().currentMessage(), timeout=10000)
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["format"] == "debtlens-export"
    assert [ln["name"] for ln in document["lines"]] == ["花呗"] and len(document["purchases"]) == 1
    assert os.stat(out).st_mode & 0o077 == 0

    target = make_window("target")
    target.window_actions.import_json.trigger()
    _answer(target.data_safety.chooser, out)
    qtbot.waitUntil(lambda: "Imported: credit lines 1" in target.statusBar().currentMessage(), timeout=10000)
    assert ExportService(target.session.store).json_text() == ExportService(source.session.store).json_text()
    assert target.current_view() == "overview"  # the views heard about it
    target.show_view("purchases")
    assert target.views["purchases"].model.rowCount() == 1


def test_export_as_csv_files_in_a_zip(window, tmp_path, qtbot):
    add_line(window, "=cmd|' /C calc'!A0")
    window.data_safety.export_to(tmp_path / "ledger.zip")
    qtbot.waitUntil(lambda: "Exported to" in window.statusBar().currentMessage(), timeout=10000)
    with zipfile.ZipFile(tmp_path / "ledger.zip") as z:
        assert "credit_lines.csv" in z.namelist()
        assert "'=cmd" in z.read("credit_lines.csv").decode("utf-8-sig")  # a formula is kept as text


def test_import_into_a_database_with_data_is_refused_with_the_reason(window):
    add_line(window, "花呗")
    window.data_safety.chooser = None
    window.window_actions.import_json.trigger()
    assert window.dialog.objectName() == "importNotEmpty"
    assert "already holds data" in window.dialog.text()
    assert "empty database" in window.dialog.informativeText()
    assert window.data_safety.chooser is None  # no file is asked for


def test_a_broken_export_is_refused_as_a_whole(window, tmp_path, qtbot):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "something else"}', encoding="utf-8")
    window.data_safety.import_from(bad)
    qtbot.waitUntil(lambda: window.dialog is not None and window.dialog.objectName() == "dataSafetyNotice",
                    timeout=10000)
    assert window.dialog.text().startswith("Nothing was imported")
    assert window.session.store.lines.all() == []


@pytest.mark.parametrize("language, expected", [
    ("en", "Nothing was exported: Export file: is the ledger itself (or one of its files); choose another name"),
    ("zh_CN", "没有导出任何内容：导出文件：是账本本身（或它的文件之一），请换一个文件名"),
])
def test_a_refused_export_names_the_field_in_words(make_window, qtbot, language, expected):
    window = make_window(language=language)
    window.data_safety.export_to(window.session.db_path)  # it said "out: is the ledger itself …"
    qtbot.waitUntil(lambda: window.dialog is not None and window.dialog.objectName() == "dataSafetyNotice",
                    timeout=10000)
    assert window.dialog.text() == expected


# -- settings --------------------------------------------------------------------------------------------------
def test_backup_retention_is_set_in_the_settings(window):
    window.window_actions.settings.trigger()
    dialog = window.dialog
    assert (dialog.keep_daily.value(), dialog.keep_weekly.value()) == (7, 4)
    dialog.keep_daily.setValue(3)
    dialog.keep_weekly.setValue(2)
    dialog.ok_button().click()
    assert backups.read_policy(window.session.store) == backups.RetentionPolicy(3, 2)
    window.window_actions.settings.trigger()
    assert (window.dialog.keep_daily.value(), window.dialog.keep_weekly.value()) == (3, 2)
