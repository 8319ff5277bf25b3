"""When a database cannot be opened: say which file and what is wrong, in the user's language, and offer a way on.

``OpenProblemBox`` is the window ``run()`` shows before the main window exists (the file is damaged, not a DebtLens
file, made by a newer DebtLens, or open in another DebtLens window): "Restore the latest backup" (only when there
is one to offer), "Open another file…" or "Quit". Nothing here writes to the file; restoring is the caller's step
(``backups.restore``, which keeps the damaged file first).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QWidget

from app.storage.db import DatabaseError
from app.ui.messages import message

#: The choices of ``OpenProblemBox``.
RESTORE, OTHER_FILE, QUIT = "restore", "other_file", "quit"
#: QSettings key of the folder the last database was chosen from.
LAST_DB_DIR_KEY = "data/last_database_dir"


def kind_of(exc: DatabaseError) -> str:
    """What is wrong (``DatabaseError.kind``): ``locked``, ``newer``, ``foreign``, ``damaged``, ``read_only`` or
    ``other``."""
    return exc.kind


def headline(exc: DatabaseError) -> str:
    """One or two sentences in the active language saying what is wrong and what the user can do."""
    kind = kind_of(exc)
    pid = getattr(exc, "pid", None)
    if kind == "locked" and pid:
        return QCoreApplication.translate(
            "OpenErrors", "This database is already open in another DebtLens window (pid %1). Switch to that "
                          "window, or open another file.").replace("%1", str(pid))
    texts = {
        "locked": QCoreApplication.translate(
            "OpenErrors", "This database is already open in another DebtLens window. Switch to that window, or "
                          "open another file."),
        "newer": QCoreApplication.translate(
            "OpenErrors", "This database was made by a newer version of DebtLens. Update DebtLens to open it; the "
                          "file was not changed."),
        "foreign": QCoreApplication.translate(
            "OpenErrors", "This file is not a DebtLens database (or its start is damaged). DebtLens did not "
                          "change it."),
        "damaged": QCoreApplication.translate(
            "OpenErrors", "This database is damaged, so DebtLens did not open it. The file was not changed."),
        "read_only": QCoreApplication.translate(
            "OpenErrors", "DebtLens cannot write to this database: the file or its folder is read-only. Check "
                          "its permissions."),
    }
    return texts.get(kind) or QCoreApplication.translate("OpenErrors", "DebtLens cannot open this database.")


def details(exc: DatabaseError) -> str:
    """The file and the technical reason (as the storage layer gave it), one per line."""
    file_line = QCoreApplication.translate("OpenErrors", "File: %1").replace("%1", str(exc.path))
    reason_line = QCoreApplication.translate("OpenErrors", "Reason: %1").replace("%1", message(exc.reason))
    return f"{file_line}\n{reason_line}"


class OpenProblemBox(QMessageBox):
    """The problem with a database that could not be opened, and the ways on: restore its latest backup (when
    ``exc.latest_backup`` names one), open another file, or quit. ``choice()`` tells which button was clicked."""

    def __init__(self, exc: DatabaseError, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.exc = exc
        self.setObjectName("openProblemBox")
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("DebtLens"))
        self.setText(headline(exc))
        info = details(exc)
        if exc.latest_backup is not None:
            info += "\n\n" + self.tr("The latest backup is %1. Restoring it first keeps a copy of this file in the "
                                      "backups folder.").replace("%1", exc.latest_backup.name)
        self.setInformativeText(info)
        self.buttons_by_choice: dict[str, QPushButton] = {}
        if exc.latest_backup is not None:
            self.buttons_by_choice[RESTORE] = self.addButton(self.tr("Restore the latest backup"),
                                                             QMessageBox.ButtonRole.AcceptRole)
        self.buttons_by_choice[OTHER_FILE] = self.addButton(self.tr("Open another file…"),
                                                            QMessageBox.ButtonRole.ActionRole)
        self.buttons_by_choice[QUIT] = self.addButton(self.tr("Quit"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.buttons_by_choice.get(RESTORE, self.buttons_by_choice[OTHER_FILE]))
        self.setEscapeButton(self.buttons_by_choice[QUIT])

    def choice(self) -> str:
        """``RESTORE``, ``OTHER_FILE`` or ``QUIT`` (also when the box was closed without a click)."""
        clicked = self.clickedButton()
        return next((key for key, button in self.buttons_by_choice.items() if button is clicked), QUIT)


def ask(exc: DatabaseError, parent: QWidget | None = None) -> str:
    """Show ``OpenProblemBox`` and wait for the answer (used before the main window exists); returns the choice."""
    box = OpenProblemBox(exc, parent)
    box.exec()
    return box.choice()


def tell_restore_failed(exc: Exception, parent: QWidget | None = None) -> None:
    """Say that restoring a backup failed (the database file was not replaced) and wait until it is closed."""
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("OpenErrors", "DebtLens"),
                      QCoreApplication.translate("OpenErrors", "The backup could not be restored. The database file "
                                                               "was not replaced."),
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("restoreFailedNotice")
    box.setInformativeText(details(exc) if isinstance(exc, DatabaseError) else str(exc))
    box.exec()


def choose_database(parent: QWidget | None = None) -> Path | None:
    """Ask for a DebtLens database file to open (waits); ``None`` when cancelled. Remembers the folder."""
    settings = QSettings()
    folder = str(settings.value(LAST_DB_DIR_KEY, str(Path.home())))
    filters = [QCoreApplication.translate("OpenErrors", "DebtLens databases (*.db)"),
               QCoreApplication.translate("OpenErrors", "All files (*)")]
    name, _filter = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("OpenErrors", "Open a DebtLens database"), folder, ";;".join(filters))
    if not name:
        return None
    path = Path(name)
    settings.setValue(LAST_DB_DIR_KEY, str(path.parent))
    return path


def problem_box(exc: DatabaseError, parent: QWidget) -> QMessageBox:
    """A warning about ``exc`` for a window that is already running (e.g. opening the demo failed: the window
    keeps the database it had); the caller opens it."""
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("OpenErrors", "DebtLens"),
                      headline(exc), QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("openProblemNotice")
    box.setInformativeText(details(exc))
    return box
