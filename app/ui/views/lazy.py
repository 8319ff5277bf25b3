"""A page of the main window whose view is built the first time it is shown, in a scroll area.

The true-cost views compute on construction (bills, debts, a matplotlib chart); building them with the window
would put that work, and the matplotlib import, in front of the overview's first paint (issue 4's start-up
targets). ``LazyView`` holds the place in the window's stack and builds its view on the first show, or when a
caller asks for it. The view scrolls when the window is smaller than it needs (it never makes the window grow).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Any

from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget


class LazyView(QWidget):
    """Builds ``factory()`` on first show (or the first ``view()`` call) and shows it, in a scroll area when
    ``scrolls`` (a form that may be taller than the window; a view of tables scrolls its tables itself)."""

    def __init__(self, factory: Callable[[], QWidget], parent: QWidget | None = None, *, scrolls: bool = True) -> None:
        super().__init__(parent)
        self._factory = factory
        self._view: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.scroll_area: QScrollArea | None = None
        if scrolls:
            self.scroll_area = QScrollArea()
            self.scroll_area.setWidgetResizable(True)
            self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
            self._layout.addWidget(self.scroll_area)

    @property
    def is_built(self) -> bool:
        """Whether the view exists yet."""
        return self._view is not None

    def view(self) -> QWidget:
        """The view, built now when it was not yet."""
        if self._view is None:
            self._view = self._factory()
            if self.scroll_area is not None:
                self.scroll_area.setWidget(self._view)
            else:
                self._layout.addWidget(self._view)
                self._view.show()  # a child added to a shown widget is shown only when asked (setWidget does it)
        return self._view

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.view()
        super().showEvent(event)


class BuiltViews(Mapping[str, Any]):
    """The window's views by key, each built when it is first asked for: ``views["statements"]`` is the view
    itself (a ``LazyView`` page builds it then). ``pages`` are the widgets in the window's stack."""

    def __init__(self, pages: Mapping[str, QWidget]) -> None:
        self._pages = pages

    def __getitem__(self, key: str) -> Any:
        page = self._pages[key]
        return page.view() if isinstance(page, LazyView) else page

    def __iter__(self) -> Iterator[str]:
        return iter(self._pages)

    def __len__(self) -> int:
        return len(self._pages)
