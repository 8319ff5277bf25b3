"""Workshop mode's bar over the views: the story's title, its timeline strip (moments as dots, today as a line),
the step buttons and the moment's question, answer and "look at" hints. The clock it moves is the
``WorkshopController``'s (``app.ui.workshop``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence, QPainter, QPainterPath, QPen, QShortcut
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.i18n import formatting as fmt
from app.ui import theme
from app.ui.widgets.flow_layout import FlowLayout, wrapping
from app.ui.workshop import WorkshopController


class TimelineStrip(QWidget):
    """The story from its start to its end: a dot per moment (numbered; filled once reached), a diamond per life
    event, and a marker at the clock. Clicking a moment's dot jumps there."""

    def __init__(self, controller: WorkshopController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("timelineStrip")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        controller.moved.connect(self.update)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(400, self.fontMetrics().height() * 3)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(120, self.fontMetrics().height() * 3)

    def x_of(self, day: date) -> float:
        """Horizontal position of ``day`` in widget pixels."""
        s = self.controller.scenario
        if s is None:
            return 0.0
        margin = self.fontMetrics().height()
        span = max(1, (s.end - s.start).days)
        return margin + (self.width() - 2 * margin) * (day - s.start).days / span

    def moment_xs(self) -> list[float]:
        """Each moment's dot position: at its date, but spread so that no dot hides another (a moment a day after
        the previous one is a pixel or two away on a story of months), and kept inside the strip."""
        s = self.controller.scenario
        if s is None:
            return []
        gap = self.fontMetrics().height() * 1.05  # a dot's width (0.9 line) and a little air
        xs = [self.x_of(m.on) for m in s.moments]
        for i in range(1, len(xs)):
            xs[i] = max(xs[i], xs[i - 1] + gap)
        if xs and xs[-1] > self.x_of(s.end):
            xs[-1] = self.x_of(s.end)
            for i in range(len(xs) - 2, -1, -1):
                xs[i] = min(xs[i], xs[i + 1] - gap)
        return xs

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        s, day = self.controller.scenario, self.controller.day
        if s is None or day is None:
            return
        t = theme.current()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        h = self.fontMetrics().height()
        y = h * 1.1
        radius = h * 0.45
        painter.setPen(QPen(QColor(t.border), max(2.0, h / 8)))
        painter.drawLine(QPointF(self.x_of(s.start), y), QPointF(self.x_of(s.end), y))
        xs = self.moment_xs()
        # the clock on a moment's day stands under that moment's dot, wherever the spreading put it
        now = next((x for m, x in zip(s.moments, xs, strict=True) if m.on == day), self.x_of(day))
        painter.setPen(QPen(QColor(t.accent), max(3.0, h / 5)))
        painter.drawLine(QPointF(self.x_of(s.start), y), QPointF(now, y))
        for event_ in s.events:  # life events: small diamonds under the line
            x = self.x_of(event_.on)
            path = QPainterPath()
            path.moveTo(x, y - radius * 0.8)
            path.lineTo(x + radius * 0.8, y)
            path.lineTo(x, y + radius * 0.8)
            path.lineTo(x - radius * 0.8, y)
            path.closeSubpath()
            painter.fillPath(path, QColor(t.warning))
        for number, (moment, x) in enumerate(zip(s.moments, xs, strict=True), 1):
            reached = moment.on <= day
            painter.setPen(QPen(QColor(t.accent), 2))
            painter.setBrush(QColor(t.accent) if reached else QColor(t.surface))
            painter.drawEllipse(QPointF(x, y), radius, radius)
            painter.setPen(QColor("#ffffff") if reached else QColor(t.accent))
            painter.drawText(QRectF(x - radius, y - radius, 2 * radius, 2 * radius), Qt.AlignmentFlag.AlignCenter,
                             str(number))
        x = now  # the clock: a triangle under the line
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(t.text))
        marker = QPainterPath()
        marker.moveTo(x, y + radius + 2)
        marker.lineTo(x + radius * 0.7, y + radius + 2 + radius)
        marker.lineTo(x - radius * 0.7, y + radius + 2 + radius)
        marker.closeSubpath()
        painter.drawPath(marker)
        painter.end()

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt override
        s = self.controller.scenario
        if s is None or not s.moments:
            return
        x = event.position().x()
        distance, nearest = min((abs(mx - x), m.on) for m, mx in zip(s.moments, self.moment_xs(), strict=True))
        if distance <= self.fontMetrics().height() / 2:
            self.controller.go_to(nearest)


class WorkshopBar(QWidget):
    """The strip over the views while a story runs: where the class is on the timeline, the question of the
    moment (with the room's choices), and the steps.

    Keys (also from a presenter clicker): PageDown / Space reveal the answer of the moment, then go on to the
    next one; PageUp / B step back; 1–6 pick a choice."""

    leave_requested = Signal()
    reset_failed = Signal(Exception)

    def __init__(self, controller: WorkshopController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.picked = 0  # the room's choice (1-based), 0 when none yet
        self.setObjectName("workshopBar")
        self.title = QLabel()
        self.title.setProperty("role", "title")
        self.where = QLabel()
        self.timeline = TimelineStrip(controller)
        self.question = QLabel()
        self.question.setWordWrap(True)
        self.question.setProperty("role", "question")
        self.choices = [QPushButton() for _ in range(6)]
        choice_grid = QGridLayout()  # two columns: a choice's text never makes the window wider than the screen
        for number, button in enumerate(self.choices, 1):
            button.clicked.connect(lambda _checked=False, n=number: self.pick(n))
            button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            choice_grid.addWidget(button, (number - 1) // 2, (number - 1) % 2)
        self.point_at = QLabel()
        self.point_at.setWordWrap(True)
        self.point_at.setProperty("role", "muted")
        self.event_label = QLabel()  # a life event the clock just went over: "lost the part-time job"
        self.event_label.setWordWrap(True)
        self.event_label.setProperty("role", "banner")
        self.event_label.hide()
        self.answer = QLabel()
        self.answer.setWordWrap(True)
        self.answer.setObjectName("workshopAnswer")
        self.answer.hide()
        self.buttons = {k: QPushButton() for k in ("back", "day", "week", "month", "reveal", "next")}
        self.buttons["next"].setObjectName("nextMoment")
        self.buttons["back"].clicked.connect(controller.step_back)
        self.buttons["next"].clicked.connect(controller.next_moment)
        self.buttons["day"].clicked.connect(lambda: controller.step(days=1))
        self.buttons["week"].clicked.connect(lambda: controller.step(days=7))
        self.buttons["month"].clicked.connect(lambda: controller.step(months=1))
        self.buttons["reveal"].clicked.connect(lambda: self.reveal(not self.answer.isVisible()))
        # the rarer commands sit in a menu, so the row fits a 1280-pixel projector in large type
        self.more = QToolButton()
        self.more.setObjectName("workshopMore")
        self.more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more_menu = QMenu(self.more)
        self.more.setMenu(self.more_menu)
        self.menu_actions = {k: QAction(self) for k in ("previous", "reset", "leave")}
        self.menu_actions["previous"].triggered.connect(controller.previous_moment)
        self.menu_actions["reset"].triggered.connect(self._on_reset)
        self.menu_actions["leave"].triggered.connect(self.leave_requested)
        for key in ("previous", "reset", "leave"):
            self.more_menu.addAction(self.menu_actions[key])
        self.more_menu.addSeparator()
        # the buttons wrap onto a second line rather than make the window wider than a 1024-pixel projector
        row_widget = QWidget()
        row = FlowLayout(row_widget)
        wrapping(row_widget)
        for key in ("back", "day", "week", "month"):
            row.addWidget(self.buttons[key])
        row.add_stretch()
        for key in ("reveal", "next"):
            row.addWidget(self.buttons[key])
        row.addWidget(self.more)
        # a long title or date wraps too
        self.title.setWordWrap(True)
        self.where.setWordWrap(True)
        head = QHBoxLayout()  # one row for title, timeline and date: height is scarce on a 720-line projector
        head.addWidget(self.title)
        head.addWidget(self.timeline, 1)
        head.addWidget(self.where)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 0)
        layout.addLayout(head)
        layout.addWidget(self.event_label)
        layout.addWidget(self.question)
        layout.addLayout(choice_grid)
        layout.addWidget(self.point_at)
        layout.addWidget(self.answer)
        layout.addWidget(row_widget)
        keys: list[tuple[tuple[Qt.Key, ...], Callable[[], object]]] = [
            ((Qt.Key.Key_PageDown, Qt.Key.Key_Space), self.advance),
            ((Qt.Key.Key_PageUp, Qt.Key.Key_B), controller.step_back)]
        keys += [((Qt.Key(Qt.Key.Key_1.value + n - 1),), partial(self.pick, n)) for n in range(1, 7)]
        self.shortcuts: list[QShortcut] = []
        for sequence, slot in keys:
            for qt_key in sequence:
                shortcut = QShortcut(QKeySequence(qt_key), self)
                shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
                shortcut.activated.connect(slot)
                self.shortcuts.append(shortcut)
        controller.moved.connect(self.refresh)
        self.retranslate_ui()

    def _on_reset(self) -> None:
        try:
            self.controller.reset()
        except Exception as exc:  # noqa: BLE001 - a file edited badly since: say so, keep the class going
            self.reset_failed.emit(exc)

    def language(self) -> str:
        return "zh" if fmt.active_locale().startswith("zh") else "en"

    # -- predict, then reveal -------------------------------------------------------------------------------
    def pick(self, number: int) -> None:
        """The room's answer: choice ``number`` (1-based) of the moment, marked until the answer is revealed."""
        moment = self.controller.moment()
        if moment is None or not 1 <= number <= len(moment.choices) or self.answer.isVisible():
            return
        self.picked = number
        self._mark_choices()

    def reveal(self, shown: bool = True) -> None:
        """Show (or hide again) the answer; with choices, the right one turns green and a wrong pick red."""
        if self.controller.moment() is None:
            return
        self.answer.setVisible(shown)
        self._mark_choices()

    def advance(self) -> None:
        """The clicker's "next": reveal the moment's answer first, then move on to the next moment."""
        if self.controller.moment() is not None and not self.answer.isVisible():
            self.reveal(True)
        else:
            self.controller.next_moment()

    def _mark_choices(self) -> None:
        moment = self.controller.moment()
        correct = moment.correct if moment else 0
        for number, button in enumerate(self.choices, 1):
            if self.answer.isVisible() and number == correct:
                state = "right"
            elif self.answer.isVisible() and number == self.picked:
                state = "wrong"
            else:
                state = "chosen" if number == self.picked else ""
            button.setProperty("pick", state)
            button.style().unpolish(button)
            button.style().polish(button)

    def refresh(self) -> None:
        """Show where the story stands."""
        c = self.controller
        if c.scenario is None or c.day is None:
            return
        lang = self.language()
        self.title.setText(c.scenario.title.get(lang))
        reached, total = c.moment_number()
        self.where.setText(self.tr("%1 · moment %2 of %3").replace("%1", fmt.day(c.day))
                           .replace("%2", str(reached)).replace("%3", str(total)))
        events = c.events_just_happened()
        self.event_label.setVisible(bool(events))
        self.event_label.setText("\n".join(self.tr("%1 · %2: %3").replace("%1", fmt.day(e.on))
                                     .replace("%2", e.title.get(lang)).replace("%3", e.text.get(lang))
                                     for e in events))
        moment = c.moment()
        self.answer.hide()
        self.picked = 0
        choices = moment.choices if moment else ()
        for number, button in enumerate(self.choices, 1):
            button.setVisible(number <= len(choices))
            if number <= len(choices):
                button.setText(f"{chr(64 + number)}  {choices[number - 1].get(lang)}")
                button.setToolTip(self.tr("The room picks %1 (key %2)").replace("%1", chr(64 + number))
                                  .replace("%2", str(number)))
        self._mark_choices()
        if moment is None:
            self.question.setText("")
            self.question.hide()
            self.point_at.setText(self.tr("Step on to the next moment (PageDown)."))
            self.answer.setText("")
            self.buttons["reveal"].setEnabled(False)
        else:
            self.question.show()
            self.question.setText(moment.question.get(lang))
            self.point_at.setText(self.tr("Look at: %1").replace("%1", moment.point_at.get(lang)))
            self.answer.setText(moment.answer.get(lang))
            self.buttons["reveal"].setEnabled(True)
        self.buttons["back"].setEnabled(c.day > c.scenario.start)
        self.timeline.update()

    def retranslate_ui(self) -> None:
        texts = {"back": self.tr("◀ Step back"), "day": self.tr("+1 day"), "week": self.tr("+1 week"),
                 "month": self.tr("+1 month"), "next": self.tr("Next moment ▶"), "reveal": self.tr("Reveal")}
        for key, text in texts.items():
            self.buttons[key].setText(text)
        self.menu_actions["previous"].setText(self.tr("Back to the previous moment"))
        self.menu_actions["reset"].setText(self.tr("Reset the story"))
        self.menu_actions["leave"].setText(self.tr("Leave the workshop"))
        self.more.setText(self.tr("More"))
        self.buttons["reveal"].setToolTip(self.tr("Show the answer of this moment"))
        self.buttons["back"].setToolTip(self.tr("Undo the last step (PageUp or B)"))
        self.buttons["next"].setToolTip(self.tr("PageDown or Space: reveal the answer, then go on"))
        self.timeline.setToolTip(self.tr("The story: numbered moments, life events as diamonds; click a moment "
                                         "to go there"))
        self.refresh()
