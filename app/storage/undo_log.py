"""The undo history: the rows each user step changed, written in the step's own transaction.

**Recording.** Every connection a ``Store`` opens gets TEMP triggers on each data table (``snapshot.data_tables``).
Temporary triggers belong to the connection, not to the file: the schema check (``schema_check``) never sees them
and another program writing to the file runs none of them. While a step records (its id is the one row of the
temporary table ``undo_recording``), each inserted, updated or deleted row adds one ``undo_log`` row: the table,
the operation (``I``/``U``/``D``; ``R`` for a range of rows inserted in bulk, ``bulk_insert``, and ``B`` for such a
range an undo deleted, with all its rows), the row's key (its id, or the settings key) and, for an update or a
delete, the whole row as it was, as a JSON object. An update that changes no value records nothing. Rows removed
by ``ON DELETE CASCADE`` / ``SET NULL`` are recorded too (SQLite fires their triggers, children before the parent).

**Undo and redo.** Reverting a step applies the inverse of its rows newest first (an inserted row is deleted, a
deleted row inserted again with its id, an updated row set back) in one transaction, while the triggers record
again under the same step: what they record is exactly the inverse of the revert, which is what the next revert
(redo, then undo again ...) applies. So each change is stored once, in the direction it can be reverted. Runs of
the same operation on one table are reverted by one prepared statement, and a range by one statement each way
(an import of 10,000 purchases undoes in about 0.2 s).
A row that is not as the step left it (the file was changed behind DebtLens's back) stops the revert:
``UndoConflict``, nothing is changed.

**Writes outside a step.** A write to ``settings`` outside a step (the workshop clock, CSV profiles, backup
rotation, the data revision: keys no step writes) is not recorded and leaves the history alone. A write to any other
data table outside a step (a demo or workshop build) clears the history (a second trigger per table and operation),
so an undo can never overwrite what it did not record.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from itertools import groupby
from typing import TYPE_CHECKING, Any, cast

from app.storage.undo_steps import StepRow, UndoConflict, step_of

if TYPE_CHECKING:
    from app.storage.ledger_db import LedgerDatabase

DONE, UNDONE = "done", "undone"
#: How many steps are kept; older ones are dropped as new ones come (with their rows).
MAX_STEPS = 100
#: Data tables whose writes outside a step leave the history alone (see the module docstring).
UNTRACKED_OUTSIDE_STEPS = frozenset({"settings"})


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


class UndoLog:
    """The undo history of one connection's database (see the module docstring). ``enabled`` is false on a
    database without the history tables (one opened without migrating): steps then record nothing. ``install=False``
    is for a connection that cannot write (``PRAGMA query_only``): the history can be read, and its triggers (84,
    about 11 ms to create) are left out."""

    def __init__(self, db: LedgerDatabase, install: bool = True) -> None:
        self.db = db
        self.keys: dict[str, str] = {}  # table -> the column a row is found by ("rowid" without a one-column key)
        self.recording_step: int | None = None
        self.enabled = False
        self.columns: dict[str, list[str]] = {}  # table -> its columns, in schema order
        self._triggers: dict[tuple[str, str], tuple[str, str]] = {}  # (table, op) -> (name, CREATE statement)
        #: (table, op) -> (name, CREATE statement) of the trigger that forgets the history on a write outside a step
        self._outside_triggers: dict[tuple[str, str], tuple[str, str]] = {}
        self._install(triggers=install)

    # -- triggers --------------------------------------------------------------------------------------------
    def _install(self, triggers: bool = True) -> None:
        from app.storage.snapshot import data_tables  # snapshot imports repositories, which import this module

        conn = self.db.conn
        try:
            has_history = conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'undo_steps'").fetchone()
        except sqlite3.DatabaseError:
            return
        if not has_history:
            return
        if not triggers:
            self.enabled = True
            return
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS undo_recording (step_id INTEGER NOT NULL)")
        for table in data_tables(self.db):
            info = conn.execute(f"PRAGMA table_info({_quote(table)})").fetchall()
            columns = [r[1] for r in info]
            pk = [r[1] for r in info if r[5] > 0]
            key = pk[0] if len(pk) == 1 else "rowid"
            self.keys[table] = key
            t, k, name = _quote(table), ("rowid" if key == "rowid" else _quote(key)), table.replace("'", "''")
            old = "json_object(" + ", ".join(f"'{c}', OLD.{_quote(c)}" for c in columns) + ")"
            tag = "".join(ch if ch.isalnum() else "_" for ch in table)
            self.columns[table] = columns
            # an update that changes no value (a setting saved as it was) is not a change: no step, no clearing
            changed = " OR ".join(f"OLD.{_quote(c)} IS NOT NEW.{_quote(c)}" for c in columns)
            for op, when, row, old_json in (("I", "INSERT", "NEW", "NULL"), ("U", "UPDATE", "OLD", old),
                                             ("D", "DELETE", "OLD", old)):
                guard = f"({changed}) AND " if op == "U" else ""
                body = (f"INSERT INTO undo_log (step_id, tbl, op, row_key, old_row) SELECT step_id, '{name}', '{op}', "
                        f"{row}.{k}, {old_json} FROM undo_recording;")
                trigger = (f"undo_{tag}_{op}", f"CREATE TEMP TRIGGER IF NOT EXISTS undo_{tag}_{op} AFTER {when} "
                                               f"ON main.{t} WHEN {guard}EXISTS (SELECT 1 FROM undo_recording) "
                                               f"BEGIN {body} END")
                conn.execute(trigger[1])
                self._triggers[(table, op)] = trigger
                if table not in UNTRACKED_OUTSIDE_STEPS:  # written outside a step: forget the history
                    outside = (f"undo_{tag}_{op}_outside",
                               f"CREATE TEMP TRIGGER IF NOT EXISTS undo_{tag}_{op}_outside AFTER {when} ON main.{t} "
                               f"WHEN {guard}NOT EXISTS (SELECT 1 FROM undo_recording) "
                               f"BEGIN DELETE FROM undo_steps; END")
                    conn.execute(outside[1])
                    self._outside_triggers[(table, op)] = outside
        self.enabled = True

    # -- recording -------------------------------------------------------------------------------------------
    @contextmanager
    def recording(self, name: str, args: dict) -> Iterator[dict]:
        """Record what is written inside as one step named ``name`` (a template) with ``args``; the caller holds
        the transaction (``Store.step``). Yields the args, which the caller may complete before the end (values
        known only inside the transaction). Inside a step already recording, the writes join that step.

        A step that wrote nothing is dropped. A recorded step discards the redo branch and the oldest steps
        beyond ``MAX_STEPS``.
        """
        values = dict(args)
        if not self.enabled or self.recording_step is not None:
            yield values
            return
        conn = self.db.conn
        step_id = cast(int, conn.execute("INSERT INTO undo_steps (name) VALUES (?)", [name]).lastrowid)
        self._start(step_id)
        try:
            yield values
        finally:
            self._stop()
        if conn.execute("SELECT 1 FROM undo_log WHERE step_id = ? LIMIT 1", [step_id]).fetchone() is None:
            conn.execute("DELETE FROM undo_steps WHERE id = ?", [step_id])
            return
        conn.execute("UPDATE undo_steps SET args = ? WHERE id = ?", [_dumps(values), step_id])
        conn.execute("DELETE FROM undo_steps WHERE state = ? AND id != ?", [UNDONE, step_id])
        self._prune()

    @contextmanager
    def bulk_insert(self, table: str) -> Iterator[None]:
        """Record the rows inserted into ``table`` inside as one range of rowids instead of row by row (an import's
        100,000 purchases: one log row, not 100,000). Only for plain INSERTs that let SQLite choose the rowids
        (each new one is above every old one), or into an empty table. Outside a step it only runs the block.

        Raises:
            RuntimeError: rows were inserted below the range (a programming error; the transaction must roll back).
        """
        if self.recording_step is None or table not in self.keys:
            yield
            return
        conn, t = self.db.conn, _quote(table)
        before_max, before_count = conn.execute(f"SELECT coalesce(max(rowid), 0), count(*) FROM {t}").fetchone()
        # a range's rows are those from its first rowid on: above every old row, or all rows of an empty table.
        # The insert trigger is dropped meanwhile (a trigger that fires and records nothing still doubles the
        # cost of an insert); the temporary schema is transactional, so a rollback brings it back too
        with self._silenced(table, "I"):
            yield
        first = before_max + 1 if before_count else conn.execute(f"SELECT min(rowid) FROM {t}").fetchone()[0]
        if first is None:
            return
        last, added, total = conn.execute(f"SELECT max(rowid), count(*), (SELECT count(*) FROM {t}) FROM {t} "
                                          f"WHERE rowid >= ?", [first]).fetchone()
        if total - before_count != added:
            raise RuntimeError(f"rows were inserted into {table} below the recorded range")
        if added:
            conn.execute("INSERT INTO undo_log (step_id, tbl, op, row_key, old_row) VALUES (?, ?, 'R', ?, ?)",
                         [self.recording_step, table, first, json.dumps({"last": last, "rows": added})])

    @contextmanager
    def _silenced(self, table: str, op: str) -> Iterator[None]:
        """Run the block with the triggers of ``op`` on ``table`` dropped: the recording one (the caller records
        the rows itself, as one range) and the one that forgets the history on a write outside a step (inside a
        step it never acts, but a trigger that fires, even to do nothing, costs more than the row it guards:
        1.3 s of 2.9 s for 75,000 imported purchases). The temporary schema is transactional, so a rollback
        brings the triggers back too."""
        triggers = [self._triggers[(table, op)]]
        if (table, op) in self._outside_triggers:
            triggers.append(self._outside_triggers[(table, op)])
        for name, _create in triggers:
            self.db.conn.execute(f"DROP TRIGGER IF EXISTS temp.{name}")
        try:
            yield
        finally:
            for _name, create in triggers:
                self.db.conn.execute(create)

    def _start(self, step_id: int) -> None:
        self.db.conn.execute("INSERT INTO undo_recording (step_id) VALUES (?)", [step_id])
        self.recording_step = step_id

    def _stop(self) -> None:
        self.recording_step = None
        with suppress(sqlite3.Error):  # a failed transaction rolls it back anyway
            self.db.conn.execute("DELETE FROM undo_recording")

    def _prune(self) -> None:
        self.db.conn.execute(
            "DELETE FROM undo_steps WHERE id < (SELECT id FROM undo_steps ORDER BY id DESC LIMIT 1 OFFSET ?)",
            [MAX_STEPS - 1])

    # -- reading ---------------------------------------------------------------------------------------------
    def last_done(self) -> StepRow | None:
        """The step an undo reverts: the newest one done, or ``None``."""
        row = self.db.conn.execute("SELECT id, name, args, state, created FROM undo_steps WHERE state = ? "
                                   "ORDER BY id DESC LIMIT 1", [DONE]).fetchone() if self.enabled else None
        return step_of(row) if row else None

    def first_undone(self) -> StepRow | None:
        """The step a redo applies again: the oldest one undone, or ``None``."""
        row = self.db.conn.execute("SELECT id, name, args, state, created FROM undo_steps WHERE state = ? "
                                   "ORDER BY id LIMIT 1", [UNDONE]).fetchone() if self.enabled else None
        return step_of(row) if row else None

    def steps(self) -> list[StepRow]:
        """Every step kept, newest first."""
        if not self.enabled:
            return []
        return [step_of(r) for r in self.db.conn.execute(
            "SELECT id, name, args, state, created FROM undo_steps ORDER BY id DESC")]

    def row_count(self, step_id: int) -> int:
        """How many rows reverting the step changes (a range counts its rows)."""
        return self.db.conn.execute(
            "SELECT count(*) + coalesce(sum(CASE WHEN op IN ('R', 'B') THEN json_extract(old_row, '$.rows') - 1 END), "
            "0) FROM undo_log WHERE step_id = ?", [step_id]).fetchone()[0]

    # -- changing the history --------------------------------------------------------------------------------
    def revert(self, step_id: int, new_state: str) -> set[str]:
        """Apply the inverse of the step's rows, newest first, recording the inverse of that under the same step,
        and mark it ``new_state``; the caller holds the transaction. Returns the tables changed.

        Raises:
            UndoConflict: a row is not as the step left it (the caller's transaction must roll back).
        """
        conn = self.db.conn
        entries = conn.execute("SELECT tbl, op, row_key, old_row FROM undo_log WHERE step_id = ? "
                               "ORDER BY seq DESC", [step_id]).fetchall()
        conn.execute("DELETE FROM undo_log WHERE step_id = ?", [step_id])
        # foreign keys are checked at the commit: the rows come back in the order they went, but a cascade's
        # children and parent are recorded within one statement
        conn.execute("PRAGMA defer_foreign_keys = ON")
        touched: set[str] = set()
        self._start(step_id)
        try:
            # runs of the same operation on the same table go in one executemany (an import's 10,000 rows are
            # one prepared statement, not 10,000), newest first within the run as across runs
            for (table, op), run in groupby(entries, key=lambda e: (e[0], e[1])):
                self._inverse(table, op, [(key, old) for _, _, key, old in run])
                touched.add(table)
        finally:
            self._stop()
        conn.execute("UPDATE undo_steps SET state = ? WHERE id = ?", [new_state, step_id])
        return touched

    def _inverse(self, table: str, op: str, rows: list[tuple[Any, Any]]) -> None:
        """Undo ``rows`` (``(row_key, old_row)`` of one table and operation, newest first; as read from the log:
        the key is a row id or primary-key value, the old row JSON text or ``None``).

        Raises:
            UndoConflict: a row is not as recorded (gone, present again, or a column the file no longer has).
        """
        conn = self.db.conn
        first = rows[0][0]
        where = first if len(rows) == 1 else f"{first} (or one of {len(rows) - 1} more)"
        if table not in self.keys:
            raise UndoConflict(table, where)
        t, k = _quote(table), ("rowid" if self.keys[table] == "rowid" else _quote(self.keys[table]))
        expected, changed = len(rows), 0
        try:
            if op in ("R", "B"):
                for key, old in rows:
                    (self._delete_range if op == "R" else self._insert_range)(table, key, json.loads(old))
                return
            if op == "I":
                changed = conn.executemany(f"DELETE FROM {t} WHERE {k} = ?", [[key] for key, _ in rows]).rowcount
            else:
                values: list[dict[str, Any]] = []
                for key, old in rows:
                    row = json.loads(old)
                    values.append({"rowid": key, **row} if self.keys[table] == "rowid" else row)
                # rows recorded before a migration added a column lack it: one statement per set of columns
                for names, run in groupby(values, key=_column_names):
                    params = [[r[n] for n in names] for r in run]
                    if op == "D":
                        changed += conn.executemany(
                            f"INSERT INTO {t} ({', '.join(n if n == 'rowid' else _quote(n) for n in names)}) "
                            f"VALUES ({', '.join('?' for _ in names)})", params).rowcount
                    else:
                        sets = [i for i, n in enumerate(names) if n != "rowid"]
                        at = names.index("rowid" if self.keys[table] == "rowid" else self.keys[table])
                        changed += conn.executemany(
                            f"UPDATE {t} SET {', '.join(_quote(names[i]) + ' = ?' for i in sets)} WHERE {k} = ?",
                            [[*(p[i] for i in sets), p[at]] for p in params]).rowcount
        except sqlite3.IntegrityError:
            raise UndoConflict(table, where) from None
        except (sqlite3.OperationalError, ValueError, TypeError, KeyError) as exc:
            if isinstance(exc, sqlite3.OperationalError) and "no such column" not in str(exc):
                raise
            raise UndoConflict(table, where) from None
        if changed != expected:
            raise UndoConflict(table, where)

    def _delete_range(self, table: str, first: int, span: dict) -> None:
        """Undo a range of rows inserted in bulk (``R``: rowids ``first`` to ``span["last"]``, ``span["rows"]``
        of them): delete them in one statement and record them, as they are, in one ``B`` entry (their values as
        one JSON array), which ``_insert_range`` puts back in one statement. Rows that cascades remove with them
        are recorded row by row as usual.

        Raises:
            UndoConflict: the range does not hold exactly the rows recorded.
        """
        conn, t, columns = self.db.conn, _quote(table), self.columns[table]
        count, data = conn.execute(
            f"SELECT count(*), json_group_array(json_array({', '.join(_quote(c) for c in columns)})) FROM {t} "
            "WHERE rowid BETWEEN ? AND ?", [first, span["last"]]).fetchone()
        if count != span["rows"]:
            raise UndoConflict(table, first)
        with self._silenced(table, "D"):
            deleted = conn.execute(f"DELETE FROM {t} WHERE rowid BETWEEN ? AND ?", [first, span["last"]]).rowcount
        if deleted != count:
            raise UndoConflict(table, first)
        conn.execute("INSERT INTO undo_log (step_id, tbl, op, row_key, old_row) VALUES (?, ?, 'B', ?, ?)",
                     [self.recording_step, table, first,
                      f'{{"last": {int(span["last"])}, "rows": {count}, "columns": {json.dumps(columns)}, '
                      f'"data": {data}}}'])

    def _insert_range(self, table: str, first: int, block: dict) -> None:
        """Put back rows a ``_delete_range`` recorded (``B``) in one statement, and record them as a range (``R``)
        again. Columns the file no longer has stop it; columns added since take their defaults.

        Raises:
            UndoConflict: a row with one of those ids exists again, or a recorded column is gone.
        """
        conn, t, columns = self.db.conn, _quote(table), block["columns"]
        values = ", ".join(f"json_extract(value, '$[{i}]')" for i in range(len(columns)))
        with self._silenced(table, "I"):
            inserted = conn.execute(f"INSERT INTO {t} ({', '.join(_quote(c) for c in columns)}) "
                                    f"SELECT {values} FROM json_each(?)", [json.dumps(block["data"])]).rowcount
        in_range = conn.execute(f"SELECT count(*) FROM {t} WHERE rowid BETWEEN ? AND ?",
                                [first, block["last"]]).fetchone()[0]
        if inserted != block["rows"] or in_range != inserted:
            raise UndoConflict(table, first)
        conn.execute("INSERT INTO undo_log (step_id, tbl, op, row_key, old_row) VALUES (?, ?, 'R', ?, ?)",
                     [self.recording_step, table, first, json.dumps({"last": block["last"], "rows": inserted})])

    def add_step(self, name: str, args: dict, state: str = DONE) -> int:
        """Add a step that holds no rows (a restore, reverted by restoring a file), discarding the redo branch;
        the caller holds the transaction. Returns its id."""
        conn = self.db.conn
        conn.execute("DELETE FROM undo_steps WHERE state = ?", [UNDONE])
        step_id = cast(int, conn.execute("INSERT INTO undo_steps (name, args, state) VALUES (?, ?, ?)",
                                         [name, _dumps(args), state]).lastrowid)
        self._prune()
        return step_id

    def update_step(self, step_id: int, *, args: dict | None = None, state: str | None = None) -> None:
        """Change a step's args or state; the caller holds the transaction."""
        if args is not None:
            self.db.conn.execute("UPDATE undo_steps SET args = ? WHERE id = ?", [_dumps(args), step_id])
        if state is not None:
            self.db.conn.execute("UPDATE undo_steps SET state = ? WHERE id = ?", [state, step_id])

    def drop(self, step_id: int) -> None:
        """Forget one step (and its rows); the caller holds the transaction."""
        self.db.conn.execute("DELETE FROM undo_steps WHERE id = ?", [step_id])

    def clear(self) -> None:
        """Forget the whole history; the caller holds the transaction."""
        if self.enabled:
            self.db.conn.execute("DELETE FROM undo_steps")


def _column_names(row: dict[str, Any]) -> tuple[str, ...]:
    return tuple(row)


def _dumps(args: dict) -> str:
    """Step args as JSON: text, numbers and ``None`` as they are, anything else (dates, Decimals) as text."""
    return json.dumps(args, ensure_ascii=False, default=str, sort_keys=True)
