"""Backups: consistent copies while the app runs, naming, rotation, verified and atomic restore. Every test with a
ledger runs on a plain and on a password-protected one (the ``password`` fixture): an encrypted ledger's backups,
safety copies and restores work the same and stay encrypted."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from app import config
from app.domain.credit_line import CreditLine
from app.services.backup_service import BackupService
from app.services.ledger import LedgerService
from app.storage import backups
from app.storage.backups import BackupInfo, RetentionPolicy
from app.storage.db import DatabaseError, open_database
from app.storage.lock import DatabaseLockedError, acquire_lock
from app.storage.repositories import Store
from tests.storage.conftest import connect_any, digest, raw_tables


@pytest.fixture
def store(tmp_path, password):
    s = Store(open_database(tmp_path / "ledger.db", password=password))
    yield s
    s.close()


def _purchases(path: Path) -> int:
    conn = connect_any(path)
    try:
        return conn.execute("SELECT count(*) FROM purchases").fetchone()[0]
    finally:
        conn.close()


def _add(store, n=1, day=date(2024, 3, 1)):
    ledger = LedgerService(store)
    line = store.lines.all()[0].id if store.lines.all() else ledger.add_line(CreditLine("花呗"), 500000).ids["line"]
    for i in range(n):
        ledger.record_purchase(line, day, 100 + i, merchant=f"m{i}")


def test_backup_now_is_a_consistent_private_dated_copy_while_the_app_writes(store, tmp_path):
    _add(store, 3)
    other = connect_any(tmp_path / "ledger.db", isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another writer in the middle of a transaction
    other.execute("INSERT INTO settings VALUES ('uncommitted', 'x')")
    info = backups.backup_now(store, now=datetime(2025, 3, 1, 10, 15, 0))
    other.execute("ROLLBACK")
    other.close()
    assert info.path == tmp_path / "backups" / "ledger.db.2025-03-01_101500.manual.bak"
    assert info.reason == "manual" and info.taken_at == datetime(2025, 3, 1, 10, 15)
    assert stat.S_IMODE(info.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(info.path.parent.stat().st_mode) == 0o700
    assert not Path(str(info.path) + "-wal").exists()
    backups.verify_backup(info.path)
    assert _purchases(info.path) == 3
    assert ("uncommitted", "x") not in raw_tables(info.path)["settings"]
    second = backups.backup_now(store, now=datetime(2025, 3, 1, 10, 15, 0))  # same second: a new name
    assert second.path.name == "ledger.db.2025-03-01_101500.manual-2.bak" and second.reason == "manual"
    assert [b.path for b in backups.list_backups(tmp_path / "ledger.db")] == [second.path, info.path]


def test_backup_from_a_path_and_the_service(store, tmp_path):
    _add(store, 2)
    info = backups.backup_now(tmp_path / "ledger.db", "manual")
    assert _purchases(info.path) == 2
    service = BackupService(tmp_path / "ledger.db", store)
    made = service.backup_now()
    assert service.latest() == made.path
    assert len(service.list()) == 2


def test_a_failed_backup_leaves_no_file_under_a_backup_name(store, tmp_path, monkeypatch):
    _add(store)

    def full(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backups.os, "fsync", full)
    with pytest.raises(backups.DatabaseError, match="the disk is full"):
        backups.backup_now(store)
    assert list((tmp_path / "backups").iterdir()) == []


def _infos(days: list[date]) -> list[BackupInfo]:
    return [BackupInfo(Path(f"{d}.auto.bak"), datetime.combine(d, datetime.min.time()), "auto", 1) for d in days]


def test_rotation_keeps_the_last_7_days_and_4_weeks():
    today = date(2025, 3, 30)  # a Sunday
    infos = _infos([today - timedelta(days=i) for i in range(60)])
    kept = sorted(Path(p).name[:10] for p in backups.to_keep(infos, RetentionPolicy()))
    daily = [str(today - timedelta(days=i)) for i in range(7)]  # 03-24 .. 03-30: ISO week 13
    weekly = ["2025-03-23", "2025-03-16", "2025-03-09"]  # the Sundays closing weeks 12, 11, 10
    assert kept == sorted(daily + weekly)


def test_rotation_with_gaps_counts_days_that_have_a_backup():
    infos = _infos([date(2025, 3, 30), date(2025, 3, 1), date(2025, 1, 1)])
    assert len(backups.to_keep(infos, RetentionPolicy(2, 0))) == 2
    assert len(backups.to_keep(infos, RetentionPolicy(0, 0))) == 1  # the newest is always kept


@pytest.mark.parametrize("bad", [-1, 367, "7", True])
def test_policy_counts_are_checked(bad):
    with pytest.raises(Exception, match="keep_daily"):
        RetentionPolicy(keep_daily=bad)


def test_daily_automatic_backups_rotate_and_manual_ones_stay(store, tmp_path):
    _add(store)
    db_path = tmp_path / "ledger.db"
    backups.backup_now(store, "manual", now=datetime(2025, 1, 1, 9))
    start = datetime(2025, 1, 1, 8)
    for i in range(40):
        assert backups.auto_backup(store, now=start + timedelta(days=i)) is not None
        assert backups.auto_backup(store, now=start + timedelta(days=i, hours=5)) is None  # once a day
    listed = backups.list_backups(db_path)
    autos = [b for b in listed if b.reason == "auto"]
    assert len(autos) == 7 + 3  # 7 days + the 3 earlier weeks (the newest week is among the days)
    assert [b.reason for b in listed].count("manual") == 1
    assert max(b.taken_at for b in autos) == start + timedelta(days=39)


def test_the_rotation_setting_is_kept_with_the_data(store, tmp_path):
    _add(store)
    service = BackupService(tmp_path / "ledger.db", store)
    assert service.policy() == RetentionPolicy(7, 4)
    service.set_policy(3, 0)
    assert service.policy() == RetentionPolicy(3, 0)
    for i in range(6):
        backups.auto_backup(store, now=datetime(2025, 1, 1 + i, 8))
    assert len([b for b in service.list() if b.reason == "auto"]) == 3


def test_restore_replaces_the_file_and_keeps_a_copy_of_the_replaced_one(store, tmp_path):
    db_path = tmp_path / "ledger.db"
    _add(store, 2)
    good = backups.backup_now(store)
    _add(store, 5)
    store.close()
    result = backups.restore(db_path, good.path)
    assert _purchases(db_path) == 2
    assert result.restored_from == good.path
    assert result.safety_copy is not None and _purchases(result.safety_copy) == 7
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600
    assert not list(tmp_path.glob(".*restore-tmp"))
    Store(open_database(db_path)).close()


def test_restore_never_replays_an_old_wal_onto_the_restored_file(store, tmp_path, password):
    """A file whose newest data still sits in its -wal (an app that crashed) is saved whole, WAL included."""
    _add(store, 1)
    good = backups.backup_now(store)
    store.db.conn.execute("PRAGMA wal_autocheckpoint = 0")
    _add(store, 4)
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    for name in ("ledger.db", "ledger.db-wal"):
        shutil.copy(tmp_path / name, crashed / name)  # the files as a killed process leaves them
    store.close()
    target = crashed / "ledger.db"
    assert (crashed / "ledger.db-wal").stat().st_size > 0
    result = backups.restore(target, good.path, password=password)  # a copy elsewhere: the password is given
    assert not (crashed / "ledger.db-wal").exists() or (crashed / "ledger.db-wal").stat().st_size == 0
    assert _purchases(target) == 1
    assert _purchases(result.safety_copy) == 5
    store = Store(open_database(target, password=password))
    assert store.db.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    store.close()


@pytest.mark.parametrize("kind", ["damaged", "not-ours", "newer", "missing", "text"])
def test_restore_refuses_a_bad_backup_and_changes_nothing(store, tmp_path, kind):
    db_path = tmp_path / "ledger.db"
    _add(store, 2)
    store.close()
    bad = tmp_path / "bad.bak"
    if kind == "damaged":
        shutil.copy(db_path, bad)
        with open(bad, "r+b") as f:
            f.truncate(8192)
    elif kind == "not-ours":
        conn = sqlite3.connect(bad)
        conn.execute("CREATE TABLE t (x)")
        conn.commit()
        conn.close()
    elif kind == "newer":
        shutil.copy(db_path, bad)
        conn = connect_any(bad)
        conn.execute("PRAGMA user_version = 99")
        conn.close()
    elif kind == "text":
        bad.write_text("hello")
    before = digest(db_path)
    with pytest.raises(DatabaseError) as info:
        backups.restore(db_path, bad)
    assert info.value.path == bad
    assert digest(db_path) == before
    assert not (tmp_path / "backups").exists() or not any((tmp_path / "backups").iterdir())


def test_restore_over_a_damaged_file_keeps_its_raw_bytes(store, tmp_path):
    db_path = tmp_path / "ledger.db"
    _add(store, 2)
    good = backups.backup_now(store)
    store.close()
    with open(db_path, "r+b") as f:
        f.truncate(8192)
    damaged_bytes = db_path.read_bytes()
    result = backups.restore(db_path, good.path)
    assert result.safety_copy.name.endswith(".damaged")
    assert result.safety_copy.read_bytes() == damaged_bytes
    assert backups.latest_backup(db_path) != result.safety_copy
    assert _purchases(db_path) == 2


def test_restore_is_refused_while_another_window_has_the_database(store, tmp_path):
    db_path = tmp_path / "ledger.db"
    _add(store)
    good = backups.backup_now(store)
    store.close()
    before = digest(db_path)
    with acquire_lock(db_path):
        with pytest.raises(DatabaseLockedError, match=f"pid {os.getpid()}"):
            backups.restore(db_path, good.path)
    assert digest(db_path) == before


def test_a_crash_before_the_final_rename_leaves_the_old_file(store, tmp_path, monkeypatch):
    db_path = tmp_path / "ledger.db"
    _add(store, 2)
    good = backups.backup_now(store)
    _add(store, 3)
    store.close()
    before = raw_tables(db_path)

    def crash(src, dst):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(backups.os, "replace", crash)
    with pytest.raises((OSError, backups.DatabaseError)):
        backups.restore(db_path, good.path)
    monkeypatch.undo()
    assert raw_tables(db_path) == before
    assert not list(tmp_path.glob(".*restore-tmp"))


def test_backup_folder_is_next_to_the_database():
    assert config.backup_dir(Path("/x/y/debtlens.db")) == Path("/x/y/backups")


def test_todays_automatic_backup_is_found_by_its_name_alone(tmp_path):
    """Every open asks whether today's automatic backup exists (it decides the day's full check) from the backup
    folder's names, without loading the backup module: the same answer ``list_backups`` gives."""
    from app.storage.backup_names import has_auto_backup_today, reason_of

    db = tmp_path / "debtlens.db"
    now = datetime(2026, 12, 4, 9, 30)
    folder = config.backup_dir(db)
    assert not has_auto_backup_today(db, now)  # no folder yet
    folder.mkdir()
    for name in ("debtlens.db.2026-12-03_235959.auto.bak",  # yesterday
                 "debtlens.db.2026-12-04_080000.manual.bak",  # today, but not automatic
                 "other.db.2026-12-04_080000.auto.bak",  # another ledger's
                 "debtlens.db.2026-12-04_256000.auto.bak",  # not a time
                 "debtlens.db.pre-v9-20261204-080000.bak"):
        (folder / name).write_bytes(b"x")
    (folder / "debtlens.db.2026-12-04_080000.auto.bak").mkdir()  # a folder is not a backup
    assert not has_auto_backup_today(db, now)
    assert not any(b.reason == backups.AUTO and b.taken_at.date() == now.date() for b in backups.list_backups(db))
    (folder / "debtlens.db.2026-12-04_081500.auto-2.bak").write_bytes(b"x")
    assert has_auto_backup_today(db, now) and not has_auto_backup_today(db, now + timedelta(days=1))
    assert any(b.reason == backups.AUTO and b.taken_at.date() == now.date() for b in backups.list_backups(db))
    assert [reason_of(r) for r in ("auto", "auto-2", "pre-restore", "pre-restore-3")] == [
        "auto", "auto", "pre-restore", "pre-restore"]


def test_two_writers_of_one_backup_name_leave_each_others_copy_alone(tmp_path):
    """Three commands taking the day's automatic backup in the same second used to delete each other's half-written
    copy ("readonly database", "file exists"); each now writes its own temporary file, and only leftovers a minute
    old are cleared."""
    import time

    from app.storage.copies import write_copy

    store = Store(open_database(tmp_path / "ledger.db"))
    LedgerService(store).add_line(CreditLine("花呗"), limit_fen=100000)
    dest = tmp_path / "ledger.db.2026-12-04_105841.auto.bak"
    other = dest.with_name(f".{dest.name}.99999-1.tmp")  # another process's copy, being written
    other.write_bytes(b"half written")
    stale = dest.with_name(f".{dest.name}.tmp")  # a copy killed long ago
    stale.write_bytes(b"left over")
    os.utime(stale, (time.time() - 120, time.time() - 120))
    write_copy(store.db.conn, dest)
    store.close()
    assert other.read_bytes() == b"half written" and not stale.exists()
    assert connect_any(dest).execute("SELECT name FROM credit_lines").fetchall() == [("花呗",)]
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(f".{dest.name}")) == [other.name]
