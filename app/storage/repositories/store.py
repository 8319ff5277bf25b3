"""``Store``: every repository over one connection, its transactions (``atomic``, ``step``) and the data
revision; ``SettingsRepo``: key/value settings kept with the data."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator, Set
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from app.storage.repositories.cycles import CyclesRepo
from app.storage.repositories.lines import LinesRepo
from app.storage.repositories.orders import OrdersRepo
from app.storage.repositories.payments import RefundsRepo, RepaymentsRepo
from app.storage.repositories.plans import PlansRepo
from app.storage.repositories.purchases import PurchasesRepo
from app.storage.repositories.source_keys import keyed_rows_on, stored_keys
from app.storage.undo_log import UndoLog

if TYPE_CHECKING:
    from app.storage.ledger_db import LedgerDatabase


class SettingsRepo:
    """Key/value settings kept with the data (monthly income, default line, thresholds)."""

    def __init__(self, db: LedgerDatabase, history: bool = True) -> None:
        """``history=False`` for a connection that cannot write (``PRAGMA query_only``): the undo history's
        triggers are not installed, so its steps record nothing."""
        self.db = db

    def get(self, key: str, default: str | None = None) -> str | None:
        """The stored text for ``key``, or ``default``."""
        rows = list(self.db.query("SELECT value FROM settings WHERE key = ?", [key]))
        return rows[0]["value"] if rows else default

    def set(self, key: str, value: str | None) -> None:
        """Store ``value`` for ``key`` (``None`` removes it)."""
        if value is None:
            self.db.execute("DELETE FROM settings WHERE key = ?", [key])
        else:
            self.db.execute("INSERT INTO settings (key, value) VALUES (?, ?) "
                            "ON CONFLICT (key) DO UPDATE SET value = excluded.value", [key, value])


#: Settings key of the data revision: a random token replaced by every transaction that changes a row (see
#: ``Store.data_revision``). Bookkeeping, not the user's data: exports leave it out.
DATA_REVISION_KEY = "data_revision"


#: Page cache (KiB) of a bulk write (``Store.bulk_write``).
BULK_CACHE_KIB = 16 * 1024


class Store:
    """All repositories over one database connection."""

    #: A ``services.queries.StatementsCache`` shared with the other connections of a window (set by the session).
    statements_cache: Any = None

    def __init__(self, db: LedgerDatabase, history: bool = True) -> None:
        """``history=False`` for a connection that cannot write (``PRAGMA query_only``): the undo history's
        triggers are not installed, so its steps record nothing."""
        self.db = db
        #: ``total_changes`` of the connection after its last ``atomic()`` commit (or when opened): more now
        #: means rows were written outside ``atomic()``, with no new data revision.
        self.committed_changes = db.conn.total_changes
        self.lines = LinesRepo(db)
        self.purchases = PurchasesRepo(db)
        self.plans = PlansRepo(db)
        self.refunds = RefundsRepo(db)
        self.repayments = RepaymentsRepo(db)
        self.cycles = CyclesRepo(db)
        self.orders = OrdersRepo(db)
        self.settings = SettingsRepo(db)
        self.undo = UndoLog(db, install=history)
        self.purchases.undo = self.refunds.undo = self.repayments.undo = self.undo

    @property
    def path(self) -> str:
        """The database file's path (``":memory:"`` for an in-memory one), for messages naming it."""
        return next((r[2] for r in self.db.conn.execute("PRAGMA database_list") if r[1] == "main"), "") or ":memory:"

    def imported_keys(self, line_id: int, keys: Set[str]) -> set[str]:
        """The source keys of ``keys`` already on line ``line_id`` (as a purchase, refund or repayment): what an
        import of them would add twice (``source_keys.stored_keys``)."""
        return stored_keys(self.db.conn, line_id, keys)

    def keyed_rows_on(self, line_id: int, prefix: str, days: Set[str]) -> list[tuple[str, str, int, str, str]]:
        """The imported rows of line ``line_id`` on ``days`` keyed ``prefix:…`` (``source_keys.keyed_rows_on``)."""
        return keyed_rows_on(self.db.conn, line_id, prefix, days)

    @contextmanager
    def step(self, name: str, **args: object) -> Iterator[dict]:
        """``atomic()`` that the undo history records as one user step named ``name`` (an English template of
        ``app.services.undo`` with ``{placeholders}`` for ``args``). Yields the args dict, to complete with values
        read inside the transaction. A step inside another joins it; a step inside a transaction that is not a
        step records nothing (its writes count as written outside a step).

        Raises:
            DatabaseError: as ``atomic()``.
        """
        starts = not self.db.conn.in_transaction
        with self.atomic():
            if starts or self.undo.recording_step is not None:
                with self.undo.recording(name, args) as values:
                    yield values
            else:
                yield dict(args)

    @contextmanager
    def bulk_write(self) -> Iterator[None]:
        """A larger page cache (``BULK_CACHE_KIB``) while a bulk write runs inside: new rows go into six indexes of
        purchases in no order (merchant, amount, category ...), and SQLite's default 2 MB cache keeps evicting the
        pages they land on (75,000 imported purchases: 1.45 s with it, 1.2 s with 16 MB; more helps no further).
        The cache shrinks back afterwards, so reading keeps its small footprint."""
        conn = self.db.conn
        before = conn.execute("PRAGMA cache_size").fetchone()[0]
        conn.execute(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
        try:
            yield
        finally:
            conn.execute(f"PRAGMA cache_size = {int(before)}")

    @contextmanager
    def atomic(self, *, renews_revision: bool = True) -> Iterator[None]:
        """One transaction: everything inside is written, or nothing is. ``renews_revision=False`` for a
        transaction that writes only bookkeeping (the undo history of a restore): the data revision stays.

        Raises:
            DatabaseError: the file refused the write (disk full, read-only, I/O error, damaged) naming the file
                and why; ``DatabaseBusyError`` when another program kept it locked past the busy timeout.
        """
        try:
            with self._transaction(renews_revision):
                yield
        except sqlite3.DatabaseError as exc:  # rolled back by now: say which file and why, not a traceback
            from app.storage.db import write_error

            error = write_error(self.db.conn, exc)
            if error is None:
                raise
            raise error from exc

    @contextmanager
    def _transaction(self, renews_revision: bool = True) -> Iterator[None]:
        """``BEGIN IMMEDIATE`` for the outermost block: the write lock is taken at the start, waiting up to the
        connection's busy timeout (5 s) for another writer, instead of failing at once when a read transaction
        cannot be upgraded (SQLITE_BUSY in WAL mode). Inner blocks are savepoints."""
        conn = self.db.conn
        if conn.in_transaction:
            with self.db.atomic():
                yield
            return
        conn.execute("BEGIN IMMEDIATE")
        changes_before = conn.total_changes
        try:
            yield
            if renews_revision and conn.total_changes != changes_before:  # written: a new data revision with it
                conn.execute("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET "
                             "value = excluded.value", [DATA_REVISION_KEY, os.urandom(8).hex()])
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
                self.committed_changes = conn.total_changes  # rolled back: the data is as committed
            raise
        try:
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        self.committed_changes = conn.total_changes

    def data_revision(self) -> str:
        """A token that changes whenever the ledger's data changes: every ``atomic()`` transaction that inserts,
        updates or deletes a row writes a fresh random one (``DATA_REVISION_KEY``) in the same commit, whether
        the window, the command line or an import made it. Random rather than a counter, so a restored backup or
        another copy of the file can never come back to a token that once meant other data. ``""`` for a file
        no transaction has changed yet (just created or migrated). Caches of what is computed from the data
        (chart images, statements) are keyed by it."""
        row = self.db.execute("SELECT value FROM settings WHERE key = ?", [DATA_REVISION_KEY]).fetchone()
        return row[0] if row else ""

    def settled_revision(self) -> str | None:
        """:meth:`data_revision`, or ``None`` while the data has no revision of its own: a transaction is open, or
        rows were written outside ``atomic()`` since the last commit. What is computed from the data may be reused
        later only under a settled revision that is still the same."""
        conn = self.db.conn
        if conn.in_transaction or conn.total_changes != self.committed_changes:
            return None
        return self.data_revision()

    def ensure_revision(self) -> str:
        """The data revision, written first when the file has none yet (made before revisions existed, or never
        changed since it was created), so what is cached from its data can be keyed by it."""
        revision = self.data_revision()
        if not revision:
            with self.atomic():
                self.settings.set(DATA_REVISION_KEY, os.urandom(8).hex())  # atomic() renews it on commit too
            revision = self.data_revision()
        return revision

    def close(self) -> None:
        """Close the connection."""
        self.db.close()
