"""The overview's two charts: shown from the images kept at the last start when they still show the same thing,
else their data computed on the task runner and drawn into images on the charts' helper thread (``chart_images``).

``OverviewCharts`` is a part of :class:`~app.ui.views.overview.OverviewView` (which holds the widgets, the
signals and the state named below); its texts keep the view's translation context.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any, cast

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QTimer

from app.i18n import formatting as fmt
from app.services.queries import QueryService
from app.services.reports import debt_load
from app.ui import chart_images, theme
from app.ui.chart_images import ChartImage, ChartKey

if TYPE_CHECKING:
    from app.services.overview import Overview
    from app.ui.session import Session


translate = QCoreApplication.translate


class OverviewCharts:
    """Keeping the overview's charts right: kept images, data on the task runner, drawing on the helper thread."""

    session: Session
    data: Overview | None
    chart_images: list[ChartImage]
    chart_key: ChartKey | None
    chart_data: tuple | None
    rendered: Any
    charts_drawn: Any  # the view's signals
    _rendered: Any
    _painted: bool
    _size_settled: QTimer
    _chart_data_for: tuple[str, date] | None
    _rendering: ChartKey | None
    _render_request: int

    def _chart_key(self) -> ChartKey | None:
        """What the charts would show now, at their present size; ``None`` before any change was ever written
        to the file (no revision to key images by: they are drawn every time, which is quick for so little)."""
        revision = self.session.services.data_revision()
        return self._key_for(revision, self.session.today()) if revision else None

    def _key_for(self, revision: str, day: date) -> ChartKey:
        """The key of charts of ``revision`` on ``day`` at the charts' present size, language and theme."""
        tokens, image = theme.current(), self.chart_images[0]
        return ChartKey(revision=revision, as_of=day.isoformat(), width=image.width(), height=image.height(),
                        ratio=round(image.devicePixelRatioF(), 3), language=fmt.active_locale(), theme=tokens.name,
                        scale=round(tokens.scale, 3), masked=fmt.masked())

    def _laid_out(self) -> bool:
        return self._painted and self.chart_images[0].isVisible()

    def _update_charts(self) -> None:
        """Show the right charts: the kept images when they show the same thing (at once, no matplotlib), else
        draw them again in the background once the view is laid out (their data first, when not at hand)."""
        if self.data is None or not self.session.is_open:
            return
        for image in self.chart_images:
            image.set_scale(theme.current().scale)
        key = self._chart_key()
        if key is not None and key == self.chart_key:
            return  # on screen already
        if key is not None and not key.same_picture(self.chart_key) and self._show_kept(key) \
                and key == self.chart_key:
            return
        if not self._laid_out():  # the charts' real size is known after the first paint, which comes back here
            if self.chart_key is None:
                for image in self.chart_images:
                    if image.pixmap is None:
                        image.show_text(translate("OverviewView", "Loading chart…"))
            return
        if key is not None and key.same_picture(self.chart_key) and not self._size_settled.isActive() \
                and self._size_settled.property("fired") is not True:
            self._size_settled.start()  # only the size differs: draw at the size the layout settles on
            return
        self._size_settled.setProperty("fired", False)
        wanted = (key.revision if key else "", self.session.today())
        if self.chart_data is not None and self._chart_data_for == wanted and wanted[0]:
            self._render()
        elif self._chart_request_for != wanted:
            self._request_chart_data(wanted)

    def _on_size_settled(self) -> None:
        self._size_settled.setProperty("fired", True)
        self._update_charts()

    def _show_kept(self, key: ChartKey) -> bool:
        """Show the images kept from the last start when they show what ``key`` asks for (at any size)."""
        kept = chart_images.load(self.session.db_path)
        if kept is None or not key.same_picture(kept[0]):
            return False
        if not all(image.show_png(png) for image, png in zip(self.chart_images, kept[1], strict=True)):
            return False
        self.chart_key = kept[0]
        self.charts_drawn.emit()
        return True

    _chart_request_for: tuple | None = None

    def _request_chart_data(self, wanted: tuple) -> None:
        """Compute the charts' data for ``wanted`` = (data revision, day) on the task runner, then draw."""
        self._chart_request_for = wanted
        today = wanted[1]

        def compute(store):
            series = debt_load(store, today)  # the main currency's lines: one money axis
            return QueryService(store).monthly_due(today).in_currency(series.currency), series

        self.session.submit(compute, lambda result: self._on_chart_data_ready(wanted, result),
                            self._on_chart_data_failed, key="chart-data", owner=cast(QObject, self))  # the last counts

    def _on_chart_data_ready(self, wanted: tuple, result: tuple) -> None:
        self._chart_request_for = None
        self.chart_data, self._chart_data_for = result, wanted
        if wanted[0]:
            self._update_charts()  # draws, unless the kept images turned out right meanwhile (size settled)
        else:
            self._render()

    def _on_chart_data_failed(self, exc: Exception) -> None:
        self._chart_request_for = None
        for image in self.chart_images:
            image.show_text(translate("OverviewView", "The chart could not be drawn: %1").replace("%1", str(exc)))

    def _render(self) -> None:
        """Draw both charts into images on the charts' helper thread at their present size, then show them and
        keep them under the revision and day of their data (``_on_rendered``)."""
        if self.chart_data is None or self.data is None or self._chart_data_for is None:
            return
        tokens = theme.current()
        key = self._key_for(*self._chart_data_for)
        if key == self._rendering:
            return
        self._rendering = key
        self._render_request += 1
        request, db_path = self._render_request, self.session.db_path
        monthly, debt = self.chart_data
        income = self.data.income_fen
        monthly_labels, debt_labels = self._monthly_labels(), self._debt_labels()
        sizes = [(image.width(), image.height()) for image in self.chart_images]

        def work():
            from app.ui.charts import debt_load_chart, monthly_due_chart, render

            charts = (
                render.render(lambda canvas: monthly_due_chart.draw(canvas, monthly, income, monthly_labels, tokens,
                                                                    fmt.month, fmt.money_whole),
                              *sizes[0], key.ratio, tokens),
                render.render(lambda canvas: debt_load_chart.draw(canvas, debt, debt_labels, tokens, fmt.month,
                                                                  fmt.money_whole),
                              *sizes[1], key.ratio, tokens),
            )
            if key.revision:
                chart_images.save(db_path, key, [chart.png for chart in charts])
            return key, charts

        def done(future) -> None:  # on the helper thread: the view may be gone by now
            if shiboken6.isValid(self):
                exc = future.exception()
                self._rendered.emit(request, exc if exc is not None else future.result())

        chart_images.in_background(work).add_done_callback(done)

    def _on_rendered(self, request: int, outcome) -> None:
        if request != self._render_request or not self.session.is_open:
            return
        self._rendering = None
        if isinstance(outcome, Exception):
            for image in self.chart_images:
                image.show_text(translate("OverviewView", "The chart could not be drawn: %1")
                                .replace("%1", str(outcome)))
            return
        key, charts = outcome
        for image, chart in zip(self.chart_images, charts, strict=True):
            image.show_rgba(chart.rgba, chart.width, chart.height, key.ratio)
        self.rendered, self.chart_key = charts, (key if key.revision else None)
        self.charts_drawn.emit()
        if key.revision and key != self._chart_key():
            self._update_charts()  # the data, size or looks changed while drawing

    def chart_title(self, index: int) -> str:
        """The title of chart ``index`` (0: repayments per month, 1: debt load) in the active language."""
        return self._monthly_labels().title if index == 0 else self._debt_labels().title

    def save_chart(self, index: int, kind: str, path, done) -> None:
        """Write chart ``index`` as ``kind`` (``png``, ``svg``, ``pdf``) to ``path``, drawn again with matplotlib at
        the size it has on screen, in the theme, language and masking shown, from the data as of today; the data
        and the drawing run on the task runner. ``done(None)`` or ``done(exception)`` follows on the GUI thread."""
        tokens, today, image = theme.current(), self.session.today(), self.chart_images[index]
        width, height = image.width(), image.height()
        income = self.data.income_fen if self.data is not None else None
        monthly_labels, debt_labels = self._monthly_labels(), self._debt_labels()

        def task(store):
            from app.ui.charts import debt_load_chart, monthly_due_chart
            from app.ui.charts.export import save_chart

            if index == 0:
                queries = QueryService(store)
                data = queries.monthly_due(today).in_currency(queries.main_currency())
                paint = lambda canvas: monthly_due_chart.draw(canvas, data, income, monthly_labels,  # noqa: E731
                                                              tokens, fmt.month, fmt.money_whole)
            else:
                data = debt_load(store, today)
                paint = lambda canvas: debt_load_chart.draw(canvas, data, debt_labels, tokens,  # noqa: E731
                                                            fmt.month, fmt.money_whole)
            return save_chart(paint, path, kind, width, height, tokens)

        tasks = self.session.tasks
        if tasks is None:
            done(RuntimeError("the ledger is closed"))
            return
        tasks.submit(task, lambda _path: done(None), done)

    def _monthly_labels(self):
        from app.ui.charts.labels import MonthlyDueLabels

        return MonthlyDueLabels(title=translate("OverviewView", "Repayments due per month"),
                                y_axis=translate("OverviewView", "Amount due (¥)"),
                                income=translate("OverviewView", "Monthly income"),
                                empty=translate("OverviewView", "Nothing due in the next 12 months"),
                                only=translate("OverviewView", "lines in %1 only"))

    def _debt_labels(self):
        from app.ui.charts.labels import DebtLoadLabels

        return DebtLoadLabels(title=translate("OverviewView", "Debt load over time"),
                              y_axis=translate("OverviewView", "Amount (¥)"),
                              outstanding=translate("OverviewView", "Owed"),
                              projected=translate("OverviewView", "Owed (projected, bills paid on time)"),
                              limit=translate("OverviewView", "Total credit limit"),
                              today=translate("OverviewView", "Today"),
                              only=translate("OverviewView", "lines in %1 only"))
