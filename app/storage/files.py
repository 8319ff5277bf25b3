"""What every module of ``app.storage`` shares and that needs none of them: the database errors, the marks of a
DebtLens file, private file creation. ``db``, ``backups`` and ``lock`` import this, never each other in a circle
(``db`` -> ``backups`` -> ``lock`` -> ``files``)."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from app.domain.errors import DebtLensError

#: Any error SQLite raises (``sqlite3.Error``), for callers above the storage layer, which never import sqlite3.
SQLiteError = sqlite3.Error

#: ``PRAGMA application_id`` of a DebtLens file ("DbLn"), to tell our files from other SQLite files.
APPLICATION_ID = 0x44624C6E

#: The first 16 bytes of every SQLite 3 database file.
SQLITE_MAGIC = b"SQLite format 3\x00"


class DatabaseError(DebtLensError):
    """The database cannot be opened or written as it is; ``path`` names the file. Nothing was written to it.

    Attributes:
        path: the file.
        reason: why, a :class:`~app.domain.messages.Message` (English as ``str``, translated at the edge).
        kind: what is wrong, for the window's headline: ``newer``, ``foreign``, ``damaged``, ``read_only``,
            ``locked`` or ``other``, given where the refusal is raised.
        latest_backup: the newest backup of that file when the file looks damaged (so the GUI/CLI can offer to
            restore it), else ``None``.
    """

    def __init__(self, path: Path | str, reason: str, latest_backup: Path | str | None = None, *,
                 kind: str = "other") -> None:
        self.path = Path(path)
        self.reason = reason
        self.kind = kind
        self.latest_backup = Path(latest_backup) if latest_backup else None
        super().__init__(f"{path}: {reason}")


class DatabaseBusyError(DatabaseError):
    """Another program or window holds the database (SQLite's write lock, or DebtLens's lock file)."""


def _create_private(path: Path) -> None:
    """Create an empty file readable by the user only (POSIX mode 0600) before SQLite opens it."""
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600)
    os.close(fd)
