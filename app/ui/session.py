"""The session: the open database, its services, the background task runner and the one change broadcast.

Views get the session through their constructor. A user action goes through ``Session.apply``: it calls one
service method and broadcasts the ``Changes`` it returns on ``changed``, so every view refreshes what it must.

One writer: while a session has a database open it holds that file's lock (``app.storage.lock``), so a second
DebtLens window on the same file is refused (``DatabaseLockedError``) instead of racing this one.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Hashable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Generic, TypeVar

from PySide6.QtCore import QObject, Signal

from app.domain.errors import DebtLensError
from app.services.changes import Changes
from app.services.queries import StatementsCache
from app.services.services import Services, open_store
from app.services.undo import StepInfo
from app.storage import backups
from app.storage.backups import RestoreResult
from app.storage.clean_close import record_clean_close, still_as_taken, take_clean_close
from app.storage.db import DatabaseError, check_integrity, daily_check
from app.storage.lock import Lock, acquire_lock
from app.ui.tasks import TaskRunner, alive

if TYPE_CHECKING:
    from app.services.ledger import LedgerService
    from app.services.listing import PurchaseListing
    from app.services.settings import SettingsService
    from app.services.undo import UndoService
    from app.storage.repositories import Store

log = logging.getLogger(__name__)

R = TypeVar("R")  # what a background task returns

ALL_CHANGED = Changes(lines=True, postings=True, repayments=True, settings=True)
S = TypeVar("S")


class _Service(Generic[S]):
    """``session.<name>``: the session's ``services.<name>``, looked up when used."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __get__(self, session: Session, owner: type | None = None) -> S:
        return getattr(session.services, self.name)  # type: ignore[no-any-return]


class Session(QObject):
    """Services over one database file plus the change broadcast.

    Attributes:
        db_path: the open database file. demo: whether it is the demo database.
        today: callable giving "today" (tests and screenshots pin it, a workshop moves it); the one clock of
            ``services``.
        services: the one door to the data (``app.services.services.Services``); ``ledger``, ``queries``,
            ``settings`` and ``listing`` are its services, named here for short.
    """

    changed = Signal(object)  # Changes
    database_switched = Signal(bool)  # demo?

    # the services, named here for short; each is made on its first use (opening the window only reads)
    ledger: _Service[LedgerService] = _Service("ledger")
    settings: _Service[SettingsService] = _Service("settings")
    listing: _Service[PurchaseListing] = _Service("listing")
    undo: _Service[UndoService] = _Service("undo")

    def __init__(self, db_path: Path, *, demo: bool = False, today: Callable[[], date] = date.today,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.today = today
        self.db_path = Path(db_path)
        self.demo = demo
        self.lock: Lock | None = None
        self.tasks: TaskRunner | None = None
        #: Each line's statements once per data revision and day, for this window and its worker.
        self.statements_cache = StatementsCache()
        self._open(self.db_path)

    def _open(self, path: Path, lock: Lock | None = None) -> None:
        """Open ``path`` holding its lock (``lock`` when the caller took it already; released again when the file
        cannot be opened). Raises ``DatabaseLockedError`` when another window has it, ``DatabaseError`` else."""
        _make_folder(path.parent)
        lock = lock if lock is not None else acquire_lock(path)
        try:
            store = open_store(path, daily=False)
            # unchanged since DebtLens closed it cleanly: its quick check (the day's first open: the full check and
            # the day's backup) runs after the first paint (``check_in_background``), or before the first write,
            # whichever comes first
            self.integrity_pending = getattr(store.db, "integrity_deferred", False)
            self._daily_pending = getattr(store.db, "daily_deferred", False)
            self.integrity_error: DatabaseError | None = None
            if not store.data_revision():
                self._check_now(store, path)
                store.ensure_revision()  # the overview's kept chart images are keyed by it
        except BaseException:
            lock.release()
            raise
        taken = take_clean_close(path)  # open for writing now: a crash must not look like a clean close
        # opened unchecked: closed as it was found (nothing written), the file is cleanly closed again
        self._unchecked_state = taken if self.integrity_pending else None
        self.lock = lock
        self.store = store
        self.statements_cache.clear()
        store.statements_cache = self.statements_cache
        # the clock is looked up on every call: a workshop replaces ``self.today``
        self.services = Services(store, lambda: self.today(), path)
        self.queries = self.services.queries
        self.tasks = TaskRunner(path, self, statements_cache=self.statements_cache)

    def _check_now(self, store: Store, path: Path) -> None:
        """Run the deferred quick check now (on this thread); raises its ``DatabaseError`` (again) when the file
        is damaged."""
        if self.integrity_pending:
            self.integrity_pending = False
            try:
                self._deferred_check(store, path)
            except DatabaseError as exc:
                self.integrity_error = exc
        if self.integrity_error is not None:
            raise self.integrity_error

    def _deferred_check(self, store: Store, path: Path) -> None:
        """The check ``open_database`` left for later, on ``store``'s connection (this thread's or the worker's):
        the quick check, or the day's full check and backup. Raises ``DatabaseError`` when the file is damaged."""
        if self._daily_pending:
            daily_check(store.db.conn, path)
        else:
            check_integrity(store.db.conn, path, 0, full=False)

    def check_in_background(self, on_damaged: Callable[[DatabaseError], None]) -> None:
        """Run a deferred quick check on the task runner (after the first paint); ``on_damaged(error)`` when the
        file turns out damaged (every write is refused from then on). Does nothing when no check is pending."""
        if not self.integrity_pending or self.tasks is None:
            return
        path = self.db_path

        def check(store: Store) -> DatabaseError | None:
            try:
                self._deferred_check(store, path)
            except DatabaseError as exc:
                return exc
            return None

        def done(error: DatabaseError | None) -> None:
            if not self.integrity_pending or path != self.db_path:
                return  # checked meanwhile (a write came first), or another file is open now
            self.integrity_pending = False
            if error is not None:
                self.integrity_error = error
                on_damaged(error)

        self.tasks.submit(check, done)

    def apply(self, action: Callable[..., Changes], *args: object, **kwargs: object) -> Changes:
        """Run one service action and broadcast what it changed. Errors propagate and nothing is broadcast.

        Raises:
            DatabaseError: the file failed its (deferred) integrity check: nothing is written to it.
        """
        self._check_now(self.store, self.db_path)
        changes = action(*args, **kwargs)
        self.changed.emit(changes)
        return changes

    def apply_async(self, task: Callable[[Store], R], changes_of: Callable[[R], Changes],
                    on_done: Callable[[R], None], on_error: Callable[[Exception], None], *,
                    owner: QObject | None = None) -> None:
        """Run a writing ``task(store)`` on the worker; when it is done, broadcast ``changes_of(result)`` on
        ``changed`` (always: the data changed even if the window that asked is gone), then call ``on_done(result)``
        unless ``owner`` was deleted by then. A failure goes to ``on_error`` (unless ``owner`` was deleted) and
        nothing is broadcast. Nothing runs when the ledger is closed. As ``apply``, the deferred check runs first."""
        tasks = self.tasks
        if tasks is None:
            return
        try:
            self._check_now(self.store, self.db_path)
        except DatabaseError as exc:
            on_error(exc)
            return

        def done(result: R) -> None:
            if self.is_open:
                self.changed.emit(changes_of(result))
            if owner is None or alive(owner):
                on_done(result)

        def failed(exc: Exception) -> None:
            if owner is None or alive(owner):
                on_error(exc)

        tasks.submit(task, done, failed)

    def submit(self, task: Callable[[Store], R], on_done: Callable[[R], None],
               on_error: Callable[[Exception], None] | None = None, *, key: Hashable | None = None,
               owner: QObject | None = None) -> None:
        """Run ``task(store)`` on the worker, off the GUI thread (``TaskRunner.submit``: reads, exports, backups;
        a write that changes the data goes through ``apply_async`` so every view hears of it). Nothing runs when
        the ledger is closed."""
        if self.tasks is not None:
            self.tasks.submit(task, on_done, on_error, key=key, owner=owner)

    def switch_database(self, path: Path, *, demo: bool, prepare: Callable[[Store], object] | None = None) -> None:
        """Close the current database and open ``path`` (e.g. the demo); ``prepare(store)`` runs first on the new
        one (building the demo). Every view then refreshes everything.

        Raises:
            DatabaseLockedError: ``path`` is open in another window; the current database stays open.
            DatabaseError: ``path`` cannot be opened; the current database is opened again.
        """
        path = Path(path)
        old_path = self.db_path
        lock = None
        if path != old_path:  # refused before anything is closed
            _make_folder(path.parent)
            lock = acquire_lock(path)
        self.close()
        try:
            self._open(path, lock)
        except BaseException:
            self._open(old_path)
            raise
        self.db_path = path
        self.demo = demo
        if prepare is not None:
            prepare(self.store)
        self.database_switched.emit(demo)
        self.changed.emit(ALL_CHANGED)

    @property
    def is_open(self) -> bool:
        """Whether the database is still open (a closed window's views must not read it)."""
        return self.tasks is not None

    def has_lines(self) -> bool:
        """Whether the database holds any credit line (else the welcome page is shown)."""
        return self.queries.has_lines()

    def restore_backup(self, backup_path: Path, reverting: StepInfo | None = None) -> RestoreResult:
        """Replace the open database with the backup ``backup_path`` and open it again, keeping the lock
        throughout (``backups.restore``: verified first, the current file saved as a ``pre-restore`` backup, then
        swapped in atomically). The restore becomes a step of the undo history, or, when it undoes or redoes the
        restore step ``reverting``, updates that step (``UndoService.after_restore``). Every view then refreshes
        everything.

        Raises:
            DatabaseError: the backup is unusable; nothing changed and the database stays open.
            OSError: the disk refused a write; the current file is opened again as it was.
        """
        backups.verify_backup(backup_path)
        lock = self.lock
        self._close_store()
        try:
            result = backups.restore(self.db_path, backup_path, lock=lock)
        finally:
            self._open(self.db_path, lock)
        try:
            self.undo.after_restore(result.restored_from, result.safety_copy, reverting)
        except DebtLensError as exc:  # the data is restored; only its undo step is missing
            log.warning("the restore of %s was not added to the undo history: %s", backup_path, exc)
        self.database_switched.emit(self.demo)
        self.changed.emit(ALL_CHANGED)
        return result

    def change_protection(self, new_password: str | None):
        """Encrypt the open ledger with ``new_password`` (``None``: store it unencrypted again) and open it again,
        keeping the lock throughout (``storage.protection.change_protection``: a converted copy swapped in
        atomically, a safety copy first, the backups converted too). Every view then refreshes everything.

        Raises:
            ValidationError, DatabaseError: refused or failed; nothing changed and the ledger is open again.
        """
        from app.storage.protection import change_protection

        lock = self.lock
        self._close_store()
        try:
            result = change_protection(self.db_path, new_password, lock=lock)
        finally:
            self._open(self.db_path, lock)
        self.database_switched.emit(self.demo)
        self.changed.emit(ALL_CHANGED)
        return result

    def recreate(self, prepare: Callable[[Store], object]) -> None:
        """Start the open database afresh: close it (keeping its lock), delete the file and its journals, open a
        new empty one and run ``prepare(store)``. For a workshop story's ledger only (its reset then leaves the
        same file as its first build); never called on the user's ledger. Every view then refreshes everything.

        Raises:
            DatabaseError: the new file cannot be opened (the lock is released).
        """
        lock = self.lock
        self._close_store()
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{self.db_path}{suffix}").unlink(missing_ok=True)
        self._open(self.db_path, lock)
        prepare(self.store)
        self.database_switched.emit(self.demo)
        self.changed.emit(ALL_CHANGED)

    def _close_store(self) -> None:
        """Stop background work and close the database, keeping the lock."""
        if self.tasks is None:
            return
        self.tasks.shutdown()
        self.tasks.deleteLater()
        self.store.close()
        self.tasks = None

    def close(self) -> None:
        """Stop background work, close the database and release its lock (again: does nothing). A healthy file
        closed by its last connection gets its clean close recorded (``storage.clean_close.record_clean_close``):
        checked, or opened unchecked and closed before its check ran with nothing written to it."""
        was_open = self.tasks is not None
        self._close_store()
        if was_open and self.integrity_error is None and (
                not self.integrity_pending or still_as_taken(self.db_path, self._unchecked_state)):
            record_clean_close(self.db_path)
        if self.lock is not None:
            self.lock.release()
            self.lock = None


def _make_folder(folder: Path) -> None:
    """Create a database's folder; DebtLens's own data folder is kept private (0700)."""
    from app import config

    if folder == config.data_dir() or config.data_dir() in folder.parents:
        config.private_dir(folder)
    else:
        folder.mkdir(parents=True, exist_ok=True)
