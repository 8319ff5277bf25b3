"""Opening checks: what is not a whole, writable DebtLens database is refused and never written to."""

from __future__ import annotations

import os
import shutil
import stat
from contextlib import contextmanager

import pytest

from app.cli import main
from app.storage import backups, db
from app.storage.db import DatabaseError, open_database
from app.storage.repositories import Store
from tests.storage.conftest import digest


def _refused(path, *words):
    before = digest(path)
    with pytest.raises(DatabaseError) as info:
        open_database(path)
    assert info.value.path == path
    message = str(info.value)
    assert str(path) in message
    for w in words:
        assert w in message
    assert digest(path) == before, "a refused file must never be written"
    return info.value


def test_a_file_that_is_not_sqlite_is_refused_untouched(tmp_path):
    path = tmp_path / "notes.db"
    path.write_bytes("我的账本 — not a database\n".encode() * 100)
    err = _refused(path, "not a DebtLens database")
    assert err.latest_backup is None
    assert not (tmp_path / "notes.db-wal").exists()


@pytest.mark.parametrize("keep", [50, 4096, 0.5])
def test_a_truncated_file_is_refused_untouched_with_the_latest_backup(fixture_copy, keep):
    store = Store(open_database(fixture_copy))  # takes today's automatic backup
    store.close()
    latest = backups.latest_backup(fixture_copy)
    assert latest is not None
    size = fixture_copy.stat().st_size
    with open(fixture_copy, "r+b") as f:
        f.truncate(int(size * keep) if isinstance(keep, float) else keep)
    err = _refused(fixture_copy, "damaged")
    assert err.latest_backup == latest


def test_a_damaged_page_fails_the_integrity_check(fixture_copy):
    with open(fixture_copy, "r+b") as f:
        for page in range(1, 6):  # scribble over the b-tree page headers of pages 2-6
            f.seek(4096 * page)
            f.write(b"\xa5" * 64)
    _refused(fixture_copy, "damaged")


def test_quick_check_is_used_above_50_mb(monkeypatch):
    seen = []

    class Conn:
        def execute(self, sql):
            seen.append(sql)
            return self

        def fetchall(self):
            return [("ok",)]

    db.check_integrity(Conn(), "x.db", 10 * 1024 * 1024)
    db.check_integrity(Conn(), "x.db", 60 * 1024 * 1024)
    assert seen == ["PRAGMA integrity_check(20)", "PRAGMA quick_check(20)"]


def test_a_newer_schema_is_refused_untouched(fixture_copy):
    import sqlite3

    conn = sqlite3.connect(fixture_copy)
    conn.execute(f"PRAGMA user_version = {db.SCHEMA_VERSION + 1}")
    conn.close()
    err = _refused(fixture_copy, "newer version of DebtLens", "update the app")
    assert err.latest_backup is None


def test_another_applications_sqlite_file_is_refused_untouched(tmp_path):
    import sqlite3

    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    _refused(path, "not made by DebtLens")


def test_a_missing_folder_is_reported_and_not_created(tmp_path):
    path = tmp_path / "gone" / "ledger.db"
    with pytest.raises(DatabaseError, match="does not exist"):
        open_database(path)
    assert not path.parent.exists()


@contextmanager
def _as_other_user():
    """Run the block without write access to root-owned files (root ignores permission bits)."""
    if os.geteuid() != 0:
        yield
        return
    os.setegid(65534)
    os.seteuid(65534)
    try:
        yield
    finally:
        os.seteuid(0)
        os.setegid(0)


def test_a_read_only_file_is_refused_with_a_clear_reason(fixture_copy, tmp_path):
    import tempfile

    folder = tempfile.mkdtemp(prefix="debtlens-ro-")
    try:
        os.chmod(folder, 0o755)
        path = shutil.copy(fixture_copy, os.path.join(folder, "ledger.db"))
        os.chmod(path, 0o444)
        before = digest(fixture_copy)
        with _as_other_user(), pytest.raises(DatabaseError) as info:
            open_database(path)
        assert "read-only" in str(info.value) and path in str(info.value)
        assert digest(fixture_copy) == before
        assert sorted(os.listdir(folder)) == ["ledger.db"]
    finally:
        shutil.rmtree(folder)


def test_an_empty_file_is_refused_not_taken_for_a_new_ledger(tmp_path):
    """A 0-byte file at the ledger's path is something gone wrong (a failed copy, a full disk), never silently a
    new, empty ledger; a missing file is the way to start one."""
    path = tmp_path / "new.db"
    path.touch()
    with pytest.raises(DatabaseError, match=r"is empty \(0 bytes\)"):
        open_database(path)
    assert path.stat().st_size == 0


def test_database_and_its_wal_are_private(tmp_path):
    store = Store(open_database(tmp_path / "ledger.db"))
    store.settings.set("x", "1")
    for name in ("ledger.db", "ledger.db-wal", "ledger.db-shm"):
        assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o600, name
    store.close()


def test_an_automatic_backup_is_taken_once_a_day_after_the_check(fixture_copy):
    for _ in range(3):
        Store(open_database(fixture_copy)).close()
    autos = [b for b in backups.list_backups(fixture_copy) if b.reason == "auto"]
    assert len(autos) == 1
    backups.verify_backup(autos[0].path)
    assert stat.S_IMODE(autos[0].path.stat().st_mode) == 0o600


def test_a_new_database_gets_no_automatic_backup(tmp_path):
    Store(open_database(tmp_path / "ledger.db")).close()
    assert backups.list_backups(tmp_path / "ledger.db") == []


def test_the_cli_names_the_file_and_prints_the_restore_command(fixture_copy, capsys):
    Store(open_database(fixture_copy)).close()
    latest = backups.latest_backup(fixture_copy)
    with open(fixture_copy, "r+b") as f:
        f.truncate(8192)
    code = main(["--db", str(fixture_copy), "status"])
    err = capsys.readouterr().err
    assert code == 2
    assert str(fixture_copy) in err and "damaged" in err
    assert f"restore {latest}" in err and "Traceback" not in err
    assert main(["--db", str(fixture_copy), "restore", str(latest)]) == 0
    assert main(["--db", str(fixture_copy), "status", "--today", "2024-06-15"]) == 0
    assert "花呗" in capsys.readouterr().out
