"""The overview's "My limits" box: each line read against my own limit and the bank's, installment plans running
against my cap, this month's credit spending against my monthly cap (``services.my_limits``), with a button to
set them. When none is set it says so in one line, with the same button."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from app.domain.my_limits import used_fraction
from app.i18n import formatting as fmt
from app.services.alert_texts import alert_message
from app.services.my_limits import LimitsStatus
from app.ui.messages import message
from app.ui.widgets.explain import ExplainButton


class MyLimitsPanel(QFrame):
    """Shows a ``LimitsStatus`` and the budgets by category (``show_status``); ``rows`` is the text of each shown
    line, in order, and ``budget_rows`` of each budget (tests read them). Emits ``edit_requested`` when "Set my
    limits…" is pressed."""

    edit_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("myLimitsPanel")
        self.status: LimitsStatus | None = None
        self.budgets: tuple = ()
        self.rows: list[str] = []
        self.budget_rows: list[str] = []
        self.bars: list[QProgressBar] = []
        self.budget_grid = QGridLayout()
        self.budget_grid.setColumnStretch(1, 1)
        self._budget_widgets: list[QWidget] = []
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
        layout.addLayout(self.budget_grid)
        self._render()

    def show_status(self, status: LimitsStatus, budgets: tuple = ()) -> None:
        """Show where I stand against my limits on ``status.as_of`` and each budget's progress (``BudgetProgress``,
        ``services.budgets.budget_progress``)."""
        self.status, self.budgets = status, tuple(budgets)
        self._render()

    def _render_budgets(self) -> None:
        from app.ui.texts import categories

        for w in self._budget_widgets:
            self.budget_grid.removeWidget(w)
            shiboken6.delete(w)
        self._budget_widgets, self.bars, self.budget_rows = [], [], []
        for i, b in enumerate(self.budgets):
            text = (self.tr("%1: %2 of %3 this month, %4 over") if b.over else self.tr("%1: %2 of %3 this month"))
            text = (text.replace("%1", categories.name(b.category)).replace("%2", fmt.money(b.spent_fen))
                    .replace("%3", fmt.money(b.cap_fen)).replace("%4", fmt.money(-b.left_fen)))
            label = QLabel(text)
            if b.over:
                label.setProperty("role", "danger")
            bar = QProgressBar()
            bar.setRange(0, 1000)
            bar.setValue(min(1000, int(b.used * 1000)) if b.used is not None else 1000)
            bar.setFormat(fmt.percent(b.used) if b.used is not None else "—")
            bar.setAccessibleName(text)
            self.budget_grid.addWidget(label, i, 0)
            self.budget_grid.addWidget(bar, i, 1)
            label.show()
            bar.show()
            self._budget_widgets += [label, bar]
            self.bars.append(bar)
            self.budget_rows.append(text)

    def _render(self) -> None:
        self.title.setText(self.tr("My limits"))
        self.edit_button.setText(self.tr("Set my limits…"))
        st = self.status
        rows: list[str] = []
        over: list[str] = []
        self._render_budgets()
        if st is None or (not st.limits.any and not self.budgets):
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



class AlertsPanel(QFrame):
    """The overview's alerts (``services.alerts``), one row each with a "?" giving its rule and source; hidden
    when there is none. ``texts`` holds the shown texts in order and ``explain_buttons`` their "?" (tests read
    them). The 18-month persistent-debt
    flag has its own banner on the overview, so here persistent debt shows from its 27-month stage on."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("alertsPanel")
        self.alerts: list = []
        self.texts: list[str] = []
        self.title = QLabel()
        self.title.setProperty("role", "heading")
        self.rows = QVBoxLayout()
        self.rows.setSpacing(4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(self.rows)
        self._row_widgets: list[QWidget] = []
        self.hide()

    def show_alerts(self, alerts: list) -> None:
        """Show ``alerts`` (``domain.alerts.Alert``), in their order."""
        from app.domain.alerts import AlertKind

        self.alerts = [a for a in alerts if not (a.kind is AlertKind.PERSISTENT_DEBT and a.figures["stage"] < 27)]
        self._render()

    def _render(self) -> None:
        from app.domain.alerts import AlertKind

        for w in self._row_widgets:  # deleted now: no stale text stays (masking), no top-level window is made
            self.rows.removeWidget(w)
            shiboken6.delete(w)
        self._row_widgets = []
        self.explain_buttons: list[ExplainButton] = []
        self.title.setText(self.tr("Alerts"))
        self.texts = [self.alert_text(a) for a in self.alerts]
        for alert, text in zip(self.alerts, self.texts, strict=True):
            row = QWidget()
            h = QHBoxLayout(row)
            h.setContentsMargins(0, 0, 0, 0)
            label = QLabel(text)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            if alert.kind is not AlertKind.DEBT_FREE_DATE:
                label.setProperty("role", "danger")
            h.addWidget(label, 1)
            button = ExplainButton(f"alert_{alert.kind.value}")
            self.explain_buttons.append(button)
            h.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            self.rows.addWidget(row)
            row.show()  # a widget added to a shown panel stays hidden until the event loop runs otherwise
            self._row_widgets.append(row)
        self.setVisible(bool(self.alerts))

    def alert_text(self, a) -> str:
        """The alert in the active language."""
        return message(alert_message(a))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._render()
        super().changeEvent(event)
