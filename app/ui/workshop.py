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
from typing import TYPE_CHECKING

from dateutil.relativedelta import relativedelta
from PySide6.QtCore import QObject, Signal

from app import config
from app.services.settings import WORKSHOP_CLOCK
from app.ui.session import ALL_CHANGED, Session

if TYPE_CHECKING:
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
        from app.workshop import library  # the workshop's modules load when a workshop opens, not at start-up

        scenario = library.load_file(path)
        digest = source_hash(path)
        db_path = config.workshop_db_path(scenario.id)
        config.private_dir(db_path.parent)
        if reset and self.session.db_path != db_path:
            for suffix in ("", "-wal", "-shm", "-journal"):
                Path(f"{db_path}{suffix}").unlink(missing_ok=True)

        def prepare(store) -> None:
            if reset or store.settings.get(SOURCE_KEY) != digest:
                from app.workshop.build import build_scenario

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
