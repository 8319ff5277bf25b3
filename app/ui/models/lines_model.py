"""Credit lines and one line's limit history."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from app.domain.credit_line import CreditLine, LimitChange
from app.domain.messages import QT_TRANSLATE_NOOP
from app.i18n import formatting as fmt
from app.ui.models.base import CENTER, RIGHT, Column, RowsModel
from app.ui.texts import labels

#: ``LedgerService.add_line`` dates a starting limit 2000-01-01 so it covers all history.
FROM_THE_START = date(2000, 1, 1)


def _archived(line: CreditLine) -> str:
    return QCoreApplication.translate("Columns", "Archived") if line.archived else ""


def _effective(change: LimitChange) -> str:
    if change.effective <= FROM_THE_START:
        return QCoreApplication.translate("Columns", "From the start")
    return fmt.day(change.effective)


class LinesModel(RowsModel):
    """All credit lines, archived ones included (marked)."""

    def __init__(self, parent=None) -> None:
        super().__init__([
            Column("name", QT_TRANSLATE_NOOP("Columns", "Name"), lambda ln: ln.name,
                   tone=lambda ln: "muted" if ln.archived else None),
            Column("kind", QT_TRANSLATE_NOOP("Columns", "Type"), lambda ln: QCoreApplication.translate(
                "Columns", "Pay in 4") if ln.pays_in_4 else labels.kind(ln.kind)),
            Column("limit", QT_TRANSLATE_NOOP("Columns", "Credit limit"), lambda ln: fmt.money(ln.current_limit_fen),
                   RIGHT),
            # a pay-in-4 line has no monthly bill: its payments are due every 14 days from each purchase
            Column("statement_day", QT_TRANSLATE_NOOP("Columns", "Statement day"),
                   lambda ln: "—" if ln.pays_in_4 else str(ln.statement_day), CENTER),
            Column("due_day", QT_TRANSLATE_NOOP("Columns", "Due day"),
                   lambda ln: "—" if ln.pays_in_4 else str(ln.due_day), CENTER),
            Column("auto_repay", QT_TRANSLATE_NOOP("Columns", "Auto-repay"),
                   lambda ln: labels.auto_repay(ln.auto_repay), CENTER),
            Column("archived", QT_TRANSLATE_NOOP("Columns", "Archived"), _archived, CENTER),
        ], parent)


class LimitHistoryModel(RowsModel):
    """A line's limit changes, newest first."""

    def __init__(self, parent=None) -> None:
        super().__init__([
            Column("effective", QT_TRANSLATE_NOOP("Columns", "From"), _effective),
            Column("limit", QT_TRANSLATE_NOOP("Columns", "Credit limit"), lambda c: fmt.money(c.limit_fen), RIGHT),
        ], parent)

    def set_limits(self, limits: tuple[LimitChange, ...]) -> None:
        """Show ``limits`` newest first."""
        self.set_rows(sorted(limits, key=lambda c: c.effective, reverse=True))
