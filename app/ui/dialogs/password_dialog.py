"""Passwords in the window: asked when an encrypted ledger is opened, and set or removed from Settings →
"Protect with a password…" (``app.storage.protection`` does the work; this module only asks and reports).

Nothing is stored: the password lives in this process (``app.storage.cipher.remember``) while the ledger is open.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import ValidationError
from app.storage import cipher
from app.storage.db import DatabaseError
from app.ui.texts import errors
from app.ui.views.common import error_label

#: The dialog's modes: enter the password of a file to open it (a ledger, or an encrypted JSON export to import),
#: set a new one, or remove it (current one asked).
OPEN, OPEN_EXPORT, PROTECT, REMOVE = "open", "open_export", "protect", "remove"


class PasswordDialog(QDialog):
    """Asks for a password. ``OPEN``: the password of ``path`` (``wrong`` shows that the last one did not open
    it). ``PROTECT``: a new password, typed twice. ``REMOVE``: the current password, to remove the protection.
    ``password()`` is what was entered once accepted; a mismatch or an empty entry keeps the dialog open with a
    message under the fields."""

    def __init__(self, mode: str, path: Path, *, wrong: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode = mode
        self.path = Path(path)
        self.setObjectName("passwordDialog")
        self.setMinimumWidth(440)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.first = QLineEdit()
        self.second = QLineEdit()
        for edit in (self.first, self.second):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.first_label, self.second_label = QLabel(), QLabel()
        self.first_label.setBuddy(self.first)
        self.second_label.setBuddy(self.second)
        self.error = error_label()  # the theme's red
        self.error.setVisible(wrong)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._on_accepted)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.first_label, self.first)
        if mode == PROTECT:
            form.addRow(self.second_label, self.second)
        else:
            self.second.hide()
            self.second_label.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._wrong = wrong
        self.retranslate_ui()
        self.first.setFocus(Qt.FocusReason.OtherFocusReason)

    def retranslate_ui(self) -> None:
        """Set every text in the active language."""
        name = self.path.name
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if self.mode == OPEN:
            self.setWindowTitle(self.tr("Password"))
            self.message.setText(self.tr("%1 is protected with a password. Enter it to open the ledger.")
                                 .replace("%1", name))
            self.first_label.setText(self.tr("&Password"))
            ok.setText(self.tr("Open"))
        elif self.mode == OPEN_EXPORT:
            self.setWindowTitle(self.tr("Password"))
            self.message.setText(self.tr("%1 is an encrypted DebtLens export. Enter its password to import it.")
                                 .replace("%1", name))
            self.first_label.setText(self.tr("&Password"))
            ok.setText(self.tr("Import"))
        elif self.mode == PROTECT:
            self.setWindowTitle(self.tr("Protect with a password"))
            self.message.setText(self.tr(
                "The ledger %1, its backups and its JSON exports will be encrypted (SQLCipher, AES-256). Without "
                "the password nobody can read them, DebtLens included: it cannot be recovered, so keep it "
                "safe.").replace("%1", name))
            self.first_label.setText(self.tr("New &password"))
            self.second_label.setText(self.tr("&Repeat it"))
            ok.setText(self.tr("Protect"))
        else:
            self.setWindowTitle(self.tr("Remove the password"))
            self.message.setText(self.tr(
                "The ledger %1 and its backups will be stored unencrypted again: anyone with access to the files "
                "can read them. Enter the current password to confirm.").replace("%1", name))
            self.first_label.setText(self.tr("Current &password"))
            ok.setText(self.tr("Remove the password"))
        self.first.setAccessibleName(self.first_label.text().replace("&", ""))
        self.second.setAccessibleName(self.second_label.text().replace("&", ""))
        if self._wrong:
            self.error.setText(self.tr("The password is wrong (or the file is damaged). Nothing was changed."))

    def show_error(self, text: str) -> None:
        """Show ``text`` under the fields (the dialog stays open)."""
        self.error.setText(text)
        self.error.show()

    def _on_accepted(self) -> None:
        text = self.first.text()
        if not text:
            self.show_error(self.tr("Enter a password."))
            return
        if self.mode == PROTECT and self.second.text() != text:
            self.show_error(self.tr("The two entries differ. Type the same password twice."))
            return
        try:
            cipher.check_password(text)
        except ValidationError:
            self.show_error(self.tr("This password cannot be used (too long, or it holds a NUL character)."))
            return
        if self.mode == REMOVE and text != cipher.remembered(self.path):
            self.show_error(self.tr("The password is wrong. Nothing was changed."))
            return
        self.accept()

    def password(self) -> str:
        """The password entered (valid once the dialog was accepted)."""
        return self.first.text()


def ask_password_to_open(path: Path, *, wrong: bool = False, parent: QWidget | None = None) -> str | None:
    """Ask for the password of the encrypted ledger ``path`` (before the main window exists); ``None`` when the
    user cancelled."""
    dialog = PasswordDialog(OPEN, path, wrong=wrong, parent=parent)
    return dialog.password() if dialog.exec() == QDialog.DialogCode.Accepted else None


def ask_for_export(path: Path, parent: QWidget | None, then) -> PasswordDialog:
    """Ask window-modally (not blocking) for the password of the encrypted JSON export ``path``; ``then(password)``
    runs once it is entered (a wrong one is reported by the import, which then writes nothing)."""
    dialog = PasswordDialog(OPEN_EXPORT, path, parent=parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: then(dialog.password()))
    dialog.open()
    return dialog


def is_protected(session) -> bool:
    """Whether the session's open ledger is encrypted."""
    return session.services.exports.encrypted()


def change_protection(session, parent: QWidget | None = None) -> PasswordDialog:
    """Settings → "Protect with a password…" (or "Remove the password…" on an encrypted ledger): open the
    password dialog window-modal (not blocking); once it is accepted, ``apply_protection`` converts the ledger.
    Returns the dialog (also kept as ``parent.dialog``, like the main window's other dialogs)."""
    mode = REMOVE if is_protected(session) else PROTECT
    dialog = PasswordDialog(mode, session.db_path, parent=parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(
        lambda: apply_protection(session, dialog.password() if mode == PROTECT else None, parent))
    if parent is not None:
        parent.dialog = dialog  # type: ignore[attr-defined]  # MainWindow keeps its open dialog there
    dialog.open()
    return dialog


def apply_protection(session, new_password: str | None, parent: QWidget | None = None):
    """Encrypt the session's ledger with ``new_password`` (``None``: remove the password) through
    ``Session.change_protection``, then say what was done in a message box (``protectionDoneBox``). Returns the
    ``ProtectionResult``, or ``None`` when refused (a warning says why; the ledger is unchanged and open)."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        result = session.change_protection(new_password)
    except (DatabaseError, ValidationError, OSError) as exc:
        QApplication.restoreOverrideCursor()
        box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("PasswordDialog", "DebtLens"),
                          QCoreApplication.translate("PasswordDialog", "Nothing was changed: %1")
                          .replace("%1", errors.problem(exc)), parent=parent)
        box.setObjectName("protectionFailedBox")
        box.open()
        return None
    QApplication.restoreOverrideCursor()
    box = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("PasswordDialog", "DebtLens"),
                      summary(result), parent=parent)
    box.setObjectName("protectionDoneBox")
    box.open()
    return result


def summary(result) -> str:
    """What ``change_protection`` did, in the active language."""
    if result.encrypted:
        text = QCoreApplication.translate(
            "PasswordDialog", "The ledger is now protected with your password; %1 backup(s) were encrypted too.")
    else:
        text = QCoreApplication.translate(
            "PasswordDialog", "The password is removed: the ledger is stored unencrypted again; %1 backup(s) were "
                              "converted too.")
    text = text.replace("%1", str(result.backups_converted))
    if result.backups_skipped:
        text += "\n" + QCoreApplication.translate(
            "PasswordDialog", "%1 backup(s) could not be converted (another password, or damaged) and were left "
                              "as they were.").replace("%1", str(len(result.backups_skipped)))
    return text
