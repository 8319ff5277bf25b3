"""Record a repayment on a line, optionally for one statement (amount prefilled with what it still asks for)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.domain.errors import ValidationError
from app.domain.postings import clean_text
from app.i18n import formatting as fmt
from app.ui.texts.money_labels import with_sign
from app.ui.session import Session
from app.ui.views.common import FormDialog, date_edit, error_label, from_date, muted, stacked, to_date
from app.domain import messages


class RepaymentDialog(FormDialog):
    """Record a repayment. With ``statement_date`` it pays that statement first and ``amount_fen`` is prefilled."""

    def __init__(self, session: Session, line_id: int | None = None, statement_date: date | None = None,
                 amount_fen: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.statement_date = statement_date
        self._overpayment_shown: tuple[int, date, int] | None = None  # (line, day, fen) said to be more than owed
        self.setObjectName("repaymentDialog")
        self.setMinimumWidth(420)
        self.line = QComboBox()
        self.currencies = {}  # line id -> its currency: the amount is typed and read in the chosen line's
        for line in session.queries.lines(include_archived=False):
            self.line.addItem(line.name, line.id)
            self.currencies[line.id] = line.currency
        wanted = line_id if line_id is not None else session.settings.default_line_id()
        self.line.setCurrentIndex(max(0, self.line.findData(wanted)))
        self.line.setEnabled(statement_date is None)
        self.statement = muted()
        self.date = date_edit(from_date(session.today()))
        self.amount = QLineEdit(fmt.money(amount_fen, self.currency(), symbol=False).replace(",", "")
                                if amount_fen else "")
        self.note = QLineEdit()
        self.paid_with = QComboBox()  # my own money, or another credit line (以卡养卡)
        self.paid_with.setObjectName("paidWith")
        self.paid_with_hint = muted()
        self.paid_with_hint.setWordWrap(True)
        self.line_error, self.date_error, self.amount_error, self.note_error, self.paid_with_error = (
            error_label(), error_label(), error_label(), error_label(), error_label())
        self.errors.add(["line"], self.line_error, self.line)
        self.errors.add(["date"], self.date_error, self.date)
        self.errors.add(["amount"], self.amount_error, self.amount)
        self.errors.add(["note"], self.note_error, self.note)
        self.errors.add(["from_line"], self.paid_with_error, self.paid_with)
        self.labels = {k: QLabel() for k in ("line", "date", "amount", "paid_with", "note")}
        form = QFormLayout()
        for key, widget, err in (("line", self.line, self.line_error), ("date", self.date, self.date_error),
                                 ("amount", self.amount, self.amount_error),
                                 ("paid_with", stacked(self.paid_with, self.paid_with_hint), self.paid_with_error),
                                 ("note", self.note, self.note_error)):
            self.labels[key].setBuddy(self.paid_with if key == "paid_with" else widget)
            form.addRow(self.labels[key], stacked(widget, err))
        layout = QVBoxLayout(self)
        layout.addWidget(self.statement)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.line.currentIndexChanged.connect(self._fill_paid_with)
        self.paid_with.currentIndexChanged.connect(self._show_paid_with_hint)
        self.retranslate_ui()
        self.amount.setFocus()
        self.amount.selectAll()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Record repayment"))
        for key, text in {"line": self.tr("Credit &line"), "date": self.tr("Paid &on"),
                          "paid_with": self.tr("Paid &with"),  # the amount's: ``_fill_paid_with``
                          "note": self.tr("&Note")}.items():
            self.labels[key].setText(text)
        self.paid_with.setAccessibleName(self.tr("Where the money came from"))
        self._fill_paid_with()
        self.line.setAccessibleName(self.tr("Credit line"))
        self.date.setAccessibleName(self.tr("Repayment date"))
        self.amount.setAccessibleName(self.tr("Repayment amount"))
        self.note.setAccessibleName(self.tr("Note"))
        if self.statement_date is not None:
            self.statement.setText(self.tr("For the statement of %1").replace("%1", fmt.day(self.statement_date)))
        self.statement.setVisible(self.statement_date is not None)
        self.buttons.button(self.buttons.StandardButton.Ok).setText(self.tr("Record"))
        self.buttons.button(self.buttons.StandardButton.Cancel).setText(self.tr("Cancel"))

    def currency(self) -> str:
        """The chosen line's currency (ISO 4217)."""
        return self.currencies.get(self.line.currentData(), "CNY")

    def _fill_paid_with(self) -> None:
        """My own money first (the default), then every other active credit line; the amount's label shows the
        chosen line's currency."""
        self.labels["amount"].setText(with_sign(self.tr("&Amount (¥)"), self.currency(), fmt.active_locale()))
        chosen = self.paid_with.currentData()
        self.paid_with.blockSignals(True)
        self.paid_with.clear()
        self.paid_with.addItem(self.tr("My own money"), None)
        for line in self.session.queries.lines(include_archived=False):
            if line.id != self.line.currentData():
                self.paid_with.addItem(self.tr("Borrowed on %1").replace("%1", line.name), line.id)
        self.paid_with.setCurrentIndex(max(0, self.paid_with.findData(chosen)))
        self.paid_with.blockSignals(False)
        self._show_paid_with_hint()

    def _show_paid_with_hint(self) -> None:
        funded = self.paid_with.currentData() is not None
        self.paid_with_hint.setText(self.tr("The bill counts as paid, but the debt only moves: the same amount is "
                                            "recorded as a charge on the other line.") if funded else "")
        self.paid_with_hint.setVisible(funded)
        self.fit_to_contents()  # make room for the hint (or give it back), same width

    def submit(self) -> None:
        line_id = self.line.currentData()
        if line_id is None:
            raise ValidationError("line", "", messages.QT_TRANSLATE_NOOP("Errors", "choose a credit line first"))
        amount = fmt.parse_money(self.amount.text(), self.currency(), field="amount")
        paid_on = to_date(self.date.date())
        clean_text(self.note.text(), "note", 1000)  # a bad note is said first, as the ledger would say it
        owed = self.session.queries.owed_fen(line_id, paid_on)
        asked = (line_id, paid_on, amount)
        if amount > owed and self._overpayment_shown != asked:
            self._overpayment_shown = asked  # said once; a second Record with the same figures records it
            cur = self.currency()
            raise ValidationError("amount", self.amount.text(), messages.QT_TRANSLATE_NOOP(
                    "Errors", "is more than the %1 owed on this line that day: %2 would stay with the bank as a "
                    "credit. Press Record again if that is meant").arg(fmt.money(owed, cur), fmt.money(amount - owed, cur)))
        self.session.apply(self.session.ledger.record_repayment, line_id, paid_on, amount,
                           note=self.note.text(), target_statement=self.statement_date,
                           funded_by_line_id=self.paid_with.currentData())
