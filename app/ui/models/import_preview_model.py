"""Table models of an import preview: the events it will add (or already holds), skipped rows, problems.

Thin adapters over the plain records of ``ImportService.preview``: ``PlannedEvent``, ``SkippedRow``, ``Problem``.
"""

from __future__ import annotations

from app.domain.messages import QT_TRANSLATE_NOOP
from app.i18n import formatting as fmt
from app.importers.records import PURCHASE, Problem, SkippedRow
from app.services.importing import PlannedEvent
from app.ui.importing import texts as import_texts
from app.ui.models.base import CENTER, RIGHT, Column, RowsModel


def _amount(p: PlannedEvent, currency: str) -> str:
    return fmt.money(p.event.amount_fen, p.event.currency or currency)


def _warnings(p: PlannedEvent) -> str:
    return "; ".join(import_texts.reason(w) for w in p.warnings)


class PlannedEventsModel(RowsModel):
    """Events of a preview: those it will add, or those already imported (``PlannedEvent`` rows).

    ``currency`` is the line's, for events whose file does not say (QIF). ``MAX_WIDTHS``: the widest a column of
    free text may be shown, pixels (a longer text is cut short, the whole of it in the tooltip), so the amount and
    the warnings stay in view.
    """

    MAX_WIDTHS = {"merchant": 180, "description": 260}

    def __init__(self, parent=None) -> None:
        super().__init__([
            Column("row", QT_TRANSLATE_NOOP("Columns", "Row"), lambda p: str(p.event.row), RIGHT,
                   sort=lambda p: p.event.row),
            Column("date", QT_TRANSLATE_NOOP("Columns", "Date"), lambda p: fmt.day(p.event.posted_on),
                   sort=lambda p: p.event.posted_on.isoformat()),
            Column("kind", QT_TRANSLATE_NOOP("Columns", "Kind"),
                   lambda p: import_texts.kind(p.event.kind, p.event.installments, p.event.plan_period),
                   tone=lambda p: None if p.event.kind == PURCHASE else "ok"),
            Column("merchant", QT_TRANSLATE_NOOP("Columns", "Merchant"), lambda p: p.event.merchant),
            Column("description", QT_TRANSLATE_NOOP("Columns", "Description"), lambda p: p.event.description),
            Column("category", QT_TRANSLATE_NOOP("Columns", "Category"),
                   lambda p: import_texts.category(p.event.category)),
            Column("amount", QT_TRANSLATE_NOOP("Columns", "Amount"), lambda p: _amount(p, self.currency), RIGHT,
                   tone=lambda p: None if p.event.kind == PURCHASE else "ok", sort=lambda p: p.event.amount_fen),
            Column("warnings", QT_TRANSLATE_NOOP("Columns", "Warnings"), _warnings,
                   tone=lambda p: "warning" if p.warnings else None),
        ], parent)
        self.currency = "CNY"

    def set_events(self, events: list[PlannedEvent], currency: str) -> None:
        """Show ``events``; amounts without a currency of their own are in ``currency``."""
        self.currency = currency
        self.set_rows(events)


class SkippedRowsModel(RowsModel):
    """Rows of the file left out on purpose, with the reason (``SkippedRow`` rows)."""

    def __init__(self, parent=None) -> None:
        super().__init__([
            Column("row", QT_TRANSLATE_NOOP("Columns", "Row"), lambda s: str(s.row), RIGHT, sort=lambda s: s.row),
            Column("reason", QT_TRANSLATE_NOOP("Columns", "Reason"), lambda s: import_texts.reason(s.reason)),
        ], parent)

    def set_skipped(self, rows: list[SkippedRow]) -> None:
        """Show ``rows`` in file order."""
        self.set_rows(sorted(rows, key=lambda s: s.row))


class ProblemsModel(RowsModel):
    """Rows (or fields) that could not be read, so nothing is imported for them (``Problem`` rows)."""

    def __init__(self, parent=None) -> None:
        super().__init__([
            Column("row", QT_TRANSLATE_NOOP("Columns", "Row"), lambda p: str(p.row) if p.row else "—", RIGHT,
                   sort=lambda p: p.row),
            Column("field", QT_TRANSLATE_NOOP("Columns", "Field"), lambda p: p.field, CENTER),
            Column("reason", QT_TRANSLATE_NOOP("Columns", "Reason"), lambda p: import_texts.reason(p.reason)),
        ], parent)

    def set_problems(self, problems: list[Problem]) -> None:
        """Show ``problems`` in file order."""
        self.set_rows(sorted(problems, key=lambda p: p.row))
