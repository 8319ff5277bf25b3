"""The import dialog: choose a bill export and a credit line, preview what it adds, import it in one transaction.

Step 1 is the file (``Choose file…``, drag and drop, or ``load_file(path)``), the credit line (a Huabei line for
Alipay files unless the user picked one) and, when the file needs it, which payment method in the file is this
line (WeChat, OFX with several cards) or how its columns map (a bank CSV without a preset: a named profile). A
file that does not say how each payment was made (the Alipay PC-web export) plans nothing until the user ticks
the box that puts every payment in it on the line, its text naming the line and the consequence. The preview then
runs on the session's worker thread (``app.services.import_flow``, on the worker's own SQLite connection) with a
progress bar fed through a :class:`~app.ui.tasks.ProgressRelay`. ``Import`` repeats the preview inside the worker
task right before the commit, so what is written is decided against the database as it is then, and broadcasts
the ``Changes`` on ``session.changed``.

This module is the controller; the widgets and how they show things are ``ImportForm`` (``form.py``). A file of
the wrong kind is refused with its name and the reason; nothing is written and the dialog stays usable.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QWidget

from app.domain.errors import DebtLensError, NotFoundError, ValidationError
from app.i18n import formatting as fmt
from app.importers import list_formats
from app.importers.csv_profile import CsvProfile
from app.importers.records import PURCHASE, REFUND, REPAYMENT, ImportFormatError
from app.services.changes import Changes
from app.services.csv_profiles import TableSample
from app.services.import_flow import ImportOutcome, ImportRequest, PreviewOutcome, import_task, preview_task
from app.services.importing import ImportPreview
from app.services.statement_file import MAX_IMPORT_BYTES, read_statement_file
from app.ui.texts import errors
from app.ui.importing import texts as import_texts
from app.ui.importing.form import ImportForm
from app.ui.importing.state import ImportState
from app.ui.session import Session
from app.ui.tasks import ProgressRelay
from app.ui.views.common import Retranslatable
from app.ui.texts.counts import grouped

log = logging.getLogger(__name__)

MAX_FILE_BYTES = MAX_IMPORT_BYTES
LAST_DIR_KEY = "import/last_dir"
#: The key of the dialog's preview tasks: a newer preview supersedes an older one still on its way.
PREVIEW = "import-preview"


class ImportDialog(Retranslatable, ImportForm):
    """Choose a bill export and a credit line, preview the import, import it.

    Attributes for tests: ``state`` (an :class:`ImportState`), ``preview`` (the ``ImportPreview`` shown), ``pane``
    (the summary counts and the rows), and the widgets listed on ``ImportForm``.
    """

    imported = Signal(object)  # Changes

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("importDialog")
        self.setAcceptDrops(True)
        self.setMinimumSize(980, 700)
        self.state = ImportState.EMPTY
        self.preview: ImportPreview | None = None
        self.request: ImportRequest | None = None  # the request the shown preview answers
        self.sample: TableSample | None = None
        self.path: Path | None = None
        self.data: bytes | None = None
        self.user_chose_line = False
        self._busy_text = ""
        self._error = None
        self._result = None
        self.relay = ProgressRelay()  # no parent: it outlives the dialog while a task still reports
        self.relay.progressed.connect(self._on_relay_progressed)

        self.setup_ui()
        self.retranslate_ui()
        self._connect()
        self._set_state(ImportState.EMPTY)

    def _connect(self) -> None:
        self.choose_button.clicked.connect(self._on_choose_clicked)
        self.line.currentIndexChanged.connect(self._on_line_changed)
        self.method.currentIndexChanged.connect(self._on_method_changed)
        self.all_on_line.toggled.connect(self._on_all_on_line_toggled)
        self.map_button.clicked.connect(self._on_map_clicked)
        self.editor.profile_saved.connect(self._on_editor_profile_saved)
        self.import_button.clicked.connect(self.start_import)
        self.close_button.clicked.connect(self.reject)
        self.session.changed.connect(self._on_session_changed)

    def retranslate_ui(self) -> None:
        self.retranslate_form()
        self._fill_lines()
        self._show_preview()
        self._show_error()
        self._show_result()
        self._set_state(self.state)

    def selected_line_id(self) -> int | None:
        """The id of the chosen credit line (``None`` when there is no active line)."""
        return self.line.currentData()

    def _select_line(self, line_id: int) -> None:
        self.line.blockSignals(True)
        self.line.setCurrentIndex(max(0, self.line.findData(line_id)))
        self.line.blockSignals(False)

    # -- loading a file and asking for a preview ----------------------------------------------------------------
    def load_file(self, path: str | Path) -> None:
        """Read the file at ``path`` and preview it on the chosen line (the dialog's entry point for tests)."""
        path = Path(path)
        self._forget_pending()  # a result still on its way is for another file
        self.path, self.data, self.preview, self.request, self.sample = path, None, None, None, None
        self._set_all_on_line(False)
        self._result = None
        self._show_result()
        self.file_edit.setText(str(path))
        self.editor.hide()
        self._clear_preview()
        try:
            data = read_statement_file(path, MAX_FILE_BYTES)  # a regular file only: a pipe or device never blocks
        except ValidationError as exc:
            if exc.reason.startswith("is larger than"):
                self._fail("too_large", path.name, fmt.count(MAX_FILE_BYTES // 2 ** 20))
            else:
                self._fail("unreadable", path.name, errors.reason(exc))
            return
        self.data = data
        QSettings().setValue(LAST_DIR_KEY, str(path.parent))
        self._request_preview(tracked_method=None, profile=None)

    def _request_preview(self, *, tracked_method: str | None, profile: CsvProfile | None) -> None:
        line_id = self.selected_line_id()
        if self.data is None or self.path is None:
            return
        if line_id is None:
            self._fail("no_line")
            return
        request = ImportRequest(self.data, self.path.name, line_id, tracked_method, profile,
                                choose_line=not self.user_chose_line, all_on_line=self.all_on_line.isChecked())
        self._submit_preview(request, self.tr("Reading %1…").replace("%1", self.path.name))

    def _submit_preview(self, request: ImportRequest, busy_text: str) -> None:
        """Preview ``request`` on the session's worker, busy with ``busy_text`` meanwhile; a newer preview
        supersedes this one."""
        tasks = self.session.tasks
        if tasks is None:  # the ledger was closed
            return
        self._start(busy_text)
        tasks.submit(preview_task(request, self.relay.reporter(), self.session.today()), self._on_preview_done,
                     self._on_task_failed, key=PREVIEW, owner=self)

    def _start(self, busy_text: str) -> None:
        """Show the dialog busy with ``busy_text`` (the work goes to the session's worker)."""
        self._error = None
        self._show_error()
        self._busy_text = busy_text
        self._set_state(ImportState.BUSY)

    def _forget_pending(self) -> None:
        """Drop the answer and the progress of a preview still on its way."""
        if self.session.tasks is not None:
            self.session.tasks.drop(PREVIEW, self)
        self.relay.forget()

    # -- outcomes -----------------------------------------------------------------------------------------------
    def _on_preview_done(self, outcome: PreviewOutcome) -> None:
        self.request = outcome.request
        self.sample = outcome.sample
        if outcome.error is not None:
            self.preview = None
            self._clear_preview()
            self._fail("format", outcome.error.filename, outcome.error.reason)
        else:
            self.preview = outcome.preview
            assert self.preview is not None
            self._select_line(self.preview.line_id)
            self._fill_methods()
            self._show_all_on_line()
            self._show_preview()
            self._set_state(ImportState.READY)
        self.map_button.setVisible(outcome.sample is not None and self.editor.isHidden())

    def _on_task_failed(self, exc: Exception) -> None:
        if isinstance(exc, ImportFormatError):
            self._fail("format", exc.filename, exc.reason)
        elif isinstance(exc, (ValidationError, NotFoundError)):
            self._fail("text", errors.reason(exc))
        elif isinstance(exc, DebtLensError):
            self._fail("text", str(exc))
        else:
            log.error("import task failed", exc_info=exc)
            self._fail("unexpected", type(exc).__name__, str(exc))
        if self.preview is not None:
            self._set_state(ImportState.READY)

    def _fail(self, kind: str, *args: str) -> None:
        self._error = (kind, args)
        self._show_error()
        self._set_state(ImportState.FAILED)

    def _set_all_on_line(self, checked: bool) -> None:
        """Tick or clear the all-on-line box without asking for a preview."""
        self.all_on_line.blockSignals(True)
        self.all_on_line.setChecked(checked)
        self.all_on_line.blockSignals(False)

    # -- importing ----------------------------------------------------------------------------------------------
    def start_import(self) -> None:
        """Import the shown preview: preview again and commit in one worker task (the button's action); the
        session broadcasts what changed even if the dialog is closed meanwhile."""
        if not self.import_button.isEnabled() or self.request is None or self.preview is None:
            return
        self._forget_pending()
        task = import_task(self.request, self.relay.reporter(), self.session.today(), self.preview)
        self._result = None
        self._show_result()
        if self.session.tasks is None:
            return
        self._start(self.tr("Importing %1…").replace("%1", self.preview.filename))
        self.session.apply_async(task, lambda outcome: outcome.changes, self._on_import_done, self._on_task_failed,
                                 owner=self)

    def _on_import_done(self, outcome: ImportOutcome) -> None:
        self._result = outcome
        self._show_result()
        self.imported.emit(outcome.changes)
        if self.request is not None:  # what is left to add
            self._submit_preview(self.request, self.tr("Checking %1 again…").replace("%1", self.request.filename))

    def _show_result(self) -> None:
        outcome = self._result
        if outcome is None:
            self.result_label.clear()
            self.result_label.hide()
            return
        p = outcome.preview
        currency = self._currency(p.line_id)
        (purchases, purchases_fen), (refunds, refunds_fen), (repayments, repayments_fen) = (
            p.count(kind) for kind in (PURCHASE, REFUND, REPAYMENT))
        counted = [grouped(text, number).replace("%1", fmt.money(fen, currency)) for text, number, fen in (
            (self.tr("%n purchase(s) (%1)", "", purchases), purchases, purchases_fen),
            (self.tr("%n refund(s) (%1)", "", refunds), refunds, refunds_fen),
            (self.tr("%n repayment(s) (%1)", "", repayments), repayments, repayments_fen))]
        text = self.tr("Imported %1, %2 and %3 onto %4.")
        self.result_label.setText(import_texts.fill(text, *counted, p.line_name))
        self.result_label.show()

    # -- slots --------------------------------------------------------------------------------------------------
    def _on_choose_clicked(self) -> None:
        patterns = sorted({f"*.{ext}" for info in list_formats() for ext in info.extensions})
        chooser = QFileDialog(self, self.tr("Choose a bill export"),
                              str(QSettings().value(LAST_DIR_KEY, str(Path.home()))))
        chooser.setFileMode(QFileDialog.FileMode.ExistingFile)
        chooser.setNameFilters([self.tr("Bill exports (%1)").replace("%1", " ".join(patterns)),
                                self.tr("All files (*)")])
        chooser.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        chooser.fileSelected.connect(self.load_file)
        chooser.open()
        self.chooser = chooser

    def _on_line_changed(self) -> None:
        self.user_chose_line = True
        self._set_all_on_line(False)  # the user's word was for the line the box named
        self._result = None
        self._show_result()
        self._request_preview(tracked_method=self._chosen_method(), profile=self._chosen_profile())

    def _on_method_changed(self) -> None:
        self._request_preview(tracked_method=self.method.currentData(), profile=self._chosen_profile())

    def _on_all_on_line_toggled(self) -> None:
        self._request_preview(tracked_method=self._chosen_method(), profile=self._chosen_profile())

    def _on_map_clicked(self) -> None:
        if self.sample is not None and self.path is not None:
            self.editor.set_sample(self.sample, self.path.stem)
            if self.request is not None and self.request.profile is not None:
                self.editor.show_profile(self.request.profile)
        self.editor.show()
        self.map_button.hide()

    def _on_editor_profile_saved(self, profile: CsvProfile) -> None:
        self._request_preview(tracked_method=None, profile=profile)

    def _on_relay_progressed(self, done: int, total: int) -> None:
        if self.state == ImportState.BUSY and total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))

    def _on_session_changed(self, changes: Changes) -> None:
        if changes.lines and self.state != ImportState.BUSY:
            self._fill_lines()
            if self.state == ImportState.EMPTY and self.line.count():
                self._error = None
                self._show_error()
            self._set_state(self.state)

    def _chosen_method(self) -> str | None:
        return self.request.tracked_method if self.request else None

    def _chosen_profile(self) -> CsvProfile | None:
        return self.request.profile if self.request else None

    # -- Qt overrides -------------------------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if len(urls) == 1 and urls[0].isLocalFile() and self.state != ImportState.BUSY:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        urls = event.mimeData().urls()
        if urls and urls[0].isLocalFile():
            event.acceptProposedAction()
            self.load_file(urls[0].toLocalFile())


def open_import_dialog(session: Session, parent: QWidget | None = None) -> ImportDialog:
    """Open the import dialog without blocking (``open()``, never ``exec()``) and return it."""
    dialog = ImportDialog(session, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
