"""Translated names of domain enums (statuses, line kinds ...), kept apart so every view says them the same way.

The English texts are marked with ``QT_TRANSLATE_NOOP`` so lupdate extracts them under the ``Labels`` context.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain.credit_line import AutoRepay, LineKind
from app.domain.messages import QT_TRANSLATE_NOOP
from app.domain.statements import Statement, StatementStatus
from app.services.statement_detail import EntryKind

_STATUS = {
    StatementStatus.UPCOMING: QT_TRANSLATE_NOOP("Labels", "Upcoming"),
    StatementStatus.OPEN: QT_TRANSLATE_NOOP("Labels", "Open"),
    StatementStatus.PAID: QT_TRANSLATE_NOOP("Labels", "Paid"),
    StatementStatus.MINIMUM_PAID: QT_TRANSLATE_NOOP("Labels", "Minimum paid"),
    StatementStatus.OVERDUE: QT_TRANSLATE_NOOP("Labels", "Overdue"),
}
_KIND = {
    LineKind.HUABEI: QT_TRANSLATE_NOOP("Labels", "Huabei"),
    LineKind.CREDIT_CARD: QT_TRANSLATE_NOOP("Labels", "Credit card"),
    LineKind.BNPL: QT_TRANSLATE_NOOP("Labels", "Pay later (BNPL)"),
}
_AUTO = {
    AutoRepay.OFF: QT_TRANSLATE_NOOP("Labels", "Off"),
    AutoRepay.FULL: QT_TRANSLATE_NOOP("Labels", "Full statement"),
    AutoRepay.MINIMUM: QT_TRANSLATE_NOOP("Labels", "Minimum payment"),
}
_ENTRY = {
    EntryKind.PURCHASE: QT_TRANSLATE_NOOP("Labels", "Purchase"),
    EntryKind.INSTALLMENT: QT_TRANSLATE_NOOP("Labels", "Installment"),
    EntryKind.BILL_INSTALLMENT: QT_TRANSLATE_NOOP("Labels", "Bill installment"),
    EntryKind.PAYOFF: QT_TRANSLATE_NOOP("Labels", "Early payoff"),
    EntryKind.REFUND: QT_TRANSLATE_NOOP("Labels", "Refund"),
    EntryKind.PREVIOUS_BALANCE: QT_TRANSLATE_NOOP("Labels", "Carried from the previous bill"),
    EntryKind.INTEREST: QT_TRANSLATE_NOOP("Labels", "Interest posted"),
    EntryKind.LATE_FEE: QT_TRANSLATE_NOOP("Labels", "Late fee"),
    EntryKind.CREDIT_APPLIED: QT_TRANSLATE_NOOP("Labels", "Credit from earlier payments"),
    EntryKind.CONVERTED: QT_TRANSLATE_NOOP("Labels", "Turned into a bill installment"),
    EntryKind.CREDIT_CARRIED: QT_TRANSLATE_NOOP("Labels", "Credit carried to later bills"),
}
AUTO_REPAID = QT_TRANSLATE_NOOP("Labels", "Auto-repaid")
AUTO_FAILED = QT_TRANSLATE_NOOP("Labels", "auto-repayment failed")


def tr(text: str) -> str:
    """Translate a ``Labels`` text."""
    return QCoreApplication.translate("Labels", text)


def status(value: StatementStatus) -> str:
    """``StatementStatus`` for people."""
    return tr(_STATUS[value])


#: An overdue bill paid off since (``Statement.paid_late``).
PAID_LATE = QT_TRANSLATE_NOOP("Labels", "Paid late")


def statement_status(st: Statement) -> str:
    """A statement's status for people: its ``status``, or "Paid late" for an overdue bill paid off since."""
    return tr(PAID_LATE) if st.paid_late else status(st.status)


def kind(value: LineKind) -> str:
    """``LineKind`` for people."""
    return tr(_KIND[value])


def auto_repay(value: AutoRepay) -> str:
    """``AutoRepay`` for people."""
    return tr(_AUTO[value])


def entry(value: EntryKind) -> str:
    """``EntryKind`` for people."""
    return tr(_ENTRY[value])
