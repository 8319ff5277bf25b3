"""The periods of one installment plan (period k of N, statement, principal, fee, amount)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain.messages import QT_TRANSLATE_NOOP
from app.domain.postings import PartStatus, ScheduledPart
from app.i18n import formatting as fmt
from app.ui.models.base import CENTER, RIGHT, Column, RowsModel

_PART_STATUS = {
    PartStatus.SCHEDULED: "",
    PartStatus.CANCELLED: QT_TRANSLATE_NOOP("Columns", "Cancelled"),
    PartStatus.PAYOFF: QT_TRANSLATE_NOOP("Columns", "Paid off early"),
}


class PlanPartsModel(RowsModel):
    """Rows are ``(ScheduledPart, periods)`` pairs."""

    def __init__(self, parent=None) -> None:
        super().__init__([
            Column("period", QT_TRANSLATE_NOOP("Columns", "Period"), self._period, CENTER),
            Column("statement", QT_TRANSLATE_NOOP("Columns", "Statement"), lambda r: fmt.day(r[0].statement_date)),
            Column("principal", QT_TRANSLATE_NOOP("Columns", "Principal"), lambda r: fmt.money(r[0].principal_fen),
                   RIGHT),
            Column("fee", QT_TRANSLATE_NOOP("Columns", "Fee"), lambda r: fmt.money(r[0].fee_fen), RIGHT),
            Column("amount", QT_TRANSLATE_NOOP("Columns", "Amount"), lambda r: fmt.money(r[0].amount_fen), RIGHT),
            Column("status", QT_TRANSLATE_NOOP("Columns", "Status"), self._status, CENTER),
        ], parent)

    @staticmethod
    def _period(row: tuple[ScheduledPart, int]) -> str:
        return QCoreApplication.translate("Columns", "%1 of %2").replace("%1", str(row[0].period)) \
            .replace("%2", str(row[1]))

    @staticmethod
    def _status(row: tuple[ScheduledPart, int]) -> str:
        text = _PART_STATUS[row[0].status]
        return QCoreApplication.translate("Columns", text) if text else ""

    def set_parts(self, parts: tuple[ScheduledPart, ...], periods: int) -> None:
        """Show ``parts`` of a plan of ``periods`` periods."""
        self.set_rows([(p, periods) for p in parts])
