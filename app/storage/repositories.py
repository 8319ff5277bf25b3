"""Repositories: rows <-> domain objects. Every SQL statement of the app lives in ``app.storage``.

``Store`` bundles the repositories over one connection; ``Store.atomic()`` is the unit of work a service opens
once per user action, ``Store.step()`` the same for an action the user can undo (``app.storage.undo_log``).
"""

from __future__ import annotations

import functools
import secrets
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlite_utils import Database

from app.domain.credit_line import CreditLine
from app.domain.errors import NotFoundError
from app.domain.installments import EarlyPayoffPolicy
from app.domain.postings import InstallmentPlan, PartStatus, PlanKind, Purchase, Refund, ScheduledPart
from app.domain.statements import CycleCharges, Repayment, RepaymentSource
from app.storage.rows import d, iso, line_from_row, line_to_row
from app.storage.undo_log import UndoLog


def _bulk(undo: UndoLog | None, table: str):
    """``undo.bulk_insert(table)``, or nothing to record without a history."""
    return undo.bulk_insert(table) if undo is not None else nullcontext()


class LinesRepo:
    """Credit lines and their limit history."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def _limits(self, line_id: int) -> list[dict]:
        return list(self.db.query(
            "SELECT effective, limit_fen FROM limit_changes WHERE line_id = ? ORDER BY effective", [line_id]))

    def _auto_changes(self, line_id: int) -> list[dict]:
        return list(self.db.query(
            "SELECT effective, mode FROM auto_repay_changes WHERE line_id = ? ORDER BY effective", [line_id]))

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
        return [line_from_row(r, self._limits(r["id"]), self._auto_changes(r["id"])) for r in rows]

    def get(self, line_id: int) -> CreditLine:
        """The line with ``line_id``. Raises ``NotFoundError``."""
        rows = list(self.db.query("SELECT * FROM credit_lines WHERE id = ?", [line_id]))
        if not rows:
            raise NotFoundError("credit line", line_id)
        return line_from_row(rows[0], self._limits(line_id), self._auto_changes(line_id))

    def by_name(self, name: str) -> CreditLine:
        """The line named ``name`` (case-insensitive). Raises ``NotFoundError``."""
        rows = list(self.db.query("SELECT id FROM credit_lines WHERE name = ? COLLATE NOCASE", [name.strip()]))
        if not rows:
            raise NotFoundError("credit line", name)
        return self.get(rows[0]["id"])

    def name_taken(self, name: str, except_id: int | None = None) -> bool:
        """Whether another line already uses ``name`` (case-insensitive)."""
        rows = list(self.db.query(
            "SELECT id FROM credit_lines WHERE name = ? COLLATE NOCASE AND id IS NOT ?", [name.strip(), except_id]))
        return bool(rows)

    def insert(self, line: CreditLine) -> int:
        """Store a new line with its limits; returns its id."""
        line_id = self.db["credit_lines"].insert(line_to_row(line)).last_pk
        for change in line.limits:
            self.set_limit(line_id, change.effective, change.limit_fen)
        return line_id

    def update(self, line: CreditLine) -> None:
        """Store the terms of an existing line (not its limits)."""
        self.db["credit_lines"].update(line.id, line_to_row(line))

    def set_limit(self, line_id: int, effective: date, limit_fen: int) -> None:
        """Record the limit in force from ``effective`` (replacing one set for the same day)."""
        self.db.execute(
            "INSERT INTO limit_changes (line_id, effective, limit_fen) VALUES (?, ?, ?) "
            "ON CONFLICT (line_id, effective) DO UPDATE SET limit_fen = excluded.limit_fen",
            [line_id, effective.isoformat(), limit_fen])

    def delete(self, line_id: int) -> None:
        """Delete a line and everything recorded on it."""
        self.db.execute("DELETE FROM credit_lines WHERE id = ?", [line_id])


@contextmanager
def _totals_trigger_paused(conn: sqlite3.Connection, table: str, event: str) -> Iterator[None]:
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


def _add_totals(conn: sqlite3.Connection, kind: str, sums: dict[tuple, list[int]]) -> None:
    """Add ``{(line_id, statement_date, posted_on): [amount_fen, count]}`` to ``bill_totals`` rows of ``kind``."""
    conn.executemany(
        "INSERT INTO bill_totals (line_id, kind, statement_date, posted_on, amount_fen, fee_fen, n) "
        "VALUES (?, ?, ?, ?, ?, 0, ?) ON CONFLICT (line_id, kind, statement_date, posted_on) DO UPDATE SET "
        "amount_fen = amount_fen + excluded.amount_fen, n = n + excluded.n",
        [(line, kind, statement, posted, amount, n) for (line, statement, posted), (amount, n) in sums.items()])


def _purchase(row: dict) -> Purchase:
    return Purchase(
        id=row["id"], line_id=row["line_id"], posted_on=date.fromisoformat(row["posted_on"]),
        amount_fen=row["amount_fen"], merchant=row["merchant"], category=row["category"], note=row["note"],
        description=row["description"], installments=row["installments"], statement_date=d(row["statement_date"]),
        source=row["source"], source_key=row["source_key"], order_no=row["order_no"],
    )


@dataclass(frozen=True)
class PurchaseFilter:
    """Filters for listing purchases; ``None`` means no filter. ``text`` matches merchant, description, note;
    ``category`` is one category or several (any of them matches)."""

    line_id: int | None = None
    start: date | None = None
    end: date | None = None
    category: str | tuple[str, ...] | None = None
    text: str | None = None


class PurchasesRepo:
    """Purchases (and, through ``PlansRepo``, their installment plans)."""

    #: The undo history (set by ``Store``): bulk inserts are recorded as one range of rows.
    undo: UndoLog | None = None

    def __init__(self, db: Database) -> None:
        self.db = db

    def insert(self, p: Purchase) -> int:
        """Store a purchase; returns its id."""
        return self.db["purchases"].insert({
            "line_id": p.line_id, "posted_on": p.posted_on.isoformat(), "statement_date": iso(p.statement_date),
            "amount_fen": p.amount_fen, "installments": p.installments, "merchant": p.merchant,
            "category": p.category, "description": p.description, "note": p.note, "source": p.source,
            "source_key": p.source_key, "order_no": p.order_no,
        }).last_pk

    def insert_many(self, purchases: list[Purchase]) -> None:
        """Store many purchases at once (imports, one batch of them), inside the caller's transaction.

        Their per-bill totals are added in one pass (one row per bill and posting day) with the insert trigger
        paused: a trigger run per row would cost three times the insert itself."""
        rows = [(p.line_id, p.posted_on.isoformat(), iso(p.statement_date), p.amount_fen, p.installments, p.merchant,
                 p.category, p.description, p.note, p.source, p.source_key, p.order_no) for p in purchases]
        sums: dict[tuple, list[int]] = {}
        for r in rows:
            if r[4] == 1:
                total = sums.setdefault((r[0], r[2], r[1]), [0, 0])
                total[0] += r[3]
                total[1] += 1
        conn = self.db.conn
        with _bulk(self.undo, "purchases"), _totals_trigger_paused(conn, "purchases", "insert"):
            # plain executemany: sqlite-utils' insert_all inspects every value and costs 4x more on a 100k import
            conn.executemany(
                "INSERT INTO purchases (line_id, posted_on, statement_date, amount_fen, installments, merchant, "
                "category, description, note, source, source_key, order_no) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows)
            _add_totals(conn, "purchase", sums)

    def update(self, p: Purchase) -> None:
        """Store the fields of an existing purchase."""
        self.db["purchases"].update(p.id, {
            "line_id": p.line_id, "posted_on": p.posted_on.isoformat(), "statement_date": iso(p.statement_date),
            "amount_fen": p.amount_fen, "installments": p.installments, "merchant": p.merchant,
            "category": p.category, "description": p.description, "note": p.note,
        })

    def get(self, purchase_id: int) -> Purchase:
        """The purchase with this id. Raises ``NotFoundError``."""
        rows = list(self.db.query("SELECT * FROM purchases WHERE id = ?", [purchase_id]))
        if not rows:
            raise NotFoundError("purchase", purchase_id)
        return _purchase(rows[0])

    def delete(self, purchase_id: int) -> None:
        """Delete a purchase (its plan and parts go with it; refunds keep their credit, unlinked)."""
        self.db.execute("DELETE FROM purchases WHERE id = ?", [purchase_id])

    def list(self, f: PurchaseFilter = PurchaseFilter(), limit: int | None = None, offset: int = 0) -> list[Purchase]:
        """Purchases matching ``f``, newest first."""
        where, params = self._where(f)
        sql = f"SELECT * FROM purchases {where} ORDER BY posted_on DESC, id DESC"
        if limit is not None:
            sql += f" LIMIT {int(limit)} OFFSET {int(offset)}"
        return [_purchase(r) for r in self.db.query(sql, params)]

    def count(self, f: PurchaseFilter = PurchaseFilter()) -> int:
        """How many purchases match ``f``."""
        where, params = self._where(f)
        return next(self.db.query(f"SELECT count(*) AS n FROM purchases {where}", params))["n"]

    def categories(self) -> list[str]:
        """Distinct non-empty categories in use, sorted. One index seek per category (``purchases_category``), from
        each to the next, rather than a pass over every purchase."""
        return [r[0] for r in self.db.execute(
            "WITH RECURSIVE c(name) AS (SELECT min(category) FROM purchases WHERE category > '' "
            "UNION ALL SELECT (SELECT min(category) FROM purchases WHERE category > c.name) FROM c "
            "WHERE c.name IS NOT NULL) SELECT name FROM c WHERE name IS NOT NULL")]

    @staticmethod
    def _where(f: PurchaseFilter) -> tuple[str, list]:
        clauses, params = [], []
        if f.line_id is not None:
            clauses.append("line_id = ?")
            params.append(f.line_id)
        if f.start is not None:
            clauses.append("posted_on >= ?")
            params.append(f.start.isoformat())
        if f.end is not None:
            clauses.append("posted_on <= ?")
            params.append(f.end.isoformat())
        if f.category:
            names = (f.category,) if isinstance(f.category, str) else tuple(f.category)
            clauses.append(f"category IN ({', '.join('?' * len(names))})")
            params += list(names)
        if f.text:
            clauses.append("(merchant LIKE ? ESCAPE '\\' OR description LIKE ? ESCAPE '\\' OR note LIKE ? ESCAPE '\\')")
            like = "%" + f.text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            params += [like, like, like]
        return ("WHERE " + " AND ".join(clauses)) if clauses else "", params

    _SORTABLE = {"posted_on", "line_id", "merchant", "category", "amount_fen", "installments", "statement_date"}

    def page(self, f: PurchaseFilter, sort: str = "posted_on", descending: bool = True, limit: int = 500,
             offset: int = 0) -> list[Purchase]:
        """Purchases matching ``f`` sorted by the column ``sort`` (ties: newest id first), one page of them."""
        if sort not in self._SORTABLE:
            raise ValueError(f"cannot sort purchases by {sort!r}")
        where, params = self._where(f)
        direction = "DESC" if descending else "ASC"
        sql = (f"SELECT * FROM purchases {where} ORDER BY {sort} {direction}, id {direction} "
               f"LIMIT {int(limit)} OFFSET {int(offset)}")
        return [_purchase(r) for r in self.db.query(sql, params)]

    def _keyset(self, f: PurchaseFilter, sort: str, descending: bool,
                after: tuple | None) -> tuple[str, list, str]:
        """WHERE clause (the filter, and "after the row keyed ``after``" in the sort order), its parameters and
        the ORDER BY, for paging by key: (sort value, id) pairs compared as row values, so a page starts where
        the previous one ended without counting the rows before it (no OFFSET)."""
        if sort not in self._SORTABLE:
            raise ValueError(f"cannot sort purchases by {sort!r}")
        where, params = self._where(f)
        direction, beyond = ("DESC", "<") if descending else ("ASC", ">")
        if after is not None:
            where = (where + " AND " if where else "WHERE ") + f"({sort}, id) {beyond} (?, ?)"
            params = [*params, after[0], after[1]]
        return where, params, f"ORDER BY {sort} {direction}, id {direction}"

    def page_after(self, f: PurchaseFilter, sort: str = "posted_on", descending: bool = True,
                   after: tuple | None = None, limit: int = 200) -> list[Purchase]:
        """Up to ``limit`` purchases matching ``f`` in the order of ``sort`` (ties: id, the same direction), the
        first ones after the row whose ``(sort value, id)`` is ``after`` (``None``: from the start).

        Raises:
            ValueError: ``sort`` is not a sortable column.
        """
        where, params, order = self._keyset(f, sort, descending, after)
        return [_purchase(r) for r in self.db.query(
            f"SELECT * FROM purchases {where} {order} LIMIT {int(limit)}", params)]

    def key_at(self, f: PurchaseFilter, sort: str, descending: bool, after: tuple | None,
               skip: int) -> tuple | None:
        """The ``(sort value, id)`` key of the purchase ``skip`` rows past the row keyed ``after`` (``None``: from
        the first) in that order, or ``None`` past the end. A seek for a jump far down the list: it steps over
        the keys in SQLite (an index alone where the order has one: 1,000,000 keys in ~0.06 s) and reads no row.
        """
        where, params, order = self._keyset(f, sort, descending, after)
        row = self.db.execute(f"SELECT {sort}, id FROM purchases {where} {order} LIMIT 1 OFFSET ?",
                              [*params, max(0, int(skip))]).fetchone()
        return (row[0], row[1]) if row else None

    def on_statement(self, line_id: int, statement_date: date) -> list[Purchase]:
        """Purchases paid in full that post on the statement of ``statement_date``, oldest first."""
        return [_purchase(r) for r in self.db.query(
            "SELECT * FROM purchases WHERE line_id = ? AND statement_date = ? AND installments = 1 "
            "ORDER BY posted_on, id", [line_id, statement_date.isoformat()])]

    def brief_on_statement(self, line_id: int, statement_date: date) -> list[tuple[int, date, str, int]]:
        """``(id, posted_on, merchant or else description, amount_fen)`` of each purchase paid in full on the
        statement of ``statement_date``, oldest first: what a statement's detail lists, read as plain tuples (a
        bill of 8,000 purchases in a few milliseconds)."""
        return [(pid, date.fromisoformat(posted), merchant or description, amount) for pid, posted, merchant,
                description, amount in self.db.execute(
                    "SELECT id, posted_on, merchant, description, amount_fen FROM purchases WHERE line_id = ? "
                    "AND statement_date = ? AND installments = 1 ORDER BY posted_on, id",
                    [line_id, statement_date.isoformat()])]

    def keys(self, line_id: int) -> set[str]:
        """Source keys already stored on a line (for import dedupe)."""
        return {r["source_key"] for r in self.db.query(
            "SELECT source_key FROM purchases WHERE line_id = ? AND source_key IS NOT NULL", [line_id])}

    def first_statement(self, line_id: int) -> date | None:
        """The earliest statement date any purchase of the line is on."""
        row = next(self.db.query("SELECT min(statement_date) AS s FROM purchases WHERE line_id = ?", [line_id]))
        return d(row["s"])

    def by_keys(self, line_id: int, keys: list[str]) -> dict[str, Purchase]:
        """The purchases of a line imported with these source keys, by key (imports link refunds with it)."""
        found: dict[str, Purchase] = {}
        unique = sorted(set(keys))
        for i in range(0, len(unique), 500):  # stay under SQLite's limit on bound parameters
            chunk = unique[i:i + 500]
            marks = ", ".join("?" * len(chunk))
            for r in self.db.query(
                    f"SELECT * FROM purchases WHERE line_id = ? AND source_key IN ({marks})", [line_id, *chunk]):
                found[r["source_key"]] = _purchase(r)
        return found

    def id_for_key(self, line_id: int, source_key: str) -> int | None:
        """The id of the purchase imported with ``source_key``, if any."""
        rows = list(self.db.query(
            "SELECT id FROM purchases WHERE line_id = ? AND source_key = ?", [line_id, source_key]))
        return rows[0]["id"] if rows else None


class PlansRepo:
    """Installment plans and their scheduled parts."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def insert(self, plan: InstallmentPlan) -> int:
        """Store a plan and its parts; returns the plan id."""
        plan_id = self.db["installment_plans"].insert({
            "line_id": plan.line_id, "purchase_id": plan.purchase_id, "kind": plan.kind.value,
            "principal_fen": plan.principal_fen, "periods": plan.periods, "fee_rate": str(plan.fee_rate),
            "fee_total_fen": plan.fee_total_fen, "policy": plan.policy.value,
            "merchant_paid": int(plan.merchant_paid), "source_statement": iso(plan.source_statement),
            "closed_on": iso(plan.closed_on),
        }).last_pk
        self._insert_parts(plan_id, plan.line_id, plan.parts)
        return plan_id

    def _insert_parts(self, plan_id: int, line_id: int, parts: tuple[ScheduledPart, ...]) -> None:
        self.db["installment_parts"].insert_all(
            ({"plan_id": plan_id, "line_id": line_id, "period": p.period,
              "statement_date": p.statement_date.isoformat(), "principal_fen": p.principal_fen,
              "fee_fen": p.fee_fen, "status": p.status.value} for p in parts),
            batch_size=500,
        )

    def replace_parts(self, plan_id: int, parts: tuple[ScheduledPart, ...], closed_on: date | None) -> None:
        """Replace a plan's parts (after a refund or an early payoff)."""
        plan = self.get(plan_id)
        self.db.execute("DELETE FROM installment_parts WHERE plan_id = ?", [plan_id])
        self._insert_parts(plan_id, plan.line_id, parts)
        self.db["installment_plans"].update(plan_id, {"closed_on": iso(closed_on)})

    def delete(self, plan_id: int) -> None:
        """Delete a plan and its parts."""
        self.db.execute("DELETE FROM installment_plans WHERE id = ?", [plan_id])

    def get(self, plan_id: int) -> InstallmentPlan:
        """The plan with this id. Raises ``NotFoundError``."""
        rows = list(self.db.query("SELECT * FROM installment_plans WHERE id = ?", [plan_id]))
        if not rows:
            raise NotFoundError("installment plan", plan_id)
        return self._plan(rows[0])

    def for_purchase(self, purchase_id: int) -> InstallmentPlan | None:
        """The plan of an installment purchase, or ``None``."""
        rows = list(self.db.query("SELECT * FROM installment_plans WHERE purchase_id = ?", [purchase_id]))
        return self._plan(rows[0]) if rows else None

    def for_line(self, line_id: int) -> list[InstallmentPlan]:
        """All plans of a line."""
        return [self._plan(r) for r in self.db.query(
            "SELECT * FROM installment_plans WHERE line_id = ? ORDER BY id", [line_id])]

    def parts_on_statement(self, line_id: int, statement_date: date) -> list[dict]:
        """Installment parts billed on a statement (cancelled ones left out), with their plan and purchase:
        dicts with ``plan_id, kind, period, periods, principal_fen, fee_fen, status, purchase_id, merchant,
        posted_on`` (``merchant``/``posted_on`` are ``None`` for a bill installment)."""
        return list(self.db.query(
            "SELECT p.plan_id, pl.kind, p.period, pl.periods, p.principal_fen, p.fee_fen, p.status, "
            "pl.purchase_id, pu.merchant, pu.posted_on, pl.source_statement "
            "FROM installment_parts p JOIN installment_plans pl ON pl.id = p.plan_id "
            "LEFT JOIN purchases pu ON pu.id = pl.purchase_id "
            "WHERE p.line_id = ? AND p.statement_date = ? AND p.status != 'cancelled' "
            "ORDER BY pu.posted_on, p.plan_id, p.period", [line_id, statement_date.isoformat()]))

    def _plan(self, row: dict) -> InstallmentPlan:
        parts = tuple(
            ScheduledPart(r["period"], date.fromisoformat(r["statement_date"]), r["principal_fen"], r["fee_fen"],
                          PartStatus(r["status"]))
            for r in self.db.query(
                "SELECT * FROM installment_parts WHERE plan_id = ? ORDER BY period, id", [row["id"]]))
        return InstallmentPlan(
            id=row["id"], line_id=row["line_id"], purchase_id=row["purchase_id"], kind=PlanKind(row["kind"]),
            principal_fen=row["principal_fen"], periods=row["periods"], fee_rate=Decimal(row["fee_rate"]),
            fee_total_fen=row["fee_total_fen"], parts=parts, policy=EarlyPayoffPolicy(row["policy"]),
            merchant_paid=bool(row["merchant_paid"]), source_statement=d(row["source_statement"]),
            closed_on=d(row["closed_on"]),
        )


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

    def __init__(self, db: Database) -> None:
        self.db = db

    def insert(self, r: Refund) -> int:
        """Store a refund; returns its id."""
        return self.db["refunds"].insert({
            "line_id": r.line_id, "purchase_id": r.purchase_id, "posted_on": r.posted_on.isoformat(),
            "statement_date": iso(r.statement_date), "amount_fen": r.amount_fen, "credit_fen": r.credit_fen,
            "note": r.note, "source": r.source, "source_key": r.source_key,
            "applies_as_payment": int(r.applies_as_payment), "target_statement": iso(r.target_statement),
        }).last_pk

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
        with _bulk(self.undo, "refunds"), _totals_trigger_paused(conn, "refunds", "insert"):
            conn.executemany(
                "INSERT INTO refunds (line_id, purchase_id, posted_on, statement_date, amount_fen, credit_fen, note,"
                " source, source_key, applies_as_payment, target_statement) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows)
            _add_totals(conn, "refund", sums)

    def refunded_by_purchase(self, line_id: int) -> dict[int, int]:
        """Fen refunded so far per purchase id of a line."""
        return {r["p"]: r["s"] for r in self.db.query(
            "SELECT purchase_id AS p, SUM(amount_fen) AS s FROM refunds WHERE line_id = ? AND purchase_id IS NOT NULL "
            "GROUP BY purchase_id", [line_id])}

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

    def __init__(self, db: Database) -> None:
        self.db = db

    def insert(self, line_id: int, r: Repayment, source_key: str | None = None) -> int:
        """Store a repayment; returns its id."""
        return self.db["repayments"].insert({
            "line_id": line_id, "paid_on": r.paid_on.isoformat(), "amount_fen": r.amount_fen,
            "target_statement": iso(r.target_statement), "note": r.note, "source": r.source.value,
            "source_key": source_key, "funded_by_line_id": r.funded_by_line_id,
        }).last_pk

    def insert_many(self, line_id: int, repayments: list[tuple[Repayment, str | None]]) -> None:
        """Store many ``(repayment, source_key)`` pairs at once (imports), inside the caller's transaction."""
        with _bulk(self.undo, "repayments"):
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
            raise NotFoundError("repayment", repayment_id)
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


@functools.lru_cache(maxsize=4096)
def _day_number(iso_day: str) -> int:
    """Proleptic ordinal of an ISO date string (days can be subtracted)."""
    return date.fromisoformat(iso_day).toordinal()


class CyclesRepo:
    """Per-statement totals aggregated in SQL (the statements engine's input)."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def first_statement(self, line_id: int) -> date | None:
        """The statement date of the line's first purchase or installment part, ``None`` when it has none."""
        row = self.db.execute(
            "SELECT min(s) FROM (SELECT min(statement_date) AS s FROM purchases WHERE line_id = ? "
            "UNION ALL SELECT min(statement_date) FROM installment_parts WHERE line_id = ?)",
            [line_id, line_id]).fetchone()
        return date.fromisoformat(row[0]) if row and row[0] else None

    def for_line(self, line_id: int, as_of: date | None = None, amount_days: bool = True) -> list[CycleCharges]:
        """Sum purchases paid in full, installment parts, refund credits and bill conversions per statement date.

        With ``as_of``, postings made after it (and the plans of such purchases) are left out, so a statement
        "as of" a past date shows what was known then. (Refunds and payoffs of a plan made later stay applied.)
        ``amount_days`` (fen x days from posting to the statement date, what a 全额计息 card charges interest on)
        is summed only when asked for; other lines leave it 0.

        Cost: the sums come from ``bill_totals`` (one row per statement date and posting day, kept current by
        triggers as purchases, parts and refunds are written; migration m005), not from the purchases: a line
        with 1,000,000 purchases over seven years reads about 2,600 rows, ~2 ms. The installment parts join
        their plan and purchase only when some plan was posted after ``as_of``.
        """
        day = (as_of or date.max).isoformat()
        out: list[CycleCharges] = []
        if amount_days:
            by_statement: dict[str, list[int]] = {}
            for s, posted, amount, count in self.db.execute(
                "SELECT statement_date, posted_on, amount_fen, n FROM bill_totals "
                "WHERE line_id = ? AND kind = 'purchase' AND posted_on <= ?", [line_id, day]):
                totals = by_statement.setdefault(s, [0, 0, 0])
                totals[0] += amount
                totals[1] += count
                totals[2] += amount * (_day_number(s) - _day_number(posted))
            out.extend(CycleCharges(date.fromisoformat(s), purchases_fen=a, purchase_count=n, amount_days=ad)
                       for s, (a, n, ad) in by_statement.items())
        else:
            out.extend(CycleCharges(date.fromisoformat(s), purchases_fen=a, purchase_count=n)
                       for s, a, n in self.db.execute(
                           "SELECT statement_date, SUM(amount_fen), SUM(n) FROM bill_totals WHERE line_id = ? "
                           "AND kind = 'purchase' AND posted_on <= ? GROUP BY statement_date", [line_id, day]))
        later = self.db.execute(  # a plan posted after as_of? (a purchase's plan: installments > 1; a bill's plan)
            "SELECT EXISTS (SELECT 1 FROM purchases WHERE line_id = ? AND installments > 1 AND posted_on > ?) "
            "OR EXISTS (SELECT 1 FROM installment_plans WHERE line_id = ? AND kind = 'bill' "
            "AND source_statement > ?)", [line_id, day, line_id, day]).fetchone()[0]
        if later:
            parts = self.db.execute(
                "SELECT ip.statement_date, SUM(ip.principal_fen), SUM(ip.fee_fen), COUNT(*) "
                "FROM installment_parts ip JOIN installment_plans pl ON pl.id = ip.plan_id "
                "LEFT JOIN purchases pu ON pu.id = pl.purchase_id WHERE ip.line_id = ? AND ip.status != 'cancelled' "
                "AND coalesce(pu.posted_on, pl.source_statement) <= ? GROUP BY ip.statement_date", [line_id, day])
        else:  # every plan counts
            parts = self.db.execute(
                "SELECT statement_date, SUM(amount_fen), SUM(fee_fen), SUM(n) FROM bill_totals "
                "WHERE line_id = ? AND kind = 'part' GROUP BY statement_date", [line_id])
        out.extend(CycleCharges(date.fromisoformat(s), installment_principal_fen=p, installment_fee_fen=f,
                                purchase_count=n) for s, p, f, n in parts)
        for s, c in self.db.execute(
            "SELECT statement_date, SUM(amount_fen) FROM bill_totals WHERE line_id = ? AND kind = 'refund' "
            "AND posted_on <= ? GROUP BY statement_date", [line_id, day]):
            out.append(CycleCharges(date.fromisoformat(s), refunds_fen=c))
        for r in self.db.query(
            "SELECT source_statement AS s, SUM(principal_fen) AS c FROM installment_plans "
            "WHERE line_id = ? AND kind = 'bill' AND source_statement <= ? GROUP BY source_statement",
                [line_id, day]):
            out.append(CycleCharges(date.fromisoformat(r["s"]), converted_fen=r["c"]))
        return out

    def for_line_scanned(self, line_id: int, as_of: date | None = None,
                         amount_days: bool = True) -> list[CycleCharges]:
        """What ``for_line`` returns, summed from the purchases, parts and refunds themselves instead of
        ``bill_totals`` (reads every row: about 0.1 s per line at 1,000,000 purchases). For checking that the kept
        totals agree."""
        day = (as_of or date.max).isoformat()
        out: list[CycleCharges] = []
        if amount_days:
            by_statement: dict[str, list[int]] = {}
            for s, posted, amount, count in self.db.execute(
                "SELECT statement_date, posted_on, SUM(amount_fen), COUNT(*) FROM purchases "
                "WHERE line_id = ? AND installments = 1 AND posted_on <= ? GROUP BY statement_date, posted_on",
                    [line_id, day]):
                totals = by_statement.setdefault(s, [0, 0, 0])
                totals[0] += amount
                totals[1] += count
                totals[2] += amount * (_day_number(s) - _day_number(posted))
            out.extend(CycleCharges(date.fromisoformat(s), purchases_fen=a, purchase_count=n, amount_days=ad)
                       for s, (a, n, ad) in by_statement.items())
        else:
            out.extend(CycleCharges(date.fromisoformat(s), purchases_fen=a, purchase_count=n)
                       for s, a, n in self.db.execute(
                           "SELECT statement_date, SUM(amount_fen), COUNT(*) FROM purchases WHERE line_id = ? "
                           "AND installments = 1 AND posted_on <= ? GROUP BY statement_date", [line_id, day]))
        later = self.db.execute(  # a plan posted after as_of? (a purchase's plan: installments > 1; a bill's plan)
            "SELECT EXISTS (SELECT 1 FROM purchases WHERE line_id = ? AND installments > 1 AND posted_on > ?) "
            "OR EXISTS (SELECT 1 FROM installment_plans WHERE line_id = ? AND kind = 'bill' "
            "AND source_statement > ?)", [line_id, day, line_id, day]).fetchone()[0]
        if later:
            parts = self.db.execute(
                "SELECT ip.statement_date, SUM(ip.principal_fen), SUM(ip.fee_fen), COUNT(*) "
                "FROM installment_parts ip JOIN installment_plans pl ON pl.id = ip.plan_id "
                "LEFT JOIN purchases pu ON pu.id = pl.purchase_id WHERE ip.line_id = ? AND ip.status != 'cancelled' "
                "AND coalesce(pu.posted_on, pl.source_statement) <= ? GROUP BY ip.statement_date", [line_id, day])
        else:  # every plan counts: the parts' covering index alone
            parts = self.db.execute(
                "SELECT statement_date, SUM(principal_fen), SUM(fee_fen), COUNT(*) FROM installment_parts "
                "WHERE line_id = ? AND status != 'cancelled' GROUP BY statement_date", [line_id])
        out.extend(CycleCharges(date.fromisoformat(s), installment_principal_fen=p, installment_fee_fen=f,
                                purchase_count=n) for s, p, f, n in parts)
        for r in self.db.query(
            "SELECT statement_date AS s, SUM(credit_fen) AS c FROM refunds WHERE line_id = ? "
            "AND applies_as_payment = 0 AND posted_on <= ? GROUP BY statement_date", [line_id, day]):
            out.append(CycleCharges(date.fromisoformat(r["s"]), refunds_fen=r["c"]))
        for r in self.db.query(
            "SELECT source_statement AS s, SUM(principal_fen) AS c FROM installment_plans "
            "WHERE line_id = ? AND kind = 'bill' AND source_statement <= ? GROUP BY source_statement",
                [line_id, day]):
            out.append(CycleCharges(date.fromisoformat(r["s"]), converted_fen=r["c"]))
        return out

    def totals_table(self) -> list[tuple]:
        """Every ``bill_totals`` row ``(line_id, kind, statement_date, posted_on, amount_fen, fee_fen, n)``,
        sorted."""
        return self.db.execute("SELECT line_id, kind, statement_date, posted_on, amount_fen, fee_fen, n "
                               "FROM bill_totals ORDER BY line_id, kind, statement_date, posted_on").fetchall()

    def totals_recomputed(self) -> list[tuple]:
        """What ``totals_table`` holds when it agrees with the purchases, parts and refunds: the same rows summed
        from them now (every row read)."""
        from app.storage.migrations import BILL_TOTALS_FILL

        rows: list[tuple] = []
        for sql in BILL_TOTALS_FILL:
            select = sql[sql.index("SELECT"):].format(lines="SELECT id FROM credit_lines")
            rows += self.db.execute(select).fetchall()
        return sorted(rows)

    def rebuild_totals(self, line_id: int | None = None) -> None:
        """Sum ``bill_totals`` again from the purchases, parts and refunds (of one line, or of all): after a
        bulk rewrite of a line's statement dates (``restate``), or to repair a file another program changed
        with the triggers dropped. Inside the caller's transaction."""
        from app.storage.migrations import BILL_TOTALS_FILL

        if line_id is None:
            self.db.execute("DELETE FROM bill_totals")
            lines = "SELECT id FROM credit_lines"
        else:
            self.db.execute("DELETE FROM bill_totals WHERE line_id = ?", [line_id])
            lines = str(int(line_id))
        for sql in BILL_TOTALS_FILL:
            self.db.execute(sql.format(lines=lines))

    def by_posting_month(self, line_id: int, since: date | None = None) -> list[tuple[str, CycleCharges]]:
        """Like ``for_line`` but split by the month each amount was posted (``"YYYY-MM"``), so the statements as
        of an earlier month end can be rebuilt from what had been posted by then (debt load over time).

        Purchases on statements dated before ``since`` (all posted before it) come whole under the month ``""``,
        which sorts before every month, straight from the covering index. Installment parts take the month of
        their purchase (a bill installment: of its statement); bill conversions the month of the statement they
        convert.
        """
        cut = (since or date.min).isoformat()
        out: list[tuple[str, CycleCharges]] = []
        for r in self.db.query(  # whole statements before the cut (from the kept per-bill totals, as below)
            "SELECT statement_date AS s, SUM(amount_fen) AS a, SUM(n) AS n FROM bill_totals "
            "WHERE line_id = ? AND kind = 'purchase' AND statement_date < ? GROUP BY statement_date", [line_id, cut]):
            out.append(("", CycleCharges(date.fromisoformat(r["s"]), purchases_fen=r["a"], purchase_count=r["n"])))
        for r in self.db.query(
            "SELECT statement_date AS s, substr(posted_on, 1, 7) AS m, SUM(amount_fen) AS a, SUM(n) AS n "
            "FROM bill_totals WHERE line_id = ? AND kind = 'purchase' AND statement_date >= ? GROUP BY s, m",
            [line_id, cut]):
            out.append((r["m"], CycleCharges(date.fromisoformat(r["s"]), purchases_fen=r["a"],
                                             purchase_count=r["n"])))
        # parts billed before the cut from the kept totals, whole: a plan is posted on or before the bill of each
        # of its scheduled parts. An early payoff's part is billed when the payoff is made, which the user may
        # date anywhere: those few are moved from "" to their plan's month below.
        for r in self.db.query(
            "SELECT statement_date AS s, SUM(amount_fen) AS pr, SUM(fee_fen) AS f, SUM(n) AS n FROM bill_totals "
            "WHERE line_id = ? AND kind = 'part' AND statement_date < ? GROUP BY statement_date", [line_id, cut]):
            out.append(("", CycleCharges(date.fromisoformat(r["s"]), installment_principal_fen=r["pr"],
                                         installment_fee_fen=r["f"], purchase_count=r["n"])))
        for r in self.db.query(
            "SELECT p.statement_date AS s, substr(COALESCE(pu.posted_on, pl.source_statement), 1, 7) AS m, "
            "SUM(p.principal_fen) AS pr, SUM(p.fee_fen) AS f, COUNT(*) AS n FROM installment_parts p "
            "JOIN installment_plans pl ON pl.id = p.plan_id LEFT JOIN purchases pu ON pu.id = pl.purchase_id "
            "WHERE p.line_id = ? AND p.status = 'payoff' AND p.statement_date < ? GROUP BY s, m", [line_id, cut]):
            out.append(("", CycleCharges(date.fromisoformat(r["s"]), installment_principal_fen=-r["pr"],
                                         installment_fee_fen=-r["f"], purchase_count=-r["n"])))
            out.append((r["m"], CycleCharges(date.fromisoformat(r["s"]), installment_principal_fen=r["pr"],
                                             installment_fee_fen=r["f"], purchase_count=r["n"])))
        # a plan whose purchase is dated on or after the cut but whose scheduled parts were billed before it: the
        # app moves the parts with the purchase, but another program (raw SQL) may not. Few plans, so cheap.
        for r in self.db.query(
            "SELECT p.statement_date AS s, substr(COALESCE(pu.posted_on, pl.source_statement), 1, 7) AS m, "
            "SUM(p.principal_fen) AS pr, SUM(p.fee_fen) AS f, COUNT(*) AS n FROM installment_plans pl "
            "LEFT JOIN purchases pu ON pu.id = pl.purchase_id JOIN installment_parts p ON p.plan_id = pl.id "
            "WHERE pl.line_id = ? AND COALESCE(pu.posted_on, pl.source_statement) >= ? AND p.line_id = ? "
            "AND p.status = 'scheduled' AND p.statement_date < ? GROUP BY s, m", [line_id, cut, line_id, cut]):
            out.append(("", CycleCharges(date.fromisoformat(r["s"]), installment_principal_fen=-r["pr"],
                                         installment_fee_fen=-r["f"], purchase_count=-r["n"])))
            out.append((r["m"], CycleCharges(date.fromisoformat(r["s"]), installment_principal_fen=r["pr"],
                                             installment_fee_fen=r["f"], purchase_count=r["n"])))
        for r in self.db.query(
            "SELECT p.statement_date AS s, substr(COALESCE(pu.posted_on, pl.source_statement), 1, 7) AS m, "
            "SUM(p.principal_fen) AS pr, SUM(p.fee_fen) AS f, COUNT(*) AS n FROM installment_parts p "
            "JOIN installment_plans pl ON pl.id = p.plan_id LEFT JOIN purchases pu ON pu.id = pl.purchase_id "
            "WHERE p.line_id = ? AND p.status != 'cancelled' AND p.statement_date >= ? GROUP BY s, m",
                [line_id, cut]):
            out.append((r["m"], CycleCharges(date.fromisoformat(r["s"]), installment_principal_fen=r["pr"],
                                             installment_fee_fen=r["f"], purchase_count=r["n"])))
        for r in self.db.query(
            "SELECT statement_date AS s, substr(posted_on, 1, 7) AS m, SUM(amount_fen) AS c FROM bill_totals "
            "WHERE line_id = ? AND kind = 'refund' GROUP BY s, m", [line_id]):
            out.append((r["m"], CycleCharges(date.fromisoformat(r["s"]), refunds_fen=r["c"])))
        for r in self.db.query(
            "SELECT source_statement AS s, SUM(principal_fen) AS c FROM installment_plans "
            "WHERE line_id = ? AND kind = 'bill' GROUP BY source_statement", [line_id]):
            out.append((r["s"][:7], CycleCharges(date.fromisoformat(r["s"]), converted_fen=r["c"])))
        return out

    def restate(self, line_id: int, by_posting, by_statement) -> None:
        """After a line's statement day changed: set each purchase's and refund's statement date to
        ``by_posting(posted_on)``, and map every other stored statement date (bill installments, repayment targets,
        failed auto-repayments) with ``by_statement(old_statement_date)``. Plan parts are the caller's."""
        conn = self.db.conn
        conn.create_function("dl_post", 1, lambda s: by_posting(date.fromisoformat(s)).isoformat(),
                             deterministic=True)
        conn.create_function("dl_stmt", 1, lambda s: s and by_statement(date.fromisoformat(s)).isoformat(),
                             deterministic=True)
        # every purchase and refund of the line gets a new statement date: rather than the per-row triggers
        # (three statements per row), the line's totals are summed once afterwards
        with _totals_trigger_paused(conn, "purchases", "update"), _totals_trigger_paused(conn, "refunds", "update"):
            self._restate_rows(line_id)
            self.rebuild_totals(line_id)

    def _restate_rows(self, line_id: int) -> None:
        for sql in (
            "UPDATE purchases SET statement_date = dl_post(posted_on) WHERE line_id = ?",
            "UPDATE refunds SET statement_date = dl_post(posted_on) WHERE line_id = ?",
            # a refund of a billed purchase pays that purchase's (new) bill
            "UPDATE refunds SET target_statement = coalesce((SELECT p.statement_date FROM purchases p "
            "WHERE p.id = refunds.purchase_id), dl_stmt(target_statement)) WHERE line_id = ? "
            "AND target_statement IS NOT NULL",
            "UPDATE installment_plans SET source_statement = dl_stmt(source_statement) WHERE line_id = ?",
            "UPDATE repayments SET target_statement = dl_stmt(target_statement) WHERE line_id = ?",
            "UPDATE OR IGNORE auto_repay_failures SET statement_date = dl_stmt(statement_date) WHERE line_id = ?",
        ):
            self.db.execute(sql, [line_id])


class SettingsRepo:
    """Key/value settings kept with the data (monthly income, default line, thresholds)."""

    def __init__(self, db: Database) -> None:
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


class Store:
    """All repositories over one database connection."""

    #: A ``services.queries.StatementsCache`` shared with the other connections of a window (set by the session).
    statements_cache = None

    def __init__(self, db: Database) -> None:
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
        self.settings = SettingsRepo(db)
        self.undo = UndoLog(db)
        self.purchases.undo = self.refunds.undo = self.repayments.undo = self.undo

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
                             "value = excluded.value", [DATA_REVISION_KEY, secrets.token_hex(8)])
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

    def ensure_revision(self) -> str:
        """The data revision, written first when the file has none yet (made before revisions existed, or never
        changed since it was created), so what is cached from its data can be keyed by it."""
        revision = self.data_revision()
        if not revision:
            with self.atomic():
                self.settings.set(DATA_REVISION_KEY, secrets.token_hex(8))  # atomic() renews it on commit too
            revision = self.data_revision()
        return revision

    def close(self) -> None:
        """Close the connection."""
        self.db.close()


