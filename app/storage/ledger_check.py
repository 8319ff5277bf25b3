"""Is this file a DebtLens ledger? Read without a lock file, a journal or anything written beside it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from app.storage.db import APPLICATION_ID, SCHEMA_VERSION, DatabaseError, check_file
from app.domain.messages import QT_TRANSLATE_NOOP


def check_ledger(path: Path) -> None:
    """Refuse a file that is not a DebtLens ledger, reading only (no lock file, no journal, nothing written).

    Raises:
        DatabaseError: missing, empty, not SQLite, read-only, another program's SQLite file, or made by a newer
            DebtLens (the reason says which, in the storage layer's words that ``open_errors`` explains).
    """
    if not path.is_file():
        raise DatabaseError(path, QT_TRANSLATE_NOOP("Errors", "does not exist (or is not a file)"))
    wal = Path(f"{path}-wal")
    if wal.is_file() and wal.stat().st_size > 0:
        return  # changes not yet in the file itself (open elsewhere, or not closed): opening it decides
    if path.stat().st_size == 0:
        raise DatabaseError(path, QT_TRANSLATE_NOOP("Errors", "is empty (0 bytes), so it is not a DebtLens database"),
                            kind="foreign")
    check_file(path)
    try:  # immutable: SQLite reads the file as it is, without locks, journals or -shm files beside it
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?immutable=1", uri=True)
        try:
            app_id, version = (conn.execute("PRAGMA application_id").fetchone()[0],
                               conn.execute("PRAGMA user_version").fetchone()[0])
            has_tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(path, QT_TRANSLATE_NOOP("Errors", "is not a DebtLens database (%1)").arg(exc),
                            kind="foreign") from None
    if has_tables and app_id != APPLICATION_ID or not has_tables:
        raise DatabaseError(path, QT_TRANSLATE_NOOP("Errors", "this SQLite file was not made by DebtLens"),
                            kind="foreign")
    if version > SCHEMA_VERSION:
        raise DatabaseError(path, QT_TRANSLATE_NOOP(
                "Errors", "made by a newer version of DebtLens (schema %1, this version reads up to %2); update the "
                "app to open it").arg(version, SCHEMA_VERSION), kind="newer")
