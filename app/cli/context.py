"""What a CLI command runs against: the opened database and its services, created on first use."""

from __future__ import annotations

import contextlib
import shlex
from collections.abc import Callable
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from app import config
from app.domain.errors import DebtLensError
from app.storage.db import open_database
from app.storage.repositories import Store

if TYPE_CHECKING:
    from app.services.ledger import LedgerService
    from app.services.queries import QueryService
    from app.services.services import Services
    from app.services.settings import SettingsService
    from app.storage.lock import WritersLock


class NoDatabaseError(DebtLensError):
    """A read-only command was given a ``--db`` file that does not exist (it is not created)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        quoted = shlex.quote(str(path))
        super().__init__(f"no DebtLens database at {path} (create one with `debtlens --db {quoted} line add …`)")


class Context:
    """Lazily opened store and services for one CLI invocation.

    Args:
        db_path: ``--db``; ``None`` for the default database (or the demo one with ``demo``).
        demo: use the demo database, built (as the GUI builds it) when it is missing or not from today.
        must_exist: refuse a database file that does not exist instead of creating it (read-only commands).
    """

    def __init__(self, db_path: str | None, demo: bool = False, must_exist: bool = False,
                 writes: bool = False) -> None:
        #: the file is in DebtLens's own data folder (no ``--db``): that folder is created, private, when needed
        self.in_data_dir = not db_path
        if db_path:
            self.db_path = Path(db_path).expanduser()
        else:
            self.db_path = config.demo_db_path() if demo else config.default_db_path()
        self.demo = demo and not db_path
        self.must_exist = must_exist
        self.writes = writes
        self.succeeded = False  # set by the CLI when the command finished without error
        #: the command's "today": the one clock every service is given (tests pin it)
        self.today: Callable[[], date] = date.today
        self._store: Store | None = None
        self._writers: WritersLock | None = None
        self._created = False

    def unlock(self) -> None:
        """Know the password of an encrypted ledger before a command works on the file without opening it
        (restore): from ``DEBTLENS_PASSWORD`` or a prompt. Does nothing for a plain ledger."""
        from app.cli.password import unlock

        unlock(self.db_path)

    def check_exists(self) -> None:
        """Raise ``NoDatabaseError`` when the file must exist and does not."""
        if self.must_exist and not self.db_path.exists():
            raise NoDatabaseError(self.db_path)

    @property
    def store(self) -> Store:
        """The opened store (creating the default data folder when needed; building the demo for ``--demo``)."""
        if self._store is None:
            self.check_exists()
            if self.in_data_dir:
                config.private_dir(self.db_path.parent)
            if self.writes:  # a restore must not swap the file while this command writes to it
                from app.storage.lock import WritersLock

                self._writers = WritersLock(self.db_path, exclusive=False)
            self._created = not self.db_path.exists()
            from app.cli.password import unlock

            unlock(self.db_path)  # an encrypted ledger: DEBTLENS_PASSWORD or a prompt (plain: nothing asked)
            # a command that only reads trusts a file unchanged since DebtLens last closed it cleanly (no quick
            # check: 0.3 s at 1,000,000 purchases); one that writes checks it first, always. The day's backup and its
            # full check wait for the first command (or window) that writes: reading changes nothing to back up.
            reads_only = not self.writes and not self.demo
            db = open_database(self.db_path, trust_clean_close=not self.writes, daily=not reads_only)
            if reads_only:  # SQLite refuses any write now, so the undo history needs no triggers (11 ms)
                db.conn.execute("PRAGMA query_only = ON")
            self._store = Store(db, history=not reads_only)
            if self.demo:
                from app.services.demo import build_demo, is_current

                if not is_current(self._store, self.today()):
                    build_demo(self._store, self.today())
        return self._store

    @cached_property
    def services(self) -> Services:
        """The one door to the data, with this command's clock (``app.services.services.Services``)."""
        from app.services.services import Services

        return Services(self.store, self.today, self.db_path)

    @property
    def ledger(self) -> LedgerService:
        """The ledger's user actions."""
        return self.services.ledger

    @property
    def queries(self) -> QueryService:
        """The read-side queries."""
        return self.services.queries

    @property
    def settings(self) -> SettingsService:
        """Data-level settings."""
        return self.services.settings

    def close(self) -> None:
        """Close the database if it was opened. A file this command created is removed again when the command
        failed (bad input on a new ``--db`` path leaves nothing behind)."""
        if self._store is not None:
            self._store.close()
            self._store = None
            self.__dict__.pop("services", None)  # made again over the next store opened
            if self._created and not self.succeeded:
                for suffix in ("", "-wal", "-shm", "-journal"):
                    with contextlib.suppress(OSError):
                        Path(f"{self.db_path}{suffix}").unlink()
            else:
                from app.storage.clean_close import record_clean_close

                record_clean_close(self.db_path)
        if self._writers is not None:
            self._writers.release()
            self._writers = None
