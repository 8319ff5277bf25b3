"""Credit lines and their limit history."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING

from app.domain.billing import DayChange
from app.domain.credit_line import CreditLine, name_key
from app.domain.errors import NotFoundError
from app.domain.messages import QT_TRANSLATE_NOOP
from app.storage.repositories.bulk import new_id
from app.storage.rows import line_from_row, line_to_row

if TYPE_CHECKING:
    from app.storage.ledger_db import LedgerDatabase


class LinesRepo:
    """Credit lines and their limit history."""

    def __init__(self, db: LedgerDatabase) -> None:
        self.db = db

    def _limits(self, line_id: int) -> list[dict]:
        return list(self.db.query(
            "SELECT effective, limit_fen FROM limit_changes WHERE line_id = ? ORDER BY effective", [line_id]))

    def _auto_changes(self, line_id: int) -> list[dict]:
        return list(self.db.query(
            "SELECT effective, mode FROM auto_repay_changes WHERE line_id = ? ORDER BY effective", [line_id]))

    def _day_changes(self, line_id: int) -> list[dict]:
        return list(self.db.query(
            "SELECT effective, statement_day, due_day, statement_day_inclusive FROM day_changes WHERE line_id = ? "
            "ORDER BY effective", [line_id]))

    def set_day_changes(self, line_id: int, changes: Iterable[DayChange]) -> None:
        """Replace the line's statement/due-day history with ``changes`` (none: the days never changed)."""
        self.db.execute("DELETE FROM day_changes WHERE line_id = ?", [line_id])
        for c in changes:
            self.db.execute(
                "INSERT INTO day_changes (line_id, effective, statement_day, due_day, statement_day_inclusive) "
                "VALUES (?, ?, ?, ?, ?)", [line_id, c.effective.isoformat(), c.statement_day, c.due_day, int(c.inclusive)])

    def first_activity(self, line_id: int) -> date | None:
        """The earliest day anything is recorded on the line (a purchase, refund or repayment), or ``None``."""
        row = self.db.conn.execute(
            "SELECT min(d) FROM (SELECT min(posted_on) AS d FROM purchases WHERE line_id = ?1 UNION ALL "
            "SELECT min(posted_on) FROM refunds WHERE line_id = ?1 UNION ALL "
            "SELECT min(paid_on) FROM repayments WHERE line_id = ?1)", [line_id]).fetchone()
        return date.fromisoformat(row[0]) if row and row[0] else None

    def set_auto_repay(self, line_id: int, effective: date, mode: str) -> None:
        """Record the auto-repay mode in force for statements due from ``effective`` on."""
        self.db.execute(
            "INSERT INTO auto_repay_changes (line_id, effective, mode) VALUES (?, ?, ?) "
            "ON CONFLICT (line_id, effective) DO UPDATE SET mode = excluded.mode",
            [line_id, effective.isoformat(), mode])

    def set_created_at(self, when: str) -> None:
        """Give every line the creation time ``when`` (``YYYY-MM-DD HH:MM:SS``): a workshop story is dated by its
        own clock, so rebuilding it gives the same ledger."""
        self.db.execute("UPDATE credit_lines SET created_at = ?", [when])

    def all(self, include_archived: bool = True) -> list[CreditLine]:
        """Every credit line, ordered by name."""
        where = "" if include_archived else "WHERE archived = 0"
        rows = list(self.db.query(f"SELECT * FROM credit_lines {where} ORDER BY id"))
        return [line_from_row(r, self._limits(r["id"]), self._auto_changes(r["id"]), self._day_changes(r["id"])) for r in rows]

    def get(self, line_id: int) -> CreditLine:
        """The line with ``line_id``. Raises ``NotFoundError``."""
        rows = list(self.db.query("SELECT * FROM credit_lines WHERE id = ?", [line_id]))
        if not rows:
            raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "credit line"), line_id)
        return line_from_row(rows[0], self._limits(line_id), self._auto_changes(line_id), self._day_changes(line_id))

    def by_name(self, name: str) -> CreditLine:
        """The line named ``name`` (case-insensitive); a name typed in another width or composition, or with
        spaces around, finds its line too (``credit_line.name_key``). Raises ``NotFoundError``."""
        rows = list(self.db.query("SELECT id FROM credit_lines WHERE name = ? COLLATE NOCASE", [name.strip()]))
        if not rows:  # stored names are kept as they were typed: compare them normalized
            key = name_key(name)
            rows = [row for row in self.db.query("SELECT id, name FROM credit_lines ORDER BY id")
                    if name_key(row["name"]) == key][:1]
        if not rows:
            raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "credit line"), name)
        return self.get(rows[0]["id"])

    def name_taken(self, name: str, except_id: int | None = None) -> str | None:
        """The name of another line whose name is ``name`` once both are normalized (``credit_line.name_key``:
        width, composition, case and surrounding spaces ignored), or ``None``."""
        key = name_key(name)
        return next((row["name"] for row in self.db.query("SELECT id, name FROM credit_lines ORDER BY id")
                     if row["id"] != except_id and name_key(row["name"]) == key), None)

    def insert(self, line: CreditLine) -> int:
        """Store a new line with its limits; returns its id."""
        line_id = new_id(self.db.table("credit_lines").insert(line_to_row(line)))
        for change in line.limits:
            self.set_limit(line_id, change.effective, change.limit_fen)
        self.set_day_changes(line_id, line.day_changes)
        return line_id

    def update(self, line: CreditLine) -> None:
        """Store the terms of an existing line (not its limits)."""
        self.db.table("credit_lines").update(line.saved_id, line_to_row(line))

    def set_limit(self, line_id: int, effective: date, limit_fen: int) -> None:
        """Record the limit in force from ``effective`` (replacing one set for the same day)."""
        self.db.execute(
            "INSERT INTO limit_changes (line_id, effective, limit_fen) VALUES (?, ?, ?) "
            "ON CONFLICT (line_id, effective) DO UPDATE SET limit_fen = excluded.limit_fen",
            [line_id, effective.isoformat(), limit_fen])

    def delete(self, line_id: int) -> None:
        """Delete a line and everything recorded on it."""
        self.db.execute("DELETE FROM credit_lines WHERE id = ?", [line_id])
