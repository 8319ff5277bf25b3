"""Consistent copies of a live database and their check: the primitives under backups and restores.

``write_copy`` copies through the SQLite backup API (one read transaction: consistent while the app writes, WAL
writers not blocked) to a temporary file, checks it, fsyncs and renames it, so a crash never leaves half a copy
under the copy's name. ``verify_backup`` checks a copy is a whole DebtLens database this version can open.
"""

from __future__ import annotations

import contextlib
import glob
import os
import sqlite3
import threading
import time
from pathlib import Path
from typing import cast

from app.storage import cipher
from app.storage.files import APPLICATION_ID, SQLITE_MAGIC, DatabaseError, _create_private
from app.storage.migrations import SCHEMA_VERSION
from app.domain.messages import QT_TRANSLATE_NOOP


def connection_of(source: object) -> tuple[sqlite3.Connection, bool]:
    """``(connection, opened_here)`` for a Store, sqlite-utils Database, sqlite3 connection or file path."""
    db = getattr(source, "db", source)  # Store -> Database
    conn = getattr(db, "conn", db)  # Database -> sqlite3.Connection
    if cipher.is_connection(conn):
        return cast(sqlite3.Connection, conn), False
    path = Path(source)  # type: ignore[arg-type]
    if not path.is_file():
        raise DatabaseError(path, QT_TRANSLATE_NOOP("Errors", "does not exist"))
    return cipher.open_file(path, timeout=5.0), True


def main_file(conn: sqlite3.Connection) -> Path:
    name = next((r[2] for r in conn.execute("PRAGMA database_list") if r[1] == "main"), "")
    if not name:
        raise DatabaseError(":memory:", QT_TRANSLATE_NOOP("Errors", "an in-memory database has no file to back up"))
    return Path(name)


def write_copy(conn: sqlite3.Connection, dest: Path) -> None:
    """Copy the database behind ``conn`` into ``dest`` atomically: temporary file, check, fsync, rename.

    The temporary file is this process's and thread's own: two commands taking the day's automatic backup at the
    same moment each write theirs (one used to delete the other's half-written copy, which then failed). Leftovers
    of a copy that was killed are removed once they are a minute old."""
    tmp = dest.with_name(f".{dest.name}.{os.getpid()}-{threading.get_ident()}.tmp")
    _remove_stale(dest)
    _create_private(tmp)
    try:
        target = cipher.same_kind(conn, tmp)  # an encrypted ledger's backup: encrypted with its password
        try:
            conn.backup(target)  # pages=-1: the whole file in one step, i.e. one consistent snapshot
            target.execute("PRAGMA journal_mode = DELETE")  # a backup is one self-contained file
            check = target.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            target.close()
        if check != "ok":
            raise DatabaseError(dest, QT_TRANSLATE_NOOP("Errors", "the copy failed its check (%1)").arg(check))
        fd = os.open(tmp, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, dest)
        fsync_dir(dest.parent)
    except BaseException as exc:
        for leftover in (tmp, tmp.with_name(tmp.name + "-journal")):
            with contextlib.suppress(OSError):
                leftover.unlink()
        if isinstance(exc, OSError):
            raise disk_error(dest, exc) from None
        if isinstance(exc, sqlite3.OperationalError) and "full" in str(exc):
            raise DatabaseError(dest, QT_TRANSLATE_NOOP(
                    "Errors", "the disk is full: no backup was written; free some space and try again")) from None
        raise


def _remove_stale(dest: Path, age_s: float = 60.0) -> None:
    """Delete temporary copies for ``dest`` (and their journals) left more than ``age_s`` seconds ago."""
    now = time.time()
    for entry in dest.parent.glob(f".{glob.escape(dest.name)}.*tmp*"):
        with contextlib.suppress(OSError):
            if now - entry.stat().st_mtime > age_s:
                entry.unlink()


def fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def verify_backup(path: Path | str, password: str | None = None) -> str | None:
    """Check that ``path`` is a whole DebtLens database this version can open (reads only).

    An encrypted backup opens with ``password``, else the one remembered for its ledger (``cipher.remembered``).
    Returns the key it opened with (``None``: a plain backup).

    Raises:
        DatabaseError: missing, not SQLite, fails ``PRAGMA integrity_check``, another application's file, or
            written by a newer DebtLens.
        PasswordRequired, WrongPassword: an encrypted backup and no, or a wrong, password (both DatabaseErrors).
    """
    path = Path(path)
    if not path.is_file():
        raise DatabaseError(path, QT_TRANSLATE_NOOP("Errors", "this backup does not exist"))
    with open(path, "rb") as f:
        plain = f.read(16) == SQLITE_MAGIC
    key = None if plain else cipher.key_for_file(path, password)
    if not plain and key is None:
        raise DatabaseError(path, QT_TRANSLATE_NOOP("Errors", "this backup is not an SQLite database (damaged?)"),
                            kind="damaged")
    try:
        conn = cipher.connect(path, key)
    except sqlite3.DatabaseError as exc:  # an encrypted file whose first pages do not read
        raise DatabaseError(path, QT_TRANSLATE_NOOP("Errors", "this backup is damaged (%1)").arg(exc),
                            kind="damaged") from None
    try:
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check(5)")]
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(path, QT_TRANSLATE_NOOP("Errors", "this backup is damaged (%1)").arg(exc),
                            kind="damaged") from None
    finally:
        conn.close()
    if rows != ["ok"]:
        raise DatabaseError(path, QT_TRANSLATE_NOOP(
                "Errors", "this backup is damaged (integrity check: %1)").arg('; '.join(rows[:3])), kind="damaged")
    if app_id != APPLICATION_ID:
        raise DatabaseError(path, QT_TRANSLATE_NOOP("Errors", "this file is not a DebtLens database"), kind="foreign")
    if version > SCHEMA_VERSION:
        raise DatabaseError(path, QT_TRANSLATE_NOOP(
                "Errors", "this backup was made by a newer version of DebtLens (schema %1)").arg(version), kind="newer")
    from app.storage.schema_check import schema_problem, value_problem

    conn = cipher.connect(f"file:{path}?mode=ro", key, uri=True)
    try:
        problem = schema_problem(conn, version) or value_problem(conn)
    except sqlite3.DatabaseError as exc:
        problem = str(exc)
    finally:
        conn.close()
    if problem:
        raise DatabaseError(path, QT_TRANSLATE_NOOP(
                "Errors", "this backup is not a file DebtLens made (%1)").arg(problem))
    return key


def disk_error(path: Path, exc: OSError) -> DatabaseError:
    """A ``DatabaseError`` for a write the disk refused; "the disk is full" when that is why."""
    import errno

    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return DatabaseError(path, QT_TRANSLATE_NOOP(
                "Errors", "the disk is full: nothing was changed; free some space and try again"))
    return DatabaseError(path, QT_TRANSLATE_NOOP(
            "Errors", "a file could not be written (%1); nothing was changed").arg(exc.strerror or exc))
