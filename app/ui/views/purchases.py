"""Purchases: a filterable, sortable table (filtered, sorted and paged in SQL) with a detail pane that shows an
installment purchase's plan."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QItemSelection, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import NotFoundError
from app.domain.postings import InstallmentPlan, PlanKind, Purchase
from app.i18n import formatting as fmt
from app.services.changes import Changes
from app.services.listing import PurchaseFilter
from app.ui.texts import categories
from app.ui.models.plan_model import PlanPartsModel
from app.ui.models.purchases_model import PAGE, PurchasesModel
from app.ui.session import Session
from app.ui.texts.counts import grouped
from app.ui.views.common import (
    RefreshWhenShown,
    Retranslatable,
    TableKeys,
    date_edit,
    muted,
    refill_combo,
    tab_chain,
    table_view,
    to_date,
)

#: Date-range choices: key -> days back (None: all time, -1: custom dates).
RANGES = (("all", None), ("30d", 30), ("90d", 90), ("365d", 365), ("custom", -1))


class PurchasesView(RefreshWhenShown, Retranslatable, QWidget):
    """Purchases with filters (date range, line, category, text) and add / edit / delete.

    Emits ``add_requested`` and ``edit_requested(Purchase)``; the main window opens the dialog.
    """

    add_requested = Signal()
    edit_requested = Signal(object)
    dialog_requested = Signal(object)  # a dialog for the main window to open (refund, early payoff)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("purchasesView")
        self.session = session
        self._stale = True
        self._category_values: dict[str, tuple[str, ...]] = {}
        self.model = PurchasesModel(session.listing, self)
        self.plan_model = PlanPartsModel(self)

        self.range = QComboBox()
        self.start = date_edit()
        self.end = date_edit()
        self.line = QComboBox()
        self.category = QComboBox()
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.count = muted()
        self._search_timer = QTimer(self, singleShot=True, interval=250)
        self._search_timer.timeout.connect(self._on_filters_changed)

        filters = QHBoxLayout()
        for w in (self.range, self.start, self.end, self.line, self.category):
            filters.addWidget(w)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.count)

        self.table = table_view(self.model, stretch="merchant", fit=False)
        # the table counts every purchase (1,000,000 rows): size columns from the first page, not 1,000 rows,
        # and give every row the same height, so neither reads rows off screen
        self.table.horizontalHeader().setResizeContentsPrecision(PAGE)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        # Enter edits the selected purchase, Delete asks to delete it (Tab leaves the table: ``table_view``)
        self._table_keys = TableKeys(self.table, {Qt.Key.Key_Return: self._on_edit_clicked,
                                                  Qt.Key.Key_Enter: self._on_edit_clicked,
                                                  Qt.Key.Key_Delete: self._on_delete_clicked,
                                                  Qt.Key.Key_Backspace: self._on_delete_clicked})  # macOS "delete"
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)

        self.add_button, self.edit_button, self.delete_button = QPushButton(), QPushButton(), QPushButton()
        self.refund_button, self.payoff_button = QPushButton(), QPushButton()
        self.refund_button.clicked.connect(self._on_refund_clicked)
        self.payoff_button.clicked.connect(self._on_payoff_clicked)
        self.add_button.clicked.connect(self.add_requested)
        self.edit_button.clicked.connect(self._on_edit_clicked)
        self.delete_button.clicked.connect(self._on_delete_clicked)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)

        self.detail = QGroupBox()
        self.detail.setMinimumWidth(430)
        self.detail_form = QFormLayout()
        self.detail_labels = {k: (QLabel(), QLabel()) for k in ("merchant", "amount", "line", "posted", "statement",
                                                                  "category", "plan", "fee")}
        for caption, value in self.detail_labels.values():
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.detail_form.addRow(caption, value)
        self.plan_table = table_view(self.plan_model)
        self.plan_hint = muted()
        self.plan_hint.setWordWrap(True)
        detail_layout = QVBoxLayout(self.detail)
        detail_layout.addLayout(self.detail_form)
        detail_layout.addWidget(self.plan_hint)
        detail_layout.addWidget(self.plan_table, 1)
        detail_buttons = QHBoxLayout()
        detail_buttons.addWidget(self.refund_button)
        detail_buttons.addWidget(self.payoff_button)
        detail_buttons.addStretch(1)
        detail_layout.addLayout(detail_buttons)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(buttons)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(splitter)

        self.range.currentIndexChanged.connect(self._on_range_changed)
        for w in (self.line, self.category):
            w.currentIndexChanged.connect(self._on_filters_changed)
        for w in (self.start, self.end):
            w.dateChanged.connect(self._on_filters_changed)
        self.search.textChanged.connect(self._search_timer.start)
        self.model.modelReset.connect(self._on_model_reset)
        session.changed.connect(self._on_session_changed)
        tab_chain(
            self.range, self.start, self.end, self.line, self.category, self.search, self.table, self.add_button,
            self.edit_button, self.delete_button, self.refund_button, self.payoff_button)
        self.retranslate_ui()
        self._show_detail(None)

    # -- refresh --------------------------------------------------------------------------------------------
    def _on_session_changed(self, changes: Changes) -> None:
        if changes.postings or changes.lines:
            self.invalidate()

    def refresh(self) -> None:
        """Re-read lines, categories and the current page."""
        self._stale = False
        self.model.set_listing(self.session.listing)
        lines = self.session.queries.lines()
        self.model.set_line_names({ln.saved_id: ln.name for ln in lines}, {ln.saved_id: ln.currency for ln in lines})
        refill_combo(self.line, [(self.tr("All credit lines"), None)] + [(ln.name, ln.id) for ln in lines])
        self._fill_categories()
        self.model.set_filter(self.current_filter())

    def _fill_categories(self) -> None:
        """The category filter: the categories in use, shown in the active language; a fixed category and a typed
        one that read the same are one choice."""
        groups = categories.groups(self.session.listing.categories())
        self._category_values = {key: stored for _name, key, stored in groups}
        refill_combo(self.category, [(self.tr("All categories"), None)] + [(name, key) for name, key, _ in groups])

    def current_filter(self) -> PurchaseFilter:
        """The filter the widgets describe."""
        days = self.range.currentData()
        start = end = None
        if days == -1:
            start, end = to_date(self.start.date()), to_date(self.end.date())
        elif days:
            end = self.session.today()
            start = end - timedelta(days=days)
        return PurchaseFilter(line_id=self.line.currentData(), start=start, end=end,
                              category=self._category_values.get(self.category.currentData()),
                              text=self.search.text().strip() or None)

    def _on_range_changed(self) -> None:
        custom = self.range.currentData() == -1
        self.start.setVisible(custom)
        self.end.setVisible(custom)
        self._on_filters_changed()

    def _on_filters_changed(self) -> None:
        self.model.set_filter(self.current_filter())

    def _on_model_reset(self) -> None:
        merchant = next(i for i, c in enumerate(self.model.columns) if c.key == "merchant")
        for column in range(self.model.columnCount()):
            if column != merchant:
                self.table.resizeColumnToContents(column)
        self.count.setText(grouped(self.tr("%n purchase(s)", "", self.model.total), self.model.total))
        self._show_detail(None)

    # -- selection and detail -------------------------------------------------------------------------------
    def selected(self) -> Purchase | None:
        """The selected purchase."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_purchase(self, purchase_id: int) -> bool:
        """Select a loaded purchase by id."""
        row = self.model.row_of(purchase_id)
        if row >= 0:
            self.table.selectRow(row)
        return row >= 0

    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_detail(self.selected())

    def _show_detail(self, p: Purchase | None) -> None:
        self.edit_button.setEnabled(p is not None)
        self.delete_button.setEnabled(p is not None)
        self.refund_button.setEnabled(p is not None)
        plan = self.session.listing.plan(p.saved_id) if p is not None and p.installments > 1 else None
        self.payoff_button.setEnabled(plan is not None and plan.closed_on is None and plan.kind is not PlanKind.BANK
                                      and bool(plan.unbilled(self.session.today())))
        self.detail.setVisible(True)
        for _caption, value in self.detail_labels.values():
            value.clear()
        self.plan_model.set_rows([])
        self.plan_table.setVisible(False)
        if p is None:
            self.plan_hint.setText(self.tr("Select a purchase to see its details and installment plan."))
            return
        values = self.detail_labels
        values["merchant"][1].setText(p.merchant or p.description)
        values["amount"][1].setText(fmt.money(p.amount_fen, self.model.currencies.get(p.line_id, "CNY")))
        values["line"][1].setText(self.model.line_names.get(p.line_id, ""))
        values["posted"][1].setText(fmt.day(p.posted_on))
        values["statement"][1].setText(fmt.day(p.statement_date) if p.statement_date else "")
        values["category"][1].setText(categories.name(p.category))
        plan = self.session.listing.plan(p.saved_id) if p.installments > 1 else None
        if plan is None:
            values["plan"][1].setText(self.tr("Paid in full"))
            self.plan_hint.clear()
            return
        if plan.kind is PlanKind.BANK:
            self._show_bank_period(plan)
            return
        current = _current_period(plan.parts, self.session.today())
        if current:
            text = self.tr("Period %1 of %2, %3 per period").replace("%1", str(current))
        else:  # before the first statement: no period is billed yet
            first = min(part.statement_date for part in plan.parts)
            text = self.tr("%2 periods, first billed %1, %3 per period").replace("%1", fmt.day(first))
        values["plan"][1].setText(text.replace("%2", str(plan.periods))
                                  .replace("%3", fmt.money(plan.parts[-1].amount_fen)))
        values["fee"][1].setText(self.tr("%1 in total (%2 of the amount)").replace("%1", fmt.money(plan.fee_total_fen))
                                 .replace("%2", fmt.percent(plan.fee_rate, decimals=2)))
        self.plan_hint.setText(self.tr("Each period is billed on the statement shown."))
        self.plan_model.set_parts(plan.parts, plan.periods)
        self.plan_table.setVisible(True)

    def _show_bank_period(self, plan: InstallmentPlan) -> None:
        """A period of the bank's own plan: which one, and that what is left of the plan is the bank's to tell
        (never (N − n) × this period's amount: input-formats.md §6)."""
        part = plan.parts[0]
        self.detail_labels["plan"][1].setText(
            self.tr("Installment %1/%2 of the bank's plan %3, billed in full on this statement")
            .replace("%1", str(part.period)).replace("%2", str(plan.periods)).replace("%3", plan.bank_plan or ""))
        self.plan_hint.setText(self.tr("%1 periods left after this one; the remaining principal is the bank's and "
                                       "not known here (its statements show one period at a time).")
                               .replace("%1", str(plan.periods - part.period)))

    # -- actions --------------------------------------------------------------------------------------------
    def _on_refund_clicked(self) -> None:
        from app.ui.dialogs.plan_dialogs import RefundDialog

        purchase = self.selected()
        if purchase is not None:
            self.dialog_requested.emit(RefundDialog(self.session, purchase, parent=self.window()))

    def _on_payoff_clicked(self) -> None:
        from app.ui.dialogs.plan_dialogs import PayoffDialog

        p = self.selected()
        plan = self.session.listing.plan(p.saved_id) if p is not None and p.installments > 1 else None
        if plan is not None:
            self.dialog_requested.emit(PayoffDialog(self.session, plan, parent=self.window()))

    def _on_table_double_clicked(self) -> None:
        self._on_edit_clicked()

    def _on_edit_clicked(self) -> None:
        purchase = self.selected()
        if purchase is not None:
            self.edit_requested.emit(purchase)

    def _on_delete_clicked(self) -> None:
        purchase = self.selected()
        if purchase is not None and self.confirm_delete(purchase):
            self._delete(purchase.saved_id)

    def _delete(self, purchase_id: int) -> None:
        try:
            self.session.apply(self.session.ledger.delete_purchase, purchase_id)
        except NotFoundError:
            self.invalidate()

    def confirm_delete(self, p: Purchase) -> bool:
        """Ask before deleting (tests patch ``QMessageBox.question``); the installment plan is mentioned only for
        a purchase in installments."""
        answer = QMessageBox.question(self, self.tr("Delete purchase"), self.delete_question(p))
        return answer == QMessageBox.StandardButton.Yes

    def delete_question(self, p: Purchase) -> str:
        """What ``confirm_delete`` asks about ``p``."""
        text = (self.tr("Delete the purchase at %1 of %2 on %3? Its installment plan goes with it.")
                if p.installments > 1 else self.tr("Delete the purchase at %1 of %2 on %3?"))
        count, fen, currency = self.session.queries.refunded_fen(p.saved_id)
        text = (text.replace("%1", p.merchant or p.description or "—").replace("%2", fmt.money(p.amount_fen, currency))
                .replace("%3", fmt.day(p.posted_on)))
        if count:  # they go with it: a refund of nothing would be free credit
            text += " " + self.tr("Its %n refund(s), %1 in all, will be deleted with it.", "", count).replace(
                "%1", fmt.money(fen, currency))
        keys = QKeySequence(QKeySequence.StandardKey.Undo).toString(QKeySequence.SequenceFormat.NativeText)
        return text + "\n\n" + self.tr("Edit → Undo (%1) brings it back.").replace("%1", keys or "Ctrl+Z")

    def retranslate_ui(self) -> None:
        names = {"all": self.tr("All time"), "30d": self.tr("Last 30 days"), "90d": self.tr("Last 3 months"),
                 "365d": self.tr("Last 12 months"), "custom": self.tr("Custom dates")}
        refill_combo(self.range, [(names[key], days) for key, days in RANGES])
        self.start.setVisible(self.range.currentData() == -1)
        self.end.setVisible(self.range.currentData() == -1)
        if self.line.count():
            self.line.setItemText(0, self.tr("All credit lines"))
        if self.category.count():
            self._fill_categories()
        self.search.setPlaceholderText(self.tr("Search merchant, description, note"))
        for w, name in ((self.range, self.tr("Date range")), (self.start, self.tr("From date")),
                        (self.end, self.tr("To date")), (self.line, self.tr("Credit line filter")),
                        (self.category, self.tr("Category filter")), (self.search, self.tr("Search")),
                        (self.table, self.tr("Purchases")), (self.plan_table, self.tr("Installment plan"))):
            w.setAccessibleName(name)
        self.add_button.setText(self.tr("Add…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.delete_button.setText(self.tr("Delete…"))
        self.refund_button.setText(self.tr("Record refund…"))
        self.payoff_button.setText(self.tr("Pay off early…"))
        self.payoff_button.setToolTip(self.tr("Pay the rest of this installment plan at once (提前还款)"))
        self.detail.setTitle(self.tr("Details"))
        captions = {"merchant": self.tr("Merchant"), "amount": self.tr("Amount"), "line": self.tr("Credit line"),
                    "posted": self.tr("Date"), "statement": self.tr("On the statement of"),
                    "category": self.tr("Category"), "plan": self.tr("Installments"), "fee": self.tr("Fee")}
        for key, text in captions.items():
            self.detail_labels[key][0].setText(text)
        self.count.setText(grouped(self.tr("%n purchase(s)", "", self.model.total), self.model.total))
        self.model.retranslate()
        self.plan_model.retranslate()
        self._show_detail(self.selected())


def _current_period(parts, today: date) -> int:
    """The period billed most recently by ``today`` (0 before the first statement)."""
    billed = [p.period for p in parts if p.statement_date <= today]
    return max(billed) if billed else 0
