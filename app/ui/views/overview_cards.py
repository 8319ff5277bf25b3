"""The overview's building blocks: a big-number tile (``StatTile``) and one credit line's card (``LineCardWidget``)."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QProgressBar, QSizePolicy, QVBoxLayout

from app.ui.views.common import muted
from app.ui.widgets.band_badge import BandBadge


class StatTile(QFrame):
    """A caption over a big number, an optional band badge (its figure's id given) and a detail line."""

    def __init__(self, figure_id: str | None = None) -> None:
        super().__init__()
        self.setObjectName("card")
        self.caption = muted()
        self.value = QLabel()
        self.value.setProperty("role", "big")
        self.badge = BandBadge(figure_id) if figure_id else None
        self.detail = muted()
        self.detail.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(2)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        if self.badge is not None:
            policy = self.badge.sizePolicy()
            policy.setRetainSizeWhenHidden(True)  # no jump when the debt load arrives
            self.badge.setSizePolicy(policy)
            self.badge.hide()
            layout.addWidget(self.badge)
        layout.addWidget(self.detail)
        layout.addStretch(1)  # top-aligned: the captions of a row line up

    @property
    def band(self) -> BandBadge:
        """The band badge of a tile made with a figure id.

        Raises:
            ValueError: this tile has no badge.
        """
        if self.badge is None:
            raise ValueError("this tile has no band badge")
        return self.badge

    def set_danger(self, danger: bool) -> None:
        """Show the value in red (overdue)."""
        self.value.setProperty("role", "danger" if danger else "big")
        self.value.style().unpolish(self.value)
        self.value.style().polish(self.value)


class LineCardWidget(QFrame):
    """One credit line: limit, used, available, a utilization bar, what is overdue and its next payment."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("card")
        self.name = QLabel()
        self.name.setProperty("role", "title")
        self.kind = muted()
        self.captions = {k: muted() for k in ("limit", "used", "available")}
        self.values = {k: QLabel() for k in ("limit", "used", "available")}
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.bar.setTextVisible(False)
        self.utilization = QLabel()
        self.next_due = QLabel()
        self.next_due.setWordWrap(True)
        self.upcoming = QLabel()  # the next payment under what is overdue
        self.upcoming.setWordWrap(True)
        self.upcoming.hide()
        head = QHBoxLayout()
        head.addWidget(self.name)
        head.addStretch(1)
        head.addWidget(self.kind)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        for col, key in enumerate(("limit", "used", "available")):
            grid.addWidget(self.captions[key], 0, col)
            grid.addWidget(self.values[key], 1, col)
        bar_row = QHBoxLayout()
        bar_row.addWidget(self.bar, 1)
        bar_row.addWidget(self.utilization)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.addLayout(head)
        layout.addLayout(grid)
        layout.addLayout(bar_row)
        layout.addWidget(self.next_due)
        layout.addWidget(self.upcoming)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
