"""The verdict cell of an options table: its band colour shown even on the selected row."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem


class VerdictDelegate(QStyledItemDelegate):
    """Paints the verdict cell in its band colour even when the row is selected (a frame marks the selection)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        background = index.data(Qt.ItemDataRole.BackgroundRole)
        foreground = index.data(Qt.ItemDataRole.ForegroundRole)
        if not isinstance(background, QColor):
            super().paint(painter, option, index)
            return
        painter.save()
        rect = QRect(option.rect)
        painter.fillRect(rect, background)
        if option.state & QStyle.StateFlag.State_Selected:
            painter.setPen(QPen(option.palette.highlight().color(), 3))
            painter.drawRect(rect.adjusted(1, 1, -2, -2))
        painter.setPen(foreground if isinstance(foreground, QColor) else option.palette.text().color())
        font = option.font
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), str(index.data() or ""))
        painter.restore()
