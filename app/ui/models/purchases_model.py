"""The purchases table: filtered, sorted and paged in SQL (``PurchaseListing``): every matching row counts in the
table (the scrollbar spans them all), and only the pages on screen are read, by key, and kept in a bounded cache."""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt

from app.domain.messages import QT_TRANSLATE_NOOP
from app.domain.postings import Purchase
from app.i18n import formatting as fmt
from app.services.listing import PurchaseFilter, PurchaseListing
from app.ui.models.base import CENTER, RIGHT, ROW_ROLE, SORT_ROLE, Column, Index, RowsModel
from app.ui.texts import categories

#: Rows per page read from the database.
PAGE = 200
#: The roles this model answers.
_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.TextAlignmentRole,
                    ROW_ROLE, SORT_ROLE})
#: Pages kept in memory (the rest are read again when scrolled back to): memory stays flat at any size.
KEPT_PAGES = 24


def _columns(line_names: dict[int, str], currencies: dict[int, str]) -> list[Column]:
    return [
        Column("posted_on", QT_TRANSLATE_NOOP("Columns", "Date"), lambda p: fmt.day(p.posted_on)),
        Column("line_id", QT_TRANSLATE_NOOP("Columns", "Credit line"), lambda p: line_names.get(p.line_id, "")),
        Column("merchant", QT_TRANSLATE_NOOP("Columns", "Merchant"), lambda p: p.merchant or p.description),
        Column("category", QT_TRANSLATE_NOOP("Columns", "Category"), lambda p: categories.name(p.category)),
        Column("amount_fen", QT_TRANSLATE_NOOP("Columns", "Amount"), lambda p: fmt.money(p.amount_fen, currencies.get(p.line_id, "CNY")), RIGHT),
        Column("installments", QT_TRANSLATE_NOOP("Columns", "Installments"), _installments, CENTER),
        Column("statement_date", QT_TRANSLATE_NOOP("Columns", "Statement"),
               lambda p: fmt.day(p.statement_date) if p.statement_date else ""),
    ]


def _installments(p: Purchase) -> str:
    if p.bank_period is not None:  # one period of the bank's own plan, billed in full
        plan, period = p.bank_period
        return (QCoreApplication.translate("Columns", "Installment %1/%2 (plan %3)").replace("%1", str(period))
                .replace("%2", str(p.installments)).replace("%3", plan))
    if p.installments <= 1:
        return QCoreApplication.translate("Columns", "In full")
    return QCoreApplication.translate("Columns", "%1 periods").replace("%1", str(p.installments))


class PurchasesModel(RowsModel):
    """Purchases matching ``filter``, in the order of the sorted column (sorting re-queries SQL).

    ``rowCount`` is the number of matching purchases from the start, so the scrollbar spans all of them. A row is
    read when Qt asks for it: its page of ``PAGE`` rows comes by key (``PurchaseListing.page_after``, after the
    last key of the page before it), so scrolling costs the same at row 1,000,000 as at row 1; a jump to a page
    whose predecessor was never read first seeks the key where that one ends (keys only, from the nearest known
    end). At most ``KEPT_PAGES`` pages (with their formatted cells) are kept; the page-end keys (two values per
    page) stay for the filter and order shown.
    """

    def __init__(self, listing: PurchaseListing, parent=None) -> None:
        self.line_names: dict[int, str] = {}
        self.currencies: dict[int, str] = {}  # line id -> ISO code: each amount in its line's currency
        super().__init__(_columns(self.line_names, self.currencies), parent)
        self.listing = listing
        self.filter = PurchaseFilter()
        self.sort_key = "posted_on"
        self.descending = True
        self.total = 0
        self._pages: OrderedDict[int, list[Purchase]] = OrderedDict()
        self._cells: dict[int, dict[tuple[int, int], str]] = {}
        self._ends: dict[int, tuple] = {}  # page -> key of its last row

    @property
    def rows(self) -> list[Purchase]:
        """The rows in memory now, in table order (a window of the whole list)."""
        return [p for k in sorted(self._pages) for p in self._pages[k]]

    @rows.setter
    def rows(self, value: list) -> None:  # RowsModel's constructor sets an empty list
        if value:
            raise ValueError("the purchases model reads its rows itself")

    def set_listing(self, listing: PurchaseListing) -> None:
        """Read from another database's listing (after a database switch)."""
        self.listing = listing

    def set_line_names(self, names: dict[int, str], currencies: dict[int, str] | None = None) -> None:
        """Names shown in the credit-line column, and each line's currency (ISO code; CNY when not given) for the
        amounts."""
        self.line_names.clear()
        self.line_names.update(names)
        self.currencies.clear()
        self.currencies.update(currencies or {})

    def set_filter(self, f: PurchaseFilter) -> None:
        """Show the purchases matching ``f`` (first page)."""
        self.filter = f
        self.reload()

    def reload(self) -> None:
        """Count the matching purchases again and forget every page read (the first is read at once)."""
        self.beginResetModel()
        self.total = self.listing.count(self.filter)
        self._pages.clear()
        self._cells.clear()
        self._ends.clear()
        self._texts.clear()
        self.endResetModel()
        if self.total:
            self._page(0)

    # -- pages ----------------------------------------------------------------------------------------------
    def _page(self, number: int) -> list[Purchase]:
        found = self._pages.get(number)
        if found is not None:
            self._pages.move_to_end(number)
            return found
        if number > 0 and number - 1 not in self._ends:
            self._find_ends(number - 1)
        after = self._ends.get(number - 1) if number > 0 else None
        rows = self.listing.page_after(self.filter, self.sort_key, self.descending, after, PAGE, self.total)
        self._pages[number] = rows
        if rows:
            self._ends[number] = self.listing.key(rows[-1], self.sort_key)
        while len(self._pages) > KEPT_PAGES:
            old, _ = self._pages.popitem(last=False)
            self._cells.pop(old, None)
        return rows

    def _find_ends(self, number: int) -> None:
        """Learn where page ``number`` ends, seeking (keys only) from the nearest page end already known."""
        known = max((k for k in self._ends if k < number), default=-1)
        after = self._ends[known] if known >= 0 else None
        key = self.listing.key_at(self.filter, self.sort_key, self.descending, after,
                                  (number - known) * PAGE - 1, self.total)
        if key is not None:
            self._ends[number] = key

    # -- Qt overrides ---------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.total

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES or not index.isValid() or not 0 <= index.row() < self.total:
            return None  # most of what a painted cell asks for (font, colours, check state ...): nothing
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(self.columns[index.column()].align.value)
        number, offset = divmod(index.row(), PAGE)
        rows = self._page(number)
        if offset >= len(rows):
            return None  # the data changed under the count; the session's next refresh reloads
        row = rows[offset]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            cells = self._cells.setdefault(number, {})
            key = (offset, index.column())
            text = cells.get(key)
            if text is None:
                text = cells[key] = self.columns[index.column()].text(row)
            return text
        if role == ROW_ROLE:
            return row
        column = self.columns[index.column()]
        if role == SORT_ROLE:
            return column.sort(row) if column.sort else column.text(row)
        return None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return False  # every row is counted from the start

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        self.sort_key = self.columns[column].key
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def row_at(self, row: int) -> Purchase | None:
        """The purchase at ``row`` (read with its page when needed), ``None`` when out of range."""
        if not 0 <= row < self.total:
            return None
        number, offset = divmod(row, PAGE)
        rows = self._page(number)
        return rows[offset] if offset < len(rows) else None

    def row_of(self, purchase_id: int) -> int:
        """Row of a purchase in a page in memory, -1 when it is not in one."""
        for number, rows in self._pages.items():
            for offset, p in enumerate(rows):
                if p.id == purchase_id:
                    return number * PAGE + offset
        return -1

    def retranslate(self) -> None:
        """Re-announce headers and cells after the language (and so the formatting locale) changed."""
        self._cells.clear()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self.total:
            self.dataChanged.emit(self.index(0, 0), self.index(self.total - 1, len(self.columns) - 1))

    def with_filter(self, **changes: Any) -> PurchaseFilter:
        """The current filter with ``changes``."""
        return replace(self.filter, **changes)
