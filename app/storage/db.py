"""Opening a DebtLens database: file permissions, pragmas, version checks, migrations (with a backup first)."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path

from sqlite_utils import Database

from app.domain.errors import DebtLensError
from app.storage.migrations import SCHEMA_VERSION, migrations

#: ``PRAGMA application_id`` of a DebtLens file ("DbLn"), to tell our files from other SQLite files.
APPLICATION_ID = 0x44624C6E


class DatabaseError(DebtLensError):
    """The database cannot be opened as it is; ``path`` names the file. Nothing was written to it."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{path}: {reason}")


def _create_private(path: Path) -> None:
    """Create an empty file readable by the user only (POSIX mode 0600) before SQLite opens it."""
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600)
    os.close(fd)


def open_database(path: Path | str, *, migrate: bool = True, timeout_s: float = 5.0) -> Database:
    """Open (creating when missing) the DebtLens database at ``path`` and bring its schema up to date.

    WAL journal, ``foreign_keys=ON``, a ``busy_timeout`` of ``timeout_s`` seconds. Before applying migrations to a
    file that already holds data, a copy is written next to it (``<name>.pre-v<N>-<time>.bak``).

    Raises:
        DatabaseError: the folder does not exist, the file is not a DebtLens/SQLite database, or it was written
            by a newer version of DebtLens (it is then left untouched).
    """
    path = Path(path)
    if str(path) != ":memory:":
        if not path.parent.exists():
            raise DatabaseError(path, f"the folder {path.parent} does not exist")
        if not path.exists():
            try:
                _create_private(path)
            except OSError as exc:
                raise DatabaseError(path, f"cannot create the file: {exc.strerror}") from None
    try:
        conn = sqlite3.connect(str(path), timeout=timeout_s, isolation_level=None)
        conn.execute("PRAGMA foreign_keys = ON")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        has_tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(path, f"not a DebtLens database ({exc})") from None
    if has_tables and app_id != APPLICATION_ID:
        conn.close()
        raise DatabaseError(path, "this SQLite file was not made by DebtLens")
    if version > SCHEMA_VERSION:
        conn.close()
        raise DatabaseError(
            path, f"made by a newer version of DebtLens (schema {version}, this version reads up to "
                  f"{SCHEMA_VERSION}); update the app to open it"
        )
    db = Database(conn)
    if str(path) != ":memory:":
        conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    if migrate and migrations.pending(db):
        if has_tables and str(path) != ":memory:":
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            backup_file(conn, path.with_name(f"{path.name}.pre-v{SCHEMA_VERSION}-{stamp}.bak"))
        migrations.apply(db)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    return db


def backup_file(conn: sqlite3.Connection, dest: Path) -> Path:
    """Write a consistent copy of the open database to ``dest`` with the SQLite backup API (mode 0600)."""
    if dest.exists():
        raise DatabaseError(dest, "a backup with this name already exists")
    _create_private(dest)
    target = sqlite3.connect(str(dest))
    try:
        conn.backup(target)
    finally:
        target.close()
    return dest
