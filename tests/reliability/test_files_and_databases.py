"""Regression tests for the ways a ledger file could be lost, replaced or misread, each named after what it guards
(found by trying to break DebtLens: concurrency, hostile and damaged databases, full disk, symlinks, modes)."""

from __future__ import annotations

import errno
import os
import sqlite3
import stat
import subprocess
import sys
import threading
import time
from datetime import date
from pathlib import Path

import pytest

from app import config
from app.cli import main
from app.domain.credit_line import CreditLine
from app.services.ledger import LedgerService
from app.storage import backups
from app.storage.db import DatabaseBusyError, DatabaseError, open_database
from app.storage.lock import DatabaseLockedError, WritersLock, acquire_lock
from app.storage.repositories import Store
from tests.storage.conftest import PASSWORD, connect_any

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(params=[None, PASSWORD], ids=["plain", "encrypted"])
def password(request):
    """The restore tests run on a plain and on a password-protected ledger (the CLI gets it from the
    environment); what this process remembered is forgotten afterwards."""
    from app.storage import cipher

    cipher._passwords.clear()
    yield request.param
    cipher._passwords.clear()


def _ledger(path: Path, purchases: int = 1, password: str | None = None) -> Path:
    store = Store(open_database(path, password=password))
    ledger = LedgerService(store)
    line = ledger.add_line(CreditLine("花呗"), limit_fen=500000, limit_from=date(2024, 1, 1)).ids["line"]
    for i in range(purchases):
        ledger.record_purchase(line, date(2024, 3, 1 + i), 1000 + i)
    ledger.record_repayment(line, date(2024, 4, 10), 10000)
    store.close()
    return path


def _bytes(path: Path) -> bytes:
    return path.read_bytes()


def _count(path: Path, table: str = "purchases") -> int:
    conn = connect_any(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        conn.close()


# -- restore vs writers ---------------------------------------------------------------------------------------
def test_restore_waits_for_a_writing_command_and_loses_none_of_its_writes(tmp_path, password):
    db = _ledger(tmp_path / "ledger.db", password=password)
    good = backups.backup_now(Store(open_database(db)).db.conn)
    writer = WritersLock(db, exclusive=False)  # a command in the middle of writing
    store = Store(open_database(db))
    LedgerService(store).record_purchase(1, date(2024, 3, 20), 777)
    done: list[object] = []
    thread = threading.Thread(target=lambda: done.append(backups.restore(db, good.path)))
    thread.start()
    time.sleep(0.3)
    assert not done  # the restore waits for the writer
    store.close()
    writer.release()
    thread.join(10)
    safety = done[0].safety_copy
    # the write that reported success is in the copy saved before the restore, not lost in a replaced file
    assert _count(Path(safety)) == 2 and _count(db) == 1


def test_restore_beside_concurrent_cli_writes_loses_no_reported_write(tmp_path, password):
    db = _ledger(tmp_path / "ledger.db", password=password)
    good = backups.backup_now(Store(open_database(db)).db.conn).path
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.pop("DEBTLENS_PASSWORD", None)
    if password:
        env["DEBTLENS_PASSWORD"] = password
    procs = [subprocess.Popen([sys.executable, "-m", "app", "--db", str(db), "purchase", "add", "--line", "花呗",
                               "--date", "2024-03-25", "--amount", f"{i + 1}.00"], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, env=env, cwd=ROOT) for i in range(6)]
    time.sleep(0.5)
    result = backups.restore(db, good)
    outs = [p.communicate(timeout=60) for p in procs]
    reported = {f"{i + 1}.00" for i, (out, _err) in enumerate(outs) if b"Recorded purchase" in out}
    conn = connect_any(db)
    after = {f"{r[0] / 100:.2f}" for r in conn.execute("SELECT amount_fen FROM purchases WHERE posted_on = "
                                                      "'2024-03-25'")}
    conn.close()
    saved = set()
    if result.safety_copy is not None:
        conn = connect_any(result.safety_copy)
        saved = {f"{r[0] / 100:.2f}" for r in conn.execute("SELECT amount_fen FROM purchases WHERE posted_on = "
                                                           "'2024-03-25'")}
        conn.close()
    assert reported <= after | saved  # every write that said "Recorded" is somewhere a user can get it back


# -- export onto the ledger -------------------------------------------------------------------------------------
@pytest.mark.parametrize("target", ["ledger.db", "ledger.db-wal", "link.db", "backups/x.json", "other.db"])
def test_export_onto_the_ledger_or_a_database_is_refused(tmp_path, capsys, target):
    db = _ledger(tmp_path / "ledger.db")
    (tmp_path / "link.db").symlink_to(db)
    _ledger(tmp_path / "other.db")
    (tmp_path / "backups").mkdir(exist_ok=True)
    before = _bytes(db)
    code = main(["--db", str(db), "export", "--out", str(tmp_path / target), "--force"])
    assert code == 2
    assert "--out" in capsys.readouterr().err
    assert _bytes(db) == before


# -- files DebtLens did not make ---------------------------------------------------------------------------------
def test_the_stored_shape_of_this_version_is_what_its_migrations_create():
    """``app/storage/schema_shape.py`` (read on every open instead of running the migrations in memory) equals
    what the migrations create; after a new migration run ``tools/update_schema_shape.py``."""
    from app.storage import schema_shape
    from app.storage.migrations import SCHEMA_VERSION
    from app.storage.schema_check import migrated_shape

    assert schema_shape.VERSION == SCHEMA_VERSION
    assert schema_shape.SHAPE == migrated_shape(SCHEMA_VERSION)


def test_a_trigger_of_ours_with_another_body_is_refused(tmp_path):
    """A trigger keeping its name but not what it does (the per-bill totals' insert trigger made to add 1 fen
    more) is as foreign as a new one: the file is refused, nothing runs."""
    db = _ledger(tmp_path / "ledger.db")
    conn = sqlite3.connect(str(db))
    (sql,) = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'bill_totals_purchases_insert'").fetchone()
    conn.execute("DROP TRIGGER bill_totals_purchases_insert")
    conn.execute(sql.replace("amount_fen + excluded.amount_fen", "amount_fen + excluded.amount_fen + 1"))
    conn.commit()
    conn.close()
    raw = _bytes(db)
    with pytest.raises(DatabaseError, match="its trigger bill_totals_purchases_insert was changed"):
        open_database(db)
    assert _bytes(db) == raw
def _add_trigger(path: Path) -> None:
    conn = sqlite3.connect(str(path))
    conn.execute("CREATE TRIGGER t_repay AFTER INSERT ON repayments BEGIN "
                 "UPDATE repayments SET amount_fen = 1 WHERE id = new.id; END")
    conn.commit()
    conn.close()


def test_restored_or_opened_file_with_a_trigger_is_refused_and_runs_nothing(tmp_path, capsys):
    db = _ledger(tmp_path / "ledger.db")
    store = Store(open_database(db))
    bad = backups.backup_now(store.db.conn).path
    store.close()
    _add_trigger(bad)
    before = _bytes(db)
    with pytest.raises(DatabaseError, match="not a file DebtLens made .*trigger DebtLens did not make: t_repay"):
        backups.restore(db, bad)
    assert _bytes(db) == before
    _add_trigger(db)
    raw = _bytes(db)
    with pytest.raises(DatabaseError, match="trigger DebtLens did not make: t_repay"):
        open_database(db)
    assert _bytes(db) == raw
    assert main(["--db", str(db), "repay", "--line", "花呗", "--date", "2024-05-10", "--amount", "100"]) == 2
    assert "Traceback" not in capsys.readouterr().err and _bytes(db) == raw


@pytest.mark.parametrize(("damage", "words"), [
    ("UPDATE purchases SET posted_on = 'soon' WHERE id = 1", "purchases row 1, posted_on: 'soon' is not a date"),
    ("UPDATE credit_lines SET daily_penalty_rate = 'abc'", "daily_penalty_rate: 'abc' is not a rate"),
    ("UPDATE credit_lines SET fee_presets = '{\"12\": \"abc\"}'", "fee_presets"),
    ("DROP TABLE refunds", "its table refunds is missing"),
    ("DROP TABLE _sqlite_migrations", "its table _sqlite_migrations is missing"),
    ("CREATE VIEW v AS SELECT 1", "a view DebtLens did not make: v"),
])
def test_opening_damaged_data_is_refused_naming_what_and_writes_nothing(tmp_path, capsys, damage, words):
    db = _ledger(tmp_path / "ledger.db")
    conn = sqlite3.connect(str(db))
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute(damage)
    conn.commit()
    conn.close()
    before = sorted(p.name for p in tmp_path.iterdir())
    raw = _bytes(db)
    with pytest.raises(DatabaseError, match=words.replace("(", r"\(").replace(")", r"\)")):
        open_database(db, auto_backup=False)
    assert main(["--db", str(db), "status"]) == 2
    err = capsys.readouterr().err
    assert words in err and "Traceback" not in err
    assert _bytes(db) == raw
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith("-wal")
                  and not p.name.endswith("-shm")) == [n for n in before if not n.endswith(("-wal", "-shm"))]


def test_a_foreign_file_with_our_application_id_is_refused_without_a_pre_migration_copy(tmp_path):
    path = tmp_path / "foreign.db"
    conn = sqlite3.connect(str(path))
    conn.execute("CREATE TABLE notes (x TEXT)")
    conn.execute("PRAGMA application_id = 1147292782")  # DebtLens's id, "DbLn"
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseError, match="not a file DebtLens made"):
        open_database(path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["foreign.db"]


def test_a_0_byte_file_and_a_device_are_refused_not_taken_for_a_new_ledger(tmp_path, capsys):
    empty = tmp_path / "empty.db"
    empty.touch()
    assert main(["--db", str(empty), "line", "add", "花呗", "--limit", "100"]) == 2
    assert "is empty (0 bytes)" in capsys.readouterr().err and empty.stat().st_size == 0
    link = tmp_path / "zero.db"
    link.symlink_to("/dev/zero")
    assert main(["--db", str(link), "status"]) == 2
    err = capsys.readouterr().err
    assert "is not a regular file" in err and "Traceback" not in err


# -- full disk ------------------------------------------------------------------------------------------------------
def test_full_disk_at_the_lock_file_still_opens(tmp_path, monkeypatch):
    db = _ledger(tmp_path / "ledger.db")
    real_write = os.write

    def full(fd, data):
        if b"\n" in data and data.strip().isdigit():
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(fd, data)

    monkeypatch.setattr(os, "write", full)
    lock = acquire_lock(db)
    assert lock.held
    lock.release()


def test_full_disk_during_restore_says_so_and_leaves_no_damaged_files(tmp_path, monkeypatch, password):
    db = _ledger(tmp_path / "ledger.db", password=password)
    good = backups.backup_now(Store(open_database(db)).db.conn).path
    before = _bytes(db)
    monkeypatch.setattr(backups.shutil, "copyfile", lambda *a: (_ for _ in ()).throw(
        OSError(errno.ENOSPC, "No space left on device")))
    monkeypatch.setattr(backups, "backup_now", lambda *a, **k: (_ for _ in ()).throw(
        sqlite3.DatabaseError("disk I/O error")))
    with pytest.raises(DatabaseError, match="the disk is full"):
        backups.restore(db, good)
    assert _bytes(db) == before
    assert not [p for p in (tmp_path / "backups").iterdir() if p.name.endswith(".damaged")]


# -- busy -------------------------------------------------------------------------------------------------------
def test_cli_write_waits_for_another_writer_instead_of_failing_at_once(tmp_path, capsys):
    db = _ledger(tmp_path / "ledger.db")
    other = sqlite3.connect(str(db), isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    threading.Timer(1.0, lambda: other.execute("COMMIT")).start()
    started = time.monotonic()
    assert main(["--db", str(db), "purchase", "add", "--line", "花呗", "--date", "2024-03-09",
                 "--amount", "9.00"]) == 0
    assert time.monotonic() - started >= 0.9  # it waited for the other writer (up to 5 s), then wrote
    other.close()
    assert _count(db) == 2


def test_window_add_purchase_on_a_busy_ledger_shows_a_message(make_window, qtbot):
    from tests.ui.helpers import add_line

    window = make_window()
    add_line(window, "花呗", "5000")
    other = sqlite3.connect(str(window.session.db_path), isolation_level=None, timeout=0.1)
    other.execute("BEGIN IMMEDIATE")
    window.session.store.db.conn.execute("PRAGMA busy_timeout = 200")
    try:
        window.window_actions.add_purchase.trigger()
        dialog = window.dialog
        dialog.amount.setText("100")
        dialog.ok_button().click()
        if dialog.load_warning.isVisible():
            dialog.load_warning.record_button.click()
        assert dialog.isVisible() and "The ledger is busy" in dialog.general_error.text()
    finally:
        other.execute("ROLLBACK")
        other.close()


# -- symlinks ---------------------------------------------------------------------------------------------------
def test_restore_through_a_symlink_replaces_the_real_file(tmp_path, password):
    real = _ledger(tmp_path / "real.db", purchases=1, password=password)
    good = backups.backup_now(Store(open_database(real)).db.conn).path
    store = Store(open_database(real))
    LedgerService(store).record_purchase(1, date(2024, 3, 21), 555)
    store.close()
    link = tmp_path / "link.db"
    link.symlink_to(real)
    backups.restore(link, good)
    assert link.is_symlink() and _count(real) == 1


def test_a_second_window_through_a_link_is_refused(tmp_path):
    real = _ledger(tmp_path / "real.db")
    link = tmp_path / "link.db"
    link.symlink_to(real)
    held = acquire_lock(real)
    with pytest.raises(DatabaseLockedError):
        acquire_lock(link)
    held.release()


# -- files --------------------------------------------------------------------------------------------------------
def test_data_folder_is_0700_even_when_it_existed_looser(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    folder = config.data_dir()
    folder.mkdir(parents=True, mode=0o755)
    folder.chmod(0o755)
    assert main(["line", "add", "花呗", "--limit", "100"]) == 0
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(config.default_db_path().stat().st_mode) == 0o600


def test_settings_file_is_0600(tmp_path, qapp):
    from PySide6.QtCore import QSettings

    from app.ui.application import keep_settings_private

    settings = QSettings()
    settings.setValue("ui/last_import_dir", str(tmp_path))
    settings.sync()
    Path(settings.fileName()).chmod(0o644)
    keep_settings_private()
    assert stat.S_IMODE(Path(settings.fileName()).stat().st_mode) == 0o600


def test_temp_files_of_an_interrupted_restore_are_cleaned(tmp_path):
    db = _ledger(tmp_path / "ledger.db")
    stale = [tmp_path / ".ledger.db.restore-tmp", tmp_path / ".ledger.db.restore-tmp-journal"]
    for path in stale:
        path.write_bytes(b"x")
        os.utime(path, (time.time() - 3600, time.time() - 3600))
    Store(open_database(db)).close()
    assert not any(p.exists() for p in stale)


def test_bad_input_on_a_new_db_path_creates_no_file(tmp_path, capsys):
    new = tmp_path / "new.db"
    assert main(["--db", str(new), "line", "add", "花呗", "--limit", "12,34"]) == 2
    assert not new.exists() and not Path(f"{new}-wal").exists()


def test_exception_in_the_window_shows_a_message_and_writes_a_report(make_window, qtbot, tmp_path, monkeypatch):
    from app.ui import crash

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "crashdata"))
    make_window()
    crash.install()
    try:
        raise ZeroDivisionError("boom")
    except ZeroDivisionError:
        path = crash.handle(*sys.exc_info())
    qtbot.waitUntil(lambda: bool(crash.open_boxes()), timeout=2000)
    box = crash.open_boxes()[-1]
    assert "What you were doing was not saved" in box.text() and "ZeroDivisionError: boom" in box.informativeText()
    assert path is not None and path.parent == config.data_dir() / "crash-reports"
    assert "ZeroDivisionError: boom" in path.read_text(encoding="utf-8")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    box.close()
    sys.excepthook = sys.__excepthook__
    threading.excepthook = threading.__excepthook__
    assert DatabaseBusyError
