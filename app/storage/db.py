"""Opening a DebtLens database: file permissions, pragmas, checks, migrations (with a backup first).

Opening never writes to a file it has not verified: a file that is not SQLite, is truncated, fails
``PRAGMA integrity_check`` or was written by a newer DebtLens raises ``DatabaseError`` and is left byte for byte as
it was. A verified file gets its daily automatic backup (``app.storage.backups``) before anything else happens.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from datetime import datetime
from pathlib import Path

from app.domain.messages import QT_TRANSLATE_NOOP
from app.storage import migrations
from app.storage.backup_names import has_auto_backup_today
from app.storage.clean_close import unchanged_since_clean_close
from app.storage.files import (  # the error types are imported from here too
    APPLICATION_ID,
    SQLITE_MAGIC,
    DatabaseBusyError,
    DatabaseError,
    _create_private,
)
from app.storage.ledger_db import LedgerDatabase
from app.storage.migrations import SCHEMA_VERSION


#: Above this size (bytes) opening runs ``PRAGMA quick_check`` instead of the slower full ``integrity_check``.
QUICK_CHECK_ABOVE_BYTES = 50 * 1024 * 1024


def damaged(path: Path | str, reason: str, kind: str = "damaged") -> DatabaseError:
    """A ``DatabaseError`` for a damaged file (or one that is not a ledger: ``kind="foreign"``), carrying the newest
    backup to offer for restore."""
    from app.storage.backups import latest_backup  # backups imports this module

    try:
        latest = latest_backup(Path(path))
    except OSError:
        latest = None
    return DatabaseError(path, reason, latest, kind=kind)


def check_file(path: Path, encrypted: bool = False) -> None:
    """Refuse an existing, non-empty file that is not a whole, writable SQLite database (reads only).

    ``encrypted``: an SQLCipher file (``app.storage.cipher``), which has no plain header to check.

    Raises:
        DatabaseError: not SQLite (first 16 bytes), shorter than its 100-byte header, read-only file or folder.
    """
    if not encrypted:
        with open(path, "rb") as f:
            header = f.read(100)
        if not header.startswith(SQLITE_MAGIC[: len(header)]) or len(header) < len(SQLITE_MAGIC):
            raise damaged(path, QT_TRANSLATE_NOOP(
                    "Errors", "is not a DebtLens database (not an SQLite file, or its start is damaged)"),
                          kind="foreign")
        if len(header) < 100:
            raise damaged(path, QT_TRANSLATE_NOOP(
                    "Errors", "is damaged: the file is truncated (shorter than its header)"))
    try:  # O_RDWR without O_CREAT/O_TRUNC: asks the OS for write access without changing anything
        os.close(os.open(path, os.O_RDWR))
    except OSError as exc:
        raise DatabaseError(path, QT_TRANSLATE_NOOP(
                "Errors", "is read-only (%1); check the file's permissions").arg(exc.strerror),
                            kind="read_only") from None
    folder = path.parent
    effective = {"effective_ids": True} if os.access in os.supports_effective_ids else {}
    if not os.access(folder, os.W_OK | os.X_OK, **effective):
        # WAL mode keeps <name>-wal and <name>-shm next to the file
        raise DatabaseError(path, QT_TRANSLATE_NOOP(
                "Errors", "its folder %1 is read-only; DebtLens needs to write files next to it").arg(folder),
                            kind="read_only")


def check_integrity(conn: sqlite3.Connection, path: Path, size_bytes: int, full: bool = True) -> None:
    """Run ``PRAGMA integrity_check`` when ``full`` (and the file is not above ``QUICK_CHECK_ABOVE_BYTES``), else
    ``quick_check`` (everything but index/table consistency, about 10x faster); reads only.

    Raises:
        DatabaseError: the check reports problems or SQLite finds the file malformed (``latest_backup`` set).
    """
    pragma = "integrity_check" if full and size_bytes <= QUICK_CHECK_ABOVE_BYTES else "quick_check"
    try:
        rows = [r[0] for r in conn.execute(f"PRAGMA {pragma}(20)").fetchall()]
    except sqlite3.DatabaseError as exc:
        raise damaged(path, QT_TRANSLATE_NOOP("Errors", "is damaged (%1)").arg(exc)) from None
    if rows != ["ok"]:
        raise damaged(path, QT_TRANSLATE_NOOP("Errors", "is damaged (integrity check: %1)").arg('; '.join(rows[:3])))


def write_error(conn: sqlite3.Connection, exc: sqlite3.Error) -> DatabaseError | None:
    """Translate an SQLite error raised while writing into a ``DatabaseError`` naming the file and the reason.

    Returns ``None`` for errors that are not about the file (constraint violations, programming errors).
    """
    if isinstance(exc, sqlite3.IntegrityError | sqlite3.ProgrammingError | sqlite3.InterfaceError):
        return None
    name = getattr(exc, "sqlite_errorname", "") or ""
    try:
        path = next((r[2] for r in conn.execute("PRAGMA database_list") if r[1] == "main"), "") or ":memory:"
    except sqlite3.Error:
        path = "the database"
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "database is locked" in str(exc):
        return DatabaseBusyError(path, QT_TRANSLATE_NOOP(
                "Errors", "is busy: another DebtLens window or program is writing to it; nothing was saved, try again "
                "when it has finished"))
    if name == "SQLITE_FULL":
        return DatabaseError(path, QT_TRANSLATE_NOOP(
                "Errors", "the disk is full (or the file reached its size limit); nothing was saved, free some space "
                "and try again"))
    if name.startswith("SQLITE_READONLY"):
        return DatabaseError(path, QT_TRANSLATE_NOOP(
                "Errors", "is read-only; nothing was saved (check the file's permissions)"), kind="read_only")
    if name.startswith("SQLITE_IOERR"):
        return DatabaseError(path, QT_TRANSLATE_NOOP(
                "Errors", "a disk read/write error occurred (%1); nothing was saved").arg(exc))
    if name.startswith("SQLITE_CANTOPEN"):
        return DatabaseError(path, QT_TRANSLATE_NOOP(
                "Errors", "cannot be opened any more (was it moved, or its folder removed?); nothing was saved"))
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
        return damaged(path, QT_TRANSLATE_NOOP("Errors", "is damaged (%1)").arg(exc))
    return None


def ledger_database(conn: sqlite3.Connection) -> LedgerDatabase:
    """The ledger's connection with sqlite-utils' helpers loaded on first use (``ledger_db``)."""
    return LedgerDatabase(conn)


def open_reader(path: Path | str) -> LedgerDatabase:
    """A second connection to a database a session already opened (and so checked and migrated), for a worker
    thread: no integrity check, no backup, no migration, just the pragmas every DebtLens connection has. An
    encrypted ledger opens with the password the session's open remembered."""
    from app.storage import cipher

    conn = cipher.open_file(path, timeout=5.0, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    return ledger_database(conn)


def open_database(path: Path | str, *, migrate: bool = True, timeout_s: float = 5.0,
                  auto_backup: bool = True, verify: bool = True, trust_clean_close: bool = True,
                  password: str | None = None, daily: bool = True) -> LedgerDatabase:
    """Open (creating when missing) the DebtLens database at ``path`` and bring its schema up to date.

    An existing file is checked first without writing to it (header, write permission, ``integrity_check`` or
    ``quick_check`` above 50 MB, application id, schema version). Then: WAL journal, ``foreign_keys=ON``, a
    ``busy_timeout`` of ``timeout_s`` seconds; the day's automatic backup (``auto_backup``; a failure to back up
    is logged, never fatal); before applying migrations to a file that already holds data, a copy is written next
    to it (``<name>.pre-v<N>-<time>.bak``). ``verify=False`` skips the integrity check, for a second connection
    of a process that already opened (and so checked) the file, e.g. a worker thread's.

    The quick check is skipped when the file is unchanged since DebtLens's last clean close of it
    (``trust_clean_close`` and ``unchanged_since_clean_close``: at 1,000,000 purchases it costs 0.3-0.4 s); the
    returned ``LedgerDatabase`` then has ``integrity_deferred = True``, and a caller that will write (the window) runs
    ``check_integrity(..., full=False)`` before its first write. The day's full check (before the day's backup)
    always runs, except with ``daily=False`` on a file unchanged since a clean close: the day's check and backup
    (2.4 s at 1,000,000 purchases) are then left out too. A caller that only reads (a command under ``PRAGMA
    query_only``) changes nothing a backup would keep; the window runs them after its first paint or before its
    first write (``daily_deferred`` is then set: ``daily_check``).

    An encrypted ledger (``app.storage.cipher``: SQLCipher 4, AES-256) opens with ``password``, or the one this
    process remembered for it; a successful open remembers it, for the worker thread's connection and the
    backups (which are then encrypted too). A new file opened with a ``password`` is created encrypted. Without
    a password nothing of SQLCipher is imported.

    Raises:
        DatabaseError: the folder does not exist, the file is read-only, not a DebtLens/SQLite database,
            truncated or damaged (``latest_backup`` then names the newest backup), or it was written by a newer
            version of DebtLens. The file is left untouched.
        PasswordRequired: the file is encrypted and no password is known for it (a ``DatabaseError``).
        WrongPassword: the password does not open it (a ``DatabaseError``); nothing was written.
    """
    path = Path(path)
    memory = str(path) == ":memory:"
    size = 0
    deferred = False
    key = None
    if not memory:
        if not path.parent.exists():
            raise DatabaseError(path, QT_TRANSLATE_NOOP("Errors", "the folder %1 does not exist").arg(path.parent))
        _clean_stale_restore_files(path)
        if not path.exists():
            try:
                _create_private(path)
            except OSError as exc:
                raise DatabaseError(path, QT_TRANSLATE_NOOP(
                        "Errors", "cannot create the file: %1").arg(exc.strerror)) from None
            key = password
        elif path.is_dir():
            raise DatabaseError(path, QT_TRANSLATE_NOOP("Errors", "is a folder, not a database file"))
        elif not path.is_file():
            raise damaged(path, QT_TRANSLATE_NOOP(
                    "Errors", "is not a regular file (a device, pipe or socket), not a DebtLens database"),
                          kind="foreign")
        else:
            size = path.stat().st_size
            if size == 0:
                raise damaged(path, QT_TRANSLATE_NOOP(
                        "Errors", "is empty (0 bytes): not a DebtLens database; move it away to start a new ledger "
                        "there"), kind="foreign")
            if not _plain_header(path):
                from app.storage import cipher

                key = cipher.key_for_file(path, password)  # None: not SQLCipher either; check_file says so
            check_file(path, encrypted=key is not None)
    try:
        if key is None:
            conn = sqlite3.connect(str(path), timeout=timeout_s, isolation_level=None)
        else:
            from app.storage import cipher

            try:
                conn = cipher.connect(path, key, timeout=timeout_s, isolation_level=None)
            except DatabaseError:
                if size == 0:  # the new file this call created
                    with contextlib.suppress(OSError):
                        path.unlink()
                raise
        conn.execute("PRAGMA foreign_keys = ON")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        has_tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0
    except sqlite3.DatabaseError as exc:
        name = getattr(exc, "sqlite_errorname", "") or ""
        if name == "SQLITE_FULL" or "disk is full" in str(exc):
            raise DatabaseError(path, QT_TRANSLATE_NOOP(
                    "Errors", "the disk is full: DebtLens needs a little free space next to the file to open it; free "
                    "some space and try again")) from None
        if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
            raise DatabaseBusyError(path, QT_TRANSLATE_NOOP(
                    "Errors", "is busy: another program is writing to it; try again")) from None
        why = (QT_TRANSLATE_NOOP("Errors", "is damaged (%1)") if "CORRUPT" in name
               else QT_TRANSLATE_NOOP("Errors", "is not a DebtLens database (%1)"))
        raise damaged(path, why.arg(exc), kind="damaged" if "CORRUPT" in name else "foreign") from None
    if has_tables and app_id != APPLICATION_ID:
        conn.close()
        raise DatabaseError(path, QT_TRANSLATE_NOOP("Errors", "this SQLite file was not made by DebtLens"),
                            kind="foreign")
    if version > SCHEMA_VERSION:
        conn.close()
        raise DatabaseError(
            path, QT_TRANSLATE_NOOP(
                    "Errors", "made by a newer version of DebtLens (schema %1, this version reads up to %2); update "
                    "the app to open it").arg(version, SCHEMA_VERSION),
            kind="newer")
    if has_tables and not memory:
        # before anything runs on it (a trigger would run on our next write) or a pre-migration copy is written
        from app.storage.schema_check import schema_problem

        problem = schema_problem(conn, version)
        if problem:
            conn.close()
            raise damaged(path, QT_TRANSLATE_NOOP("Errors", "is not a file DebtLens made (%1)").arg(problem),
                          kind="foreign")
    # today's automatic backup, looked up once: it decides the day's full check and whether to back up now
    backed_up_today = auto_backup and has_tables and not memory and has_auto_backup_today(path)
    if verify and has_tables and not memory:
        # the full check runs once a day, before that day's automatic backup copies the file; other opens
        # (every CLI command, the app's next start) take the quick check: 0.04 s instead of 0.3 s at 100k purchases
        try:
            full = not backed_up_today
            deferred = (not full or not daily) and trust_clean_close and unchanged_since_clean_close(path)
            if not deferred:
                check_integrity(conn, path, size, full=full)
                if full:
                    _check_values(conn, path)
        except DatabaseError:
            conn.close()
            raise
    db = ledger_database(conn)
    if deferred and migrate and migrations.pending(db):  # a migration writes: check the file first
        try:
            check_integrity(conn, path, size, full=False)
        except DatabaseError:
            conn.close()
            raise
        deferred = False
    db.integrity_deferred = deferred  # read by the session: check after paint
    db.daily_deferred = deferred and not backed_up_today and auto_backup
    if not memory:
        conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    if auto_backup and has_tables and not memory and not backed_up_today and not deferred:
        _daily_backup(conn, path)  # after the day's full check (a reading command may leave both to a later open)
    if migrate and migrations.pending(db):
        if has_tables and not memory:
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            dest = path.with_name(f"{path.name}.pre-v{SCHEMA_VERSION}-{stamp}.bak")
            n = 1
            while dest.exists():  # a restored older file migrated again within the same second
                dest = path.with_name(f"{path.name}.pre-v{SCHEMA_VERSION}-{stamp}-{n}.bak")
                n += 1
            backup_file(conn, dest)
        migrations.apply(db)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    if key is not None and not memory:
        from app.storage import cipher

        cipher.remember(path, key)
    return db


def _plain_header(path: Path) -> bool:
    """Whether ``path`` starts with SQLite's plain 16-byte header (else it may be an SQLCipher file)."""
    with open(path, "rb") as f:
        return f.read(16) == SQLITE_MAGIC


def _clean_stale_restore_files(path: Path) -> None:
    """Remove what an interrupted restore left next to the ledger (``.<name>.restore-tmp`` and its journal/WAL
    files) once it is over a minute old: a running restore finishes in well under that."""
    import contextlib
    import time

    now = time.time()
    for entry in path.parent.glob(f".{path.name}.restore-tmp*"):
        with contextlib.suppress(OSError):
            if now - entry.stat().st_mtime > 60:
                entry.unlink()


def daily_check(conn: sqlite3.Connection, path: Path) -> None:
    """The day's full check of an open ledger that ``open_database(daily=False)`` left for later
    (``daily_deferred``), then the day's automatic backup unless one was made meanwhile. Reads only the ledger;
    runs on any connection to it (a worker thread's).

    Raises:
        DatabaseError: the file is damaged (structure or a stored value); no backup is made of it.
    """
    check_integrity(conn, path, path.stat().st_size, full=True)
    _check_values(conn, path)
    if not has_auto_backup_today(path):
        _daily_backup(conn, path)


def _check_values(conn: sqlite3.Connection, path: Path) -> None:
    """Part of the day's full check: raise ``DatabaseError`` for a stored value the code cannot read."""
    from app.storage.schema_check import value_problem

    bad_value = value_problem(conn)
    if bad_value:
        raise damaged(path, QT_TRANSLATE_NOOP("Errors", "is damaged: %1").arg(bad_value))


def _daily_backup(conn: sqlite3.Connection, path: Path) -> None:
    from app.storage import backups  # only when today's backup is due: most opens of a day skip this

    try:
        backups.auto_backup(conn, path)
    except (OSError, sqlite3.Error, DatabaseError) as exc:  # a failed backup must not lock the user out
        import logging  # loaded only when there is something to log

        logging.getLogger(__name__).warning("automatic backup of %s failed: %s", path, exc)


def backup_file(conn: sqlite3.Connection, dest: Path) -> Path:
    """Write a consistent copy of the open database to ``dest`` with the SQLite backup API (mode 0600)."""
    if dest.exists():
        raise DatabaseError(dest, QT_TRANSLATE_NOOP("Errors", "a backup with this name already exists"))
    from app.storage import cipher

    _create_private(dest)
    target = cipher.same_kind(conn, dest)  # an encrypted ledger's copy is encrypted with the same password
    try:
        conn.backup(target)
    finally:
        target.close()
    return dest
