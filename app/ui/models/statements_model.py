"""Statements of one line, and the entries of one statement."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QModelIndex

from app.domain.messages import QT_TRANSLATE_NOOP
from app.domain.statements import Statement, StatementStatus
from app.i18n import formatting as fmt
from app.services.statement_detail import StatementEntry
from app.ui.models.base import CENTER, RIGHT, Column, RowsModel
from app.ui.texts import labels


def _status(st: Statement) -> str:
    text = labels.statement_status(st)
    if st.auto_repaid_fen:
        text += " · " + labels.tr(labels.AUTO_REPAID)
    return text


def _tone(st: Statement) -> str | None:
    if st.paid_late:
        return "warning"
    if st.status is StatementStatus.OVERDUE:
        return "danger"
    if st.status is StatementStatus.MINIMUM_PAID:
        return "warning"
    if st.status is StatementStatus.UPCOMING:
        return "muted"
    return None


def _unpaid(st: Statement, currency: str) -> str:
    if st.carried_fen:  # the rest lives on in the next bill (domain-rules.md §1.5)
        return QCoreApplication.translate("Columns", "%1 carried").replace("%1", fmt.money(st.carried_fen, currency))
    return fmt.money(st.unpaid_fen, currency)


def _period(st: Statement) -> str:
    return fmt.period(st.cycle_start, st.cycle_end)  # "8/5/26 – 9/4/26" read as 8 May in most of the world


def statement_columns(currency: str = "CNY", pay_in_4: bool = False) -> list[Column]:
    """The columns of a line's statements, amounts in the line's ``currency`` (ISO 4217). A pay-in-4 line's rows
    are its payment due dates (``domain.pay_in_4``): no billing period, minimum or interest, but late fees."""

    def money(fen: int) -> str:
        return fmt.money(fen, currency)

    if pay_in_4:
        return [
            Column("due", QT_TRANSLATE_NOOP("Columns", "Payment due date"), lambda s: fmt.day(s.due_date), tone=_tone),
            Column("balance", QT_TRANSLATE_NOOP("Columns", "Amount due"), lambda s: money(s.balance_fen), RIGHT),
            Column("paid", QT_TRANSLATE_NOOP("Columns", "Paid"), lambda s: money(s.paid_fen), RIGHT),
            Column("unpaid", QT_TRANSLATE_NOOP("Columns", "Unpaid"), lambda s: _unpaid(s, currency), RIGHT,
                   tone=_tone),
            Column("status", QT_TRANSLATE_NOOP("Columns", "Status"), _status, CENTER, tone=_tone),
            Column("late_fee", QT_TRANSLATE_NOOP("Columns", "Late fee"),
                   lambda s: money(s.late_fee_fen) if s.late_fee_fen else "", RIGHT,
                   tone=lambda s: "danger" if s.late_fee_fen else None),
        ]
    return [
        Column("statement_date", QT_TRANSLATE_NOOP("Columns", "Statement date"), lambda s: fmt.day(s.statement_date),
               tone=_tone),
        Column("period", QT_TRANSLATE_NOOP("Columns", "Billing period"), _period),
        Column("previous", QT_TRANSLATE_NOOP("Columns", "Previous balance"),
               lambda s: money(s.previous_balance_fen) if s.previous_balance_fen else "", RIGHT),
        Column("balance", QT_TRANSLATE_NOOP("Columns", "Statement balance"), lambda s: money(s.balance_fen), RIGHT),
        Column("minimum", QT_TRANSLATE_NOOP("Columns", "Minimum payment"), lambda s: money(s.minimum_fen), RIGHT),
        Column("due", QT_TRANSLATE_NOOP("Columns", "Due date"), lambda s: fmt.day(s.due_date)),
        Column("paid", QT_TRANSLATE_NOOP("Columns", "Paid"), lambda s: money(s.paid_fen), RIGHT),
        Column("unpaid", QT_TRANSLATE_NOOP("Columns", "Unpaid"), lambda s: _unpaid(s, currency), RIGHT, tone=_tone),
        Column("status", QT_TRANSLATE_NOOP("Columns", "Status"), _status, CENTER, tone=_tone),
        Column("interest", QT_TRANSLATE_NOOP("Columns", "Interest posted"),
               lambda s: money(s.interest_fen) if s.interest_fen else "", RIGHT,
               tone=lambda s: "danger" if s.interest_fen else None),
    ]


def _part(e: StatementEntry) -> str:
    if e.period is None:
        return ""
    return QCoreApplication.translate("Columns", "%1 of %2").replace("%1", str(e.period)).replace("%2", str(e.periods))


def entry_columns(currency: str = "CNY", pay_in_4: bool = False) -> list[Column]:
    """The columns of what is on a statement, amounts in the line's ``currency`` (the same on a pay-in-4 line)."""
    return [
        Column("posted_on", QT_TRANSLATE_NOOP("Columns", "Date"),
               lambda e: fmt.day(e.posted_on) if e.posted_on else ""),
        Column("kind", QT_TRANSLATE_NOOP("Columns", "Type"), lambda e: labels.entry(e.kind)),
        Column("merchant", QT_TRANSLATE_NOOP("Columns", "Merchant"), lambda e: e.merchant),
        Column("part", QT_TRANSLATE_NOOP("Columns", "Period"), _part, CENTER),
        Column("fee", QT_TRANSLATE_NOOP("Columns", "Fee"),
               lambda e: fmt.money(e.fee_fen, currency) if e.fee_fen else "", RIGHT),
        Column("amount", QT_TRANSLATE_NOOP("Columns", "Amount"), lambda e: fmt.money(e.amount_fen, currency), RIGHT,
               tone=lambda e: "ok" if e.amount_fen < 0 else None),
    ]


class LineRowsModel(RowsModel):
    """Rows of one credit line, with the columns ``columns_for(currency, pay_in_4)`` makes for the line."""

    def __init__(self, columns_for: Callable[[str, bool], list[Column]], parent=None) -> None:
        super().__init__(columns_for("CNY", False), parent)
        self.columns_for, self.line_kind = columns_for, ("CNY", False)

    def set_line(self, currency: str, pay_in_4: bool = False) -> None:
        """Columns for the rows set next: amounts in ``currency`` (the line's), a pay-in-4 line's own columns (the
        rows shown are dropped when they change)."""
        if (currency, pay_in_4) != self.line_kind:
            self.beginResetModel()
            self.line_kind, self.columns, self.rows = (currency, pay_in_4), self.columns_for(currency, pay_in_4), []
            self._texts.clear()
            self.endResetModel()


class StatementsModel(LineRowsModel):
    """A line's statements, newest first."""

    def __init__(self, parent=None) -> None:
        super().__init__(statement_columns, parent)


#: Entries shown at first, and added each time the table is scrolled to its end: a bill of 8,000 purchases is
#: shown (and its columns sized) as fast as one of 100.
ENTRIES_PAGE = 100


class StatementEntriesModel(LineRowsModel):
    """The postings and installment parts of one statement, ``ENTRIES_PAGE`` more each time the view asks
    (``canFetchMore``/``fetchMore``); ``all_rows`` holds every entry."""

    def __init__(self, parent=None) -> None:
        super().__init__(entry_columns, parent)
        self.all_rows: Sequence = []

    def set_rows(self, rows) -> None:
        """Show ``rows`` (the first page of them): a list, or a ``StatementEntries`` that reads a page when
        sliced."""
        self.all_rows = rows
        super().set_rows(self.all_rows[:ENTRIES_PAGE])

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self.rows) < len(self.all_rows)

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or len(self.rows) >= len(self.all_rows):
            return
        more = self.all_rows[len(self.rows):len(self.rows) + ENTRIES_PAGE]
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
        self.rows.extend(more)
        self.endInsertRows()
