"""Schema migrations (sqlite-utils ``Migrations``), append-only: never edit a released migration, add a new one.

Money is INTEGER minor units (``*_fen``), rates are TEXT Decimals, dates are TEXT ISO ``YYYY-MM-DD``.

The functions are listed here (``MIGRATIONS``); the sqlite-utils ``Migrations`` set that applies them and records
them in ``_sqlite_migrations`` is built the first time a file needs one (``apply``). Whether one is pending is read
from that table directly (``pending``), so opening an up-to-date ledger does not load sqlite-utils.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

    from app.storage.ledger_db import LedgerDatabase

#: The name of DebtLens's migration set in ``_sqlite_migrations``.
MIGRATION_SET = "debtlens"
#: Every migration, oldest first; a function's name is its name in ``_sqlite_migrations``.
MIGRATIONS: list[Callable[[Database], None]] = []


def migration(fn: Callable[[Database], None]) -> Callable[[Database], None]:
    """Register ``fn`` as the next migration (``@migration`` above it)."""
    MIGRATIONS.append(fn)
    return fn


@migration
def m001_initial(db: Database) -> None:
    db.execute("""
        CREATE TABLE credit_lines (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            kind TEXT NOT NULL,
            currency TEXT NOT NULL DEFAULT 'CNY',
            statement_day INTEGER NOT NULL CHECK (statement_day BETWEEN 1 AND 31),
            due_day INTEGER NOT NULL CHECK (due_day BETWEEN 1 AND 31),
            statement_day_inclusive INTEGER NOT NULL DEFAULT 0,
            min_payment_rate TEXT NOT NULL,
            daily_penalty_rate TEXT NOT NULL,
            grace_days INTEGER NOT NULL DEFAULT 0,
            auto_repay TEXT NOT NULL DEFAULT 'off',
            remainder_to TEXT NOT NULL DEFAULT 'first',
            fee_presets TEXT NOT NULL DEFAULT '{}',
            archived INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL DEFAULT (datetime('now'))
        )""")
    db.execute("""
        CREATE TABLE limit_changes (
            id INTEGER PRIMARY KEY,
            line_id INTEGER NOT NULL REFERENCES credit_lines(id) ON DELETE CASCADE,
            effective TEXT NOT NULL,
            limit_fen INTEGER NOT NULL CHECK (limit_fen >= 0),
            UNIQUE (line_id, effective)
        )""")
    db.execute("""
        CREATE TABLE purchases (
            id INTEGER PRIMARY KEY,
            line_id INTEGER NOT NULL REFERENCES credit_lines(id) ON DELETE CASCADE,
            posted_on TEXT NOT NULL,
            statement_date TEXT NOT NULL,
            amount_fen INTEGER NOT NULL CHECK (amount_fen > 0),
            installments INTEGER NOT NULL DEFAULT 1 CHECK (installments BETWEEN 1 AND 60),
            merchant TEXT NOT NULL DEFAULT '',
            category TEXT NOT NULL DEFAULT '',
            description TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL DEFAULT 'manual',
            source_key TEXT,
            order_no TEXT,
            UNIQUE (line_id, source_key)
        )""")
    # covering index: per-statement totals of purchases paid in full are read from the index alone
    db.execute("CREATE INDEX purchases_cycle ON purchases (line_id, installments, statement_date, amount_fen)")
    db.execute("CREATE INDEX purchases_posted ON purchases (posted_on)")
    db.execute("""
        CREATE TABLE installment_plans (
            id INTEGER PRIMARY KEY,
            line_id INTEGER NOT NULL REFERENCES credit_lines(id) ON DELETE CASCADE,
            purchase_id INTEGER REFERENCES purchases(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            principal_fen INTEGER NOT NULL CHECK (principal_fen > 0),
            periods INTEGER NOT NULL CHECK (periods BETWEEN 1 AND 60),
            fee_rate TEXT NOT NULL,
            fee_total_fen INTEGER NOT NULL,
            policy TEXT NOT NULL,
            merchant_paid INTEGER NOT NULL DEFAULT 0,
            source_statement TEXT,
            closed_on TEXT
        )""")
    db.execute("CREATE UNIQUE INDEX plans_purchase ON installment_plans (purchase_id)")
    db.execute("""
        CREATE TABLE installment_parts (
            id INTEGER PRIMARY KEY,
            plan_id INTEGER NOT NULL REFERENCES installment_plans(id) ON DELETE CASCADE,
            line_id INTEGER NOT NULL REFERENCES credit_lines(id) ON DELETE CASCADE,
            period INTEGER NOT NULL,
            statement_date TEXT NOT NULL,
            principal_fen INTEGER NOT NULL CHECK (principal_fen >= 0),
            fee_fen INTEGER NOT NULL CHECK (fee_fen >= 0),
            status TEXT NOT NULL DEFAULT 'scheduled'
        )""")
    db.execute("CREATE INDEX parts_cycle ON installment_parts (line_id, status, statement_date, principal_fen, fee_fen)")
    db.execute("CREATE INDEX parts_plan ON installment_parts (plan_id)")
    db.execute("""
        CREATE TABLE refunds (
            id INTEGER PRIMARY KEY,
            line_id INTEGER NOT NULL REFERENCES credit_lines(id) ON DELETE CASCADE,
            purchase_id INTEGER REFERENCES purchases(id) ON DELETE SET NULL,
            posted_on TEXT NOT NULL,
            statement_date TEXT NOT NULL,
            amount_fen INTEGER NOT NULL CHECK (amount_fen > 0),
            credit_fen INTEGER NOT NULL CHECK (credit_fen >= 0),
            -- 1: the refunded purchase was already billed, so the credit repays billed debt at once (like a
            -- repayment) instead of reducing the bill of the refund's own cycle
            applies_as_payment INTEGER NOT NULL DEFAULT 0,
            target_statement TEXT,
            note TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL DEFAULT 'manual',
            source_key TEXT,
            UNIQUE (line_id, source_key)
        )""")
    db.execute("CREATE INDEX refunds_cycle ON refunds (line_id, statement_date, credit_fen)")
    db.execute("""
        CREATE TABLE repayments (
            id INTEGER PRIMARY KEY,
            line_id INTEGER NOT NULL REFERENCES credit_lines(id) ON DELETE CASCADE,
            paid_on TEXT NOT NULL,
            amount_fen INTEGER NOT NULL CHECK (amount_fen > 0),
            target_statement TEXT,
            note TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL DEFAULT 'manual',
            source_key TEXT,
            UNIQUE (line_id, source_key)
        )""")
    db.execute("CREATE INDEX repayments_line ON repayments (line_id, paid_on)")
    db.execute("""
        CREATE TABLE auto_repay_failures (
            line_id INTEGER NOT NULL REFERENCES credit_lines(id) ON DELETE CASCADE,
            statement_date TEXT NOT NULL,
            PRIMARY KEY (line_id, statement_date)
        )""")
    db.execute("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)")


@migration
def m002_auto_repay_history_revolving_basis_as_of_indexes(db: Database) -> None:
    # auto-repay changes apply from a date on, so turning it off does not un-pay the bills it settled
    db.execute("""
        CREATE TABLE auto_repay_changes (
            line_id INTEGER NOT NULL REFERENCES credit_lines(id) ON DELETE CASCADE,
            effective TEXT NOT NULL,
            mode TEXT NOT NULL,
            PRIMARY KEY (line_id, effective)
        )""")
    db.execute("ALTER TABLE credit_lines ADD COLUMN revolving_basis TEXT NOT NULL DEFAULT 'unpaid_from_due'")
    # statements "as of" a date leave out postings after it: posted_on joins the covering indexes
    db.execute("DROP INDEX purchases_cycle")
    db.execute("CREATE INDEX purchases_cycle ON purchases (line_id, installments, statement_date, posted_on, amount_fen)")
    db.execute("DROP INDEX refunds_cycle")
    db.execute("CREATE INDEX refunds_cycle ON refunds (line_id, statement_date, posted_on, credit_fen)")


@migration
def m003_late_fee(db: Database) -> None:
    # a card's late fee (违约金): share of the unmet minimum and a floor in fen; default none
    db.execute("ALTER TABLE credit_lines ADD COLUMN late_fee_rate TEXT NOT NULL DEFAULT '0'")
    db.execute("ALTER TABLE credit_lines ADD COLUMN late_fee_min_fen INTEGER NOT NULL DEFAULT 0 "
               "CHECK (late_fee_min_fen >= 0)")


@migration
def m004_undo_history(db: Database) -> None:
    # the undo history (app.storage.undo_log): user steps, and the rows each one changed, written by the step's
    # own transaction. ``state`` 'undone' marks the redo branch. ``op``: insert, update, delete, a range of rows
    # inserted in bulk (R), or such a range deleted by an undo (B). ``row_key`` is the row's id (its rowid, or the
    # settings key; a range's first rowid); ``old_row`` the row before an update or delete as a JSON object (R: the
    # range's last rowid and row count; B: the same with its columns and every row's values).
    db.execute("""
        CREATE TABLE undo_steps (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            args TEXT NOT NULL DEFAULT '{}',
            state TEXT NOT NULL DEFAULT 'done' CHECK (state IN ('done', 'undone')),
            created TEXT NOT NULL DEFAULT (datetime('now'))
        )""")
    db.execute("""
        CREATE TABLE undo_log (
            seq INTEGER PRIMARY KEY,
            step_id INTEGER NOT NULL REFERENCES undo_steps(id) ON DELETE CASCADE,
            tbl TEXT NOT NULL,
            op TEXT NOT NULL CHECK (op IN ('I', 'U', 'D', 'R', 'B')),
            row_key NOT NULL,
            old_row TEXT
        )""")
    db.execute("CREATE INDEX undo_log_step ON undo_log (step_id, seq)")


#: Kinds of ``bill_totals`` rows: purchases paid in full, installment parts (not cancelled), refund credits that
#: reduce the bill of their own cycle. Frozen with m005: a later change needs a new migration.
BILL_TOTALS_FILL = (
    "INSERT INTO bill_totals (line_id, kind, statement_date, posted_on, amount_fen, fee_fen, n) "
    "SELECT line_id, 'purchase', statement_date, posted_on, SUM(amount_fen), 0, COUNT(*) FROM purchases "
    "WHERE installments = 1 AND line_id IN ({lines}) GROUP BY line_id, statement_date, posted_on",
    "INSERT INTO bill_totals (line_id, kind, statement_date, posted_on, amount_fen, fee_fen, n) "
    "SELECT line_id, 'part', statement_date, '', SUM(principal_fen), SUM(fee_fen), COUNT(*) FROM installment_parts "
    "WHERE status != 'cancelled' AND line_id IN ({lines}) GROUP BY line_id, statement_date",
    "INSERT INTO bill_totals (line_id, kind, statement_date, posted_on, amount_fen, fee_fen, n) "
    "SELECT line_id, 'refund', statement_date, posted_on, SUM(credit_fen), 0, COUNT(*) FROM refunds "
    "WHERE applies_as_payment = 0 AND line_id IN ({lines}) GROUP BY line_id, statement_date, posted_on",
)


def _bill_totals_triggers(table: str, kind: str, when: str, posted: str, amount: str, fee: str,
                          columns: str) -> list[str]:
    """The three triggers that keep ``bill_totals`` equal to the sums over ``table``'s rows that satisfy ``when``
    (written with ``{r}`` for the row): an insert adds the row, a delete takes it away, an update of one of
    ``columns`` does both. Rows whose count falls to 0 are removed."""
    def add(r: str, sign: str) -> str:
        return (f"INSERT INTO bill_totals (line_id, kind, statement_date, posted_on, amount_fen, fee_fen, n) "
                f"SELECT {r}.line_id, '{kind}', {r}.statement_date, {posted.format(r=r)}, "
                f"{sign}{amount.format(r=r)}, {sign}{fee.format(r=r)}, {sign}1 WHERE {when.format(r=r)} "
                f"ON CONFLICT (line_id, kind, statement_date, posted_on) DO UPDATE SET "
                f"amount_fen = amount_fen + excluded.amount_fen, fee_fen = fee_fen + excluded.fee_fen, "
                f"n = n + excluded.n;")

    def prune(r: str) -> str:
        return (f"DELETE FROM bill_totals WHERE line_id = {r}.line_id AND kind = '{kind}' "
                f"AND statement_date = {r}.statement_date AND posted_on = {posted.format(r=r)} AND n = 0;")

    name = f"bill_totals_{table}"
    return [
        f"CREATE TRIGGER {name}_insert AFTER INSERT ON {table} BEGIN {add('NEW', '')} END",
        f"CREATE TRIGGER {name}_delete AFTER DELETE ON {table} BEGIN {add('OLD', '-')} {prune('OLD')} END",
        f"CREATE TRIGGER {name}_update AFTER UPDATE OF {columns} ON {table} "
        f"BEGIN {add('OLD', '-')} {prune('OLD')} {add('NEW', '')} END",
    ]


@migration
def m005_bill_totals_category_index(db: Database) -> None:
    # Per-bill totals kept current by triggers in the writing transaction, whichever code (or program) writes:
    # the statements engine reads a few thousand rows instead of every purchase (1,000,000 purchases: 0.1 s per
    # line -> ~1 ms). One row per line, kind, statement date and posting day, so statements "as of" a past date
    # and the interest of a card that charges from the posting day still read it. Bookkeeping, not user data.
    db.execute("""
        CREATE TABLE bill_totals (
            line_id INTEGER NOT NULL,
            kind TEXT NOT NULL,
            statement_date TEXT NOT NULL,
            posted_on TEXT NOT NULL,
            amount_fen INTEGER NOT NULL,
            fee_fen INTEGER NOT NULL,
            n INTEGER NOT NULL,
            PRIMARY KEY (line_id, kind, statement_date, posted_on)
        )""")
    for sql in (
        _bill_totals_triggers("purchases", "purchase", "{r}.installments = 1", "{r}.posted_on", "{r}.amount_fen",
                              "0", "line_id, statement_date, posted_on, amount_fen, installments")
        + _bill_totals_triggers("installment_parts", "part", "{r}.status != 'cancelled'", "''",
                                "{r}.principal_fen", "{r}.fee_fen",
                                "line_id, statement_date, principal_fen, fee_fen, status")
        + _bill_totals_triggers("refunds", "refund", "{r}.applies_as_payment = 0", "{r}.posted_on",
                                "{r}.credit_fen", "0", "line_id, statement_date, posted_on, credit_fen, "
                                "applies_as_payment")):
        db.execute(sql)
    # the purchases list filtered by category, newest first, reads this index instead of every purchase
    db.execute("CREATE INDEX purchases_category ON purchases (category, posted_on)")
    lines = "SELECT id FROM credit_lines"
    for sql in BILL_TOTALS_FILL:
        db.execute(sql.format(lines=lines))


@migration
def m006_guardrails(db: Database) -> None:
    # issue "Guardrails": my own limit per credit line, below the bank's (the caps on plans and monthly spending
    # are settings, ``services.my_limits``) and the cooling-off list of things I want (``services.wishlist``)
    db.execute("""
        CREATE TABLE personal_limits (
            line_id INTEGER PRIMARY KEY REFERENCES credit_lines(id) ON DELETE CASCADE,
            limit_fen INTEGER NOT NULL CHECK (limit_fen > 0)
        )""")
    db.execute("""
        CREATE TABLE wishlist (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            price_fen INTEGER NOT NULL CHECK (price_fen > 0),
            shop TEXT NOT NULL DEFAULT '',
            line_id INTEGER REFERENCES credit_lines(id) ON DELETE SET NULL,
            added_on TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'waiting' CHECK (status IN ('waiting', 'bought', 'dropped')),
            decided_on TEXT,
            purchase_id INTEGER REFERENCES purchases(id) ON DELETE SET NULL
        )""")


@migration
def m007_repayment_funded_by_line(db: Database) -> None:
    # issue "Guardrails": a repayment paid with money borrowed on another credit line (以卡养卡) names that line;
    # NULL = paid with the borrower's own money. Deleting the funding line keeps the repayment, unmarked.
    db.execute("ALTER TABLE repayments ADD COLUMN funded_by_line_id INTEGER "
               "REFERENCES credit_lines(id) ON DELETE SET NULL")


@migration
def m008_purchases_sort_indexes(db: Database) -> None:
    # issue "Open as fast as a C finance app": the purchases table pages by key in the order of its sorted column
    # and seeks far down the list by stepping over keys; by merchant or amount that meant sorting every purchase
    # on each jump (3.4 s at 1,000,000). An index on the column alone is (column, id): the key order itself.
    db.execute("CREATE INDEX purchases_merchant ON purchases (merchant)")
    db.execute("CREATE INDEX purchases_amount ON purchases (amount_fen)")


@migration
def m009_purchases_sort_by_plan_and_bill(db: Database) -> None:
    # issue "Open as fast as a C finance app": the purchases table sorted by installments or by statement sorted
    # every purchase again for each page and jump (3-3.6 s to reach the last of 1,000,000 rows). Few distinct values
    # and new rows at the end of each, so imports add them almost in order (~0.6 s each to build at 1,000,000).
    db.execute("CREATE INDEX purchases_installments ON purchases (installments)")
    db.execute("CREATE INDEX purchases_statement ON purchases (statement_date)")


@migration
def m010_pay_in_4(db: Database) -> None:
    # pay in 4 (domain-rules.md §5): a line's purchases are each due in 4 payments every 14 days instead of on
    # monthly bills, with the line's late-fee rule; every existing line keeps its monthly bills
    db.execute("ALTER TABLE credit_lines ADD COLUMN billing TEXT NOT NULL DEFAULT 'monthly'")
    db.execute("ALTER TABLE credit_lines ADD COLUMN bnpl_late_fee TEXT NOT NULL DEFAULT 'klarna_us'")


@migration
def m011_bank_plan_periods(db: Database) -> None:
    # a bank statement's line that is period n of N of the bank's own installment plan (分期, input-formats.md §6)
    # is stored as a plan of kind 'bank' holding that one period, billed in full on its statement like the parts of
    # DebtLens's own plans; its purchase has installments = N. The plan's id as the bank prints it ties the periods
    # of one plan together; NULL for DebtLens's own plans.
    db.execute("ALTER TABLE installment_plans ADD COLUMN bank_plan TEXT")
    _bank_periods_of_earlier_imports(db)


def _bank_periods_of_earlier_imports(db: Database) -> None:
    """Turn the plan periods earlier versions imported from card statements as purchases (kept with a warning)
    into periods of the bank's plan, keyed as an import now keys them: their bills' minimums then hold them whole,
    and importing the same statement again adds nothing. A purchase's key was ``PREFIX:DATE:…``; the period's is
    ``PREFIX:plan:ID:n/N:AMOUNT`` (``#1``… when two rows would share it). Pay-in-4 lines keep them as they were."""
    from app.domain.bank_periods import plan_period

    rows = db.execute(
        "SELECT p.id, p.line_id, p.posted_on, p.statement_date, p.amount_fen, p.merchant, p.description, "
        "p.source_key FROM purchases p JOIN credit_lines l ON l.id = p.line_id WHERE p.installments = 1 "
        "AND p.source LIKE 'bank_csv:%' AND l.billing = 'monthly' "
        "AND (p.description LIKE '%分期%' OR p.merchant LIKE '%分期%') ORDER BY p.id").fetchall()
    for pid, line_id, posted_on, statement_date, amount, merchant, description, old_key in rows:
        part = plan_period(description, merchant)
        if part is None:
            continue
        key = old_key
        if old_key and f":{posted_on}:" in old_key:
            base = part.key(old_key[:old_key.index(f":{posted_on}:")], amount)
            key, n = base, 0
            while db.execute("SELECT 1 FROM purchases WHERE line_id = ? AND source_key = ?",
                             [line_id, key]).fetchone():
                n += 1
                key = f"{base}#{n}"
        db.execute("UPDATE purchases SET installments = ?, source_key = ? WHERE id = ?", [part.periods, key, pid])
        plan = db.execute(
            "INSERT INTO installment_plans (line_id, purchase_id, kind, principal_fen, periods, fee_rate, "
            "fee_total_fen, policy, merchant_paid, bank_plan) VALUES (?, ?, 'bank', ?, ?, '0', 0, "
            "'all_remaining_fees', 0, ?)", [line_id, pid, amount, part.periods, part.plan_ref[:200]]).lastrowid
        db.execute("INSERT INTO installment_parts (plan_id, line_id, period, statement_date, principal_fen, fee_fen, "
                   "status) VALUES (?, ?, ?, ?, ?, 0, 'scheduled')", [plan, line_id, part.period, statement_date,
                                                                      amount])


@migration
def m012_day_changes(db: Database) -> None:
    # a new statement or due day applies from the next cycle (domain-rules.md §1): bills issued before keep their
    # dates. A line without rows here has always had its current days.
    db.execute("""
        CREATE TABLE day_changes (
            line_id INTEGER NOT NULL REFERENCES credit_lines(id) ON DELETE CASCADE,
            effective TEXT NOT NULL,
            statement_day INTEGER NOT NULL CHECK (statement_day BETWEEN 1 AND 31),
            due_day INTEGER NOT NULL CHECK (due_day BETWEEN 1 AND 31),
            statement_day_inclusive INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (line_id, effective)
        )""")


#: The schema version this build writes: the number of migrations it knows.
SCHEMA_VERSION = len(MIGRATIONS)
#: Their names, oldest first.
NAMES = [fn.__name__ for fn in MIGRATIONS]


@cache
def migration_set() -> Migrations:
    """The sqlite-utils ``Migrations`` of ``MIGRATIONS`` (imports sqlite-utils)."""
    from app.storage.ledger_db import load_sqlite_utils

    load_sqlite_utils()
    from sqlite_utils.migrations import Migrations

    found = Migrations(MIGRATION_SET)
    for fn in MIGRATIONS:
        found()(fn)
    return found


def pending(db: LedgerDatabase) -> list[str]:
    """The names of the migrations ``db`` has not had yet, oldest first (a read; sqlite-utils is not needed)."""
    conn = db.conn
    if not conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_sqlite_migrations'").fetchone():
        return list(NAMES)
    applied = {r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations WHERE migration_set = ?",
                                          [MIGRATION_SET])}
    return [name for name in NAMES if name not in applied]


def apply(db: LedgerDatabase, stop_before: str | None = None) -> None:
    """Apply the pending migrations to ``db`` (stopping before the one named ``stop_before``), each in its
    transaction with its record in ``_sqlite_migrations``."""
    migration_set().apply(db.utils, stop_before=stop_before)
