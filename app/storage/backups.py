"""Backups of a DebtLens database: automatic daily rotation, backup on demand, verified restore.

Backups are copies made with the SQLite backup API, so they are consistent while the app runs (one read
transaction over the whole copy; writers in WAL mode are not blocked). They live in ``config.backup_dir(db)``
(``<folder>/backups``), mode 0600, named ``<db name>.<YYYY-MM-DD>_<HHMMSS>.<reason>.bak``, e.g.
``debtlens.db.2025-03-01_101500.auto.bak``. Each one is written to a temporary name, checked with
``PRAGMA quick_check`` and then renamed, so a crash never leaves a half backup under a backup's name.

Backups of an encrypted ledger are encrypted with the same password (``app.storage.cipher``): the copy is made
through a connection of the same kind and key. Restoring one needs that password (the one remembered for the
ledger, or given).

Rotation (``prune``) keeps the newest automatic backup of each of the last ``keep_daily`` days that have one and
of each of the last ``keep_weekly`` ISO weeks; backups made for another reason (manual, pre-restore, pre-import)
are never deleted automatically.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sqlite3
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from app import config
from app.domain.errors import ValidationError
from app.storage import cipher
from app.storage.backup_names import AUTO, has_auto_backup_today, name_pattern, premigration_pattern, reason_of
from app.storage.files import (
    DatabaseBusyError,
    DatabaseError,
    _create_private,
)
from app.storage.copies import connection_of, disk_error, fsync_dir, main_file, verify_backup, write_copy
from app.domain.messages import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from app.storage.lock import Lock

#: Defaults of the rotation (issue "Never lose a user's data"); the user can change them (settings below).
DEFAULT_KEEP_DAILY = 7
DEFAULT_KEEP_WEEKLY = 4
#: Settings keys (``settings`` table) holding the user's rotation choice.
KEEP_DAILY_KEY = "backup_keep_daily"
KEEP_WEEKLY_KEY = "backup_keep_weekly"

MANUAL = "manual"
PRE_RESTORE = "pre-restore"
PRE_IMPORT = "pre-import"
PRE_MIGRATION = "pre-migration"

_REASON = re.compile(r"[a-z][a-z0-9-]{0,30}")
_STALE_TMP_S = 3600  # a temporary file this old is left over from a crash


@dataclass(frozen=True)
class BackupInfo:
    """One backup file: when it was taken (local time), why, and its size in bytes."""

    path: Path
    taken_at: datetime
    reason: str
    size_bytes: int


@dataclass(frozen=True)
class RetentionPolicy:
    """How many automatic backups to keep: the last ``keep_daily`` days and ``keep_weekly`` weeks (both >= 0)."""

    keep_daily: int = DEFAULT_KEEP_DAILY
    keep_weekly: int = DEFAULT_KEEP_WEEKLY

    def __post_init__(self) -> None:
        for name in ("keep_daily", "keep_weekly"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 366:
                raise ValidationError(name, value, QT_TRANSLATE_NOOP("Errors", "must be a whole number from 0 to 366"))


@dataclass(frozen=True)
class RestoreResult:
    """What ``restore`` did: the backup it restored and where the replaced file was saved first (``None`` when
    there was no file)."""

    restored_from: Path
    safety_copy: Path | None


# -- naming ----------------------------------------------------------------------------------------------------
def _free_name(folder: Path, db_path: Path, when: datetime, reason: str) -> Path:
    stem = f"{db_path.name}.{when:%Y-%m-%d_%H%M%S}"
    candidate = folder / f"{stem}.{reason}.bak"
    n = 2
    while candidate.exists():  # two backups in the same second
        candidate = folder / f"{stem}.{reason}-{n}.bak"
        n += 1
    return candidate


def list_backups(db_path: Path | str) -> list[BackupInfo]:
    """Backups of ``db_path``, newest first: those in its backup folder and the pre-migration copies next to it.

    Reads the folder only (no file is opened).
    """
    db_path = Path(db_path)
    found: list[BackupInfo] = []
    order: dict[Path, tuple[int, int]] = {}  # same second: the -2, -3 ... suffix, then the file's time
    folder = config.backup_dir(db_path)
    pattern = name_pattern(db_path)
    if folder.is_dir():
        for entry in folder.iterdir():
            m = pattern.fullmatch(entry.name)
            if not m or not entry.is_file():
                continue
            try:
                taken = datetime.strptime(m[1] + m[2], "%Y-%m-%d%H%M%S")
            except ValueError:
                continue
            reason = reason_of(m[3])
            n = m[3][len(reason) + 1:] or "1"
            st = entry.stat()
            found.append(BackupInfo(entry, taken, reason, st.st_size))
            order[entry] = (int(n), st.st_mtime_ns)
    premig = premigration_pattern(db_path)
    if db_path.parent.is_dir():
        for entry in db_path.parent.iterdir():
            m = premig.fullmatch(entry.name)
            if m and entry.is_file():
                with contextlib.suppress(ValueError):
                    found.append(BackupInfo(entry, datetime.strptime(m[2], "%Y%m%d-%H%M%S"), PRE_MIGRATION,
                                            entry.stat().st_size))
    found.sort(key=lambda b: (b.taken_at, order.get(b.path, (0, 0)), b.path.name), reverse=True)
    return found


def latest_backup(db_path: Path | str) -> Path | None:
    """The newest backup of ``db_path`` (not verified: ``restore`` verifies it), or ``None``."""
    backups = list_backups(db_path)
    return backups[0].path if backups else None


# -- making backups --------------------------------------------------------------------------------------------
def _backup_folder(db_path: Path) -> Path:
    folder = config.backup_dir(db_path)
    folder.mkdir(mode=0o700, exist_ok=True)
    now = time.time()
    for entry in folder.glob(".*.tmp*"):  # left behind by a crash during a backup (with its -journal)
        with contextlib.suppress(OSError):
            if now - entry.stat().st_mtime > _STALE_TMP_S:
                entry.unlink()
    return folder


def backup_now(source: object, reason: str = MANUAL, *, db_path: Path | str | None = None,
               now: datetime | None = None) -> BackupInfo:
    """Write a backup of a database now.

    Args:
        source: an open ``Store``, sqlite-utils ``Database`` or ``sqlite3.Connection`` (consistent while the app
            keeps writing), or the path of a database file.
        reason: a short lowercase word in the file name (``manual``, ``auto``, ``pre-restore`` ...).
        db_path: the database file whose backup folder to use (default: the file behind ``source``).
        now: the time in the name (default: now, local time).

    Returns:
        The new backup (mode 0600, in ``config.backup_dir(db_path)``).

    Raises:
        DatabaseError: an in-memory or missing database, or the copy failed its check.
        ValidationError: a malformed ``reason``. OSError: the backup folder cannot be written (e.g. disk full).
    """
    if not _REASON.fullmatch(reason):
        raise ValidationError("reason", reason, QT_TRANSLATE_NOOP("Errors", "must be a short lowercase word"))
    conn, opened = connection_of(source)
    try:
        main = main_file(conn)
        db_path = Path(db_path) if db_path is not None else main
        when = (now or datetime.now()).replace(microsecond=0)
        dest = _free_name(_backup_folder(db_path), db_path, when, reason)
        write_copy(conn, dest)
    finally:
        if opened:
            conn.close()
    return BackupInfo(dest, when, reason, dest.stat().st_size)


def read_policy(source: object) -> RetentionPolicy:
    """The rotation the user chose (``settings`` table), defaults where unset or unreadable."""
    conn, opened = connection_of(source)
    try:
        values = dict(conn.execute("SELECT key, value FROM settings WHERE key IN (?, ?)",
                                   [KEEP_DAILY_KEY, KEEP_WEEKLY_KEY]).fetchall())
    except sqlite3.Error:  # an old or empty file without a settings table
        values = {}
    finally:
        if opened:
            conn.close()
    try:
        return RetentionPolicy(int(values.get(KEEP_DAILY_KEY, DEFAULT_KEEP_DAILY)),
                               int(values.get(KEEP_WEEKLY_KEY, DEFAULT_KEEP_WEEKLY)))
    except (ValueError, ValidationError):
        return RetentionPolicy()


def auto_backup(source: object, db_path: Path | str | None = None, *, now: datetime | None = None,
                policy: RetentionPolicy | None = None) -> BackupInfo | None:
    """Take the day's automatic backup unless one exists already, then rotate the automatic backups.

    Returns the new backup, or ``None`` when today's exists. Raises like ``backup_now``.
    """
    now = now or datetime.now()
    conn, opened = connection_of(source)
    try:
        db_path = Path(db_path) if db_path is not None else main_file(conn)
        policy = policy or read_policy(conn)
        if has_auto_backup_today(db_path, now):
            return None
        info = backup_now(conn, AUTO, db_path=db_path, now=now)
    finally:
        if opened:
            conn.close()
    prune(db_path, policy)
    return info


def to_keep(backups: list[BackupInfo], policy: RetentionPolicy) -> set[Path]:
    """Which automatic backups the policy keeps: the newest of each of the last ``keep_daily`` days and of each of
    the last ``keep_weekly`` ISO weeks that have one. At least the newest is always kept."""
    autos = sorted((b for b in backups if b.reason == AUTO), key=lambda b: b.taken_at, reverse=True)
    keep: set[Path] = set()
    for count, key in ((policy.keep_daily, lambda d: d), (policy.keep_weekly, lambda d: d.isocalendar()[:2])):
        seen: set[object] = set()
        for b in autos:
            k = key(b.taken_at.date())
            if k in seen:
                continue
            if len(seen) >= count:
                break
            seen.add(k)
            keep.add(b.path)
    if autos:
        keep.add(autos[0].path)
    return keep


def prune(db_path: Path | str, policy: RetentionPolicy = RetentionPolicy()) -> list[Path]:
    """Delete the automatic backups of ``db_path`` that ``policy`` no longer keeps; returns the deleted paths."""
    backups = list_backups(db_path)
    keep = to_keep(backups, policy)
    deleted = []
    for b in backups:
        if b.reason == AUTO and b.path not in keep:
            with contextlib.suppress(FileNotFoundError):
                b.path.unlink()
                deleted.append(b.path)
    return deleted


# -- restoring -------------------------------------------------------------------------------------------------
def _side_files(db_path: Path) -> list[Path]:
    return [db_path.with_name(db_path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


def _safety_copy(db_path: Path, now: datetime, key: str | None = None) -> Path:
    """Save the file about to be replaced: a backup when it is readable, else a raw copy of it and its WAL."""
    try:
        # an encrypted ledger whose password is not known raises PasswordRequired here: nothing is replaced
        conn = cipher.open_file(db_path, key, timeout=5.0)
        try:
            if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise sqlite3.DatabaseError("quick_check failed")
            info = backup_now(conn, PRE_RESTORE, db_path=db_path, now=now)
            # fold the WAL into the file so nothing of it is left behind to be replayed onto the restored file
            busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        finally:
            conn.close()
        if busy:
            raise DatabaseBusyError(db_path, QT_TRANSLATE_NOOP(
                    "Errors", "is in use by another program; close it and restore again"))
        return info.path
    except sqlite3.DatabaseError:  # damaged: keep its bytes (and its WAL) as they are
        folder = _backup_folder(db_path)
        raw = folder / f"{db_path.name}.{now:%Y-%m-%d_%H%M%S}.damaged"
        n = 2
        while raw.exists():
            raw = folder / f"{db_path.name}.{now:%Y-%m-%d_%H%M%S}-{n}.damaged"
            n += 1
        written: list[Path] = []
        try:
            for src, dst in [(db_path, raw)] + [(s, raw.with_name(raw.name + s.name[len(db_path.name):]))
                                                 for s in _side_files(db_path)]:
                if src.exists():
                    _create_private(dst)
                    written.append(dst)
                    shutil.copyfile(src, dst)
        except OSError as exc:  # never leave a half (or 0-byte) copy that looks like a saved file
            for dst in written:
                with contextlib.suppress(OSError):
                    dst.unlink()
            raise disk_error(db_path, exc) from None
        return raw


def restore(db_path: Path | str, backup_path: Path | str, *, lock: Lock | None = None,
            now: datetime | None = None, password: str | None = None) -> RestoreResult:
    """Replace the database at ``db_path`` with a backup.

    The backup is verified first (``verify_backup``); the current file is saved (a ``pre-restore`` backup, or a
    raw ``.damaged`` copy when it cannot be read); then the backup is copied to a temporary file next to the
    database and moved over it with ``os.replace`` (atomic), after its ``-wal``/``-shm`` files are gone, so a crash
    at any point leaves either the old or the restored file. Nothing may have the database open: the caller's
    ``lock`` is used when given, else the lock is taken here.

    Password protection is kept: an encrypted ledger (its password given as ``password`` or remembered) stays
    encrypted with it whatever the backup's form (a plain backup is encrypted on the way in); a plain ledger
    takes the backup's form. An encrypted backup opens with ``password`` or the ledger's remembered one.

    Raises:
        DatabaseError: the backup is missing or unusable (the database is then untouched), or the folder is gone.
        PasswordRequired, WrongPassword: an encrypted ledger or backup without its password; nothing changed.
        DatabaseLockedError: another DebtLens window has the database open. OSError: the disk refused a write.
    """
    from app.storage.lock import WritersLock, acquire_lock, real_path

    db_path, backup_path = real_path(db_path), Path(backup_path)  # a symlinked ledger: replace the real file
    ledger_key = cipher.key_for_file(db_path, password) if db_path.is_file() else None
    backup_key = verify_backup(backup_path, password if password is not None else ledger_key)
    target_key = ledger_key if ledger_key is not None else backup_key
    if not db_path.parent.is_dir():
        raise DatabaseError(db_path, QT_TRANSLATE_NOOP("Errors", "the folder %1 does not exist").arg(db_path.parent))
    now = now or datetime.now()
    tmp = db_path.with_name(f".{db_path.name}.restore-tmp")
    own_lock = acquire_lock(db_path) if lock is None else None
    writers = None
    try:
        # no command may write from here to the swap: its write would land in the file being replaced
        writers = WritersLock(db_path, exclusive=True)
        safety = _safety_copy(db_path, now, ledger_key) if db_path.exists() and db_path.stat().st_size > 0 else None
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        if target_key != backup_key:  # a plain backup into an encrypted ledger: encrypted on the way in
            cipher.export_copy(backup_path, backup_key, tmp, target_key)
        else:
            source = cipher.connect(backup_path, backup_key)
            try:
                _create_private(tmp)
                target = cipher.same_kind(source, tmp)
                try:
                    source.backup(target)
                    target.execute("PRAGMA journal_mode = DELETE")
                finally:
                    target.close()
            finally:
                source.close()
        fd = os.open(tmp, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        for side in _side_files(db_path):  # never let an old WAL be replayed onto the restored file
            with contextlib.suppress(FileNotFoundError):
                side.unlink()
        os.replace(tmp, db_path)
        fsync_dir(db_path.parent)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    finally:
        if writers is not None:
            writers.release()
        if own_lock is not None:
            own_lock.release()
    if target_key is not None:
        cipher.remember(db_path, target_key)
    return RestoreResult(backup_path, safety)
