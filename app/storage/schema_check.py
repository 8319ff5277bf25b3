"""Is this file one DebtLens made? Its schema, and the format of the values it holds, checked before it is used.

A file carrying our application id can still have been made or edited elsewhere: a trigger added to it would run
on our next write (a backup with a trigger once turned a 100.00 repayment into 0.01), a dropped table or a missing
migrations record would crash later, a date stored as free text would crash a view. So before a file is opened,
restored or migrated, its schema must equal what this version's own migrations create for that schema version
(tables with their columns, indexes; no trigger or view we did not make), and its values must have the formats
the code reads (ISO dates, decimal rates, JSON fee presets). Reads only.
"""

from __future__ import annotations

import json
import sqlite3
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from app.storage import migrations
from app.storage.ledger_db import LedgerDatabase

#: Columns holding ISO dates (``YYYY-MM-DD``), per table; ``NULL`` is allowed where the column allows it.
DATE_COLUMNS = {
    "limit_changes": ("effective",),
    "purchases": ("posted_on", "statement_date"),
    "installment_plans": ("source_statement", "closed_on"),
    "installment_parts": ("statement_date",),
    "refunds": ("posted_on", "statement_date", "target_statement"),
    "repayments": ("paid_on", "target_statement"),
    "auto_repay_failures": ("statement_date",),
    "auto_repay_changes": ("effective",),
    "day_changes": ("effective",),
    "wishlist": ("added_on", "decided_on"),
}
#: Columns holding a rate as decimal text.
RATE_COLUMNS = {"credit_lines": ("min_payment_rate", "daily_penalty_rate", "late_fee_rate"),
                "installment_plans": ("fee_rate",)}


def _shape(conn: sqlite3.Connection) -> dict[tuple[str, str], tuple]:
    """``{(type, name): description}`` of every table, index, trigger and view (SQLite's own excluded)."""
    shape: dict[tuple[str, str], tuple] = {}
    rows = conn.execute("SELECT type, name, tbl_name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'").fetchall()
    for kind, name, table in rows:
        if kind == "table":
            cols = tuple(tuple(r[1:6]) for r in conn.execute(f'PRAGMA table_xinfo("{name}")'))
            shape[(kind, name)] = cols
        elif kind == "index":
            cols = tuple(r[2] for r in conn.execute(f'PRAGMA index_info("{name}")'))
            shape[(kind, name)] = (table, cols)
        else:  # a trigger or view: what it does, not only its name (a changed body would run on our writes)
            sql = conn.execute("SELECT sql FROM sqlite_master WHERE type = ? AND name = ?", [kind, name]).fetchone()[0]
            shape[(kind, name)] = (table, " ".join((sql or "").split()))
    return shape


@lru_cache(maxsize=8)
def expected_shape(version: int) -> dict[tuple[str, str], tuple]:
    """The schema this build's migrations create for schema ``version`` (0 = an empty file). The current version's
    is read from ``schema_shape`` (written by ``tools/update_schema_shape.py``; a test keeps it equal to what the
    migrations create), so opening a ledger does not run every migration in memory first."""
    from app.storage import schema_shape

    if version == schema_shape.VERSION:
        return schema_shape.SHAPE
    return migrated_shape(version)


def migrated_shape(version: int) -> dict[tuple[str, str], tuple]:
    """The schema the migrations create for ``version``, made in memory."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        if version > 0:
            db = LedgerDatabase(conn)
            migrations.apply(db, stop_before=migrations.NAMES[version] if version < len(migrations.NAMES) else None)
        return _shape(conn)
    finally:
        conn.close()


def schema_problem(conn: sqlite3.Connection, version: int) -> str | None:
    """Why the file's schema is not what DebtLens version ``version`` made, or ``None`` when it is.

    Only names are reported (never SQL text), e.g. ``"it has a trigger DebtLens did not make: t_repay"``.
    """
    actual, expected = _shape(conn), expected_shape(version)
    if actual == expected:
        return None
    for kind, name in sorted(set(actual) - set(expected), key=lambda k: (k[0] not in ("trigger", "view"), k)):
        return f"it has a {kind} DebtLens did not make: {name}"
    for key in sorted(set(expected) - set(actual), key=lambda k: (k[0] != "table", k)):
        return f"its {key[0]} {key[1]} is missing"
    for key in sorted(expected):
        if actual[key] != expected[key]:
            return f"its {key[0]} {key[1]} was changed"
    return "its schema differs"  # pragma: no cover - one of the above applies


def value_problem(conn: sqlite3.Connection) -> str | None:
    """The first stored value in a format the code cannot read (table, row id, column), or ``None``.

    One indexed-free scan per date column (``date(x) IS x``); rates and fee presets are read in Python (few rows).
    """
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    for table, columns in DATE_COLUMNS.items():
        if table not in tables:
            continue
        present = {r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')}
        for column in columns:
            if column not in present:
                continue
            row = conn.execute(
                f'SELECT rowid, "{column}" FROM "{table}" WHERE "{column}" IS NOT NULL '
                f'AND (typeof("{column}") != \'text\' OR date("{column}") IS NOT "{column}") LIMIT 1').fetchone()
            if row is not None:
                return f"{table} row {row[0]}, {column}: {row[1]!r} is not a date"
    for table, columns in RATE_COLUMNS.items():
        if table not in tables:
            continue
        present = {r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')}
        for column in (c for c in columns if c in present):
            for rowid, value in conn.execute(f'SELECT rowid, "{column}" FROM "{table}"'):
                try:
                    ok = isinstance(value, str) and Decimal(value).is_finite() and 0 <= Decimal(value) < 100
                except InvalidOperation:
                    ok = False
                if not ok:
                    return f"{table} row {rowid}, {column}: {value!r} is not a rate"
    if "credit_lines" in tables:
        for rowid, value in conn.execute("SELECT rowid, fee_presets FROM credit_lines"):
            try:
                presets = json.loads(value)
                ok = isinstance(presets, dict) and all(
                    k.isdigit() and isinstance(v, str) and Decimal(v).is_finite() for k, v in presets.items())
            except (TypeError, ValueError, InvalidOperation, AttributeError):
                ok = False
            if not ok:
                return f"credit_lines row {rowid}, fee_presets: {str(value)[:40]!r} is not a list of fee rates"
    return None
