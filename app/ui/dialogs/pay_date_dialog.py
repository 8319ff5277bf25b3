""""Can I pay it on that date?" (到期那天还得起吗?): for a price, each line and way to pay, the bill it lands on, its
due date and the cash left then, with a verdict in plain words (``services.pay_check``). The cash now is typed
here; income comes from Settings, the pay day is set here (kept with the data)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.pay_check import Verdict
from app.i18n import formatting as fmt
from app.ui.session import Session
from app.ui.texts.money_labels import with_sign
from app.ui.views.common import FormDialog, error_label, muted, stacked


class PayDateDialog(FormDialog):
    """``rows`` are the ``PayDateRow`` shown; ``verdicts`` their plain-words verdicts (tests read them)."""

    def __init__(self, session: Session, price_fen: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.rows: list = []
        self.verdicts: list[str] = []
        self.setObjectName("payDateDialog")
        self.setMinimumWidth(820)
        self.currency = session.queries.main_currency()  # the income's: the check reads lines in it only
        self.price = QLineEdit(fmt.money(price_fen, self.currency, symbol=False) if price_fen else "")
        self.cash = QLineEdit()
        self.cash.setPlaceholderText(fmt.money(0, self.currency, symbol=False))
        self.pay_day = QSpinBox()
        self.pay_day.setRange(0, 31)
        self.pay_day.setSpecialValueText("—")
        self.pay_day.setValue(session.services.pay_day() or 0)
        self.price_error, self.cash_error = error_label(), error_label()
        self.errors.add(["price"], self.price_error, self.price)
        self.errors.add(["cash"], self.cash_error, self.cash)
        self.labels = {k: QLabel() for k in ("price", "cash", "pay_day")}
        self.income = muted()
        form = QFormLayout()
        for key, widget in (("price", stacked(self.price, self.price_error)), ("cash", stacked(self.cash, self.cash_error)),
                            ("pay_day", stacked(self.pay_day, self.income))):
            form.addRow(self.labels[key], widget)
        self.check_button = QPushButton()
        self.check_button.clicked.connect(lambda: self.try_action(self.run))
        self.table = QTableWidget(0, 7)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.note = muted()
        self.note.setWordWrap(True)
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.check_button)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        if price_fen:
            self.try_action(self.run)

    def run(self) -> None:
        """Read the inputs, keep the pay day, and fill the table. Raises ``ValidationError`` for bad input."""
        cur = self.currency
        price = fmt.parse_money(self.price.text(), cur, field="price")
        cash = fmt.parse_money(self.cash.text(), cur, field="cash", allow_zero=True) if self.cash.text().strip() else 0
        day = self.pay_day.value() or None
        if day != self.session.services.pay_day():
            self.session.apply(self.session.services.set_pay_day, day)
        self.rows = self.session.services.can_i_pay(price, cash)
        self.verdicts = [self.verdict_text(r) for r in self.rows]
        self.table.setRowCount(len(self.rows))
        for i, (r, verdict) in enumerate(zip(self.rows, self.verdicts, strict=True)):
            plan = self.tr("In full") if r.periods == 1 else self.tr("%n installment(s)", "", r.periods)
            values = (r.line, plan, fmt.day(r.statement_date), fmt.day(r.due_date), fmt.money(r.first_fen, cur),
                      fmt.money(r.check.after_fen, cur), verdict)
            for c, value in enumerate(values):
                self.table.setItem(i, c, QTableWidgetItem(value))

    def verdict_text(self, r) -> str:
        """The verdict of one row in plain words."""
        day, left = fmt.day(r.due_date), fmt.money(abs(r.check.after_fen), self.currency)
        if r.over_available_fen:
            return self.tr("No: it is %1 over the credit available on this line.").replace(
                "%1", fmt.money(r.over_available_fen, self.currency))
        if r.check.verdict is Verdict.SHORT:
            return self.tr("No: on %1 you would be %2 short.").replace("%1", day).replace("%2", left)
        if r.check.verdict is Verdict.TIGHT:
            return self.tr("Only just: %2 left on %1.").replace("%1", day).replace("%2", left)
        return self.tr("Yes: %2 left on %1.").replace("%1", day).replace("%2", left)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Can I pay it on that date?"))
        self.labels["price"].setText(with_sign(self.tr("Price (¥)"), self.currency))
        self.labels["cash"].setText(with_sign(self.tr("Cash you have now (¥)"), self.currency))
        self.labels["pay_day"].setText(self.tr("Pay comes on day"))
        income = self.session.settings.monthly_income_fen()
        self.income.setText(self.tr("Monthly income: %1 (Settings).").replace("%1", fmt.money(income, self.currency)) if income
                            else self.tr("Set your monthly income in Settings to count your pay."))
        self.check_button.setText(self.tr("Check"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Line"), self.tr("Way to pay"), self.tr("Bill"), self.tr("Due"), self.tr("To pay then"),
            self.tr("Cash left then"), self.tr("Can you?")])
        self.note.setText(self.tr(
            "Cash left = cash now + your pay until the due date − every repayment already due by then − this "
            "part. Rent, food and other spending are not known here: “yes” means the repayments are covered. The "
            "longest interest-free wait is not what matters; whether your pay comes before the due date is."))
        if self.rows:
            self.try_action(self.run)

