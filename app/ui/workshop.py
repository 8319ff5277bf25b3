"""Workshop mode in the window: open a classroom story in its own ledger and move the session clock through it.

The story is written once into ``<data dir>/workshops/<id>.db`` (``app.workshop.build``); time travel only moves
the session's clock, so every view and chart shows the ledger as of that day: bills issued, interest posted,
statuses changed. Stepping back is setting the clock back. The clock is stored with the story, so it survives a
restart. The user's own ledger is never opened for writing while a story runs.
"""

from __future__ import annotations

import hashlib
from datetime import date, timedelta
from pathlib import Path

from dateutil.relativedelta import relativedelta
from PySide6.QtCore import QObject, QPointF, QRectF, QSize, Qt, Signal
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

from app import config
from app.i18n import formatting as fmt
from app.services.settings import WORKSHOP_CLOCK
from app.ui import theme
from app.ui.session import ALL_CHANGED, Session
from app.workshop import library
from app.workshop.build import build_scenario
from app.workshop.scenario import Moment, Scenario

CLOCK_KEY = WORKSHOP_CLOCK
#: The hash of the scenario text the ledger was built from: an edited file is rebuilt when opened.
SOURCE_KEY = "workshop_source"


def source_hash(path: Path) -> str:
    """SHA-256 of the scenario file's bytes (hex)."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


class WorkshopController(QObject):
    """The story that runs in the session and where its clock stands.

    Emits ``moved`` after every step (the views refresh through ``session.changed``) and ``ended`` when the
    story is left.
    """

    moved = Signal()
    ended = Signal()

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.scenario: Scenario | None = None
        self.path: Path | None = None
        self.day: date | None = None
        self.previous_day: date | None = None  # where the last step started
        self._history: list[date] = []  # days the clock left, for "step back"
        self._wall_clock = session.today

    # -- opening and leaving ------------------------------------------------------------------------------------
    def open(self, path: Path, *, reset: bool = False) -> None:
        """Open the story in ``path`` in its own ledger (built when new or ``reset``), at its remembered day or
        its first moment.

        Raises:
            ScenarioError: the file is not a valid story. DatabaseError: its ledger cannot be opened.
        """
        scenario = library.load_file(path)
        digest = source_hash(path)
        db_path = config.workshop_db_path(scenario.id)
        config.private_dir(db_path.parent)
        if reset and self.session.db_path != db_path:
            for suffix in ("", "-wal", "-shm", "-journal"):
                Path(f"{db_path}{suffix}").unlink(missing_ok=True)

        def prepare(store) -> None:
            if reset or store.settings.get(SOURCE_KEY) != digest:
                build_scenario(store, scenario)
                with store.atomic():
                    store.settings.set(CLOCK_KEY, None)
                    store.settings.set(SOURCE_KEY, digest)

        if self.scenario is None:
            self._wall_clock = self.session.today
        if reset and self.session.db_path == db_path:  # already open: start its file afresh, as a first build
            self.session.recreate(prepare)
        else:
            self.session.switch_database(db_path, demo=False, prepare=prepare)
        self.scenario, self.path = scenario, path
        self._history.clear()
        stored = self.session.settings.workshop_clock()
        first = scenario.moments[0].on if scenario.moments else scenario.start
        self._set(stored if stored and not reset else first)

    def reset(self) -> None:
        """Rebuild the story from its file and go back to its first moment.

        Raises:
            ScenarioError, DatabaseError: as ``open``."""
        if self.path is not None:
            self.open(self.path, reset=True)

    def leave(self, user_db: Path) -> None:
        """Back to the user's own ledger and the real clock."""
        self.scenario, self.path, self.day = None, None, None
        self._history.clear()
        self.session.today = self._wall_clock
        self.session.switch_database(user_db, demo=False)
        self.ended.emit()

    @property
    def active(self) -> bool:
        """Whether a story runs."""
        return self.scenario is not None

    # -- moving the clock -----------------------------------------------------------------------------------------
    def _set(self, day: date, remember: bool = False) -> None:
        assert self.scenario is not None
        day = min(max(day, self.scenario.start), self.scenario.end)
        if remember and self.day is not None and day != self.day:
            self._history.append(self.day)
        self.previous_day = self.day
        self.day = day
        self.session.today = lambda: day
        self.session.settings.set_workshop_clock(day)
        self.session.changed.emit(ALL_CHANGED)
        self.moved.emit()

    def step(self, days: int = 0, months: int = 0) -> None:
        """Move the clock by ``days`` and ``months`` (negative: back)."""
        if self.day is not None:
            self._set(self.day + timedelta(days=days) + relativedelta(months=months), remember=True)

    def go_to(self, day: date) -> None:
        """Move the clock to ``day`` (kept within the story)."""
        if self.scenario is not None:
            self._set(day, remember=True)

    def step_back(self) -> None:
        """Undo the last step: the clock goes back to where it was before it (or to the previous moment when
        there is no step to undo, e.g. after a restart)."""
        if self._history:
            self._set(self._history.pop())
        else:
            self.previous_moment()

    def next_moment(self) -> None:
        """Jump to the next moment of the story (or its end)."""
        if self.scenario is None or self.day is None:
            return
        later = [m.on for m in self.scenario.moments if m.on > self.day]
        self._set(later[0] if later else self.scenario.end, remember=True)

    def previous_moment(self) -> None:
        """Jump back to the previous moment (or the start)."""
        if self.scenario is None or self.day is None:
            return
        earlier = [m.on for m in self.scenario.moments if m.on < self.day]
        self._set(earlier[-1] if earlier else self.scenario.start, remember=True)

    def moment(self) -> Moment | None:
        """The moment the clock is on, if any."""
        if self.scenario is None:
            return None
        return next((m for m in self.scenario.moments if m.on == self.day), None)

    def events_just_happened(self) -> list:
        """The life events the last step went over (after the day it started, up to the day it reached), or
        that happen on the day the clock is on; none after a step back."""
        if self.scenario is None or self.day is None:
            return []
        start = self.previous_day if self.previous_day is not None and self.previous_day < self.day else None
        return [e for e in self.scenario.events if e.on == self.day or (start is not None and start < e.on <= self.day)]

    def moment_number(self) -> tuple[int, int]:
        """``(how many moments are reached, how many there are)``."""
        if self.scenario is None or self.day is None:
            return 0, 0
        return sum(1 for m in self.scenario.moments if m.on <= self.day), len(self.scenario.moments)


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
        painter.setPen(QPen(QColor(t.accent), max(3.0, h / 5)))
        painter.drawLine(QPointF(self.x_of(s.start), y), QPointF(self.x_of(day), y))
        for event_ in s.events:  # life events: small diamonds under the line
            x = self.x_of(event_.on)
            path = QPainterPath()
            path.moveTo(x, y - radius * 0.8)
            path.lineTo(x + radius * 0.8, y)
            path.lineTo(x, y + radius * 0.8)
            path.lineTo(x - radius * 0.8, y)
            path.closeSubpath()
            painter.fillPath(path, QColor(t.warning))
        for number, moment in enumerate(s.moments, 1):
            x = self.x_of(moment.on)
            reached = moment.on <= day
            painter.setPen(QPen(QColor(t.accent), 2))
            painter.setBrush(QColor(t.accent) if reached else QColor(t.surface))
            painter.drawEllipse(QPointF(x, y), radius, radius)
            painter.setPen(QColor("#ffffff") if reached else QColor(t.accent))
            painter.drawText(QRectF(x - radius, y - radius, 2 * radius, 2 * radius), Qt.AlignmentFlag.AlignCenter,
                             str(number))
        x = self.x_of(day)  # the clock: a triangle under the line and the date
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
        nearest = min(s.moments, key=lambda m: abs(self.x_of(m.on) - x))
        if abs(self.x_of(nearest.on) - x) <= self.fontMetrics().height():
            self.controller.go_to(nearest.on)


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
        row = QHBoxLayout()
        for key in ("back", "day", "week", "month"):
            row.addWidget(self.buttons[key])
        row.addStretch(1)
        for key in ("reveal", "next"):
            row.addWidget(self.buttons[key])
        row.addWidget(self.more)
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
        layout.addLayout(row)
        keys = [((Qt.Key.Key_PageDown, Qt.Key.Key_Space), self.advance),
                ((Qt.Key.Key_PageUp, Qt.Key.Key_B), controller.step_back)]
        keys += [((getattr(Qt.Key, f"Key_{n}"),), lambda n=n: self.pick(n)) for n in range(1, 7)]
        self.shortcuts: list[QShortcut] = []
        for sequence, slot in keys:
            for key in sequence:
                shortcut = QShortcut(QKeySequence(key), self)
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
