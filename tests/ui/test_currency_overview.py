"""The overview of a ledger with a yuan line and a dollar card: one figure per currency, each card in its line's
currency, utilization per currency and the debt-service ratio over the yuan lines only."""

from __future__ import annotations

from datetime import date

from app.domain.credit_line import CreditLine, LineKind
from app.domain.debt_load import Band


def _two_currencies(session) -> None:
    """花呗 (¥5,000.00) owes ¥1,200.00 due Apr 10; a USD card ($1,000.00, bill on the 25th, due the 15th) owes
    $600.00 due Apr 15; income ¥8,000.00."""
    ledger = session.ledger
    huabei = ledger.add_line(CreditLine("花呗"), limit_fen=500_000, limit_from=date(2020, 1, 1)).ids["line"]
    card = ledger.add_line(CreditLine("Sample USD card", kind=LineKind.CREDIT_CARD, currency="USD", statement_day=25,
                                      due_day=15), limit_fen=100_000, limit_from=date(2020, 1, 1)).ids["line"]
    ledger.record_purchase(huabei, date(2026, 3, 15), 120_000)
    ledger.record_purchase(card, date(2026, 3, 16), 60_000)
    session.apply(session.settings.set_monthly_income, 800_000)


def test_overview_shows_each_currency_apart(window, qtbot):
    _two_currencies(window.session)
    overview = window.views["overview"]
    window.show_view("overview")
    qtbot.waitUntil(lambda: overview.data is not None and len(overview.data.cards) == 2, timeout=5000)
    qtbot.waitUntil(lambda: overview.load is not None and overview.load.dsr is not None, timeout=5000)
    stats = overview.stats
    assert stats["owed"].value.text() == "¥1,200.00 · $600.00"  # was ¥1,800.00
    # "to repay" beside "owed" says why it is the larger figure
    assert stats["owed"].detail.toolTip().startswith("To repay: what is owed plus the installment fees later bills")
    assert stats["available"].value.text() == "¥3,800.00 · $400.00"
    assert stats["utilization"].value.text() == "¥ 24.0% · $ 60.0%"
    assert stats["utilization"].badge.band is Band.RED  # the dollar card's 60 %
    assert stats["ratio"].value.text() == "15.0%"  # ¥1,200.00 ÷ ¥8,000.00
    assert stats["ratio"].detail.text() == ("Busiest month, Apr 2026: ¥1,200.00 due ÷ ¥8,000.00 income\n"
                                            "Only the lines in CNY count; repayments in USD are left out")
    card = overview.cards[1]
    assert card.name.text() == "Sample USD card"
    assert [card.values[k].text() for k in ("limit", "used", "available")] == ["$1,000.00", "$600.00", "$400.00"]
    assert card.next_due.text() == "Next: $600.00 due Apr 15, 2026, in 26 days (minimum $60.00)"
    # the charts have one money axis: the yuan lines, saying so in their titles
    qtbot.waitUntil(lambda: overview.chart_data is not None, timeout=10000)
    monthly, series = overview.chart_data
    assert list(monthly.by_line) == ["花呗"] and series.outstanding_fen[series.today_index] == 120_000
    assert overview._monthly_labels().only == "lines in %1 only" and monthly.left_out == series.left_out == ("USD",)


def test_one_currency_reads_as_before(window, qtbot):
    ledger = window.session.ledger
    huabei = ledger.add_line(CreditLine("花呗"), limit_fen=500_000, limit_from=date(2020, 1, 1)).ids["line"]
    window.session.apply(lambda: ledger.record_purchase(huabei, date(2026, 3, 15), 120_000))
    overview = window.views["overview"]
    window.show_view("overview")
    qtbot.waitUntil(lambda: overview.data is not None and bool(overview.data.cards), timeout=5000)
    assert overview.stats["owed"].value.text() == "¥1,200.00"
    assert overview.stats["utilization"].value.text() == "24.0%"


def test_statements_of_the_dollar_card_read_in_dollars(window, qtbot):
    _two_currencies(window.session)
    window.show_view("statements")
    view = window.views["statements"]
    card = window.session.store.lines.by_name("Sample USD card").id
    view.select_line(card)
    model = view.model
    column = {c.key: i for i, c in enumerate(model.columns)}
    assert model.data(model.index(0, column["balance"])) == "$600.00"  # was ¥600.00
    assert model.data(model.index(0, column["minimum"])) == "$60.00"
    assert view.summary.text() == "1 statement, $0.00 unpaid"  # the bill of Mar 25 is not issued yet
    entries = view.entries_model
    amount = next(i for i, c in enumerate(entries.columns) if c.key == "amount")
    assert entries.data(entries.index(0, amount)) == "$600.00"
    view.select_line(window.session.store.lines.by_name("花呗").id)  # back to yuan
    assert model.data(model.index(0, column["balance"])) == "¥1,200.00"
