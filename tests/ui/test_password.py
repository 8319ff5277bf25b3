"""Password protection in the window: Settings → "Protect with a password…" encrypts the open ledger and it keeps
working; opening an encrypted ledger asks for its password and says when it is wrong; the dialog's own checks."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from app.domain.credit_line import CreditLine
from app.services.ledger import LedgerService
from app.storage import backups, cipher
from app.storage.db import SQLITE_MAGIC, open_database
from app.storage.repositories import Store
from app.ui.dialogs import password_dialog
from app.ui.dialogs.password_dialog import OPEN, PROTECT, PasswordDialog
from tests.ui.helpers import add_line

PASSWORD = "made-up 密码 2026"


@pytest.fixture(autouse=True)
def _forget_passwords():
    cipher._passwords.clear()
    yield
    cipher._passwords.clear()


def _ok(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_settings_protects_the_open_ledger_and_it_keeps_working(window, qtbot):
    add_line(window, "Made-up Card 虚构卡", "5000")
    path = window.session.db_path
    window.window_actions.settings.trigger()
    settings = window.dialog
    assert settings.protect_button.text() == "Protect with a password…"
    settings.protect_button.click()
    qtbot.waitUntil(lambda: isinstance(window.dialog, PasswordDialog))
    dialog = window.dialog
    assert dialog.windowTitle() == "Protect with a password" and "AES-256" in dialog.message.text()
    dialog.first.setText(PASSWORD)
    dialog.second.setText(PASSWORD + "x")
    _ok(dialog)
    assert dialog.isVisible() and dialog.error.text() == "The two entries differ. Type the same password twice."
    assert path.read_bytes()[:16] == SQLITE_MAGIC  # nothing changed yet
    dialog.second.setText(PASSWORD)
    _ok(dialog)
    done = window.findChild(QMessageBox, "protectionDoneBox")
    assert done is not None and done.text().startswith("The ledger is now protected with your password;")
    assert cipher.looks_encrypted(path) and "Made-up Card".encode() not in path.read_bytes()
    assert all(cipher.looks_encrypted(b.path) for b in backups.list_backups(path))
    # the window goes on with the encrypted file: reads, writes, the worker's connection
    assert [line.name for line in window.session.store.lines.all()] == ["Made-up Card 虚构卡"]
    add_line(window, "Second Card", "3000")
    assert len(window.session.store.lines.all()) == 2
    window.window_actions.settings.trigger()
    assert window.dialog.protect_button.text() == "Remove the password…"
    window.dialog.reject()


def test_removing_the_password_asks_for_the_current_one(window, qtbot):
    add_line(window, "花呗", "5000")
    path = window.session.db_path
    password_dialog.apply_protection(window.session, PASSWORD, window)
    assert cipher.looks_encrypted(path)
    dialog = password_dialog.change_protection(window.session, window)
    assert dialog.mode == password_dialog.REMOVE and dialog.windowTitle() == "Remove the password"
    dialog.first.setText("not it")
    _ok(dialog)
    assert dialog.isVisible() and dialog.error.text() == "The password is wrong. Nothing was changed."
    assert cipher.looks_encrypted(path)
    dialog.first.setText(PASSWORD)
    _ok(dialog)
    assert path.read_bytes()[:16] == SQLITE_MAGIC
    assert [line.name for line in window.session.store.lines.all()] == ["花呗"]


def test_a_refused_protection_says_why_in_words(window):
    add_line(window, "花呗", "5000")
    password_dialog.apply_protection(window.session, PASSWORD, window)
    assert password_dialog.apply_protection(window.session, PASSWORD, window) is None  # protected already
    refused = window.findChild(QMessageBox, "protectionFailedBox")
    # it said "Nothing was changed: database: is already protected with a password (got '/…/user.db')"
    assert refused.text() == "Nothing was changed: Ledger file: is already protected with a password"


def test_opening_an_encrypted_ledger_asks_for_the_password_until_it_is_right(tmp_path, qtbot, monkeypatch):
    from app.ui.application import open_window

    path = tmp_path / "user.db"
    store = Store(open_database(path, password=PASSWORD))
    LedgerService(store).add_line(CreditLine("花呗"), limit_fen=500000)
    store.close()
    cipher._passwords.clear()
    asked = []
    answers = iter(["wrong password", PASSWORD])

    def ask(p, *, wrong=False, parent=None):
        asked.append((p, wrong))
        return next(answers)

    monkeypatch.setattr(password_dialog, "ask_password_to_open", ask)
    window = open_window(path)
    qtbot.addWidget(window)
    assert asked == [(path, False), (path, True)]  # the second time it says the first was wrong
    assert [line.name for line in window.session.store.lines.all()] == ["花呗"]
    window.session.close()


def test_cancelling_the_password_quits_and_writes_nothing(tmp_path, qtbot, monkeypatch):
    from app.ui.application import open_window

    path = tmp_path / "user.db"
    Store(open_database(path, password=PASSWORD)).close()
    cipher._passwords.clear()
    before = path.read_bytes()
    monkeypatch.setattr(password_dialog, "ask_password_to_open", lambda p, **k: None)
    assert open_window(path) is None
    assert path.read_bytes() == before


def test_the_open_dialog_names_the_file_and_shows_a_wrong_password(qtbot, tmp_path):
    dialog = PasswordDialog(OPEN, tmp_path / "ledger.db", wrong=True)
    qtbot.addWidget(dialog)
    assert dialog.message.text() == "ledger.db is protected with a password. Enter it to open the ledger."
    assert dialog.error.text() == "The password is wrong (or the file is damaged). Nothing was changed."
    assert not dialog.second.isVisibleTo(dialog)
    _ok(dialog)
    assert dialog.error.text() == "Enter a password."
    dialog.first.setText("x")
    _ok(dialog)
    assert dialog.result() == PasswordDialog.DialogCode.Accepted and dialog.password() == "x"


def test_the_dialogs_in_chinese(qtbot, tmp_path):
    from app.ui.application import apply_language

    apply_language("zh_CN")
    dialog = PasswordDialog(PROTECT, tmp_path / "ledger.db")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "用密码保护"
    assert "AES-256" in dialog.message.text() and "ledger.db" in dialog.message.text()
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).text() == "保护"
    opening = PasswordDialog(OPEN, tmp_path / "ledger.db", wrong=True)
    qtbot.addWidget(opening)
    assert opening.message.text() == "ledger.db 受密码保护。输入密码以打开账本。"


def test_an_encrypted_export_asks_for_its_password_before_importing(window, qtbot, tmp_path):
    from app.services.export_service import ExportService

    source = Store(open_database(tmp_path / "protected.db", password=PASSWORD))
    LedgerService(source).add_line(CreditLine("Made-up Card"), limit_fen=300000)
    export = ExportService(source).export_json(tmp_path / "export.json")
    source.close()
    assert cipher.looks_encrypted(export)
    window.data_safety.import_from(export)
    dialog = window.data_safety.password_dialog
    assert dialog.message.text() == "export.json is an encrypted DebtLens export. Enter its password to import it."
    dialog.first.setText("wrong")
    _ok(dialog)
    qtbot.waitUntil(lambda: window.dialog is not None and window.dialog.objectName() == "dataSafetyNotice",
                    timeout=10000)
    assert window.dialog.text().startswith("Nothing was imported") and "password is wrong" in window.dialog.text()
    assert window.session.store.lines.all() == []
    window.data_safety.import_from(export)
    window.data_safety.password_dialog.first.setText(PASSWORD)
    _ok(window.data_safety.password_dialog)
    qtbot.waitUntil(lambda: "Imported: credit lines 1" in window.statusBar().currentMessage(), timeout=10000)
    assert [line.name for line in window.session.store.lines.all()] == ["Made-up Card"]
