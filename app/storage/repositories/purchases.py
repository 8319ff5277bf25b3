"""Purchases; ``PurchaseFilter`` for listing them (their installment plans: ``plans``)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from itertools import islice
from typing import TYPE_CHECKING, NamedTuple

from app.domain.errors import NotFoundError
from app.domain.messages import QT_TRANSLATE_NOOP
from app.domain.postings import Purchase
from app.storage.repositories.bulk import add_totals, indexes_rebuilt, new_id, totals_trigger_paused, undo_range
from app.storage.rows import d, iso
from app.storage.undo_log import UndoLog

if TYPE_CHECKING:
    from app.storage.ledger_db import LedgerDatabase

#: Purchases paid in installments, as SQL: the numbers of periods listed (the schema allows 1-60) so that SQLite
#: seeks each in the index ``purchases_cycle`` (line, installments, statement date, posting day) to the bills of a
#: range; ``installments > 1`` reads all of a line's plans (6,700 at 1,000,000 purchases) to find a month's.
IN_INSTALLMENTS = f"installments IN ({', '.join(map(str, range(2, 61)))})"

#: A condition on a ``purchases`` row: it is no period of a bank's plan (each purchase in installments sought in
#: ``plans_purchase``).
NOT_BANK_PERIOD = ("NOT EXISTS (SELECT 1 FROM installment_plans bp WHERE bp.purchase_id = purchases.id "
                   "AND bp.kind = 'bank')")


def _purchase(row: dict) -> Purchase:
    return Purchase(
        id=row["id"], line_id=row["line_id"], posted_on=date.fromisoformat(row["posted_on"]),
        amount_fen=row["amount_fen"], merchant=row["merchant"], category=row["category"], note=row["note"],
        description=row["description"], installments=row["installments"], statement_date=d(row["statement_date"]),
        source=row["source"], source_key=row["source_key"], order_no=row["order_no"],
    )


class PurchaseRow(NamedTuple):
    """A purchase as :meth:`PurchasesRepo.insert_rows` writes it: the ``purchases`` columns, dates as ISO text
    (``"2026-03-05"``), amount in fen. What an import writes by the ten thousand, without a ``Purchase`` each."""

    line_id: int
    posted_on: str
    statement_date: str
    amount_fen: int
    installments: int
    merchant: str
    category: str
    description: str
    note: str
    source: str
    source_key: str | None
    order_no: str | None


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

    def __init__(self, db: LedgerDatabase) -> None:
        self.db = db

    def insert(self, p: Purchase) -> int:
        """Store a purchase; returns its id."""
        return new_id(self.db.table("purchases").insert({
            "line_id": p.line_id, "posted_on": p.posted_on.isoformat(), "statement_date": iso(p.statement_date),
            "amount_fen": p.amount_fen, "installments": p.installments, "merchant": p.merchant,
            "category": p.category, "description": p.description, "note": p.note, "source": p.source,
            "source_key": p.source_key, "order_no": p.order_no,
        }))

    def insert_many(self, purchases: Iterable[Purchase], progress: Callable[[int], None] | None = None,
                    batch: int = 5000) -> None:
        """:meth:`insert_rows` of ``Purchase`` records (each must have its statement date)."""
        self.insert_rows((PurchaseRow(p.line_id, p.posted_on.isoformat(), iso(p.statement_date) or "", p.amount_fen,
                                      p.installments, p.merchant, p.category, p.description, p.note, p.source,
                                      p.source_key, p.order_no) for p in purchases), progress, batch)

    def insert_rows(self, purchases: Iterable[tuple], progress: Callable[[int], None] | None = None,
                    batch: int = 5000, expected: int = 0) -> None:
        """Store many purchases at once (an import), inside the caller's transaction, ``batch`` at a time (memory
        stays bounded; ``progress(n)`` after each batch of ``n``). Each row is a :class:`PurchaseRow` or a plain
        tuple of its fields in its order.

        Their per-bill totals are added in one pass (one row per bill and posting day) with the insert trigger
        paused: a trigger run per row would cost three times the insert itself. The undo history records them as
        one range of rows. ``expected``: about how many rows ``purchases`` brings; an import at least as large as the
        table builds the indexes once after its rows (``bulk.indexes_rebuilt``)."""
        conn = self.db.conn
        sums: dict[tuple, list[int]] = {}
        items = iter(purchases)
        with undo_range(self.undo, "purchases"), totals_trigger_paused(conn, "purchases", "insert"), \
                indexes_rebuilt(conn, "purchases", expected):
            while rows := list(islice(items, batch)):
                for r in rows:
                    if r[4] == 1:
                        total = sums.setdefault((r[0], r[2], r[1]), [0, 0])
                        total[0] += r[3]
                        total[1] += 1
                # plain executemany: sqlite-utils' insert_all inspects every value and costs 4x more on a 100k import
                conn.executemany(
                    "INSERT INTO purchases (line_id, posted_on, statement_date, amount_fen, installments, merchant, "
                    "category, description, note, source, source_key, order_no) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
                if progress is not None:
                    progress(len(rows))
            add_totals(conn, "purchase", sums)

    def update(self, p: Purchase) -> None:
        """Store the fields of an existing purchase."""
        if p.id is None:
            raise ValueError("an unsaved purchase cannot be updated")
        self.db.table("purchases").update(p.id, {
            "line_id": p.line_id, "posted_on": p.posted_on.isoformat(), "statement_date": iso(p.statement_date),
            "amount_fen": p.amount_fen, "installments": p.installments, "merchant": p.merchant,
            "category": p.category, "description": p.description, "note": p.note,
        })

    def get(self, purchase_id: int) -> Purchase:
        """The purchase with this id. Raises ``NotFoundError``."""
        rows = list(self.db.query("SELECT * FROM purchases WHERE id = ?", [purchase_id]))
        if not rows:
            raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "purchase"), purchase_id)
        return _purchase(rows[0])

    def delete(self, purchase_id: int) -> None:
        """Delete a purchase (its plan and parts go with it; refunds keep their credit, unlinked)."""
        self.db.execute("DELETE FROM purchases WHERE id = ?", [purchase_id])

    def matching(self, f: PurchaseFilter = PurchaseFilter(), limit: int | None = None, offset: int = 0
                 ) -> list[Purchase]:
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
        clauses: list[str] = []
        params: list[object] = []
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

    #: The columns each sortable column orders by, ties last: a key is those values, compared as a row value. Each
    #: is the order of an index (its columns, then the row id), so a page and a jump down the list read the index
    #: alone: ties go by id, except by category (newest first within a category: ``purchases_category``) and by
    #: credit line (paid in full before plans, then by bill and day: ``purchases_cycle``).
    SORT_KEYS: dict[str, tuple[str, ...]] = {
        "posted_on": ("posted_on", "id"), "merchant": ("merchant", "id"),
        "line_id": ("line_id", "installments", "statement_date", "posted_on", "amount_fen", "id"),
        "category": ("category", "posted_on", "id"), "amount_fen": ("amount_fen", "id"),
        "installments": ("installments", "id"), "statement_date": ("statement_date", "id"),
    }

    def _order(self, sort: str, descending: bool) -> tuple[tuple[str, ...], str]:
        if sort not in self.SORT_KEYS:
            raise ValueError(f"cannot sort purchases by {sort!r}")
        columns = self.SORT_KEYS[sort]
        direction = "DESC" if descending else "ASC"
        return columns, "ORDER BY " + ", ".join(f"{c} {direction}" for c in columns)

    def page(self, f: PurchaseFilter, sort: str = "posted_on", descending: bool = True, limit: int = 500,
             offset: int = 0) -> list[Purchase]:
        """Purchases matching ``f`` sorted by the column ``sort`` (ties: ``SORT_KEYS``), one page of them."""
        _columns, order = self._order(sort, descending)
        where, params = self._where(f)
        sql = f"SELECT * FROM purchases {where} {order} LIMIT {int(limit)} OFFSET {int(offset)}"
        return [_purchase(r) for r in self.db.query(sql, params)]

    def _keyset(self, f: PurchaseFilter, sort: str, descending: bool,
                after: tuple | None) -> tuple[str, list, str]:
        """WHERE clause (the filter, and "after the row keyed ``after``" in the sort order), its parameters and
        the ORDER BY, for paging by key: the ``SORT_KEYS`` values compared as row values, so a page starts where
        the previous one ended without counting the rows before it (no OFFSET)."""
        columns, order = self._order(sort, descending)
        where, params = self._where(f)
        if after is not None:
            beyond = "<" if descending else ">"
            where = ((where + " AND " if where else "WHERE ")
                     + f"({', '.join(columns)}) {beyond} ({', '.join('?' * len(columns))})")
            params = [*params, *after]
        return where, params, order

    def page_after(self, f: PurchaseFilter, sort: str = "posted_on", descending: bool = True,
                   after: tuple | None = None, limit: int = 200, *, scan: bool = False) -> list[Purchase]:
        """Up to ``limit`` purchases matching ``f`` in the order of ``sort`` (ties: ``SORT_KEYS``, the same
        direction), the first ones after the row whose key is ``after`` (``None``: from the start). ``scan``:
        read the table through and sort what matches, instead of walking the order's index and testing each row
        (for a filter no index serves that few rows match).

        Raises:
            ValueError: ``sort`` is not a sortable column.
        """
        where, params, order = self._keyset(f, sort, descending, after)
        source = "purchases NOT INDEXED" if scan else "purchases"
        return [_purchase(r) for r in self.db.query(
            f"SELECT * FROM {source} {where} {order} LIMIT {int(limit)}", params)]

    def key_at(self, f: PurchaseFilter, sort: str, descending: bool, after: tuple | None,
               skip: int, *, scan: bool = False) -> tuple | None:
        """The key (``SORT_KEYS`` values) of the purchase ``skip`` rows past the row keyed ``after`` (``None``: from
        the first) in that order, or ``None`` past the end. A seek for a jump far down the list: it steps over
        the keys in SQLite (an index alone where the order has one: 1,000,000 keys in ~0.06 s) and reads no row.
        ``scan``: as for :meth:`page_after`.
        """
        where, params, order = self._keyset(f, sort, descending, after)
        source = "purchases NOT INDEXED" if scan else "purchases"
        row = self.db.execute(f"SELECT {', '.join(self.SORT_KEYS[sort])} FROM {source} {where} {order} "
                              "LIMIT 1 OFFSET ?", [*params, max(0, int(skip))]).fetchone()
        return tuple(row) if row else None

    def on_statement(self, line_id: int, statement_date: date) -> list[Purchase]:
        """Purchases paid in full that post on the statement of ``statement_date``, oldest first."""
        return [_purchase(r) for r in self.db.query(
            "SELECT * FROM purchases WHERE line_id = ? AND statement_date = ? AND installments = 1 "
            "ORDER BY posted_on, id", [line_id, statement_date.isoformat()])]

    def spent_by_day(self, line_id: int, start: date, end: date) -> list[tuple[date, int]]:
        """``(posted_on, fen)`` per day of every purchase of ``line_id`` posted from ``start`` to ``end`` (both
        included), an installment purchase at its whole price on its day; oldest first. A period of a bank's plan
        is no new spending (it bills a purchase made before, whose price the statement does not show) and is left
        out. Read from the per-bill totals (purchases paid in full) and the few installment purchases, never by
        summing every purchase."""
        days: dict[str, int] = {}
        for day, amount in self.db.execute(
                "SELECT posted_on, SUM(amount_fen) FROM bill_totals WHERE line_id = ? AND kind = 'purchase' "
                "AND posted_on BETWEEN ? AND ? GROUP BY posted_on", [line_id, start.isoformat(), end.isoformat()]):
            days[day] = days.get(day, 0) + amount
        for day, amount in self.db.execute(
                f"SELECT posted_on, SUM(amount_fen) FROM purchases WHERE line_id = ? AND {IN_INSTALLMENTS} "
                f"AND statement_date >= ? AND posted_on BETWEEN ? AND ? AND {NOT_BANK_PERIOD} GROUP BY posted_on",
                [line_id, start.isoformat(), start.isoformat(), end.isoformat()]):
            days[day] = days.get(day, 0) + amount
        return [(date.fromisoformat(day), amount) for day, amount in sorted(days.items())]

    def first_posted_on(self, line_id: int, end: date) -> date | None:
        """The posting day of the first purchase of ``line_id`` up to ``end`` (``None`` when there is none)."""
        found = [d(self.db.execute(sql, [line_id, end.isoformat()]).fetchone()[0]) for sql in (
            "SELECT MIN(posted_on) FROM bill_totals WHERE line_id = ? AND kind = 'purchase' AND posted_on <= ?",
            "SELECT MIN(posted_on) FROM purchases WHERE line_id = ? AND installments > 1 AND posted_on <= ?")]
        return min((day for day in found if day is not None), default=None)

    def total(self, f: PurchaseFilter, line_ids: set[int] | None = None) -> int:
        """Fen of the purchases matching ``f`` (and on one of ``line_ids`` when given), summed in SQL."""
        where, params = self._where(f)
        return sum(amount for line_id, amount in self.db.execute(
            f"SELECT line_id, COALESCE(SUM(amount_fen), 0) FROM purchases {where} GROUP BY line_id", params)
            if line_ids is None or line_id in line_ids)

    def totals_by_category(self, f: PurchaseFilter, line_ids: set[int] | None = None) -> dict[str, int]:
        """``{category: fen}`` of the purchases matching ``f`` (on one of ``line_ids`` when given)."""
        where, params = self._where(f)
        totals: dict[str, int] = {}
        for line_id, category, amount in self.db.execute(
                f"SELECT line_id, category, SUM(amount_fen) FROM purchases {where} GROUP BY line_id, category",
                params):
            if line_ids is None or line_id in line_ids:
                totals[category] = totals.get(category, 0) + amount
        return totals

    def brief_on_statement(self, line_id: int, statement_date: date, offset: int = 0, limit: int = -1
                           ) -> list[tuple[int, date, str, int]]:
        """``(id, posted_on, merchant or else description, amount_fen)`` of the purchases paid in full on the
        statement of ``statement_date``, oldest first (then by id), ``limit`` of them from ``offset`` (-1: all):
        a page of what a statement's detail lists, read as plain tuples."""
        return [(pid, date.fromisoformat(posted), merchant or description, amount) for pid, posted, merchant,
                description, amount in self.db.execute(
                    "SELECT id, posted_on, merchant, description, amount_fen FROM purchases WHERE line_id = ? "
                    "AND statement_date = ? AND installments = 1 ORDER BY posted_on, id LIMIT ? OFFSET ?",
                    [line_id, statement_date.isoformat(), limit, offset])]

    def totals_on_statement(self, line_id: int, statement_date: date) -> tuple[int, int]:
        """``(count, amount_fen)`` of the purchases paid in full on the statement of ``statement_date``."""
        count, amount = self.db.execute(
            "SELECT COUNT(*), COALESCE(SUM(amount_fen), 0) FROM purchases WHERE line_id = ? AND installments = 1 "
            "AND statement_date = ?", [line_id, statement_date.isoformat()]).fetchone()
        return count, amount

    def count_on_statement_until(self, line_id: int, statement_date: date, day: date) -> int:
        """How many purchases paid in full on the statement of ``statement_date`` were posted on ``day`` or
        before (an index range count)."""
        return self.db.execute(
            "SELECT COUNT(*) FROM purchases WHERE line_id = ? AND installments = 1 AND statement_date = ? "
            "AND posted_on <= ?", [line_id, statement_date.isoformat(), day.isoformat()]).fetchone()[0]

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

    def with_source(self, line_id: int, source: str) -> list[tuple[date, int, str]]:
        """``(posted on, amount fen, merchant)`` of the purchases of line ``line_id`` stored with ``source``, oldest
        first."""
        return [(date.fromisoformat(r[0]), r[1], r[2]) for r in self.db.conn.execute(
            "SELECT posted_on, amount_fen, merchant FROM purchases WHERE line_id = ? AND source = ? "
            "ORDER BY posted_on, id", [line_id, source])]
