"""Crash safety: a process killed in the middle of a large transaction leaves a whole database with the change
all there or not at all; a full disk, a read-only file or a missing folder give a clear message and write
nothing. Each test runs on a plain and on a password-protected (SQLCipher) ledger (the ``password`` fixture)."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import date, timedelta
from decimal import Decimal

import pytest

from app.domain.billing import statement_date_for
from app.domain.credit_line import CreditLine
from app.domain.errors import ValidationError
from app.domain.postings import Purchase
from app.services.export_service import ExportService
from app.services.ledger import LedgerService
from app.storage.db import DatabaseError, open_database
from app.storage.repositories import Store
from tests.storage.conftest import ROOT, connect_raw


def _new_ledger(path, prefill: int = 0, password: str | None = None) -> None:
    store = Store(open_database(path, password=password))
    line = LedgerService(store).add_line(CreditLine("花呗"), limit_fen=10**10).ids["line"]
    if prefill:
        days = [date(2023, 1, 1) + timedelta(days=i % 900) for i in range(prefill)]
        with store.atomic():
            store.purchases.insert_many([
                Purchase(line_id=line, posted_on=d, amount_fen=100 + i % 997, merchant=f"old-{i}",
                         statement_date=statement_date_for(d, 1)) for i, d in enumerate(days)])
    store.close()


def _run_and_kill(path, mode: str, n: int, kill_after: str, hold: float = 0.0, delay: float = 0.0,
                  password: str | None = None) -> list[str]:
    """Start the writer, SIGKILL it once it printed a line starting with ``kill_after`` (plus ``delay`` s)."""
    env = {k: v for k, v in os.environ.items() if k != "DEBTLENS_PASSWORD"}
    if password is not None:
        env["DEBTLENS_PASSWORD"] = password
    proc = subprocess.Popen([sys.executable, "-m", "tests.storage.crash_writer", mode, str(path), str(n), str(hold)],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    seen = []
    try:
        for line in proc.stdout:
            seen.append(line.strip())
            if line.startswith(kill_after):
                time.sleep(delay)
                break
        else:
            pytest.fail(f"writer ended early: {seen} {proc.stderr.read()}")
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
    assert proc.returncode == -signal.SIGKILL
    return seen


def _check(path, password: str | None = None) -> Store:
    """The file after the crash: whole (``integrity_check``), opened by the app; an encrypted one still holds no
    plain text of what the writer wrote (its merchants), in the file or in its WAL journal."""
    conn = connect_raw(path, password)
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    conn.close()
    if password is not None:
        for f in (path, path.with_name(path.name + "-wal")):
            if f.exists():
                data = f.read_bytes()
                assert b"crash-" not in data and b"edited-" not in data and b"old-1" not in data
    return Store(open_database(path, password=password))


def _counts(store) -> tuple[int, int, int]:
    one = lambda sql: store.db.conn.execute(sql).fetchone()[0]  # noqa: E731
    return (one("SELECT count(*) FROM purchases"), one("SELECT count(*) FROM installment_plans"),
            one("SELECT count(*) FROM installment_parts"))


@pytest.mark.slow
def test_killed_while_inserting_50000_purchases_leaves_none(tmp_path, password):
    path = tmp_path / "ledger.db"
    _new_ledger(path, password=password)
    seen = _run_and_kill(path, "insert", 50_000, "progress 15000", password=password)
    assert "written" not in seen
    store = _check(path, password)
    assert _counts(store) == (0, 0, 0)
    assert ExportService(store).document()["counts"]["purchases"] == 0
    store.close()


@pytest.mark.slow
def test_killed_after_writing_everything_but_before_commit_leaves_none(tmp_path, password):
    path = tmp_path / "ledger.db"
    _new_ledger(path, password=password)
    _run_and_kill(path, "insert", 15_000, "written", hold=30, password=password)
    assert (tmp_path / "ledger.db-wal").exists()
    store = _check(path, password)
    assert _counts(store) == (0, 0, 0)
    store.close()


def test_killed_after_commit_keeps_everything(tmp_path, password):
    path = tmp_path / "ledger.db"
    _new_ledger(path, password=password)
    _run_and_kill(path, "insert", 3000, "committed", password=password)
    store = _check(path, password)
    assert _counts(store) == (3000, 30, 30 * 12)
    store.close()


@pytest.mark.slow
@pytest.mark.timeout(300)  # 50,000 edits: up to two minutes each on a busy two-CPU machine
@pytest.mark.parametrize(("kill_after", "delay", "hold"), [("written", 0.0, 30), ("progress 10000", 0.0, 0)],
                         ids=["all-rows-edited", "midway"])
def test_killed_during_a_multi_row_edit_leaves_every_row_as_it_was(tmp_path, kill_after, delay, hold, password):
    path = tmp_path / "ledger.db"
    _new_ledger(path, prefill=50_000, password=password)
    seen = _run_and_kill(path, "edit", 0, kill_after, hold=hold, delay=delay, password=password)
    assert "committed" not in seen
    store = _check(path, password)
    line = store.lines.by_name("花呗")
    assert line.statement_day == 1
    rows = store.db.conn.execute("SELECT posted_on, statement_date FROM purchases").fetchall()
    assert len(rows) == 50_000
    assert all(statement_date_for(date.fromisoformat(p), 1).isoformat() == s for p, s in rows)
    assert store.db.conn.execute("SELECT count(*) FROM purchases WHERE merchant LIKE 'edited-%'").fetchone()[0] == 0
    store.close()


# -- the disk or the file refuses the write ------------------------------------------------------------------
def _ledger_with_data(tmp_path, password: str | None = None):
    store = Store(open_database(tmp_path / "ledger.db", password=password))
    ledger = LedgerService(store)
    line = ledger.add_line(CreditLine("花呗"), limit_fen=500000).ids["line"]
    ledger.record_purchase(line, date(2024, 3, 1), 1000, merchant="before")
    return store, ledger, line


def test_a_full_disk_gives_a_clear_message_and_writes_nothing(tmp_path, password):
    store, ledger, line = _ledger_with_data(tmp_path, password)
    before = ExportService(store).json_text()
    pages = store.db.conn.execute("PRAGMA page_count").fetchone()[0]
    store.db.conn.execute(f"PRAGMA max_page_count = {pages + 2}")  # SQLite now sees a disk that is full
    with pytest.raises(DatabaseError) as info:
        with store.atomic():
            for i in range(3000):
                ledger.record_purchase(line, date(2024, 3, 2), 500 + i, merchant="x" * 150,
                                       installments=12 if i % 10 == 0 else 1)
    assert info.value.path == tmp_path / "ledger.db"
    assert "disk is full" in str(info.value) and "nothing was saved" in str(info.value)
    assert ExportService(store).json_text() == before
    store.db.conn.execute("PRAGMA max_page_count = 1073741823")  # space again: the app carries on
    ledger.record_purchase(line, date(2024, 3, 2), 700, merchant="after")
    assert store.purchases.count() == 2
    store.close()
    _check(tmp_path / "ledger.db", password).close()


def test_each_service_call_is_all_or_nothing_when_the_disk_fills_up(tmp_path, password):
    store, ledger, line = _ledger_with_data(tmp_path, password)
    pages = store.db.conn.execute("PRAGMA page_count").fetchone()[0]
    store.db.conn.execute(f"PRAGMA max_page_count = {pages + 3}")
    done = 1
    with pytest.raises(DatabaseError, match="disk is full"):
        for i in range(1000):  # purchases with 60-part plans until the "disk" is full
            ledger.record_purchase(line, date(2024, 3, 2), 120000 + i, merchant="y" * 200, installments=60,
                                   fee_rate=Decimal("0.1"))
            done += 1
    assert 1 < done < 1000
    assert store.purchases.count() == done
    plans = store.plans.for_line(line)
    assert len(plans) == done - 1 and all(len(p.parts) == 60 for p in plans)
    store.close()


def test_a_read_only_file_refuses_the_write_with_a_clear_message(tmp_path, password):
    store, _, line = _ledger_with_data(tmp_path, password)
    store.close()
    ro = Store(__import__("sqlite_utils").Database(
        connect_raw(f"file:{tmp_path / 'ledger.db'}?mode=ro", password, uri=True, isolation_level=None)))
    with pytest.raises(DatabaseError) as info:
        LedgerService(ro).record_purchase(line, date(2024, 3, 2), 100)
    assert "read-only" in str(info.value) and str(tmp_path / "ledger.db") in str(info.value)
    assert ro.purchases.count() == 1
    ro.close()


def test_a_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(DatabaseError, match="does not exist"):
        open_database(tmp_path / "no" / "such" / "ledger.db")


def test_constraint_errors_are_not_disguised_as_file_errors(tmp_path, password):
    store, _, _ = _ledger_with_data(tmp_path, password)
    with pytest.raises(sqlite3.IntegrityError):
        with store.atomic():
            store.db.execute("INSERT INTO purchases (line_id, posted_on, statement_date, amount_fen) "
                             "VALUES (999, '2024-01-01', '2024-02-01', 5)")
    with pytest.raises(ValidationError):
        LedgerService(store).record_purchase(1, date(2024, 1, 1), 0)
    store.close()
