"""Compare ways to pay a bill (opened from the statements view): pay in full, only the minimum, or in 3/6/9/12
bill installments (账单分期), side by side with their total cost, yearly rate and months, and the CARD-Act-style
box saying what the minimum costs and what clears the bill in 36 months.

The figures are ``app.services.bill_decision.bill_decision``; this dialog only shows them. Nothing is saved.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.credit_line import RevolvingBasis
from app.domain.errors import ValidationError
from app.i18n import formatting as fmt
from app.services.bill_decision import BillDecision, WayKind, WayToPay
from app.ui.texts import errors
from app.ui.session import Session
from app.ui.views.common import Retranslatable, muted, sentences

#: Columns of the comparison, in order.
COLUMNS = ("way", "now", "monthly", "months", "cost", "apr", "total")


class BillDecisionDialog(Retranslatable, QDialog):
    """Every way to pay the bill of ``statement_date`` on ``line_id``, as of the session's today.

    ``decision`` is ``None`` (and ``problem`` says why) when the bill has nothing left to pay.
    """

    def __init__(self, session: Session, line_id: int, statement_date: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.line_id, self.statement_date = session, line_id, statement_date
        self.setObjectName("billDecisionDialog")
        self.setMinimumWidth(760)
        self.line = session.queries.line(line_id)
        self.decision: BillDecision | None = None
        self.error: ValidationError | None = None
        try:
            self.decision = session.services.bill_decision(line_id, statement_date)
        except ValidationError as exc:
            self.error = exc

        self.heading = QLabel()
        self.heading.setProperty("role", "question")
        self.heading.setWordWrap(True)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("billWays")
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.missing = muted()
        self.missing.setWordWrap(True)
        self.box = QLabel()
        self.box.setObjectName("billWarningBox")
        self.box.setWordWrap(True)
        self.box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.box.setProperty("role", "danger")
        self.box_title = QLabel()
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame_layout = QVBoxLayout(frame)
        frame_layout.addWidget(self.box_title)
        frame_layout.addWidget(self.box)
        self.assumptions = muted()
        self.assumptions.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table)
        layout.addWidget(self.missing)
        layout.addWidget(frame)
        layout.addWidget(self.assumptions)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.resize(860, 480)

    # -- texts ----------------------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Ways to pay the %1 bill").replace("%1", fmt.day(self.statement_date)))
        self.table.setHorizontalHeaderLabels([
            self.tr("Way to pay"), self.tr("Pay by the due date"), self.tr("Then a month"), self.tr("Months"),
            self.tr("Total cost"), self.tr("Rate per year"), self.tr("Total paid")])
        self.table.setAccessibleName(self.tr("Ways to pay"))
        self.box_title.setText(self.tr("Minimum payment warning"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        d = self.decision
        if d is None:
            self.heading.setText(self.tr("%1 · bill of %2: %3").replace("%1", self.line.name)
                                 .replace("%2", fmt.day(self.statement_date))
                                 .replace("%3", errors.reason(self.error) if self.error else ""))
            self.table.setRowCount(0)
            self.box.clear()
            self.missing.clear()
            self.assumptions.clear()
            return
        bill = d.bill
        heading = (self.tr("%1 · bill of %2: %3, overdue since %4: pay it now. Past its due date it can no longer "
                           "be turned into installments, and the interest since then comes with the next bill.")
                   if d.overdue else self.tr("%1 · bill of %2: %3 to pay by %4.")).replace("%1", bill.line_name) \
            .replace("%2", fmt.day(bill.statement_date)).replace("%3", fmt.money(bill.balance_fen, bill.currency)) \
            .replace("%4", fmt.day(bill.due_date))
        if not bill.issued:
            heading += " " + self.tr("(next bill, so far)")
        self.heading.setText(heading)
        self._fill_table(d)
        if d.missing_terms:
            terms = fmt.names([str(n) for n in d.missing_terms])
            self.missing.setText(self.tr("This line has no fee preset for %1 installments: set one in the line's "
                                         "settings to compare it.").replace("%1", terms))
        else:
            self.missing.clear()
        self.missing.setVisible(bool(d.missing_terms))
        self.box.setText(self.box_text(d))
        assumptions = self.tr("Minimum only: the bill's own minimum first, then each minimum the line's bills will "
                              "ask (%1 of the principal plus the interest posted), interest at %2 a day from each "
                              "due date, nothing new bought. Installments: the line's fee presets, split by the "
                              "Alipay rule; the rate is the monthly IRR × 12.") \
            .replace("%1", fmt.percent(bill.rule.pct, decimals=0)) \
            .replace("%2", fmt.percent(self.line.daily_penalty_rate, decimals=2))
        if self.line.revolving_basis is RevolvingBasis.FULL_FROM_POSTING and not d.no_minimum:
            assumptions = sentences(assumptions, self.tr(
                "This card charges interest on the whole bill from each purchase's date when it is not paid in full "
                "(全额计息): that is counted in the first month."))
        self.assumptions.setText(assumptions)

    def box_text(self, d: BillDecision) -> str:
        """The CARD-Act-style warning in the active language: what paying only the minimum costs and takes, and
        what clears the bill in 36 months (left out when the minimum clears it sooner)."""
        bill, w, cur = d.bill, d.warning, d.bill.currency
        if d.no_minimum:
            return self.tr("This line has no minimum payment: the whole bill, %1, is due by %2.") \
                .replace("%1", fmt.money(bill.balance_fen, cur)).replace("%2", fmt.day(bill.due_date))
        months, period, interest = w.months, w.period, w.total_interest_fen
        if months is None or period is None or interest is None:  # never pays off
            text = self.tr("If you pay only the minimum, you will never pay it off: the minimum does not cover the "
                           "interest.")
        else:
            how_long = self.tr("%n month(s)", "", months).replace("%n", str(months))
            if period.unit == "years":
                how_long = self.tr("%1 (about %2 years)").replace("%1", how_long).replace("%2", str(period.value))
            text = self.tr("If you pay only the minimum, you will pay it off in %1 and pay %2 in interest.") \
                .replace("%1", how_long).replace("%2", fmt.money(interest, cur))
        if d.clears_within_36:
            return text
        text = sentences(text, self.tr("To clear it in 36 months, pay %1 a month (total %2).")
                         .replace("%1", fmt.money(w.payment_36_fen, cur)).replace("%2", fmt.money(w.total_36_fen, cur)))
        if d.payment_36_costs_more and months is not None:
            text = sentences(text, self.tr("Here the minimum starts higher, so 36 equal payments cost more interest; "
                                           "what the minimum costs you is %n month(s) in debt.", "", months)
                             .replace("%n", str(months)))
        return text

    def way_name(self, way: WayToPay) -> str:
        """"Pay in full", "Minimum only" or "3 installments", in the active language."""
        if way.kind is WayKind.FULL:
            return self.tr("Pay in full")
        if way.kind is WayKind.MINIMUM:
            return self.tr("Minimum only")
        periods = way.periods or 0  # an installment way always has its periods
        return self.tr("%n installment(s)", "", periods).replace("%n", str(periods))

    def _fill_table(self, d: BillDecision) -> None:
        cur = d.bill.currency
        self.table.setRowCount(len(d.ways))
        for row, way in enumerate(d.ways):
            if way.kind is WayKind.INSTALLMENTS:
                rate = self.tr("%1 (fee %2)").replace("%1", fmt.percent(way.apr, decimals=2)) \
                    .replace("%2", fmt.percent(way.fee_rate, decimals=2))
            elif way.kind is WayKind.MINIMUM:
                rate = self.tr("%1 (simple)").replace("%1", fmt.percent(way.apr, decimals=2))
            else:
                rate = fmt.percent(way.apr, decimals=2)
            never = self.tr("never paid off")
            cells = {
                "way": self.way_name(way),
                "now": fmt.money(way.first_payment_fen, cur),
                "monthly": (self.tr("less each month") if way.kind is WayKind.MINIMUM else
                            "—" if way.monthly_fen is None else fmt.money(way.monthly_fen, cur)),
                "months": never if way.months is None else str(way.months),
                "cost": never if way.total_cost_fen is None else fmt.money(way.total_cost_fen, cur),
                "apr": rate,
                "total": never if way.total_paid_fen is None else fmt.money(way.total_paid_fen, cur),
            }
            for column, key in enumerate(COLUMNS):
                item = QTableWidgetItem(cells[key])
                if key != "way":
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        # as tall as its rows: the box and the notes sit right under it
        self.table.resizeRowsToContents()
        height = self.table.horizontalHeader().sizeHint().height() + 2 * self.table.frameWidth() + sum(
            self.table.rowHeight(r) for r in range(self.table.rowCount()))
        self.table.setFixedHeight(height + 2)

    def cell(self, row: int, key: str) -> str:
        """The text shown in ``row`` under the column ``key`` (one of ``COLUMNS``); tests read it."""
        item = self.table.item(row, COLUMNS.index(key))
        return item.text() if item is not None else ""
