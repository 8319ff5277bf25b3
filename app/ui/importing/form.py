"""The import window's widgets and how they show things: the form (file, credit line, payment method, the
all-on-line box), the preview pane, the error, the notices and the state line.

``ImportForm`` is the view half of ``ImportDialog`` (``app.ui.importing.dialog``, the controller half): it builds
the widgets and fills them from what the dialog holds (``preview``, ``state``, ``_error``, ``_result``), and never
reads a file, starts a task or writes. Its texts are in the ``ImportDialog`` translation context, the dialog's own.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.import_flow import ImportOutcome
from app.services.importing import ImportPreview
from app.ui.texts import labels
from app.ui.importing import texts as import_texts
from app.ui.importing.preview_pane import ImportPreviewPane
from app.ui.importing.profile_editor import CsvProfileEditor
from app.ui.importing.state import ImportState
from app.ui.session import Session
from app.ui.views.common import error_label, muted

translate = QCoreApplication.translate


class ImportForm(QDialog):
    """The import window's widgets (see the module docstring); ``ImportDialog`` adds the behaviour.

    Attributes for tests: ``pane`` (the preview: its ``counts``, ``format_label``, ``tabs`` and models), ``line``,
    ``method``, ``all_on_line``, ``map_button``, ``error``, ``notices``, ``result_label``, ``import_button``.
    """

    session: Session
    state: ImportState
    preview: ImportPreview | None
    _busy_text: str
    _error: tuple[str, tuple[str, ...]] | None  # (kind, args) of the message shown, to retranslate it
    _result: ImportOutcome | None

    def setup_ui(self) -> None:
        """Build the widgets and lay them out (texts come from :meth:`retranslate_form`)."""
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
        self.result_label = QLabel()
        self.result_label.setObjectName("importResult")
        self.result_label.setWordWrap(True)
        self.result_label.hide()
        self.pane = ImportPreviewPane()

        self.labels: dict[str, QLabel] = {key: QLabel() for key in ("file", "line", "method")}
        self.labels["file"].setBuddy(self.choose_button)
        self.labels["line"].setBuddy(self.line)
        self.labels["method"].setBuddy(self.method)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.choose_button)
        self.method_box = QWidget()
        method_layout = QVBoxLayout(self.method_box)
        method_layout.setContentsMargins(0, 0, 0, 0)
        method_layout.setSpacing(2)
        method_layout.addWidget(self.method)
        method_layout.addWidget(self.method_hint)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.addRow(self.labels["file"], file_row)
        self.form.addRow(self.labels["line"], self.line)
        self.form.addRow(self.labels["method"], self.method_box)
        self.form.addRow("", self.all_on_line)
        self.form.setRowVisible(self.all_on_line, False)
        self.all_on_line.hide()

        self.import_button = QPushButton()
        self.import_button.setObjectName("importButton")
        self.import_button.setDefault(True)
        self.import_button.setMinimumWidth(110)
        self.close_button = QPushButton()
        self.close_button.setMinimumWidth(90)
        map_row = QHBoxLayout()
        map_row.addWidget(self.error, 1)
        map_row.addStretch(0)
        map_row.addWidget(self.map_button, 0, Qt.AlignmentFlag.AlignTop)
        status_row = QHBoxLayout()
        status_row.addWidget(self.progress)
        status_row.addWidget(self.status, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.result_label, 1)
        buttons.addStretch(0)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addLayout(map_row)
        layout.addWidget(self.editor)
        layout.addLayout(status_row)
        layout.addWidget(self.notices)
        layout.addWidget(self.pane, 1)
        layout.addLayout(buttons)
        for button in self.findChildren(QPushButton):
            if button is not self.import_button:
                button.setAutoDefault(False)
                button.setDefault(False)

    def retranslate_form(self) -> None:
        """Set the fixed texts (labels, buttons, accessible names) in the active language."""
        self.setWindowTitle(translate("ImportDialog", "Import a bill export"))
        self.labels["file"].setText(translate("ImportDialog", "&File"))
        self.labels["line"].setText(translate("ImportDialog", "Credit &line"))
        self.labels["method"].setText(translate("ImportDialog", "Payment &method"))
        self.file_edit.setPlaceholderText(translate("ImportDialog", "Drop an Alipay, WeChat Pay, bank CSV, OFX or QIF "
                                                                    "export here, or choose a file"))
        self.choose_button.setText(translate("ImportDialog", "&Choose file…"))
        self.method_hint.setText(translate("ImportDialog", "Which payment method in this file is this credit line? "
                                                           "Rows paid otherwise are skipped."))
        self.map_button.setText(translate("ImportDialog", "Map the c&olumns…"))
        self.import_button.setText(translate("ImportDialog", "&Import"))
        self.close_button.setText(translate("ImportDialog", "Close"))
        accessible = {
            self.file_edit: translate("ImportDialog", "File to import"),
            self.choose_button: translate("ImportDialog", "Choose a file to import"),
            self.line: translate("ImportDialog", "Credit line to import onto"),
            self.method: translate("ImportDialog", "Payment method of this line"),
            self.map_button: translate("ImportDialog", "Map the columns of this CSV"),
            self.progress: translate("ImportDialog", "Progress"),
            self.all_on_line: translate("ImportDialog", "Put every payment in this file on the credit line"),
            self.import_button: translate("ImportDialog", "Import"),
            self.close_button: translate("ImportDialog", "Close"),
            self.error: translate("ImportDialog", "Error"),
            self.result_label: translate("ImportDialog", "Import result"),
        }
        for widget, text in accessible.items():
            widget.setAccessibleName(text)
        self.pane.retranslate()
        self._name_all_on_line()

    # -- filling the form ---------------------------------------------------------------------------------------
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
            text = ln.name if kind in ln.name else (translate("ImportDialog", "%1 (%2)").replace("%1", ln.name)
                                                    .replace("%2", kind))
            self.line.addItem(text, ln.id)
        self.line.setCurrentIndex(max(0, self.line.findData(current)))
        self.line.blockSignals(False)

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
            self.method.addItem(translate("ImportDialog", "Choose…"), None)
        for method in choices:
            self.method.addItem(method, method)
        tracked = info.get("tracked_method")
        self.method.setCurrentIndex(max(0, self.method.findData(tracked)) if tracked else 0)
        self.method.blockSignals(False)
        self.form.setRowVisible(self.method_box, visible)
        self.method_box.setVisible(visible)

    def _name_all_on_line(self) -> None:
        """The box's text names the line every payment would go on, and why that is the user's call."""
        line = self.preview.line_name if self.preview is not None else self.line.currentText()
        self.all_on_line.setText(translate("ImportDialog", "Put every payment in this file on %1: the file does not "
                                                           "say which were paid with credit").replace("%1", line))

    def _show_all_on_line(self) -> None:
        visible = bool(self.preview is not None and self.preview.info.get("method_unknown"))
        self._name_all_on_line()
        self.form.setRowVisible(self.all_on_line, visible)
        self.all_on_line.setVisible(visible)

    # -- showing a preview, an error, a result, the state -------------------------------------------------------
    def _currency(self, line_id: int) -> str:
        return self.session.queries.line(line_id).currency if self.session.is_open else "CNY"

    def _clear_preview(self) -> None:
        self.method_box.hide()
        self.form.setRowVisible(self.method_box, False)
        self.form.setRowVisible(self.all_on_line, False)
        self.all_on_line.hide()
        self.map_button.hide()
        self.notices.hide()
        self.pane.clear()

    def _show_preview(self) -> None:
        p = self.preview
        self.pane.show_preview(p, self._currency(p.line_id) if p is not None else "CNY")
        notices = [import_texts.reason(n) for n in p.info.get("notices", [])] if p is not None else []
        self.notices.setText("\n".join(notices))
        self.notices.setVisible(bool(notices))

    def _show_error(self) -> None:
        if self._error is None:
            self.error.clear()
            self.error.hide()
            return
        kind, args = self._error
        templates = {
            "format": translate("ImportDialog", "Cannot import %1: %2"),
            "unreadable": translate("ImportDialog", "Cannot read %1: %2"),
            "too_large": translate("ImportDialog", "Cannot import %1: it is larger than %2 MB, too large for a bill "
                                                   "export."),
            "no_line": translate("ImportDialog", "Add a credit line first: imported purchases go onto a credit "
                                                 "line."),
            "unexpected": translate("ImportDialog", "The import failed (%1: %2). Nothing was written."),
            "text": "%1",
        }
        values = list(args)
        if kind == "format":
            values[1] = import_texts.reason(values[1])
        self.error.setText(import_texts.fill(templates[kind], *values))
        self.error.show()

    def _set_state(self, state: ImportState) -> None:
        self.state = state
        busy = state == ImportState.BUSY
        ready = state == ImportState.READY and self.preview is not None and bool(self.preview.new)
        needs_method = bool(self.preview and self.preview.info.get("needs_tracked_method"))
        self.import_button.setEnabled(ready and not needs_method)
        for widget in (self.choose_button, self.line, self.method, self.editor, self.map_button, self.all_on_line):
            widget.setEnabled(not busy and self.line.count() > 0)
        self.progress.setVisible(busy)
        if busy:
            self.progress.setRange(0, 0)
            self.status.setText(self._busy_text)
        elif state == ImportState.READY and self.preview is not None:
            self.status.setText(self._ready_text(needs_method))
        elif state == ImportState.EMPTY and self.line.count():
            self.status.setText(translate("ImportDialog", "Choose or drop a bill export to see what it would add. "
                                                          "Nothing is written until you press Import."))
        else:
            self.status.clear()
        if state == ImportState.EMPTY and self.line.count() == 0:
            self._error = ("no_line", ())
            self._show_error()
        self.status.setVisible(bool(self.status.text()))

    def _ready_text(self, needs_method: bool) -> str:
        assert self.preview is not None
        if needs_method:
            return translate("ImportDialog", "Choose the payment method of this line to see what it adds.")
        if self.preview.info.get("method_unknown") and not self.all_on_line.isChecked():
            return translate("ImportDialog", "Nothing is planned: this file does not say which payments were made "
                                             "with credit. Tick the box above only if every one of them was.")
        if not self.preview.new:
            return translate("ImportDialog", "Nothing new to import: every row of this file on this line is already "
                                             "in DebtLens, or was skipped.")
        return translate("ImportDialog", "Nothing has been written yet. Check the rows, then press Import.")
