"""Turning a ledger's password protection on and off (``debtlens encrypt`` / ``decrypt``, Settings → "Protect
with a password…").

The conversion never edits the ledger in place: the whole database is copied with ``sqlcipher_export`` into a new
file next to it, that copy is checked (``quick_check``, the same rows in every table), a safety copy of it goes to
the backup folder (``pre-encrypt`` / ``pre-decrypt``), and it then replaces the ledger with ``os.replace``
(atomic: a crash leaves either the old or the new file, whole). Then the existing backups are converted the same
way, so that after ``encrypt`` no plain copy of the ledger is left in its backup folder, and after ``decrypt``
every backup restores without a password.
"""

from __future__ import annotations

import contextlib
import logging
import os
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from app.domain.errors import ValidationError
from app.storage import backups, cipher, copies
from app.storage.clean_close import forget_clean_close
from app.storage.db import DatabaseBusyError, DatabaseError
from app.domain.messages import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from app.storage.lock import Lock

log = logging.getLogger(__name__)

PRE_ENCRYPT = "pre-encrypt"
PRE_DECRYPT = "pre-decrypt"


def is_encrypted(db_path: Path | str) -> bool:
    """Whether the ledger at ``db_path`` is an encrypted (SQLCipher) file. Reads at most 2 KiB."""
    return cipher.looks_encrypted(db_path)


def _row_counts(conn) -> dict[str, int]:
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    return {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}


def _convert_file(path: Path, old_key: str | None, new_key: str | None, salt: bytes) -> Path:
    """Write ``path`` converted to ``new_key`` into a temporary file beside it and check it; returns that file.

    Raises:
        DatabaseError: the copy's check failed or its rows differ from the original.
    """
    tmp = path.with_name(f".{path.name}.protect-tmp")
    for leftover in (tmp, Path(f"{tmp}-journal")):
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()
    cipher.export_copy(path, old_key, tmp, new_key, salt)
    try:
        with contextlib.closing(cipher.connect(path, old_key)) as a, \
                contextlib.closing(cipher.connect(tmp, new_key)) as b:
            if _row_counts(a) != _row_counts(b):
                raise DatabaseError(path, QT_TRANSLATE_NOOP(
                        "Errors", "the converted copy does not hold the same rows; nothing was changed"))
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    return tmp


def _swap(tmp: Path, path: Path) -> None:
    for side in backups._side_files(path):  # never let an old WAL be replayed onto the converted file
        with contextlib.suppress(FileNotFoundError):
            side.unlink()
    os.replace(tmp, path)
    copies.fsync_dir(path.parent)


def change_protection(db_path: Path | str, new_password: str | None, *, old_password: str | None = None,
                      lock: Lock | None = None, now: datetime | None = None) -> cipher.ProtectionResult:
    """Encrypt the ledger at ``db_path`` with ``new_password``, or (``None``) store it in plain SQLite again.

    ``old_password`` opens an encrypted ledger (default: the one remembered for it). Nothing may have the ledger
    open: the caller's ``lock`` is used when given, else the lock is taken here; writers wait (``WritersLock``).
    Afterwards the new password is remembered for the ledger (or forgotten).

    Raises:
        ValidationError: the ledger is already in the asked form, the new password is empty, or there is no file.
        PasswordRequired, WrongPassword: an encrypted ledger and no or a wrong ``old_password``; nothing changed.
        DatabaseError: the ledger is damaged or busy, or the converted copy failed its check; nothing changed.
        DatabaseLockedError: another DebtLens window has the ledger open.
    """
    from app.storage.lock import WritersLock, acquire_lock, real_path

    db_path = real_path(db_path)
    if new_password is not None:
        cipher.check_password(new_password)
    if not db_path.is_file() or db_path.stat().st_size == 0:
        raise ValidationError("database", str(db_path), QT_TRANSLATE_NOOP(
                "Errors", "does not exist (nothing to protect)"))
    now = now or datetime.now()
    own_lock = acquire_lock(db_path) if lock is None else None
    writers = None
    tmp: Path | None = None
    try:
        writers = WritersLock(db_path, exclusive=True)
        encrypted = cipher.looks_encrypted(db_path)
        if not encrypted and not cipher.is_plain_sqlite(db_path):
            raise DatabaseError(db_path, QT_TRANSLATE_NOOP(
                    "Errors", "is not a DebtLens database (not an SQLite file, or its start is damaged)"),
                                kind="foreign")
        old_key = cipher.key_for_file(db_path, old_password) if encrypted else None
        if new_password is None and not encrypted:
            raise ValidationError("database", str(db_path), QT_TRANSLATE_NOOP(
                    "Errors", "is not protected with a password"))
        if new_password is not None and encrypted:
            raise ValidationError("database", str(db_path), QT_TRANSLATE_NOOP(
                    "Errors", "is already protected with a password"))
        with contextlib.closing(cipher.connect(db_path, old_key, isolation_level=None)) as conn:
            if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise DatabaseError(db_path, QT_TRANSLATE_NOOP(
                        "Errors", "is damaged; restore a backup first, nothing was changed"), kind="damaged")
            if conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]:
                raise DatabaseBusyError(db_path, QT_TRANSLATE_NOOP(
                        "Errors", "is in use by another program; close it and try again"))
        salt = os.urandom(16)  # one per conversion: the ledger and its converted backups derive one key
        tmp = _convert_file(db_path, old_key, new_password, salt)
        with contextlib.closing(cipher.connect(tmp, new_password)) as conn:
            safety = backups.backup_now(conn, PRE_ENCRYPT if new_password else PRE_DECRYPT, db_path=db_path,
                                        now=now).path
        _swap(tmp, db_path)
        tmp = None
        forget_clean_close(db_path)
    except BaseException:
        if tmp is not None:
            with contextlib.suppress(OSError):
                tmp.unlink()
        raise
    finally:
        if writers is not None:
            writers.release()
        if own_lock is not None:
            own_lock.release()
    if new_password is None:
        cipher.forget(db_path)
    else:
        cipher.remember(db_path, new_password)
    converted, skipped = _convert_backups(db_path, old_key, new_password, keep=safety, salt=salt)
    return cipher.ProtectionResult(db_path, new_password is not None, safety, converted, tuple(skipped))


def _convert_backups(db_path: Path, old_key: str | None, new_key: str | None, keep: Path,
                     salt: bytes) -> tuple[int, list[Path]]:
    """Convert every backup of ``db_path`` still in the old form (``old_key``) to ``new_key``, one atomic swap
    each. Returns how many were converted and those left as they were (another password, damaged)."""
    converted, skipped = 0, []
    for info in backups.list_backups(db_path):
        path = info.path
        if path == keep:
            continue
        try:
            key = cipher.key_for_file(path, old_key) if cipher.looks_encrypted(path) else None
            if key == new_key:
                continue  # already in the new form
            if key is None and not cipher.is_plain_sqlite(path):
                raise DatabaseError(path, QT_TRANSLATE_NOOP("Errors", "is not an SQLite file"))
            tmp = _convert_file(path, key, new_key, salt)
            stat = path.stat()
            os.replace(tmp, path)
            os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # the backup list orders by time
            converted += 1
        except (DatabaseError, OSError, ValidationError) as exc:
            skipped.append(path)
            log.warning("backup %s left as it was: %s", path, exc)
        except Exception as exc:  # noqa: BLE001 - sqlite3 errors of a damaged backup: keep going
            skipped.append(path)
            log.warning("backup %s left as it was: %s", path, exc)
    return converted, skipped
