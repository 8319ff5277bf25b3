"""A page of the main window whose view is built the first time it is shown, in a scroll area.

The true-cost views compute on construction (bills, debts, a matplotlib chart); building them with the window
would put that work, and the matplotlib import, in front of the overview's first paint (issue 4's start-up
targets). ``LazyView`` holds the place in the window's stack and builds its view on the first show, or when a
caller asks for it. The view scrolls when the window is smaller than it needs (it never makes the window grow).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget


class LazyView(QWidget):
    """Builds ``factory()`` on first show (or the first ``view()`` call) and shows it in a scroll area."""

    def __init__(self, factory: Callable[[], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._factory = factory
        self._view: QWidget | None = None
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll_area)

    @property
    def is_built(self) -> bool:
        """Whether the view exists yet."""
        return self._view is not None

    def view(self) -> QWidget:
        """The view, built now when it was not yet."""
        if self._view is None:
            self._view = self._factory()
            self.scroll_area.setWidget(self._view)
        return self._view

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.view()
        super().showEvent(event)
