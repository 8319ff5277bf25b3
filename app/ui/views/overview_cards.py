"""The overview's building blocks: a big-number tile (``StatTile``) and one credit line's card (``LineCardWidget``)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QProgressBar, QSizePolicy, QVBoxLayout

from app.i18n import formatting as fmt
from app.services.overview import LineCard
from app.ui.texts import labels
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


translate = QCoreApplication.translate


def fill_card(widget: LineCardWidget, card: LineCard, today: date, next_in: Callable[[int], str]) -> None:
    """Show ``card`` (a line's position, bands and payments, amounts in the line's own currency) in ``widget``;
    ``next_in(days)`` is the translated ``Next: %1 due %2, in %n day(s)`` (a plural: the view's own ``tr``)."""
    p, cur = card.position, card.line.currency
    widget.name.setText(card.line.name)
    widget.kind.setText(translate("OverviewView", "Pay in 4") if card.line.pays_in_4 else labels.kind(card.line.kind))
    widget.captions["limit"].setText(translate("OverviewView", "My limit") if p.limit_is_mine
                                     else translate("OverviewView", "Credit limit"))
    mine = translate("OverviewView", "The bank's limit is %1; utilization and its warnings are read against the "
                     "limit you set yourself (My limits).").replace("%1", fmt.money(p.bank_limit_fen, cur))
    widget.values["limit"].setToolTip(mine if p.limit_is_mine else "")
    widget.captions["used"].setText(translate("OverviewView", "Used"))
    widget.captions["available"].setText(translate("OverviewView", "Available"))
    widget.values["limit"].setText(fmt.money(p.limit_fen, cur))
    widget.values["used"].setText(fmt.money(p.outstanding_fen, cur))
    widget.values["available"].setText(fmt.money(p.available_fen, cur))
    widget.bar.setValue(min(1000, int((p.utilization or 0) * 1000)))
    widget.bar.setProperty("band", card.utilization_band.value if card.utilization_band else "")
    widget.bar.style().unpolish(widget.bar)
    widget.bar.style().polish(widget.bar)
    widget.utilization.setText(fmt.percent(p.utilization))
    widget.bar.setAccessibleName(translate("OverviewView", "Utilization of %1").replace("%1", card.line.name))
    widget.utilization.setToolTip(translate("OverviewView", "Utilization: used ÷ credit limit"))
    if card.overdue_fen > 0:  # a pay-in-4 line charges late fees, never interest (domain-rules.md §5)
        pay_in_4 = card.line.pays_in_4
        widget.next_due.setText((translate("OverviewView", "Overdue: %1 since %2, late fees %3") if pay_in_4 else
                                 translate("OverviewView", "Overdue: %1 since %2, interest so far %3"))
                                .replace("%1", fmt.money(card.overdue_fen, cur))
                                .replace("%2", fmt.day(card.overdue_since or today))
                                .replace("%3", fmt.money(card.next_due.fee_fen if pay_in_4 and card.next_due
                                                         else card.overdue_penalty_fen, cur)))
        widget.next_due.setProperty("role", "danger")
    due = card.upcoming
    if due is None:
        text = (translate("OverviewView", "Nothing else to repay") if card.overdue_fen > 0
                else translate("OverviewView", "Nothing to repay"))
        role = "muted"
    elif due.due_date < today:
        text, role = (translate("OverviewView", "Revolving: %1 left since %2, interest so far %3")
                      .replace("%1", fmt.money(due.amount_fen, cur)).replace("%2", fmt.day(due.due_date))
                      .replace("%3", fmt.money(due.penalty_fen, cur))), ""
    else:
        days = (due.due_date - today).days
        text = (translate("OverviewView", "Next: %1 due %2 (today)") if days == 0
                else next_in(days))
        text, role = text.replace("%1", fmt.money(due.amount_fen, cur)).replace("%2", fmt.day(due.due_date)), ""
        if 0 < due.minimum_fen < due.amount_fen:
            text += translate("OverviewView", " (minimum %1)").replace("%1", fmt.money(due.minimum_fen, cur))
    label = widget.upcoming if card.overdue_fen > 0 else widget.next_due
    widget.upcoming.setVisible(card.overdue_fen > 0)
    label.setText(text)
    label.setProperty("role", role)
    for label in (widget.next_due, widget.upcoming):
        label.style().unpolish(label)
        label.style().polish(label)
