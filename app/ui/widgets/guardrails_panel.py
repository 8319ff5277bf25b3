"""The overview's "My limits" box: each line read against my own limit and the bank's, installment plans running
against my cap, this month's credit spending against my monthly cap (``services.my_limits``), with a button to
set them. When none is set it says so in one line, with the same button."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.domain.my_limits import used_fraction
from app.i18n import formatting as fmt
from app.services.my_limits import LimitsStatus
from app.ui.widgets.explain import ExplainButton


class MyLimitsPanel(QFrame):
    """Shows a ``LimitsStatus`` (``show_status``); ``rows`` is the text of each shown line, in order (tests read
    it). Emits ``edit_requested`` when "Set my limits…" is pressed."""

    edit_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("myLimitsPanel")
        self.status: LimitsStatus | None = None
        self.rows: list[str] = []
        self.title = QLabel()
        self.title.setProperty("role", "heading")
        self.body = QLabel()
        self.body.setObjectName("myLimitsText")
        self.body.setWordWrap(True)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.over = QLabel()
        self.over.setProperty("role", "danger")
        self.over.setWordWrap(True)
        self.over.hide()
        self.edit_button = QPushButton()
        self.edit_button.clicked.connect(self.edit_requested)
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addWidget(ExplainButton("my_limits"), 0, Qt.AlignmentFlag.AlignVCenter)
        head.addStretch(1)
        head.addWidget(self.edit_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.body)
        layout.addWidget(self.over)
        self._render()

    def show_status(self, status: LimitsStatus) -> None:
        """Show where I stand against my limits on ``status.as_of``."""
        self.status = status
        self._render()

    def _render(self) -> None:
        self.title.setText(self.tr("My limits"))
        self.edit_button.setText(self.tr("Set my limits…"))
        st = self.status
        rows: list[str] = []
        over: list[str] = []
        if st is None or not st.limits.any:
            self.rows = []
            self.body.setText(self.tr("You have set no limits of your own. A limit below the bank's keeps a raise "
                                      "from making your debt look smaller."))
            self._set_role("muted")
            self.over.hide()
            return
        self._set_role("")
        for r in st.lines:
            if r.my_limit_fen is None:
                continue
            bank = (self.tr("%1 of the bank's %2").replace("%1", fmt.percent(r.bank_used))
                    .replace("%2", fmt.money(r.bank_limit_fen, r.currency)) if r.bank_used is not None
                    else self.tr("no bank limit set"))
            rows.append(self.tr("%1: %2 owed, %3 of my %4 (%5)").replace("%1", r.name)
                        .replace("%2", fmt.money(r.owed_fen, r.currency)).replace("%3", fmt.percent(r.mine_used))
                        .replace("%4", fmt.money(r.my_limit_fen, r.currency)).replace("%5", bank))
            if r.over_mine:
                over.append(self.tr("⚠ %1 is %2 past the limit you set.").replace("%1", r.name)
                            .replace("%2", fmt.money(r.owed_fen - r.my_limit_fen, r.currency)))
        lim = st.limits
        if lim.max_active_plans is not None:
            rows.append(self.tr("Installment plans running: %1 of at most %2").replace("%1", str(st.active_plans))
                        .replace("%2", str(lim.max_active_plans)))
            if st.active_plans > lim.max_active_plans:
                over.append(self.tr("⚠ More installment plans are running than you allow yourself."))
        if lim.monthly_cap_fen is not None:
            share = fmt.percent(used_fraction(st.month_spent_fen, lim.monthly_cap_fen)) if lim.monthly_cap_fen else "—"
            rows.append(self.tr("Credit spending in %1: %2 of my %3 cap (%4)").replace("%1", fmt.month(st.as_of))
                        .replace("%2", fmt.money(st.month_spent_fen)).replace("%3", fmt.money(lim.monthly_cap_fen))
                        .replace("%4", share))
            if st.month_spent_fen > lim.monthly_cap_fen:
                over.append(self.tr("⚠ This month's credit spending is %1 past your cap.")
                            .replace("%1", fmt.money(st.month_spent_fen - lim.monthly_cap_fen)))
        self.rows = rows
        self.body.setText("\n".join(rows))
        self.over.setText("\n".join(over))
        self.over.setVisible(bool(over))

    def _set_role(self, role: str) -> None:
        if self.body.property("role") != role:  # repolish: the style sheet picks colours by role
            self.body.setProperty("role", role)
            self.body.style().unpolish(self.body)
            self.body.style().polish(self.body)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._render()
        super().changeEvent(event)

