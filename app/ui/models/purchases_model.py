"""The purchases table: filtered, sorted and paged in SQL (``PurchaseListing``), fetched 500 rows at a time."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt

from app.domain.postings import Purchase
from app.i18n import formatting as fmt
from app.services.listing import PurchaseFilter, PurchaseListing
from app.ui import categories
from app.ui.models.base import CENTER, RIGHT, Column, Index, RowsModel

PAGE = 500


def _columns(line_names: dict[int, str]) -> list[Column]:
    return [
        Column("posted_on", QT_TRANSLATE_NOOP("Columns", "Date"), lambda p: fmt.day(p.posted_on)),
        Column("line_id", QT_TRANSLATE_NOOP("Columns", "Credit line"), lambda p: line_names.get(p.line_id, "")),
        Column("merchant", QT_TRANSLATE_NOOP("Columns", "Merchant"), lambda p: p.merchant or p.description),
        Column("category", QT_TRANSLATE_NOOP("Columns", "Category"), lambda p: categories.name(p.category)),
        Column("amount_fen", QT_TRANSLATE_NOOP("Columns", "Amount"), lambda p: fmt.money(p.amount_fen), RIGHT),
        Column("installments", QT_TRANSLATE_NOOP("Columns", "Installments"), _installments, CENTER),
        Column("statement_date", QT_TRANSLATE_NOOP("Columns", "Statement"),
               lambda p: fmt.day(p.statement_date) if p.statement_date else ""),
    ]


def _installments(p: Purchase) -> str:
    if p.installments <= 1:
        return QCoreApplication.translate("Columns", "In full")
    return QCoreApplication.translate("Columns", "%1 periods").replace("%1", str(p.installments))


class PurchasesModel(RowsModel):
    """Purchases matching ``filter``; sorting a column re-queries SQL; rows arrive page by page
    (``canFetchMore``/``fetchMore``), so 100,000 purchases open as fast as 500."""

    def __init__(self, listing: PurchaseListing, parent=None) -> None:
        self.line_names: dict[int, str] = {}
        super().__init__(_columns(self.line_names), parent)
        self.listing = listing
        self.filter = PurchaseFilter()
        self.sort_key = "posted_on"
        self.descending = True
        self.total = 0

    def set_listing(self, listing: PurchaseListing) -> None:
        """Read from another database's listing (after a database switch)."""
        self.listing = listing

    def set_line_names(self, names: dict[int, str]) -> None:
        """Names shown in the credit-line column."""
        self.line_names.clear()
        self.line_names.update(names)

    def set_filter(self, f: PurchaseFilter) -> None:
        """Show the purchases matching ``f`` (first page)."""
        self.filter = f
        self.reload()

    def reload(self) -> None:
        """Re-read the first page and the count."""
        self.beginResetModel()
        self.total = self.listing.count(self.filter)
        self.rows = self.listing.page(self.filter, self.sort_key, self.descending, PAGE, 0)
        self._texts.clear()
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        more = self.listing.page(self.filter, self.sort_key, self.descending, PAGE, len(self.rows))
        if not more:
            self.total = len(self.rows)
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
        self.rows.extend(more)
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        self.sort_key = self.columns[column].key
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def row_of(self, purchase_id: int) -> int:
        """Row of a loaded purchase, -1 when it is not loaded."""
        return next((i for i, p in enumerate(self.rows) if p.id == purchase_id), -1)
