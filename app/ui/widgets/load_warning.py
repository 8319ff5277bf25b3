"""The purchase dialog's inline confirmation: before a new purchase that pushes utilization or the debt-service
ratio into a higher band, or goes past a limit I set myself (``domain.my_limits``), is saved, say what it does
("This takes 花呗 from 49.7% to 89.7% used (Caution → High)", "Your own limit on 花呗 is ¥3,000.00 …") and offer
"Record anyway" or a comparison of every way of paying. A date far ahead of today (``ledger_bounds.far_ahead``,
most likely a typo) is said first, naming the date. Never a modal box: it sits in the dialog."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.domain.ledger_bounds import days_ahead, far_ahead
from app.domain.my_limits import Breach, Rule
from app.i18n import formatting as fmt
from app.services.before_you_buy import Crossing
from app.services.my_limits import CAP_CURRENCY
from app.ui import theme
from app.ui.widgets.band_badge import band_name
from app.ui.widgets.explain import ExplainButton


class LoadWarning(QFrame):
    """Hidden until ``show_crossings`` is given a non-empty tuple.

    Signals:
        record_requested: the user confirmed ("Record anyway").
        compare_requested: the user wants to compare the ways of paying first.
    """

    record_requested = Signal()
    compare_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("loadWarning")
        self.setStyleSheet(f"QFrame#loadWarning {{ border: 1px solid {theme.current().danger}; border-radius: 6px; }}")
        self.line_name = ""
        self.currency = "CNY"  # the line's: every amount shown is in it (a monthly cap is in ``CAP_CURRENCY``)
        self.crossings: tuple[Crossing, ...] = ()
        self.over: tuple[int, int] | None = None
        self.breaches: tuple[Breach, ...] = ()
        self.ahead: tuple[date, date] | None = None
        self.title = QLabel()
        self.title.setProperty("role", "danger")
        self.title.setWordWrap(True)
        self.text = QLabel()
        self.text.setObjectName("loadWarningText")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.record_button = QPushButton()
        self.compare_button = QPushButton()
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(ExplainButton("verdict"), 0, Qt.AlignmentFlag.AlignTop)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.compare_button)
        buttons.addWidget(self.record_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addLayout(head)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        self.record_button.clicked.connect(self.record_requested)
        self.compare_button.clicked.connect(self.compare_requested)
        self._render()
        self.hide()

    @property
    def weighs(self) -> bool:
        """Whether what is shown is about the load (a band, the limit, my limits), not only the date."""
        return bool(self.crossings) or self.over is not None or bool(self.breaches)

    def check(self, session, values: dict, line_name: str, new: bool, currency: str = "CNY") -> bool:
        """Work out and show what to say before the purchase ``values`` (``PurchaseDialog.values``) on ``line_name``
        (amounts in its ``currency``) is saved, with ``session``'s services and day: its date when far ahead of today (``far_ahead``), and for a
        ``new`` purchase (an edited one is already in the numbers) the bands it crosses
        (``services.before_you_buy.crosses_band``), the bank's limit and my own limits. ``True`` when it says
        something."""
        today, posted = session.today(), values["posted_on"]
        crossings: tuple[Crossing, ...] = ()
        over: tuple[int, int] | None = None
        breaches: tuple[Breach, ...] = ()
        if new:
            crossings = session.services.crosses_band(values["line_id"], values["amount_fen"], today,
                                                     values["installments"], values.get("fee_rate"))
            over = session.queries.over_limit(values["line_id"], values["amount_fen"], posted)
            breaches = session.services.my_limits.check_purchase(values["line_id"], values["amount_fen"], posted,
                                                                 values["installments"])
        self.show_crossings(line_name, crossings, over, breaches, (posted, today) if far_ahead(posted, today) else None,
                            currency=currency)
        return self.weighs or self.ahead is not None

    def show_crossings(self, line_name: str, crossings: tuple[Crossing, ...],
                       over: tuple[int, int] | None = None, breaches: tuple[Breach, ...] = (),
                       ahead: tuple[date, date] | None = None, *, currency: str = "CNY") -> None:
        """Say what the purchase on ``line_name`` does to each metric in ``crossings``, with ``over`` =
        ``(fen over, fen available)`` that it takes the line over its limit, before that each of my own limits in
        ``breaches`` it goes past, naming the rule, and first, with ``ahead`` = ``(its date, today)``, that it is
        dated far after today; hidden when there is nothing to say. Amounts are shown in the line's ``currency``."""
        self.currency = currency
        self.line_name, self.crossings, self.over, self.breaches = line_name, tuple(crossings), over, tuple(breaches)
        self.ahead = ahead
        self._render()
        self.compare_button.setVisible(self.weighs)  # comparing ways to pay answers a load, not a date
        self.setVisible(self.weighs or ahead is not None)

    def _render(self) -> None:
        if self.ahead is not None and not (self.breaches or self.crossings or self.over):
            self.title.setText(self.tr("Before you save: check the date."))
        elif self.breaches:
            self.title.setText(self.tr("Before you save: this goes past a limit you set yourself."))
        else:
            self.title.setText(self.tr("Before you save: this purchase makes your debts harder to carry."))
        lines = [self._sentence(x) for x in self.crossings]
        over = self.over
        if over is not None:
            lines.insert(0, self.tr("%1 over your %2 available on %3.").replace("%1", fmt.money(over[0], self.currency))
                         .replace("%2", fmt.money(over[1], self.currency)).replace("%3", self.line_name))
        lines[:0] = [self.breach_sentence(b) for b in self.breaches]
        if self.ahead is not None:
            day, today = self.ahead
            lines.insert(0, self.tr("This purchase is dated %1, %2 days after today (%3): most likely a typo. Check "
                                    "the year and the month.").replace("%1", fmt.day(day))
                         .replace("%2", fmt.count(days_ahead(day, today))).replace("%3", fmt.day(today)))
        self.text.setText("\n".join(lines))
        self.record_button.setText(self.tr("&Record anyway"))
        self.compare_button.setText(self.tr("&Compare ways of paying…"))

    def breach_sentence(self, b: Breach) -> str:
        """One of my limits the purchase goes past, naming the rule (``domain.my_limits.Rule``)."""
        if b.rule is Rule.LINE_LIMIT:
            cur = self.currency
            return (self.tr("Your own limit on %1 is %2: this takes what you owe there from %3 to %4, %5 past it.")
                    .replace("%1", self.line_name).replace("%2", fmt.money(b.limit, cur))
                    .replace("%3", fmt.money(b.before, cur)).replace("%4", fmt.money(b.after, cur))
                    .replace("%5", fmt.money(b.over, cur)))
        if b.rule is Rule.ACTIVE_PLANS:
            return (self.tr("You allow yourself at most %n installment plan(s) at once: %1 running, this makes %2.",
                            "", b.limit).replace("%1", str(b.before)).replace("%2", str(b.after)))
        cap = CAP_CURRENCY  # the cap counts the lines in its currency only (``services.my_limits``)
        return (self.tr("Your monthly cap on credit spending is %1: this takes this month from %2 to %3, %4 past it.")
                .replace("%1", fmt.money(b.limit, cap)).replace("%2", fmt.money(b.before, cap))
                .replace("%3", fmt.money(b.after, cap)).replace("%4", fmt.money(b.over, cap)))

    def _sentence(self, x: Crossing) -> str:
        if x.metric == "dsr":
            text = self.tr("This takes your busiest month from %2 to %3 of your income (%4 → %5).")
        elif x.metric == "total_utilization":
            text = self.tr("This takes all your lines together from %2 to %3 used (%4 → %5).")
        else:
            text = self.tr("This takes %1 from %2 to %3 used (%4 → %5).")
        return (text.replace("%1", self.line_name).replace("%2", fmt.percent(x.before_value))
                .replace("%3", fmt.percent(x.after_value)).replace("%4", band_name(x.before))
                .replace("%5", band_name(x.after)))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._render()
        super().changeEvent(event)
