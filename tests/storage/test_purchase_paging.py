"""Paging the purchases by key in every sort order: the pages, read one after another from any key, are exactly the
whole list in that order, and a seek (``key_at``) lands on the key of the row it counts to."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from app.domain.credit_line import CreditLine, LineKind
from app.services.ledger import LedgerService
from app.services.listing import PurchaseListing
from app.storage.repositories import PurchaseFilter
from app.storage.repositories.purchases import PurchasesRepo


@pytest.fixture
def listing(store):
    ledger = LedgerService(store)
    ledger.add_line(CreditLine(name="花呗", kind=LineKind.HUABEI, statement_day=1, due_day=10), 500_000)
    ledger.add_line(CreditLine(name="卡", kind=LineKind.CREDIT_CARD, statement_day=5, due_day=25), 500_000)
    start = date(2026, 1, 1)
    for i in range(57):  # ties on every column: few merchants, categories, amounts and days
        ledger.record_purchase(1 + i % 2, start + timedelta(days=i % 9), 1_000 * (1 + i % 4),
                               merchant=f"商户{i % 5}", category=("Dining", "Shopping", "Travel")[i % 3],
                               installments=3 if i % 7 == 0 else 1, fee_rate=None if i % 7 else Decimal(0))
    return PurchaseListing(store)


@pytest.mark.parametrize("sort", sorted(PurchasesRepo.SORT_KEYS))
@pytest.mark.parametrize("descending", [True, False])
def test_pages_by_key_are_the_whole_list_in_order(listing, sort, descending):
    f = PurchaseFilter()
    whole = [p.id for p in listing.store.purchases.page(f, sort, descending, limit=1000)]
    assert len(whole) == 57
    paged, after = [], None
    while True:
        rows = listing.page_after(f, sort, descending, after, 10)
        if not rows:
            break
        paged += [p.id for p in rows]
        after = listing.key(rows[-1], sort)
    assert paged == whole
    # a seek from the start to row 33 lands on that row's key; the page after it starts at row 34
    key = listing.key_at(f, sort, descending, None, 33)
    assert key == listing.key(listing.get(whole[33]), sort)
    assert [p.id for p in listing.page_after(f, sort, descending, key, 5)] == whole[34:39]


def test_by_category_the_newest_come_first_within_a_category(listing):
    rows = listing.page_after(PurchaseFilter(), "category", False, None, 100)
    dining = [p.posted_on for p in rows if p.category == "Dining"]
    assert [p.category for p in rows][:len(dining)] == ["Dining"] * len(dining)
    assert dining == sorted(dining)  # ascending by category: its ties ascending too (the index's order)


@pytest.mark.parametrize("sort", sorted(PurchasesRepo.SORT_KEYS))
@pytest.mark.parametrize("descending", [True, False])
def test_every_sort_order_is_an_index_order(listing, sort, descending):
    """A page or a jump in any sort order reads an index in its order: SQLite never sorts every purchase (at
    1,000,000 that took seconds per jump)."""
    repo = listing.store.purchases
    where, params, order = repo._keyset(PurchaseFilter(), sort, descending, None)
    plan = " ".join(str(row[3]) for row in listing.store.db.execute(
        f"EXPLAIN QUERY PLAN SELECT * FROM purchases {where} {order} LIMIT 10", params))
    assert "TEMP B-TREE" not in plan and "USING INDEX" in plan, plan


@pytest.mark.parametrize("sort", sorted(PurchasesRepo.SORT_KEYS))
@pytest.mark.parametrize("descending", [True, False])
def test_a_search_that_few_match_reads_the_same_pages_by_a_table_scan(listing, sort, descending):
    """Few matches of a text search are read by scanning the table (``matches`` at or under FEW_MATCHES): the same
    rows in the same order, page after page, and the same keys for a jump, as walking the order's index."""
    from app.services.listing import FEW_MATCHES

    f = PurchaseFilter(text="商户1")
    matches = listing.count(f)
    assert 0 < matches <= FEW_MATCHES
    walked, scanned = [], []
    for into, count in ((walked, None), (scanned, matches)):
        after = None
        while rows := listing.page_after(f, sort, descending, after, 4, count):
            into.extend(p.id for p in rows)
            after = listing.key(rows[-1], sort)
    assert scanned == walked and len(walked) == matches
    assert listing.key_at(f, sort, descending, None, 5, matches) == listing.key_at(f, sort, descending, None, 5)
    repo = listing.store.purchases
    where, params, order = repo._keyset(f, sort, descending, None)
    plan = " ".join(str(row[3]) for row in listing.store.db.execute(
        f"EXPLAIN QUERY PLAN SELECT * FROM purchases NOT INDEXED {where} {order} LIMIT 4", params))
    assert "SCAN purchases" in plan and "USING INDEX" not in plan
