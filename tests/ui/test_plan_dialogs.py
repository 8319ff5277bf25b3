"""What the rules allow is reachable in the window: the interest basis and other terms of a line, early payoff of
an installment plan, a refund, turning a bill into installments, and a purchase over the limit said in words."""

from datetime import date
from decimal import Decimal

from app.domain.credit_line import RevolvingBasis
from app.domain.postings import PartStatus
from app.services.overview import overview
from tests.ui.helpers import add_line


def _line(window, name="花呗"):
    return next(ln for ln in window.session.store.lines.all() if ln.name == name)


def test_line_dialog_sets_the_interest_basis_inclusive_day_and_late_fee(window):
    window.window_actions.add_line.trigger()
    dialog = window.dialog
    dialog.preset.setCurrentIndex(1)  # credit card
    assert dialog.basis.currentData() == RevolvingBasis.FULL_FROM_POSTING.value  # 全额计息 by default
    dialog.name.setText("卡")
    dialog.inclusive.setChecked(True)
    dialog.late_fee.setText("5%")
    dialog.late_fee_min.setText("1.00")
    dialog.ok_button().click()
    line = _line(window, "卡")
    assert (line.revolving_basis, line.statement_day_inclusive, line.late_fee_rate, line.late_fee_min_fen) == (
        RevolvingBasis.FULL_FROM_POSTING, True, Decimal("0.05"), 100)
    window.window_actions.add_line.trigger()
    assert window.dialog.basis.currentData() == RevolvingBasis.UNPAID_FROM_DUE.value  # Huabei preset
    window.dialog.reject()


def test_pay_off_early_from_the_purchase_detail(window, qtbot):
    add_line(window, "花呗", "5000")
    session = window.session
    line = _line(window)
    pid = session.apply(session.ledger.record_purchase, line.id, date(2025, 12, 15), 100000, installments=12,
                        fee_rate=Decimal("0.088")).ids["purchase"]
    window.show_view("purchases")
    view = window.views["purchases"]
    assert view.select_purchase(pid)
    assert view.payoff_button.isEnabled()
    view.payoff_button.click()
    dialog = window.dialog
    assert dialog.objectName() == "payoffDialog"
    assert dialog.date.minimumDate().toPython() == date(2025, 12, 15)  # not before the purchase
    # bills Jan-Mar 2026 issued by Mar 20 (3 periods); 9 left: 9 x 83.33 principal + 9 x 7.33 fee
    assert dialog.summary.text() == "Billed on the Apr 1, 2026 bill: ¥749.97 principal + ¥65.97 fee = ¥815.94."
    dialog.ok_button().click()
    plan = session.store.plans.for_purchase(pid)
    assert any(p.status is PartStatus.PAYOFF for p in plan.parts) and plan.closed_on == date(2026, 3, 20)
    assert not view.payoff_button.isEnabled()
    # the payment paid the 815.94 it was made for: what is owed is the Jan-Mar bills still unpaid (was 208.97, the
    # 65.97 fee left out), and the Apr bill asks for nothing more (it asked for those bills again: 274.94)
    card = overview(session.store, date(2026, 3, 20)).cards[0]
    assert (card.position.outstanding_fen, card.position.billed_unpaid_fen, card.position.next_statement_fen) == (
        27494, 27494, 0)


def test_refund_from_the_purchase_detail(window):
    add_line(window, "花呗", "5000")
    session = window.session
    pid = session.apply(session.ledger.record_purchase, _line(window).id, date(2026, 3, 5), 29900).ids["purchase"]
    window.show_view("purchases")
    view = window.views["purchases"]
    view.select_purchase(pid)
    view.refund_button.click()
    dialog = window.dialog
    assert dialog.amount.text() == "299.00"
    dialog.amount.setText("12,34")
    dialog.ok_button().click()
    assert dialog.isVisible() and "type it as" in dialog.errors.label_for("amount").text()
    dialog.amount.setText("100.00")
    dialog.ok_button().click()
    refunds = session.store.refunds.for_purchase(pid)
    assert [(r.amount_fen, r.posted_on) for r in refunds] == [(10000, date(2026, 3, 20))]


def test_turn_a_bill_into_installments_from_the_statements_view(window):
    add_line(window, "花呗", "5000")
    session = window.session
    line = _line(window)
    session.apply(session.ledger.edit_line, line.id, due_day=25)  # the bill is not yet due on 03-20
    session.apply(session.ledger.record_purchase, line.id, date(2026, 2, 15), 100000)  # bill 03-01, due 03-25
    session.apply(session.ledger.record_repayment, line.id, date(2026, 3, 10), 10000)
    window.show_view("statements")
    view = window.views["statements"]
    assert view.selected().statement_date == date(2026, 3, 1)
    assert view.convert_button.isEnabled()
    view.convert_button.click()
    dialog = window.dialog
    assert dialog.objectName() == "convertDialog" and dialog.amount.text() == "900.00"
    dialog.periods.setCurrentIndex(dialog.periods.findData(3))
    assert dialog.fee_rate.text() == "2.50%"
    # 900.00 over 3 at 2.5 %: fee 22.50; part 1 = 300.00 + 7.50
    assert dialog.preview.text().startswith("3 parts: first ¥307.50, total fee ¥22.50, about ")
    dialog.ok_button().click()
    plans = session.store.plans.for_line(line.id)
    assert [(p.principal_fen, p.periods, p.fee_total_fen) for p in plans] == [(90000, 3, 2250)]


def test_a_purchase_over_the_limit_is_said_in_words_before_it_is_saved(window):
    add_line(window, "花呗", "5072")
    window.window_actions.add_purchase.trigger()
    dialog = window.dialog
    dialog.amount.setText("9000")
    dialog.ok_button().click()
    assert dialog.load_warning.isVisible()
    assert "¥3,928.00 over your ¥5,072.00 available on 花呗." in dialog.load_warning.text.text()
    assert window.session.store.purchases.matching() == []
    dialog.load_warning.record_button.click()  # still the user's choice
    assert [p.amount_fen for p in window.session.store.purchases.matching()] == [900000]
