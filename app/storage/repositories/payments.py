"""Refunds and repayments to a line, and the auto-repayments marked as failed."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from app.domain.errors import NotFoundError
from app.domain.messages import QT_TRANSLATE_NOOP
from app.domain.postings import Refund
from app.domain.statements import Repayment, RepaymentSource
from app.storage.repositories.bulk import add_totals, new_id, totals_trigger_paused, undo_range
from app.storage.rows import d, iso
from app.storage.undo_log import UndoLog

if TYPE_CHECKING:
    from app.storage.ledger_db import LedgerDatabase


def _refund(row: dict) -> Refund:
    return Refund(
        id=row["id"], line_id=row["line_id"], purchase_id=row["purchase_id"],
        posted_on=date.fromisoformat(row["posted_on"]), statement_date=d(row["statement_date"]),
        amount_fen=row["amount_fen"], credit_fen=row["credit_fen"], note=row["note"], source=row["source"],
        source_key=row["source_key"], applies_as_payment=bool(row["applies_as_payment"]),
        target_statement=d(row["target_statement"]),
    )


class RefundsRepo:
    """Refunds to a line."""

    #: The undo history (set by ``Store``): bulk inserts are recorded as one range of rows.
    undo: UndoLog | None = None

    def __init__(self, db: LedgerDatabase) -> None:
        self.db = db

    def insert(self, r: Refund) -> int:
        """Store a refund; returns its id."""
        return new_id(self.db.table("refunds").insert({
            "line_id": r.line_id, "purchase_id": r.purchase_id, "posted_on": r.posted_on.isoformat(),
            "statement_date": iso(r.statement_date), "amount_fen": r.amount_fen, "credit_fen": r.credit_fen,
            "note": r.note, "source": r.source, "source_key": r.source_key,
            "applies_as_payment": int(r.applies_as_payment), "target_statement": iso(r.target_statement),
        }))

    def as_payments(self, line_id: int) -> list[Repayment]:
        """Credits of refunds of already-billed purchases, as repayment events paying the purchase's bill."""
        return [Repayment(paid_on=date.fromisoformat(r["posted_on"]), amount_fen=r["credit_fen"], id=None,
                          source=RepaymentSource.REFUND, target_statement=d(r["target_statement"]), note=r["note"])
                for r in self.db.query(
                    "SELECT posted_on, credit_fen, target_statement, note FROM refunds "
                    "WHERE line_id = ? AND applies_as_payment = 1 AND credit_fen > 0 ORDER BY posted_on, id",
                    [line_id])]

    def insert_many(self, refunds: list[Refund]) -> None:
        """Store many refunds at once (imports), inside the caller's transaction; their per-bill totals in one
        pass, as ``PurchasesRepo.insert_many`` does."""
        rows = [(r.line_id, r.purchase_id, r.posted_on.isoformat(), iso(r.statement_date), r.amount_fen, r.credit_fen,
                 r.note, r.source, r.source_key, int(r.applies_as_payment), iso(r.target_statement)) for r in refunds]
        sums: dict[tuple, list[int]] = {}
        for r in rows:
            if r[9] == 0:
                total = sums.setdefault((r[0], r[3], r[2]), [0, 0])
                total[0] += r[5]
                total[1] += 1
        conn = self.db.conn
        with undo_range(self.undo, "refunds"), totals_trigger_paused(conn, "refunds", "insert"):
            conn.executemany(
                "INSERT INTO refunds (line_id, purchase_id, posted_on, statement_date, amount_fen, credit_fen, note,"
                " source, source_key, applies_as_payment, target_statement) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows)
            add_totals(conn, "refund", sums)

    def refunded_by_purchase(self, line_id: int) -> dict[int, int]:
        """Fen refunded so far per purchase id of a line."""
        return {r["p"]: r["s"] for r in self.db.query(
            "SELECT purchase_id AS p, SUM(amount_fen) AS s FROM refunds WHERE line_id = ? AND purchase_id IS NOT NULL "
            "GROUP BY purchase_id", [line_id])}

    def total_until(self, line_id: int, day: date) -> int:
        """Fen refunded to a line on ``day`` or before, every refund counted (named purchase or not)."""
        return self.db.execute("SELECT COALESCE(SUM(amount_fen), 0) FROM refunds WHERE line_id = ? AND posted_on <= ?",
                               [line_id, day.isoformat()]).fetchone()[0]

    def for_line(self, line_id: int) -> list[Refund]:
        """Refunds of a line, oldest first."""
        return [_refund(r) for r in self.db.query(
            "SELECT * FROM refunds WHERE line_id = ? ORDER BY posted_on, id", [line_id])]

    def for_purchase(self, purchase_id: int) -> list[Refund]:
        """Refunds linked to a purchase."""
        return [_refund(r) for r in self.db.query(
            "SELECT * FROM refunds WHERE purchase_id = ? ORDER BY posted_on, id", [purchase_id])]

    def on_statement(self, line_id: int, statement_date: date) -> list[Refund]:
        """Refunds credited on the statement of ``statement_date``."""
        return [_refund(r) for r in self.db.query(
            "SELECT * FROM refunds WHERE line_id = ? AND statement_date = ? ORDER BY posted_on, id",
            [line_id, statement_date.isoformat()])]

    def delete(self, refund_id: int) -> None:
        """Delete a refund."""
        self.db.execute("DELETE FROM refunds WHERE id = ?", [refund_id])

    def keys(self, line_id: int) -> set[str]:
        """Source keys already stored on a line."""
        return {r["source_key"] for r in self.db.query(
            "SELECT source_key FROM refunds WHERE line_id = ? AND source_key IS NOT NULL", [line_id])}


def _repayment(row: dict) -> Repayment:
    return Repayment(
        id=row["id"], paid_on=date.fromisoformat(row["paid_on"]), amount_fen=row["amount_fen"],
        source=RepaymentSource(row["source"]), target_statement=d(row["target_statement"]), note=row["note"],
        funded_by_line_id=row.get("funded_by_line_id"),
    )


class RepaymentsRepo:
    """Repayments and the auto-repayments the user marked as failed."""

    #: The undo history (set by ``Store``): bulk inserts are recorded as one range of rows.
    undo: UndoLog | None = None

    def __init__(self, db: LedgerDatabase) -> None:
        self.db = db

    def insert(self, line_id: int, r: Repayment, source_key: str | None = None) -> int:
        """Store a repayment; returns its id."""
        return new_id(self.db.table("repayments").insert({
            "line_id": line_id, "paid_on": r.paid_on.isoformat(), "amount_fen": r.amount_fen,
            "target_statement": iso(r.target_statement), "note": r.note, "source": r.source.value,
            "source_key": source_key, "funded_by_line_id": r.funded_by_line_id,
        }))

    def insert_many(self, line_id: int, repayments: list[tuple[Repayment, str | None]]) -> None:
        """Store many ``(repayment, source_key)`` pairs at once (imports), inside the caller's transaction."""
        with undo_range(self.undo, "repayments"):
            self.db.conn.executemany(
                "INSERT INTO repayments (line_id, paid_on, amount_fen, target_statement, note, source, source_key,"
                " funded_by_line_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [(line_id, r.paid_on.isoformat(), r.amount_fen, iso(r.target_statement), r.note, r.source.value,
                  key, r.funded_by_line_id) for r, key in repayments])

    def for_line(self, line_id: int) -> list[Repayment]:
        """Repayments of a line, oldest first."""
        return [_repayment(r) for r in self.db.query(
            "SELECT * FROM repayments WHERE line_id = ? ORDER BY paid_on, id", [line_id])]

    def get(self, repayment_id: int) -> tuple[int, Repayment]:
        """``(line_id, repayment)``. Raises ``NotFoundError``."""
        rows = list(self.db.query("SELECT * FROM repayments WHERE id = ?", [repayment_id]))
        if not rows:
            raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "repayment"), repayment_id)
        return rows[0]["line_id"], _repayment(rows[0])

    def delete(self, repayment_id: int) -> None:
        """Delete a repayment."""
        self.db.execute("DELETE FROM repayments WHERE id = ?", [repayment_id])

    def funded_by_credit(self, start: date, end: date) -> list[tuple[int, int, date, int]]:
        """Repayments paid with another credit line's money from ``start`` to ``end`` (both included), oldest
        first: ``(line_id, funded_by_line_id, paid_on, amount_fen)``."""
        return [(r["line_id"], r["funded_by_line_id"], date.fromisoformat(r["paid_on"]), r["amount_fen"])
                for r in self.db.query(
                    "SELECT line_id, funded_by_line_id, paid_on, amount_fen FROM repayments "
                    "WHERE funded_by_line_id IS NOT NULL AND paid_on BETWEEN ? AND ? ORDER BY paid_on, id",
                    [start.isoformat(), end.isoformat()])]

    def keys(self, line_id: int) -> set[str]:
        """Source keys already stored on a line."""
        return {r["source_key"] for r in self.db.query(
            "SELECT source_key FROM repayments WHERE line_id = ? AND source_key IS NOT NULL", [line_id])}

    def last_date(self, line_id: int) -> date | None:
        """The date of the line's latest repayment, if any."""
        return d(next(self.db.query("SELECT max(paid_on) AS m FROM repayments WHERE line_id = ?", [line_id]))["m"])

    def failed_auto(self, line_id: int) -> frozenset[date]:
        """Statement dates whose automatic repayment was marked as failed."""
        return frozenset(date.fromisoformat(r["statement_date"]) for r in self.db.query(
            "SELECT statement_date FROM auto_repay_failures WHERE line_id = ?", [line_id]))

    def set_auto_failed(self, line_id: int, statement_date: date, failed: bool) -> None:
        """Mark (or unmark) the automatic repayment of a statement as failed."""
        if failed:
            self.db.execute("INSERT OR IGNORE INTO auto_repay_failures VALUES (?, ?)",
                            [line_id, statement_date.isoformat()])
        else:
            self.db.execute("DELETE FROM auto_repay_failures WHERE line_id = ? AND statement_date = ?",
                            [line_id, statement_date.isoformat()])
