"""The warning levels are editable in Settings (the overview's "?" promises it), and the utilization bar of each line
uses the same bands, from the user's own levels, as the badge beside it."""

from datetime import date
from decimal import Decimal

from tests.ui.helpers import add_line


def _open_settings(window):
    window.window_actions.settings.trigger()
    return window.dialog


def test_own_warning_levels_are_saved_and_colour_the_bars(window):
    add_line(window, "花呗", "10000")
    session = window.session
    line = session.store.lines.all()[0]
    session.apply(session.ledger.record_purchase, line.id, date(2026, 3, 5), 270000)  # 27 % used
    window.show_view("overview")
    card = window.views["overview"].cards[0]
    assert card.bar.property("band") == "amber"  # default: 10-30 % is "watch it"
    dialog = _open_settings(window)
    dialog.band_fields[("utilization", "orange")].setText("25%")
    dialog.ok_button().click()
    assert not dialog.isVisible()
    from app.services.debt_load import ThresholdService

    assert ThresholdService(session.store).load().utilization.orange == Decimal("0.25")
    window.views["overview"].refresh()
    assert window.views["overview"].cards[0].bar.property("band") == "orange"  # the user's own cut-off


def test_levels_out_of_order_are_refused_and_nothing_saved(window):
    dialog = _open_settings(window)
    dialog.band_fields[("utilization", "red")].setText("20%")  # below orange 30 %
    dialog.ok_button().click()
    assert dialog.isVisible() and "ascending order" in dialog.band_error.text()
    from app.services.debt_load import ThresholdService

    assert ThresholdService(window.session.store).load().customized == frozenset()
    dialog.band_defaults.click()
    assert dialog.band_fields[("utilization", "red")].text() == "50%"
    dialog.ok_button().click()
    assert not dialog.isVisible()
