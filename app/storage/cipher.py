"""Password-protected ledgers: SQLCipher 4 through ``sqlcipher3`` (the ``sqlcipher3-wheels`` package).

An encrypted ledger is an SQLCipher 4 file with its default settings: AES-256 in CBC mode, a random 16-byte salt
per file, the key derived from the password with PBKDF2-HMAC-SHA512 (256,000 iterations), every 4,096-byte page
authenticated with HMAC-SHA512 (source: SQLCipher's "Design" and "SQLCipher API" pages, ``cipher_settings``).
Nothing of the file is plain text, not even SQLite's header, so a wrong password and a damaged file look the same
("the password is wrong, or the file is damaged"). The WAL journal, backups, safety copies and the JSON export of
an encrypted ledger are encrypted with the same password.

A plain ledger never touches this module's SQLCipher side: ``connect(path, None)`` is ``sqlite3.connect`` and
``sqlcipher3`` is only imported once a key is used (start-up stays as fast as before).

Passwords live in this process only (``remember``): the CLI asks for one (``DEBTLENS_PASSWORD`` or a prompt),
the window at open; the storage layer's second connections (the worker thread's, backups, restore) find it here.
They are never written anywhere.
"""

from __future__ import annotations

import contextlib
import math
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.domain.errors import ValidationError
from app.storage.files import SQLITE_MAGIC, DatabaseError
from app.domain.messages import QT_TRANSLATE_NOOP

#: ``PRAGMA application_id`` of an encrypted JSON export ("DbLx"): an SQLCipher file with one row of JSON text.
EXPORT_APPLICATION_ID = 0x44624C78

#: A password longer than this is refused (characters); PBKDF2 takes any length, this only keeps typos sane.
MAX_PASSWORD_CHARS = 1024

#: SQLCipher pages are a power of two from 512 bytes; an encrypted file's size is a whole number of them.
_MIN_PAGE = 512
#: Bytes of the file's start whose entropy is measured (past the 16-byte salt).
_SAMPLE = 2048


class PasswordRequired(DatabaseError):
    """The file is encrypted and no password for it is known in this process; nothing was opened or written."""

    def __init__(self, path: Path | str) -> None:
        super().__init__(path, QT_TRANSLATE_NOOP("Errors", "is protected with a password; enter it to open the ledger"))


class WrongPassword(DatabaseError):
    """The password does not open the file (or the encrypted file is damaged); nothing was written."""

    def __init__(self, path: Path | str) -> None:
        super().__init__(path, QT_TRANSLATE_NOOP(
                "Errors", "the password is wrong (or the encrypted file is damaged); nothing was opened or changed"))


# -- recognising an encrypted file -------------------------------------------------------------------------------
def _entropy_bits(data: bytes) -> float:
    """Shannon entropy of ``data`` in bits per byte (8.0 for uniformly random bytes)."""
    counts = [0] * 256
    for b in data:
        counts[b] += 1
    n = len(data)
    return -sum(c / n * math.log2(c / n) for c in counts if c)


def looks_encrypted(path: Path | str) -> bool:
    """Whether ``path`` looks like an SQLCipher file: no SQLite header, a size that is a whole number of pages
    (a multiple of 512 bytes, at least one 4,096-byte page) and random-looking bytes (entropy above 7.5 bits per
    byte over its first 2 KiB; text, images or a damaged SQLite file have less, ciphertext has ~7.9). Reads only.
    """
    path = Path(path)
    try:
        size = path.stat().st_size
        if size < 4096 or size % _MIN_PAGE:
            return False
        with open(path, "rb") as f:
            head = f.read(16 + _SAMPLE)
    except OSError:
        return False
    if head.startswith(SQLITE_MAGIC):
        return False
    return _entropy_bits(head[16:]) > 7.5


def is_plain_sqlite(path: Path | str) -> bool:
    """Whether ``path`` starts with SQLite's plain header (reads 16 bytes; ``False`` when unreadable)."""
    try:
        with open(path, "rb") as f:
            return f.read(16) == SQLITE_MAGIC
    except OSError:
        return False


# -- passwords of this process -----------------------------------------------------------------------------------
_passwords: dict[str, str] = {}


def _key(path: Path | str) -> str:
    return os.path.realpath(Path(path).expanduser())


def check_password(password: str) -> str:
    """Return ``password`` when it can protect a ledger.

    Raises:
        ValidationError: empty (an empty key means "no encryption" to SQLCipher), longer than
            ``MAX_PASSWORD_CHARS``, or holding a NUL character.
    """
    if not isinstance(password, str) or not password:
        raise ValidationError("password", "", QT_TRANSLATE_NOOP("Errors", "must not be empty"))
    if len(password) > MAX_PASSWORD_CHARS:
        raise ValidationError("password", f"{len(password)} characters", QT_TRANSLATE_NOOP(
                "Errors", "must be at most %1 characters").arg(MAX_PASSWORD_CHARS))
    if "\x00" in password:
        raise ValidationError("password", "", QT_TRANSLATE_NOOP("Errors", "must not contain a NUL character"))
    return password


def remember(path: Path | str, password: str) -> None:
    """Keep ``password`` for the ledger ``path`` (and its backups) for the rest of this process."""
    _passwords[_key(path)] = check_password(password)


def forget(path: Path | str) -> None:
    """Drop the password kept for ``path`` (the ledger is no longer encrypted)."""
    _passwords.pop(_key(path), None)


def remembered(path: Path | str) -> str | None:
    """The password kept for ``path``; for a file in a ledger's folder or its backup folder (a backup, a safety
    copy, a pre-migration copy), that ledger's; else ``None``."""
    real = _key(path)
    if real in _passwords:
        return _passwords[real]
    folder = os.path.dirname(real)
    for ledger, password in _passwords.items():
        parent = os.path.dirname(ledger)
        if folder in (parent, os.path.join(parent, "backups")):
            return password
    return None


def key_for_file(path: Path | str, password: str | None = None) -> str | None:
    """The key to open the existing file ``path`` with: ``None`` for a plain SQLite file (or anything that is not
    an SQLCipher file: the caller's checks then report it), else ``password`` or the one remembered for it.

    Raises:
        PasswordRequired: the file is encrypted and no password is known for it.
    """
    if not looks_encrypted(path):
        return None
    key = password if password is not None else remembered(path)
    if key is None:
        raise PasswordRequired(path)
    return key


# -- connections ------------------------------------------------------------------------------------------------
_module: Any = None
_factory: Any = None


def _sqlcipher() -> Any:
    """``sqlcipher3.dbapi2``, imported on first use; its exception classes then also derive from ``sqlite3``'s
    (``sqlcipher3.dbapi2.IntegrityError`` is a ``sqlite3.IntegrityError``), so every ``except sqlite3.…`` in
    DebtLens and in sqlite-utils handles an encrypted ledger's errors the same way."""
    global _module, _factory
    if _module is None:
        try:
            from sqlcipher3 import dbapi2
        except ImportError:  # pragma: no cover - a broken install
            raise DatabaseError("sqlcipher3", QT_TRANSLATE_NOOP(
                    "Errors", "encrypted ledgers need the sqlcipher3-wheels package (pip install sqlcipher3-wheels)")) from None
        for name in ("InterfaceError", "DatabaseError", "DataError", "OperationalError", "IntegrityError",
                     "InternalError", "ProgrammingError", "NotSupportedError"):
            ours, std = getattr(dbapi2, name), getattr(sqlite3, name)
            if std not in ours.__mro__:
                ours.__bases__ = (*ours.__bases__, std)

        class KeyedConnection(dbapi2.Connection):  # type: ignore[misc, name-defined]
            """An SQLCipher connection that knows its key (``key_of``), for copies made through it."""

            debtlens_key: str | None = None
            debtlens_salt: bytes | None = None

        _module, _factory = dbapi2, KeyedConnection
    return _module


def is_connection(obj: object) -> bool:
    """Whether ``obj`` is an open-able DB-API connection of either kind (``sqlite3`` or SQLCipher)."""
    if isinstance(obj, sqlite3.Connection):
        return True
    return _factory is not None and isinstance(obj, _module.Connection)


def key_of(conn: object) -> str | None:
    """The password a connection was opened with; ``None`` for a plain one."""
    return getattr(conn, "debtlens_key", None)


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


#: SQLCipher 4's key derivation (``cipher_settings``): PBKDF2-HMAC-SHA512, 256,000 iterations, 32-byte key.
_KDF_ITERATIONS = 256_000
_derived: dict[tuple[str, bytes], bytes] = {}


def _raw_key(password: str, salt: bytes) -> str:
    """SQLCipher's raw-key form ``x'<key><salt>'`` for ``password`` on a file with ``salt`` (its first 16 bytes):
    the key is derived once per password and salt in this process (0.3-0.5 s of PBKDF2), so the worker's
    connection, each backup and each check do not derive it again."""
    import hashlib

    derived = _derived.get((password, salt))
    if derived is None:
        derived = hashlib.pbkdf2_hmac("sha512", password.encode("utf-8"), salt, _KDF_ITERATIONS, 32)
        _derived[(password, salt)] = derived
    return f"x'{derived.hex()}{salt.hex()}'"


def _salt(path: str) -> bytes | None:
    """The salt of an existing SQLCipher file (its first 16 bytes), ``None`` for a new or empty one."""
    with contextlib.suppress(OSError), open(path.removeprefix("file:").split("?")[0], "rb") as f:
        head = f.read(16)
        return head if len(head) == 16 and head != SQLITE_MAGIC else None
    return None


def connect(path: Path | str, key: str | None, *, timeout: float = 5.0, isolation_level: str | None = "",
            uri: bool = False, check: bool = True, salt: bytes | None = None) -> Any:
    """Open ``path`` with ``key`` (``None``: a plain ``sqlite3`` connection, ``sqlcipher3`` not imported).

    With a key the connection is an SQLCipher one whose errors are also ``sqlite3`` errors; ``check`` reads the
    schema at once so a wrong key fails here. ``salt``: for a new file, use this salt (a copy of a file with that
    salt: its derived key is reused); default a random one (SQLCipher's).

    Raises:
        WrongPassword: ``check`` and the key does not decrypt the file (the connection is closed; nothing written).
    """
    if key is None:
        return sqlite3.connect(str(path), timeout=timeout, uri=uri,
                               isolation_level=isolation_level)  # type: ignore[arg-type]  # str | None is what sqlite3 takes
    sc = _sqlcipher()
    conn = sc.connect(str(path), timeout=timeout, isolation_level=isolation_level, uri=uri, factory=_factory)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is our message, not a line on stderr
        salt = _salt(str(path)) or salt
        raw = _raw_key(check_password(key), salt) if salt else None
        conn.execute(f"PRAGMA key = {_quote(raw or key)}")
        if check:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sc.DatabaseError as exc:
        conn.close()
        if "not a database" in str(exc) or getattr(exc, "sqlite_errorname", "") == "SQLITE_NOTADB":
            raise WrongPassword(str(path).removeprefix("file:").split("?")[0]) from None
        raise
    except BaseException:
        conn.close()
        raise
    conn.debtlens_key = key
    conn.debtlens_salt = salt or _salt(str(path))
    return conn


def open_file(path: Path | str, password: str | None = None, **kwargs: Any) -> Any:
    """``connect`` with the key ``key_for_file`` finds (plain file: a plain connection).

    Raises:
        PasswordRequired, WrongPassword: see there.
    """
    return connect(path, key_for_file(path, password), **kwargs)


def same_kind(conn: Any, path: Path | str) -> Any:
    """A connection to ``path`` (usually a new, empty file) of the same kind and key as ``conn``: a copy made
    through it with the backup API is encrypted exactly when ``conn``'s file is."""
    key = key_of(conn)
    salt = getattr(conn, "debtlens_salt", None)
    if key is not None and salt is None:  # created by this connection: its salt is on disk by now
        main = next((r[2] for r in conn.execute("PRAGMA database_list") if r[1] == "main"), "")
        salt = _salt(main) if main else None
        conn.debtlens_salt = salt
    return connect(path, key, check=False, salt=salt)


# -- copying between plain and encrypted -------------------------------------------------------------------------
def _create_private(path: Path) -> None:
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600)
    os.close(fd)


def export_copy(source: Path | str, source_key: str | None, dest: Path | str, dest_key: str | None,
                dest_salt: bytes | None = None) -> None:
    """Copy the database ``source`` (opened with ``source_key``) into the new file ``dest`` encrypted with
    ``dest_key`` (``None``: plain), with ``sqlcipher_export``; ``user_version`` and ``application_id`` (which
    ``sqlcipher_export`` leaves out) are carried over. ``dest`` is created with mode 0600 and must not exist; on
    any error it is removed again. The result is one self-contained file (journal mode DELETE). ``dest_salt``:
    the 16-byte salt of the encrypted copy (several copies with one salt share one key derivation), default a
    random one.

    Raises:
        WrongPassword: ``source_key`` does not open ``source``. DatabaseError/sqlite3.Error: the copy failed.
    """
    sc = _sqlcipher()
    dest = Path(dest)
    src = connect(source, source_key, isolation_level=None) if source_key else sc.connect(
        str(source), isolation_level=None)
    try:
        _create_private(dest)
        try:
            version = src.execute("PRAGMA user_version").fetchone()[0]
            app_id = src.execute("PRAGMA application_id").fetchone()[0]
            attach_key = (_raw_key(check_password(dest_key), dest_salt or os.urandom(16)) if dest_key else "")
            src.execute(f"ATTACH DATABASE {_quote(str(dest))} AS target KEY {_quote(attach_key)}")
            try:
                src.execute("SELECT sqlcipher_export('target')")
                src.execute(f"PRAGMA target.user_version = {int(version)}")
                src.execute(f"PRAGMA target.application_id = {int(app_id)}")
            finally:
                src.execute("DETACH DATABASE target")
            with contextlib.closing(connect(dest, dest_key, isolation_level=None)) as check:
                check.execute("PRAGMA journal_mode = DELETE")
                result = check.execute("PRAGMA quick_check").fetchone()[0]
            if result != "ok":
                raise DatabaseError(dest, QT_TRANSLATE_NOOP("Errors", "the copy failed its check (%1)").arg(result))
            _fsync(dest)
        except BaseException:
            for leftover in (dest, Path(f"{dest}-journal")):
                with contextlib.suppress(OSError):
                    leftover.unlink()
            raise
    finally:
        src.close()


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# -- encrypted JSON export ---------------------------------------------------------------------------------------
def seal_text(text: str, dest: Path | str, key: str) -> None:
    """Write ``text`` (a JSON export) into the new file ``dest`` as an SQLCipher database encrypted with ``key``:
    one table ``export(json)`` with one row, application id ``EXPORT_APPLICATION_ID``; mode 0600. ``dest`` must
    not exist; on any error it is removed again."""
    dest = Path(dest)
    _create_private(dest)
    try:
        with contextlib.closing(connect(dest, key, isolation_level=None, check=False)) as conn:
            conn.execute("PRAGMA journal_mode = DELETE")
            conn.execute(f"PRAGMA application_id = {EXPORT_APPLICATION_ID}")
            conn.execute("CREATE TABLE export (json TEXT NOT NULL)")
            conn.execute("INSERT INTO export (json) VALUES (?)", [text])
        _fsync(dest)
    except BaseException:
        for leftover in (dest, Path(f"{dest}-journal")):
            with contextlib.suppress(OSError):
                leftover.unlink()
        raise


def unseal_text(path: Path | str, key: str) -> str:
    """The JSON text of an encrypted export written by ``seal_text`` (reads only).

    Raises:
        WrongPassword: ``key`` does not open it. ValidationError: it opens but is not an encrypted DebtLens export.
    """
    with contextlib.closing(connect(f"file:{Path(path)}?mode=ro", key, uri=True)) as conn:
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            row = conn.execute("SELECT json FROM export").fetchone() if app_id == EXPORT_APPLICATION_ID else None
        except sqlite3.DatabaseError:
            row = None
    if row is None or not isinstance(row[0], str):
        raise ValidationError("file", str(path), QT_TRANSLATE_NOOP(
                "Errors", "is an encrypted file but not an encrypted DebtLens export"))
    return row[0]


@dataclass(frozen=True)
class ProtectionResult:
    """What ``protect``/``unprotect`` did: the ledger is now ``encrypted`` or not; ``safety_copy`` is the backup
    of the ledger as it was (in its new form); ``backups_converted`` backups were converted too, and
    ``backups_skipped`` could not be (another password, or damaged) and were left as they were."""

    db_path: Path
    encrypted: bool
    safety_copy: Path | None
    backups_converted: int
    backups_skipped: tuple[Path, ...]
