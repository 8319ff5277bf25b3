"""File → "Print monthly report…" (Ctrl+P) and "Export monthly report as PDF…": the month is chosen in a small
dialog, then the printer (Qt's print dialog) or the file.

The report's figures and its charts (matplotlib, a few seconds the first time) are prepared on the task runner;
the document is then laid out and printed on the GUI thread (``app.ui.report``). The ledger's own files and any
database are refused as a target, with the reason, and nothing is written.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from dateutil.relativedelta import relativedelta
from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QLabel, QMessageBox

from app.domain.errors import DebtLensError, ValidationError
from app.i18n import formatting as fmt
from app.ui.actions import insert_into
from app.ui.texts import errors
from app.ui.data_safety import LAST_DIR_KEY
from app.ui.session import Session

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrintDialog

    from app.ui.main_window import MainWindow

#: Months offered in the month chooser: this one and the ones before it.
MONTHS_OFFERED = 12


class ReportMonthDialog(QDialog):
    """Which month to report on: this month (the default) or one of the ``MONTHS_OFFERED - 1`` before it."""

    def __init__(self, today: date, title: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("reportMonthDialog")
        self.setWindowTitle(title)
        self.month = QComboBox()
        first = today.replace(day=1)
        for back in range(MONTHS_OFFERED):
            month = first - relativedelta(months=back)
            self.month.addItem(fmt.month(month), month)
        self.label = QLabel(self.tr("&Month"))
        self.label.setBuddy(self.month)
        self.month.setAccessibleName(self.tr("Month"))
        self.hint = QLabel(self.tr("The overview's figures as of the month's last day (today for this month), its "
                                   "statements, the payments due after it and both charts."))
        self.hint.setWordWrap(True)
        self.hint.setProperty("role", "muted")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        form = QFormLayout(self)
        form.addRow(self.label, self.month)
        form.addRow(self.hint)
        form.addRow(buttons)

    def chosen(self) -> date:
        """The first day of the month chosen."""
        return self.month.currentData()


class ReportActions(QObject):
    """The report commands of ``window`` (a ``MainWindow``), put in its File menu after "Export due dates…".

    ``dialog`` is the month dialog opened last, ``chooser`` the file dialog, ``print_dialog`` the print dialog and
    ``notice`` the message shown last (tests drive them). Emits ``exported(path)`` after a PDF was written and
    ``printed()`` after the report went to the printer."""

    exported = Signal(object)
    printed = Signal()

    def __init__(self, window: MainWindow, session: Session) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self.dialog: ReportMonthDialog | None = None
        self.chooser: QFileDialog | None = None
        self.print_dialog: QPrintDialog | None = None
        self.notice: QMessageBox | None = None
        self.print_action = QAction(window)
        self.print_action.setObjectName("printReport")
        self.print_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.print_action.triggered.connect(lambda: self.choose_month("print"))
        self.export_action = QAction(window)
        self.export_action.setObjectName("exportReport")
        self.export_action.triggered.connect(lambda: self.choose_month("pdf"))
        window.addAction(self.print_action)  # Ctrl+P also in presentation mode (no menu bar)
        menu = window.file_menu
        actions = menu.actions()
        anchor = window.due_dates.action
        after = actions.index(anchor) + 1 if anchor in actions else len(actions)
        before = actions[after] if after < len(actions) else None
        insert_into(menu, before, self.export_action, self.print_action)
        window.languages.language_changed.connect(self.retranslate)
        self.retranslate()

    def retranslate(self, _code: str = "") -> None:
        """Set the actions' texts in the active language."""
        self.print_action.setText(self.tr("&Print monthly report…"))
        self.print_action.setStatusTip(self.tr("Print the month's figures, statements, upcoming payments and charts"))
        self.export_action.setText(self.tr("Export monthly report as PDF…"))
        self.export_action.setStatusTip(self.tr("Save the month's figures, statements, upcoming payments and charts "
                                                "as a PDF file"))

    # -- the month, then the printer or the file -------------------------------------------------------------
    def choose_month(self, target: str) -> None:
        """Ask for the month; then the printer (``target`` "print") or the PDF file ("pdf")."""
        title = self.tr("Print monthly report") if target == "print" else self.tr("Export monthly report as PDF")
        dialog = ReportMonthDialog(self.session.today(), title, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: (self.choose_printer if target == "print" else self.choose_file)(
            dialog.chosen()))
        self.dialog = dialog
        dialog.open()

    def choose_file(self, month: date) -> None:
        """Ask where to save the report on ``month`` as a PDF; it is then written (``export_to``)."""
        folder = Path(str(QSettings().value(LAST_DIR_KEY, str(Path.home()))))
        name = self.tr("debtlens-report-%1.pdf").replace("%1", month.strftime("%Y-%m"))
        chooser = QFileDialog(self.window, self.tr("Export monthly report as PDF"), str(folder / name))
        chooser.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        chooser.setNameFilters([self.tr("PDF document (*.pdf)")])
        chooser.setDefaultSuffix("pdf")
        chooser.fileSelected.connect(lambda path: self.export_to(month, Path(path)))
        chooser.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.chooser = chooser
        chooser.open()

    def choose_printer(self, month: date) -> None:
        """Qt's print dialog; the report on ``month`` is printed when the user confirms (``print_to``)."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.tr("Monthly report"))
        dialog = QPrintDialog(printer, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.print_to(month, printer))
        self.print_dialog = dialog
        dialog.setWindowModality(Qt.WindowModality.WindowModal)  # QPrintDialog.open() wants a slot in PySide6
        dialog.show()

    # -- the work --------------------------------------------------------------------------------------------
    def export_to(self, month: date, path: Path) -> None:
        """Write the report on ``month`` as a PDF to ``path`` (replacing a file there: the dialog asked)."""

        path = Path(path)
        QSettings().setValue(LAST_DIR_KEY, str(path.parent))
        try:
            self.session.services.exports.check_target(path)
        except ValidationError as exc:
            self._tell_failed(exc)
            return
        self._prepare(month, lambda document: self._write(document, path))

    def print_to(self, month: date, printer) -> None:
        """Print the report on ``month`` on ``printer`` (a ``QPrinter``)."""
        from app.ui import report

        def done(document) -> None:
            report.print_report(document, printer)
            self.window.statusBar().showMessage(self.tr("The monthly report was sent to the printer."), 15000)
            self.printed.emit()

        self._prepare(month, done)

    def _prepare(self, month: date, then) -> None:
        """The report on ``month`` and its charts on the task runner, then ``then(document)`` on the GUI thread."""
        from app.ui import report

        if not self.session.is_open:
            return
        today, texts = self.session.today(), report.chart_texts()
        ledger = self.tr("Demo (made-up data)") if self.session.demo else self.session.db_path.name

        def task(store):
            from app.services.monthly_report import monthly_report

            data = monthly_report(store, month, today)
            return data, report.render_charts(data, texts)

        def ready(result) -> None:
            data, charts = result
            try:
                then(report.build_document(data, charts, ledger))
            except (DebtLensError, OSError) as exc:
                self._tell_failed(exc)

        self.window.statusBar().showMessage(self.tr("Preparing the monthly report…"))
        self.session.submit(task, ready, self._tell_failed)

    def _write(self, document, path: Path) -> None:
        from app.ui import report

        written = report.write_pdf(document, path)
        self.window.statusBar().showMessage(self.tr("Monthly report saved to %1").replace("%1", str(written)), 20000)
        self.exported.emit(written)

    def _tell_failed(self, exc: Exception) -> None:
        self.window.statusBar().clearMessage()
        if isinstance(exc, ValidationError):
            from app.ui.calendar_export import _REASONS  # why a target is refused, translated there

            reason = (QCoreApplication.translate("CalendarExport", exc.reason) if exc.reason in _REASONS
                      else errors.reason(exc))
            problem = f"{exc.value}: {reason}" if exc.value else reason
        elif isinstance(exc, DebtLensError):
            problem = errors.file_problem(exc)
        elif isinstance(exc, OSError):
            problem = exc.strerror or str(exc)
        else:
            raise exc
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Monthly report"),
                          self.tr("The monthly report was not made: %1").replace("%1", problem),
                          QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("reportProblem")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.notice = box
        box.open()
