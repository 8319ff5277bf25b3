"""The window's line dialog changes a line's statement and due days from the next bill on (domain-rules.md §1):
the bills issued before keep their dates and amounts."""

from __future__ import annotations

from datetime import date

from app.domain.billing import DayChange
from app.ui.dialogs.line_dialog import LineDialog
from tests.ui.helpers import add_line


def test_the_line_dialog_changes_the_days_from_the_next_bill(window):
    add_line(window, "花呗", "5000")  # today is 2026-03-20: the last bill was cut on 03-01
    session = window.session
    line = session.store.lines.by_name("花呗")
    billed = session.ledger.record_purchase(line.saved_id, date(2026, 2, 15), 40_000).ids["purchase"]
    open_cycle = session.ledger.record_purchase(line.saved_id, date(2026, 3, 5), 12_345).ids["purchase"]
    before = {s.statement_date: (s.due_date, s.balance_fen)
              for s in session.queries.line_statements(line.saved_id, date(2026, 3, 20)).statements if s.issued}
    dialog = LineDialog(session, line)
    dialog.statement_day.setValue(10)
    dialog.due_day.setValue(20)
    dialog.ok_button().click()
    assert dialog.result() == dialog.DialogCode.Accepted
    line = session.store.lines.by_name("花呗")
    assert (line.statement_day, line.due_day) == (10, 20)
    assert line.day_changes == (DayChange(date(1990, 1, 1), 1, 10), DayChange(date(2026, 3, 20), 10, 20))
    assert session.store.purchases.get(billed).statement_date == date(2026, 3, 1)
    assert session.store.purchases.get(open_cycle).statement_date == date(2026, 4, 10)  # the transition bill
    after = {s.statement_date: (s.due_date, s.balance_fen)
             for s in session.queries.line_statements(line.saved_id, date(2026, 3, 20)).statements if s.issued}
    assert after == before == {date(2026, 3, 1): (date(2026, 3, 10), 40_000)}
