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


def test_m011_bank_plan_periods_keep_every_bill(tmp_path):
    """A v10 ledger: its plans are DebtLens's own (no bank plan id), its bills the same before and after a bank
    plan's period lands on a later bill, which holds the period whole."""
    from app.services.importing import ImportService

    path = tmp_path / "ledger.db"
    path.write_bytes((SCHEMAS / "v10.db").read_bytes())
    store = Store(open_database(path))
    try:
        assert store.db.execute("SELECT count(*), count(bank_plan) FROM installment_plans").fetchone() == (3, 0)
        card = store.lines.by_name("招商银行信用卡").saved_id
        queries = QueryService(store)
        before = [(s.statement_date, s.balance_fen, s.minimum_fen) for s in
                  queries.line_statements(card, date(2024, 6, 15)).issued()]
        imports = ImportService(store)
        data = ("交易日期,入账日期,交易摘要,交易金额,交易货币,入账金额,入账货币\n"
                "2024/07/03,2024/07/03,（分期）银联分期00000000001/3/12期,387.42,人民币,387.42,人民币\n").encode()
        imports.commit(imports.preview(data, "cgb.csv", card, today=date(2024, 7, 10)))
        after = {s.statement_date: s for s in queries.line_statements(card, date(2024, 8, 1)).statements}
        assert [(d, after[d].balance_fen, after[d].minimum_fen) for d, _, _ in before] == before
        july = after[date(2024, 7, 31)]
        # the bill installment's period 44690 and the bank's period 387.42, both due in full
        assert (july.installment_principal_fen + july.installment_fee_fen, july.balance_fen, july.minimum_fen) == (
            44690 + 38742, 83432, 83432)
        assert store.cycles.totals_table() == store.cycles.totals_recomputed()
    finally:
        store.close()
