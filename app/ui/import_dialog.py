"""The import dialog: choose a bill export and a credit line, preview what it adds, import it in one transaction.

Step 1 is the file (``Choose file…``, drag and drop, or ``load_file(path)``), the credit line (a Huabei line for
Alipay files unless the user picked one) and, when the file needs it, which payment method in the file is this
line (WeChat, OFX with several cards) or how its columns map (a bank CSV without a preset: a named profile). A
file that does not say how each payment was made (the Alipay PC-web export) plans nothing until the user ticks
the box that puts every payment in it on the line, its text naming the line and the consequence. The
preview then runs on the session's worker thread (its own SQLite connection) with a progress bar; the importer's
progress callback runs there too, so it only emits a signal of a relay object that lives on the GUI thread
(queued delivery). ``Import`` repeats the preview inside the worker task right before the commit, so what is
written is decided against the database as it is then, and broadcasts the ``Changes`` on ``session.changed``.

A file of the wrong kind is refused with its name and the reason; nothing is written and the dialog stays usable.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from babel.numbers import format_decimal
from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.credit_line import CreditLine, LineKind
from app.domain.errors import DebtLensError, NotFoundError, ValidationError
from app.i18n import formatting as fmt
from app.importers import list_formats
from app.importers.bank_csv import CsvProfile
from app.importers.records import NOT_A_STATEMENT, REFUND, REPAYMENT, ImportFormatError
from app.services.changes import Changes
from app.services.csv_profiles import CsvProfileService, TableSample, sample_table
from app.services.importing import MAX_IMPORT_BYTES, ImportPreview, ImportService, read_statement_file
from app.ui import errors, import_texts, labels
from app.ui.csv_profile_editor import CsvProfileEditor
from app.ui.models.import_preview_model import PlannedEventsModel, ProblemsModel, SkippedRowsModel
from app.ui.session import Session
from app.ui.views.common import Retranslatable, error_label, muted, table_view

if TYPE_CHECKING:
    from app.storage.repositories import Store

log = logging.getLogger(__name__)

MAX_FILE_BYTES = MAX_IMPORT_BYTES
LAST_DIR_KEY = "import/last_dir"
Progress = Callable[[int, int], None]

# dialog states (tests wait for them)
EMPTY, BUSY, READY, FAILED = "empty", "busy", "ready", "failed"


# -- the work done on the worker thread (no Qt, no widgets) ------------------------------------------------------
@dataclass(frozen=True)
class ImportRequest:
    """What to preview or import: the file's bytes and name, the line, the payment method, the CSV profile.

    ``choose_line``: the user has not picked a line, so the preview may move an Alipay file to a Huabei line.
    ``all_on_line``: the user ticked the box putting every payment of a file without payment methods on the line.
    """

    data: bytes
    filename: str
    line_id: int
    tracked_method: str | None = None
    profile: CsvProfile | None = None
    choose_line: bool = False
    all_on_line: bool = False


@dataclass(frozen=True)
class PreviewOutcome:
    """A preview, or why the file cannot be read; ``request`` is the request as resolved (line, saved profile),
    which the import repeats; ``sample`` holds the first rows of a CSV whose columns the user may map."""

    request: ImportRequest
    preview: ImportPreview | None = None
    error: ImportFormatError | None = None
    sample: TableSample | None = None


@dataclass(frozen=True)
class ImportOutcome:
    """What was imported: the preview computed right before the commit, and what changed."""

    preview: ImportPreview
    changes: Changes


#: Names that mark the line a JD or Meituan export belongs on (the line presets name them so).
_LINE_NAMES = {"jd": ("白条", "baitiao"), "meituan": ("月付", "yuefu")}


def suggested_line(lines: list[CreditLine], format_key: str, current_id: int) -> int:
    """The line to import a file onto when the user has not chosen: a Huabei line for Alipay files, a line named
    白条 / Baitiao for JD exports and 月付 / Yuefu for Meituan's (the current line when it is one), else the current
    line."""
    if format_key in _LINE_NAMES:
        named = [ln.id for ln in lines if any(w in ln.name.casefold() for w in _LINE_NAMES[format_key])]
        return current_id if current_id in named or not named else named[0]
    if not format_key.startswith("alipay"):
        return current_id
    huabei = [ln.id for ln in lines if ln.kind == LineKind.HUABEI]
    return current_id if current_id in huabei or not huabei else huabei[0]


def _count(number: int) -> str:
    """A count for people, grouped the way the active locale groups digits."""
    return format_decimal(number, locale=fmt.active_locale())


def _wants_mapping(error: ImportFormatError) -> bool:
    return error.mappable and error.reason.startswith(NOT_A_STATEMENT)


def preview_task(request: ImportRequest, progress: Progress, today: date) -> Callable[[Store], PreviewOutcome]:
    """A worker task: preview ``request`` on ``today`` (the session's day) with a saved CSV profile matching the
    file, when there is one."""

    def run(store: Store) -> PreviewOutcome:
        profile = request.profile or CsvProfileService(store).matching(request.data, request.filename)
        resolved = replace(request, profile=profile, choose_line=False)
        service = ImportService(store)
        try:
            preview = service.preview(request.data, request.filename, request.line_id,
                                      tracked_method=request.tracked_method, profile=profile, progress=progress,
                                      all_on_line=request.all_on_line, today=today)
            if request.choose_line:
                line_id = suggested_line(store.lines.all(include_archived=False), preview.format, request.line_id)
                if line_id != request.line_id:
                    resolved = replace(resolved, line_id=line_id)
                    preview = service.preview(request.data, request.filename, line_id,
                                              tracked_method=request.tracked_method, profile=profile,
                                              progress=progress, all_on_line=request.all_on_line, today=today)
        except ImportFormatError as exc:
            sample = None
            if _wants_mapping(exc) or profile is not None:
                try:
                    sample = sample_table(request.data, request.filename)
                except ImportFormatError:
                    sample = None
            return PreviewOutcome(resolved, error=exc, sample=sample)
        sample = sample_table(request.data, request.filename) if profile is not None else None
        return PreviewOutcome(resolved, preview, sample=sample)

    return run


def import_task(request: ImportRequest, progress: Progress, today: date) -> Callable[[Store], ImportOutcome]:
    """A worker task: preview ``request`` again (on ``today``) against the database as it is now, and commit it."""

    def run(store: Store) -> ImportOutcome:
        service = ImportService(store)
        preview = service.preview(request.data, request.filename, request.line_id,
                                  tracked_method=request.tracked_method, profile=request.profile,
                                  all_on_line=request.all_on_line, today=today)
        return ImportOutcome(preview, service.commit(preview, progress))

    return run


class ProgressRelay(QObject):
    """Carries ``progress(done, total)`` calls from the worker thread to the GUI thread.

    Made on the GUI thread, so a slot connected to ``progressed`` runs there (queued) whichever thread emits.
    """

    progressed = Signal(int, int, int)  # generation, done, total

    def reporter(self, generation: int) -> Progress:
        """A progress callback for the task of ``generation``; safe to call from any thread."""

        def report(done: int, total: int) -> None:
            self.progressed.emit(generation, int(done), int(total))

        return report


def cap_columns(view: QTableView, widths: dict[str, int]) -> None:
    """Size the columns named in ``widths`` (``Column.key`` -> most pixels) to their contents, but no wider, each
    time the model is reset; a longer text is elided, the whole of it in the tooltip."""
    model = view.model()
    keys = [c.key for c in model.columns]
    capped = {keys.index(k): w for k, w in widths.items() if k in keys}
    header = view.horizontalHeader()
    for column in capped:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)

    def fit() -> None:
        for column, most in capped.items():
            view.resizeColumnToContents(column)
            if view.columnWidth(column) > most:
                view.setColumnWidth(column, most)

    model.modelReset.connect(fit)
    fit()


# -- the dialog ---------------------------------------------------------------------------------------------------
class ImportDialog(Retranslatable, QDialog):
    """Choose a bill export and a credit line, preview the import, import it.

    Attributes for tests: ``state`` (``"empty"``, ``"busy"``, ``"ready"``, ``"failed"``), ``preview`` (the
    ``ImportPreview`` shown), ``counts[key] = (count label, total label)`` for ``purchases``, ``refunds``,
    ``repayments``, ``duplicates``, ``skipped``, ``problems``.
    """

    imported = Signal(object)  # Changes

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("importDialog")
        self.setAcceptDrops(True)
        self.setMinimumSize(980, 700)
        self.state = EMPTY
        self.preview: ImportPreview | None = None
        self.request: ImportRequest | None = None  # the request the shown preview answers
        self.sample: TableSample | None = None
        self.path: Path | None = None
        self.data: bytes | None = None
        self.user_chose_line = False
        self._generation = 0
        self._busy_text = ""
        self._error: tuple[str, tuple] | None = None  # (kind, args) of the message shown, to retranslate it
        self._result: ImportOutcome | None = None
        self.relay = ProgressRelay()  # no parent: it outlives the dialog while a task still reports
        self.relay.progressed.connect(self._on_relay_progressed)

        self._build()
        self.retranslate_ui()
        self._connect()
        self._set_state(EMPTY)

    # -- building -------------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.file_edit = QLineEdit()
        self.file_edit.setReadOnly(True)
        self.choose_button = QPushButton()
        self.line = QComboBox()
        self.method = QComboBox()
        self.method_hint = muted()
        self.method_hint.setWordWrap(True)
        self.map_button = QPushButton()
        self.all_on_line = QCheckBox()
        self.all_on_line.setObjectName("allOnLine")
        self.editor = CsvProfileEditor(self.session)
        self.editor.hide()
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setMaximumWidth(240)
        self.status = muted()
        self.status.setWordWrap(True)
        self.error = error_label()
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notices = QLabel()
        self.notices.setProperty("role", "banner")
        self.notices.setWordWrap(True)
        self.notices.hide()
        self.result = QLabel()
        self.result.setObjectName("importResult")
        self.result.setWordWrap(True)
        self.result.hide()

        self.labels: dict[str, QLabel] = {key: QLabel() for key in ("file", "line", "method")}
        self.labels["file"].setBuddy(self.choose_button)
        self.labels["line"].setBuddy(self.line)
        self.labels["method"].setBuddy(self.method)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.choose_button)
        method_box = QWidget()
        method_layout = QVBoxLayout(method_box)
        method_layout.setContentsMargins(0, 0, 0, 0)
        method_layout.setSpacing(2)
        method_layout.addWidget(self.method)
        method_layout.addWidget(self.method_hint)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.addRow(self.labels["file"], file_row)
        self.form.addRow(self.labels["line"], self.line)
        self.form.addRow(self.labels["method"], method_box)
        self.method_box = method_box
        self.form.addRow("", self.all_on_line)
        self.form.setRowVisible(self.all_on_line, False)
        self.all_on_line.hide()

        self.format_label = QLabel()
        self.format_label.setWordWrap(True)
        self.format_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary = QFrame()
        self.summary.setObjectName("card")
        grid = QGridLayout(self.summary)
        grid.setContentsMargins(14, 10, 14, 10)
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(4)
        grid.addWidget(self.format_label, 0, 0, 1, 7)
        self.count_titles: dict[str, QLabel] = {}
        self.counts: dict[str, tuple[QLabel, QLabel]] = {}
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for i, key in enumerate(("purchases", "refunds", "repayments", "duplicates", "skipped", "problems")):
            title, count, total = QLabel(), QLabel(), QLabel()
            count.setObjectName(f"count_{key}")
            total.setObjectName(f"total_{key}")
            count.setAlignment(right)
            total.setAlignment(right)
            row, col = 1 + i % 3, 0 if i < 3 else 4
            grid.addWidget(title, row, col)
            grid.addWidget(count, row, col + 1)
            grid.addWidget(total, row, col + 2)
            self.count_titles[key] = title
            self.counts[key] = (count, total)
        grid.setColumnMinimumWidth(3, 40)
        grid.setColumnStretch(3, 1)
        grid.setColumnStretch(7, 2)

        self.new_model = PlannedEventsModel(self)
        self.duplicates_model = PlannedEventsModel(self)
        self.skipped_model = SkippedRowsModel(self)
        self.problems_model = ProblemsModel(self)
        # long merchants and descriptions are cut short (the whole text is the tooltip), so the amount and the
        # warnings stay in view; the last column takes the width left
        self.new_view = table_view(self.new_model, stretch_last=True)
        self.duplicates_view = table_view(self.duplicates_model, stretch_last=True)
        for view in (self.new_view, self.duplicates_view):
            cap_columns(view, PlannedEventsModel.MAX_WIDTHS)
        self.skipped_view = table_view(self.skipped_model, stretch="reason")
        self.problems_view = table_view(self.problems_model, stretch="reason")
        self.duplicates_view.setColumnHidden(len(self.duplicates_model.columns) - 1, True)  # warnings: none shown
        self.tabs = QTabWidget()
        for view in (self.new_view, self.duplicates_view, self.skipped_view, self.problems_view):
            self.tabs.addTab(view, "")

        self.import_button = QPushButton()
        self.import_button.setObjectName("importButton")
        self.import_button.setDefault(True)
        self.close_button = QPushButton()
        status_row = QHBoxLayout()
        status_row.addWidget(self.progress)
        status_row.addWidget(self.status, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.result, 1)
        buttons.addStretch(0)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)
        self.import_button.setMinimumWidth(110)
        self.close_button.setMinimumWidth(90)

        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        map_row = QHBoxLayout()
        map_row.addWidget(self.error, 1)
        map_row.addStretch(0)
        map_row.addWidget(self.map_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(map_row)
        layout.addWidget(self.editor)
        layout.addLayout(status_row)
        layout.addWidget(self.notices)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        for button in self.findChildren(QPushButton):
            if button is not self.import_button:
                button.setAutoDefault(False)
                button.setDefault(False)

    def _connect(self) -> None:
        self.choose_button.clicked.connect(self._on_choose_clicked)
        self.line.currentIndexChanged.connect(self._on_line_changed)
        self.method.currentIndexChanged.connect(self._on_method_changed)
        self.all_on_line.toggled.connect(self._on_all_on_line_toggled)
        self.map_button.clicked.connect(self._on_map_clicked)
        self.editor.profile_saved.connect(self._on_editor_profile_saved)
        self.import_button.clicked.connect(self._on_import_clicked)
        self.close_button.clicked.connect(self.reject)
        self.session.changed.connect(self._on_session_changed)

    # -- texts ----------------------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Import a bill export"))
        self.labels["file"].setText(self.tr("&File"))
        self.labels["line"].setText(self.tr("Credit &line"))
        self.labels["method"].setText(self.tr("Payment &method"))
        self.file_edit.setPlaceholderText(self.tr("Drop an Alipay, WeChat Pay, bank CSV, OFX or QIF export here, or "
                                                  "choose a file"))
        self.choose_button.setText(self.tr("&Choose file…"))
        self.method_hint.setText(self.tr("Which payment method in this file is this credit line? Rows paid "
                                         "otherwise are skipped."))
        self.map_button.setText(self.tr("Map the c&olumns…"))
        self._name_all_on_line()
        self.import_button.setText(self.tr("&Import"))
        self.close_button.setText(self.tr("Close"))
        titles = {"purchases": self.tr("New purchases"), "refunds": self.tr("Refunds"),
                  "repayments": self.tr("Repayments"), "duplicates": self.tr("Already imported"),
                  "skipped": self.tr("Skipped rows"), "problems": self.tr("Unreadable rows")}
        for key, text in titles.items():
            self.count_titles[key].setText(text)
        accessible = {
            self.file_edit: self.tr("File to import"), self.choose_button: self.tr("Choose a file to import"),
            self.line: self.tr("Credit line to import onto"), self.method: self.tr("Payment method of this line"),
            self.map_button: self.tr("Map the columns of this CSV"), self.progress: self.tr("Progress"),
            self.all_on_line: self.tr("Put every payment in this file on the credit line"),
            self.tabs: self.tr("Preview"), self.new_view: self.tr("Rows to add"),
            self.duplicates_view: self.tr("Rows already imported"), self.skipped_view: self.tr("Skipped rows"),
            self.problems_view: self.tr("Unreadable rows"), self.import_button: self.tr("Import"),
            self.close_button: self.tr("Close"), self.error: self.tr("Error"),
            self.result: self.tr("Import result"),
        }
        for widget, text in accessible.items():
            widget.setAccessibleName(text)
        for model in (self.new_model, self.duplicates_model, self.skipped_model, self.problems_model):
            model.retranslate()
        self._fill_lines()
        self._show_preview()
        self._show_error()
        self._show_result()
        self._set_state(self.state)

    # -- lines ----------------------------------------------------------------------------------------------
    def _fill_lines(self) -> None:
        lines = self.session.queries.lines(include_archived=False) if self.session.is_open else []
        current = self.line.currentData()
        if current is None and lines:
            default = self.session.settings.default_line_id()
            current = default if any(ln.id == default for ln in lines) else lines[0].id
        self.line.blockSignals(True)
        self.line.clear()
        for ln in lines:
            kind = labels.kind(ln.kind)
            text = ln.name if kind in ln.name else self.tr("%1 (%2)").replace("%1", ln.name).replace("%2", kind)
            self.line.addItem(text, ln.id)
        self.line.setCurrentIndex(max(0, self.line.findData(current)))
        self.line.blockSignals(False)

    def selected_line_id(self) -> int | None:
        """The id of the chosen credit line (``None`` when there is no active line)."""
        return self.line.currentData()

    def _select_line(self, line_id: int) -> None:
        self.line.blockSignals(True)
        self.line.setCurrentIndex(max(0, self.line.findData(line_id)))
        self.line.blockSignals(False)

    # -- loading a file -------------------------------------------------------------------------------------
    def load_file(self, path: str | Path) -> None:
        """Read the file at ``path`` and preview it on the chosen line (the dialog's entry point for tests)."""
        path = Path(path)
        self._generation += 1  # a result still on its way is for another file: drop it
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
                self._fail("too_large", path.name, _count(MAX_FILE_BYTES // 2 ** 20))
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
        self._run(preview_task(request, self.relay.reporter(self._generation + 1), self.session.today()),
                  self._on_preview_done, self.tr("Reading %1…").replace("%1", self.path.name))

    def _run(self, task, on_done: Callable, busy_text: str) -> None:
        """Submit ``task`` to the session's worker; results of an older task are dropped when they arrive."""
        if not self.session.is_open:
            return
        self._generation += 1
        generation = self._generation
        self._error = None
        self._show_error()
        self._busy_text = busy_text
        self._set_state(BUSY)
        dialog = self

        def done(outcome) -> None:
            if shiboken6.isValid(dialog) and generation == dialog._generation:
                on_done(outcome)

        def failed(exc: Exception) -> None:
            if shiboken6.isValid(dialog) and generation == dialog._generation:
                dialog._on_task_failed(exc)

        self.session.tasks.submit(task, done, failed)

    # -- results --------------------------------------------------------------------------------------------
    def _on_preview_done(self, outcome: PreviewOutcome) -> None:
        self.request = outcome.request
        self.sample = outcome.sample
        if outcome.error is not None:
            self.preview = None
            self._clear_preview()
            self._fail("format", outcome.error.filename, outcome.error.reason)
            self.map_button.setVisible(outcome.sample is not None and self.editor.isHidden())
            return
        self.preview = outcome.preview
        self._select_line(self.preview.line_id)
        self._fill_methods()
        self._show_all_on_line()
        self._show_preview()
        self._set_state(READY)
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
            self._set_state(READY)

    def _fail(self, kind: str, *args: str) -> None:
        self._error = (kind, args)
        self._show_error()
        self._set_state(FAILED)

    def _show_error(self) -> None:
        if self._error is None:
            self.error.clear()
            self.error.hide()
            return
        kind, args = self._error
        templates = {
            "format": self.tr("Cannot import %1: %2"),
            "unreadable": self.tr("Cannot read %1: %2"),
            "too_large": self.tr("Cannot import %1: it is larger than %2 MB, too large for a bill export."),
            "no_line": self.tr("Add a credit line first: imported purchases go onto a credit line."),
            "unexpected": self.tr("The import failed (%1: %2). Nothing was written."),
            "text": "%1",
        }
        values = list(args)
        if kind == "format":
            values[1] = import_texts.reason(values[1])
        self.error.setText(import_texts.fill(templates[kind], *values))
        self.error.show()

    def _set_all_on_line(self, checked: bool) -> None:
        """Tick or clear the all-on-line box without asking for a preview."""
        self.all_on_line.blockSignals(True)
        self.all_on_line.setChecked(checked)
        self.all_on_line.blockSignals(False)

    def _name_all_on_line(self) -> None:
        """The box's text names the line every payment would go on, and why that is the user's call."""
        line = self.preview.line_name if self.preview is not None else self.line.currentText()
        self.all_on_line.setText(self.tr("Put every payment in this file on %1: the file does not say which were "
                                         "paid with credit").replace("%1", line))

    def _show_all_on_line(self) -> None:
        visible = bool(self.preview is not None and self.preview.info.get("method_unknown"))
        self._name_all_on_line()
        self.form.setRowVisible(self.all_on_line, visible)
        self.all_on_line.setVisible(visible)

    def _clear_preview(self) -> None:
        self.new_model.set_events([], "CNY")
        self.duplicates_model.set_events([], "CNY")
        self.skipped_model.set_skipped([])
        self.problems_model.set_problems([])
        self.method_box.hide()
        self.form.setRowVisible(self.method_box, False)
        self.form.setRowVisible(self.all_on_line, False)
        self.all_on_line.hide()
        self.map_button.hide()
        self.notices.hide()
        self._show_preview()

    def _fill_methods(self) -> None:
        p = self.preview
        info = p.info if p else {}
        needs = bool(info.get("needs_tracked_method"))
        choices = list(info.get("cards") or p.methods) if p else []
        if p is not None and needs:
            choices += [m for m in p.methods if m not in choices]
        visible = p is not None and (needs or len(p.methods) > 1)
        self.method.blockSignals(True)
        self.method.clear()
        if needs:
            self.method.addItem(self.tr("Choose…"), None)
        for method in choices:
            self.method.addItem(method, method)
        tracked = info.get("tracked_method")
        self.method.setCurrentIndex(max(0, self.method.findData(tracked)) if tracked else 0)
        self.method.blockSignals(False)
        self.form.setRowVisible(self.method_box, visible)
        self.method_box.setVisible(visible)

    def _show_preview(self) -> None:
        p = self.preview
        self.summary.setVisible(p is not None)
        if p is None:
            self.format_label.clear()
            for count, total in self.counts.values():
                count.setText("—")
                total.clear()
            self._set_tab_titles(None)
            return
        currency = self.session.queries.line(p.line_id).currency if self.session.is_open else "CNY"
        details = [import_texts.format_name(p.format)]
        encoding = p.info.get("encoding")
        if encoding and encoding not in ("xlsx", "xls"):  # a workbook has no text encoding
            details.append(self.tr("text encoding %1").replace("%1", str(encoding).upper()))
        self.format_label.setText(self.tr("%1 → %2").replace("%1", " · ".join(details)).replace("%2", p.line_name))
        for key, kind in (("purchases", "purchase"), ("refunds", REFUND), ("repayments", REPAYMENT)):
            number, fen = p.count(kind)
            self.counts[key][0].setText(_count(number))
            self.counts[key][1].setText(fmt.money(fen, currency))
        for key, number in (("duplicates", len(p.duplicates)), ("skipped", len(p.skipped)),
                            ("problems", len(p.problems))):
            self.counts[key][0].setText(_count(number))
            self.counts[key][1].clear()
        self.new_model.set_events(p.new, currency)
        self.duplicates_model.set_events(p.duplicates, currency)
        self.skipped_model.set_skipped(p.skipped)
        self.problems_model.set_problems(p.problems)
        self._set_tab_titles(p)
        notices = [import_texts.reason(n) for n in p.info.get("notices", [])]
        self.notices.setText("\n".join(notices))
        self.notices.setVisible(bool(notices))

    def _set_tab_titles(self, p: ImportPreview | None) -> None:
        numbers = (len(p.new), len(p.duplicates), len(p.skipped), len(p.problems)) if p else (0, 0, 0, 0)
        titles = (self.tr("To add (%1)"), self.tr("Already imported (%1)"), self.tr("Skipped (%1)"),
                  self.tr("Unreadable (%1)"))
        for i, (title, number) in enumerate(zip(titles, numbers, strict=True)):
            self.tabs.setTabText(i, title.replace("%1", str(number)))

    def _set_state(self, state: str) -> None:
        self.state = state
        busy = state == BUSY
        ready = state == READY and self.preview is not None and bool(self.preview.new)
        needs_method = bool(self.preview and self.preview.info.get("needs_tracked_method"))
        self.import_button.setEnabled(ready and not needs_method)
        for widget in (self.choose_button, self.line, self.method, self.editor, self.map_button, self.all_on_line):
            widget.setEnabled(not busy and self.line.count() > 0)
        self.progress.setVisible(busy)
        if busy:
            self.progress.setRange(0, 0)
            self.status.setText(self._busy_text)
        elif state == READY and self.preview is not None:
            if needs_method:
                self.status.setText(self.tr("Choose the payment method of this line to see what it adds."))
            elif self.preview.info.get("method_unknown") and not self.all_on_line.isChecked():
                self.status.setText(self.tr("Nothing is planned: this file does not say which payments were made "
                                            "with credit. Tick the box above only if every one of them was."))
            elif not self.preview.new:
                self.status.setText(self.tr("Nothing new to import: every row of this file on this line is already "
                                            "in DebtLens, or was skipped."))
            else:
                self.status.setText(self.tr("Nothing has been written yet. Check the rows, then press Import."))
        elif state == EMPTY and self.line.count():
            self.status.setText(self.tr("Choose or drop a bill export to see what it would add. Nothing is written "
                                        "until you press Import."))
        else:
            self.status.clear()
        if state == EMPTY and self.line.count() == 0:
            self._error = ("no_line", ())
            self._show_error()
        self.status.setVisible(bool(self.status.text()))

    # -- importing ------------------------------------------------------------------------------------------
    def start_import(self) -> None:
        """Import the shown preview: preview again and commit in one worker task (the button's action)."""
        if not self.import_button.isEnabled() or self.request is None or self.preview is None:
            return
        session, dialog = self.session, self
        generation = self._generation + 1
        task = import_task(self.request, self.relay.reporter(generation), self.session.today())
        self._result = None
        self._show_result()

        def imported(outcome: ImportOutcome) -> None:
            if session.is_open:
                session.changed.emit(outcome.changes)
            if shiboken6.isValid(dialog):
                dialog._on_import_done(outcome)

        self._run(task, imported, self.tr("Importing %1…").replace("%1", self.preview.filename))

    def _on_import_done(self, outcome: ImportOutcome) -> None:
        self._result = outcome
        self._show_result()
        self.imported.emit(outcome.changes)
        if self.request is not None:
            self._run(preview_task(self.request, self.relay.reporter(self._generation + 1), self.session.today()),
                      self._on_preview_done, self.tr("Checking %1 again…").replace("%1", self.request.filename))

    def _show_result(self) -> None:
        outcome = self._result
        if outcome is None:
            self.result.clear()
            self.result.hide()
            return
        p = outcome.preview
        currency = self.session.queries.line(p.line_id).currency if self.session.is_open else "CNY"
        (purchases, purchases_fen), (refunds, refunds_fen), (repayments, repayments_fen) = (
            p.count(kind) for kind in ("purchase", REFUND, REPAYMENT))
        counted = [text.replace("%n", str(number)).replace("%1", fmt.money(fen, currency)) for text, number, fen in (
            (self.tr("%n purchase(s) (%1)", "", purchases), purchases, purchases_fen),
            (self.tr("%n refund(s) (%1)", "", refunds), refunds, refunds_fen),
            (self.tr("%n repayment(s) (%1)", "", repayments), repayments, repayments_fen))]
        text = self.tr("Imported %1, %2 and %3 onto %4.")
        self.result.setText(import_texts.fill(text, *counted, p.line_name))
        self.result.show()

    # -- slots ----------------------------------------------------------------------------------------------
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

    def _on_import_clicked(self) -> None:
        self.start_import()

    def _on_relay_progressed(self, generation: int, done: int, total: int) -> None:
        if generation == self._generation and self.state == BUSY and total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))

    def _on_session_changed(self, changes: Changes) -> None:
        if changes.lines and self.state != BUSY:
            self._fill_lines()
            if self.state == EMPTY and self.line.count():
                self._error = None
                self._show_error()
            self._set_state(self.state)

    def _chosen_method(self) -> str | None:
        return self.request.tracked_method if self.request else None

    def _chosen_profile(self) -> CsvProfile | None:
        return self.request.profile if self.request else None

    # -- Qt overrides ---------------------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if len(urls) == 1 and urls[0].isLocalFile() and self.state != BUSY:
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
