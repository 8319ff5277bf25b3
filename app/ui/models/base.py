"""A declarative table model: a list of plain rows and a list of ``Column`` specs.

Headers are English source texts marked with ``QT_TRANSLATE_NOOP("Columns", ...)`` and translated when Qt asks
for them, so a language switch only needs ``retranslate()``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from app.ui import theme

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the row object itself
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # a value to sort by (numbers, ISO dates)

#: The roles ``RowsModel.data`` answers.
_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.TextAlignmentRole,
                    Qt.ItemDataRole.ForegroundRole, ROW_ROLE, SORT_ROLE})

LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter


@dataclass(frozen=True)
class Column:
    """One column: ``key`` names it (and the SQL sort column where the model sorts in SQL); ``header`` is the
    untranslated title; ``text(row)`` the shown text; ``tone(row)`` an optional colour token name
    (``"danger"``, ``"muted"``, ``"ok"``); ``sort(row)`` a sort value."""

    key: str
    header: str
    text: Callable[[Any], str]
    align: Qt.AlignmentFlag = LEFT
    tone: Callable[[Any], str | None] | None = None
    sort: Callable[[Any], Any] | None = None


Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel):
    """Read-only table over ``rows`` described by ``columns``."""

    def __init__(self, columns: Sequence[Column], parent=None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Any] = []
        self._texts: dict[tuple[int, int], str] = {}  # formatted cells: a view asks for each many times

    # -- Qt overrides ---------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES or not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None  # most of what a painted cell asks for (font, background, check state ...): nothing
        row = self.rows[index.row()]
        column = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            key = (index.row(), index.column())
            text = self._texts.get(key)
            if text is None:
                text = self._texts[key] = column.text(row)
            return text
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align.value)
        if role == Qt.ItemDataRole.ForegroundRole and column.tone is not None:
            tone = column.tone(row)
            return QColor(getattr(theme.current(), tone)) if tone else None
        if role == ROW_ROLE:
            return row
        if role == SORT_ROLE:
            return column.sort(row) if column.sort else column.text(row)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return QCoreApplication.translate("Columns", self.columns[section].header)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(self.columns[section].align.value)
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole and section >= 0:
            return str(section + 1)
        return None

    # -- own API --------------------------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[Any]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self.rows = list(rows)
        self._texts.clear()
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        """The row object at ``row`` (``None`` when out of range)."""
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def retranslate(self) -> None:
        """Re-announce headers and cells after the language (and so the formatting locale) changed."""
        self._texts.clear()
        if self.columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self.rows and self.columns:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(self.columns) - 1))
