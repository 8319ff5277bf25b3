"""Every table model passes Qt's model tester, filled with real rows from the demo scenario."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.services.demo import build_demo
from app.services.listing import PurchaseListing
from app.services.queries import QueryService
from app.services.statement_detail import statement_detail
from app.storage.db import open_database
from app.storage.repositories import PurchaseFilter, Store
from app.ui.models.lines_model import LimitHistoryModel, LinesModel
from app.ui.models.plan_model import PlanPartsModel
from app.ui.models.purchases_model import PAGE, PurchasesModel
from app.ui.models.statements_model import StatementEntriesModel, StatementsModel
from tests.ui.conftest import TODAY

import pytest


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


def test_purchases_model_fetches_pages(qtmodeltester, demo_store):
    line = demo_store.lines.all()[0]
    demo_store.purchases.db["purchases"].insert_all(
        [{"line_id": line.id, "posted_on": "2025-01-01", "statement_date": "2025-02-01", "amount_fen": 100 + i,
          "installments": 1} for i in range(PAGE + 20)])
    model = PurchasesModel(PurchaseListing(demo_store))
    model.set_filter(PurchaseFilter())
    assert model.rowCount() == PAGE and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == model.total
    assert not model.canFetchMore()
    qtmodeltester.check(model)


def test_statement_models(qtmodeltester, demo_store):
    line = demo_store.lines.all()[1]
    statements = QueryService(demo_store).line_statements(line.id, TODAY).statements
    model = StatementsModel()
    model.set_rows(statements)
    qtmodeltester.check(model)
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
