"""The session: the open database, its services, the background task runner and the one change broadcast.

Views get the session through their constructor. A user action goes through ``Session.apply``: it calls one
service method and broadcasts the ``Changes`` it returns on ``changed``, so every view refreshes what it must.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from app.services.changes import Changes
from app.services.ledger import LedgerService
from app.services.listing import PurchaseListing
from app.services.queries import QueryService
from app.services.settings import SettingsService
from app.storage.db import open_database
from app.storage.repositories import Store
from app.ui.tasks import TaskRunner

ALL_CHANGED = Changes(lines=True, postings=True, repayments=True, settings=True)


class Session(QObject):
    """Services over one database file plus the change broadcast.

    Attributes:
        db_path: the open database file. demo: whether it is the demo database.
        today: callable giving "today" (tests and screenshots pin it).
    """

    changed = Signal(object)  # Changes
    database_switched = Signal(bool)  # demo?

    def __init__(self, db_path: Path, *, demo: bool = False, today: Callable[[], date] = date.today,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.today = today
        self.db_path = Path(db_path)
        self.demo = demo
        self._open(self.db_path)

    def _open(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.store = Store(open_database(path))
        self.ledger = LedgerService(self.store)
        self.queries = QueryService(self.store)
        self.settings = SettingsService(self.store)
        self.listing = PurchaseListing(self.store)
        self.tasks = TaskRunner(path, self)

    def apply(self, action: Callable[..., Changes], *args: object, **kwargs: object) -> Changes:
        """Run one service action and broadcast what it changed. Errors propagate and nothing is broadcast."""
        changes = action(*args, **kwargs)
        self.changed.emit(changes)
        return changes

    def switch_database(self, path: Path, *, demo: bool, prepare: Callable[[Store], object] | None = None) -> None:
        """Close the current database and open ``path`` (e.g. the demo); ``prepare(store)`` runs first on the new
        one (building the demo). Every view then refreshes everything."""
        self.close()
        self.db_path = Path(path)
        self.demo = demo
        self._open(self.db_path)
        if prepare is not None:
            prepare(self.store)
        self.database_switched.emit(demo)
        self.changed.emit(ALL_CHANGED)

    @property
    def is_open(self) -> bool:
        """Whether the database is still open (a closed window's views must not read it)."""
        return self.tasks is not None

    def has_lines(self) -> bool:
        """Whether the database holds any credit line (else the welcome page is shown)."""
        return bool(self.store.lines.all())

    def close(self) -> None:
        """Stop background work and close the database (again: does nothing)."""
        if self.tasks is None:
            return
        self.tasks.shutdown()
        self.tasks.deleteLater()
        self.store.close()
        self.tasks = None
