"""A bulk insert larger than the table builds the table's indexes once after its rows (``bulk.indexes_rebuilt``):
the indexes afterwards are exactly those before, the UNIQUE constraint still refuses a twin meanwhile, a failure
brings everything back, and a small insert or one into a larger table keeps the indexes as they are."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from app.domain.credit_line import CreditLine
from app.services.ledger import LedgerService
from app.storage.db import open_database
from app.storage.repositories import Store, bulk
from app.storage.repositories.purchases import PurchaseRow


@pytest.fixture
def store(tmp_path):
    s = Store(open_database(tmp_path / "ledger.db"))
    yield s
    s.close()


def indexes(store: Store) -> list[tuple[str, str]]:
    return store.db.conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                                 "AND tbl_name = 'purchases' ORDER BY name").fetchall()


def rows(line: int, n: int, start: int = 0) -> list[PurchaseRow]:
    return [PurchaseRow(line, f"2026-01-{1 + i % 28:02d}", "2026-02-01", 100 + i, 1, f"示例商户{i % 7}", "餐饮",
                        "", "", "test", f"k{start + i}", None) for i in range(n)]


def dropped_while_inserting(store: Store, monkeypatch) -> list[list[str]]:
    """Record the purchases indexes present each time a batch is written."""
    seen: list[list[str]] = []
    real = store.db.conn

    class Spy:
        def __getattr__(self, name):
            return getattr(real, name)

        def executemany(self, sql, params):
            if sql.startswith("INSERT INTO purchases"):
                seen.append([n for n, _ in real.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                                                          "AND tbl_name = 'purchases' AND sql IS NOT NULL")])
            return real.executemany(sql, params)

    monkeypatch.setattr(store.db, "conn", Spy())
    return seen


def test_a_large_insert_into_a_small_table_rebuilds_the_same_indexes(store, monkeypatch):
    line = LedgerService(store).add_line(CreditLine("花呗"), limit_fen=10**9).ids["line"]
    before = indexes(store)
    assert len([sql for _, sql in before if sql]) == 7  # the purchases' own indexes (schema 9)
    monkeypatch.setattr(bulk, "REBUILD_AT", 10)
    seen = dropped_while_inserting(store, monkeypatch)
    with store.atomic():
        store.purchases.insert_rows(rows(line, 30), batch=10, expected=30)
    assert seen == [[], [], []]  # written with no index of its own to update
    monkeypatch.undo()
    assert indexes(store) == before
    assert store.db.conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert store.purchases.count() == 30
    plan = store.db.conn.execute("EXPLAIN QUERY PLAN SELECT id FROM purchases WHERE merchant = ?", ["示例商户1"])
    assert "purchases_merchant" in " ".join(str(r) for r in plan)


def test_the_unique_key_still_refuses_a_twin_and_a_failure_brings_the_indexes_back(store, monkeypatch):
    line = LedgerService(store).add_line(CreditLine("花呗"), limit_fen=10**9).ids["line"]
    before = indexes(store)
    monkeypatch.setattr(bulk, "REBUILD_AT", 10)
    twins = rows(line, 20) + rows(line, 1)
    with pytest.raises(sqlite3.IntegrityError), store.atomic():
        store.purchases.insert_rows(twins, expected=21)
    assert indexes(store) == before and store.purchases.count() == 0


@pytest.mark.parametrize("adding, held", [(9, 0), (10, 11)])
def test_a_small_insert_or_one_into_a_larger_table_keeps_its_indexes(store, monkeypatch, adding, held):
    line = LedgerService(store).add_line(CreditLine("花呗"), limit_fen=10**9).ids["line"]
    with store.atomic():
        store.purchases.insert_rows(rows(line, held, start=1000))
    monkeypatch.setattr(bulk, "REBUILD_AT", 10)
    seen = dropped_while_inserting(store, monkeypatch)
    with store.atomic():
        store.purchases.insert_rows(rows(line, adding), expected=adding)
    assert len(seen) == 1 and len(seen[0]) == 7


def test_rebuilding_needs_the_callers_transaction(store):
    with pytest.raises(RuntimeError):
        with bulk.indexes_rebuilt(store.db.conn, "purchases", 10**6):
            pass


def test_an_import_larger_than_the_ledger_reads_back_the_same(store, monkeypatch):
    """The whole path: an import onto an empty ledger (indexes rebuilt) and onto a filled one (kept) give the same
    purchases, found through every index."""
    from app.services.importing import ImportService
    from tests.benchmarks.bench_import_parse import generate

    monkeypatch.setattr(bulk, "REBUILD_AT", 100)
    line = LedgerService(store).add_line(CreditLine("花呗"), limit_fen=10**10).ids["line"]
    preview = ImportService(store).preview(generate(400), "bench.csv", line, today=date(2026, 3, 20))
    ImportService(store).commit(preview)
    assert store.purchases.count() == 300
    assert store.db.conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    by_index = store.db.conn.execute("SELECT count(*) FROM purchases INDEXED BY purchases_amount "
                                     "WHERE amount_fen > 0").fetchone()[0]
    assert by_index == 300
