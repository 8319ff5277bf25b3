"""Add (or edit) a purchase: line, date, amount, merchant, category, paid in full or in N installments.

The fee rate is preset from the line for the chosen number of periods and stays editable; the preview shows each
period's amount and the total fee (``domain.postings.purchase_plan``) before anything is saved, and what that fee
is as a yearly rate (``widgets.cost_insight``). A new purchase that would push utilization or the debt-service
ratio into a higher band, or goes past a limit I set myself (``services.my_limits``), is not saved on the first
OK: the dialog says so inline, naming the rule (``widgets.load_warning``), and saves on "Record anyway" (or a
second OK).
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.billing import statement_date_for
from app.domain.bnpl import bnpl_pay_in_4
from app.domain.credit_line import CreditLine
from app.domain.errors import ValidationError
from app.domain.installments import MAX_PERIODS
from app.domain.postings import InstallmentPlan, Purchase, purchase_plan
from app.domain.rates import parse_rate
from app.i18n import formatting as fmt
from app.ui.texts import categories
from app.ui.texts.money_labels import with_sign
from app.ui.models.plan_model import PlanPartsModel
from app.ui.session import Session
from app.domain import messages
from app.ui.views.common import (FormDialog, date_edit, error_label, from_date, muted, stacked, tab_chain,
                                 table_view, to_date)

#: Installment choices offered: 1 = pay in full, 0 = custom number of periods.
PERIOD_CHOICES = (1, 3, 6, 9, 12, 0)


class PurchaseDialog(FormDialog):
    """Record a new purchase, or edit ``purchase`` when given.

    ``insight`` (in the ``cost_insight`` box under the preview) shows the option's fee as a yearly rate, updated
    with every input; ``load_warning`` is the inline confirmation before a new purchase that crosses a band.
    Emits ``compare_requested(line_id, price_fen)`` for the before-you-buy comparison (the main window opens it).
    """

    compare_requested = Signal(int, int)

    def __init__(self, session: Session, purchase: Purchase | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.purchase = purchase
        self.lines: list[CreditLine] = session.queries.lines(include_archived=purchase is not None)
        self.plan: InstallmentPlan | None = None
        self.setObjectName("purchaseDialog")
        self.setMinimumWidth(600)

        self.line = QComboBox()
        self.date = date_edit(from_date(session.today()))
        self.amount = QLineEdit()
        self.amount.setPlaceholderText("0.00")
        self.merchant = QLineEdit()
        self.category = QComboBox()
        self.category.setEditable(True)
        self.category.addItem("", "")
        for text, key in categories.choices(session.listing.categories()):  # the fixed ones (translated) first
            self.category.addItem(text, key)
        self.periods = QComboBox()
        self.custom_periods = QSpinBox()
        # wider than 2-60, so a typed 0 or 61 is not silently turned into another number: OK says what is wrong
        self.custom_periods.setRange(0, 999)
        self.custom_periods.setValue(24)
        self.fee_rate = QLineEdit()
        self.fee_hint = muted()
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.parts_model = PlanPartsModel(self)
        self.parts_view = table_view(self.parts_model)
        self.parts_view.setMinimumHeight(190)
        self.parts_view.setColumnHidden(len(self.parts_model.columns) - 1, True)  # status: all "scheduled" here
        self.preview_box = QGroupBox()
        preview_layout = QVBoxLayout(self.preview_box)
        preview_layout.addWidget(self.preview)
        preview_layout.addWidget(self.parts_view)
        # "fee X % in total ≈ Y % a year" for the option shown, and the before-you-buy comparison
        self.cost_insight = QVBoxLayout()
        preview_layout.addLayout(self.cost_insight)
        # imported with the first dialog: the true-cost services are not needed for the window's first paint
        from app.ui.widgets.cost_insight import CostInsight
        from app.ui.widgets.load_warning import LoadWarning

        self.insight = CostInsight(session)
        self.cost_insight.addWidget(self.insight)
        self.load_warning = LoadWarning()
        self._warned_for: tuple | None = None  # (line id, amount, periods, fee rate) the warning was shown for

        self.line_error, self.date_error, self.amount_error = error_label(), error_label(), error_label()
        self.merchant_error, self.category_error, self.periods_error = error_label(), error_label(), error_label()
        self.fee_error = error_label()
        self.errors.add(["line", "line_id"], self.line_error, self.line)
        self.errors.add(["date", "posted_on"], self.date_error, self.date)
        self.errors.add(["amount", "amount_fen"], self.amount_error, self.amount)
        self.errors.add(["merchant", "description", "note"], self.merchant_error, self.merchant)
        self.errors.add(["category"], self.category_error, self.category)
        self.errors.add(["installments", "periods"], self.periods_error, self.periods)
        self.errors.add(["fee_rate"], self.fee_error, self.fee_rate)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.labels = {key: QLabel() for key in ("line", "date", "amount", "merchant", "category", "periods", "fee")}
        for key, widget, err in (("line", self.line, self.line_error), ("date", self.date, self.date_error),
                                 ("amount", self.amount, self.amount_error),
                                 ("merchant", self.merchant, self.merchant_error),
                                 ("category", self.category, self.category_error)):
            self.labels[key].setBuddy(widget)
            self.form.addRow(self.labels[key], stacked(widget, err))
        periods_row = QHBoxLayout()
        periods_row.addWidget(self.periods, 1)
        periods_row.addWidget(self.custom_periods)
        periods_holder = QWidget()
        periods_holder.setLayout(periods_row)
        periods_row.setContentsMargins(0, 0, 0, 0)
        self.labels["periods"].setBuddy(self.periods)
        self.form.addRow(self.labels["periods"], stacked(periods_holder, self.periods_error))
        self.labels["fee"].setBuddy(self.fee_rate)
        self.form.addRow(self.labels["fee"], stacked(self.fee_rate, self.fee_hint, self.fee_error))

        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.preview_box)
        layout.addWidget(self.load_warning)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

        self.retranslate_ui()
        self._fill()
        self.line.currentIndexChanged.connect(self._on_line_changed)
        self.periods.currentIndexChanged.connect(self._on_periods_changed)
        self.custom_periods.valueChanged.connect(self._on_periods_changed)
        for edit in (self.amount, self.fee_rate):
            edit.textChanged.connect(self._on_inputs_changed)
        self.date.dateChanged.connect(self._on_inputs_changed)
        self.insight.compare_requested.connect(self.compare_requested)
        self.load_warning.record_requested.connect(self._on_load_warning_record_requested)
        self.load_warning.compare_requested.connect(self._on_load_warning_compare_requested)
        for w in (self.line, self.date, self.amount, self.merchant, self.category, self.periods, self.custom_periods,
                  self.fee_rate, self.parts_view):
            w.setFocusPolicy(w.focusPolicy() | Qt.FocusPolicy.TabFocus)
        tab_chain(
            self.line, self.date, self.amount, self.merchant, self.category, self.periods, self.custom_periods,
            self.fee_rate)
        self._on_periods_changed()
        self.amount.setFocus()

    # -- filling --------------------------------------------------------------------------------------------
    def _fill(self) -> None:
        for line in self.lines:
            self.line.addItem(line.name, line.id)
        p = self.purchase
        wanted = p.line_id if p else self.session.settings.default_line_id()
        index = self.line.findData(wanted)
        self.line.setCurrentIndex(max(0, index))
        if p is None:
            return
        self.date.setDate(from_date(p.posted_on))
        cur = getattr(self.selected_line(), "currency", "CNY")
        self.amount.setText(fmt.money(p.amount_fen, cur, symbol=False).replace(",", "").replace("\u00a0", ""))
        self.merchant.setText(p.merchant or p.description)
        self.category.setCurrentText(categories.name(p.category))
        if p.installments in PERIOD_CHOICES:
            self.periods.setCurrentIndex(PERIOD_CHOICES.index(p.installments))
        else:
            self.periods.setCurrentIndex(PERIOD_CHOICES.index(0))
            self.custom_periods.setValue(p.installments)
        plan = self.session.listing.plan(p.id) if p.id else None
        if plan is not None:
            self.fee_rate.setText(fmt.percent(plan.fee_rate, decimals=2))

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Edit purchase") if self.purchase else self.tr("Add purchase"))
        texts = {"line": self.tr("Credit &line"), "date": self.tr("&Date"),  # the amount's: ``_update_preview``
                 "merchant": self.tr("&Merchant"), "category": self.tr("Ca&tegory"),
                 "periods": self.tr("&Pay"), "fee": self.tr("Installment &fee (total)")}
        for key, text in texts.items():
            self.labels[key].setText(text)
        accessible = {self.line: self.tr("Credit line"), self.date: self.tr("Purchase date"),
                      self.amount: self.tr("Amount"), self.merchant: self.tr("Merchant"),
                      self.category: self.tr("Category"), self.periods: self.tr("Installments"),
                      self.custom_periods: self.tr("Number of installments"),
                      self.fee_rate: self.tr("Installment fee rate"), self.parts_view: self.tr("Installment preview")}
        for widget, name in accessible.items():
            widget.setAccessibleName(name)
        for i in range(1, self.category.count()):
            self.category.setItemText(i, categories.name(self.category.itemData(i)))
        self.fee_rate.setPlaceholderText(self.tr("e.g. 4.5%"))
        self.preview_box.setTitle(self.tr("Preview"))
        current = self.periods.currentIndex()
        self.periods.blockSignals(True)
        self.periods.clear()
        for n in PERIOD_CHOICES:
            if n == 1:
                self.periods.addItem(self.tr("Pay in full"), n)
            elif n == 0:
                self.periods.addItem(self.tr("Custom…"), n)
            else:
                self.periods.addItem(self.tr("%1 installments").replace("%1", str(n)), n)
        self.periods.setCurrentIndex(max(0, current))
        self.periods.blockSignals(False)
        self.buttons.button(self.buttons.StandardButton.Ok).setText(self.tr("Save"))
        self.buttons.button(self.buttons.StandardButton.Cancel).setText(self.tr("Cancel"))
        self._update_preview()

    # -- reading --------------------------------------------------------------------------------------------
    def selected_line(self) -> CreditLine | None:
        """The chosen credit line."""
        line_id = self.line.currentData()
        return next((ln for ln in self.lines if ln.id == line_id), None)

    def selected_periods(self) -> int:
        """1 for pay in full, else the number of installments."""
        choice = self.periods.currentData()
        if choice is None:  # not filled yet
            return 1
        return self.custom_periods.value() if choice == 0 else choice

    def checked_periods(self) -> int:
        """``selected_periods()``, refusing a custom number outside 2-60 (or a spin box left empty)."""
        periods = self.selected_periods()
        custom = self.periods.currentData() == 0
        if custom and (not self.custom_periods.hasAcceptableInput() or not 2 <= periods <= MAX_PERIODS):
            raise ValidationError("installments", self.custom_periods.text(),
                                  messages.QT_TRANSLATE_NOOP("Errors", "must be a whole number from 2 to %1")
                                          .arg(MAX_PERIODS))
        return periods

    def values(self) -> dict:
        """The form as ``LedgerService.record_purchase`` keyword arguments.

        Raises:
            ValidationError: naming the field (amount, fee_rate, line, installments).
        """
        line = self.selected_line()
        if line is None:
            raise ValidationError("line", "", messages.QT_TRANSLATE_NOOP("Errors", "choose a credit line first"))
        periods = self.checked_periods()
        values = {
            "line_id": line.id, "posted_on": to_date(self.date.date()),
            "amount_fen": fmt.parse_money(self.amount.text(), line.currency, field="amount"),
            "merchant": self.merchant.text(), "category": categories.key_of(self.category.currentText()),
            "installments": periods,
        }
        if periods > 1:
            values["fee_rate"] = parse_rate(self.fee_rate.text() or "0%", field="fee_rate")
        return values

    def check_load(self) -> None:
        """Before a purchase is saved: show ``load_warning`` when its date is far ahead of today
        (``ledger_bounds.far_ahead``: most likely a typo), or when a new purchase would push utilization or the
        debt-service ratio into a higher band (``services.before_you_buy.crosses_band``) or past a limit, unless the
        warning was already shown for these inputs (then this OK confirms). Raises ``ValidationError`` for bad
        input."""
        values = self.values()
        key = (values["line_id"], values["amount_fen"], values["installments"], values.get("fee_rate"),
               values["posted_on"])
        if key == self._warned_for:
            self.load_warning.hide()
            return
        line = self.selected_line()
        said = self.load_warning.check(self.session, values, line.name if line else "", new=self.purchase is None,
                                       currency=line.currency if line else "CNY")
        self._warned_for = key if said else None
        if self.load_warning.weighs:  # the panel says it in full, with its own "Compare" button
            self.insight.warning.hide()
            self.insight.compare_button.hide()

    def _on_buttons_accepted(self) -> None:
        if self.try_action(self.check_load) and self.load_warning.isHidden():
            self.try_action(self.submit, then=self.accept)

    def _on_load_warning_record_requested(self) -> None:
        self.try_action(self.submit, then=self.accept)

    def _on_load_warning_compare_requested(self) -> None:
        if self._warned_for is not None:
            self.compare_requested.emit(self._warned_for[0], self._warned_for[1])

    def submit(self) -> None:
        values = self.values()
        if self.purchase is None:
            self.session.apply(self.session.ledger.record_purchase, values.pop("line_id"), values.pop("posted_on"),
                               values.pop("amount_fen"), entered=True, **values)
        else:
            self.session.apply(self.session.ledger.edit_purchase, self.purchase.id, **values)

    # -- preview --------------------------------------------------------------------------------------------
    def _on_line_changed(self) -> None:
        if getattr(self.selected_line(), "pays_in_4", False):  # the line splits every purchase itself
            self.periods.setCurrentIndex(0)
        self._preset_fee()
        self._update_preview()

    def _on_periods_changed(self) -> None:
        self.custom_periods.setVisible(self.periods.currentData() == 0)
        self._preset_fee()
        self._update_preview()

    def _on_inputs_changed(self) -> None:
        self._update_preview()

    def _preset_fee(self) -> None:
        line, periods = self.selected_line(), self.selected_periods()
        self.periods.setEnabled(not getattr(line, "pays_in_4", False))  # a pay-in-4 line takes no plan
        installments = periods > 1
        self.fee_rate.setEnabled(installments)
        if line is None or not installments:
            self.fee_rate.clear()
            self.fee_hint.clear()
            return
        preset = line.fee_presets.get(periods)
        self.fee_rate.setText(fmt.percent(preset if preset is not None else Decimal(0), decimals=2))
        self.fee_hint.setText(self.tr("Preset for this line; change it to what your app shows.")
                              if preset is not None else self.tr("No preset for this many periods on this line."))

    def _update_preview(self) -> None:
        self.plan = None
        self.load_warning.hide()  # the inputs changed: OK checks them again
        line, periods = self.selected_line(), self.selected_periods()
        self.labels["amount"].setText(with_sign(self.tr("&Amount (¥)"), line.currency if line else "CNY",
                                                fmt.active_locale()))  # the line's currency sign
        self.parts_view.setVisible(periods > 1)
        try:
            if line is None:
                raise ValidationError("line", "", messages.QT_TRANSLATE_NOOP("Errors", "choose a credit line first"))
            amount = fmt.parse_money(self.amount.text(), line.currency, field="amount")
            self.checked_periods()
            if line.pays_in_4:
                self._pay_in_4_preview(line, amount)
                return
            if periods <= 1:
                statement = statement_date_for(to_date(self.date.date()), line.statement_day,
                                               line.statement_day_inclusive)
                self.preview.setText(self.tr("Paid in full on the statement of %1: %2.")
                                     .replace("%1", fmt.day(statement))
                                     .replace("%2", fmt.money(amount, line.currency)))
                self.parts_model.set_rows([])
                self.update_cost_insight(line, amount, periods, Decimal(0), None)
                return
            rate = parse_rate(self.fee_rate.text() or "0%", field="fee_rate")
            self.plan = purchase_plan(line, to_date(self.date.date()), amount, periods, rate)
        except ValidationError:
            self.preview.setText(self.tr("Enter an amount to see what each period costs."))
            self.parts_model.set_rows([])
            self.insight.show_option(None, None, 1)
            return
        first = self.plan.parts[0]
        rest = self.plan.parts[-1]
        total = self.plan.principal_fen + self.plan.fee_total_fen
        cur = line.currency
        text = self.tr("%1 periods of %2 (first period %3), total fee %4, total to repay %5.") \
            .replace("%1", str(periods)).replace("%2", fmt.money(rest.amount_fen, cur)) \
            .replace("%3", fmt.money(first.amount_fen, cur)).replace("%4", fmt.money(self.plan.fee_total_fen, cur)) \
            .replace("%5", fmt.money(total, cur))
        self.preview.setText(text)
        self.parts_model.set_parts(self.plan.parts, periods)
        self.update_cost_insight(line, amount, periods, rate, self.plan)

    def _pay_in_4_preview(self, line: CreditLine, amount: int) -> None:
        """What a purchase on a pay-in-4 line asks: 4 payments every 14 days from its date (domain-rules.md §5)."""
        parts, text = bnpl_pay_in_4(amount, to_date(self.date.date())), self.tr(
                "Pay in 4: %1 on %3, then %2 on %4, %5 and %6; no interest.")
        for n, value in enumerate([fmt.money(p.amount_fen, line.currency) for p in parts[:2]]
                                  + [fmt.day(p.due_date) for p in parts]):
            text = text.replace(f"%{n + 1}", value)
        self.preview.setText(text)  # (the parts table is hidden: the purchase is "paid in full" to this line)
        self.update_cost_insight(line, amount, 1, Decimal(0), None)

    def update_cost_insight(self, line: CreditLine, amount_fen: int, periods: int, fee_rate: Decimal,
                            plan: InstallmentPlan | None) -> None:
        """Show the option's true cost in ``insight`` (called after every preview update), the dialog growing to fit
        it. A purchase being edited is already in the load: its rate only, no band warning or comparison."""
        self.insight.show_option(line.id, amount_fen, periods, fee_rate, load=self.purchase is None)
        self.fit_to_contents()
