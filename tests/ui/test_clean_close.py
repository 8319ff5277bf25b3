"""A window's session records a clean close of its file: after its deferred check, or, when it is closed before the
check ran, only if nothing was written to the file meanwhile (else the next open checks it first)."""

from __future__ import annotations

import os
from datetime import date

from app.domain.credit_line import CreditLine
from app.services.ledger import LedgerService
from app.storage.clean_close import clean_close_path, record_clean_close
from app.storage.db import open_database
from app.storage.repositories import Store
from app.ui.session import Session

TODAY = date(2026, 3, 20)


def _cleanly_closed(path) -> None:
    store = Store(open_database(path))
    LedgerService(store).add_line(CreditLine("花呗"), limit_fen=500_000)
    store.close()
    open_database(path).conn.close()  # the day's full check and backup are behind us
    record_clean_close(path)


def test_closed_before_its_check_ran_with_nothing_written_it_is_clean_again(qapp, tmp_path):
    path = tmp_path / "a.db"
    _cleanly_closed(path)
    session = Session(path, today=lambda: TODAY)
    assert session.integrity_pending and not clean_close_path(path).exists()  # open: a crash must not look clean
    session.close()
    assert session.integrity_pending and clean_close_path(path).exists()
    reopened = open_database(path)
    assert reopened.integrity_deferred  # the next open trusts it too
    reopened.conn.close()


def test_written_by_another_program_meanwhile_the_next_open_checks_it(qapp, tmp_path):
    path = tmp_path / "a.db"
    _cleanly_closed(path)
    session = Session(path, today=lambda: TODAY)
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))  # as any write outside DebtLens
    session.close()
    assert not clean_close_path(path).exists()
    reopened = open_database(path)
    assert not reopened.integrity_deferred
    reopened.conn.close()


def test_the_days_first_open_shows_the_window_first_then_checks_and_backs_up(qapp, qtbot, tmp_path):
    """The day's full check and backup (2.4 s at 1,000,000 purchases) of a cleanly closed file run on the worker
    after the first paint, not before the window shows; a write that comes first runs them before it writes."""
    from app.storage import backups

    for write_first in (False, True):
        path = tmp_path / f"{write_first}.db"
        _cleanly_closed(path)
        for old in backups.list_backups(path):
            old.path.unlink()
        record_clean_close(path)
        session = Session(path, today=lambda: TODAY)
        assert session.integrity_pending and backups.list_backups(path) == []  # opened without either
        if write_first:
            session.apply(session.ledger.add_line, CreditLine("白条"), 300_000)
        else:
            session.check_in_background(lambda error: None)
            qtbot.waitUntil(lambda session=session: not session.integrity_pending)
        assert session.integrity_error is None
        assert [b.reason for b in backups.list_backups(path)] == ["auto"]
        session.close()


def test_a_stored_value_damaged_before_the_days_first_open_is_found_after_the_first_paint(qapp, qtbot, tmp_path):
    import sqlite3

    path = tmp_path / "a.db"
    _cleanly_closed(path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE credit_lines SET daily_penalty_rate = 'abc'")
    conn.commit()
    conn.close()
    record_clean_close(path)  # as if DebtLens had closed it so: only the day's full check reads values
    from app.storage import backups

    for old in backups.list_backups(path):
        old.path.unlink()
    session = Session(path, today=lambda: TODAY)
    found = []
    session.check_in_background(found.append)
    qtbot.waitUntil(lambda: bool(found))
    assert "daily_penalty_rate: 'abc' is not a rate" in found[0].reason
    assert backups.list_backups(path) == []  # no backup of a damaged file
    session.close()
