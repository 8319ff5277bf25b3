"""Payoff planner: your debts (prefilled from your lines, editable), a monthly budget, and avalanche vs snowball
vs your own order side by side, with the balance over time for each."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import ValidationError
from app.domain.payoff import Strategy
from app.i18n import formatting as fmt
from app.services.changes import Changes
from app.services.payoff_planner import PayoffComparison, compare_payoff
from app.ui.texts import errors
from app.ui.charts.true_cost_charts import BalanceSeries, ChartHost, paint_balances
from app.ui.models.true_cost_models import DebtsModel, StrategiesModel, strategy_name
from app.ui.session import Session
from app.ui.views.common import Retranslatable, error_label, muted, table_view
from app.ui.widgets.explain import ExplainButton
from app.domain import messages

_COLORS = {Strategy.AVALANCHE: "#1f6feb", Strategy.SNOWBALL: "#e8710a", Strategy.CUSTOM: "#8250df",
           Strategy.MINIMUMS_ONLY: "#8c959f"}


class PayoffPlannerView(Retranslatable, QWidget):
    """Strategy comparison for paying debts off.

    Args:
        session: the app session (store, ``today``, change broadcast).
        prefill: fill the debts from the lines on construction (default ``True``).
    """

    def __init__(self, session: Session, parent: QWidget | None = None, *, prefill: bool = True) -> None:
        super().__init__(parent)
        self.session = session
        self.comparison: PayoffComparison | None = None
        self.setObjectName("payoffPlannerView")

        self.title = QLabel()
        self.title.setProperty("role", "title")
        self.intro = muted()
        self.intro.setWordWrap(True)
        self.debts_model = DebtsModel(self)
        self.debts_view = QTableView()
        self.debts_view.setModel(self.debts_model)
        self.debts_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.debts_view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.debts_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.debts_view.verticalHeader().setDefaultSectionSize(26)
        self.fill_button, self.add_button, self.remove_button = QPushButton(), QPushButton(), QPushButton()
        self.up_button, self.down_button = QPushButton(), QPushButton()
        buttons = QHBoxLayout()
        for b in (self.fill_button, self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(b)
        buttons.addStretch(1)

        self.budget_label = QLabel()
        self.budget = QLineEdit()
        self.budget.setMaximumWidth(160)
        self.budget_label.setBuddy(self.budget)
        self.minimums_label = muted()
        self.compare_button = QPushButton()
        budget_row = QHBoxLayout()
        budget_row.addWidget(self.budget_label)
        budget_row.addWidget(self.budget)
        budget_row.addWidget(ExplainButton("budget"))
        budget_row.addWidget(self.minimums_label, 1)
        budget_row.addWidget(self.compare_button)
        self.error = error_label()

        self.plans_model = StrategiesModel(self)
        self.plans_view = table_view(self.plans_model, stretch_last=False)
        self.plans_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.summary = QLabel()
        self.summary.setObjectName("payoffSummary")
        self.summary.setWordWrap(True)
        explain_row = QHBoxLayout()
        self.explain_caption = muted()
        explain_row.addWidget(self.explain_caption)
        self.explain_labels = []
        for figure in ("avalanche", "snowball", "custom", "minimums_only"):
            label = muted()
            self.explain_labels.append((figure, label))
            explain_row.addWidget(label)
            explain_row.addWidget(ExplainButton(figure))
        explain_row.addStretch(1)
        self.chart = ChartHost(min_height=240)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addWidget(self.debts_view)
        layout.addLayout(buttons)
        layout.addLayout(budget_row)
        layout.addWidget(self.error)
        layout.addWidget(self.plans_view)
        layout.addWidget(self.summary)
        layout.addLayout(explain_row)
        layout.addWidget(self.chart, 1)

        self.retranslate_ui()
        self.fill_button.clicked.connect(self._on_fill_clicked)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.up_button.clicked.connect(lambda: self._on_move_clicked(-1))
        self.down_button.clicked.connect(lambda: self._on_move_clicked(1))
        self.compare_button.clicked.connect(self._on_compare_clicked)
        self.budget.returnPressed.connect(self._on_compare_clicked)
        self.debts_model.dataChanged.connect(self._on_debts_edited)
        self.debts_model.modelReset.connect(self._update_minimums)
        self.debts_model.rowsInserted.connect(self._update_minimums)
        self.debts_model.rowsRemoved.connect(self._update_minimums)
        self.debts_view.itemDelegate().closeEditor.connect(self._on_editor_closed)
        session.changed.connect(self._on_session_changed)
        if prefill:
            self.fill_from_lines()

    # -- texts ----------------------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Pay it off"))
        self.intro.setText(self.tr("Your debts, what you can pay each month, and how long each way of paying "
                                   "them off takes. Rates are the lines' daily rates as yearly rates; edit any "
                                   "cell. The order of the table is \"your order\"."))
        self.fill_button.setText(self.tr("&Fill from my lines"))
        self.add_button.setText(self.tr("&Add a debt"))
        self.remove_button.setText(self.tr("&Remove"))
        self.up_button.setText(self.tr("Move &up"))
        self.down_button.setText(self.tr("Move &down"))
        self.budget_label.setText(self.tr("&Budget per month"))
        self.budget.setAccessibleName(self.tr("Budget per month"))
        self.budget.setPlaceholderText("0.00")
        self.compare_button.setText(self.tr("&Compare"))
        self.explain_caption.setText(self.tr("Strategies:"))
        names = {"avalanche": self.tr("avalanche"), "snowball": self.tr("snowball"), "custom": self.tr("your order"),
                 "minimums_only": self.tr("minimums only")}
        for figure, label in self.explain_labels:
            label.setText(names[figure])
        self.debts_view.setAccessibleName(self.tr("Debts"))
        self.plans_view.setAccessibleName(self.tr("Strategies compared"))
        self.plans_model.retranslate()
        self._update_minimums()
        self._show(self.comparison)

    # -- inputs ---------------------------------------------------------------------------------------------
    def fill_from_lines(self) -> None:
        """Put every line that owes something in the debts table (balance, yearly rate, minimum)."""
        debts = self.session.services.debts(self.session.today())
        lines = self.session.queries.lines(include_archived=False)
        self.debts_model.set_debts(debts, lines[0].currency if lines else "CNY")

    def compare(self) -> PayoffComparison | None:
        """Read the table and the budget and show the strategies; a problem is shown under the budget."""
        self.error.hide()
        try:
            debts = [d for d in self.debts_model.debts if d.balance_fen > 0]
            if not debts:
                raise ValidationError("debts", "", messages.QT_TRANSLATE_NOOP("Errors", "add at least one debt with a balance"))
            budget = fmt.parse_money(self.budget.text(), self.debts_model.currency, field="budget")
            minimums = sum(d.minimum_fen for d in debts)
            if budget < minimums:
                raise ValidationError("budget", budget, messages.QT_TRANSLATE_NOOP(
                        "Errors", "is below the sum of the minimum payments"))
            comparison = compare_payoff(debts, budget, self.session.today(), [d.name for d in debts])
        except ValidationError as exc:
            self._show_error(exc)
            self._show(None)
            return None
        self._show(comparison)
        return comparison

    def _show_error(self, exc: ValidationError) -> None:
        if exc.field == "budget" and exc.reason.startswith("is below the sum"):
            minimums = sum(d.minimum_fen for d in self.debts_model.debts if d.balance_fen > 0)
            text = self.tr("The budget is below the sum of the minimum payments (%1): pay at least that much.") \
                .replace("%1", fmt.money(minimums, self.debts_model.currency))
        elif exc.field == "debts":
            text = self.tr("Add at least one debt with a balance.")
        else:
            text = errors.reason(exc)
        self.error.setText(text)
        self.error.show()

    # -- showing --------------------------------------------------------------------------------------------
    def _update_minimums(self) -> None:
        self._fit_debts()
        minimums = sum(d.minimum_fen for d in self.debts_model.debts if d.balance_fen > 0)
        self.minimums_label.setText(self.tr("The minimums add up to %1 a month.")
                                    .replace("%1", fmt.money(minimums, self.debts_model.currency)))

    def _show(self, comparison: PayoffComparison | None) -> None:
        self.comparison = comparison
        if comparison is None:
            self.plans_model.set_plans((), [], self.debts_model.currency)
            self._fit_plans()
            self.summary.clear()
            self.chart.clear()
            return
        cur = self.debts_model.currency
        self.plans_model.set_plans(comparison.plans, [d.name for d in comparison.debts], cur)
        self._fit_plans()
        self.summary.setText(self._summary_text(comparison, cur))
        series = [BalanceSeries(strategy_name(p.strategy.value), p.total_balances, _COLORS[p.strategy],
                                dashed=p.strategy in (Strategy.CUSTOM, Strategy.MINIMUMS_ONLY))
                  for p in comparison.plans]
        self.chart.draw(paint_balances, series, cur, self.tr("Total still owed, month by month"),
                        self.tr("Months from now"))

    def _fit_debts(self) -> None:
        rows = min(8, max(3, self.debts_model.rowCount()))  # scrolls beyond 8 debts
        height = self.debts_view.horizontalHeader().sizeHint().height() \
            + rows * self.debts_view.verticalHeader().defaultSectionSize()
        self.debts_view.setFixedHeight(height + 2 * self.debts_view.frameWidth() + 2)

    def _fit_plans(self) -> None:
        rows = max(1, self.plans_model.rowCount())
        height = self.plans_view.horizontalHeader().sizeHint().height() \
            + rows * self.plans_view.verticalHeader().defaultSectionSize()
        self.plans_view.setFixedHeight(height + 2 * self.plans_view.frameWidth() + 2)

    def _summary_text(self, c: PayoffComparison, cur: str) -> str:
        av, sb = c.plan(Strategy.AVALANCHE).result, c.plan(Strategy.SNOWBALL).result
        if av.months is None or sb.months is None:
            return self.tr("At this budget the debts are not paid off within 100 years.")
        text = self.tr("Avalanche: debt-free in %1 months, %2 interest. Snowball: %3 months, %4 interest.") \
            .replace("%1", str(av.months)).replace("%2", fmt.money(av.total_interest_fen, cur)) \
            .replace("%3", str(sb.months)).replace("%4", fmt.money(sb.total_interest_fen, cur))
        saved = sb.total_interest_fen - av.total_interest_fen
        if saved > 0:
            text += " " + self.tr("Avalanche saves %1.").replace("%1", fmt.money(saved, cur))
        first_av = min((m for m in av.payoff_month.values() if m), default=None)
        first_sb = min((m for m in sb.payoff_month.values() if m), default=None)
        if first_av and first_sb and first_sb < first_av:
            text += " " + self.tr("Snowball clears its first debt sooner: month %1 instead of %2.") \
                .replace("%1", str(first_sb)).replace("%2", str(first_av))
        return text

    # -- slots ----------------------------------------------------------------------------------------------
    def _on_fill_clicked(self) -> None:
        self.fill_from_lines()

    def _on_add_clicked(self) -> None:
        row = self.debts_model.add_debt()
        self.debts_view.setCurrentIndex(self.debts_model.index(row, 0))
        self.debts_view.edit(self.debts_model.index(row, 0))

    def _on_remove_clicked(self) -> None:
        self.debts_model.remove_debt(self.debts_view.currentIndex().row())

    def _on_move_clicked(self, delta: int) -> None:
        index = self.debts_view.currentIndex()
        row = self.debts_model.move(index.row(), delta)
        self.debts_view.setCurrentIndex(self.debts_model.index(row, max(0, index.column())))

    def _on_compare_clicked(self) -> None:
        self.compare()

    def _on_debts_edited(self) -> None:
        self.error.hide()
        self._update_minimums()

    def _on_editor_closed(self) -> None:
        if self.debts_model.last_error is not None:
            self._show_error(self.debts_model.last_error)
            self.debts_model.last_error = None

    def _on_session_changed(self, changes: Changes) -> None:
        if changes.statements and self.comparison is None and not self.budget.text().strip():
            self.fill_from_lines()  # only while the user has not started planning
