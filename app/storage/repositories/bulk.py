"""Helpers of the repositories' writes: the id of a row just inserted, the undo history's range of rows for a bulk
insert, pausing a per-bill totals trigger while a bulk write adds the totals itself."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
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
    for name, _ in found:
        conn.execute(f'DROP TRIGGER "{name}"')
    try:
        yield
    finally:
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
