"""Add or edit a credit line (with Huabei / credit card / pay-later presets), and change a line's limit."""

from __future__ import annotations

import functools
from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QLineEdit, QSpinBox, QVBoxLayout, QWidget

from app.domain.credit_line import (
    HUABEI_FEE_PRESETS,
    AutoRepay,
    Billing,
    BnplLateFee,
    CreditLine,
    LineKind,
    RevolvingBasis,
    default_revolving_basis,
    fee_presets_text,
    parse_fee_presets,
    validate_line,
)
from app.domain.currencies import EXPONENTS
from app.domain.line_presets import LINE_PRESETS
from app.domain.messages import QT_TRANSLATE_NOOP
from app.domain.rates import parse_rate
from app.i18n import formatting as fmt
from app.ui.session import Session
from app.ui.texts import labels
from app.ui.texts.money_labels import with_sign
from app.ui.views.common import FormDialog, date_edit, error_label, from_date, muted, refill_combo, stacked, to_date

#: The product presets (``domain.line_presets``), in the order the form offers them.
PRESETS = LINE_PRESETS

# the presets' titles and names, marked for lupdate (the form shows them translated)
_PRESET_TEXTS = (
    QT_TRANSLATE_NOOP("LineDialog", "Huabei (花呗)"), QT_TRANSLATE_NOOP("LineDialog", "Huabei"),
    QT_TRANSLATE_NOOP("LineDialog", "Credit card"),
    QT_TRANSLATE_NOOP("LineDialog", "Pay later (pay in 4)"), QT_TRANSLATE_NOOP("LineDialog", "Pay later"),
    QT_TRANSLATE_NOOP("LineDialog", "JD Baitiao (京东白条)"), QT_TRANSLATE_NOOP("LineDialog", "JD Baitiao"),
    QT_TRANSLATE_NOOP("LineDialog", "Meituan Yuefu (美团月付)"), QT_TRANSLATE_NOOP("LineDialog", "Meituan Yuefu"),
)


def _money_text(fen: int, currency: str = "CNY") -> str:
    return fmt.money(fen, currency, symbol=False).replace(",", "").replace("\u00a0", "")


#: Currencies listed first in the line dialog (the rest of ISO 4217 follows, alphabetically).
COMMON_CURRENCIES = ("CNY", "HKD", "USD", "EUR", "GBP", "JPY", "SGD", "AUD", "CAD", "TWD", "MOP", "KRW")


@functools.lru_cache(maxsize=4)
def currency_items(locale: str) -> list[tuple[str, str]]:
    """``(text, code)`` for the currencies in use today (legal tender of some territory, CLDR via babel, and known
    to ``app.domain.currencies``): the common ones first, then the rest by code. The text is ``"USD · US Dollar"``;
    in Chinese the name alone (``"美元"``), as people there know them. (The CLI takes any ISO 4217 code.)"""
    from babel import Locale
    from babel.numbers import get_currency_name, get_territory_currencies

    in_use: set[str] = set()
    for territory in Locale("en").territories:
        try:
            in_use.update(get_territory_currencies(str(territory), tender=True))
        except Exception:  # a territory without currency data
            continue
    in_use &= set(EXPONENTS)
    codes = [c for c in COMMON_CURRENCIES if c in in_use] + sorted(in_use - set(COMMON_CURRENCIES))
    items = []
    for code in codes:
        try:
            name = get_currency_name(code, locale=locale)
        except Exception:  # babel without that locale's data: the code alone still says it
            name = code
        if name == code:
            items.append((code, code))
        elif locale.startswith("zh"):
            items.append((name, code))
        else:
            items.append((f"{code} · {name}", code))
    return items


class LineDialog(FormDialog):
    """Add a credit line (``line`` is ``None``) or edit its terms. The limit of an existing line is changed with
    ``LimitDialog`` so its history is kept."""

    def __init__(self, session: Session, line: CreditLine | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.line = line
        self.setObjectName("lineDialog")
        self.setMinimumWidth(620)
        self.preset = QComboBox()
        self.name = QLineEdit()
        self.kind = QComboBox()
        self.currency = QComboBox()
        self.currency.setObjectName("lineCurrency")
        self.statement_day = QSpinBox()
        self.due_day = QSpinBox()
        for spin in (self.statement_day, self.due_day):
            spin.setRange(1, 31)
        self.limit = QLineEdit()
        self.min_payment = QLineEdit()
        self.penalty = QLineEdit()
        self.grace = QSpinBox()
        self.grace.setRange(0, 30)
        self.auto_repay = QComboBox()
        self.basis = QComboBox()
        self.inclusive = QCheckBox()
        self.late_fee = QLineEdit()
        self.late_fee_min = QLineEdit()
        self.fee_presets = QLineEdit()
        self.billing = QComboBox()
        self.billing.setObjectName("lineBilling")
        self.bnpl_late_fee = QComboBox()
        self.hint = muted()
        self.hint.setWordWrap(True)
        self._fee_presets: dict[int, Decimal] = dict(HUABEI_FEE_PRESETS)
        keys = ("preset", "name", "kind", "currency", "billing", "statement_day", "statement_day_inclusive", "due_day",
                "limit", "min_payment_rate", "daily_penalty_rate", "revolving_basis", "grace_days", "late_fee",
                "late_fee_min", "bnpl_late_fee", "fee_presets", "auto_repay")
        widgets = (self.preset, self.name, self.kind, self.currency, self.billing, self.statement_day, self.inclusive,
                   self.due_day, self.limit, self.min_payment, self.penalty, self.basis, self.grace, self.late_fee,
                   self.late_fee_min, self.bnpl_late_fee, self.fee_presets, self.auto_repay)
        self.labels = {k: QLabel() for k in keys}
        form = QFormLayout()
        for key, widget in zip(keys, widgets, strict=True):
            err = error_label()
            self.errors.add([key], err, widget)
            self.labels[key].setBuddy(widget)
            if key == "limit" and line is not None:
                continue
            if key == "preset" and line is not None:
                continue
            form.addRow(self.labels[key], stacked(widget, err))
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.currency.currentIndexChanged.connect(self._on_currency_changed)
        self.billing.currentIndexChanged.connect(self._on_billing_changed)
        if line is None:
            self.preset.currentIndexChanged.connect(self._on_preset_changed)
            self._on_preset_changed()
        else:
            self._fill(line)
            # amounts on the line are in its currency's minor units: a change would rescale them all
            self.currency.setEnabled(False)
        self.name.setFocus()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Edit credit line") if self.line else self.tr("Add credit line"))
        self.hint.setText(self.tr("A new statement day or due day applies from the next bill, as banks do: bills "
                                  "already issued keep their dates and amounts.") if self.line else
                          self.tr("Copy the statement day, due day and limit from your app or card; the rest are "
                                  "common defaults you can change."))
        texts = {"preset": self.tr("&Start from"), "name": self.tr("&Name"), "kind": self.tr("&Type"),
                 "statement_day": self.tr("&Statement day"), "due_day": self.tr("&Due day"),
                 "currency": self.tr("C&urrency"),
                 "limit": self.tr("Credit &limit (¥)"), "min_payment_rate": self.tr("&Minimum payment"),
                 "daily_penalty_rate": self.tr("&Penalty interest per day"), "grace_days": self.tr("&Grace days"),
                 "auto_repay": self.tr("&Auto-repay"), "revolving_basis": self.tr("&Interest if not paid in full"),
                 "statement_day_inclusive": self.tr("Statement-day purchases"),
                 "late_fee": self.tr("Late &fee"), "late_fee_min": self.tr("Smallest late fee (¥)"),
                 "fee_presets": self.tr("Installment fee&s"), "billing": self.tr("Pay b&y"),
                 "bnpl_late_fee": self.tr("Late fees (pay in &4)")}
        for key, text in texts.items():
            self.labels[key].setText(with_sign(text, self._currency(), fmt.active_locale()))
            self.labels[key].buddy().setAccessibleName(text.replace("&", "").replace(" (¥)", ""))
        self.statement_day.setSuffix(self.tr(" (day of month)"))
        self.due_day.setSuffix(self.tr(" (day of month)"))
        self.min_payment.setPlaceholderText(self.tr("e.g. 10%, or 0% when there is none"))
        self.penalty.setPlaceholderText(self.tr("e.g. 0.05%"))
        presets = [(QCoreApplication.translate("LineDialog", p.title), i) for i, p in enumerate(PRESETS)]
        refill_combo(self.preset, presets + [(self.tr("Other"), -1)])
        refill_combo(self.kind, [(labels.kind(k), k.value) for k in LineKind])
        refill_combo(self.currency, list(currency_items(fmt.active_locale())))
        self.currency.setToolTip(self.tr("The currency of the line's bills; amounts are kept in its smallest unit "
                                         "(fen, cent). It cannot change once the line is saved."))
        refill_combo(self.auto_repay, [(labels.auto_repay(a), a.value) for a in AutoRepay])
        refill_combo(self.billing, [(self.tr("A monthly bill"), Billing.MONTHLY.value),
                                    (self.tr("Each purchase in 4 payments every 2 weeks (pay in 4)"),
                                     Billing.PAY_IN_4.value)])
        refill_combo(self.bnpl_late_fee, [
            (self.tr("Klarna US: 7.00 a payment unpaid after 10 days"), BnplLateFee.KLARNA_US.value),
            (self.tr("Afterpay AU: 10.00, and 7.00 more after 7 days"), BnplLateFee.AFTERPAY_AU.value),
            (self.tr("None"), BnplLateFee.NONE.value)])
        self.bnpl_late_fee.setToolTip(self.tr("What a payment not made on time costs; all fees on a purchase "
                                              "together are at most 25% of it, and fees never bear fees."))
        refill_combo(self.basis, [(self.tr("On the unpaid part, from the due date (Huabei)"),
                                   RevolvingBasis.UNPAID_FROM_DUE.value),
                                  (self.tr("On the whole bill, from each purchase (全额计息, most cards)"),
                                   RevolvingBasis.FULL_FROM_POSTING.value)])
        self.basis.setToolTip(self.tr("What a bill not paid in full costs: Huabei charges only the unpaid part from "
                                      "the due date; most bank cards charge every purchase on the bill from the day "
                                      "it was posted."))
        self.inclusive.setText(self.tr("are on that day's bill (some banks); else on the next one"))
        self.late_fee.setPlaceholderText(self.tr("e.g. 5% of the unpaid minimum; 0% for none"))
        self.fee_presets.setToolTip(self.tr("Total fee per number of months, as your app shows it, e.g. "
                                            "3=2.5% 6=4.5% 12=8.8%"))
        self.buttons.button(self.buttons.StandardButton.Ok).setText(self.tr("Save"))
        self.buttons.button(self.buttons.StandardButton.Cancel).setText(self.tr("Cancel"))

    def _currency(self) -> str:
        return self.currency.currentData() or (self.line.currency if self.line else "CNY")

    def _on_currency_changed(self) -> None:
        locale = fmt.active_locale()
        self.labels["limit"].setText(with_sign(self.tr("Credit &limit (¥)"), self._currency(), locale))
        self.labels["late_fee_min"].setText(with_sign(self.tr("Smallest late fee (¥)"), self._currency(), locale))

    def _on_preset_changed(self) -> None:
        index = self.preset.currentData()
        if index is None or index < 0:
            return
        p = PRESETS[index]
        self.name.setText(QCoreApplication.translate("LineDialog", p.name))
        self.kind.setCurrentIndex(self.kind.findData(p.kind.value))
        self.statement_day.setValue(p.statement_day)
        self.due_day.setValue(p.due_day)
        self.currency.setCurrentIndex(max(0, self.currency.findData("CNY")))  # every preset is a Chinese product
        self.limit.setText(_money_text(p.limit_fen))
        self.min_payment.setText(fmt.percent(p.min_payment_rate, decimals=0))
        self.penalty.setText(fmt.percent(p.daily_penalty_rate, decimals=2))
        self.grace.setValue(p.grace_days)
        self.basis.setCurrentIndex(self.basis.findData(default_revolving_basis(p.kind).value))
        self.inclusive.setChecked(False)
        self.late_fee.setText(fmt.percent(Decimal(0), decimals=0))
        self.late_fee_min.setText("0")
        self.fee_presets.setText(fee_presets_text(p.fee_presets))
        self._fee_presets = dict(p.fee_presets)
        self.billing.setCurrentIndex(self.billing.findData(p.billing.value))
        self.bnpl_late_fee.setCurrentIndex(self.bnpl_late_fee.findData(p.bnpl_late_fee.value))

    def _on_billing_changed(self) -> None:
        """A pay-in-4 line has no monthly bill: its bill terms are off, its late-fee rule on."""
        four = self.billing.currentData() == Billing.PAY_IN_4.value
        for widget in (self.statement_day, self.due_day, self.inclusive, self.min_payment, self.penalty, self.basis,
                       self.late_fee, self.late_fee_min, self.fee_presets):
            widget.setEnabled(not four)
        self.bnpl_late_fee.setEnabled(four)

    def _fill(self, line: CreditLine) -> None:
        self.name.setText(line.name)
        index = self.currency.findData(line.currency)
        if index < 0:  # a code CLDR dropped since: still shown
            self.currency.addItem(line.currency, line.currency)
            index = self.currency.count() - 1
        self.currency.setCurrentIndex(index)
        self.kind.setCurrentIndex(self.kind.findData(line.kind.value))
        self.statement_day.setValue(line.statement_day)
        self.due_day.setValue(line.due_day)
        self.min_payment.setText(fmt.percent(line.min_payment_rate, decimals=0))
        self.penalty.setText(fmt.percent(line.daily_penalty_rate, decimals=2))
        self.grace.setValue(line.grace_days)
        self.auto_repay.setCurrentIndex(self.auto_repay.findData(line.auto_repay.value))
        self.basis.setCurrentIndex(self.basis.findData(line.revolving_basis.value))
        self.inclusive.setChecked(line.statement_day_inclusive)
        self.late_fee.setText(fmt.percent(line.late_fee_rate, decimals=1).replace(".0%", "%"))
        self.late_fee_min.setText(_money_text(line.late_fee_min_fen, line.currency))
        self.fee_presets.setText(fee_presets_text(line.fee_presets))
        self._fee_presets = dict(line.fee_presets)
        self.billing.setCurrentIndex(self.billing.findData(line.billing.value))
        self.bnpl_late_fee.setCurrentIndex(self.bnpl_late_fee.findData(line.bnpl_late_fee.value))

    def terms(self) -> dict:
        """The form's terms as ``CreditLine`` fields. Raises ``ValidationError`` naming the field."""
        return {
            "name": self.name.text(), "kind": LineKind(self.kind.currentData()),
            "statement_day": self.statement_day.value(), "due_day": self.due_day.value(),
            "min_payment_rate": parse_rate(self.min_payment.text() or "0%", field="min_payment_rate",
                                           below=Decimal("1.0000001")),
            "daily_penalty_rate": parse_rate(self.penalty.text() or "0%", field="daily_penalty_rate",
                                             below=Decimal("0.01")),
            "grace_days": self.grace.value(), "auto_repay": AutoRepay(self.auto_repay.currentData()),
            "revolving_basis": RevolvingBasis(self.basis.currentData()),
            "statement_day_inclusive": self.inclusive.isChecked(),
            "late_fee_rate": parse_rate(self.late_fee.text() or "0%", field="late_fee", below=Decimal("1.0000001")),
            "late_fee_min_fen": fmt.parse_money(self.late_fee_min.text() or "0", self._currency(),
                                                field="late_fee_min", allow_zero=True),
            "fee_presets": parse_fee_presets(self.fee_presets.text()),
            "billing": Billing(self.billing.currentData()),
            "bnpl_late_fee": BnplLateFee(self.bnpl_late_fee.currentData()),
        }

    def submit(self) -> None:
        terms = self.terms()
        if self.line is None:
            line = CreditLine(**terms, currency=self._currency())
            validate_line(line)  # the terms first, top to bottom: an empty name is named before an empty limit
            limit = fmt.parse_money(self.limit.text(), self._currency(), field="limit", allow_zero=True)
            self.session.apply(self.session.ledger.add_line, line, limit)
        else:
            self.session.apply(self.session.ledger.edit_line, self.line.id, today=self.session.today(), **terms)


class LimitDialog(FormDialog):
    """Record a new credit limit from a date on (the old limit stays in the history)."""

    def __init__(self, session: Session, line: CreditLine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.line = line
        self.setObjectName("limitDialog")
        self.limit = QLineEdit(_money_text(line.current_limit_fen, line.currency))
        self.effective = date_edit(from_date(session.today()))
        self.labels = {"limit": QLabel(), "effective": QLabel()}
        form = QFormLayout()
        for key, widget in (("limit", self.limit), ("effective", self.effective)):
            err = error_label()
            self.errors.add([key], err, widget)
            self.labels[key].setBuddy(widget)
            form.addRow(self.labels[key], stacked(widget, err))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Change credit limit of %1").replace("%1", self.line.name))
        self.labels["limit"].setText(with_sign(self.tr("New &limit (¥)"), self.line.currency))  # the line's
        self.labels["effective"].setText(self.tr("&From"))
        self.limit.setAccessibleName(self.tr("New credit limit"))
        self.effective.setAccessibleName(self.tr("Date the limit applies from"))

    def submit(self) -> None:
        limit = fmt.parse_money(self.limit.text(), self.line.currency, field="limit", allow_zero=True)
        self.session.apply(self.session.ledger.change_limit, self.line.id, limit, to_date(self.effective.date()))
