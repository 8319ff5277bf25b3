"""Privacy in the window: a whole GUI session works with networking switched off, and no Qt networking module is
ever loaded (the services and the CLI are checked the same way in tests/services/test_privacy.py)."""

from __future__ import annotations

import socket
import sys
from datetime import date

import pytest
from PySide6.QtCore import Qt

from app.ui.view_registry import VIEWS
from app.ui.dialogs.purchase_dialog import PERIOD_CHOICES
from tests.ui.helpers import add_line, add_purchase


class NetworkUsed(AssertionError):
    """Raised by every networking entry point while the test runs."""


@pytest.fixture
def no_network(monkeypatch):
    """``socket.socket``, ``socket.create_connection`` and the name look-ups raise ``NetworkUsed``; every attempt
    is also recorded, in case a caller swallows the exception."""
    attempts = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise NetworkUsed(f"network access attempted: {args!r}")

    for name in ("socket", "create_connection", "getaddrinfo", "gethostbyname", "socketpair", "fromfd"):
        monkeypatch.setattr(socket, name, refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse, raising=False)
    return attempts


def test_a_whole_gui_session_works_with_the_network_cut_off(no_network, make_window, qtbot, tmp_path):
    window = make_window()
    add_line(window, "花呗", "5000")
    add_purchase(window, "1000", date(2026, 3, 15), PERIOD_CHOICES.index(6))
    window.session.apply(window.session.settings.set_monthly_income, 800_000)
    for key in VIEWS:  # every view, the true-cost ones built on first show
        window.show_view(key)
        window.page(key)
        qtbot.wait(10)

    window.show_view("before_you_buy")
    before = window.page("before_you_buy")
    qtbot.keyClicks(before.price, "2000")
    qtbot.mouseClick(before.compare_button, Qt.MouseButton.LeftButton)
    before.table.selectRow(1)
    assert before.chart.figure is not None and before.chart.figure.axes  # drawn with matplotlib

    window.show_view("overview")
    overview = window.views["overview"]
    qtbot.waitUntil(lambda: overview.chart_data is not None and overview.rendered is not None, timeout=15000)
    assert all(chart.figure.axes and chart.png.startswith(b"\x89PNG") for chart in overview.rendered)

    window.window_actions.back_up_now.trigger()
    qtbot.waitUntil(lambda: "Backed up to" in window.statusBar().currentMessage(), timeout=10000)
    window.data_safety.export_to(tmp_path / "export.json")
    qtbot.waitUntil(lambda: "Exported to" in window.statusBar().currentMessage(), timeout=10000)
    window.window_actions.open_demo.trigger()
    window.window_actions.open_my_data.trigger()
    window.close()

    assert no_network == []
    assert not [m for m in sys.modules if m.startswith(("PySide6.QtNetwork", "PySide6.QtWebEngine"))]
