"""Run slow work (reports, imports) off the GUI thread, on one serialized worker with its own SQLite connection.

A task is a function ``fn(store) -> result``; it runs on the worker thread against a ``Store`` opened there (a
connection must stay on the thread that made it). The result, or the exception, comes back to the GUI thread
through a queued signal and is handed to the callbacks. Workers never touch widgets.
"""

from __future__ import annotations

import itertools
import weakref
from collections.abc import Callable, Hashable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject, QThread, Signal, Slot

from app.services.services import reader_store

if TYPE_CHECKING:
    from app.storage.repositories import Store

Task = Callable[["Store"], Any]
#: ``progress(done, total)``: how far a task is (rows, steps), called on the worker thread.
Progress = Callable[[int, int], None]


class _Worker(QObject):
    """Lives on the worker thread; opens its own connection on first use."""

    # task id, (result, exception): one tuple, because a bare None through an ``object`` argument of a queued
    # signal corrupts None's reference count in PySide6 ("deallocating None")
    finished = Signal(int, object)

    def __init__(self, db_path: Path, statements_cache=None) -> None:
        super().__init__()
        self.db_path = db_path
        self.statements_cache = statements_cache
        self.store: Store | None = None

    @Slot(int, object)
    def run(self, task_id: int, fn: Task) -> None:
        try:
            if self.store is None:
                self.store = reader_store(self.db_path)
                self.store.statements_cache = self.statements_cache
            result, error = fn(self.store), None
        except Exception as exc:  # noqa: BLE001 - handed back to the GUI thread
            result, error = None, exc
        self.finished.emit(task_id, (result, error))

    @Slot()
    def close(self) -> None:
        if self.store is not None:
            self.store.close()
            self.store = None


#: Every task runner made and not yet collected, so tests can check none is left running.
_RUNNERS: weakref.WeakSet[TaskRunner] = weakref.WeakSet()


def running_runners() -> list[TaskRunner]:
    """The task runners whose worker thread is still running (each session's one; none once all are closed)."""
    return [r for r in list(_RUNNERS) if alive(r) and r.is_running]


class TaskRunner(QObject):
    """Serialized background tasks for one database file. ``busy_changed(bool)`` tells when work is pending."""

    busy_changed = Signal(bool)
    _requested = Signal(int, object)
    _close_requested = Signal()

    def __init__(self, db_path: Path, parent: QObject | None = None, statements_cache=None) -> None:
        """``statements_cache`` (a ``services.queries.StatementsCache``) is shared with the worker's store."""
        super().__init__(parent)
        self._ids = itertools.count(1)
        self._callbacks: dict[int, tuple[Callable[[Any], None], Callable[[Exception], None] | None,
                                         QObject | None, Hashable | None]] = {}
        self._latest: dict[tuple[int, Hashable], int] = {}  # (id(owner), key) -> the task whose answer counts
        self._thread = QThread()
        self._thread.setObjectName("debtlens-tasks")
        self._worker = _Worker(Path(db_path), statements_cache)
        self._worker.moveToThread(self._thread)
        self._requested.connect(self._worker.run)
        self._close_requested.connect(self._worker.close)
        self._worker.finished.connect(self._on_worker_finished)
        self._thread.start()
        _RUNNERS.add(self)

    def submit(self, fn: Task, on_done: Callable[[Any], None], on_error: Callable[[Exception], None] | None = None,
               *, key: Hashable | None = None, owner: QObject | None = None) -> int:
        """Queue ``fn(store)``; ``on_done(result)`` or ``on_error(exc)`` is called on the GUI thread later.

        ``owner``: the widget the callbacks belong to; they are dropped when it has been deleted by then.
        ``key``: a newer task of the same ``key`` and ``owner`` supersedes this one: its callbacks are dropped (the
        work itself still runs, tasks being serialized), so a view that asks again only ever sees its last answer.
        Returns the task's id.
        """
        task_id = next(self._ids)
        self._callbacks[task_id] = (on_done, on_error, owner, key)
        if key is not None:
            self._latest[(id(owner), key)] = task_id
        if len(self._callbacks) == 1:
            self.busy_changed.emit(True)
        self._requested.emit(task_id, fn)
        return task_id

    def drop(self, key: Hashable, owner: QObject | None = None) -> None:
        """Forget the answers of ``owner``'s pending tasks of ``key`` (a new file was chosen, say)."""
        self._latest[(id(owner), key)] = 0

    @property
    def db_name(self) -> str:
        """The name of the database file the worker opens."""
        return self._worker.db_path.name

    @property
    def is_running(self) -> bool:
        """Whether the worker thread runs (from construction until :meth:`shutdown`)."""
        return alive(self._thread) and self._thread.isRunning()

    @property
    def busy(self) -> bool:
        """Whether a task is pending."""
        return bool(self._callbacks)

    @Slot(int, object)
    def _on_worker_finished(self, task_id: int, outcome: tuple) -> None:
        result, error = outcome
        callbacks = self._callbacks.pop(task_id, None)
        if not self._callbacks:
            self.busy_changed.emit(False)
        if callbacks is None:
            return
        on_done, on_error, owner, key = callbacks
        if key is not None:
            latest = self._latest.get((id(owner), key))
            if latest == task_id or not latest:
                self._latest.pop((id(owner), key), None)
            if latest != task_id:
                return  # superseded or dropped
        if owner is not None and not alive(owner):
            return
        if error is None:
            on_done(result)
        elif on_error is not None:
            on_error(error)
        else:
            raise error

    def shutdown(self) -> None:
        """Close the worker's connection and stop its thread (waits for the running task)."""
        self._callbacks.clear()
        self._latest.clear()
        self._close_requested.emit()
        self._thread.quit()
        self._thread.wait(5000)


def alive(widget: QObject) -> bool:
    """Whether the C++ object behind ``widget`` still exists (a closed dialog deleted on close does not)."""
    return shiboken6.isValid(widget)


class ProgressRelay(QObject):
    """Carries ``progress(done, total)`` calls from the worker thread to the GUI thread.

    Made on the GUI thread, so ``progressed(done, total)`` is emitted there (queued) whichever thread reports. Only
    the latest :meth:`reporter` counts: reports of a task the owner gave up on are dropped.
    """

    progressed = Signal(int, int)  # done, total
    _reported = Signal(int, int, int)  # reporter, done, total: from any thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._latest = 0
        self._reported.connect(self._on_reported)

    def reporter(self) -> Progress:
        """A progress callback for a new task (older reporters go quiet); safe to call from any thread."""
        self._latest += 1
        number = self._latest

        def report(done: int, total: int) -> None:
            self._reported.emit(number, int(done), int(total))

        return report

    def forget(self) -> None:
        """Drop the reports of every reporter made so far."""
        self._latest += 1

    @Slot(int, int, int)
    def _on_reported(self, number: int, done: int, total: int) -> None:
        if number == self._latest:
            self.progressed.emit(done, total)
