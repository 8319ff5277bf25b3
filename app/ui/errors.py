"""Turning a ``ValidationError`` (English field + reason from the domain) into a message in the user's language.

The reasons the domain and services raise are listed here with ``QT_TRANSLATE_NOOP`` so lupdate extracts them;
reasons with numbers in them are matched by pattern. An unknown reason is shown as it is (English), never as a
traceback.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.domain.errors import NotFoundError, ValidationError

_REASONS = [
    QT_TRANSLATE_NOOP("Errors", "is empty"),
    QT_TRANSLATE_NOOP("Errors", "is not a number"),
    QT_TRANSLATE_NOOP("Errors", "is not a finite number"),
    QT_TRANSLATE_NOOP("Errors", "is not a whole number"),
    QT_TRANSLATE_NOOP("Errors", "must be greater than zero"),
    QT_TRANSLATE_NOOP("Errors", "must not be negative"),
    QT_TRANSLATE_NOOP("Errors", "must be a whole number of fen"),
    QT_TRANSLATE_NOOP("Errors", "must be zero or more"),
    QT_TRANSLATE_NOOP("Errors", "contains control characters"),
    QT_TRANSLATE_NOOP("Errors", "another credit line already has this name"),
    QT_TRANSLATE_NOOP("Errors", "must be a day of the month from 1 to 31"),
    QT_TRANSLATE_NOOP("Errors", "must be between 0% and 100%"),
    QT_TRANSLATE_NOOP("Errors", "must be between 0% and 1% a day"),
    QT_TRANSLATE_NOOP("Errors", "must be between 0 and 30 days"),
    QT_TRANSLATE_NOOP("Errors", "must be between 0 and 100,000,000"),
    QT_TRANSLATE_NOOP("Errors", "must be at least 0% and below 100%"),
    QT_TRANSLATE_NOOP("Errors", "is not a rate (write e.g. 8.8%)"),
    QT_TRANSLATE_NOOP("Errors", "write a percentage with %, e.g. 8.8%"),
    QT_TRANSLATE_NOOP("Errors", "no preset fee rate for this many periods: enter the fee rate (0% when interest-free)"),
    QT_TRANSLATE_NOOP("Errors", "is not a date of the form YYYY-MM-DD that exists"),
    QT_TRANSLATE_NOOP("Errors", "is less than what was already refunded"),
    QT_TRANSLATE_NOOP("Errors", "a refunded purchase cannot move to another line"),
    QT_TRANSLATE_NOOP("Errors", "its installment plan was refunded or paid off; delete and re-enter it"),
    QT_TRANSLATE_NOOP("Errors", "has no unpaid balance to convert"),
    QT_TRANSLATE_NOOP("Errors", "choose a credit line first"),
    QT_TRANSLATE_NOOP("Errors", "is before the first bill on record: leave the bill out and the payment goes to "
                                "what is owed"),
    QT_TRANSLATE_NOOP("Errors", "must be between 0 and 1,000,000.00"),
    QT_TRANSLATE_NOOP("Errors", "is not a regular file (a folder, pipe or device)"),
    QT_TRANSLATE_NOOP("Errors", "does not exist or is not a file"),
    QT_TRANSLATE_NOOP("Errors", "write PERIODS=RATE, e.g. 12=8.8% (or 12=none to remove it)"),
    QT_TRANSLATE_NOOP("Errors", "must be from 2 to 60"),
    QT_TRANSLATE_NOOP("Errors", "must be non-negative and in ascending order"),
    # offer checker and bill decision
    QT_TRANSLATE_NOOP("Errors", "is more than the contract amount"),
    QT_TRANSLATE_NOOP("Errors", "give at least one repayment"),
    QT_TRANSLATE_NOOP("Errors", "must be after the day the money arrives"),
    QT_TRANSLATE_NOOP("Errors", "must not be before the day the money arrives"),
    QT_TRANSLATE_NOOP("Errors", "paid when the money arrives take all of the cash received"),
    QT_TRANSLATE_NOOP("Errors", "the repayments and fees add up to less than the cash received"),
    QT_TRANSLATE_NOOP("Errors", "cost more than 100,000,000% a period"),
    QT_TRANSLATE_NOOP("Errors", "is not the date of a bill of this line"),
    QT_TRANSLATE_NOOP("Errors", "has nothing left to pay"),
    # my own limits
    QT_TRANSLATE_NOOP("Errors", "must be more than 0"),
    QT_TRANSLATE_NOOP("Errors", "must be from 0 to 99"),
]
_PATTERNS = [
    (re.compile(r"^has more than (\d+) decimals$"), QT_TRANSLATE_NOOP("Errors", "has more than %1 decimals")),
    (re.compile(r"^is larger than ([\d,]+)$"), QT_TRANSLATE_NOOP("Errors", "is larger than %1")),
    (re.compile(r"^cannot be read \((.+)\)$"), QT_TRANSLATE_NOOP("Errors", "cannot be read (%1)")),
    (re.compile(r"^is not an amount: type it as (.+)$"), QT_TRANSLATE_NOOP("Errors", "is not an amount: type it as %1")),
    (re.compile(r"^is longer than (\d+) characters$"), QT_TRANSLATE_NOOP("Errors", "is longer than %1 characters")),
    (re.compile(r"^must be a whole number from (\d+) to (\d+)$"),
     QT_TRANSLATE_NOOP("Errors", "must be a whole number from %1 to %2")),
    (re.compile(r"^must be between (\S+) and (\S+)$"), QT_TRANSLATE_NOOP("Errors", "must be between %1 and %2")),
    (re.compile(r"^must be at least (\S+)$"), QT_TRANSLATE_NOOP("Errors", "must be at least %1")),
    (re.compile(r"^must be below (\S+)$"), QT_TRANSLATE_NOOP("Errors", "must be below %1")),
]
NOT_FOUND = QT_TRANSLATE_NOOP("Errors", "no longer exists; the list was refreshed")


def reason(exc: ValidationError | NotFoundError) -> str:
    """The reason of ``exc`` in the active language."""
    if isinstance(exc, NotFoundError):
        return QCoreApplication.translate("Errors", NOT_FOUND)
    text = exc.reason
    if text in _REASONS:
        return QCoreApplication.translate("Errors", text)
    for pattern, template in _PATTERNS:
        match = pattern.match(text)
        if match:
            out = QCoreApplication.translate("Errors", template)
            for i, group in enumerate(match.groups(), start=1):
                out = out.replace(f"%{i}", group)
            return out
    return text
