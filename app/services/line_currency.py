"""Rows of a file in another currency than the credit line's. DebtLens keeps each line's amounts in the minor units
of its own currency and converts none, so $1,234.56 onto a CNY line is not ¥1,234.56: such a row is left out with a
reason naming both currencies, and the file's other rows still import. The bank CSV readers leave out rows billed
in another currency than the statement's the same way (input-formats.md §6: BOCOM ``JPY 1000.00``, BOC 币种)."""

from __future__ import annotations

from app.domain.messages import QT_TRANSLATE_NOOP
from app.importers.records import ImportedEvent, ParseResult, SkippedRow

#: A row in another currency than the line's: ``%1`` the row's currency, ``%2`` the line's.
OTHER_CURRENCY = QT_TRANSLATE_NOOP(
        "ImportTexts", "in %1, the line is in %2: not imported (DebtLens does not convert currencies); import the "
        "file onto a line in %1, or enter the amount by hand in %2")


def in_line_currency(result: ParseResult, currency: str) -> tuple[list[ImportedEvent], list[SkippedRow]]:
    """Split what a file yielded by the line's ``currency`` (an ISO 4217 code, ``CreditLine.currency``).

    Returns:
        The events of ``result`` in ``currency`` or in none the file names (``currency=None``: QIF, an OFX
        statement without CURDEF), in file order; and the file's skipped rows plus one :class:`SkippedRow`
        (:data:`OTHER_CURRENCY`) for each other event, in row order.
    """
    events: list[ImportedEvent] = []
    other: list[ImportedEvent] = []
    for e in result.events:
        (events if e.currency in (None, currency) else other).append(e)
    if not other:
        return events, result.skipped
    return events, sorted([*result.skipped, *(SkippedRow(e.row, OTHER_CURRENCY.arg(e.currency, currency))
                                             for e in other)], key=lambda s: s.row)
