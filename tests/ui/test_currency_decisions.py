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


def test_before_you_buy_on_the_yuan_line_leaves_the_dollars_out(qtbot, session):
    from app.ui.views.before_you_buy import BeforeYouBuyView

    view = BeforeYouBuyView(session, line_id=session.huabei, price_fen=100_000)
    qtbot.addWidget(view)
    c = view.comparison
    assert c is not None and c.base_by_month[1] == 120_000 and c.dsr_before == Decimal("0.15")
    assert view.now_dsr.text().startswith("15.0%")


def test_the_warning_before_saving_a_dollar_purchase_speaks_dollars(window):
    """The USD card ($1,000.00 limit) owes $600.00, my own limit on it is $700.00: $500.00 more on it is $100.00
    over the $400.00 available and takes what I owe from $600.00 to $1,100.00, $400.00 past my limit."""

    session = window.session
    card = session.ledger.add_line(CreditLine("Sample USD card", kind=LineKind.CREDIT_CARD, currency="USD",
                                              statement_day=25, due_day=15),
                                   limit_fen=100_000, limit_from=date(2020, 1, 1)).ids["line"]
    session.ledger.record_purchase(card, date(2026, 3, 16), 60_000)
    huabei = session.ledger.add_line(CreditLine("花呗"), limit_fen=500_000).ids["line"]
    session.apply(session.services.my_limits.set_line_limit, card, 70_000)
    window.window_actions.add_purchase.trigger()
    dialog = window.dialog
    dialog.line.setCurrentIndex(dialog.line.findData(card))
    dialog.amount.setText("500")
    assert dialog.preview.text().endswith(": $500.00.")  # "Paid in full on the statement of …"
    dialog.ok_button().click()
    warning = dialog.load_warning
    assert dialog.isVisible() and warning.isVisible()
    said = warning.text.text().splitlines()
    assert said[:2] == [
        "Your own limit on Sample USD card is $700.00: this takes what you owe there from $600.00 to $1,100.00, "
        "$400.00 past it.",
        "$100.00 over your $400.00 available on Sample USD card."]  # was ¥100.00 over your ¥400.00
    assert "¥" not in warning.text.text()
    assert dialog.labels["amount"].text() == "&Amount ($)"  # was "&Amount (¥)"
    dialog.line.setCurrentIndex(dialog.line.findData(huabei))
    assert dialog.labels["amount"].text() == "&Amount (¥)"
    dialog.reject()


def test_editing_a_yen_purchase_shows_whole_yen(qtbot, session):
    from app.ui.dialogs.purchase_dialog import PurchaseDialog

    yen = session.ledger.add_line(CreditLine("Sample yen card", currency="JPY"), limit_fen=100_000).ids["line"]
    session.ledger.record_purchase(yen, date(2026, 3, 16), 1_500)
    [purchase] = [p for p in session.store.purchases.matching() if p.line_id == yen]
    dialog = PurchaseDialog(session, purchase)
    qtbot.addWidget(dialog)
    assert dialog.amount.text() == "1500"  # ¥1,500 (was "15.00", read as the yuan's fen)
    assert dialog.labels["amount"].text() == "&Amount (JP¥)" and dialog.preview.text().endswith(": JP¥1,500.")


def test_the_income_field_is_labelled_with_the_incomes_currency(window):
    """A ledger of a euro card only reads its income in euros; beside a yuan line the income is in yuan and the
    hint says what the ratio leaves out."""
    session = window.session
    session.apply(session.ledger.add_line, CreditLine("Sample euro card", currency="EUR"), limit_fen=100_000)
    window.window_actions.settings.trigger()
    dialog = window.dialog
    assert dialog.labels["income"].text() == "Monthly &income (€)"  # was "Monthly &income (¥)"
    assert dialog.income_hint.text().endswith("Leave empty to hide it.")
    dialog.income.setText("2500.50")
    dialog.ok_button().click()
    assert not dialog.isVisible() and session.settings.monthly_income_fen() == 250_050
    session.apply(session.ledger.add_line, CreditLine("花呗"), limit_fen=500_000)
    window.window_actions.settings.trigger()
    dialog = window.dialog
    assert dialog.labels["income"].text() == "Monthly &income (¥)"
    assert dialog.income_hint.text().endswith(" Your income is in CNY: repayments in EUR are not counted.")
    dialog.adjustSize()
    dialog.reject()


def test_repaying_and_refunding_on_other_currencies(qtbot, session):
    """A repayment on a yen card reads whole yen (¥1,500 was read as ¥1,500.00 of a yuan: 150,000 yen); a refund
    on the dollar card is asked for in dollars."""
    from app.ui.dialogs.plan_dialogs import RefundDialog
    from app.ui.dialogs.repayment_dialog import RepaymentDialog

    yen = session.ledger.add_line(CreditLine("Sample yen card", currency="JPY"), limit_fen=100_000).ids["line"]
    session.ledger.record_purchase(yen, date(2026, 3, 16), 3_000)
    dialog = RepaymentDialog(session, yen)
    qtbot.addWidget(dialog)
    dialog.amount.setText("1500")
    dialog.ok_button().click()
    assert [r.amount_fen for r in session.store.repayments.for_line(yen)] == [1_500]
    repay = RepaymentDialog(session, session.card, date(2026, 3, 25), 60_000)
    qtbot.addWidget(repay)
    assert (repay.labels["amount"].text(), repay.amount.text()) == ("&Amount ($)", "600.00")
    repay.line.setEnabled(True)
    repay.line.setCurrentIndex(repay.line.findData(session.huabei))
    assert repay.labels["amount"].text() == "&Amount (¥)"
    [purchase] = [p for p in session.store.purchases.matching() if p.line_id == session.card]
    refund = RefundDialog(session, purchase)
    qtbot.addWidget(refund)
    assert refund.labels["amount"].text() == "&Amount ($)" and refund.amount.text() == "600.00"
    from app.ui.dialogs.plan_dialogs import ConvertDialog

    convert = ConvertDialog(session, session.card, date(2026, 3, 25), 60_000)
    qtbot.addWidget(convert)
    convert.fee_rate.setText("3%")
    assert convert.labels["amount"].text() == "&Amount ($)" and convert.amount.text() == "600.00"
    assert convert.preview.text().startswith("3 parts: first $206.00, total fee $18.00")


def test_the_purchases_table_shows_each_amount_in_its_lines_currency(window):
    """A ¥1,500 yen purchase read "¥15.00" in the purchases table, its details and the delete question (the yuan's
    fen); it reads JP¥1,500 everywhere now, and a refund of it is named in the delete question."""
    session = window.session
    yen = session.ledger.add_line(CreditLine("Sample yen card", currency="JPY"), limit_fen=100_000).ids["line"]
    session.ledger.record_purchase(yen, date(2026, 3, 16), 1_500, merchant="Sample shop")
    [purchase] = [p for p in session.store.purchases.matching() if p.line_id == yen]
    session.ledger.record_refund(yen, date(2026, 3, 18), 500, purchase_id=purchase.saved_id)
    window.show_view("purchases")
    view = window.views["purchases"]
    view.refresh()
    model = view.model
    column = [c.key for c in model.columns].index("amount_fen")
    assert model.data(model.index(0, column)) == "JP¥1,500"
    view.table.selectRow(0)
    assert view.detail_labels["amount"][1].text() == "JP¥1,500"
    assert view.delete_question(purchase).startswith(
        "Delete the purchase at Sample shop of JP¥1,500 on Mar 16, 2026? Its 1 refund, JP¥500 in all, will be deleted "
        "with it.")
