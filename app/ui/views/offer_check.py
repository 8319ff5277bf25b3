"""Check an offer (查一查借款): type in what a loan offer says and see its annualized rate by the PBOC 2021
definition (all costs ÷ the cash actually received, per year), with the warning signs explained.

The rule is ``app.domain.offers.check_offer``; this view only reads the form, shows the result and explains the
flags. Nothing is saved.
"""

from __future__ import annotations

from datetime import timedelta

from dateutil.relativedelta import relativedelta
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain import messages
from app.domain.errors import ValidationError
from app.domain.offers import LoanOffer, OfferCheck, OfferFlag, Payment, PeriodUnit, check_offer
from app.i18n import formatting as fmt
from app.ui.texts import errors
from app.ui.session import Session
from app.ui.texts.money_labels import with_sign
from app.ui.views.common import (
    Retranslatable,
    date_edit,
    error_label,
    from_date,
    muted,
    sentences,
    to_date,
)

#: Rows the schedule starts with, and the most it takes (a schedule of more than three years is rare here).
FIRST_ROWS, MAX_ROWS = 1, 60


class ScheduleRow:
    """One row of the repayment table: its due date, the repayment and the fees paid with it."""

    def __init__(self, table: QTableWidget, row: int, day) -> None:
        self.date = date_edit(from_date(day))
        self.amount = QLineEdit()
        self.fee = QLineEdit()
        for column, widget in enumerate((self.date, self.amount, self.fee)):
            table.setCellWidget(row, column, widget)


class OfferCheckView(Retranslatable, QWidget):
    """The offer checker: the offer's figures and repayment schedule in, the annualized rate and flags out.

    Args:
        session: the app session: ``today`` (the day the money arrives starts there) and the main currency (the
            income's), which the amounts are typed and shown in.
    """

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.check: OfferCheck | None = None
        self.currency = "CNY"  # the main currency, read again whenever shown (``_label_amounts``)
        self.setObjectName("offerCheckView")

        self.title = QLabel()
        self.title.setProperty("role", "title")
        self.intro = muted()
        self.intro.setWordWrap(True)

        self.contract = QLineEdit()
        self.received = QLineEdit()
        self.start = date_edit(from_date(session.today()))
        self.upfront_fee = QLineEdit()  # placeholders in the currency: ``_label_amounts``
        self.field_errors = {key: error_label() for key in ("contract", "received", "fees")}
        self.form_labels = {key: QLabel() for key in ("contract", "received", "start", "fees")}
        form = QFormLayout()
        for key, widget in (("contract", self.contract), ("received", self.received), ("start", self.start),
                            ("fees", self.upfront_fee)):
            self.form_labels[key].setBuddy(widget)
            holder = QWidget()
            column = QVBoxLayout(holder)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(widget)
            if key in self.field_errors:
                column.addWidget(self.field_errors[key])
            form.addRow(self.form_labels[key], holder)

        self.schedule_label = QLabel()
        self.schedule = QTableWidget(0, 3)
        self.schedule.setObjectName("offerSchedule")
        self.schedule.verticalHeader().setDefaultSectionSize(30)
        self.schedule.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.schedule.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.schedule.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.schedule.setMinimumHeight(150)
        self.schedule.setMaximumHeight(260)
        self.schedule_label.setBuddy(self.schedule)
        self.rows: list[ScheduleRow] = []
        self.add_button, self.remove_button, self.check_button = QPushButton(), QPushButton(), QPushButton()
        self.check_button.setDefault(True)
        self.schedule_error = error_label()
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.check_button)

        inputs = QVBoxLayout()
        inputs.addLayout(form)
        inputs.addWidget(self.schedule_label)
        inputs.addWidget(self.schedule)
        inputs.addLayout(buttons)
        inputs.addWidget(self.schedule_error)
        inputs.addStretch(1)

        # the result: the rate, how it is worked out, then the warning signs
        self.rate_caption = muted()
        self.rate = QLabel()
        self.rate.setObjectName("offerRate")
        self.rate.setProperty("role", "big")
        self.rate.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.rate_method = muted()
        self.rate_method.setWordWrap(True)
        self.working = QLabel()
        self.working.setWordWrap(True)
        self.working.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.flags_title = QLabel()
        self.flag_labels: dict[OfferFlag, QLabel] = {}
        for flag in OfferFlag:
            label = QLabel()
            label.setObjectName(f"offerFlag_{flag.value}")
            label.setWordWrap(True)
            label.setProperty("role", "danger")
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.hide()
            self.flag_labels[flag] = label
        self.no_flags = muted()
        self.no_flags.setWordWrap(True)
        self.no_flags.hide()
        result = QVBoxLayout()
        result.addWidget(self.rate_caption)
        result.addWidget(self.rate)
        result.addWidget(self.rate_method)
        result.addWidget(self.working)
        result.addSpacing(8)
        result.addWidget(self.flags_title)
        for label in self.flag_labels.values():
            result.addWidget(label)
        result.addWidget(self.no_flags)
        result.addStretch(1)
        self.result_box = QFrame()
        self.result_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.result_box.setLayout(result)

        self.disguises_title = QLabel()
        self.disguises_title.setProperty("role", "question")
        self.disguises = muted()
        self.disguises.setObjectName("offerDisguises")
        self.disguises.setWordWrap(True)
        self.source = muted()
        self.source.setWordWrap(True)

        top = QHBoxLayout()
        top.addLayout(inputs, 3)
        top.addWidget(self.result_box, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addLayout(top, 1)
        layout.addWidget(self.disguises_title)
        layout.addWidget(self.disguises)
        layout.addWidget(self.source)

        for _ in range(FIRST_ROWS):
            self.add_row()
        self.add_button.clicked.connect(self._on_add_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.check_button.clicked.connect(self._on_check_clicked)
        for edit in (self.contract, self.received, self.upfront_fee):
            edit.returnPressed.connect(self._on_check_clicked)
        self.retranslate_ui()

    # -- texts ----------------------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Check a loan offer"))
        self.intro.setText(self.tr(
            "Type in what the offer says. DebtLens works out the yearly rate every lender must show (PBOC 2021): "
            "everything you pay beyond the cash you actually get, per year, on that cash."))
        self._label_amounts()
        self.upfront_fee.setToolTip(self.tr("A “service”, “membership” or “guarantee” fee you pay the day the "
                                            "money arrives; leave it empty when there is none"))
        self.schedule_label.setText(self.tr("&Repayments the offer asks for"))
        self.schedule.setAccessibleName(self.tr("Repayments"))
        self.add_button.setText(self.tr("&Add a repayment"))
        self.remove_button.setText(self.tr("Remove the &last"))
        self.check_button.setText(self.tr("C&heck"))
        self.rate_caption.setText(self.tr("Annualized rate"))
        self.flags_title.setText(self.tr("Warning signs"))
        self.disguises_title.setText(self.tr("Loans dressed up as something else"))
        self.disguises.setText("\n".join((
            self.tr("Regulators keep warning students about campus loans (校园贷) in disguise:"),
            self.tr("• Training loan (培训贷): a course, often with a promised job, is paid with a loan in your name; "
                    "the course disappoints, the loan stays."),
            self.tr("• Beauty loan (美容贷): a treatment the clinic says it will pay back, or that modelling work "
                    "will pay for; the loan is yours."),
            self.tr("• Order-brushing loan (刷单贷): “take a loan, we repay it and pay you a commission”; the "
                    "repayments stop, the debt stays with you."),
            self.tr("Whatever the name, a contract that names more than you receive is a loan: check it here."))))
        self.source.setText(self.tr(
            "Sources: PBOC Announcement 2021 No. 3 (annualized rate on the principal actually received); Civil Code "
            "Art. 670 (interest may not be taken out of the principal in advance); the 2021 notice on college "
            "students' internet consumer loans and local regulators' risk warnings (campus loans)."))
        for row in self.rows:
            row.amount.setAccessibleName(self.tr("Repayment"))
            row.fee.setAccessibleName(self.tr("Fees with it"))
        self._show(self.check)

    def _label_amounts(self) -> None:
        """Labels and placeholders in the main currency (it changes with the lines: read again when shown)."""
        self.currency = cur = self.session.queries.main_currency()
        texts = {"contract": self.tr("&Contract amount (¥)"), "received": self.tr("Cash you actually &get (¥)"),
                 "start": self.tr("Money arrives &on"), "fees": self.tr("&Fees paid when it arrives (¥)")}
        for key, text in texts.items():
            self.form_labels[key].setText(with_sign(text, cur))
        self.schedule.setHorizontalHeaderLabels([self.tr("Due on"), with_sign(self.tr("Repayment (¥)"), cur),
                                                 with_sign(self.tr("Fees with it (¥)"), cur)])
        for edit in (self.contract, self.received, self.upfront_fee, *(e for r in self.rows for e in (r.amount, r.fee))):
            edit.setPlaceholderText(fmt.money(0, cur, symbol=False))

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        self._label_amounts()
        super().showEvent(event)

    # -- the schedule ---------------------------------------------------------------------------------------
    def add_row(self) -> ScheduleRow:
        """Add a repayment row, dated a month after the previous one (a week after the start for the first)."""
        if self.rows:  # months counted from the first row, so Jan 31 gives Feb 28 and then Mar 31
            day = to_date(self.rows[0].date.date()) + relativedelta(months=len(self.rows))
        else:
            day = to_date(self.start.date()) + timedelta(days=7)
        self.schedule.insertRow(len(self.rows))
        row = ScheduleRow(self.schedule, len(self.rows), day)
        row.amount.setAccessibleName(self.tr("Repayment"))
        row.fee.setAccessibleName(self.tr("Fees with it"))
        for edit in (row.amount, row.fee):
            edit.setPlaceholderText(fmt.money(0, self.currency, symbol=False))
        row.amount.returnPressed.connect(self._on_check_clicked)
        row.fee.returnPressed.connect(self._on_check_clicked)
        self.rows.append(row)
        self._update_buttons()
        return row

    def remove_last_row(self) -> None:
        """Remove the last repayment row (one always stays)."""
        if len(self.rows) > 1:
            self.rows.pop()
            self.schedule.removeRow(len(self.rows))
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(len(self.rows) > 1)
        self.add_button.setEnabled(len(self.rows) < MAX_ROWS)

    # -- reading and checking -------------------------------------------------------------------------------
    def offer(self) -> LoanOffer:
        """The offer as typed.

        Raises:
            ValidationError: a field that is not an amount (``contract``, ``received``, ``fees``), or a row
                whose repayment or fee is not one (``field="repayments"``, the reason names the row).
        """
        contract = fmt.parse_money(self.contract.text(), self.currency, field="contract")
        received = fmt.parse_money(self.received.text(), self.currency, field="received")
        start = to_date(self.start.date())
        fees = []
        if self.upfront_fee.text().strip():
            fee = fmt.parse_money(self.upfront_fee.text(), self.currency, field="fees", allow_zero=True)
            if fee:
                fees.append(Payment(start, fee))
        repayments: list[Payment] = []
        for number, row in enumerate(self.rows, start=1):
            day = to_date(row.date.date())
            for edit, into in ((row.amount, repayments), (row.fee, fees)):
                if not edit.text().strip():
                    continue
                try:
                    amount = fmt.parse_money(edit.text(), self.currency, field="repayments", allow_zero=True)
                except ValidationError as exc:
                    raise ValidationError("repayments", exc.value, self._row_reason(number, exc)) from None
                if amount:
                    into.append(Payment(day, amount))
        return LoanOffer(contract, received, start, tuple(repayments), tuple(fees))

    @staticmethod
    def _row_reason(number: int, exc: ValidationError) -> messages.Message:
        return messages.QT_TRANSLATE_NOOP("OfferCheckView", "repayment %1: %2").arg(number, exc.reason)

    def calculate(self) -> OfferCheck | None:
        """Check the offer in the form and show the result; a bad input is shown at its field, nothing else."""
        for label in (*self.field_errors.values(), self.schedule_error):
            label.hide()
        try:
            check = check_offer(self.offer())
        except ValidationError as exc:
            label = self.field_errors.get(exc.field, self.schedule_error)
            label.setText(errors.reason(exc))
            label.show()
            self._show(None)
            return None
        self._show(check)
        return check

    # -- showing --------------------------------------------------------------------------------------------
    def _show(self, check: OfferCheck | None) -> None:
        self.check = check
        if check is None:
            self.rate.setText("—")
            self.rate_method.clear()
            self.working.setText(self.tr("Fill in the offer and press Check."))
            for label in self.flag_labels.values():
                label.hide()
            self.flags_title.hide()
            self.no_flags.hide()
            return
        offer, cur = check.offer, self.currency
        self.rate.setText(fmt.percent(check.apr, decimals=2))
        days = self.tr("%n day(s)", "", check.term_days).replace("%n", str(check.term_days))
        working = self.tr("You get %1 and pay back %2 in all over %3: the loan costs %4.") \
            .replace("%1", fmt.money(check.principal_fen, cur)).replace("%2", fmt.money(check.total_paid_fen, cur)) \
            .replace("%3", days).replace("%4", fmt.money(check.cost_fen, cur))
        if check.upfront_fees_fen:
            working = sentences(self.tr("Of the %1 that arrives you pay %2 in fees at once.")
                                .replace("%1", fmt.money(offer.received_fen, cur))
                                .replace("%2", fmt.money(check.upfront_fees_fen, cur)), working)
        if check.single:
            self.rate_method.setText(self.tr("a year, simple interest (one repayment)"))
            working += "\n" + self.tr("%1 ÷ %2 × 365 ÷ %3 days = %4 a year.") \
                .replace("%1", fmt.money(check.cost_fen, cur, symbol=False)) \
                .replace("%2", fmt.money(check.principal_fen, cur, symbol=False)) \
                .replace("%3", str(check.term_days)).replace("%4", fmt.percent(check.apr, decimals=2))
        else:
            self.rate_method.setText(self.tr("a year (APR, from the repayments' internal rate of return)"))
            if check.period.unit is PeriodUnit.MONTH:
                per = self.tr("%1 a month × 12")
            elif check.period.days == 1:
                per = self.tr("%1 a day × 365")
            else:
                per = self.tr("%1 every %2 days × 365 ÷ %2").replace("%2", str(check.period.days))
            working += "\n" + self.tr("IRR %1 = %2 a year; %3 a year with compounding (effective annual rate).") \
                .replace("%1", per.replace("%1", fmt.percent(check.period_rate, decimals=4))) \
                .replace("%2", fmt.percent(check.apr, decimals=2)).replace("%3", fmt.percent(check.ear, decimals=2))
        self.working.setText(working)
        texts = {
            OfferFlag.UPFRONT_DEDUCTION: self.tr(
                "⚠ Money kept back (砍头息): %1 of the %2 contract never reached you, but the contract says you "
                "borrowed it. The Civil Code (Art. 670) forbids taking interest out of the principal in advance; "
                "when it is, you owe back only the %3 actually lent, with interest worked out on that.")
            .replace("%1", fmt.money(check.kept_back_fen, cur)).replace("%2", fmt.money(offer.contract_fen, cur))
            .replace("%3", fmt.money(check.principal_fen, cur)),
            OfferFlag.SHORT_TERM: self.tr(
                "⚠ Short term: repaid %1 after the money arrives, under a month. A fee that looks small is a huge "
                "yearly rate, and a repayment due this soon pushes you to borrow again to repay.")
            .replace("%1", days),
        }
        for flag, label in self.flag_labels.items():
            label.setText(texts[flag])
            label.setVisible(flag in check.flags)
        self.flags_title.show()
        self.no_flags.setText(self.tr("None found: nothing kept back and a term of at least a month. Compare the "
                                      "rate with other offers before you sign."))
        self.no_flags.setVisible(not check.flags)

    # -- slots ----------------------------------------------------------------------------------------------
    def _on_add_clicked(self) -> None:
        self.add_row().amount.setFocus()

    def _on_remove_clicked(self) -> None:
        self.remove_last_row()

    def _on_check_clicked(self) -> None:
        self.calculate()
