"""File → "Export due dates…": the payment due dates of the next 12 months as an iCalendar (.ics) file
(``services.calendar_service``), in the window's language, written off the GUI thread.

The events carry each line's reminder setting as their alarm. A file at the chosen place is replaced (the file
dialog asked first); the ledger itself and its files are refused with the reason, and nothing is written.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.domain.errors import DebtLensError, ValidationError
from app.domain.messages import QT_TRANSLATE_NOOP
from app.ui.actions import insert_into
from app.ui.data_safety import LAST_DIR_KEY
from app.ui.session import Session
from app.ui.texts import errors

if TYPE_CHECKING:
    from app.services.calendar_service import CalendarExport
    from app.ui.main_window import MainWindow

#: Months of due dates the window exports.
MONTHS = 12
FILE_NAME = "debtlens-due-dates.ics"
#: Why a target is refused (``ExportService.check_target``), for lupdate; shown translated.
_REASONS = [
    QT_TRANSLATE_NOOP("CalendarExport", "is the ledger itself (or one of its files); choose another name"),
    QT_TRANSLATE_NOOP("CalendarExport", "is in the ledger's backup folder; choose another place"),
    QT_TRANSLATE_NOOP("CalendarExport", "is a database; an export never replaces one, choose another name"),
]


class CalendarExporter(QObject):
    """The "Export due dates…" command of ``window`` (a ``MainWindow``): ``action`` sits in the File menu after
    "Export…"; ``chooser`` is the file dialog opened last and ``notice`` the message shown last (tests drive
    them); ``finished(path)`` is emitted after a file was written."""

    def __init__(self, window: MainWindow, session: Session) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self.chooser: QFileDialog | None = None
        self.notice: QMessageBox | None = None
        self.action = QAction(window)
        self.action.setObjectName("exportDueDates")
        self.action.triggered.connect(self.choose_file)
        menu = window.file_menu
        actions = menu.actions()
        after = actions.index(window.window_actions.export_data) + 1 if window.window_actions.export_data in actions else 0
        insert_into(menu, actions[after] if after < len(actions) else None, self.action)
        window.languages.language_changed.connect(self.retranslate)
        self.retranslate()

    def retranslate(self, _code: str = "") -> None:
        """Set the action's texts in the active language."""
        self.action.setText(self.tr("Export due dates…"))
        self.action.setToolTip(self.tr("Save the payment due dates of the next 12 months as a calendar file (.ics) "
                                       "for your calendar app"))
        self.action.setStatusTip(self.action.toolTip())

    def choose_file(self) -> None:
        """Ask where to save the calendar file; the export then runs off the GUI thread."""
        folder = Path(str(QSettings().value(LAST_DIR_KEY, str(Path.home()))))
        chooser = QFileDialog(self.window, self.tr("Export due dates"), str(folder / FILE_NAME))
        chooser.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        chooser.setNameFilters([self.tr("Calendar file (*.ics)")])
        chooser.setDefaultSuffix("ics")
        chooser.fileSelected.connect(self.export_to)
        chooser.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.chooser = chooser
        chooser.open()

    def export_to(self, path: str | Path) -> None:
        """Write the due dates of the next ``MONTHS`` months from ``session.today()`` to ``path`` (replacing a
        file there), in the window's language; the status bar says how many, a message why not."""
        from app.services.calendar_service import CalendarService  # not needed for the first paint

        if not self.session.is_open:
            return
        path = Path(path)
        QSettings().setValue(LAST_DIR_KEY, str(path.parent))
        today, stamp = self.session.today(), datetime.now(UTC)
        lang = "zh_CN" if self.window.languages.language.startswith("zh") else "en"

        def task(store) -> CalendarExport:
            return CalendarService(store).export(path, today, stamp=stamp, months=MONTHS, lang=lang, overwrite=True)

        self.window.statusBar().showMessage(self.tr("Exporting due dates to %1…").replace("%1", path.name))
        self.session.submit(task, self._on_exported, self._on_failed)

    def _on_exported(self, result: CalendarExport) -> None:
        text = self.tr("Saved %n due date(s) to %1: import it into your calendar app (exporting again updates the "
                       "events).", "", result.events).replace("%n", str(result.events)).replace("%1", str(result.path))
        self.window.statusBar().showMessage(text, 20000)

    def _on_failed(self, exc: Exception) -> None:
        self.window.statusBar().clearMessage()
        if isinstance(exc, ValidationError):
            reason = (QCoreApplication.translate("CalendarExport", exc.reason) if exc.reason in _REASONS
                      else errors.reason(exc))
            problem = f"{exc.value}: {reason}" if exc.value else reason
        elif isinstance(exc, DebtLensError):
            problem = errors.file_problem(exc)
        elif isinstance(exc, OSError):
            problem = exc.strerror or str(exc)
        else:
            raise exc
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Export due dates"),
                          self.tr("No calendar file was saved: %1").replace("%1", problem),
                          QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("calendarExportProblem")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.notice = box
        self.window.dialog = box
        box.open()
