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
