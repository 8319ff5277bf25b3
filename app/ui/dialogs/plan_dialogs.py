"""Dialogs for what the rules allow on a purchase or a bill: early payoff of an installment plan (提前还款), a refund,
and turning a bill into installments (账单分期). Each shows the figures before anything is saved and calls one
service action."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.domain.errors import ValidationError
from app.domain.installments import installment_schedule
from app.domain.postings import InstallmentPlan, Purchase, payoff_effect
from app.domain.rates import parse_rate
from app.i18n import formatting as fmt
from app.ui.texts.money_labels import with_sign
from app.ui.session import Session
from app.ui.views.common import FormDialog, date_edit, error_label, from_date, muted, stacked, to_date
from app.domain import messages


def _form(dialog: FormDialog, rows: list[tuple[str, QWidget]]) -> tuple[dict[str, QLabel], QFormLayout]:
    """A form of ``(error field, widget)`` rows, each with its own error label; returns the caption labels."""
    labels: dict[str, QLabel] = {}
    form = QFormLayout()
    for key, widget in rows:
        err = error_label()
        dialog.errors.add([key], err, widget)
        labels[key] = QLabel()
        labels[key].setBuddy(widget)
        form.addRow(labels[key], stacked(widget, err))
    return labels, form


class PayoffDialog(FormDialog):
    """Pay an installment plan off early: what is billed (principal + fee under the plan's policy) is shown before
    saving; optionally the payment is recorded at once."""

    def __init__(self, session: Session, plan: InstallmentPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.plan = session, plan
        self.line = session.queries.line(plan.line_id)
        self.setObjectName("payoffDialog")
        self.setMinimumWidth(460)
        self.date = date_edit(from_date(session.today()))
        self.date.setMinimumDate(from_date(session.ledger.plan_began(plan)))  # no payoff before the plan began
        self.pay_now = QCheckBox()
        self.pay_now.setChecked(True)
        self.summary = muted()
        self.summary.setWordWrap(True)
        self.labels, form = _form(self, [("date", self.date), ("pay_now", self.pay_now)])
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.errors.add(["plan"], self.general_error)
        self.date.dateChanged.connect(self._show_amount)
        self.retranslate_ui()

    def amount(self) -> tuple[int, int, date]:
        """``(principal fen, fee fen, statement date)`` billed for a payoff on the chosen date.

        Raises:
            ValidationError: nothing left to pay off.
        """
        parts, principal, fee = payoff_effect(self.plan, to_date(self.date.date()), self.line)
        lump = next(p for p in parts if p.status.value == "payoff")
        return principal, fee, lump.statement_date

    def _show_amount(self) -> None:
        try:
            principal, fee, on = self.amount()
        except ValidationError:
            self.summary.setText(self.tr("Nothing is left to pay off on this plan."))
            return
        cur = self.line.currency
        self.summary.setText(self.tr("Billed on the %1 bill: %2 principal + %3 fee = %4.")
                             .replace("%1", fmt.day(on)).replace("%2", fmt.money(principal, cur))
                             .replace("%3", fmt.money(fee, cur)).replace("%4", fmt.money(principal + fee, cur)))

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Pay off early"))
        self.labels["date"].setText(self.tr("Pay off &on"))
        self.labels["pay_now"].setText(self.tr("Payment"))
        self.pay_now.setText(self.tr("&Record the payment now"))
        self.buttons.button(self.buttons.StandardButton.Ok).setText(self.tr("Pay off"))
        self.buttons.button(self.buttons.StandardButton.Cancel).setText(self.tr("Cancel"))
        self._show_amount()

    def submit(self) -> None:
        self.session.apply(self.session.ledger.pay_off_plan, self.plan.id, to_date(self.date.date()),
                           pay_now=self.pay_now.isChecked())


class RefundDialog(FormDialog):
    """Record a refund of a purchase (all of it by default)."""

    def __init__(self, session: Session, purchase: Purchase, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.purchase = session, purchase
        self.currency = session.queries.line(purchase.line_id).currency  # the purchase's line's
        self.setObjectName("refundDialog")
        self.setMinimumWidth(420)
        self.date = date_edit(from_date(session.today()))
        self.amount = QLineEdit(fmt.money(purchase.amount_fen, self.currency, symbol=False).replace(",", ""))
        self.note = QLineEdit()
        self.labels, form = _form(self, [("date", self.date), ("amount", self.amount), ("note", self.note)])
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.errors.add(["purchase"], self.general_error)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Record refund of %1").replace("%1", self.purchase.merchant or
                                                                      fmt.money(self.purchase.amount_fen,
                                                                                self.currency)))
        self.labels["date"].setText(self.tr("Refunded &on"))
        self.labels["amount"].setText(with_sign(self.tr("&Amount (¥)"), self.currency, fmt.active_locale()))
        self.labels["note"].setText(self.tr("&Note"))
        self.buttons.button(self.buttons.StandardButton.Ok).setText(self.tr("Record"))
        self.buttons.button(self.buttons.StandardButton.Cancel).setText(self.tr("Cancel"))

    def submit(self) -> None:
        amount = fmt.parse_money(self.amount.text(), self.currency, field="amount")
        self.session.apply(self.session.ledger.record_refund, self.purchase.line_id, to_date(self.date.date()),
                           amount, purchase_id=self.purchase.id, note=self.note.text())


class ConvertDialog(FormDialog):
    """Turn (part of) a bill into installments (账单分期), with each part, the total fee and its yearly rate shown
    before saving."""

    def __init__(self, session: Session, line_id: int, statement_date: date, unpaid_fen: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.statement_date = session, statement_date
        self.line = session.queries.line(line_id)
        self.setObjectName("convertDialog")
        self.setMinimumWidth(480)
        self.periods = QComboBox()
        for n in sorted(self.line.fee_presets) or [3, 6, 12]:
            if n >= 2:
                self.periods.addItem(str(n), n)
        self.fee_rate = QLineEdit()
        self.amount = QLineEdit(fmt.money(unpaid_fen, self.line.currency, symbol=False).replace(",", ""))
        self.preview = muted()
        self.preview.setWordWrap(True)
        self.labels, form = _form(self, [("periods", self.periods), ("fee_rate", self.fee_rate),
                                         ("amount", self.amount)])
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.errors.add(["statement"], self.general_error)
        self.periods.currentIndexChanged.connect(self._on_periods_changed)
        self.fee_rate.textChanged.connect(self._show_preview)
        self.amount.textChanged.connect(self._show_preview)
        self.retranslate_ui()
        self._on_periods_changed()

    def _on_periods_changed(self) -> None:
        rate = self.line.fee_presets.get(self.periods.currentData())
        if rate is not None:
            self.fee_rate.setText(fmt.percent(rate, decimals=2))
        self._show_preview()

    def _values(self) -> tuple[int, Decimal, int]:
        periods = self.periods.currentData()
        if periods is None:
            raise ValidationError("periods", "", messages.QT_TRANSLATE_NOOP("Errors", "choose a number of periods"))
        rate = parse_rate(self.fee_rate.text(), field="fee_rate")
        amount = fmt.parse_money(self.amount.text(), self.line.currency, field="amount")
        return periods, rate, amount

    def _show_preview(self) -> None:
        from app.domain.true_cost import annualized_rate

        try:
            periods, rate, amount = self._values()
            parts = installment_schedule(amount, periods, rate, self.line.remainder_to.value)
            apr = annualized_rate(amount, parts)
        except (ValidationError, ValueError):
            self.preview.setText("")
            return
        fee, cur = sum(p.fee_fen for p in parts), self.line.currency
        self.preview.setText(
            self.tr("%1 parts: first %2, total fee %3, about %4 a year (APR).")
            .replace("%1", str(periods)).replace("%2", fmt.money(parts[0].principal_fen + parts[0].fee_fen, cur))
            .replace("%3", fmt.money(fee, cur)).replace("%4", fmt.percent(apr.apr, decimals=2)))

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Turn the %1 bill into installments").replace("%1", fmt.day(self.statement_date)))
        self.labels["periods"].setText(self.tr("&Months"))
        self.labels["fee_rate"].setText(self.tr("Total &fee"))
        self.labels["amount"].setText(with_sign(self.tr("&Amount (¥)"), self.line.currency, fmt.active_locale()))
        self.buttons.button(self.buttons.StandardButton.Ok).setText(self.tr("Convert"))
        self.buttons.button(self.buttons.StandardButton.Cancel).setText(self.tr("Cancel"))
        self._show_preview()

    def submit(self) -> None:
        periods, rate, amount = self._values()
        self.session.apply(self.session.ledger.convert_statement, self.line.id, self.statement_date, periods, rate,
                           amount, today=self.session.today())
