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

from app.storage.files import DatabaseBusyError, DatabaseError
from app.domain.messages import QT_TRANSLATE_NOOP

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
        who = QT_TRANSLATE_NOOP("Errors", " (pid %1)").arg(pid) if pid else ""
        super().__init__(path, QT_TRANSLATE_NOOP(
                "Errors", "already open in another DebtLens window%1; close it first").arg(who))
        self.kind = "locked"


def real_path(db_path: Path | str) -> Path:
    """The file a database path really names (symlinks resolved), so a link and its target share one lock and a
    restore replaces the real file, not the link."""
    return Path(os.path.realpath(Path(db_path).expanduser()))


def lock_path(db_path: Path | str) -> Path:
    """The lock file of a database: ``<db>.lock`` next to the real file."""
    db_path = real_path(db_path)
    return db_path.with_name(db_path.name + ".lock")


def writers_lock_path(db_path: Path | str) -> Path:
    """The writers' lock of a database: ``<db>.writers.lock`` next to the real file (see ``WritersLock``)."""
    db_path = real_path(db_path)
    return db_path.with_name(db_path.name + ".writers.lock")


#: How long a writer waits for a restore to finish, and a restore for writers: the one busy wait (seconds).
BUSY_WAIT_S = 5.0


class WritersLock:
    """Writers and restore exclude each other: each command that writes holds this lock *shared* from before it
    opens the database until it has closed it; a restore holds it *exclusive* across check, safety copy and swap.

    So every write that reported success is either in the file a restore saved first, or in the restored file,
    never in a file replaced under it. (POSIX ``flock``; on Windows the main lock already keeps a second
    process from opening the file, and this is a no-op.)
    """

    def __init__(self, db_path: Path | str, exclusive: bool, wait_s: float = BUSY_WAIT_S) -> None:
        self.path = writers_lock_path(db_path)
        self._fd: int | None = None
        if fcntl is None:  # pragma: no cover - Windows
            return
        if not self.path.parent.is_dir():
            return  # nothing to lock yet: the open that follows reports the missing folder
        import time

        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            raise DatabaseError(Path(db_path), QT_TRANSLATE_NOOP(
                    "Errors", "cannot create the lock file %1: %2").arg(self.path.name, exc.strerror)) from None
        mode = (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB
        deadline = time.monotonic() + wait_s
        while True:
            try:
                fcntl.flock(fd, mode)
                break
            except OSError:
                if time.monotonic() >= deadline:
                    os.close(fd)
                    what = (QT_TRANSLATE_NOOP("Errors", "being restored") if not exclusive
                            else QT_TRANSLATE_NOOP("Errors", "being written to by another DebtLens command"))
                    raise DatabaseBusyError(Path(db_path), QT_TRANSLATE_NOOP(
                            "Errors", "is busy: it is %1 (waited %2 s); nothing was changed, try again")
                            .arg(what, format(wait_s, "g"))) from None
                time.sleep(0.02)
        self._fd = fd

    def release(self) -> None:
        """Give the lock up (idempotent)."""
        fd, self._fd = self._fd, None
        if fd is not None:
            with contextlib.suppress(OSError):
                fcntl.flock(fd, fcntl.LOCK_UN)
            os.close(fd)

    def __enter__(self) -> WritersLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()

    def __del__(self) -> None:
        with contextlib.suppress(Exception):
            self.release()


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
    db_path = real_path(db_path)
    path = lock_path(db_path)
    if not db_path.parent.is_dir():
        raise DatabaseError(db_path, QT_TRANSLATE_NOOP("Errors", "the folder %1 does not exist").arg(db_path.parent))
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError as exc:
        raise DatabaseError(db_path, QT_TRANSLATE_NOOP(
                "Errors", "cannot create the lock file %1: %2").arg(path.name, exc.strerror)) from None
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
    try:
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, f"{os.getpid()}\n".encode("ascii"))
    except OSError as exc:  # the PID is only for messages; a full disk must not stop anyone
        import errno

        if exc.errno not in (errno.ENOSPC, errno.EDQUOT):
            os.close(fd)
            raise DatabaseError(db_path, QT_TRANSLATE_NOOP(
                    "Errors", "cannot write the lock file %1: %2").arg(path.name, exc.strerror)) from None
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
