"""Deciding on a purchase in a ledger with a yuan line and a dollar card: before you buy, the warning before
saving a purchase and the income field speak of the line's (or the income's) own currency, and never add yuan to
dollars."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from app.domain.credit_line import CreditLine, LineKind
from app.i18n import formatting as fmt
from app.ui.session import Session

TODAY = date(2026, 3, 20)


@pytest.fixture
def session(tmp_path):
    """花呗 (¥5,000.00 limit) owes ¥1,200.00 due Apr 10; a USD card ($1,000.00 limit) owes $600.00 due Apr 15;
    income ¥8,000.00 a month."""
    previous = fmt.active_locale()
    fmt.set_locale("en_US")
    s = Session(tmp_path / "t.db", today=lambda: TODAY)
    s.huabei = s.ledger.add_line(CreditLine("花呗"), limit_fen=500_000, limit_from=date(2020, 1, 1)).ids["line"]
    s.card = s.ledger.add_line(CreditLine("Sample USD card", kind=LineKind.CREDIT_CARD, currency="USD",
                                          statement_day=25, due_day=15),
                               limit_fen=100_000, limit_from=date(2020, 1, 1)).ids["line"]
    s.ledger.record_purchase(s.huabei, date(2026, 3, 15), 120_000)
    s.ledger.record_purchase(s.card, date(2026, 3, 16), 60_000)
    s.settings.set_monthly_income(800_000)
    yield s
    s.close()
    fmt.set_locale(previous)


def test_before_you_buy_on_the_dollar_card_counts_dollars_only(qtbot, session):
    from app.ui.views.before_you_buy import BeforeYouBuyView

    view = BeforeYouBuyView(session, line_id=session.card)
    qtbot.addWidget(view)
    view.resize(900, 800)
    qtbot.keyClicks(view.price, "300.00")
    view.compare_button.click()
    c = view.comparison
    assert c is not None and c.base_by_month[1] == 60_000  # $600.00 in April, no ¥1,200.00 added
    assert view.now_label.text() == "Sample USD card: limit $1,000.00, you owe $600.00, $400.00 available."
    assert view.now_util.text().startswith("60.0%")
    assert view.now_dsr.text() == "your income is in CNY · Not known"  # was $900.00 ÷ ¥8,000.00
    assert view.detail.text().startswith("Pay $300.00 in full")
    assert "busiest month" not in view.warning.text() and "All your lines" not in view.warning.text()
    assert "60.0% to 90.0%" in view.warning.text()
    view.grab().save("/tmp/shots/before_you_buy_usd.png")


def test_before_you_buy_on_the_yuan_line_leaves_the_dollars_out(qtbot, session):
    from app.ui.views.before_you_buy import BeforeYouBuyView

    view = BeforeYouBuyView(session, line_id=session.huabei, price_fen=100_000)
    qtbot.addWidget(view)
    c = view.comparison
    assert c is not None and c.base_by_month[1] == 120_000 and c.dsr_before == Decimal("0.15")
    assert view.now_dsr.text().startswith("15.0%")
