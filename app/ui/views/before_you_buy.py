"""Before you buy (消费前想一想): price + line -> every way of paying, its true cost and what it does to your load.

Nothing is saved unless the user presses "Record this purchase", which records the chosen option with
``LedgerService.record_purchase`` through ``Session.apply`` (so every view refreshes).
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.debt_load import Band
from app.domain.errors import NotFoundError, ValidationError
from app.i18n import formatting as fmt
from app.services.before_you_buy import BuyOption, Comparison, Crossing
from app.services.changes import Changes
from app.ui.texts import errors
from app.ui.charts.true_cost_charts import ChartHost, RepaymentChart, paint_repayments
from app.ui.models.true_cost_models import OptionsModel, plan_label
from app.ui.session import Session
from app.ui.views.common import Retranslatable, error_label, muted, table_view
from app.ui.widgets.band_badge import BAND_COLORS, BandBadge, band_name
from app.ui.widgets.explain import ExplainButton
from app.ui.widgets.verdict_delegate import VerdictDelegate
from app.domain import messages


class BeforeYouBuyView(Retranslatable, QWidget):
    """The before-you-buy comparison page.

    Args:
        session: the app session (store, ledger, ``today``, change broadcast).
        line_id / price_fen: optional starting values (e.g. from the purchase dialog).

    Signals:
        purchase_recorded(Changes): the user recorded the chosen option.
    """

    purchase_recorded = Signal(object)

    def __init__(self, session: Session, parent: QWidget | None = None, *, line_id: int | None = None,
                 price_fen: int | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.comparison: Comparison | None = None
        self.setObjectName("beforeYouBuyView")

        self.title = QLabel()
        self.title.setProperty("role", "title")
        self.intro = muted()
        self.intro.setWordWrap(True)
        self.line = QComboBox()
        self.price = QLineEdit()
        self.price.setPlaceholderText("0.00")
        self.merchant = QLineEdit()
        self.compare_button = QPushButton()
        self.price_error = error_label()
        self.form_labels = {k: QLabel() for k in ("line", "price", "merchant")}
        form = QFormLayout()
        for key, widget in (("line", self.line), ("price", self.price), ("merchant", self.merchant)):
            self.form_labels[key].setBuddy(widget)
            form.addRow(self.form_labels[key], widget)
        form.addRow("", self.price_error)
        inputs = QHBoxLayout()
        inputs.addLayout(form, 1)
        inputs.addWidget(self.compare_button, 0, Qt.AlignmentFlag.AlignBottom)

        # where the line stands now
        self.now_label = QLabel()
        self.now_label.setWordWrap(True)
        self.now_util = BandBadge("utilization")
        self.now_dsr = BandBadge("dsr")
        self.now_util_label, self.now_dsr_label = muted(), muted()
        now = QGridLayout()
        now.addWidget(self.now_label, 0, 0, 1, 4)
        now.addWidget(self.now_util_label, 1, 0)
        now.addWidget(self.now_util, 1, 1)
        now.addWidget(self.now_dsr_label, 1, 2)
        now.addWidget(self.now_dsr, 1, 3)
        now.setColumnStretch(3, 1)

        self.warning = QLabel()
        self.warning.setObjectName("beforeYouBuyWarning")
        self.warning.setWordWrap(True)
        self.warning.setProperty("role", "danger")
        self.warning.hide()

        self.model = OptionsModel(self)
        self.table = table_view(self.model, stretch_last=False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setItemDelegateForColumn(self.model.column_of("verdict"), VerdictDelegate(self.table))

        # the chosen option in words, each figure with its "?"
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.rates_label = QLabel()
        self.rates_label.setWordWrap(True)
        explain_row = QHBoxLayout()
        self.explain_caption = muted()
        explain_row.addWidget(self.explain_caption)
        self.explain_buttons = []
        for figure in ("apr", "ear", "simple_annualized", "xirr", "utilization", "dsr", "verdict"):
            label, button = muted(), ExplainButton(figure)
            self.explain_buttons.append((figure, label, button))
            explain_row.addWidget(label)
            explain_row.addWidget(button)
        explain_row.addStretch(1)

        self.chart = ChartHost(min_height=240)
        self.record_button = QPushButton()
        self.record_button.setEnabled(False)
        self.record_note = muted()
        self.record_note.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.general_error = error_label()
        bottom = QHBoxLayout()
        bottom.addWidget(self.record_button)
        bottom.addWidget(self.record_note, 1)

        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addLayout(inputs)
        layout.addWidget(line)
        layout.addLayout(now)
        layout.addWidget(self.warning)
        layout.addWidget(self.table)
        layout.addWidget(self.detail)
        layout.addWidget(self.rates_label)
        layout.addLayout(explain_row)
        layout.addWidget(self.chart, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.status)
        layout.addWidget(self.general_error)

        self.retranslate_ui()
        self.reload_lines(line_id)
        if price_fen is not None:
            self.price.setText(fmt.money(price_fen, symbol=False).replace(",", ""))
        self.compare_button.clicked.connect(self._on_compare_clicked)
        self.price.returnPressed.connect(self._on_compare_clicked)
        self.line.currentIndexChanged.connect(self._on_line_changed)
        self.table.selectionModel().currentRowChanged.connect(self._on_option_changed)
        self.record_button.clicked.connect(self._on_record_clicked)
        session.changed.connect(self._on_session_changed)
        if price_fen is not None:
            self.compare()

    # -- texts ----------------------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Before you buy"))
        self.intro.setText(self.tr("See what each way of paying really costs and what it does to your monthly "
                                   "load, before you decide. Nothing is saved unless you record it."))
        self.form_labels["line"].setText(self.tr("Credit &line"))
        self.form_labels["price"].setText(self.tr("&Price"))
        self.form_labels["merchant"].setText(self.tr("&What is it? (optional)"))
        self.price.setAccessibleName(self.tr("Price"))
        self.line.setAccessibleName(self.tr("Credit line"))
        self.merchant.setAccessibleName(self.tr("What is it?"))
        self.compare_button.setText(self.tr("&Compare"))
        self.now_util_label.setText(self.tr("Utilization now:"))
        self.now_dsr_label.setText(self.tr("Busiest month ÷ income now:"))
        self.explain_caption.setText(self.tr("What do these mean?"))
        names = {"apr": self.tr("APR"), "ear": self.tr("effective"), "simple_annualized": self.tr("simple"),
                 "xirr": self.tr("real dates"), "utilization": self.tr("utilization"),
                 "dsr": self.tr("income ratio"), "verdict": self.tr("verdict")}
        for figure, label, button in self.explain_buttons:
            label.setText(names[figure])
            button.retranslate_ui()
        self.record_button.setText(self.tr("&Record this purchase"))
        self.record_note.setText(self.tr("Records the selected way of paying on this line, dated today."))
        self.table.setAccessibleName(self.tr("Ways of paying"))
        self.model.retranslate()
        self._show(self.comparison)

    # -- reading --------------------------------------------------------------------------------------------
    def reload_lines(self, select: int | None = None) -> None:
        """Refill the line chooser (keeps the selection when possible)."""
        keep = select if select is not None else self.line.currentData()
        self.line.blockSignals(True)
        self.line.clear()
        for line in self.session.queries.lines(include_archived=False):
            self.line.addItem(line.name, line.id)
        if keep is None:
            keep = self.session.settings.default_line_id()
        self.line.setCurrentIndex(max(0, self.line.findData(keep)))
        self.line.blockSignals(False)

    def selected_option(self) -> BuyOption | None:
        """The option selected in the table (``None`` before a comparison)."""
        return self.model.row_at(self.table.currentIndex().row()) if self.comparison else None

    def compare(self) -> Comparison | None:
        """Read the inputs and show the comparison; a bad price is shown under the field."""
        self.price_error.hide()
        self.general_error.hide()
        line_id = self.line.currentData()
        try:
            if line_id is None:
                raise ValidationError("line", "", messages.QT_TRANSLATE_NOOP("Errors", "choose a credit line first"))
            currency = self.session.queries.line(line_id).currency
            price = fmt.parse_money(self.price.text(), currency, field="price")
            comparison = self.session.services.before_you_buy(line_id, price, self.session.today())
        except (ValidationError, NotFoundError) as exc:
            target = self.price_error if getattr(exc, "field", "") in ("price", "amount") else self.general_error
            target.setText(errors.reason(exc))
            target.show()
            self._show(None)
            return None
        self.status.clear()
        self._show(comparison)
        return comparison

    # -- showing --------------------------------------------------------------------------------------------
    def _show(self, comparison: Comparison | None) -> None:
        previous = self.selected_option()
        self.comparison = comparison
        if comparison is None:
            self.model.set_options((), "CNY")
            for w in (self.now_label, self.detail, self.rates_label):
                w.clear()
            self.now_util.set_band(None)
            self.now_dsr.set_band(None)
            self.warning.hide()
            self.chart.clear()
            self.record_button.setEnabled(False)
            return
        c = comparison
        self.model.set_options(c.options, c.currency)
        self._fit_table()
        now = self.tr("%1: my limit %2, you owe %3, %4 available.") if c.limit_is_mine else self.tr(
            "%1: limit %2, you owe %3, %4 available.")
        self.now_label.setText(now
                               .replace("%1", c.line_name).replace("%2", fmt.money(c.limit_fen, c.currency))
                               .replace("%3", fmt.money(c.outstanding_fen, c.currency))
                               .replace("%4", fmt.money(c.available_fen, c.currency)))
        self.now_util.set_band(c.utilization_band_before, fmt.percent(c.utilization_before))
        if c.income_fen and not c.income_applies:  # the income is in another currency: no ratio to read
            self.now_dsr.set_band(None, self.tr("your income is in %1").replace("%1", c.income_currency))
        elif c.dsr_before is None:
            self.now_dsr.set_band(None, self.tr("set your income"))
        else:
            self.now_dsr.set_band(c.dsr_band_before, fmt.percent(c.dsr_before))
        self._show_warnings(c)
        row = 0
        if previous is not None:
            row = next((i for i, o in enumerate(c.options) if o.periods == previous.periods), 0)
        if c.options:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self._show_option(self.selected_option())

    def _fit_table(self) -> None:
        rows = max(1, self.model.rowCount())
        height = self.table.horizontalHeader().sizeHint().height() + rows * self.table.verticalHeader().defaultSectionSize()
        self.table.setFixedHeight(height + 2 * self.table.frameWidth() + 2)

    def _crossing_text(self, metric: str, crossings: list[Crossing], how: str, currency: str = "") -> str:
        first = crossings[0]
        before, after = band_name(first.before), band_name(first.after)
        highest = max(x.after_value for x in crossings)
        if metric == "dsr":
            text = self.tr("%1: your busiest month goes from %2 to up to %3 of your income (%4 → %5).")
        elif metric == "total_utilization" and currency:  # the lines in this line's currency only
            text = self.tr("All your lines in %6 together go from %2 to %3 used (%4 → %5), whichever way you pay.")
        elif metric == "total_utilization":
            text = self.tr("All your lines together go from %2 to %3 used (%4 → %5), whichever way you pay.")
        else:
            text = self.tr("This line goes from %2 to %3 used (%4 → %5), whichever way you pay.")
        return (text.replace("%1", how).replace("%2", fmt.percent(first.before_value))
                .replace("%3", fmt.percent(highest)).replace("%4", before).replace("%5", after)
                .replace("%6", currency))

    def _show_warnings(self, c: Comparison) -> None:
        lines = []
        if c.exceeds_available:
            lines.append(self.tr("The price is more than the %1 still available on this line.")
                         .replace("%1", fmt.money(c.available_fen, c.currency)))
        # one sentence per metric and band change; utilization is the same whichever way you pay
        groups: dict[tuple[str, str, str], list[tuple[BuyOption, Crossing]]] = {}
        for option in c.options:
            for x in option.crossings:
                groups.setdefault((x.metric, x.before.value, x.after.value), []).append((option, x))
        for (metric, _before, _after), pairs in groups.items():
            how = ", ".join(plan_label(o.periods, o.plan.pay_in_4) for o, _ in pairs)
            lines.append(self._crossing_text(metric, [x for _, x in pairs], how, c.currency if c.left_out else ""))
        self.warning.setText("\n".join("⚠ " + line for line in lines))
        self.warning.setVisible(bool(lines))

    def _show_option(self, option: BuyOption | None) -> None:
        c = self.comparison
        self.record_button.setEnabled(option is not None)
        if option is None or c is None:
            self.detail.clear()
            self.rates_label.clear()
            self.chart.clear()
            return
        plan, cur = option.plan, c.currency
        if option.periods == 1:
            self.detail.setText(self.tr("Pay %1 in full by %2. No fee if you pay the whole bill on time.")
                                .replace("%1", fmt.money(plan.first_amount_fen, cur))
                                .replace("%2", fmt.day(plan.due_dates[0])))
            self.rates_label.setText(self.tr("Pay late or only the minimum and the daily rate applies instead."))
        else:
            self.detail.setText(
                self.tr("%1 payments from %2 to %3: you pay %4 in all, of which %5 is fees.")
                .replace("%1", str(option.periods)).replace("%2", fmt.day(plan.due_dates[0]))
                .replace("%3", fmt.day(plan.due_dates[-1])).replace("%4", fmt.money(plan.total_paid_fen, cur))
                .replace("%5", fmt.money(plan.total_fee_fen, cur)))
            rate = plan.rate
            self.rates_label.setText(
                self.tr("True cost: APR %1 a year · effective %2 · simple (labelled as such) %3 · on the real "
                        "dates %4.")
                .replace("%1", fmt.percent(rate.apr, decimals=2)).replace("%2", fmt.percent(rate.ear, decimals=2))
                .replace("%3", fmt.percent(rate.simple, decimals=2))
                .replace("%4", fmt.percent(rate.xirr, decimals=2)))
        guides = []
        if c.income_fen and c.income_applies:
            # the debt-service band lines: above them a month is amber / red (services.debt_load)
            ds = c.thresholds.debt_service
            for cut, color in ((ds.amber, BAND_COLORS[Band.AMBER][0]), (ds.red, BAND_COLORS[Band.RED][0])):
                guides.append((int(c.income_fen * cut), self.tr("%1 of your income").replace(
                    "%1", fmt.percent(cut, decimals=0)), color))
        self.chart.draw(paint_repayments, RepaymentChart(
            month_labels=[fmt.month(m) for m in c.months], already_due=c.base_by_month, new=option.new_by_month,
            currency=cur,
            title=self.tr("Repayments in the next 12 months: %1").replace("%1", plan_label(option.periods, option.plan.pay_in_4)),
            already_label=self.tr("Already due (lines in %1 only)").replace("%1", cur) if c.left_out
            else self.tr("Already due"), new_label=self.tr("This purchase"), guides=guides))

    # -- slots ----------------------------------------------------------------------------------------------
    def _on_compare_clicked(self) -> None:
        self.compare()

    def _on_line_changed(self) -> None:
        if self.price.text().strip():
            self.compare()

    def _on_option_changed(self) -> None:
        self._show_option(self.selected_option())

    def _on_record_clicked(self) -> None:
        option, c = self.selected_option(), self.comparison
        if option is None or c is None:
            return
        try:
            changes: Changes = self.session.apply(
                self.session.ledger.record_purchase, c.line_id, c.as_of, c.price_fen,
                merchant=self.merchant.text(), installments=option.periods,
                fee_rate=option.plan.fee_rate if option.periods > 1 else None)
        except (ValidationError, NotFoundError) as exc:
            self.general_error.setText(errors.reason(exc))
            self.general_error.show()
            return
        self.price.clear()
        self.merchant.clear()
        self._show(None)
        self.status.setText(self.tr("Recorded: %1 on %2, %3.").replace("%1", fmt.money(c.price_fen, c.currency))
                            .replace("%2", c.line_name).replace("%3", plan_label(option.periods, option.plan.pay_in_4)))
        self.purchase_recorded.emit(changes)

    def _on_session_changed(self, changes: Changes) -> None:
        if changes.lines:
            self.reload_lines()
        if self.comparison is not None and (changes.statements or changes.settings):
            self.compare()
