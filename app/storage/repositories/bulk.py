"""Helpers of the repositories' writes: the id of a row just inserted, the undo history's range of rows for a bulk
insert, pausing a per-bill totals trigger while a bulk write adds the totals itself, building a table's indexes
once after a bulk insert larger than the table."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext, suppress
from typing import TYPE_CHECKING

from app.storage.undo_log import UndoLog

if TYPE_CHECKING:
    from sqlite_utils.db import Table


def undo_range(undo: UndoLog | None, table: str):
    """``undo.bulk_insert(table)``, or nothing to record without a history."""
    return undo.bulk_insert(table) if undo is not None else nullcontext()


@contextmanager
def totals_trigger_paused(conn: sqlite3.Connection, table: str, event: str) -> Iterator[None]:
    """Inside the caller's transaction, drop the ``bill_totals`` trigger of ``table`` for ``event`` (``insert``,
    ``update``) and make it again from its own text afterwards: for a bulk write whose totals the caller adds
    itself in one pass. Were anything to fail, the transaction's rollback brings the trigger back with the rows."""
    if not conn.in_transaction:
        raise RuntimeError("pausing a bill_totals trigger needs the caller's transaction")
    found = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
                         [f"bill_totals_{table}_{event}"]).fetchall()
    with _set_aside(conn, "TRIGGER", found):
        yield


#: A bulk insert of at least this many rows, and at least as many as the table holds, builds the table's indexes
#: after its rows instead of inserting into them row by row: 75,000 imported purchases into an empty ledger take
#: 0.33 s to insert and 0.28 s to index against 1.0 s with the eight indexes kept (16 MB cache). Under it, or into
#: a larger table, rebuilding would cost more than it saves.
REBUILD_AT = 20_000


@contextmanager
def indexes_rebuilt(conn: sqlite3.Connection, table: str, adding: int) -> Iterator[None]:
    """Inside the caller's transaction, when ``adding`` (rows about to be inserted) is at least :data:`REBUILD_AT`
    and at least the rows ``table`` holds, drop its own indexes (those made by ``CREATE INDEX``; a ``UNIQUE``
    constraint's index stays and still refuses duplicates) and make them again from their own text afterwards.
    Otherwise do nothing. Were anything to fail, the transaction's rollback brings the indexes back with the rows.

    Raises:
        RuntimeError: called outside a transaction.
    """
    if not conn.in_transaction:
        raise RuntimeError("rebuilding indexes needs the caller's transaction")
    found: list[tuple[str, str]] = []
    if adding >= REBUILD_AT and adding >= conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]:
        found = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
                             "AND sql IS NOT NULL", [table]).fetchall()
    with _set_aside(conn, "INDEX", found):
        yield


@contextmanager
def _set_aside(conn: sqlite3.Connection, kind: str, found: list[tuple[str, str]]) -> Iterator[None]:
    """Drop the schema objects ``found`` (``(name, sql)`` of one ``kind``: ``TRIGGER``, ``INDEX``) and make them
    again from their own text after the body. After an error the caller's rollback brings them back; they are made
    again anyway, and a failure to (a full disk) does not hide the error that stopped the body."""
    for name, _ in found:
        conn.execute(f'DROP {kind} "{name}"')
    try:
        yield
    except BaseException:
        with suppress(sqlite3.Error):
            for _, sql in found:
                conn.execute(sql)
        raise
    for _, sql in found:
        conn.execute(sql)


def add_totals(conn: sqlite3.Connection, kind: str, sums: dict[tuple, list[int]]) -> None:
    """Add ``{(line_id, statement_date, posted_on): [amount_fen, count]}`` to ``bill_totals`` rows of ``kind``."""
    conn.executemany(
        "INSERT INTO bill_totals (line_id, kind, statement_date, posted_on, amount_fen, fee_fen, n) "
        "VALUES (?, ?, ?, ?, ?, 0, ?) ON CONFLICT (line_id, kind, statement_date, posted_on) DO UPDATE SET "
        "amount_fen = amount_fen + excluded.amount_fen, n = n + excluded.n",
        [(line, kind, statement, posted, amount, n) for (line, statement, posted), (amount, n) in sums.items()])


def new_id(table: Table) -> int:
    """The id (rowid) of the row ``table.insert(...)`` just wrote."""
    pk = table.last_pk
    if not isinstance(pk, int):
        raise RuntimeError(f"no row was inserted into {table.name}")
    return pk
