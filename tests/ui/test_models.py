"""Every table model passes Qt's model tester, filled with real rows from the demo scenario."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.services.demo import build_demo
from app.services.listing import PurchaseListing
from app.services.queries import QueryService
from app.services.statement_detail import statement_detail
from app.storage.db import open_database
from app.storage.repositories import PurchaseFilter, Store
from app.ui.models.lines_model import LimitHistoryModel, LinesModel
from app.ui.models.plan_model import PlanPartsModel
from app.ui.models.purchases_model import KEPT_PAGES, PAGE, PurchasesModel
from app.i18n import formatting as fmt
from app.ui.models.statements_model import StatementEntriesModel, StatementsModel
from tests.ui.conftest import TODAY


@pytest.fixture
def demo_store(tmp_path):
    store = Store(open_database(tmp_path / "demo.db"))
    build_demo(store, TODAY)
    yield store
    store.close()


def test_purchases_model(qtmodeltester, demo_store):
    model = PurchasesModel(PurchaseListing(demo_store))
    model.set_line_names({ln.id: ln.name for ln in demo_store.lines.all()})
    model.set_filter(PurchaseFilter())
    assert model.rowCount() == model.total > 50
    qtmodeltester.check(model)
    model.sort(4, Qt.SortOrder.AscendingOrder)
    amounts = [p.amount_fen for p in model.rows]
    assert amounts == sorted(amounts)
    qtmodeltester.check(model)


def test_purchases_model_counts_every_row_and_reads_pages_by_key(qtmodeltester, demo_store):
    line = demo_store.lines.all()[0]
    demo_store.purchases.db["purchases"].insert_all(
        [{"line_id": line.id, "posted_on": f"2025-01-{1 + i % 28:02d}", "statement_date": "2025-02-01",
          "amount_fen": 100 + i % 37, "installments": 1} for i in range((KEPT_PAGES + 1) * PAGE + 20)])
    model = PurchasesModel(PurchaseListing(demo_store))
    model.set_filter(PurchaseFilter())
    total = demo_store.purchases.count()
    assert model.rowCount() == model.total == total > (KEPT_PAGES + 1) * PAGE  # the scrollbar spans every row
    assert not model.canFetchMore()
    every = demo_store.purchases.matching()  # newest first, ties by id: the table's order
    # the last row first: the page ends before it are read as keys, not the rows
    assert model.row_at(total - 1).id == every[-1].id
    assert len(model._pages) == 2
    for row in range(total):  # then every row, in order, in the same order as the full list
        assert model.row_at(row).id == every[row].id, row
    assert len(model._pages) == KEPT_PAGES  # memory stays bounded
    model.sort(4, Qt.SortOrder.AscendingOrder)
    by_amount = sorted(every, key=lambda p: (p.amount_fen, p.id))
    assert [model.row_at(r).id for r in (0, 1, PAGE, total - 1)] == [by_amount[r].id for r in (0, 1, PAGE, total - 1)]
    assert model.row_of(by_amount[-1].id) == total - 1
    qtmodeltester.check(model)


def test_statement_models(qtmodeltester, demo_store):
    line = demo_store.lines.all()[1]
    statements = QueryService(demo_store).line_statements(line.id, TODAY).statements
    model = StatementsModel()
    model.set_rows(statements)
    qtmodeltester.check(model)
    period = next(i for i, c in enumerate(model.columns) if c.key == "period")
    first = statements[0]
    shown = model.data(model.index(0, period))
    assert shown == fmt.period(first.cycle_start, first.cycle_end)
    assert first.cycle_start.strftime("%b") in shown  # a month's name, never "8/5/26" (8 May or Aug 5?)
    entries = StatementEntriesModel()
    issued = [s for s in statements if s.issued and not s.is_empty][-1]
    entries.set_rows(statement_detail(demo_store, line.id, issued.statement_date, TODAY).entries)
    assert entries.rowCount() > 0
    qtmodeltester.check(entries)


def test_plan_and_line_models(qtmodeltester, demo_store):
    phone = next(p for p in PurchaseListing(demo_store).page(PurchaseFilter(), limit=1000) if p.installments == 12)
    plan = demo_store.plans.for_purchase(phone.id)
    parts = PlanPartsModel()
    parts.set_parts(plan.parts, plan.periods)
    assert parts.rowCount() == 12
    qtmodeltester.check(parts)
    lines = LinesModel()
    lines.set_rows(demo_store.lines.all())
    qtmodeltester.check(lines)
    history = LimitHistoryModel()
    history.set_limits(demo_store.lines.all()[1].limits)
    assert history.rowCount() == 2
    qtmodeltester.check(history)
    for model in (parts, lines, history):
        model.retranslate()


def test_statement_entries_model_shows_a_long_bill_a_page_at_a_time(qtmodeltester):
    from app.services.statement_detail import EntryKind, StatementEntry
    from app.ui.models.statements_model import ENTRIES_PAGE, StatementEntriesModel

    entries = [StatementEntry(EntryKind.PURCHASE, TODAY, f"商户{i}", 100 + i) for i in range(2 * ENTRIES_PAGE + 5)]
    model = StatementEntriesModel()
    model.set_rows(entries)
    assert model.rowCount() == ENTRIES_PAGE and model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == len(entries) and not model.canFetchMore()
    assert model.rows == entries == model.all_rows
    qtmodeltester.check(model)
