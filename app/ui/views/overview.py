"""The dashboard: totals, the next payment due, the debt-load bands, one card per credit line, and two charts.

Numbers are computed synchronously (each line's statements once, shared through the session's statements cache)
and painted first; the debt load (``services.debt_load``: utilization and debt-service bands, the persistent-debt
flag) is computed on the task runner. The charts are images (``app.ui.chart_images``): the pair kept from the
last start is shown at once when it still shows the same data, day, size, language and theme; else the charts'
data is computed on the task runner and the charts are drawn into images on a helper thread (matplotlib Agg,
imported there, each chart drawn once).
"""

from __future__ import annotations

from datetime import date
from functools import partial

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.i18n import formatting as fmt
from app.services import debt_load as debt_load_service
from app.services.changes import Changes
from app.services.overview import LineCard, Overview
from app.ui.chart_images import ChartImage, ChartKey
from app.ui.chart_menu import ChartMenu
from app.ui.session import Session
from app.ui.views.common import RefreshWhenShown, Retranslatable, muted
from app.ui.views.overview_cards import LineCardWidget, StatTile, fill_card
from app.ui.views.overview_charts import OverviewCharts
from app.ui.widgets.explain import ExplainButton

#: The charts' smallest size, logical pixels: two side by side still fit a 1024-pixel window, and the plot keeps
#: room between its title, rotated month labels and the legend under it.
CHART_MIN_WIDTH, CHART_MIN_HEIGHT = 340, 260


class OverviewView(OverviewCharts, RefreshWhenShown, Retranslatable, QWidget):
    """Dashboard of every active line. Emits ``numbers_painted`` after the first paint with numbers and
    ``charts_drawn`` when both charts are shown (kept images or new ones; the start-up benchmarks listen to them).

    ``rendered`` holds the two charts drawn last in this window (``charts.render.RenderedChart``: figure and
    image), ``None`` while the images shown came from the last start; ``chart_key`` what the images shown are."""

    numbers_painted = Signal()
    charts_drawn = Signal()
    dialog_requested = Signal(object)  # a dialog for the main window to open (my limits)
    _rendered = Signal(int, object)  # request, (key, charts) or the exception, from the charts' helper thread

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overviewView")
        self.session = session
        self.data: Overview | None = None
        self.load: debt_load_service.DebtLoad | None = None
        self.chart_data: tuple | None = None
        self._stale = True
        self._painted = False
        self.rendered: tuple | None = None
        self.chart_key: ChartKey | None = None
        self._chart_data_for: tuple[str, date] | None = None  # (revision, day) of ``chart_data``
        self._render_request = 0
        self._rendering: ChartKey | None = None  # the key being drawn on the helper thread

        self.title = QLabel()
        self.title.setProperty("role", "title")
        self.title.installEventFilter(self)
        self.as_of = muted()
        figures = {"utilization": "utilization", "ratio": "dsr"}
        self.stats = {k: StatTile(figures.get(k)) for k in ("owed", "available", "utilization", "next_due", "ratio")}
        self.stats_grid = QGridLayout()
        self.stats_grid.setSpacing(12)
        self._stat_columns = 0
        self._arrange_stats(len(self.stats))
        self.persistent = QLabel()
        self.persistent.setObjectName("persistentDebt")
        self.persistent.setProperty("role", "danger")
        self.persistent.setWordWrap(True)
        self.persistent_row = QWidget()
        persistent_layout = QHBoxLayout(self.persistent_row)
        persistent_layout.setContentsMargins(0, 0, 0, 0)
        persistent_layout.addWidget(self.persistent, 1)
        persistent_layout.addWidget(ExplainButton("persistent_debt"), 0, Qt.AlignmentFlag.AlignTop)
        self.persistent_row.hide()
        from app.ui.widgets.guardrails_panel import AlertsPanel, MyLimitsPanel

        self.alerts = AlertsPanel()
        self.my_limits = MyLimitsPanel()
        self.my_limits.edit_requested.connect(self._on_my_limits_edit_requested)
        self.cards_grid = QGridLayout()
        self.cards_grid.setSpacing(12)
        self.cards: list[LineCardWidget] = []
        self.chart_row = QHBoxLayout()
        self.chart_row.setSpacing(12)
        self.chart_images = [ChartImage(CHART_MIN_WIDTH, CHART_MIN_HEIGHT) for _ in range(2)]
        for image in self.chart_images:
            image.resized.connect(self._update_charts)
            self.chart_row.addWidget(image, 1)
        #: Copy, Save as PNG / SVG / PDF (right-click a chart).
        self.chart_menus = [
            ChartMenu(image, image.picture,
                      partial(self.save_chart, index), partial(self.chart_title, index))
            for index, image in enumerate(self.chart_images)]
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(14)
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addStretch(1)
        head.addWidget(self.as_of)
        layout.addLayout(head)
        layout.addLayout(self.stats_grid)
        layout.addWidget(self.persistent_row)
        layout.addWidget(self.alerts)
        layout.addWidget(self.my_limits)
        layout.addLayout(self.cards_grid)
        layout.addLayout(self.chart_row, 1)
        scroll = self.scroll_area = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        session.changed.connect(self._on_session_changed)
        self._rendered.connect(self._on_rendered, Qt.ConnectionType.QueuedConnection)
        self._size_settled = QTimer(self, singleShot=True, interval=250)
        self._size_settled.timeout.connect(self._on_size_settled)
        self.retranslate_ui()

    # -- refresh --------------------------------------------------------------------------------------------
    def _on_session_changed(self, changes: Changes) -> None:
        if changes.statements or changes.settings or changes.lines:
            self.invalidate()

    def refresh(self) -> None:
        """Recompute the numbers (now) and the charts (kept images, else in the background)."""
        self._stale = False
        self.data = self.session.services.overview(self.session.today())
        self._show_numbers()
        self._show_my_limits()
        self._request_load()
        self._update_charts()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.PaletteChange and self.data is not None and self.session.is_open:
            self._update_charts()  # light/dark or presentation mode switched: the charts in the new colours
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        # the title label paints with the numbers' first frame (the view itself is covered by its scroll area)
        if watched is self.title and event.type() == QEvent.Type.Paint and not self._painted and self.data:
            self._painted = True
            QTimer.singleShot(0, self._on_first_paint_done)
        return super().eventFilter(watched, event)

    def _on_first_paint_done(self) -> None:
        self.numbers_painted.emit()
        self._update_charts()  # laid out now: the charts' real size decides whether the kept images fit

    # -- numbers --------------------------------------------------------------------------------------------
    def _arrange_stats(self, columns: int) -> None:
        """Lay the five figures out in ``columns`` columns (five at a desk; fewer in large type on a projector,
        so none is cut off)."""
        if columns == self._stat_columns:
            return
        self._stat_columns = columns
        for stat in self.stats.values():
            self.stats_grid.removeWidget(stat)
        for column in range(5):
            self.stats_grid.setColumnStretch(column, 1 if column < columns else 0)
        for index, stat in enumerate(self.stats.values()):
            self.stats_grid.addWidget(stat, index // columns, index % columns)

    def _fit_stats(self) -> None:
        room = self.scroll_area.viewport().width() - 40  # the content's margins
        needed = [stat.minimumSizeHint().width() for stat in self.stats.values()]
        for columns in (5, 3, 2):
            widest = sorted(needed, reverse=True)[:columns]
            if sum(widest) + 12 * (columns - 1) <= room or columns == 2:
                self._arrange_stats(columns)
                return

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit_stats()

    def _show_numbers(self) -> None:
        d = self.data
        if d is None:
            return
        self.as_of.setText(self.tr("As of %1").replace("%1", fmt.day(d.as_of)))
        self.stats["owed"].value.setText(fmt.amounts(d.outstanding))
        # principal and posted interest now; beside it what the bills and plans will still ask, fees included
        self.stats["owed"].detail.setText(self.tr("%1 to repay in all, installment fees included")
                                          .replace("%1", fmt.amounts(d.to_repay)))
        self.stats["owed"].detail.setToolTip(self.tr(
                "To repay: what is owed plus the installment fees later bills will charge and the interest a carried "
                "balance accrues until its next bill. It is more than the total owed, not a different debt."))
        self.stats["owed"].value.setToolTip(self.tr("Principal still owed plus interest and fees already on a bill; "
                                                    "total credit limit %1").replace("%1", fmt.amounts(d.limit)))
        self.stats["available"].value.setText(fmt.amounts(d.available))
        lines = len(d.cards)
        self.stats["available"].detail.setText(self.tr("across %n credit line(s)", "", lines).replace("%n", str(lines)))
        self.stats["utilization"].value.setText(fmt.per_currency([(code, fmt.percent(u)) for code, u in d.utilizations]))
        self._show_next_due(d)
        self._show_cards(d.cards)
        self._show_load()
        self._fit_stats()

    # -- debt load: bands and the persistent-debt flag -----------------------------------------------------
    def _request_load(self) -> None:
        today = self.session.today()
        self.session.submit(lambda store: debt_load_service.debt_load(store, today), self._on_load_ready,
                            self._on_load_failed, key="debt-load", owner=self)  # the last refresh counts

    def _on_load_ready(self, load: debt_load_service.DebtLoad) -> None:
        self.load = load
        self._show_load()

    def _on_load_failed(self, exc: Exception) -> None:
        self.stats["ratio"].detail.setText(self.tr("The debt load could not be computed: %1").replace("%1", str(exc)))

    def _show_my_limits(self) -> None:

        services, today = self.session.services, self.session.today()
        self.alerts.show_alerts(services.alerts(today))
        self.my_limits.show_status(services.my_limits.status(today), services.budget_progress(today))

    def _on_my_limits_edit_requested(self) -> None:
        from app.ui.dialogs.my_limits_dialog import MyLimitsDialog

        self.dialog_requested.emit(MyLimitsDialog(self.session, parent=self.window()))

    def _show_load(self) -> None:
        load = self.load
        util, ratio = self.stats["utilization"], self.stats["ratio"]
        for stat in (util, ratio):
            stat.band.setVisible(load is not None)
        if load is None:
            return
        util.band.set_band(load.utilization_band)
        cut = fmt.percent(load.thresholds.utilization.orange, decimals=0)
        util.detail.setText((self.tr("Your own bands: caution from %1") if "utilization" in load.thresholds.customized
                             else self.tr("Keep it under %1 (FICO guidance)")).replace("%1", cut))
        if load.dsr is None or load.income_fen is None:
            ratio.value.setText("—")
            ratio.band.set_band(None)
            ratio.detail.setText(self.tr("Set your monthly income in Settings to see it."))
        else:
            ratio.value.setText(fmt.percent(load.dsr))
            ratio.band.set_band(load.dsr_band)
            main = load.main_currency
            detail = (self.tr("Busiest month, %1: %2 due ÷ %3 income")
                      .replace("%1", fmt.month(load.peak_month) if load.peak_month else "—")
                      .replace("%2", fmt.money(load.peak_due_fen, main)).replace("%3", fmt.money(load.income_fen, main)))
            if load.other_currencies:  # the income is in the main currency: other currencies' bills are not in it
                detail += "\n" + self.tr("Only the lines in %1 count; repayments in %2 are left out").replace(
                    "%1", main).replace("%2", fmt.names(list(load.other_currencies)))
            ratio.detail.setText(detail)
        self.persistent_row.setVisible(load.persistent_debt)
        self.persistent.setText(self.tr("⚠ Persistent debt on %1: over the last 18 months you paid more in interest "
                                        "and fees than you paid off.").replace("%1", fmt.names(load.persistent_lines)))

    def _show_next_due(self, d: Overview) -> None:
        """Everything overdue (in red, with the interest unpaid so far), then the next payment that is not overdue."""
        stat = self.stats["next_due"]
        up = d.upcoming
        if not d.overdue and up is None:
            stat.value.setText("—")
            stat.detail.setText(self.tr("Nothing to repay"))
            stat.set_danger(False)
            return
        texts = []
        if d.overdue:
            stat.value.setText(fmt.amounts(d.overdue.nonzero()))
            since = d.overdue_since or d.as_of
            days = (d.as_of - since).days
            fees = d.overdue_late_fees
            if fees is not None:  # every overdue line pays in 4: late fees, never interest
                text = self.tr("Overdue on %1 since %2 (%n day(s)), late fees %3", "", days).replace(
                        "%3", fmt.amounts(fees.nonzero()))
            else:
                text = self.tr("Overdue on %1 since %2 (%n day(s)), interest so far %3", "", days)
            texts.append(text.replace("%n", str(days)).replace("%1", fmt.names(list(d.overdue_lines)))
                         .replace("%2", fmt.day(since)).replace("%3", fmt.amounts(d.overdue_penalty.nonzero())))
            if up is not None:
                texts.append(self._upcoming_text(up, d, then=True))
        elif up is not None:
            stat.value.setText(fmt.amounts(up.amounts))
            texts.append(self._upcoming_text(up, d, then=False))
        stat.set_danger(bool(d.overdue))
        stat.detail.setText("\n".join(texts))

    def _upcoming_text(self, up, d: Overview, then: bool) -> str:
        """``花呗: due Apr 10, 2026, in 21 days`` (``Next: ¥2,162.72 … `` after an overdue amount)."""
        days = up.days_left(d.as_of)
        if days < 0:
            text = self.tr("%1: minimum paid by %2, the rest accrues interest (%3 so far)")
            text = text.replace("%3", fmt.amounts(up.penalties))
        elif days == 0:
            text = self.tr("%1: due today (%2)")
        else:
            text = self.tr("%1: due %2, in %n day(s)", "", days).replace("%n", str(days))
        text = text.replace("%1", fmt.names(list(up.lines))).replace("%2", fmt.day(up.due_date))
        if then:
            text = self.tr("Next: %1 · %2").replace("%2", text).replace("%1", fmt.amounts(up.amounts))
        return text

    def _show_cards(self, cards: list[LineCard]) -> None:
        while len(self.cards) < len(cards):
            widget = LineCardWidget()
            self.cards.append(widget)
        for i, widget in enumerate(self.cards):
            self.cards_grid.removeWidget(widget)
            widget.setVisible(i < len(cards))
        columns = 3 if len(cards) > 2 else max(1, len(cards))
        for i, card in enumerate(cards):
            widget = self.cards[i]
            self.cards_grid.addWidget(widget, i // columns, i % columns)
            fill_card(widget, card, self.session.today(), self._next_in)

    def _next_in(self, days: int) -> str:
        return self.tr("Next: %1 due %2, in %n day(s)", "", days).replace("%n", str(days))

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Overview"))
        captions = {"owed": self.tr("Total owed"), "available": self.tr("Available credit"),
                    "utilization": self.tr("Utilization"), "next_due": self.tr("Next payment due"),
                    "ratio": self.tr("Debt-service ratio")}
        for key, text in captions.items():
            self.stats[key].caption.setText(text)
            self.stats[key].value.setAccessibleName(text)
        self.chart_images[0].setAccessibleName(self.tr("Repayments due per month"))
        self.chart_images[1].setAccessibleName(self.tr("Debt load over time"))
        if self.data is not None:
            self._show_numbers()
            self._update_charts()

    def next_due_text(self) -> tuple[str, str]:
        """The next-payment amount and detail as shown (for tests and accessibility)."""
        stat = self.stats["next_due"]
        return stat.value.text(), stat.detail.text()
