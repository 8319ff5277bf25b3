"""Backups for the GUI and the CLI (no Qt): back up now, list, rotate, restore, and the rotation settings.

Automatic backups need no call: ``open_database`` takes the day's one after checking the file.
"""

from __future__ import annotations

from pathlib import Path

from app.domain.errors import ValidationError
from app.services.changes import Changes
from app.storage import backups
from app.storage.backups import BackupInfo, RestoreResult, RetentionPolicy
from app.storage.lock import Lock
from app.storage.repositories import Store
from app.domain.messages import QT_TRANSLATE_NOOP


class BackupService:
    """Backups of the database file ``db_path``; ``store`` is the open database when there is one.

    With an open store, backups copy through its connection (consistent while the app writes). ``restore``
    needs the file closed: it closes ``store`` first, and the caller opens the database again afterwards.
    """

    def __init__(self, db_path: Path | str, store: Store | None = None) -> None:
        self.db_path = Path(db_path)
        self.store = store

    def _source(self) -> object:
        return self.store if self.store is not None else self.db_path

    def backup_now(self, reason: str = backups.MANUAL) -> BackupInfo:
        """Write a backup now (mode 0600, in the backup folder). Raises ``DatabaseError``/``OSError``."""
        return backups.backup_now(self._source(), reason, db_path=self.db_path)

    def auto_backup(self) -> BackupInfo | None:
        """Take today's automatic backup if there is none yet and rotate; ``None`` when it existed."""
        return backups.auto_backup(self._source(), self.db_path)

    def list(self) -> list[BackupInfo]:
        """Backups of the database, newest first."""
        return backups.list_backups(self.db_path)

    def latest(self) -> Path | None:
        """The newest backup, or ``None``."""
        return backups.latest_backup(self.db_path)

    def verify(self, backup_path: Path | str) -> None:
        """Check a backup can be restored. Raises ``DatabaseError`` saying why not."""
        backups.verify_backup(backup_path)

    def policy(self) -> RetentionPolicy:
        """How many daily and weekly automatic backups are kept (defaults 7 and 4)."""
        return backups.read_policy(self._source())

    def set_policy(self, keep_daily: int, keep_weekly: int) -> Changes:
        """Change how many daily/weekly automatic backups are kept (0-366 each) and rotate now.

        Raises:
            ValidationError: a count outside 0-366, or no open store.
        """
        policy = RetentionPolicy(keep_daily, keep_weekly)
        if self.store is None:
            raise ValidationError("database", str(self.db_path), QT_TRANSLATE_NOOP("Errors", "is not open"))
        with self.store.atomic():
            self.store.settings.set(backups.KEEP_DAILY_KEY, str(policy.keep_daily))
            self.store.settings.set(backups.KEEP_WEEKLY_KEY, str(policy.keep_weekly))
        backups.prune(self.db_path, policy)
        return Changes(settings=True)

    def restore(self, backup_path: Path | str, *, lock: Lock | None = None) -> RestoreResult:
        """Replace the database with a verified backup, saving the current file first (see
        ``backups.restore``). Closes ``store``; open the database again afterwards.

        Raises:
            DatabaseError: the backup is unusable (nothing changed). DatabaseLockedError: open elsewhere.
        """
        backups.verify_backup(backup_path)
        if self.store is not None:
            self.store.close()
            self.store = None
        return backups.restore(self.db_path, backup_path, lock=lock)
