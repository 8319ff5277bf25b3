"""One writer: the GUI's lock file, and the CLI's clear message on a busy database."""

from __future__ import annotations

import functools
import os
import signal
import sqlite3
import stat
import subprocess
import sys

import pytest

from app.cli import context as cli_context
from app.cli import main
from app.storage.db import DatabaseBusyError, open_database
from app.storage.lock import DatabaseLockedError, acquire_lock, lock_owner, lock_path
from tests.storage.conftest import ROOT

HOLDER = """
import sys, time
from app.storage.lock import acquire_lock
lock = acquire_lock(sys.argv[1])
print("locked", flush=True)
time.sleep(60)
"""


def test_a_second_window_is_refused_with_the_owner_pid(tmp_path):
    db = tmp_path / "ledger.db"
    with acquire_lock(db) as lock:
        assert lock.held
        assert stat.S_IMODE(lock_path(db).stat().st_mode) == 0o600
        assert lock_path(db).read_text().strip() == str(os.getpid())
        with pytest.raises(DatabaseLockedError) as info:
            acquire_lock(db)
        assert info.value.pid == os.getpid()
        assert f"already open in another DebtLens window (pid {os.getpid()})" in str(info.value)
        assert isinstance(info.value, DatabaseBusyError)
        assert lock_owner(db) == os.getpid()
    assert not lock.held
    assert lock_owner(db) is None
    acquire_lock(db).release()  # free again


def test_a_lock_held_by_another_process_names_it_and_dies_with_it(tmp_path):
    db = tmp_path / "ledger.db"
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(db)], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "locked"
        with pytest.raises(DatabaseLockedError, match=f"pid {proc.pid}"):
            acquire_lock(db)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    with acquire_lock(db):  # the OS released the killed process's lock: a stale file blocks nobody
        pass


def test_lock_in_a_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(Exception, match="does not exist"):
        acquire_lock(tmp_path / "nope" / "ledger.db")


def test_the_cli_waits_then_says_the_database_is_busy(tmp_path, capsys, monkeypatch):
    db = tmp_path / "ledger.db"
    assert main(["--db", str(db), "line", "add", "花呗", "--limit", "5000"]) == 0
    monkeypatch.setattr(cli_context, "open_database", functools.partial(open_database, timeout_s=0.2))
    other = sqlite3.connect(db, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        capsys.readouterr()
        code = main(["--db", str(db), "purchase", "add", "--line", "花呗", "--date", "2024-03-01",
                     "--amount", "10"])
        err = capsys.readouterr().err
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert code == 1
    assert "busy" in err and str(db) in err and "Traceback" not in err
    assert main(["--db", str(db), "purchase", "add", "--line", "花呗", "--date", "2024-03-01",
                 "--amount", "10"]) == 0
