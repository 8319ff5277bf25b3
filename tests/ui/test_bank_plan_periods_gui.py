"""A period of a bank's installment plan imported from its statement, as the purchases view shows it: which period
of which plan, and that what is left of the plan is not known here (never (N − n) × the period's amount)."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.credit_line import CreditLine, LineKind
from app.services.importing import ImportService

STATEMENT = ("交易日期,入账日期,交易摘要,交易金额,交易货币,入账金额,入账货币\n"
             "2026/02/05,2026/02/06,（消费）示例便利店,100.00,人民币,100.00,人民币\n"
             "2026/02/03,2026/02/03,（分期）银联分期12345678901/10/12期,387.42,人民币,387.42,人民币\n").encode()


def _cell(model, row: int, key: str) -> str:
    column = [c.key for c in model.columns].index(key)
    return model.index(row, column).data()


@pytest.mark.parametrize(("language", "column", "plan", "hint"), [
    ("en", "Installment 10/12 (plan 12345678901)",
     "Installment 10/12 of the bank's plan 12345678901, billed in full on this statement",
     "2 periods left after this one; the remaining principal is the bank's and not known here"),
    ("zh_CN", "分期 10/12 期（分期编号 12345678901）", "银行分期 12345678901 的第 10/12 期，全额计入本期账单",
     "本期之后还剩 2 期；剩余本金由银行掌握"),
])
def test_purchases_view_names_the_period_and_its_plan(make_window, language, column, plan, hint):
    window = make_window(language=language)
    session = window.session
    line = session.apply(session.ledger.add_line, CreditLine("广发", kind=LineKind.CREDIT_CARD, statement_day=15,
                                                             due_day=5), limit_fen=2_000_000,
                         limit_from=date(2020, 1, 1)).ids["line"]
    imports = ImportService(session.services.store)
    session.apply(imports.commit, imports.preview(STATEMENT, "cgb.csv", line, today=date(2026, 3, 20)))
    window.show_view("purchases")
    view = window.views["purchases"]
    rows = {_cell(view.model, r, "amount_fen"): r for r in range(view.model.rowCount())}
    assert _cell(view.model, rows["¥387.42"], "installments") == column
    view.table.selectRow(rows["¥387.42"])
    assert view.detail_labels["plan"][1].text() == plan
    assert view.plan_hint.text().startswith(hint)
    assert not view.payoff_button.isEnabled()


def test_import_preview_names_the_period(qapp):
    from app.domain.bank_periods import PlanPeriod
    from app.ui.importing import texts

    assert texts.kind("purchase", 1, PlanPeriod("12345678901", 10, 12)) == "Installment 10/12 (plan 12345678901)"
    assert texts.kind("purchase", 1) == "Purchase"
