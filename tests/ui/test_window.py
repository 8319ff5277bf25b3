"""Window behaviour: demo database, import hook, shortcuts, accessible names, remembered state, charts."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLineEdit, QTableView

from app import config
from tests.ui.helpers import add_line


def test_demo_opens_in_its_own_database_and_back(window, qtbot):
    window.views["welcome"].demo.button.click()
    assert window.session.demo
    assert window.session.db_path == config.demo_db_path()
    assert window.banner_holder.isVisible()
    assert window.current_view() == "overview"
    names = [ln.name for ln in window.session.store.lines.all()]
    assert names == ["花呗", "招商银行信用卡", "示例先用后付"]
    overview = window.views["overview"]
    assert len([c for c in overview.cards if c.isVisible()]) == 3
    qtbot.waitUntil(lambda: overview.chart_data is not None and overview.rendered is not None, timeout=15000)
    window.banner_button.click()
    assert not window.session.demo
    assert window.session.store.lines.all() == []  # the user's database got nothing from the demo
    assert window.current_view() == "welcome"


def test_import_opens_the_import_dialog(window):
    requested = []
    window.import_requested.connect(lambda: requested.append(True))
    window.views["welcome"].import_bill.button.click()
    assert requested == [True]
    assert window.dialog.objectName() == "importDialog" and window.dialog.isVisible()
    assert window.dialog.session is window.session
    assert window.window_actions.import_bill.shortcut().toString() == "Ctrl+I"
    window.dialog.reject()


def test_shortcuts(window):
    a = window.window_actions
    assert a.add_purchase.shortcut().toString() == "Ctrl+N"
    assert a.record_repayment.shortcut().toString() == "Ctrl+R"
    assert [a.views[k].shortcut().toString() for k in ("overview", "purchases", "statements", "lines", "welcome")] \
        == ["Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4", "Ctrl+5"]
    add_line(window)
    a.views["statements"].trigger()
    assert window.current_view() == "statements"
    a.add_purchase.trigger()
    assert window.dialog.objectName() == "purchaseDialog"


def _unnamed_inputs(root) -> list[str]:
    kinds = (QLineEdit, QComboBox, QAbstractSpinBox, QTableView)
    from PySide6.QtWidgets import QWidget

    return [f"{type(w).__name__}:{w.objectName()}" for w in root.findChildren(QWidget)
            if isinstance(w, kinds) and w.isVisibleTo(root) and not w.accessibleName()
            and not isinstance(w.parent(), (QComboBox, QAbstractSpinBox))]


def test_controls_have_accessible_names(window):
    add_line(window)
    for key in ("overview", "purchases", "statements", "lines", "before_you_buy", "minimum_trap", "payoff"):
        window.show_view(key)
        assert _unnamed_inputs(window) == [], key
    for action in (window.window_actions.add_purchase, window.window_actions.record_repayment, window.window_actions.add_line,
                   window.window_actions.settings):
        action.trigger()
        assert _unnamed_inputs(window.dialog) == [], window.dialog.objectName()
        window.dialog.reject()


def test_geometry_and_last_view_are_remembered(make_window):
    window = make_window("mine")
    add_line(window)
    window.show_view("statements")
    window.resize(1000, 700)
    window.close()
    assert QSettings().value("ui/last_view") == "statements"
    again = make_window("mine")
    assert again.current_view() == "statements"


def test_charts_follow_the_data(window, qtbot):
    add_line(window)
    overview = window.views["overview"]
    qtbot.waitUntil(lambda: overview.rendered is not None and overview.chart_data is not None, timeout=15000)
    monthly, debt = overview.chart_data
    assert monthly.by_line == {}
    assert debt.outstanding_fen[debt.today_index] == 0
    figure_texts = [t.get_text() for t in overview.rendered[0].axes.texts]
    assert "Nothing due in the next 12 months" in figure_texts
