"""Export everything (JSON, CSV) and import a JSON export into an empty database.

Export files hold the user's whole ledger, so they are created readable by the user only (POSIX mode 0600) and
written atomically (temporary file, fsync, rename): a crash or a full disk never leaves half an export under the
chosen name.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app import __version__
from app.domain.errors import DebtLensError, ValidationError
from app.exporters import csv_export, json_consistency, json_export
from app.services import undo as steps
from app.services.changes import Changes
from app.storage import snapshot
from app.storage.migrations import SCHEMA_VERSION
from app.storage.repositories import Store
from app.domain.messages import QT_TRANSLATE_NOOP


class ExportError(DebtLensError):
    """An export file could not be written; ``path`` names it and ``reason`` says why. Nothing was left there."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{path}: {reason}")


@dataclass(frozen=True)
class ImportResult:
    """What an import wrote: the usual ``Changes`` and the number of rows per table."""

    changes: Changes
    counts: dict[str, int]


def write_private(path: Path, data: bytes, *, overwrite: bool = False) -> Path:
    """Write ``data`` to ``path`` atomically with mode 0600.

    Raises:
        ValidationError: ``path`` exists and ``overwrite`` is false, or its folder does not exist.
        ExportError: the disk refused the write (full, read-only ...); no file is left behind.
    """
    if path.exists() and not overwrite:
        raise ValidationError("out", str(path), QT_TRANSLATE_NOOP(
                "Errors", "exists already; choose another name (or --force to replace it)"))
    if not path.parent.is_dir():
        raise ValidationError("out", str(path), QT_TRANSLATE_NOOP(
                "Errors", "the folder %1 does not exist").arg(path.parent))
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        fd = os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise ExportError(path, f"cannot write the file ({exc.strerror or exc})") from None
    return path


def _write_sealed(path: Path, text: str, key: str, *, overwrite: bool) -> Path:
    """``write_private`` for an encrypted export: sealed into a temporary file, then renamed over ``path``."""
    from app.storage import cipher

    if path.exists() and not overwrite:
        raise ValidationError("out", str(path), QT_TRANSLATE_NOOP(
                "Errors", "exists already; choose another name (or --force to replace it)"))
    if not path.parent.is_dir():
        raise ValidationError("out", str(path), QT_TRANSLATE_NOOP(
                "Errors", "the folder %1 does not exist").arg(path.parent))
    tmp = path.with_name(f".{path.name}.tmp")
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    try:
        cipher.seal_text(text, tmp, key)
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise ExportError(path, f"cannot write the file ({exc.strerror or exc})") from None
    return path


class ExportService:
    """Whole-ledger export and import over a ``Store``."""

    def __init__(self, store: Store) -> None:
        self.store = store

    # -- export ----------------------------------------------------------------------------------------------
    def check_target(self, out: Path) -> None:
        """Refuse an export target that would replace data: the ledger itself (through any link), its ``-wal`` /
        ``-shm`` / ``-journal`` / lock files, anything in its backup folder, or any existing SQLite database.

        Raises:
            ValidationError: naming ``out`` and why.
        """
        from app import config
        from app.storage.db import SQLITE_MAGIC

        row = self.store.db.conn.execute("PRAGMA database_list").fetchone()
        ledger = Path(os.path.realpath(row[2])) if row and row[2] else None
        target = Path(os.path.realpath(out))
        if ledger is not None:
            own = {ledger} | {ledger.with_name(ledger.name + s) for s in
                              ("-wal", "-shm", "-journal", ".lock", ".writers.lock")}
            if target in own:
                raise ValidationError("out", str(out), QT_TRANSLATE_NOOP(
                        "Errors", "is the ledger itself (or one of its files); choose another name"))
            folder = Path(os.path.realpath(config.backup_dir(ledger)))
            if target == folder or folder in target.parents:
                raise ValidationError("out", str(out), QT_TRANSLATE_NOOP(
                        "Errors", "is in the ledger's backup folder; choose another place"))
        if target.is_file():
            try:
                with open(target, "rb") as f:
                    is_db = f.read(16) == SQLITE_MAGIC
            except OSError:
                is_db = False
            if is_db:
                raise ValidationError("out", str(out), QT_TRANSLATE_NOOP(
                        "Errors", "is a database; an export never replaces one, choose another name"))

    def _key(self) -> str | None:
        from app.storage import cipher

        return cipher.key_of(self.store.db.conn)

    def encrypted(self) -> bool:
        """Whether the ledger is password-protected (its JSON export is then encrypted too)."""
        return self._key() is not None

    def document(self, exported_at: datetime | None = None) -> dict:
        """The export document (see ``app.exporters.json_export``); ``exported_at`` omitted when ``None``."""
        return json_export.to_document(snapshot.read_tables(self.store.db), schema_version=SCHEMA_VERSION,
                                       app_version=__version__, exported_at=exported_at)

    def json_text(self, exported_at: datetime | None = None) -> str:
        """The export as JSON text."""
        return json_export.dumps(self.document(exported_at))

    def export_json(self, out: Path | str, *, overwrite: bool = False,
                    exported_at: datetime | None = None) -> Path:
        """Write the JSON export to ``out`` (mode 0600, atomic), stamped ``exported_at`` (the caller's clock: the
        window and the CLI pass the time of the export; left out when ``None``).

        The export of a password-protected ledger is encrypted with the same password (``cipher.seal_text``: an
        SQLCipher file holding the JSON text); ``import_json`` reads it back with that password.

        Raises:
            ValidationError: ``out`` exists (and not ``overwrite``) or its folder is missing. ExportError: the
                disk refused the write.
        """
        self.check_target(Path(out))
        text = self.json_text(exported_at)
        key = self._key()
        if key is not None:
            return _write_sealed(Path(out), text, key, overwrite=overwrite)
        return write_private(Path(out), text.encode("utf-8"), overwrite=overwrite)

    def csv_files(self) -> dict[str, bytes]:
        """``{"<table>.csv": bytes}`` for every data table (formula-like cells escaped)."""
        db = self.store.db
        tables = snapshot.read_tables(db)
        return csv_export.csv_files(tables, {t: snapshot.columns(db, t) for t in tables})

    def export_csv(self, out: Path | str, *, overwrite: bool = False) -> Path:
        """Write one CSV file per table: into a zip when ``out`` ends in ``.zip``, else into the folder ``out``
        (created with mode 0700; it must not exist or be empty unless ``overwrite``).

        Raises:
            ValidationError: ``out`` exists (and not ``overwrite``) or its parent folder is missing.
            ExportError: the disk refused a write.
        """
        out = Path(out)
        self.check_target(out)
        files = self.csv_files()
        if out.suffix.lower() == ".zip":
            return write_private(out, csv_export.zip_bytes(files), overwrite=overwrite)
        if out.exists() and (not out.is_dir() or (any(out.iterdir()) and not overwrite)):
            raise ValidationError("out", str(out), QT_TRANSLATE_NOOP(
                    "Errors", "exists already; choose a new folder (or --force)"))
        if not out.parent.is_dir():
            raise ValidationError("out", str(out), QT_TRANSLATE_NOOP(
                    "Errors", "the folder %1 does not exist").arg(out.parent))
        try:
            out.mkdir(mode=0o700, exist_ok=True)
        except OSError as exc:
            raise ExportError(out, f"cannot create the folder ({exc.strerror})") from None
        for name, data in files.items():
            write_private(out / name, data, overwrite=True)
        return out

    # -- import ----------------------------------------------------------------------------------------------
    def import_json(self, source: Path | str | bytes, *, password: str | None = None) -> ImportResult:
        """Import a JSON export (a file path, or its bytes) into this database, which must be empty, reproducing
        the exported state exactly (same ids, plans, statements). One transaction: on any error nothing is written.
        An encrypted export (of a password-protected ledger) opens with ``password``, else this ledger's.

        Raises:
            ValidationError: the database already holds data; the file is missing, not JSON, not an export, from a
                newer format, or a record is invalid (``field`` names it, e.g. ``purchases[3].amount_fen``).
        """
        if isinstance(source, bytes):
            text: str | bytes = source
        else:
            path = Path(source)
            if not path.is_file():
                raise ValidationError("file", str(source), QT_TRANSLATE_NOOP(
                        "Errors", "does not exist or is not a file"))
            from app.storage import cipher

            if cipher.looks_encrypted(path):
                key = password or cipher.key_of(self.store.db.conn) or cipher.remembered(path)
                if key is None:
                    raise cipher.PasswordRequired(path)
                text = cipher.unseal_text(path, key)
            else:
                text = path.read_bytes()
        doc = json_export.loads(text)
        tables = json_export.from_document(doc)
        _check_lines(tables["credit_lines"])
        json_consistency.check_ledger(doc)  # needs the lines' statement days checked
        db = self.store.db
        with self.store.step(steps.IMPORT_JSON):
            if not snapshot.is_empty(db):
                raise ValidationError("database", "", QT_TRANSLATE_NOOP(
                        "Errors", "already holds data; import into a new, empty database (e.g. debtlens --db new.db "
                        "import-json FILE)"))
            try:
                counts = snapshot.write_tables(db, tables)
            except KeyError as exc:
                raise ValidationError(str(exc.args[0]), "", QT_TRANSLATE_NOOP(
                        "Errors", "is not known to this version of DebtLens")) from None
            except sqlite3.IntegrityError as exc:
                raise ValidationError("file", "", QT_TRANSLATE_NOOP(
                        "Errors", "a record breaks a rule of the ledger (%1)").arg(exc)) from None
            broken = list(db.query("SELECT \"table\" AS t, rowid AS r FROM pragma_foreign_key_check LIMIT 1"))
            if broken:
                raise ValidationError(broken[0]["t"], broken[0]["r"], QT_TRANSLATE_NOOP(
                        "Errors", "refers to a record that is not in the file"))
        return ImportResult(Changes(lines=True, postings=True, repayments=True, settings=True), counts)


def _check_lines(rows: list[dict]) -> None:
    """Check each credit line's terms together (``domain.credit_line.validate_line``), as the rows of
    ``lines[i]`` of an export file read into a line.

    Raises:
        ValidationError: ``field`` names the line and key, e.g. ``lines[0].due_day``.
    """
    from app.domain.credit_line import validate_line
    from app.storage.rows import line_from_row

    for i, row in enumerate(rows):
        where = f"lines[{i}]"
        try:
            validate_line(line_from_row({"archived": 0, "statement_day_inclusive": 0, "grace_days": 0,
                                         "auto_repay": "off", "remainder_to": "first", "fee_presets": "{}",
                                         "currency": "CNY", **row}, []))
        except ValidationError as exc:
            raise ValidationError(f"{where}.{exc.field}", exc.value, exc.reason) from None
        except (KeyError, ValueError, TypeError, AttributeError, ArithmeticError) as exc:
            raise ValidationError(where, row.get("name"), QT_TRANSLATE_NOOP(
                    "Errors", "is not a valid credit line (%1)").arg(exc)) from None
