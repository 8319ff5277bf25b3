"""Workshop mode in the window: open a classroom story in its own ledger and move the session clock through it.

The story is written once into ``<data dir>/workshops/<id>.db`` (``app.workshop.build``); time travel only moves
the session's clock, so every view and chart shows the ledger as of that day: bills issued, interest posted,
statuses changed. Stepping back is setting the clock back. The clock is stored with the story, so it survives a
restart. The user's own ledger is never opened for writing while a story runs.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from dateutil.relativedelta import relativedelta
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app import config
from app.i18n import formatting as fmt
from app.ui.session import ALL_CHANGED, Session
from app.workshop import library
from app.workshop.build import build_scenario
from app.workshop.scenario import Moment, Scenario

CLOCK_KEY = "workshop_clock"


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
        self.day: date | None = None
        self._wall_clock = session.today

    # -- opening and leaving ------------------------------------------------------------------------------------
    def open(self, path: Path, *, reset: bool = False) -> None:
        """Open the story in ``path`` in its own ledger (built when new or ``reset``), at its remembered day or
        its first moment.

        Raises:
            ScenarioError: the file is not a valid story. DatabaseError: its ledger cannot be opened.
        """
        scenario = library.load_file(path)
        db_path = config.workshop_db_path(scenario.id)
        config.private_dir(db_path.parent)
        if reset and self.session.db_path != db_path:
            for suffix in ("", "-wal", "-shm", "-journal"):
                Path(f"{db_path}{suffix}").unlink(missing_ok=True)

        def prepare(store) -> None:
            if reset or store.settings.get("workshop_scenario") != scenario.id:
                build_scenario(store, scenario)
                with store.atomic():
                    store.settings.set(CLOCK_KEY, None)

        if self.scenario is None:
            self._wall_clock = self.session.today
        self.session.switch_database(db_path, demo=False, prepare=prepare)
        if reset and self.session.db_path == db_path:  # already open: rebuild in place
            build_scenario(self.session.store, scenario)
        self.scenario = scenario
        stored = self.session.store.settings.get(CLOCK_KEY)
        first = scenario.moments[0].on if scenario.moments else scenario.start
        self._set(date.fromisoformat(stored) if stored and not reset else first)

    def leave(self, user_db: Path) -> None:
        """Back to the user's own ledger and the real clock."""
        self.scenario, self.day = None, None
        self.session.today = self._wall_clock
        self.session.switch_database(user_db, demo=False)
        self.ended.emit()

    @property
    def active(self) -> bool:
        """Whether a story runs."""
        return self.scenario is not None

    # -- moving the clock -----------------------------------------------------------------------------------------
    def _set(self, day: date) -> None:
        assert self.scenario is not None
        day = min(max(day, self.scenario.start), self.scenario.end)
        self.day = day
        self.session.today = lambda: day
        with self.session.store.atomic():
            self.session.store.settings.set(CLOCK_KEY, day.isoformat())
        self.session.changed.emit(ALL_CHANGED)
        self.moved.emit()

    def step(self, days: int = 0, months: int = 0) -> None:
        """Move the clock by ``days`` and ``months`` (negative: back)."""
        if self.day is not None:
            self._set(self.day + timedelta(days=days) + relativedelta(months=months))

    def next_moment(self) -> None:
        """Jump to the next moment of the story (or its end)."""
        if self.scenario is None or self.day is None:
            return
        later = [m.on for m in self.scenario.moments if m.on > self.day]
        self._set(later[0] if later else self.scenario.end)

    def previous_moment(self) -> None:
        """Jump back to the previous moment (or the start)."""
        if self.scenario is None or self.day is None:
            return
        earlier = [m.on for m in self.scenario.moments if m.on < self.day]
        self._set(earlier[-1] if earlier else self.scenario.start)

    def moment(self) -> Moment | None:
        """The moment the clock is on, if any."""
        if self.scenario is None:
            return None
        return next((m for m in self.scenario.moments if m.on == self.day), None)

    def moment_number(self) -> tuple[int, int]:
        """``(how many moments are reached, how many there are)``."""
        if self.scenario is None or self.day is None:
            return 0, 0
        return sum(1 for m in self.scenario.moments if m.on <= self.day), len(self.scenario.moments)


class WorkshopBar(QWidget):
    """The strip over the views while a story runs: where the class is, the question of the moment, and the steps.

    Keys (also from a presenter clicker): PageDown / Space next moment, PageUp / B previous moment."""

    leave_requested = Signal()

    def __init__(self, controller: WorkshopController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("workshopBar")
        self.title = QLabel()
        self.title.setProperty("role", "title")
        self.where = QLabel()
        self.question = QLabel()
        self.question.setWordWrap(True)
        self.question.setProperty("role", "big")
        self.point_at = QLabel()
        self.point_at.setWordWrap(True)
        self.point_at.setProperty("role", "muted")
        self.answer = QLabel()
        self.answer.setWordWrap(True)
        self.answer.hide()
        self.buttons = {k: QPushButton() for k in ("previous", "day", "week", "month", "next", "reveal", "reset",
                                                   "leave")}
        self.buttons["previous"].clicked.connect(controller.previous_moment)
        self.buttons["next"].clicked.connect(controller.next_moment)
        self.buttons["day"].clicked.connect(lambda: controller.step(days=1))
        self.buttons["week"].clicked.connect(lambda: controller.step(days=7))
        self.buttons["month"].clicked.connect(lambda: controller.step(months=1))
        self.buttons["reveal"].clicked.connect(lambda: self.answer.setVisible(not self.answer.isVisible()))
        self.buttons["reset"].clicked.connect(self._on_reset)
        self.buttons["leave"].clicked.connect(self.leave_requested)
        row = QHBoxLayout()
        for key in ("previous", "day", "week", "month", "next"):
            row.addWidget(self.buttons[key])
        row.addStretch(1)
        for key in ("reveal", "reset", "leave"):
            row.addWidget(self.buttons[key])
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addStretch(1)
        head.addWidget(self.where)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 0)
        layout.addLayout(head)
        layout.addWidget(self.question)
        layout.addWidget(self.point_at)
        layout.addWidget(self.answer)
        layout.addLayout(row)
        for keys, slot in (((Qt.Key.Key_PageDown, Qt.Key.Key_Space), controller.next_moment),
                           ((Qt.Key.Key_PageUp, Qt.Key.Key_B), controller.previous_moment)):
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self)
                shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
                shortcut.activated.connect(slot)
        controller.moved.connect(self.refresh)
        self.retranslate_ui()

    def _on_reset(self) -> None:
        if self.controller.scenario is not None:
            self.controller.open(library.find(self.controller.scenario.id), reset=True)

    def language(self) -> str:
        return "zh" if fmt.active_locale().startswith("zh") else "en"

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
        moment = c.moment()
        self.answer.hide()
        if moment is None:
            self.question.setText("")
            self.point_at.setText(self.tr("Step on to the next moment (PageDown)."))
            self.answer.setText("")
            self.buttons["reveal"].setEnabled(False)
        else:
            self.question.setText(moment.question.get(lang))
            self.point_at.setText(self.tr("Look at: %1").replace("%1", moment.point_at.get(lang)))
            self.answer.setText(moment.answer.get(lang))
            self.buttons["reveal"].setEnabled(True)

    def retranslate_ui(self) -> None:
        texts = {"previous": self.tr("◀ Previous moment"), "day": self.tr("+1 day"), "week": self.tr("+1 week"),
                 "month": self.tr("+1 month"), "next": self.tr("Next moment ▶"), "reveal": self.tr("Reveal the answer"),
                 "reset": self.tr("Reset the story"), "leave": self.tr("Leave the workshop")}
        for key, text in texts.items():
            self.buttons[key].setText(text)
        self.refresh()
