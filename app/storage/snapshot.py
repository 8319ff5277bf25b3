"""Whole-database reads and writes for export and import: every data table's rows as plain dicts.

Rows keep their ids, so an import into an empty database reproduces the same state (references between tables,
the default line setting). Tables are read and written parents first, so foreign keys hold at every insert.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.storage.repositories import DATA_REVISION_KEY

if TYPE_CHECKING:
    from app.storage.ledger_db import LedgerDatabase

#: Data tables in dependency order (parents first). A table a later migration adds and this list lacks is still
#: exported and imported (after these), so no data is ever left out.
TABLE_ORDER = [
    "credit_lines", "limit_changes", "auto_repay_changes", "day_changes", "auto_repay_failures", "purchases", "installment_plans", "installment_parts",
    "refunds", "repayments", "settings",
]
#: Bookkeeping tables that are not the user's data (never exported, imported or counted): the undo history is
#: the file's own (``app.storage.undo_log``); ``bill_totals`` holds sums kept by triggers (migration m005).
INTERNAL = {"_sqlite_migrations", "undo_steps", "undo_log", "bill_totals"}
#: Bookkeeping rows of the settings table (the data revision): not exported, not counted as data.
INTERNAL_SETTINGS = (DATA_REVISION_KEY,)


def data_tables(db: LedgerDatabase) -> list[str]:
    """Names of the user's data tables, in dependency order."""
    names = [r["name"] for r in db.query(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    names = [n for n in names if n not in INTERNAL]
    return [t for t in TABLE_ORDER if t in names] + [t for t in names if t not in TABLE_ORDER]


def columns(db: LedgerDatabase, table: str) -> list[str]:
    """Column names of ``table`` in schema order."""
    return [r["name"] for r in db.query(f"SELECT name FROM pragma_table_info('{table}')")]


def _where(table: str) -> str:
    """The filter leaving bookkeeping rows out of ``table``."""
    if table != "settings":
        return ""
    return " WHERE key NOT IN (" + ", ".join(f"'{k}'" for k in INTERNAL_SETTINGS) + ")"


def _order_by(db: LedgerDatabase, table: str) -> str:
    pks = [r["name"] for r in db.query(f"SELECT name, pk FROM pragma_table_info('{table}') WHERE pk > 0 ORDER BY pk")]
    return ", ".join(f'"{c}"' for c in pks) if pks else "rowid"


def read_tables(db: LedgerDatabase) -> dict[str, list[dict]]:
    """Every data table's rows (all columns), ordered by primary key, in one read transaction; the settings'
    bookkeeping rows (``INTERNAL_SETTINGS``) left out."""
    out: dict[str, list[dict]] = {}
    with db.atomic():  # one snapshot even while another connection writes
        for table in data_tables(db):
            out[table] = list(db.query(f'SELECT * FROM "{table}"{_where(table)} ORDER BY {_order_by(db, table)}'))
    return out


def row_counts(db: LedgerDatabase) -> dict[str, int]:
    """Rows per data table (bookkeeping rows not counted)."""
    return {t: next(db.query(f'SELECT count(*) AS n FROM "{t}"{_where(t)}'))["n"] for t in data_tables(db)}


def is_empty(db: LedgerDatabase) -> bool:
    """Whether no data table holds a row."""
    return not any(row_counts(db).values())


def write_tables(db: LedgerDatabase, tables: dict[str, list[dict]]) -> dict[str, int]:
    """Insert rows (ids included) table by table, parents first; the caller holds the transaction.

    Returns rows written per table.

    Raises:
        KeyError: a table or column this database does not have (``args[0]`` names it).
        sqlite3.IntegrityError: a row breaks a constraint (foreign key, CHECK, UNIQUE).
    """
    known = data_tables(db)
    for table in tables:
        if table not in known:
            raise KeyError(table)
    written = {}
    for table in [t for t in known if t in tables]:
        cols = set(columns(db, table))
        rows = tables[table]
        start = 0
        while start < len(rows):  # runs of rows with the same keys go in one executemany
            names = list(rows[start])
            unknown = set(names) - cols
            if unknown:
                raise KeyError(f"{table}.{sorted(unknown)[0]}")
            end = start
            while end < len(rows) and list(rows[end]) == names:
                end += 1
            quoted = ", ".join(f'"{n}"' for n in names)
            db.conn.executemany(f'INSERT INTO "{table}" ({quoted}) VALUES ({", ".join("?" for _ in names)})',
                                ([r[n] for n in names] for r in rows[start:end]))
            start = end
        written[table] = len(rows)
    return written
