"""Amounts are labelled and read in the currency they are in: "my limit" in each line's currency, and my own money
(the pay-date check's price and cash, the cooling-off list, a loan offer) in the income's currency, the ledger's
main one. The overview's charts draw the main currency in its own units (whole yen are not hundredths) and say its
sign on the axis. A ledger with only a dollar card (main currency USD) and one with only a yen card (JPY)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from app.domain.credit_line import CreditLine, LineKind
from app.i18n import formatting as fmt
from app.ui.session import Session

TODAY = date(2026, 3, 20)


def _card(session, currency: str = "USD", name: str = "Sample USD card", limit: int = 100_000) -> int:
    return session.ledger.add_line(CreditLine(name, kind=LineKind.CREDIT_CARD, currency=currency, statement_day=25,
                                              due_day=15), limit_fen=limit, limit_from=date(2020, 1, 1)).ids["line"]


@pytest.fixture
def session(tmp_path):
    previous = fmt.active_locale()
    fmt.set_locale("en_US")
    s = Session(tmp_path / "t.db", today=lambda: TODAY)
    yield s
    s.close()
    fmt.set_locale(previous)


def test_my_limit_on_each_line_is_in_that_lines_currency(qtbot, session):
    from app.ui.dialogs.my_limits_dialog import MyLimitsDialog

    card = _card(session)
    one = MyLimitsDialog(session)
    qtbot.addWidget(one)
    assert one.lines_box.title() == "My limit on each line ($)"  # was "(¥)" for a dollar card
    assert one.line_labels[card].text() == "Sample USD card"
    huabei = session.ledger.add_line(CreditLine("花呗"), limit_fen=500_000).ids["line"]
    dialog = MyLimitsDialog(session)
    qtbot.addWidget(dialog)
    assert dialog.lines_box.title() == "My limit on each line"  # two currencies: each line says its own
    assert dialog.line_labels[huabei].text() == "花呗 (¥)" and dialog.line_labels[card].text() == "Sample USD card ($)"
    dialog.line_edits[card].setText("300")
    dialog.line_edits[huabei].setText("3000")
    dialog.ok_button().click()
    assert not dialog.isVisible()
    assert session.services.my_limits.load().line_limits_fen == {card: 30_000, huabei: 300_000}


def test_the_pay_date_check_reads_and_shows_the_income_currency(qtbot, session):
    from app.ui.dialogs.pay_date_dialog import PayDateDialog

    card = _card(session)
    session.ledger.record_purchase(card, date(2026, 3, 16), 20_000)  # $200.00 due Apr 15
    session.apply(session.settings.set_monthly_income, 300_000)  # $3,000.00, in the main currency: USD
    dialog = PayDateDialog(session)
    qtbot.addWidget(dialog)
    assert [dialog.labels[k].text() for k in ("price", "cash")] == ["Price ($)", "Cash you have now ($)"]
    assert dialog.income.text() == "Monthly income: $3,000.00 (Settings)."
    dialog.price.setText("59.99")
    dialog.cash.setText("500")
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    assert dialog.rows and {r.line for r in dialog.rows} == {"Sample USD card"}  # the dollar card is checked
    full = next(r for r in dialog.rows if r.periods == 1)
    assert full.first_fen == 5_999  # $59.99, not ¥59.99 read on a dollar card
    row = dialog.rows.index(full)
    assert dialog.table.item(row, 4).text() == "$59.99" and dialog.table.item(row, 5).text().startswith("$")
    assert dialog.verdicts[row].endswith(".") and "$" in dialog.verdicts[row]


def test_the_cooling_off_list_is_in_the_income_currency(qtbot, session):
    from app.ui.views.wishlist import WishlistView

    _card(session)
    view = WishlistView(session)
    qtbot.addWidget(view)
    assert view.form_labels["price"].text() == "&Price ($)"
    view.name.setText("Headphones")
    qtbot.keyClicks(view.price, "59.99")
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    assert view.rows[0].item.price_fen == 5_999
    assert view.table.item(0, 1).text() == "$59.99"


def test_a_loan_offer_is_typed_and_explained_in_the_income_currency(qtbot, session):
    from app.ui.views.offer_check import OfferCheckView

    _card(session)
    view = OfferCheckView(session)
    qtbot.addWidget(view)
    assert [view.form_labels[k].text() for k in ("contract", "received", "fees")] == [
        "&Contract amount ($)", "Cash you actually &get ($)", "&Fees paid when it arrives ($)"]
    assert [view.schedule.horizontalHeaderItem(c).text() for c in (1, 2)] == ["Repayment ($)", "Fees with it ($)"]
    view.contract.setText("1000")
    view.received.setText("900")
    view.rows[0].amount.setText("1000")
    check = view.calculate()
    assert check is not None and check.offer.contract_fen == 100_000 and check.kept_back_fen == 10_000
    assert view.working.text().startswith("You get $900.00 and pay back $1,000.00")


def test_the_overview_charts_draw_yen_in_yen(make_window, qtbot):
    """A yen card owing ¥15,000 with an income of ¥300,000 (JPY has no minor unit): the bars and the income line
    are drawn at 15,000 and 300,000, not at a hundredth of that, and the axes say JP¥ (in Chinese)."""
    window = make_window(language="zh_CN")
    session = window.session
    card = _card(session, "JPY", "Sample yen card", limit=500_000)
    session.apply(lambda: session.ledger.record_purchase(card, date(2026, 3, 16), 15_000))
    session.apply(session.settings.set_monthly_income, 300_000)
    overview = window.views["overview"]
    window.show_view("overview")
    qtbot.waitUntil(lambda: overview.rendered is not None and overview.chart_data is not None
                    and overview.chart_data[1].currency == "JPY", timeout=20_000)
    qtbot.waitUntil(lambda: overview.rendered[1].axes.get_ylim()[1] >= 500_000, timeout=20_000)
    monthly, debt = (chart.axes for chart in overview.rendered)
    assert monthly.get_ylabel() == "应还金额（JP¥）" and debt.get_ylabel() == "金额（JP¥）"  # was "（元）"
    assert max(bar.get_height() for bar in monthly.patches) == 15_000
    assert 300_000 in [line.get_ydata()[0] for line in monthly.get_lines()]  # the income line
    ticks = [t.get_text() for t in monthly.get_yticklabels() if t.get_text()]
    assert ticks and all(t.endswith(" JPY") for t in ticks) and "100,000 JPY" in ticks
    assert debt.get_ylim()[1] >= 500_000  # the ¥500,000 limit, in yen
