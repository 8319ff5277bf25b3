"""The window's stack of views, sized by the view shown: a ``QStackedWidget`` asks for the widest minimum of all
its pages, so a page not on screen (the welcome cards in projector type) made the window wider than the
projector's 1024 pixels."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QStackedWidget, QWidget


class PageStack(QStackedWidget):
    """A ``QStackedWidget`` whose size hints are those of its current page."""

    def setCurrentWidget(self, page: QWidget) -> None:  # noqa: N802 (Qt's name)
        """Show ``page``; the window's layout then asks for its size (no signal: one emitted while the stack is
        destroyed would reach a half-gone object)."""
        super().setCurrentWidget(page)
        self.updateGeometry()

    def setCurrentIndex(self, index: int) -> None:  # noqa: N802
        """Show the page at ``index`` (see ``setCurrentWidget``)."""
        super().setCurrentIndex(index)
        self.updateGeometry()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        page = self.currentWidget()
        return page.minimumSizeHint().expandedTo(page.minimumSize()) if page is not None else QSize(0, 0)

    def sizeHint(self) -> QSize:  # noqa: N802
        page = self.currentWidget()
        return page.sizeHint() if page is not None else QSize(0, 0)
