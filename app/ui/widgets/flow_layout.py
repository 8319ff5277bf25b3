"""A row of buttons that wraps onto further lines when the window is too narrow for it, so a bar in projector type
never makes the window wider than a 1024-pixel screen (a ``QHBoxLayout`` asks for the sum of its buttons)."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QWidget


class FlowLayout(QLayout):
    """Lays its items out left to right, starting a new line when the next one does not fit; items added after
    ``add_stretch()`` go to the right end of the line they land on. Height for width: the layout is as tall as its
    lines; its minimum width is its widest item's."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 8) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._right_from: int | None = None  # index of the first right-aligned item
        self.setSpacing(spacing)
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def add_stretch(self) -> None:
        """Align the items added from now on to the right end of their line."""
        self._right_from = len(self._items)

    # -- QLayout ---------------------------------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 (Qt's name)
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802
        visible = [i.sizeHint() for i in self._items if not i.isEmpty()]
        width = sum(s.width() for s in visible) + self.spacing() * max(0, len(visible) - 1)
        return QSize(width, max((s.height() for s in visible), default=0))

    def minimumSize(self) -> QSize:  # noqa: N802
        size = QSize()
        for item in self._items:
            if not item.isEmpty():
                size = size.expandedTo(item.minimumSize())
        return size

    # -- placing ---------------------------------------------------------------------------------------------
    def _lines(self, width: int) -> list[list[tuple[QLayoutItem, QSize, bool]]]:
        """The visible items in lines no wider than ``width``: ``(item, size, right-aligned)``."""
        lines: list[list[tuple[QLayoutItem, QSize, bool]]] = [[]]
        used = 0
        for index, item in enumerate(self._items):
            if item.isEmpty():
                continue
            size = item.sizeHint()
            extra = size.width() + (self.spacing() if lines[-1] else 0)
            if lines[-1] and used + extra > width:
                lines.append([])
                used, extra = 0, size.width()
            lines[-1].append((item, size, self._right_from is not None and index >= self._right_from))
            used += extra
        return lines

    def _place(self, rect: QRect, move: bool) -> int:
        """Place the items in ``rect`` (when ``move``); the height they take."""
        y = rect.y()
        lines = self._lines(rect.width())
        for number, line in enumerate(lines):
            height = max((size.height() for _, size, _ in line), default=0)
            left = [(item, size) for item, size, right in line if not right]
            right = [(item, size) for item, size, right in line if right]
            x = rect.x()
            for item, size in left:
                if move:
                    item.setGeometry(QRect(QPoint(x, y), size))
                x += size.width() + self.spacing()
            x = rect.right() + 1 - sum(size.width() for _, size in right) - self.spacing() * max(0, len(right) - 1)
            for item, size in right:
                if move:
                    item.setGeometry(QRect(QPoint(max(rect.x(), x), y), size))
                x += size.width() + self.spacing()
            y += height + (self.spacing() if number < len(lines) - 1 else 0)
        return y - rect.y()


def wrapping(widget: QWidget) -> None:
    """Let ``widget`` (holding a :class:`FlowLayout`) grow in height as its lines wrap."""
    policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
    policy.setHeightForWidth(True)
    widget.setSizePolicy(policy)
