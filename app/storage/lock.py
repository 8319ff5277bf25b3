"""One writer per database: a lock file ``<db>.lock`` held by the GUI process while it has the file open.

SQLite itself serialises writes; this lock stops a second DebtLens window from working on the same file at once
(its views would go stale and two people's edits would interleave). The lock is an OS lock on an open file
(``fcntl.flock`` on POSIX, ``msvcrt.locking`` on Windows), so the OS releases it when the process dies: a stale
lock file never blocks anyone. The file holds the owner's PID for the message.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from app.storage.db import DatabaseBusyError, DatabaseError

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]
    import msvcrt

_WINDOWS_LOCK_OFFSET = 1 << 20  # lock a byte past the PID so other processes can still read it


class DatabaseLockedError(DatabaseBusyError):
    """The database is open in another DebtLens window; ``pid`` is that process (``None`` when unknown)."""

    def __init__(self, path: Path | str, pid: int | None) -> None:
        self.pid = pid
        who = f" (pid {pid})" if pid else ""
        super().__init__(path, f"already open in another DebtLens window{who}; close it first")


def lock_path(db_path: Path | str) -> Path:
    """The lock file of a database: ``<db>.lock`` next to it."""
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + ".lock")


def _read_pid(fd: int) -> int | None:
    try:
        text = os.pread(fd, 32, 0) if hasattr(os, "pread") else b""
        return int(text.decode("ascii").strip() or 0) or None
    except (OSError, ValueError):
        return None


class Lock:
    """A held database lock; release it with ``release()`` or use it as a context manager."""

    def __init__(self, db_path: Path, fd: int) -> None:
        self.db_path = db_path
        self.path = lock_path(db_path)
        self._fd: int | None = fd

    @property
    def held(self) -> bool:
        """Whether this lock is still held."""
        return self._fd is not None

    def release(self) -> None:
        """Give the lock up (idempotent). The lock file stays, emptied: deleting it would race a new owner."""
        fd, self._fd = self._fd, None
        if fd is None:
            return
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)
        try:
            if fcntl is not None:
                fcntl.flock(fd, fcntl.LOCK_UN)
            else:  # pragma: no cover - Windows
                os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
                msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        finally:
            os.close(fd)

    def __enter__(self) -> Lock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()

    def __del__(self) -> None:  # a forgotten lock must not outlive its owner object
        with contextlib.suppress(Exception):
            self.release()


def acquire_lock(db_path: Path | str) -> Lock:
    """Take the lock of ``db_path`` without waiting (the GUI does this before opening the database).

    Returns:
        The held ``Lock``; its file (mode 0600) holds this process's PID.

    Raises:
        DatabaseLockedError: another process (or another ``Lock`` in this one) holds it: "already open in another
            DebtLens window (pid N)".
        DatabaseError: the folder does not exist or the lock file cannot be created.
    """
    db_path = Path(db_path)
    path = lock_path(db_path)
    if not db_path.parent.is_dir():
        raise DatabaseError(db_path, f"the folder {db_path.parent} does not exist")
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError as exc:
        raise DatabaseError(db_path, f"cannot create the lock file {path.name}: {exc.strerror}") from None
    try:
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        else:  # pragma: no cover - Windows
            os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
    except OSError:
        pid = _read_pid(fd)
        os.close(fd)
        raise DatabaseLockedError(db_path, pid) from None
    os.ftruncate(fd, 0)
    os.lseek(fd, 0, os.SEEK_SET)
    os.write(fd, f"{os.getpid()}\n".encode("ascii"))
    return Lock(db_path, fd)


def lock_owner(db_path: Path | str) -> int | None:
    """The PID written in the lock file of ``db_path`` if some process holds the lock now, else ``None``."""
    try:
        probe = acquire_lock(db_path)
    except DatabaseLockedError as exc:
        return exc.pid
    except DatabaseError:
        return None
    probe.release()
    return None
