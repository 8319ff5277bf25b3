"""Restore from a backup: the backups of the open database, newest first, with their date, reason and size."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.i18n import formatting as fmt
from app.storage import backups
from app.storage.backups import BackupInfo
from app.ui.session import Session
from app.ui.views.common import Retranslatable, error_label, item_table, muted


class RestoreDialog(Retranslatable, QDialog):
    """Lists the backups of the session's database (``backups.list_backups``: newest first) and emits
    ``restore_requested(path)`` for the chosen one; the main window restores it (the current file is saved as a
    ``pre-restore`` backup first) and closes the dialog, or shows why not with ``show_error``."""

    restore_requested = Signal(object)  # Path

    COLUMNS = ("taken_at", "reason", "size")

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("restoreDialog")
        self.setMinimumSize(560, 360)
        self.backups: list[BackupInfo] = backups.list_backups(session.db_path)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.empty = muted()
        self.empty.setWordWrap(True)
        self.table = item_table(len(self.backups), len(self.COLUMNS))
        self.error = error_label()
        self.buttons = QDialogButtonBox()
        self.restore_button: QPushButton = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button: QPushButton = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._on_restore_clicked)
        self.buttons.rejected.connect(self.reject)
        self.table.itemSelectionChanged.connect(self._on_selection_changed)
        self.table.itemDoubleClicked.connect(self._on_restore_clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.table.setVisible(bool(self.backups))
        self.empty.setVisible(not self.backups)
        self.retranslate_ui()
        if self.backups:
            self.table.selectRow(0)
        self._on_selection_changed()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.intro.setText(self.tr("Restoring replaces the data you see now with the chosen backup. Your data as it "
                                   "is now is saved as a backup first, so you can go back."))
        self.empty.setText(self.tr("There is no backup of this database yet. Use File → Back up now to make one."))
        self.table.setHorizontalHeaderLabels([self.tr("Taken"), self.tr("Why"), self.tr("Size")])
        self.table.setAccessibleName(self.tr("Backups"))
        self.restore_button.setText(self.tr("&Restore"))
        self.cancel_button.setText(self.tr("Cancel"))
        for row, info in enumerate(self.backups):
            texts = (fmt.day(info.taken_at.date()) + " " + info.taken_at.strftime("%H:%M:%S"),
                     self.reason_text(info.reason), size_text(info.size_bytes))
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(info.path.name)
                if column == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)

    def reason_text(self, reason: str) -> str:
        """Why a backup was made, for people."""
        return {
            backups.AUTO: self.tr("Automatic (daily)"),
            backups.MANUAL: self.tr("Made by you"),
            backups.PRE_RESTORE: self.tr("Before a restore"),
            backups.PRE_IMPORT: self.tr("Before an import"),
            backups.PRE_MIGRATION: self.tr("Before an upgrade"),
        }.get(reason, reason)

    def selected_backup(self) -> Path | None:
        """The chosen backup file, or ``None``."""
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()].path if rows else None

    def show_error(self, text: str) -> None:
        """Say why the chosen backup was not restored (the dialog stays open)."""
        self.error.setText(text)
        self.error.show()

    def _on_selection_changed(self) -> None:
        self.restore_button.setEnabled(self.selected_backup() is not None)

    def _on_restore_clicked(self, *_args: object) -> None:
        path = self.selected_backup()
        if path is not None:
            self.error.hide()
            self.restore_requested.emit(path)


def size_text(size_bytes: int) -> str:
    """A file size for people: ``48.0 KB``, ``1.2 MB`` (the active locale's digits)."""
    return QLocale().formattedDataSize(size_bytes, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)
