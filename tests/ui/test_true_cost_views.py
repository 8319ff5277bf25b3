"""The true-cost views driven like a user: type a price, click, read the table, the warning and the plans."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtGui import QColor

from app.domain.credit_line import CreditLine
from app.domain.debt_load import Band
from app.domain.payoff import Debt
from app.i18n import formatting as fmt
from app.ui.texts import explanations
from app.ui.session import Session
from app.ui.widgets.band_badge import BAND_COLORS
from tests.ui.helpers import chinese_qm

TODAY = date(2024, 3, 15)
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def english():
    previous = fmt.active_locale()
    fmt.set_locale("en_US")
    yield
    fmt.set_locale(previous)


@pytest.fixture
def session(tmp_path, english):
    """A session on a Huabei line (limit 5,000.00) owing 1,200.00 due 2024-04-10, income 8,000.00 a month."""
    s = Session(tmp_path / "t.db", today=lambda: TODAY)
    line = s.ledger.add_line(CreditLine("花呗"), limit_fen=500000).ids["line"]
    s.ledger.record_purchase(line, date(2024, 3, 2), 120000)
    s.settings.set_monthly_income(800000)
    s.line_id = line
    yield s
    s.close()


def column_texts(model, key: str) -> list[str]:
    col = model.column_of(key)
    return [model.data(model.index(r, col)) for r in range(model.rowCount())]


# -- before you buy -----------------------------------------------------------------------------------------
def test_price_that_crosses_a_band_shows_the_warning(qtbot, session):
    from app.ui.views.before_you_buy import BeforeYouBuyView

    view = BeforeYouBuyView(session)
    qtbot.addWidget(view)
    qtbot.keyClicks(view.price, "1000.00")
    qtbot.mouseClick(view.compare_button, Qt.MouseButton.LeftButton)
    assert not view.warning.isHidden()
    text = view.warning.text()
    assert "24.0% to 44.0%" in text and "Watch it → Caution" in text  # utilization amber -> orange
    assert "busiest month" in text
    assert view.now_util.text() == "24.0% · Watch it"
    assert session.store.purchases.count() == 1  # comparing saved nothing


def test_small_price_without_crossing_shows_no_warning(qtbot, session):
    from app.ui.views.before_you_buy import BeforeYouBuyView

    session.settings.set_monthly_income(None)
    view = BeforeYouBuyView(session, line_id=session.line_id, price_fen=10000)
    qtbot.addWidget(view)
    assert view.comparison is not None and view.warning.isHidden()


def test_options_table_shows_the_annualized_rate_per_option(qtbot, session):
    from app.ui.views.before_you_buy import BeforeYouBuyView

    view = BeforeYouBuyView(session, line_id=session.line_id, price_fen=100000)
    qtbot.addWidget(view)
    model = view.model
    assert column_texts(model, "plan") == ["Pay in full", "3 months", "6 months", "9 months", "12 months"]
    assert column_texts(model, "apr") == [
        "no fee", "≈ 14.94% a year", "≈ 15.27% a year", "≈ 15.34% a year", "≈ 15.87% a year"]
    assert column_texts(model, "per_month")[1] == "¥341.68, then ¥341.66"
    assert column_texts(model, "fee")[1] == "¥25.00"
    assert column_texts(model, "utilization") == ["44.0%"] * 5
    assert column_texts(model, "dsr")[:2] == ["27.5%", "19.3%"]
    assert column_texts(model, "verdict")[:2] == ["High", "Caution"]
    verdict = model.index(0, model.column_of("verdict"))
    assert model.data(verdict, Qt.ItemDataRole.BackgroundRole) == QColor(BAND_COLORS[Band.RED][0])
    header_tip = model.headerData(model.column_of("apr"), Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "People's Bank of China" in header_tip


def test_selecting_an_option_updates_detail_and_chart(qtbot, session):
    from app.ui.views.before_you_buy import BeforeYouBuyView

    view = BeforeYouBuyView(session, line_id=session.line_id, price_fen=100000)
    qtbot.addWidget(view)
    view.table.selectRow(4)
    assert view.selected_option().periods == 12
    assert "APR 15.87%" in view.rates_label.text() and "17.46%" in view.rates_label.text()
    assert view.chart.figure is not None and view.chart.figure.axes  # drawn with matplotlib


def test_record_this_purchase_saves_the_chosen_option(qtbot, session):
    from app.ui.views.before_you_buy import BeforeYouBuyView

    view = BeforeYouBuyView(session, line_id=session.line_id, price_fen=100000)
    qtbot.addWidget(view)
    view.merchant.setText("示例平板")
    view.table.selectRow(1)
    with qtbot.waitSignal(view.purchase_recorded) as blocker:
        qtbot.mouseClick(view.record_button, Qt.MouseButton.LeftButton)
    purchase_id = blocker.args[0].ids["purchase"]
    plan = session.store.plans.for_purchase(purchase_id)
    assert plan.periods == 3 and plan.fee_total_fen == 2500
    assert session.store.purchases.get(purchase_id).merchant == "示例平板"
    assert view.comparison is None and not view.record_button.isEnabled()
    assert "Recorded" in view.status.text()


def test_bad_price_is_shown_under_the_field(qtbot, session):
    from app.ui.views.before_you_buy import BeforeYouBuyView

    view = BeforeYouBuyView(session)
    qtbot.addWidget(view)
    view.price.setText("12.345")
    qtbot.mouseClick(view.compare_button, Qt.MouseButton.LeftButton)
    assert not view.price_error.isHidden() and view.comparison is None
    assert not view.record_button.isEnabled()


def test_cost_insight_for_the_purchase_dialog(qtbot, session):
    from app.ui.widgets.cost_insight import CostInsight

    insight = CostInsight(session)
    qtbot.addWidget(insight)
    insight.show_option(session.line_id, 100000, 12, Decimal("0.088"))
    assert "15.87%" in insight.rate.text()
    assert insight.has_warning and "Caution" in insight.warning.text()
    assert insight.warning.text() == ("⚠ This purchase takes this line's utilization from Watch it to Caution.\n"
                                      "⚠ This purchase takes your debt-service ratio from Comfortable to Watch it.")
    with qtbot.waitSignal(insight.compare_requested) as blocker:
        insight.compare_button.click()
    assert blocker.args == [session.line_id, 100000]
    insight.show_option(None, None, 1)
    assert not insight.has_warning and insight.rate.text() == ""


# -- minimum-payment trap -----------------------------------------------------------------------------------
def test_minimum_trap_prefilled_from_a_bill(qtbot, session):
    from app.ui.views.minimum_trap import MinimumTrapView

    view = MinimumTrapView(session)
    qtbot.addWidget(view)
    assert view.statement.count() == 2  # the next bill, and "my own numbers"
    assert (view.balance.text(), view.apr.text(), view.min_share.text()) == ("1200.00", "18.25%", "10%")
    assert view.trap is not None and "If you pay only the minimum" in view.result.text()
    assert "no interest at all" in view.alternative.text()


def test_minimum_trap_on_a_bill_follows_the_lines_own_bills_until_the_inputs_are_changed(qtbot, session):
    """The 1,200.00 bill of Apr 1 (10 %, 0.05 %/day): paying each minimum the ledger will ask (120.00, then 10 % of
    the principal plus the interest posted) clears it in 95 payments with 164.36 of interest (R1's rule, §1.5).
    Typing another share turns the view into the calculator (10 % would there be a share of balance + interest)."""
    from app.ui.views.minimum_trap import MinimumTrapView

    view = MinimumTrapView(session)
    qtbot.addWidget(view)
    result = view.result.text()
    assert "(¥120.00 the first month)" in result and "about 8 years (95 months)" in result
    assert "¥1,364.36 in all: ¥164.36 of it interest" in result
    assert view.assumptions.text().startswith("Follows this line's own bills")
    view.min_share.setText("5%")
    qtbot.mouseClick(view.calculate_button, Qt.MouseButton.LeftButton)
    assert "Regulation Z" in view.assumptions.text() and "95 months" not in view.result.text()


def test_minimum_trap_on_an_overdue_bill_pays_its_minimum_today_and_says_so(qtbot, session):
    """The same bill still unpaid on Apr 25 (due Apr 10): its 120.00 minimum is paid that day, 15 days late,
    0.90 of penalty interest more (164.36 -> 165.26), and the view says why."""
    from app.ui.views.minimum_trap import MinimumTrapView

    session.today = lambda: date(2024, 4, 25)
    view = MinimumTrapView(session)
    qtbot.addWidget(view)
    assert "¥1,365.26 in all: ¥165.26 of it interest" in view.result.text()
    assert "this bill is overdue, so its minimum is paid today" in view.assumptions.text()


def test_minimum_trap_u1_like_a_us_statement(qtbot, session):
    from app.ui.views.minimum_trap import MinimumTrapView

    view = MinimumTrapView(session)
    qtbot.addWidget(view)
    view.statement.setCurrentIndex(view.statement.count() - 1)  # my own numbers
    view.balance.setText("3000.00")
    view.apr.setText("18%")
    view.min_share.setText("1%")
    view.min_floor.setText("25")
    view.plus_interest.setChecked(True)
    qtbot.mouseClick(view.calculate_button, Qt.MouseButton.LeftButton)
    result = view.result.text()
    assert "about 14 years (170 months)" in result and "¥6,494.14" in result and "¥3,494.14" in result
    assert "¥108.46 a month" in view.alternative.text() and "¥3,904.56" in view.alternative.text()
    assert view.chart.figure is not None


def test_minimum_trap_per_cent_fields_read_bare_numbers_as_per_cent_but_refuse_a_bare_fraction(qtbot, session):
    """"18" and "1" in the per-cent fields are 18 % and 1 % (the same answer as with "%"); "0.18" could be 18 % or
    0.18 %, so it is refused with an example, and no result is shown."""
    from app.ui.views.minimum_trap import MinimumTrapView

    view = MinimumTrapView(session)
    qtbot.addWidget(view)
    view.statement.setCurrentIndex(view.statement.count() - 1)
    view.balance.setText("3000.00")
    view.apr.setText("18")
    view.min_share.setText("1")
    view.min_floor.setText("25")
    view.plus_interest.setChecked(True)
    view.calculate()
    assert "about 14 years (170 months)" in view.result.text()
    view.apr.setText("0.18")
    assert view.calculate() is None
    assert not view.error.isHidden() and view.error.text() == "write a percentage with %, e.g. 8.8%"
    assert view.result.text() == ""


def test_minimum_trap_never_pays_off(qtbot, session):
    from app.ui.views.minimum_trap import MinimumTrapView

    view = MinimumTrapView(session)
    qtbot.addWidget(view)
    view.statement.setCurrentIndex(view.statement.count() - 1)
    view.apr.setText("30%")
    view.min_share.setText("2%")
    view.min_floor.setText("0")
    view.calculate()
    assert "never pay off" in view.result.text()


# -- payoff planner -----------------------------------------------------------------------------------------
P1 = [Debt("A", 80000, Decimal("0.06"), 2500), Debt("B", 250000, Decimal("0.22"), 7500),
      Debt("C", 400000, Decimal("0.16"), 10000)]


def test_payoff_planner_shows_21_vs_22_months_for_p1(qtbot, session):
    from app.ui.views.payoff_planner import PayoffPlannerView

    view = PayoffPlannerView(session, prefill=False)
    qtbot.addWidget(view)
    view.debts_model.set_debts(P1)
    qtbot.keyClicks(view.budget, "400")
    qtbot.mouseClick(view.compare_button, Qt.MouseButton.LeftButton)
    model = view.plans_model
    assert column_texts(model, "strategy")[:2] == ["Avalanche (highest rate first)", "Snowball (smallest balance first)"]
    assert column_texts(model, "months") == ["21", "22", "22", "58"]
    assert column_texts(model, "interest")[:2] == ["¥1,090.19", "¥1,230.11"]
    assert column_texts(model, "debt:B")[:2] == ["Feb 2025", "Apr 2025"]
    assert "Avalanche saves ¥139.92" in view.summary.text()
    assert view.chart.figure is not None


def test_payoff_budget_below_minimums_is_explained(qtbot, session):
    from app.ui.views.payoff_planner import PayoffPlannerView

    view = PayoffPlannerView(session, prefill=False)
    qtbot.addWidget(view)
    view.debts_model.set_debts(P1)
    view.budget.setText("150")
    qtbot.mouseClick(view.compare_button, Qt.MouseButton.LeftButton)
    assert not view.error.isHidden() and "¥200.00" in view.error.text()
    assert view.comparison is None


def test_payoff_planner_prefills_and_edits_debts(qtbot, session):
    from app.ui.views.payoff_planner import PayoffPlannerView

    view = PayoffPlannerView(session)
    qtbot.addWidget(view)
    model = view.debts_model
    assert model.debts == [Debt("花呗", 120000, Decimal("0.1825"), 12000)]
    assert model.setData(model.index(0, 2), "22%") and model.debts[0].apr == Decimal("0.22")
    assert not model.setData(model.index(0, 1), "abc") and model.last_error.field == "balance"
    row = model.add_debt()
    assert model.setData(model.index(row, 1), "500") and model.debts[row].balance_fen == 50000
    assert model.move(row, -1) == 0 and model.debts[0].balance_fen == 50000


def test_models_pass_the_model_tester(qtbot, qtmodeltester, session):
    from app.ui.views.before_you_buy import BeforeYouBuyView
    from app.ui.views.payoff_planner import PayoffPlannerView

    buy = BeforeYouBuyView(session, line_id=session.line_id, price_fen=100000)
    payoff = PayoffPlannerView(session)
    qtbot.addWidget(buy)
    qtbot.addWidget(payoff)
    payoff.budget.setText("500")
    payoff.compare()
    for model in (buy.model, payoff.debts_model, payoff.plans_model):
        qtmodeltester.check(model)


# -- explanations and translations --------------------------------------------------------------------------
def test_every_figure_has_an_explanation_reachable_from_it(qtbot, session):
    from app.ui.views.before_you_buy import BeforeYouBuyView
    from app.ui.widgets.explain import ExplainButton

    view = BeforeYouBuyView(session)
    qtbot.addWidget(view)
    buttons = view.findChildren(ExplainButton)
    assert {b.figure_id for b in buttons} >= {"apr", "ear", "simple_annualized", "xirr", "utilization", "dsr",
                                              "verdict"}
    for button in buttons:
        assert button.figure_id in explanations.EXPLANATIONS
        assert explanations.title(button.figure_id) in button.toolTip()
    for figure_id, (title, text) in explanations.EXPLANATIONS.items():
        assert title and len(text) > 40, figure_id


def test_chinese_translations_load(qtbot, session, tmp_path):
    from app.ui.views.before_you_buy import BeforeYouBuyView
    from app.ui.views.minimum_trap import MinimumTrapView
    from app.ui.views.payoff_planner import PayoffPlannerView

    views = [BeforeYouBuyView(session, line_id=session.line_id, price_fen=100000), MinimumTrapView(session),
             PayoffPlannerView(session)]
    for view in views:
        qtbot.addWidget(view)
    translator = QTranslator()
    assert translator.load(chinese_qm(tmp_path))
    QCoreApplication.installTranslator(translator)  # live switch: views answer LanguageChange
    try:
        buy, trap, payoff = views
        qtbot.waitUntil(lambda: buy.title.text() == "消费前想一想", timeout=2000)
        assert column_texts(buy.model, "apr")[1] == "年化约 14.94%"
        assert buy.model.headerData(0, Qt.Orientation.Horizontal) == "付款方式"
        assert explanations.title("apr") == "年化利率（APR）"
        assert trap.title.text() == "如果只还最低还款额" and "如果只还最低还款额" in trap.result.text()
        assert trap.statement.itemText(trap.statement.count() - 1) == "自己输入"
        assert payoff.title.text() == "还清计划"
    finally:
        QCoreApplication.removeTranslator(translator)
    qtbot.waitUntil(lambda: buy.title.text() == "Before you buy", timeout=2000)


def test_minimum_trap_opens_on_the_bill_that_revolves(qtbot, tmp_path, english):
    """The newest bill is only an installment part (no interest to show); the trap opens on the card's bill of a
    plain purchase instead."""
    from app.domain.credit_line import LineKind
    from app.ui.views.minimum_trap import MinimumTrapView

    s = Session(tmp_path / "t.db", today=lambda: TODAY)
    try:
        huabei = s.ledger.add_line(CreditLine("花呗"), limit_fen=500000).ids["line"]
        card = s.ledger.add_line(CreditLine("示例信用卡", kind=LineKind.CREDIT_CARD, statement_day=20, due_day=8),
                                 limit_fen=1000000).ids["line"]
        s.ledger.record_purchase(huabei, date(2024, 3, 5), 120000, installments=3)  # Apr 1 bill: a part only
        s.ledger.record_purchase(card, date(2024, 3, 10), 30000)  # Mar 20 bill: ¥300.00 that can revolve
        view = MinimumTrapView(s)
        qtbot.addWidget(view)
        first, chosen = view.statement.itemData(0), view.statement.currentData()
        assert (first.line_name, first.statement_date, first.revolving_fen) == ("花呗", date(2024, 4, 1), 0)
        assert (chosen.line_name, chosen.statement_date, chosen.revolving_fen) == ("示例信用卡", date(2024, 3, 20),
                                                                                   30000)
        assert view.balance.text() == "300.00" and view.trap is not None
    finally:
        s.close()
