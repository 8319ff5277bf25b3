"""Every schema version's fixture opens and upgrades with nothing lost; a backup is written before migrating."""

from __future__ import annotations

import json
import re
import sqlite3
from datetime import date
from types import SimpleNamespace

import pytest
from sqlite_utils.migrations import Migrations

from app.services.export_service import ExportService
from app.services.queries import QueryService
from app.storage import db as dbmod
from app.storage.backups import list_backups, verify_backup
from app.storage.db import APPLICATION_ID, SCHEMA_VERSION, open_database
from app.storage.migrations import m001_initial
from app.storage.repositories import Store
from app.storage.snapshot import INTERNAL, INTERNAL_SETTINGS
from tests.storage.conftest import SCHEMAS, raw_tables

FIXTURES = sorted(SCHEMAS.glob("v*.db"), key=lambda p: int(p.stem[1:]))


def test_there_is_a_fixture_for_every_schema_version():
    assert [int(p.stem[1:]) for p in FIXTURES] == list(range(1, SCHEMA_VERSION + 1)), (
        "run tests/data/schemas/make_fixture.py after adding a migration")


def _columns(path, table):
    conn = sqlite3.connect(path)
    try:
        return [r[1] for r in conn.execute(f"PRAGMA table_info('{table}')")]
    finally:
        conn.close()


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.stem)
def test_each_fixture_upgrades_with_nothing_lost(fixture, tmp_path):
    path = tmp_path / "ledger.db"
    path.write_bytes(fixture.read_bytes())
    before = raw_tables(path)
    old_columns = {t: _columns(path, t) for t in before}
    manifest = json.loads(fixture.with_suffix(".manifest.json").read_text())
    assert {t: len(rows) for t, rows in before.items()} == manifest["row_counts"]

    store = Store(open_database(path))
    conn = store.db.conn
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    for table, rows in before.items():  # every old row, every old column, same values
        cols = ", ".join(f'"{c}"' for c in old_columns[table])
        after = conn.execute(f'SELECT {cols} FROM "{table}" ORDER BY rowid').fetchall()
        if table == "_sqlite_migrations":
            assert after[: len(rows)] == rows
        else:
            assert after == rows, table
    doc = ExportService(store).document()
    for table, n in manifest["row_counts"].items():
        if table not in INTERNAL:  # bookkeeping (migrations, undo history, data revision) is not exported
            internal = sum(1 for row in before[table] if row[0] in INTERNAL_SETTINGS) if table == "settings" else 0
            assert doc["counts"][table] == n - internal
    statuses = QueryService(store).status(date(2024, 6, 15), include_archived=True)
    assert len(statuses) == manifest["row_counts"]["credit_lines"]
    # the per-bill totals (m005) are summed by the migration from what the file holds
    assert store.cycles.totals_table() == store.cycles.totals_recomputed() != []
    store.close()


def _with_second_migration(monkeypatch, fn):
    extra = Migrations("debtlens")
    extra()(m001_initial)
    extra(name="m002_test")(fn)
    # open_database asks its migrations module what is pending and applies it: this build knows two migrations
    monkeypatch.setattr(dbmod, "migrations", SimpleNamespace(
        pending=lambda db: [m.name for m in extra.pending(db.utils)],
        apply=lambda db, stop_before=None: extra.apply(db.utils, stop_before=stop_before)))
    monkeypatch.setattr(dbmod, "SCHEMA_VERSION", 2)


def test_a_backup_is_written_before_migrating(fixture_copy, monkeypatch):
    before = raw_tables(fixture_copy)

    def m002(db):
        db.execute("ALTER TABLE purchases ADD COLUMN tags TEXT NOT NULL DEFAULT ''")

    _with_second_migration(monkeypatch, m002)
    store = Store(open_database(fixture_copy))
    assert store.db.conn.execute("PRAGMA user_version").fetchone()[0] == 2
    assert "tags" in store.db["purchases"].columns_dict
    store.close()
    copies = [b for b in list_backups(fixture_copy) if b.reason == "pre-migration"]
    assert len(copies) == 1
    assert re.fullmatch(r"ledger\.db\.pre-v2-\d{8}-\d{6}\.bak", copies[0].path.name)
    assert copies[0].path.parent == fixture_copy.parent
    verify_backup(copies[0].path)
    assert raw_tables(copies[0].path) == before  # the copy is the file as it was before the migration
    assert copies[0].path.stat().st_mode & 0o777 == 0o600


def test_a_failing_migration_changes_nothing(fixture_copy, monkeypatch):
    before = raw_tables(fixture_copy)

    def m002(db):
        db.execute("DELETE FROM purchases")
        raise RuntimeError("bug in a migration")

    _with_second_migration(monkeypatch, m002)
    with pytest.raises(RuntimeError):
        open_database(fixture_copy)
    monkeypatch.undo()
    assert raw_tables(fixture_copy) == before
    conn = sqlite3.connect(fixture_copy)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    conn.close()
    assert [b.reason for b in list_backups(fixture_copy)].count("pre-migration") == 1



CGB_PERIOD = ("交易日期,入账日期,交易摘要,交易金额,交易货币,入账金额,入账货币\n"
              "2024/07/03,2024/07/03,（分期）银联分期00000000001/3/12期,387.42,人民币,387.42,人民币\n"
              "2024/07/04,2024/07/04,（消费）分期乐示例商城,59.00,人民币,59.00,人民币\n").encode()


def test_m011_turns_earlier_imported_plan_periods_into_bank_periods(tmp_path):
    """A v10 ledger holding a CGB statement as v10 imported it (the plan's period a purchase, with a warning): the
    upgrade makes the period a bank plan's, keyed as an import now keys it, so the July bill's minimum holds it
    whole and importing the statement again adds nothing. Every other bill stays as it was."""
    from app.services.importing import ImportService

    path = tmp_path / "ledger.db"
    path.write_bytes((SCHEMAS / "v10.db").read_bytes())
    conn = sqlite3.connect(path)
    card = conn.execute("SELECT id FROM credit_lines WHERE name = '招商银行信用卡'").fetchone()[0]
    for posted, text, amount in (("2024-07-03", "（分期）银联分期00000000001/3/12期", 38742),
                                 ("2024-07-04", "（消费）分期乐示例商城", 5900)):
        conn.execute("INSERT INTO purchases (line_id, posted_on, statement_date, amount_fen, merchant, description, "
                     "category, source, source_key) VALUES (?, ?, '2024-07-31', ?, ?, ?, 'Other', 'bank_csv:cgb', ?)",
                     [card, posted, amount, text, text, f"cgb:{posted}:purchase:{text}:{amount}:0"])
    conn.commit()
    conn.close()
    plain = tmp_path / "plain.db"  # the same v10 ledger without the July statement
    plain.write_bytes((SCHEMAS / "v10.db").read_bytes())
    store = Store(open_database(plain))
    bills = [QueryService(store).line_statements(line.saved_id, date(2024, 6, 15)).issued()
             for line in store.lines.all()]
    store.close()
    store = Store(open_database(path))
    try:
        assert [QueryService(store).line_statements(line.saved_id, date(2024, 6, 15)).issued()
                for line in store.lines.all()] == bills
        assert store.db.execute("SELECT count(*), count(bank_plan) FROM installment_plans").fetchone() == (4, 1)
        rows = store.db.execute("SELECT installments, source_key FROM purchases WHERE posted_on >= '2024-07-03' "
                                "ORDER BY posted_on").fetchall()
        assert rows == [(12, "cgb:plan:00000000001:3/12:38742"), (1, "cgb:2024-07-04:purchase:（消费）分期乐示例商城:5900:0")]
        assert store.cycles.totals_table() == store.cycles.totals_recomputed()
        july = {s.statement_date: s for s in QueryService(store).line_statements(card, date(2024, 8, 1)).statements}[
            date(2024, 7, 31)]
        # the bill installment's period 446.90 and the bank's 387.42 in full, 10 % of the 59.00 purchase
        assert (july.installment_principal_fen + july.installment_fee_fen, july.purchases_fen) == (44690 + 38742, 5900)
        assert (july.balance_fen, july.minimum_fen) == (44690 + 38742 + 5900, 44690 + 38742 + 590)
        imports = ImportService(store)
        again = imports.preview(CGB_PERIOD, "cgb.csv", card, today=date(2024, 8, 1))
        assert [p.duplicate for p in again.planned] == [True, True]
    finally:
        store.close()
