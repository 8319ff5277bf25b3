"""The minimum-payment trap: what paying only the minimum on a bill costs, against clearing it in 3 years.

Inputs are prefilled from a chosen bill (balance, the line's daily rate as a yearly rate, its minimum share) and
stay editable; the result reads like the Regulation Z warning on US card statements, with a chart of the balance
over time for both ways.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import ValidationError
from app.domain.minimum_payment import MinimumRule
from app.domain.rates import parse_rate
from app.domain.true_cost import daily_rate_annualized
from app.i18n import formatting as fmt
from app.services.changes import Changes
from app.services.minimum_trap import (
    MinimumTrap,
    StatementChoice,
    default_choice,
    minimum_trap,
    trap_for_statement,
)
from app.ui.texts import errors
from app.ui.charts.true_cost_charts import BalanceSeries, ChartHost, paint_balances
from app.ui.session import Session
from app.ui.views.common import Retranslatable, error_label, muted
from app.ui.widgets.explain import ExplainButton


def _plain_money(fen: int, currency: str) -> str:
    """Money as the user would type it back (no symbol, no grouping)."""
    return fmt.money(fen, currency, symbol=False).replace(",", "").replace("\u00a0", "")


class MinimumTrapView(Retranslatable, QWidget):
    """Minimum-only repayment vs a 36-month payoff.

    Args:
        session: the app session (store, ``today``, change broadcast).
    """

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.trap: MinimumTrap | None = None
        self._by_ledger = False  # the chosen bill is followed by its line's own bills (not the calculator)
        self._overdue = False  # ... and it is overdue: its minimum is paid today
        self.currency = "CNY"
        self.setObjectName("minimumTrapView")

        self.title = QLabel()
        self.title.setProperty("role", "title")
        self.intro = muted()
        self.intro.setWordWrap(True)
        self.statement = QComboBox()
        self.balance = QLineEdit()
        self.apr = QLineEdit()
        self.apr_hint = muted()
        self.min_share = QLineEdit()
        self.plus_interest = QCheckBox()
        self.min_floor = QLineEdit()
        self.calculate_button = QPushButton()
        self.error = error_label()
        self.form_labels = {k: QLabel() for k in ("statement", "balance", "apr", "min_share", "min_floor")}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        share_row = QHBoxLayout()
        share_row.addWidget(self.min_share, 1)
        share_row.addWidget(self.plus_interest)
        apr_row = QHBoxLayout()
        apr_row.addWidget(self.apr, 1)
        apr_row.addWidget(ExplainButton("daily_rate"))
        rows = (("statement", self.statement, self.statement), ("balance", self.balance, self.balance),
                ("apr", apr_row, self.apr), ("min_share", share_row, self.min_share),
                ("min_floor", self.min_floor, self.min_floor))
        for key, item, buddy in rows:
            self.form_labels[key].setBuddy(buddy)
            form.addRow(self.form_labels[key], item)
        form.addRow("", self.apr_hint)
        form.addRow("", self.error)
        inputs = QHBoxLayout()
        inputs.addLayout(form, 1)
        inputs.addWidget(self.calculate_button, 0, Qt.AlignmentFlag.AlignBottom)

        self.result = QLabel()
        self.result.setObjectName("minimumTrapResult")
        self.result.setWordWrap(True)
        self.result.setProperty("role", "danger")
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.alternative = QLabel()
        self.alternative.setWordWrap(True)
        self.alternative.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        result_row = QHBoxLayout()
        result_row.addWidget(self.result, 1)
        result_row.addWidget(ExplainButton("minimum_trap"), 0, Qt.AlignmentFlag.AlignTop)
        alt_row = QHBoxLayout()
        alt_row.addWidget(self.alternative, 1)
        alt_row.addWidget(ExplainButton("payment_36"), 0, Qt.AlignmentFlag.AlignTop)
        self.assumptions = muted()
        self.assumptions.setWordWrap(True)
        self.chart = ChartHost(min_height=260)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addLayout(inputs)
        layout.addLayout(result_row)
        layout.addLayout(alt_row)
        layout.addWidget(self.chart, 1)
        layout.addWidget(self.assumptions)

        self.retranslate_ui()
        self.reload_statements()
        self.statement.currentIndexChanged.connect(self._on_statement_changed)
        self.calculate_button.clicked.connect(self._on_calculate_clicked)
        for edit in (self.balance, self.apr, self.min_share, self.min_floor):
            edit.returnPressed.connect(self._on_calculate_clicked)
        self.plus_interest.toggled.connect(self._on_calculate_clicked)
        session.changed.connect(self._on_session_changed)
        self._on_statement_changed()

    # -- texts ----------------------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("If you pay only the minimum"))
        self.intro.setText(self.tr("How long a bill takes to clear, and what it costs, if you pay only the "
                                   "minimum each month and buy nothing new on it."))
        texts = {"statement": self.tr("&Bill"), "balance": self.tr("B&alance"), "apr": self.tr("&Rate per year"),
                 "min_share": self.tr("&Minimum share"), "min_floor": self.tr("Minimum at &least")}
        for key, text in texts.items():
            self.form_labels[key].setText(text)
        self.plus_interest.setText(self.tr("plus the month's interest"))
        self.calculate_button.setText(self.tr("&Calculate"))
        self.balance.setAccessibleName(self.tr("Balance"))
        self.apr.setAccessibleName(self.tr("Rate per year"))
        self.statement.setAccessibleName(self.tr("Bill"))
        self.min_share.setAccessibleName(self.tr("Minimum share"))
        self.min_floor.setAccessibleName(self.tr("Minimum at least"))
        self._show_assumptions()
        if self.statement.count():
            self.reload_statements()  # the bills' labels are composed in the active language
        self._show(self.trap)

    # -- inputs ---------------------------------------------------------------------------------------------
    def reload_statements(self) -> None:
        """Refill the bill chooser from the current data (unpaid bills and each line's next bill); keeps the
        chosen bill, or "my own numbers", when it is still there."""
        own = self.statement.count() > 0 and self.statement.currentData() is None
        keep = self.statement.currentData()
        self.statement.blockSignals(True)
        self.statement.clear()
        choices = self.session.services.statement_choices(self.session.today())
        for choice in choices:
            self.statement.addItem(self._choice_text(choice), choice)
        self.statement.addItem(self.tr("My own numbers"), None)
        index = self.statement.count() - 1 if own else next(  # else a bill that revolves (default_choice)
            (i for i in range(self.statement.count() - 1) if self.statement.itemData(i) == keep),
            default_choice(choices))
        self.statement.setCurrentIndex(index)
        self.statement.blockSignals(False)

    def _choice_text(self, choice: StatementChoice) -> str:
        text = self.tr("%1 · bill of %2 · %3").replace("%1", choice.line_name) \
            .replace("%2", fmt.day(choice.statement_date)).replace("%3", fmt.money(choice.balance_fen,
                                                                               choice.currency))
        return text + " " + self.tr("(next bill, so far)") if not choice.issued else text

    def show_statement(self, line_id: int, statement_date: date) -> bool:
        """Choose the bill of ``statement_date`` on ``line_id`` (e.g. picked in the statements view) and calculate;
        a bill not in the list (a later one) is added to it. ``False`` when nothing is left to pay on it."""
        choice = self.session.services.statement_choice(line_id, statement_date, self.session.today())
        if choice is None:
            return False
        index = next((i for i in range(self.statement.count()) if self.statement.itemData(i) == choice), -1)
        if index < 0:
            self.statement.blockSignals(True)
            self.statement.insertItem(0, self._choice_text(choice), choice)
            self.statement.blockSignals(False)
            index = 0
        if index == self.statement.currentIndex():
            self._on_statement_changed()
        else:
            self.statement.setCurrentIndex(index)
        return True

    def prefill(self, choice: StatementChoice) -> None:
        """Put a bill's balance and its line's terms in the inputs."""
        self.currency = choice.currency
        self.balance.setText(_plain_money(choice.balance_fen, choice.currency))
        self.apr.setText(fmt.percent(choice.apr, decimals=2))
        self.min_share.setText(fmt.percent(choice.rule.pct, decimals=0))
        self.plus_interest.blockSignals(True)
        self.plus_interest.setChecked(choice.rule.plus_interest)
        self.plus_interest.blockSignals(False)
        self.min_floor.setText(_plain_money(choice.rule.floor_fen, choice.currency))
        line = self.session.queries.line(choice.line_id)
        annual = daily_rate_annualized(line.daily_penalty_rate)
        self.apr_hint.setText(self.tr("%1 a day × 365 = %2 a year (simple); %3 with daily compounding.")
                              .replace("%1", fmt.percent(line.daily_penalty_rate, decimals=2))
                              .replace("%2", fmt.percent(annual.simple, decimals=2))
                              .replace("%3", fmt.percent(annual.compounded_daily, decimals=2)))

    def calculate(self) -> MinimumTrap | None:
        """Read the inputs and show the result; a bad input is shown under the form."""
        self.error.hide()
        try:
            balance = fmt.parse_money(self.balance.text(), self.currency, field="balance")
            apr = parse_rate(self._percent_text(self.apr.text()), field="apr", below=Decimal(10))
            pct = parse_rate(self._percent_text(self.min_share.text()), field="min_rule", below=Decimal("1.000001"))
            floor = fmt.parse_money(self.min_floor.text() or "0", self.currency, field="min_floor", allow_zero=True)
            rule = MinimumRule(pct, self.plus_interest.isChecked(), floor)
            bill = self._bill_as_typed(balance, rule)
            trap = trap_for_statement(bill) if bill is not None else minimum_trap(balance, apr, rule, self.currency)
        except ValidationError as exc:
            self.error.setText(errors.reason(exc))
            self.error.show()
            self._show(None)
            return None
        self._show(trap)
        return trap

    def _bill_as_typed(self, balance_fen: int, rule: MinimumRule) -> StatementChoice | None:
        """The chosen bill while the inputs are still its own: then the line's own bills are followed (its minimum
        first, daily interest from the due date, §1.5), as the ledger will show them; ``None`` for typed numbers,
        which go through the calculator (Regulation Z's method)."""
        choice = self.statement.currentData()
        ours = isinstance(choice, StatementChoice) and balance_fen == choice.balance_fen and rule == choice.rule \
            and self.apr.text() == fmt.percent(choice.apr, decimals=2)
        self._by_ledger = ours
        self._overdue = ours and choice.overdue
        self._show_assumptions()
        return choice if ours else None

    def _show_assumptions(self) -> None:
        if self._by_ledger and self._overdue:
            self.assumptions.setText(self.tr(
                "Follows this line's own bills: this bill is overdue, so its minimum is paid today, with the "
                "penalty interest and any late fee for the days late; after that, no new purchases, each minimum "
                "paid on its due date, and interest charged daily on what is left, as the statements will show it."))
        elif self._by_ledger:
            self.assumptions.setText(self.tr(
                "Follows this line's own bills: no new purchases; each month the minimum the bill asks is paid on "
                "its due date, and interest is charged daily on what is left, as the statements will show it."))
        else:
            self.assumptions.setText(self.tr(
                "Assumes no new purchases, no fees, and the same rate throughout; interest is charged monthly at "
                "the yearly rate ÷ 12 (US Regulation Z method)."))

    @staticmethod
    def _no_minimum(rule: MinimumRule) -> bool:
        """The whole balance is due at once: a share of 100 %, or 0 % with nothing else to make a minimum."""
        return rule.pct >= 1 or (rule.pct == 0 and not rule.plus_interest and rule.floor_fen <= 1)

    @staticmethod
    def _percent_text(text: str) -> str:
        """A bare number in a per-cent field, read as per-cent ("18" is 18 %), except a fraction below 1: "0.18"
        may mean 18 % as well as 0.18 %, so it is passed on bare and refused with an example (``parse_rate``)."""
        text = text.strip()
        if not text or text.endswith(("%", "％")):
            return text
        try:
            ambiguous = 0 < Decimal(text) < 1
        except ArithmeticError:  # not a number: parse_rate says so
            ambiguous = False
        return text if ambiguous else text + "%"

    # -- showing --------------------------------------------------------------------------------------------
    def _show(self, trap: MinimumTrap | None) -> None:
        self.trap = trap
        if trap is None:
            self.result.clear()
            self.alternative.clear()
            self.chart.clear()
            return
        w, cur = trap.warning, trap.currency
        choice = self.statement.currentData()
        bill = choice if isinstance(choice, StatementChoice) else None
        no_minimum = self._no_minimum(trap.rule)
        self._set_result_role("" if no_minimum else "danger")
        if no_minimum:
            if bill is not None:
                text = self.tr("%1 has no minimum payment: the whole bill, %2, is due by %3. There is no minimum "
                               "to trap you; pay it in full on time and it costs no interest.")
                text = text.replace("%1", bill.line_name).replace("%3", fmt.day(bill.due_date))
            else:
                text = self.tr("With a minimum share of 0% or 100% there is no minimum payment: the whole %2 is "
                               "due at once, so there is no minimum to trap you.")
            self.result.setText(text.replace("%2", fmt.money(trap.balance_fen, cur)))
            self.alternative.clear()
            self.chart.clear()
            return
        months, period, paid, interest = w.months, w.period, w.total_paid_fen, w.total_interest_fen
        if months is None or period is None or paid is None or interest is None:  # never pays off
            self.result.setText(self.tr("If you pay only the minimum, you will never pay off this balance: the "
                                        "minimum (%1 the first month) does not even cover the interest.")
                                .replace("%1", fmt.money(w.first_minimum_fen, cur)))
        else:
            if period.unit == "years":
                how_long = self.tr("about %1 years (%2 months)").replace("%1", str(period.value)) \
                    .replace("%2", str(months))
            else:
                how_long = self.tr("%n month(s)", "", months).replace("%n", str(months))
            self.result.setText(
                self.tr("If you pay only the minimum (%1 the first month), it takes %2 to pay off this balance, "
                        "and you pay %3 in all: %4 of it interest.")
                .replace("%1", fmt.money(w.first_minimum_fen, cur)).replace("%2", how_long)
                .replace("%3", fmt.money(paid, cur)).replace("%4", fmt.money(interest, cur)))
        if w.never_pays_off or (w.total_paid_fen is not None and w.total_36_fen < w.total_paid_fen):
            alternative = self.tr("Pay %1 a month instead and it is paid off in 3 years, %2 in all.") \
                .replace("%1", fmt.money(w.payment_36_fen, cur)).replace("%2", fmt.money(w.total_36_fen, cur))
            if w.total_paid_fen is not None:
                alternative += " " + self.tr("You save %1.").replace(
                    "%1", fmt.money(w.total_paid_fen - w.total_36_fen, cur))
        elif w.months is not None and w.months <= 36:
            alternative = ""
        else:
            # a large minimum share (Huabei's 10 %) repays faster than 3 years would: say so, not "instead"
            alternative = self.tr("Here the minimum is larger than the %1 a month that would clear it in 3 years, "
                                  "but the last part of the balance still drags on for years.") \
                .replace("%1", fmt.money(w.payment_36_fen, cur))
        if bill is not None:
            tip = self.tr("Its due date (%1) has passed: pay what is overdue now, every day adds interest.") \
                if bill.overdue else self.tr("Pay the whole bill by its due date (%1) and it costs no interest at all.")
            alternative += ("\n" if alternative else "") + tip.replace("%1", fmt.day(bill.due_date))
        self.alternative.setText(alternative)
        minimum_label = self.tr("Minimum only") if not w.never_pays_off else self.tr("Minimum only (never paid off)")
        series = [BalanceSeries(minimum_label, trap.minimum_balances, "#d1242f")]
        if w.months is None or w.months > 36:  # the 3-year line only where the minimum takes longer (as the text)
            series.append(BalanceSeries(self.tr("%1 a month (3 years)").replace("%1", fmt.money(w.payment_36_fen, cur)),
                                        trap.payoff_36_balances, "#1a7f37"))
        self.chart.draw(paint_balances, series, cur, self.tr("Balance left, month by month"),
                        self.tr("Months from now"))

    def _set_result_role(self, role: str) -> None:
        if self.result.property("role") != role:
            self.result.setProperty("role", role)
            self.result.style().unpolish(self.result)
            self.result.style().polish(self.result)

    # -- slots ----------------------------------------------------------------------------------------------
    def _on_statement_changed(self) -> None:
        choice = self.statement.currentData()
        if isinstance(choice, StatementChoice):
            self.prefill(choice)
            self.calculate()
        elif not self.balance.text().strip():
            self.currency = "CNY"
            self.apr.setText(fmt.percent(Decimal("0.1825"), decimals=2))
            self.min_share.setText(fmt.percent(Decimal("0.10"), decimals=0))
            self.min_floor.setText("0")
            self.apr_hint.clear()

    def _on_calculate_clicked(self) -> None:
        self.calculate()

    def _on_session_changed(self, changes: Changes) -> None:
        if changes.statements:
            before = self.statement.currentData()
            self.reload_statements()
            if self.statement.currentData() != before:  # that bill changed (paid, grew) or is gone
                self._on_statement_changed()
