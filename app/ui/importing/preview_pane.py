"""What an import would add, as the import window shows it: a summary card (the format and the line, then counts and
totals of purchases, refunds, repayments, rows already imported, skipped and unreadable) over four tabs of rows.

Its texts are in the ``ImportDialog`` translation context, the window's own.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QHeaderView, QLabel, QTableView, QTabWidget, QVBoxLayout, QWidget

from app.i18n import formatting as fmt
from app.importers.records import PURCHASE, REFUND, REPAYMENT
from app.services.importing import ImportPreview
from app.ui.importing import texts as import_texts
from app.ui.models.import_preview_model import PlannedEventsModel, ProblemsModel, SkippedRowsModel
from app.ui.views.common import table_view

translate = QCoreApplication.translate

#: The summary's rows, in the order shown (two columns of three).
COUNT_KEYS = ("purchases", "refunds", "repayments", "duplicates", "skipped", "problems")


def cap_columns(view: QTableView, widths: dict[str, int]) -> None:
    """Size the columns named in ``widths`` (``Column.key`` -> most pixels) to their contents, but no wider, each
    time the model is reset; a longer text is elided, the whole of it in the tooltip."""
    model = view.model()
    keys = [c.key for c in model.columns]  # type: ignore[attr-defined]  # our table models name their columns
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


class ImportPreviewPane(QWidget):
    """The summary card and the four tabs of rows (to add, already imported, skipped, unreadable).

    Attributes for tests: ``counts[key] = (count label, total label)`` for each of :data:`COUNT_KEYS`,
    ``format_label``, ``tabs``, and the models ``new_model``, ``duplicates_model``, ``skipped_model``,
    ``problems_model``.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
        for i, key in enumerate(COUNT_KEYS):
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

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)

    def retranslate(self) -> None:
        """Set the titles and accessible names in the active language (the rows are refilled by :meth:`show`)."""
        titles = {"purchases": translate("ImportDialog", "New purchases"),
                  "refunds": translate("ImportDialog", "Refunds"),
                  "repayments": translate("ImportDialog", "Repayments"),
                  "duplicates": translate("ImportDialog", "Already imported"),
                  "skipped": translate("ImportDialog", "Skipped rows"),
                  "problems": translate("ImportDialog", "Unreadable rows")}
        for key, text in titles.items():
            self.count_titles[key].setText(text)
        accessible = {
            self.tabs: translate("ImportDialog", "Preview"),
            self.new_view: translate("ImportDialog", "Rows to add"),
            self.duplicates_view: translate("ImportDialog", "Rows already imported"),
            self.skipped_view: translate("ImportDialog", "Skipped rows"),
            self.problems_view: translate("ImportDialog", "Unreadable rows"),
        }
        for widget, text in accessible.items():
            widget.setAccessibleName(text)
        for model in (self.new_model, self.duplicates_model, self.skipped_model):
            model.retranslate()
        self.problems_model.retranslate()

    def clear(self) -> None:
        """Show no preview: empty tabs, the summary hidden."""
        self.new_model.set_events([], "CNY")
        self.duplicates_model.set_events([], "CNY")
        self.skipped_model.set_skipped([])
        self.problems_model.set_problems([])
        self.show_preview(None, "CNY")

    def show_preview(self, p: ImportPreview | None, currency: str) -> None:
        """Fill the summary and the tabs from ``p`` (amounts in ``currency``); ``None`` hides the summary."""
        self.summary.setVisible(p is not None)
        if p is None:
            self.format_label.clear()
            for count, total in self.counts.values():
                count.setText("—")
                total.clear()
            self._set_tab_titles(None)
            return
        details = [import_texts.format_name(p.format)]
        encoding = p.info.get("encoding")
        if encoding and encoding not in ("xlsx", "xls"):  # a workbook has no text encoding
            details.append(translate("ImportDialog", "text encoding %1").replace("%1", str(encoding).upper()))
        self.format_label.setText(translate("ImportDialog", "%1 → %2").replace("%1", " · ".join(details))
                                  .replace("%2", p.line_name))
        for key, kind in (("purchases", PURCHASE), ("refunds", REFUND), ("repayments", REPAYMENT)):
            number, fen = p.count(kind)
            self.counts[key][0].setText(fmt.count(number))
            self.counts[key][1].setText(fmt.money(fen, currency))
        for key, number in (("duplicates", len(p.duplicates)), ("skipped", len(p.skipped)),
                            ("problems", len(p.problems))):
            self.counts[key][0].setText(fmt.count(number))
            self.counts[key][1].clear()
        self.new_model.set_events(p.new, currency)
        self.duplicates_model.set_events(p.duplicates, currency)
        self.skipped_model.set_skipped(p.skipped)
        self.problems_model.set_problems(p.problems)
        self._set_tab_titles(p)

    def _set_tab_titles(self, p: ImportPreview | None) -> None:
        numbers = (len(p.new), len(p.duplicates), len(p.skipped), len(p.problems)) if p else (0, 0, 0, 0)
        titles = (translate("ImportDialog", "To add (%1)"), translate("ImportDialog", "Already imported (%1)"),
                  translate("ImportDialog", "Skipped (%1)"), translate("ImportDialog", "Unreadable (%1)"))
        for i, (title, number) in enumerate(zip(titles, numbers, strict=True)):
            self.tabs.setTabText(i, title.replace("%1", str(number)))
