"""The keys a line already holds are found the same whether they are looked up one chunk at a time (a small file
onto a large ledger) or read whole (a file as large as the ledger)."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.credit_line import CreditLine
from app.domain.statements import Repayment, RepaymentSource
from app.services.ledger import LedgerService
from app.storage.db import open_database
from app.storage.repositories import Store, source_keys
from app.storage.repositories.purchases import PurchaseRow


@pytest.fixture
def store(tmp_path):
    s = Store(open_database(tmp_path / "ledger.db"))
    ledger = LedgerService(s)
    first = ledger.add_line(CreditLine("花呗"), limit_fen=10**9).ids["line"]
    other = ledger.add_line(CreditLine("示例卡"), limit_fen=10**9).ids["line"]
    with s.atomic():
        s.purchases.insert_rows([PurchaseRow(line, "2026-01-05", "2026-02-01", 100, 1, "示例商户", "餐饮", "", "",
                                             "test", f"p{line}-{i}", None) for line in (first, other)
                                 for i in range(1200)])
        s.repayments.insert_many(first, [(Repayment(paid_on=date(2026, 2, 8), amount_fen=100,
                                                    source=RepaymentSource.IMPORT), "r-1")])
    ledger.record_refund(first, date(2026, 1, 9), 50, source="test", source_key="f-1")
    s.first, s.other = first, other
    yield s
    s.close()


@pytest.mark.parametrize("lookup_when", [0, 10**9], ids=["looked-up", "read-whole"])
def test_the_keys_on_the_line_are_found_either_way(store, monkeypatch, lookup_when):
    monkeypatch.setattr(source_keys, "LOOKUP_WHEN", lookup_when)
    asked = {f"p{store.first}-{i}" for i in range(0, 1200, 2)} | {f"p{store.other}-{i}" for i in range(5)} | {
        "r-1", "f-1", "never-seen"}
    found = store.imported_keys(store.first, asked)
    assert found == {f"p{store.first}-{i}" for i in range(0, 1200, 2)} | {"r-1", "f-1"}
    assert store.imported_keys(store.other, {"r-1", f"p{store.other}-3"}) == {f"p{store.other}-3"}
    assert store.imported_keys(store.first, set()) == set()
