"""The ledger's connection, with sqlite-utils loaded only when it is needed.

Reading a ledger is plain SQL on the connection (``execute``, ``query``); sqlite-utils' table helpers insert and
update rows, and its ``Migrations`` change the schema. Importing sqlite-utils costs about 90 ms (it brings click,
pluggy and dateutil's parser), a third of a command's time at a million purchases and a sixth of the window's
start, so :class:`LedgerDatabase` answers queries itself and builds the sqlite-utils ``Database`` the first time a
helper is used (a write, a migration, a schema check of an older file).
"""

from __future__ import annotations

import sqlite3
import sys
import threading
from collections.abc import Iterator, Mapping, Sequence
from types import ModuleType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlite_utils import Database
    from sqlite_utils.db import Table

Params = Sequence[Any] | Mapping[str, Any] | None


class LedgerDatabase:
    """A ledger's ``sqlite3.Connection`` (``conn``, opened in autocommit mode: ``Store.atomic`` begins and ends
    every transaction) with the sqlite-utils ``Database`` over it built on first use (``utils``).

    ``execute`` and ``query`` behave as sqlite-utils' do on such a connection; any other attribute is the
    sqlite-utils ``Database``'s (``table``, ``table_names`` ...).

    Attributes:
        integrity_deferred: the file's integrity check was left for after the first paint (``open_database``).
        daily_deferred: and that check is the day's full one, with the day's backup after it (``daily_check``).
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.integrity_deferred = False
        self.daily_deferred = False
        self._utils: Database | None = None

    def execute(self, sql: str, parameters: Params = None) -> sqlite3.Cursor:
        """Run one statement; its cursor."""
        return self.conn.execute(sql) if parameters is None else self.conn.execute(sql, parameters)

    def query(self, sql: str, params: Params = None) -> Iterator[dict[str, Any]]:
        """The rows of ``sql`` as dicts (column name -> value), fetched as they are iterated."""
        cursor = self.execute(sql, params)
        keys = [d[0] for d in cursor.description or ()]
        for row in cursor:
            yield dict(zip(keys, row, strict=True))

    def close(self) -> None:
        """Close the connection."""
        self.conn.close()

    def table(self, name: str) -> Table:
        """sqlite-utils' helper for table ``name`` (insert, update ...)."""
        return self.utils.table(name)

    def __getitem__(self, name: str) -> Table:
        """``db["purchases"]``: sqlite-utils' helper for that table, as on its ``Database``."""
        return self.utils.table(name)

    @property
    def utils(self) -> Database:
        """The sqlite-utils ``Database`` over ``conn``, without its plugins (one installed elsewhere in the
        environment would run its own code on the ledger's connection)."""
        if self._utils is None:
            self._utils = load_sqlite_utils().Database(self.conn, execute_plugins=False)
        return self._utils

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.utils, name)


def load_sqlite_utils() -> ModuleType:
    """The ``sqlite_utils`` module, imported now. sqlite-utils imports numpy when it is installed, only to store
    numpy scalars (DebtLens never passes any), which costs about 0.1 s: numpy is hidden while it loads
    (matplotlib imports it for real when the first chart is drawn). Only while no other Python thread runs: one
    that imported numpy meanwhile (the charts' helper importing matplotlib) would find it missing."""
    alone = threading.current_thread() is threading.main_thread() and threading.active_count() == 1
    if "sqlite_utils" not in sys.modules and "numpy" not in sys.modules and alone:
        sys.modules["numpy"] = None  # type: ignore[assignment]  # makes `import numpy` raise ImportError
        try:
            import sqlite_utils
        finally:
            del sys.modules["numpy"]
    else:
        import sqlite_utils
    return sqlite_utils
