"""Statements of one credit line; opening one shows its purchases and installment parts. Record a repayment
for the selected statement (prefilled with what it still asks for), mark an automatic repayment as failed, see
what paying only its minimum would cost (the minimum-payment trap), or compare every way to pay it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.statements import Statement, StatementStatus
from app.i18n import formatting as fmt
from app.services.changes import Changes
from app.ui.models.statements_model import StatementEntriesModel, StatementsModel
from app.ui.session import Session
from app.ui.widgets.flow_layout import FlowLayout, wrapping
from app.ui.views.common import (
    RefreshWhenShown,
    Retranslatable,
    TableKeys,
    muted,
    refill_combo,
    tab_chain,
    table_view,
)


class StatementsView(RefreshWhenShown, Retranslatable, QWidget):
    """One line's statements, newest first, with the selected statement's entries.

    Emits ``repay_requested(line_id, statement_date, amount_fen)`` and ``trap_requested(line_id, statement_date)``;
    the main window opens the dialog or the minimum-payment trap.
    """

    repay_requested = Signal(int, object, int)
    trap_requested = Signal(int, object)
    dialog_requested = Signal(object)  # a dialog for the main window to open (installments, ways to pay)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statementsView")
        self.session = session
        self._stale = True
        self.model = StatementsModel(self)
        self.entries_model = StatementEntriesModel(self)
        self.line_label = QLabel()
        self.line = QComboBox()
        self.show_empty = QPushButton()
        self.show_empty.setCheckable(True)
        self.summary = muted()
        self.table = table_view(self.model)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self._table_keys = TableKeys(self.table, {Qt.Key.Key_Return: self.request_repayment,
                                                  Qt.Key.Key_Enter: self.request_repayment})
        self.repay_button, self.failed_button, self.trap_button = QPushButton(), QPushButton(), QPushButton()
        self.convert_button = QPushButton()
        self.convert_button.clicked.connect(self._on_convert_clicked)
        self.compare_button = QPushButton()
        self.compare_button.clicked.connect(self._on_compare_clicked)
        self.repay_button.clicked.connect(self._on_repay_clicked)
        self.failed_button.clicked.connect(self._on_failed_clicked)
        self.trap_button.clicked.connect(self._on_trap_clicked)
        self.detail = QGroupBox()
        self.detail_summary = QLabel()
        self.detail_summary.setWordWrap(True)
        self.entries = table_view(self.entries_model, stretch="merchant")
        detail_layout = QVBoxLayout(self.detail)
        detail_layout.addWidget(self.detail_summary)
        detail_layout.addWidget(self.entries, 1)
        top = QHBoxLayout()
        self.line_label.setBuddy(self.line)
        top.addWidget(self.line_label)
        top.addWidget(self.line, 1)
        top.addWidget(self.show_empty)
        top.addStretch(1)
        top.addWidget(self.summary)
        buttons_row = QWidget()  # wraps in projector type rather than widen the window past the screen
        buttons = FlowLayout(buttons_row)
        wrapping(buttons_row)
        buttons.addWidget(self.repay_button)
        buttons.addWidget(self.convert_button)
        buttons.addWidget(self.failed_button)
        buttons.add_stretch()
        buttons.addWidget(self.compare_button)
        buttons.addWidget(self.trap_button)
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addLayout(top)
        upper_layout.addWidget(self.table, 1)
        upper_layout.addWidget(buttons_row)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(upper)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(splitter)
        self.line.currentIndexChanged.connect(self._on_line_changed)
        self.show_empty.toggled.connect(self._on_show_empty_toggled)
        self._selecting = False
        self._pay_in_4 = False  # the line shown pays in 4
        self._shown_on: date | None = None  # the day the statements shown were read on
        self.currency = "CNY"  # the line shown's
        session.changed.connect(self._on_session_changed)
        tab_chain(
            self.line, self.show_empty, self.table, self.repay_button, self.convert_button, self.failed_button,
            self.compare_button, self.trap_button, self.entries)
        self.retranslate_ui()

    # -- refresh --------------------------------------------------------------------------------------------
    def _on_session_changed(self, changes: Changes) -> None:
        if changes.statements:
            self.invalidate()

    def refresh(self) -> None:
        """Re-read the lines and the selected line's statements; keep the line and the selected bill when they
        are still there (after a repayment the selection stays where it was)."""
        self._stale = False
        line_id, kept = self.line.currentData(), self.selected()
        if self._shown_on != self.session.today():  # the clock moved (a workshop's next moment): today's bill
            kept = None
        lines = self.session.queries.lines(include_archived=False)
        self.line.blockSignals(True)
        refill_combo(self.line, [(ln.name, ln.id) for ln in lines])
        self.line.blockSignals(False)
        self._load_statements(kept if self.line.currentData() == line_id else None)

    def select_line(self, line_id: int) -> None:
        """Show the statements of ``line_id``."""
        self.line.setCurrentIndex(max(0, self.line.findData(line_id)))

    def _on_line_changed(self) -> None:
        self._load_statements(None)

    def _on_show_empty_toggled(self) -> None:
        self._load_statements(self.selected())

    def _load_statements(self, kept: Statement | None) -> None:
        """Show the chosen line's statements, newest first, and select ``kept`` (by date) or else the current bill:
        the latest one issued, which holds everything billed and unpaid (domain-rules.md §1.5)."""
        line_id = self.line.currentData()
        if line_id is None:
            self.model.set_rows([])
            self.summary.setText("")
            self._show_detail(None)
            return
        self._shown_on = self.session.today()
        result = self.session.queries.line_statements(line_id, self._shown_on)
        rows = [s for s in reversed(result.statements) if self.show_empty.isChecked() or not s.is_empty]
        self.currency = self.session.queries.line(line_id).currency  # every amount shown is in the line's
        self._pay_in_4 = result.pay_in_4  # its rows are the due dates of its purchases' payments: their own columns
        self.model.set_line(self.currency, self._pay_in_4)
        self.entries_model.set_line(self.currency)
        self.model.set_rows(rows)
        current = result.current()
        owed = sum(s.unpaid_fen for s in result.issued())  # a monthly line's bills hold it all on the latest
        count = (self.tr("%n payment due date(s), %1 unpaid", "", len(rows)) if self._pay_in_4  # not bills
                 else self.tr("%n statement(s), %1 unpaid", "", len(rows)))
        self.summary.setText(count.replace("%n", str(len(rows))).replace("%1", self._money(owed)))
        row = next((i for i, s in enumerate(rows) if kept and s.statement_date == kept.statement_date), None)
        if row is None and current is not None:
            row = next((i for i, s in enumerate(rows) if s.statement_date == current.statement_date), None)
        if row is None and rows:
            row = next((i for i, s in enumerate(rows) if s.issued), 0)
        if row is not None:
            self._selecting = True  # the detail is shown once, below
            self.table.selectRow(row)
            self._selecting = False
            self.table.scrollTo(self.model.index(row, 0), QTableView.ScrollHint.PositionAtCenter)
        self._show_detail(self.selected())

    # -- selection and detail -------------------------------------------------------------------------------
    def selected(self) -> Statement | None:
        """The selected statement."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        if not self._selecting:
            self._show_detail(self.selected())

    def _show_detail(self, st: Statement | None) -> None:
        monthly = not self._pay_in_4  # a pay-in-4 payment is due in full: no minimum, no plan
        self.repay_button.setEnabled(st is not None and st.issued and st.unpaid_fen > 0)
        self.convert_button.setEnabled(monthly and st is not None and st.issued and st.unpaid_fen > 0)
        failed = st is not None and st.statement_date in self._failed_dates()
        self.failed_button.setEnabled(st is not None and (st.auto_repaid_fen > 0 or failed))
        self.trap_button.setEnabled(monthly and st is not None
                                    and (st.unpaid_fen if st.issued else st.balance_fen) > 0)
        self.compare_button.setEnabled(self.trap_button.isEnabled())
        self.failed_button.setText(self.tr("Undo “auto-repayment failed”") if failed
                                   else self.tr("Mark auto-repayment failed"))
        if st is None:
            self.entries_model.set_rows([])
            self.detail_summary.setText(self.tr("Select a statement to see what is on it."))
            return
        detail = self.session.services.statement_detail(self.line.currentData(), st.statement_date,
                                  self.session.today(), statement=st)
        self.entries_model.set_rows(detail.entries)
        if not monthly:
            self.detail_summary.setText(self._pay_in_4_text(st))
            return
        parts = [self.tr("Billing period %1 – %2, due %3.").replace("%1", fmt.day(st.cycle_start))
                 .replace("%2", fmt.day(st.cycle_end)).replace("%3", fmt.day(st.due_date))]
        # interest posted, credit and a bill installment are rows of the table, which adds up to the balance
        if st.auto_repaid_fen:
            parts.append(self.tr("Auto-repaid %1 on the due date.").replace("%1", self._money(st.auto_repaid_fen)))
        if st.previous_balance_fen:
            parts.append(self.tr("%1 was carried from the previous bill.").replace(
                "%1", self._money(st.previous_balance_fen)))
        if st.paid_late:
            parts.append(self.tr("Less than the minimum was paid by the due date; paid off later (late, which costs "
                                 "interest and can show on a credit record)."))
        elif st.status is StatementStatus.OVERDUE:
            days = st.overdue_days
            parts.append(self.tr("Less than the minimum was paid by the due date: overdue for %n day(s).", "", days)
                         .replace("%n", str(days)))
        elif st.status is StatementStatus.MINIMUM_PAID:
            parts.append(self.tr("The minimum was paid on time: the rest revolves and costs interest every day."))
        if st.carried_fen:
            parts.append(self.tr("%1 was carried to the next bill.").replace("%1", self._money(st.carried_fen)))
        elif st.issued and st.penalty_fen:
            parts.append(self.tr("Interest so far, not paid yet: %1.").replace("%1", self._money(st.penalty_fen)))
        self.detail_summary.setText(" ".join(parts))

    def _pay_in_4_text(self, st: Statement) -> str:
        """What a due date of a pay-in-4 line is, in words (domain-rules.md §5)."""
        parts = [self.tr("Pay in 4: your purchases' payments due on %1 (4 payments every 14 days, no interest).")
                 .replace("%1", fmt.day(st.due_date))]
        if st.status is StatementStatus.OVERDUE:
            parts.append(self.tr("Not paid by the due date: overdue for %n day(s).", "", st.overdue_days)
                         .replace("%n", str(st.overdue_days)))
        if st.late_fee_fen:
            parts.append(self.tr("Late fees: %1.").replace("%1", self._money(st.late_fee_fen)))
        parts.append(self.tr("Due in full: no minimum, no other way to pay, no bill installment."))
        return " ".join(parts)

    def _money(self, fen: int) -> str:
        return fmt.money(fen, self.currency)

    def _failed_dates(self) -> frozenset:
        line_id = self.line.currentData()
        return self.session.queries.failed_auto(line_id) if line_id is not None else frozenset()

    # -- actions --------------------------------------------------------------------------------------------
    def _on_repay_clicked(self) -> None:
        self.request_repayment()

    def request_repayment(self) -> bool:
        """Ask for a repayment of the selected statement (what it still asks for); ``False`` when none is due."""
        st = self.selected()
        if st is None or not st.issued or st.unpaid_fen <= 0:
            return False
        self.repay_requested.emit(self.line.currentData(), st.statement_date, st.unpaid_fen)
        return True

    def _on_convert_clicked(self) -> None:
        from app.services.entry_checks import convertible_fen
        from app.ui.dialogs.plan_dialogs import ConvertDialog

        st = self.selected()
        if st is not None and st.issued and st.unpaid_fen > 0:  # offered: what is not installment parts already
            self.dialog_requested.emit(ConvertDialog(self.session, self.line.currentData(), st.statement_date,
                                                     convertible_fen(st), parent=self.window()))

    def _on_compare_clicked(self) -> None:
        from app.ui.dialogs.bill_decision import BillDecisionDialog

        st = self.selected()
        if st is not None and (st.unpaid_fen if st.issued else st.balance_fen) > 0:
            self.dialog_requested.emit(BillDecisionDialog(self.session, self.line.currentData(), st.statement_date,
                                                          parent=self.window()))

    def _on_trap_clicked(self) -> None:
        st = self.selected()
        if st is not None:
            self.trap_requested.emit(self.line.currentData(), st.statement_date)

    def _on_failed_clicked(self) -> None:
        st = self.selected()
        if st is not None:
            self.session.apply(self.session.ledger.set_auto_repay_failed, self.line.currentData(), st.statement_date,
                               st.statement_date not in self._failed_dates())

    def retranslate_ui(self) -> None:
        self.line_label.setText(self.tr("Credit &line"))
        self.line.setAccessibleName(self.tr("Credit line"))
        self.show_empty.setText(self.tr("Show empty statements"))
        self.table.setAccessibleName(self.tr("Statements"))
        self.entries.setAccessibleName(self.tr("What is on the statement"))
        self.repay_button.setText(self.tr("Record repayment…"))
        self.repay_button.setToolTip(self.tr("Pay the selected statement (Ctrl+R)"))
        self.trap_button.setText(self.tr("Minimum-payment trap…"))
        self.convert_button.setText(self.tr("Turn into installments…"))
        self.convert_button.setToolTip(self.tr("Split what this bill asks into monthly parts (账单分期), with the fee "
                                               "shown as a yearly rate"))
        self.trap_button.setToolTip(self.tr("What paying only the minimum on this statement would cost"))
        self.compare_button.setText(self.tr("Compare ways to pay…"))
        self.compare_button.setToolTip(self.tr("In full, only the minimum, or in installments: what each costs, "
                                               "side by side"))
        self.detail.setTitle(self.tr("On this statement"))
        self.model.retranslate()
        self.entries_model.retranslate()
        if self.line.currentData() is not None:
            self._load_statements(self.selected())
        else:
            self._show_detail(None)
