"""A statement or due day that changes applies from the next cycle (domain-rules.md §1 "Changing the dates"):
bills issued before keep their dates, due dates and amounts; the transition bill covers the days from the last old
statement date to the first new one."""

from __future__ import annotations

from datetime import date

import pytest

from app.cli import main
from app.domain.billing import DayChange
from app.domain.credit_line import CreditLine
from app.domain.day_changes import schedule_change
from app.domain.statements import StatementStatus
from app.services.export_service import ExportService
from app.storage.db import open_database
from app.storage.repositories import Store

CHANGED = date(2024, 4, 3)  # Huabei (1, 10) becomes (10, 20): last old bill 04-01, first new bill 04-10
PURCHASES = ((date(2024, 1, 15), 100_000), (date(2024, 2, 20), 50_000), (date(2024, 3, 12), 30_000),
             (date(2024, 3, 31), 5_000), (date(2024, 4, 2), 20_000))


def _bills(queries, line_id, as_of):
    return {s.statement_date: s for s in queries.line_statements(line_id, as_of).statements}


def _issued(queries, line_id, as_of):
    return [(s.statement_date, s.cycle_start, s.cycle_end, s.due_date, s.purchases_fen, s.balance_fen,
             s.minimum_fen, s.status) for s in queries.line_statements(line_id, as_of).statements if s.issued]


def _pay_minimum(ledger, queries, line_id, due):
    st = next(s for s in queries.line_statements(line_id, due).statements if s.due_date == due)
    ledger.record_repayment(line_id, due, st.minimum_fen)
    return st.minimum_fen


@pytest.fixture
def minimum_payer(ledger, queries, huabei):
    """Purchases Jan-Apr 2024, each bill's minimum paid on its due date, the days changed on 2024-04-03."""
    for day, amount in PURCHASES:
        ledger.record_purchase(huabei, day, amount)
    paid = [_pay_minimum(ledger, queries, huabei, due) for due in (date(2024, 2, 10), date(2024, 3, 10))]
    before = _issued(queries, huabei, CHANGED)
    ledger.edit_line(huabei, today=CHANGED, statement_day=10, due_day=20)
    return huabei, paid, before


def test_the_schedule_places_postings_around_the_change():
    line = CreditLine("L", statement_day=10, due_day=20, day_changes=(
        DayChange(date(1990, 1, 1), 1, 10), DayChange(date(2024, 4, 3), 10, 20)))
    assert [line.bill_date(d) for d in (date(2024, 3, 31), date(2024, 4, 1), date(2024, 4, 9), date(2024, 4, 10))] \
        == [date(2024, 4, 1), date(2024, 4, 10), date(2024, 4, 10), date(2024, 5, 10)]
    assert line.bill_cycle(date(2024, 4, 10)) == (date(2024, 4, 1), date(2024, 4, 9))  # the transition cycle
    assert line.bill_cycle(date(2024, 4, 1)) == (date(2024, 3, 1), date(2024, 3, 31))
    assert (line.bill_due(date(2024, 4, 1)), line.bill_due(date(2024, 4, 10))) == (date(2024, 4, 10), date(2024, 4, 20))
    assert line.next_bill(date(2024, 3, 1), 3) == date(2024, 5, 10)
    assert line.next_bill(date(2024, 5, 10), -3) == date(2024, 3, 1)
    assert line.is_statement_date(date(2024, 4, 1)) and not line.is_statement_date(date(2024, 5, 1))


def test_a_change_waits_for_the_open_cycle_and_a_pending_one_is_replaced():
    old = CreditLine("L")
    history, last_old = schedule_change(old, old.with_changes(statement_day=10, due_day=20), date(2024, 4, 12))
    assert last_old == date(2024, 4, 1) and history[-1] == DayChange(date(2024, 4, 12), 10, 20)
    pending = old.with_changes(statement_day=10, due_day=20, day_changes=history)
    assert pending.bill_date(date(2024, 4, 12)) == date(2024, 5, 10)  # 04-10 is past: a 39-day transition cycle
    assert pending.bill_cycle(date(2024, 5, 10)) == (date(2024, 4, 1), date(2024, 5, 9))
    history, _ = schedule_change(pending, pending.with_changes(statement_day=5, due_day=15), date(2024, 4, 20))
    assert history == (DayChange(date(1990, 1, 1), 1, 10), DayChange(date(2024, 4, 20), 5, 15))
    history, _ = schedule_change(pending, pending.with_changes(statement_day=1, due_day=10), date(2024, 4, 20))
    assert history == ()  # back to the days in force: nothing changes
    history, last_old = schedule_change(old, old.with_changes(due_day=9), date(2024, 4, 3))
    assert last_old == date(2024, 4, 1) and history[-1] == DayChange(date(2024, 4, 3), 1, 9)
    due_changed = old.with_changes(due_day=9, day_changes=history)
    assert (due_changed.bill_due(date(2024, 4, 1)), due_changed.bill_due(date(2024, 5, 1))) == (
        date(2024, 4, 10), date(2024, 5, 9))  # from the next bill


def test_a_minimum_payer_who_changes_the_days_stays_current(ledger, queries, minimum_payer):
    line_id, paid, before = minimum_payer
    assert paid == [10_000, 14_900]
    # the bills issued before the change keep their dates, due dates and amounts to the fen
    assert _issued(queries, line_id, CHANGED) == before == [
        (date(2024, 2, 1), date(2024, 1, 1), date(2024, 1, 31), date(2024, 2, 10), 100_000, 100_000, 10_000,
         StatementStatus.MINIMUM_PAID),
        (date(2024, 3, 1), date(2024, 2, 1), date(2024, 2, 29), date(2024, 3, 10), 50_000, 140_900, 14_900,
         StatementStatus.MINIMUM_PAID),
        (date(2024, 4, 1), date(2024, 3, 1), date(2024, 3, 31), date(2024, 4, 10), 35_000, 162_791, 17_891,
         StatementStatus.OPEN)]
    ledger.record_purchase(line_id, date(2024, 4, 25), 10_000)
    paid = [_pay_minimum(ledger, queries, line_id, due) for due in (date(2024, 4, 10), date(2024, 4, 20),
                                                                    date(2024, 5, 20))]
    assert paid == [17_891, 20_458, 17_678]
    result = queries.line_statements(line_id, date(2024, 5, 25))
    assert result.overdue_fen == 0
    bills = _bills(queries, line_id, date(2024, 5, 25))
    assert [d for d, s in bills.items() if s.issued] == [date(2024, 2, 1), date(2024, 3, 1), date(2024, 4, 1),
                                                         date(2024, 4, 10), date(2024, 5, 10)]
    assert all(s.status is StatementStatus.MINIMUM_PAID for s in bills.values() if s.issued)


def test_the_transition_bill_covers_the_days_between_the_old_and_the_new_statement(store, queries, minimum_payer):
    line_id, _, _ = minimum_payer
    bills = _bills(queries, line_id, date(2024, 4, 15))
    transition = bills[date(2024, 4, 10)]
    assert (transition.cycle_start, transition.cycle_end, transition.due_date) == (
        date(2024, 4, 1), date(2024, 4, 9), date(2024, 4, 20))
    assert (transition.purchases_fen, transition.purchase_count) == (20_000, 1)  # 04-02, not 03-31
    assert bills[date(2024, 4, 1)].purchases_fen == 35_000  # 03-12 and 03-31 stay put
    stored = {p.posted_on: p.statement_date for p in store.purchases.matching()}
    assert stored[date(2024, 3, 31)] == date(2024, 4, 1) and stored[date(2024, 4, 2)] == date(2024, 4, 10)


def test_installment_periods_after_the_change_follow_the_new_bills(ledger, store, huabei):
    pid = ledger.record_purchase(huabei, date(2024, 3, 12), 30_000, installments=3).ids["purchase"]
    ledger.record_purchase(huabei, date(2024, 1, 5), 100)
    ledger.edit_line(huabei, today=CHANGED, statement_day=10, due_day=20)
    parts = [p.statement_date for p in store.plans.for_purchase(pid).parts]
    assert parts == [date(2024, 4, 1), date(2024, 4, 10), date(2024, 5, 10)]


def test_a_line_with_nothing_on_an_issued_bill_takes_the_new_days_for_all(ledger, store, huabei):
    """A day typed wrong and corrected before any bill holds anything: no history, nothing kept on the old days."""
    pid = ledger.record_purchase(huabei, date(2024, 4, 2), 100).ids["purchase"]
    ledger.edit_line(huabei, today=CHANGED, statement_day=5, due_day=15)
    assert store.lines.get(huabei).day_changes == ()
    assert store.purchases.get(pid).statement_date == date(2024, 4, 5)


def test_export_and_import_json_keep_the_history(store, queries, minimum_payer, tmp_path):
    line_id, _, before = minimum_payer
    text = ExportService(store).json_text()
    copy = Store(open_database(tmp_path / "copy.db"))
    try:
        ExportService(copy).import_json(text.encode())
        assert ExportService(copy).json_text() == text
        line = copy.lines.by_name("花呗")
        assert line.day_changes == (DayChange(date(1990, 1, 1), 1, 10), DayChange(date(2024, 4, 3), 10, 20))
        from app.services.queries import QueryService

        assert _issued(QueryService(copy), line.saved_id, CHANGED) == before
    finally:
        copy.close()


def test_the_command_line_changes_the_days_from_the_next_bill(tmp_path, capsys):
    db = str(tmp_path / "cli.db")
    assert main(["--db", db, "line", "add", "花呗", "--limit", "5000"]) == 0
    assert main(["--db", db, "purchase", "add", "--line", "花呗", "--date", "2024-03-12", "--amount", "300"]) == 0
    assert main(["--db", db, "purchase", "add", "--line", "花呗", "--date", "2024-04-02", "--amount", "200"]) == 0
    assert main(["--db", db, "line", "edit", "花呗", "--statement-day", "10", "--due-day", "20",
                 "--today", "2024-04-03"]) == 0
    store = Store(open_database(db))
    try:
        dates = sorted(p.statement_date for p in store.purchases.matching())
        assert dates == [date(2024, 4, 1), date(2024, 4, 10)]
    finally:
        store.close()


def test_undo_puts_the_old_days_and_bills_back(store, queries, minimum_payer):
    from app.services.undo import UndoService

    line_id, _, before = minimum_payer
    UndoService(store).undo()
    line = store.lines.get(line_id)
    assert (line.statement_day, line.due_day, line.day_changes) == (1, 10, ())
    assert _issued(queries, line_id, CHANGED) == before
    assert {p.posted_on: p.statement_date for p in store.purchases.matching()}[date(2024, 4, 2)] == date(2024, 5, 1)
