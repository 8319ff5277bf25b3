"""Schema migrations (sqlite-utils ``Migrations``), append-only: never edit a released migration, add a new one.

Money is INTEGER minor units (``*_fen``), rates are TEXT Decimals, dates are TEXT ISO ``YYYY-MM-DD``.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("debtlens")


@migrations()
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


@migrations()
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


@migrations()
def m003_late_fee(db: Database) -> None:
    # a card's late fee (违约金): share of the unmet minimum and a floor in fen; default none
    db.execute("ALTER TABLE credit_lines ADD COLUMN late_fee_rate TEXT NOT NULL DEFAULT '0'")
    db.execute("ALTER TABLE credit_lines ADD COLUMN late_fee_min_fen INTEGER NOT NULL DEFAULT 0 "
               "CHECK (late_fee_min_fen >= 0)")


@migrations()
def m004_guardrails(db: Database) -> None:
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


#: The schema version this build writes: the number of migrations it knows.
SCHEMA_VERSION = len(migrations._migrations)
