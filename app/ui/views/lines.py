"""Credit lines: add / edit terms, change the limit (history kept), archive or bring back."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QPushButton, QSplitter, QVBoxLayout, QWidget

from app.domain.credit_line import CreditLine
from app.domain.errors import ValidationError
from app.services.changes import Changes
from app.ui.models.lines_model import LimitHistoryModel, LinesModel
from app.ui.session import Session
from app.ui.texts import errors
from app.ui.views.common import RefreshWhenShown, Retranslatable, error_label, muted, table_view


class LinesView(RefreshWhenShown, Retranslatable, QWidget):
    """All lines with their terms and the selected line's limit history.

    Emits ``add_requested``, ``edit_requested(CreditLine)`` and ``limit_requested(CreditLine)``.
    """

    add_requested = Signal()
    edit_requested = Signal(object)
    limit_requested = Signal(object)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("linesView")
        self.session = session
        self._stale = True
        self.model = LinesModel(self)
        self.history_model = LimitHistoryModel(self)
        self.table = table_view(self.model, stretch="name")
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.table.doubleClicked.connect(self._on_edit_clicked)
        self.add_button, self.edit_button, self.limit_button, self.archive_button = (
            QPushButton(), QPushButton(), QPushButton(), QPushButton())
        self.add_button.clicked.connect(self.add_requested)
        self.edit_button.clicked.connect(self._on_edit_clicked)
        self.limit_button.clicked.connect(self._on_limit_clicked)
        self.archive_button.clicked.connect(self._on_archive_clicked)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.limit_button, self.archive_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.message = error_label()
        self.history = QGroupBox()
        self.history_table = table_view(self.history_model)
        self.history_hint = muted()
        self.history_hint.setWordWrap(True)
        history_layout = QVBoxLayout(self.history)
        history_layout.addWidget(self.history_hint)
        history_layout.addWidget(self.history_table)
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.table, 1)
        upper_layout.addLayout(buttons)
        upper_layout.addWidget(self.message)
        splitter = QSplitter()
        splitter.addWidget(upper)
        splitter.addWidget(self.history)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(splitter)
        session.changed.connect(self._on_session_changed)
        self.retranslate_ui()
        self._show_selected(None)

    def _on_session_changed(self, changes: Changes) -> None:
        if changes.lines:
            self.invalidate()

    def refresh(self) -> None:
        """Re-read every line, keeping the selection."""
        self._stale = False
        kept = self.selected()
        self.model.set_rows(self.session.queries.lines(include_archived=True))
        if kept is not None:
            row = next((i for i, ln in enumerate(self.model.rows) if ln.id == kept.id), -1)
            if row >= 0:
                self.table.selectRow(row)
        self._show_selected(self.selected())

    def selected(self) -> CreditLine | None:
        """The selected line."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_selected(self.selected())

    def _show_selected(self, line: CreditLine | None) -> None:
        self.message.hide()
        for b in (self.edit_button, self.limit_button, self.archive_button):
            b.setEnabled(line is not None)
        self.archive_button.setText(self.tr("Bring back") if line is not None and line.archived
                                    else self.tr("Archive"))
        self.history_model.set_limits(line.limits if line else ())

    def _on_edit_clicked(self) -> None:
        if self.selected() is not None:
            self.edit_requested.emit(self.selected())

    def _on_limit_clicked(self) -> None:
        if self.selected() is not None:
            self.limit_requested.emit(self.selected())

    def _on_archive_clicked(self) -> None:
        line = self.selected()
        if line is None:
            return
        try:
            self.session.apply(self.session.ledger.archive_line, line.id, not line.archived,
                               today=self.session.today())
        except ValidationError as exc:  # it still owes money: say so under the buttons, change nothing
            self.message.setText(f"{exc.value}: {errors.reason(exc)}")
            self.message.show()

    def retranslate_ui(self) -> None:
        self.add_button.setText(self.tr("Add…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.limit_button.setText(self.tr("Change limit…"))
        self.history.setTitle(self.tr("Limit history"))
        self.history_hint.setText(self.tr("Utilization on past dates uses the limit in force then."))
        self.table.setAccessibleName(self.tr("Credit lines"))
        self.history_table.setAccessibleName(self.tr("Limit history"))
        self.model.retranslate()
        self.history_model.retranslate()
        self._show_selected(self.selected())
