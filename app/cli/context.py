"""What a CLI command runs against: the opened database and its services, created on first use."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path

from app import config
from app.storage.db import open_database
from app.storage.repositories import Store


class Context:
    """Lazily opened store and services for one CLI invocation."""

    def __init__(self, db_path: str | None, demo: bool = False) -> None:
        if db_path:
            self.db_path = Path(db_path).expanduser()
        else:
            self.db_path = config.demo_db_path() if demo else config.default_db_path()
        self._store: Store | None = None

    @property
    def store(self) -> Store:
        """The opened store (creating the default data folder when needed)."""
        if self._store is None:
            if self.db_path == config.default_db_path() or self.db_path == config.demo_db_path():
                self.db_path.parent.mkdir(parents=True, exist_ok=True)
            self._store = Store(open_database(self.db_path))
        return self._store

    @cached_property
    def ledger(self):
        from app.services.ledger import LedgerService

        return LedgerService(self.store)

    @cached_property
    def queries(self):
        from app.services.queries import QueryService

        return QueryService(self.store)

    @cached_property
    def settings(self):
        from app.services.settings import SettingsService

        return SettingsService(self.store)

    def close(self) -> None:
        """Close the database if it was opened."""
        if self._store is not None:
            self._store.close()
            self._store = None
