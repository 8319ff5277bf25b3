"""Read-side services behind the GUI: overview numbers, debt load series, statement detail, purchase listing,
and the demo scenario."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from app.domain.statements import StatementStatus
from app.services.demo import BNPL, CARD, HUABEI, build_demo, is_current
from app.services.listing import PurchaseListing
from app.services.overview import overview
from app.services.reports import debt_load, month_end
from app.services.statement_detail import EntryKind, statement_detail
from app.storage.repositories import PurchaseFilter

TODAY = date(2026, 3, 20)


def test_overview_of_one_installment_purchase(ledger, store, huabei):
    ledger.record_purchase(huabei, date(2026, 3, 15), 100000, installments=6)  # preset 4.5 %
    o = overview(store, TODAY)
    assert o.outstanding_fen == 100000 and o.limit_fen == 500000 and o.available_fen == 400000
    assert o.utilization == Decimal("0.2")
    assert o.next_due.due.amount_fen == 17420 and o.next_due.due.due_date == date(2026, 4, 10)
    assert o.next_due.days_left(TODAY) == 21
    assert o.due_soon_fen == 17420 and o.debt_service_ratio is None


def test_overdue_comes_first_with_its_penalty(ledger, store, huabei):
    ledger.record_purchase(huabei, date(2026, 1, 5), 100000)  # bill 2026-02-01, due 2026-02-10
    o = overview(store, TODAY)
    due = o.next_due.due
    assert due.overdue and due.due_date == date(2026, 2, 10)
    # 1,000.00 x 0.05 % a day x 38 days (02-10 -> 03-01 posted on the March bill, then to 03-20) = 19.00
    assert o.penalty_fen == 1900
    # overdue is the unmet minimum (§1.5): 10 % of 1,000.00 + 9.50 interest + the missed 100.00 of February
    assert o.overdue_fen == 20950 and o.overdue_since == date(2026, 2, 10)


def test_debt_load_history_projection_and_limits(ledger, store, huabei):
    ledger.record_purchase(huabei, date(2026, 1, 10), 30000)  # bill 02-01, due 02-10
    ledger.record_repayment(huabei, date(2026, 2, 9), 30000)
    ledger.record_purchase(huabei, date(2026, 3, 15), 60000, installments=3, fee_rate=Decimal(0))
    ledger.change_limit(huabei, 800000, date(2026, 2, 15))
    series = debt_load(store, TODAY)
    assert len(series.dates) == 12 + 1 + 12 and series.dates[series.today_index] == TODAY
    at = dict(zip(series.dates, series.outstanding_fen, strict=True))
    limits = dict(zip(series.dates, series.limit_fen, strict=True))
    assert at[date(2025, 12, 31)] == 0
    assert at[date(2026, 1, 31)] == 30000  # billed on 02-01, not yet repaid
    assert at[date(2026, 2, 28)] == 0  # repaid on 02-09
    assert at[TODAY] == 60000
    # projection: each bill paid on its due date; 20,000 a month billed on 04-01, 05-01, 06-01
    assert at[date(2026, 3, 31)] == 60000
    assert at[date(2026, 4, 30)] == 40000
    assert at[date(2026, 6, 30)] == 0
    assert limits[date(2026, 1, 31)] == 500000 and limits[date(2026, 2, 28)] == 800000


def test_month_end():
    assert month_end(date(2024, 2, 10)) == date(2024, 2, 29)


def test_statement_detail_lists_purchases_parts_and_refunds(ledger, store, huabei):
    first = ledger.record_purchase(huabei, date(2026, 2, 3), 2550, merchant="示例咖啡").ids["purchase"]
    ledger.record_purchase(huabei, date(2026, 2, 5), 90000, merchant="示例手机", installments=3)
    ledger.record_refund(huabei, date(2026, 2, 20), 550, purchase_id=first)
    detail = statement_detail(store, huabei, date(2026, 3, 1), TODAY)
    kinds = [e.kind for e in detail.entries]
    assert kinds.count(EntryKind.PURCHASE) == 1 and kinds.count(EntryKind.INSTALLMENT) == 1
    part = next(e for e in detail.entries if e.kind is EntryKind.INSTALLMENT)
    assert (part.period, part.periods, part.merchant) == (1, 3, "示例手机")
    assert part.amount_fen == 30000 + 750  # 2.5 % of 900.00 = 22.50, 7.50 a period
    assert detail.total_fen == detail.statement.balance_fen
    with pytest.raises(LookupError):
        statement_detail(store, huabei, date(2020, 1, 1), TODAY)


def test_a_bills_entries_read_a_page_at_a_time_are_those_of_one_sorted_list(ledger, store, huabei):
    """A bill of 37 purchases on 6 days, 2 installment parts and 2 refunds (one on a day with purchases, one on a
    day without): read a slice at a time, the entries are exactly those of the eager list sorted by day (on one day
    purchases first, by id), with the carried balance first and the adjustments last; they add up to the
    balance and the purchases are read only for the slices asked for."""
    from app.services.statement_detail import EntryKind, _entry_order

    ids = []
    for i in range(37):
        ids.append(ledger.record_purchase(huabei, date(2026, 2, 2 + (i * 5) % 6 * 3), 1000 + i,
                                          merchant=f"示例{i}").ids["purchase"])
    ledger.record_purchase(huabei, date(2026, 2, 8), 60000, merchant="示例分期", installments=3)
    ledger.record_purchase(huabei, date(2026, 1, 20), 30000, merchant="示例旧分期", installments=6)
    ledger.record_refund(huabei, date(2026, 2, 8), 500, purchase_id=ids[0])  # ids[0] and ids[6]: Feb 2
    ledger.record_refund(huabei, date(2026, 2, 9), 700, purchase_id=ids[6])
    detail = statement_detail(store, huabei, date(2026, 3, 1), TODAY)
    entries = detail.entries
    eager = list(entries)
    assert len(eager) == len(entries)
    kinds = [e.kind for e in eager]
    assert (kinds.count(EntryKind.PURCHASE), kinds.count(EntryKind.INSTALLMENT), kinds.count(EntryKind.REFUND)) == (
        37, 2, 2)
    assert kinds[0] is EntryKind.PREVIOUS_BALANCE  # the January plan's first part was billed on Feb 1, unpaid
    middle = [e for e in eager if e.kind in (EntryKind.PURCHASE, EntryKind.INSTALLMENT, EntryKind.REFUND)]
    assert middle == sorted(middle, key=lambda e: (_entry_order(e), e.kind, e.purchase_id or 0, e.merchant))
    purchases = [e for e in eager if e.kind is EntryKind.PURCHASE]
    assert [e.purchase_id for e in purchases] == sorted(ids, key=lambda i: (store.purchases.get(i).posted_on, i))
    n = len(eager)
    for start, stop in ((0, 5), (3, 17), (16, n), (n - 3, n), (n - 1, n), (0, n), (7, 7), (-4, -1)):
        assert entries[start:stop] == eager[start:stop], (start, stop)
    assert [entries[i] for i in range(len(eager))] == eager and entries[-1] == eager[-1]
    assert detail.total_fen == sum(e.amount_fen for e in eager) == detail.statement.balance_fen
    reads = []
    page = entries._page
    entries._page = lambda offset, limit: reads.append((offset, limit)) or page(offset, limit)
    entries[:10]
    assert reads == [(0, 10)] or reads == [(0, 9)] or reads == [(0, 8)]


def test_listing_pages_sorts_and_filters(ledger, store, huabei):
    for i, (merchant, amount) in enumerate([("b", 300), ("a", 100), ("c", 200)]):
        ledger.record_purchase(huabei, date(2026, 3, 1 + i), amount, merchant=merchant, category="x" if i else "y")
    listing = PurchaseListing(store)
    assert [p.merchant for p in listing.page(PurchaseFilter())] == ["c", "a", "b"]
    assert [p.amount_fen for p in listing.page(PurchaseFilter(), "amount_fen", False)] == [100, 200, 300]
    assert [p.merchant for p in listing.page(PurchaseFilter(), "merchant", False, limit=2, offset=1)] == ["b", "c"]
    assert listing.count(PurchaseFilter(category="x")) == 2
    assert listing.categories() == ["x", "y"]
    with pytest.raises(ValueError):
        listing.page(PurchaseFilter(), "amount_fen; DROP TABLE purchases")


def test_demo_scenario(store):
    build_demo(store, TODAY)
    assert is_current(store, TODAY) and not is_current(store, date(2026, 3, 21))
    lines = {ln.name: ln for ln in store.lines.all()}
    assert set(lines) == {HUABEI, CARD, BNPL}
    assert lines[HUABEI].current_limit_fen == 500000 and (lines[HUABEI].statement_day, lines[HUABEI].due_day) == (1, 10)
    assert lines[CARD].current_limit_fen == 2000000 and (lines[CARD].statement_day, lines[CARD].due_day) == (5, 23)
    purchases = PurchaseListing(store).page(PurchaseFilter(), limit=10000)
    assert len(purchases) > 80 and all(p.merchant.startswith("示例") for p in purchases)
    assert {p.installments for p in purchases} >= {1, 4, 6, 12}
    assert min(p.posted_on for p in purchases) >= date(2025, 9, 15)
    from app.services.queries import QueryService

    statuses = [s.status for ln in lines.values() for s in QueryService(store).line_statements(ln.id, TODAY).issued()]
    assert StatementStatus.MINIMUM_PAID in statuses and StatementStatus.OVERDUE not in statuses
    build_demo(store, TODAY)  # rebuilding replaces, never duplicates
    assert len(store.lines.all()) == 3


def test_forecast_starts_from_the_real_balance_after_an_early_repayment(ledger, store, huabei):
    """Owed 1,000.00 after paying 200.00 of a 1,200.00 purchase before its bill: the forecast keeps the payment."""
    ledger.record_purchase(huabei, date(2026, 3, 2), 120000)  # bill 04-01, due 04-10
    ledger.record_repayment(huabei, date(2026, 3, 10), 20000)  # before the bill: credit for it
    series = debt_load(store, TODAY)
    at = dict(zip(series.dates, series.outstanding_fen, strict=True))
    assert at[TODAY] == 100000
    assert at[date(2026, 3, 31)] == 100000  # not 1,200.00
    assert at[date(2026, 4, 30)] == 0  # the bill paid in full on 04-10
