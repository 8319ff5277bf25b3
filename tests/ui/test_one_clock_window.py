"""One clock in the window: every view reads "today" from the session's clock, so a pinned (or moved) day shows
everywhere, and the system date (or the other tests' TODAY) nowhere."""

from __future__ import annotations

from datetime import date

from app.ui.session import ALL_CHANGED
from tests.ui.helpers import add_line, add_purchase


class Clock:
    """A clock a test can move (as a workshop's time travel does)."""

    def __init__(self, day: date) -> None:
        self.day = day

    def __call__(self) -> date:
        return self.day


def _cell(model, row: int, key: str) -> str:
    column = next(i for i, c in enumerate(model.columns) if c.key == key)
    return model.data(model.index(row, column))


def test_every_view_shows_the_pinned_day(qtbot, tmp_path):
    from app.ui.application import open_main_window

    clock = Clock(date(2025, 6, 5))
    window = open_main_window(tmp_path / "clock.db", language="en", today=clock)
    qtbot.addWidget(window)
    window.resize(1280, 860)
    window.show()
    add_line(window, "花呗", "5000")  # Huabei: statement day 1, due day 10
    add_purchase(window, "500", date(2025, 5, 15))  # -> bill of 2025-06-01, due 2025-06-10

    # the purchase dialog starts on the pinned day
    window.window_actions.add_purchase.trigger()
    assert window.dialog.date.date().toPython() == date(2025, 6, 5)
    window.dialog.reject()

    window.show_view("overview")
    overview = window.views["overview"]
    qtbot.waitUntil(lambda: overview.as_of.text() == "As of Jun 5, 2025")
    amount, detail = overview.next_due_text()
    assert amount == "¥500.00" and "Jun 10, 2025" in detail and "in 5 days" in detail

    window.show_view("statements")
    statements = window.views["statements"]
    june = [s.statement_date for s in statements.model.rows].index(date(2025, 6, 1))
    assert _cell(statements.model, june, "status") == "Open"  # issued, not due yet

    # the clock moves (a workshop's time travel): every view follows
    clock.day = date(2025, 6, 20)
    window.session.changed.emit(ALL_CHANGED)
    june = [s.statement_date for s in statements.model.rows].index(date(2025, 6, 1))
    assert statements.model.rows[june].status.value == "overdue"
    assert _cell(statements.model, june, "status").startswith("Overdue")
    window.show_view("overview")
    qtbot.waitUntil(lambda: overview.as_of.text() == "As of Jun 20, 2025")
    window.window_actions.add_purchase.trigger()
    assert window.dialog.date.date().toPython() == date(2025, 6, 20)
    window.dialog.reject()
