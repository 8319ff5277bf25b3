"""The File menu's data-safety commands for the main window: back up now, restore from a backup, export, import a
JSON export.

Backing up, exporting and importing run off the GUI thread (``Session.tasks``, on the worker's own connection) with
a busy indicator in the status bar; restoring closes the database, swaps the backup in and opens it again
(``Session.restore_backup``), so it runs on the GUI thread while nothing else can use the file.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QProgressBar

from app.domain.errors import DebtLensError
from app.i18n import formatting as fmt
from app.storage import backups
from app.storage.backups import BackupInfo, RestoreResult
from app.storage.db import DatabaseError
from app.ui.texts import errors
from app.ui.session import Session

if TYPE_CHECKING:
    from app.services.export_service import ImportResult
    from app.ui.main_window import MainWindow

#: QSettings key of the folder the last export was written to / imported from.
LAST_DIR_KEY = "data/last_export_dir"


class DataSafety(QObject):
    """Back up now, restore, export and import for ``window`` (a ``MainWindow``: its ``actions``, status bar and
    ``dialog`` attribute, which tests drive). ``chooser`` is the file dialog opened last; ``busy`` the status-bar
    indicator shown while a task runs (``is_busy``); the four commands are disabled meanwhile."""

    def __init__(self, window: MainWindow, session: Session) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self.chooser: QFileDialog | None = None
        self.is_busy = False
        self.busy = QProgressBar()
        self.busy.setObjectName("busyIndicator")
        self.busy.setRange(0, 0)  # indeterminate
        self.busy.setMaximumWidth(140)
        self.busy.setTextVisible(False)
        self.busy.hide()
        window.statusBar().addPermanentWidget(self.busy)
        self.busy.setAccessibleName(self.tr("Working…"))
        a = window.window_actions
        self._commands = (a.back_up_now, a.restore_backup, a.export_data, a.import_json)
        a.back_up_now.triggered.connect(self.back_up_now)
        a.restore_backup.triggered.connect(self.open_restore_dialog)
        a.export_data.triggered.connect(self.choose_export_file)
        a.import_json.triggered.connect(self.choose_import_file)
        session.database_switched.connect(self._on_database_switched)

    # -- helpers --------------------------------------------------------------------------------------------
    def _open(self, dialog: QDialog) -> QDialog:
        """Open ``dialog`` window-modal without blocking, as the window's current ``dialog``."""
        self.window.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 15000)

    def _warn(self, title: str, text: str, info: str = "") -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("dataSafetyNotice")
        box.setInformativeText(info)
        self._open(box)
        return box

    def _run(self, task: Callable[[Any], Any], on_done: Callable[[Any], None], busy_text: str,
             failed_text: str) -> None:
        """Run ``task(store)`` on the worker with the busy indicator shown and the commands disabled; a failure
        is shown in a message, ``failed_text`` with the problem in place of ``%1``."""
        if not self.session.is_open:
            return
        self._set_busy(True, busy_text)

        def done(result: Any) -> None:
            self._set_busy(False)
            on_done(result)

        def failed(exc: Exception) -> None:
            self._set_busy(False)
            self._warn(self.tr("DebtLens"), failed_text.replace("%1", self.problem_text(exc)))

        self.session.submit(task, done, failed)

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self.is_busy = busy
        self.busy.setVisible(busy)
        for action in self._commands:
            action.setEnabled(not busy)
        if busy:
            self.window.statusBar().showMessage(text)
        else:
            self.window.statusBar().clearMessage()

    def problem_text(self, exc: Exception) -> str:
        """What went wrong, for people: a validation problem with its field, a file problem with its file."""
        if isinstance(exc, DebtLensError):  # the field's label (never its name in the code), or the file
            return errors.problem(exc)
        if isinstance(exc, OSError):
            return self.tr("The file could not be written (%1).").replace("%1", exc.strerror or str(exc))
        return str(exc)

    @staticmethod
    def _start_folder() -> str:
        return str(QSettings().value(LAST_DIR_KEY, str(Path.home())))

    def _on_database_switched(self, _demo: bool) -> None:
        """Pending tasks were dropped with the old database: their results will not come."""
        if self.is_busy:
            self._set_busy(False)

    # -- back up now ----------------------------------------------------------------------------------------
    def back_up_now(self) -> None:
        """Write a backup now, off the GUI thread; the status bar names the file."""
        db_path = self.session.db_path
        self._run(lambda store: backups.backup_now(store, backups.MANUAL, db_path=db_path), self._on_backed_up,
                  self.tr("Backing up…"), self.tr("No backup was made: %1"))

    def _on_backed_up(self, info: BackupInfo) -> None:
        self._status(self.tr("Backed up to %1").replace("%1", info.path.name))

    # -- restore --------------------------------------------------------------------------------------------
    def open_restore_dialog(self) -> None:
        """Open the list of backups; restoring one replaces the database (after saving it as a backup)."""
        from app.ui.dialogs.backup_dialog import RestoreDialog

        dialog = RestoreDialog(self.session, self.window)
        dialog.restore_requested.connect(lambda path: self.restore(path, dialog))
        self._open(dialog)

    def restore(self, backup_path: Path, dialog=None) -> RestoreResult | None:
        """Restore ``backup_path`` into the open database and refresh every view; on failure the reason is shown
        in ``dialog`` (or a message) and the database stays as it was."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = self.session.restore_backup(Path(backup_path))
        except (DatabaseError, OSError) as exc:
            text = self.tr("This backup was not restored: %1").replace("%1", self.problem_text(exc))
            if dialog is not None:
                dialog.show_error(text)
            else:
                self._warn(self.tr("Restore from a backup"), text)
            return None
        finally:
            QApplication.restoreOverrideCursor()
        if dialog is not None:
            dialog.accept()
        self.show_restored(result)
        return result

    def show_restored(self, result: RestoreResult) -> None:
        """Say in the status bar what was restored and where the replaced file was kept."""
        text = self.tr("Restored %1.").replace("%1", result.restored_from.name)
        if result.safety_copy is not None:
            text += " " + self.tr("The data it replaced was saved as %1.").replace("%1", result.safety_copy.name)
        self._status(text)

    # -- export ---------------------------------------------------------------------------------------------
    def choose_export_file(self) -> None:
        """Ask where to export (JSON, or CSV files in a zip); the export then runs off the GUI thread."""
        default = Path(self._start_folder()) / f"debtlens-export-{date.today():%Y-%m-%d}.json"
        chooser = QFileDialog(self.window, self.tr("Export your data"), str(default))
        chooser.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        json_filter, zip_filter = self.tr("JSON file (*.json)"), self.tr("CSV files in a zip (*.zip)")
        chooser.setNameFilters([json_filter, zip_filter])
        chooser.setDefaultSuffix("json")
        chooser.filterSelected.connect(
            lambda selected: chooser.setDefaultSuffix("zip" if selected == zip_filter else "json"))
        chooser.fileSelected.connect(self.export_to)
        chooser.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.chooser = chooser
        chooser.open()

    def export_to(self, path: str | Path) -> None:
        """Export everything to ``path``: CSV files in a zip when it ends in ``.zip``, else JSON (the file dialog
        asked before replacing a file)."""
        from app.services.export_service import ExportService  # not needed for the window's first paint

        path = Path(path)
        QSettings().setValue(LAST_DIR_KEY, str(path.parent))
        csv = path.suffix.lower() == ".zip"

        def task(store) -> Path:
            service = ExportService(store)
            return service.export_csv(path, overwrite=True) if csv else service.export_json(
                path, overwrite=True, exported_at=datetime.now())

        self._run(task, self._on_exported, self.tr("Exporting to %1…").replace("%1", path.name),
                  self.tr("Nothing was exported: %1"))

    def _on_exported(self, path: Path) -> None:
        self._status(self.tr("Exported to %1. The file holds all your data: keep it somewhere private.")
                     .replace("%1", str(path)))

    # -- import ---------------------------------------------------------------------------------------------
    def choose_import_file(self) -> None:
        """Ask for a JSON export to load; only an empty database takes one (else say why not)."""
        if not self.session.services.is_empty():
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Import a JSON export"),
                              self.tr("This database already holds data, so an export cannot be imported into it."),
                              QMessageBox.StandardButton.Ok, self.window)
            box.setObjectName("importNotEmpty")
            box.setInformativeText(self.tr(
                "An export is loaded only into an empty database, so nothing is mixed up or counted twice. Start "
                "DebtLens with a new database file (debtlens --db new.db) and import the export there; the data "
                "here stays as it is."))
            self._open(box)
            return
        chooser = QFileDialog(self.window, self.tr("Import a JSON export"), self._start_folder())
        chooser.setFileMode(QFileDialog.FileMode.ExistingFile)
        chooser.setNameFilters([self.tr("DebtLens JSON export (*.json)"), self.tr("All files (*)")])
        chooser.fileSelected.connect(self.import_from)
        chooser.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.chooser = chooser
        chooser.open()

    def import_from(self, path: str | Path, password: str | None = None) -> None:
        """Import the JSON export ``path`` off the GUI thread (one transaction: all or nothing). An encrypted
        export (of a password-protected ledger) asks for its password first."""
        from app.services.export_service import ExportService
        from app.storage import cipher

        path = Path(path)
        if password is None and cipher.looks_encrypted(path):
            from app.ui.dialogs.password_dialog import ask_for_export

            self.password_dialog = ask_for_export(path, self.window, lambda typed: self.import_from(path, typed))
            return
        QSettings().setValue(LAST_DIR_KEY, str(path.parent))
        self._run(lambda store: ExportService(store).import_json(path, password=password), self._on_imported,
                  self.tr("Importing %1…").replace("%1", path.name), self.tr("Nothing was imported: %1"))

    def _on_imported(self, result: ImportResult) -> None:
        self.session.changed.emit(result.changes)
        self._status(self.tr("Imported: credit lines %1, purchases %2, repayments %3.")
                     .replace("%1", fmt.count(result.counts.get("credit_lines", 0)))
                     .replace("%2", fmt.count(result.counts.get("purchases", 0)))
                     .replace("%3", fmt.count(result.counts.get("repayments", 0))))
