"""The true-cost parts wired into the real window (issue 6): the three views in the navigation, the annualized
rate and the band warning in the add-purchase dialog, the bands on the overview, the trap from a statement."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt

from app.domain.debt_load import Band
from app.services import debt_load as debt_load_service
from app.ui.view_registry import TRUE_COST_VIEWS
from app.ui.views.before_you_buy import BeforeYouBuyView
from app.ui.views.minimum_trap import MinimumTrapView
from app.ui.views.offer_check import OfferCheckView
from app.ui.views.payoff_planner import PayoffPlannerView
from app.ui.dialogs.purchase_dialog import PERIOD_CHOICES
from app.ui.views.wishlist import WishlistView
from tests.ui.helpers import add_line, add_purchase

THREE, SIX, TWELVE = (PERIOD_CHOICES.index(n) for n in (3, 6, 12))


def _line_id(window) -> int:
    return window.session.store.lines.all()[0].id


def _record(window, amount_fen: int, posted: date = date(2026, 3, 10), **kwargs) -> None:
    """A purchase recorded straight through the session (the set-up, not what is tested)."""
    window.session.apply(window.session.ledger.record_purchase, _line_id(window), posted, amount_fen, **kwargs)


# -- navigation ---------------------------------------------------------------------------------------------
def test_true_cost_views_have_a_heading_shortcuts_and_are_built_on_first_show(window):
    add_line(window)
    a = window.window_actions
    assert [a.views[k].shortcut().toString() for k in TRUE_COST_VIEWS] == ["Ctrl+6", "Ctrl+7", "Ctrl+8", "Ctrl+9",
                                                                           "Ctrl+0"]
    assert [window.nav_items[k].text() for k in TRUE_COST_VIEWS] == [
        "Before you buy", "Minimum-payment trap", "Payoff plan", "Check an offer", "Cooling-off list"]
    assert window.nav_heading.text() == "True cost"
    assert not window.nav_heading.flags() & Qt.ItemFlag.ItemIsSelectable
    # nothing of them, nor of the table views, before they are first shown
    assert not any(window.pages[k].is_built for k in (*TRUE_COST_VIEWS, "purchases", "statements", "lines"))
    kinds = (BeforeYouBuyView, MinimumTrapView, PayoffPlannerView, OfferCheckView, WishlistView)
    for key, kind in zip(TRUE_COST_VIEWS, kinds, strict=True):
        a.views[key].trigger()
        assert window.current_view() == key
        assert isinstance(window.page(key), kind) and window.page(key).isVisible()
    window.nav.setCurrentRow(window.nav.row(window.nav_items["purchases"]))
    assert window.current_view() == "purchases"


# -- add-purchase dialog: the annualized rate ---------------------------------------------------------------
def test_add_purchase_dialog_shows_the_annualized_rate_of_each_option(window):
    add_line(window, "花呗", "5000")
    window.window_actions.add_purchase.trigger()
    dialog = window.dialog
    dialog.amount.setText("1000")
    assert "No fee" in dialog.insight.rate.text()
    dialog.periods.setCurrentIndex(THREE)
    assert dialog.insight.rate.text() == "Fee 2.50% in total (¥25.00) ≈ 14.94% a year (APR); effective 16.01%."
    dialog.periods.setCurrentIndex(TWELVE)
    assert "Fee 8.80% in total (¥88.00)" in dialog.insight.rate.text()
    assert "≈ 15.87%" in dialog.insight.rate.text()
    dialog.fee_rate.setText("0%")  # live: the fee typed, then the amount
    assert dialog.insight.rate.text() == "No fee: these installments cost 0% a year."
    dialog.periods.setCurrentIndex(SIX)
    assert "≈ 15.27%" in dialog.insight.rate.text()
    dialog.amount.setText("2000")
    assert "(¥90.00) ≈ 15.27%" in dialog.insight.rate.text()
    dialog.amount.setText("abc")
    assert dialog.insight.rate.text() == ""


# -- add-purchase dialog: the band warning ------------------------------------------------------------------
def test_a_purchase_crossing_a_band_is_not_saved_on_the_first_ok(window):
    add_line(window, "花呗", "5000")
    _record(window, 248_500)  # 49.7 % used: Caution
    add_purchase(window, "2000", date(2026, 3, 18), confirm=False)  # would be 89.7 %: High
    dialog = window.dialog
    assert dialog.isVisible() and dialog.load_warning.isVisible()
    assert dialog.load_warning.text.text() == "This takes 花呗 from 49.7% to 89.7% used (Caution → High)."
    assert window.session.store.purchases.count() == 1  # nothing saved yet
    dialog.load_warning.record_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert window.session.store.purchases.count() == 2
    window.show_view("purchases")
    assert window.views["purchases"].model.rowCount() == 2


def test_changing_the_purchase_hides_the_warning_and_a_second_ok_confirms(window):
    add_line(window, "花呗", "5000")
    _record(window, 248_500)
    add_purchase(window, "2000", date(2026, 3, 18), confirm=False)
    dialog = window.dialog
    dialog.amount.setText("100")  # 51.7 %: Caution → High still (red from 50 %)
    assert not dialog.load_warning.isVisible()
    dialog.ok_button().click()
    assert dialog.load_warning.isVisible() and "51.7%" in dialog.load_warning.text.text()
    assert window.session.store.purchases.count() == 1
    dialog.ok_button().click()  # the second OK on the same purchase confirms it
    assert dialog.result() == dialog.DialogCode.Accepted
    assert window.session.store.purchases.count() == 2


def test_a_purchase_within_its_band_saves_on_the_first_ok(window):
    add_line(window, "花呗", "5000")
    _record(window, 100_000)  # 20 %: Watch it
    add_purchase(window, "50", date(2026, 3, 18), confirm=False)
    assert window.dialog.result() == window.dialog.DialogCode.Accepted
    assert not window.dialog.load_warning.isVisible()
    assert window.session.store.purchases.count() == 2


def test_compare_opens_before_you_buy_next_to_the_dialog(window, qtbot):
    add_line(window, "花呗", "5000")
    _record(window, 248_500)
    add_purchase(window, "2000", date(2026, 3, 18), TWELVE, confirm=False)
    dialog = window.dialog
    dialog.load_warning.compare_button.click()
    compare = window.compare_window
    assert isinstance(compare, BeforeYouBuyView) and compare.isVisible() and not compare.isModal()
    assert compare.comparison.price_fen == 200_000 and compare.comparison.line_id == _line_id(window)
    assert not compare.warning.isHidden() and "49.7% to 89.7%" in compare.warning.text()
    assert dialog.isVisible()  # the dialog stays; the comparison is a window of its own
    compare.table.selectRow(compare.comparison.options.index(compare.comparison.option(12)))
    with qtbot.waitSignal(compare.purchase_recorded) as recorded:
        compare.record_button.click()  # recording there does the dialog's job: it closes
    assert dialog.result() == dialog.DialogCode.Accepted
    assert window.session.store.purchases.count() == 2
    assert window.session.store.plans.for_purchase(recorded.args[0].ids["purchase"]).periods == 12


def test_the_insight_link_opens_the_comparison_too(window):
    add_line(window, "花呗", "5000")
    window.window_actions.add_purchase.trigger()
    dialog = window.dialog
    dialog.amount.setText("300")
    dialog.insight.compare_button.click()
    assert window.compare_window.comparison.price_fen == 30_000


def test_editing_a_purchase_shows_its_rate_but_no_warning(window):
    add_line(window, "花呗", "5000")
    add_purchase(window, "3000", date(2026, 3, 18))  # 0 % -> 60 %: confirmed by the helper
    window.show_view("purchases")
    purchases = window.views["purchases"]
    purchases.table.selectRow(0)
    purchases.edit_button.click()
    dialog = window.dialog
    dialog.periods.setCurrentIndex(THREE)
    assert "≈ 14.94%" in dialog.insight.rate.text()
    assert dialog.insight.compare_button.isHidden() and dialog.insight.warning.isHidden()
    dialog.ok_button().click()  # already in the numbers: no warning, saved at once
    assert dialog.result() == dialog.DialogCode.Accepted


# -- before you buy in the window ---------------------------------------------------------------------------
def test_before_you_buy_warns_and_records_through_the_session(window, qtbot):
    add_line(window, "花呗", "5000")
    _record(window, 248_500)
    window.window_actions.views["before_you_buy"].trigger()
    view = window.page("before_you_buy")
    qtbot.keyClicks(view.price, "2000")
    qtbot.mouseClick(view.compare_button, Qt.MouseButton.LeftButton)
    assert not view.warning.isHidden()
    assert "49.7% to 89.7% used (Caution → High)" in view.warning.text()
    view.table.selectRow(0)
    view.record_button.click()
    window.show_view("purchases")
    assert window.views["purchases"].model.rowCount() == 2  # every view heard the change
    window.show_view("overview")
    assert window.views["overview"].cards[0].values["used"].text() == "¥4,485.00"


# -- overview bands -----------------------------------------------------------------------------------------
def _wait_load(qtbot, overview, check=lambda load: True):
    qtbot.waitUntil(lambda: overview.load is not None and check(overview.load), timeout=5000)
    return overview.load


def test_overview_shows_the_utilization_and_debt_service_bands(window, qtbot):
    add_line(window, "花呗", "5000")
    _record(window, 100_000, date(2026, 3, 15))  # 20.0 % used; all of it due on 2026-04-10
    overview = window.views["overview"]
    _wait_load(qtbot, overview, lambda load: load.outstanding_fen == 100_000)
    util, ratio = overview.stats["utilization"], overview.stats["ratio"]
    assert util.value.text() == "20.0%"
    assert util.badge.isVisible() and util.badge.band is Band.AMBER and util.badge.text() == "Watch it"
    assert util.detail.text() == "Keep it under 30% (FICO guidance)"
    assert util.badge.explain.figure_id == "utilization"
    assert ratio.value.text() == "—" and ratio.badge.text() == "Not known"
    assert ratio.detail.text() == "Set your monthly income in Settings to see it."
    assert not overview.persistent_row.isVisible()

    window.session.apply(window.session.settings.set_monthly_income, 400_000)  # busiest month 1,000 ÷ 4,000
    _wait_load(qtbot, overview, lambda load: load.income_fen == 400_000)
    assert ratio.value.text() == "25.0%"
    assert ratio.badge.band is Band.RED and ratio.badge.text() == "High"
    assert ratio.detail.text() == "Busiest month, Apr 2026: ¥1,000.00 due ÷ ¥4,000.00 income"
    assert ratio.badge.explain.figure_id == "dsr" and "Debt-service ratio" in ratio.badge.explain.toolTip()


def test_overview_flags_persistent_debt(window, qtbot, monkeypatch):
    add_line(window, "花呗", "5000")
    real = debt_load_service.debt_load
    monkeypatch.setattr(debt_load_service, "debt_load", lambda store, as_of: replace(
        real(store, as_of), persistent_debt=True, persistent_lines=("花呗",)))
    overview = window.views["overview"]
    overview.refresh()
    _wait_load(qtbot, overview, lambda load: load.persistent_debt)
    assert overview.persistent_row.isVisible()
    assert overview.persistent.text().startswith("⚠ Persistent debt on 花呗:")


# -- the minimum-payment trap from a statement --------------------------------------------------------------
def test_statement_opens_the_minimum_payment_trap_for_it(window):
    add_line(window, "花呗", "5000")
    _record(window, 30_000, date(2026, 2, 10))  # bill of 2026-03-01, overdue on 03-20
    _record(window, 60_000, date(2026, 3, 12), installments=6, fee_rate=None)  # bills 04-01 ... 09-01
    window.show_view("statements")
    statements = window.views["statements"]
    dates = [s.statement_date for s in statements.model.rows]
    statements.table.selectRow(dates.index(date(2026, 3, 1)))
    assert statements.trap_button.isEnabled()
    statements.trap_button.click()
    assert window.current_view() == "minimum_trap"
    trap = window.page("minimum_trap")
    assert trap.statement.currentData().statement_date == date(2026, 3, 1)
    assert trap.balance.text() == "300.00" and "If you pay only the minimum" in trap.result.text()

    window.show_view("statements")  # a later installment bill is not in the trap's list: it is added
    statements.table.selectRow([s.statement_date for s in statements.model.rows].index(date(2026, 7, 1)))
    statements.trap_button.click()
    assert trap.statement.currentData().statement_date == date(2026, 7, 1)
    assert trap.balance.text() == "104.50"  # 100.00 principal + 4.50 fee (Huabei's 4.5 % of 600.00, ÷ 6)


def test_trap_button_is_off_for_a_statement_with_nothing_to_pay(window):
    add_line(window, "花呗", "5000")
    _record(window, 30_000, date(2026, 2, 10))
    window.session.apply(window.session.ledger.record_repayment, _line_id(window), date(2026, 3, 5), 30_000)
    window.show_view("statements")
    statements = window.views["statements"]
    statements.table.selectRow([s.statement_date for s in statements.model.rows].index(date(2026, 3, 1)))
    assert statements.selected().unpaid_fen == 0 and not statements.trap_button.isEnabled()
