"""Run slow work (reports, imports) off the GUI thread, on one serialized worker with its own SQLite connection.

A task is a function ``fn(store) -> result``; it runs on the worker thread against a ``Store`` opened there (a
connection must stay on the thread that made it). The result, or the exception, comes back to the GUI thread
through a queued signal and is handed to the callbacks. Workers never touch widgets.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

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


class TaskRunner(QObject):
    """Serialized background tasks for one database file. ``busy_changed(bool)`` tells when work is pending."""

    busy_changed = Signal(bool)
    _requested = Signal(int, object)
    _close_requested = Signal()

    def __init__(self, db_path: Path, parent: QObject | None = None, statements_cache=None) -> None:
        """``statements_cache`` (a ``services.queries.StatementsCache``) is shared with the worker's store."""
        super().__init__(parent)
        self._ids = itertools.count(1)
        self._callbacks: dict[int, tuple[Callable[[Any], None], Callable[[Exception], None] | None]] = {}
        self._thread = QThread()
        self._thread.setObjectName("debtlens-tasks")
        self._worker = _Worker(Path(db_path), statements_cache)
        self._worker.moveToThread(self._thread)
        self._requested.connect(self._worker.run)
        self._close_requested.connect(self._worker.close)
        self._worker.finished.connect(self._on_worker_finished)
        self._thread.start()

    def submit(self, fn: Task, on_done: Callable[[Any], None], on_error: Callable[[Exception], None] | None = None
               ) -> int:
        """Queue ``fn(store)``; ``on_done(result)`` or ``on_error(exc)`` is called on the GUI thread later."""
        task_id = next(self._ids)
        self._callbacks[task_id] = (on_done, on_error)
        if len(self._callbacks) == 1:
            self.busy_changed.emit(True)
        self._requested.emit(task_id, fn)
        return task_id

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
        on_done, on_error = callbacks
        if error is None:
            on_done(result)
        elif on_error is not None:
            on_error(error)
        else:
            raise error

    def shutdown(self) -> None:
        """Close the worker's connection and stop its thread (waits for the running task)."""
        self._callbacks.clear()
        self._close_requested.emit()
        self._thread.quit()
        self._thread.wait(5000)


class ProgressRelay(QObject):
    """Carries ``progress(done, total)`` calls from the worker thread to the GUI thread.

    Made on the GUI thread, so a slot connected to ``progressed`` runs there (queued) whichever thread emits; the
    generation tells the receiver which of its tasks reported, so it can drop reports of a task it gave up on.
    """

    progressed = Signal(int, int, int)  # generation, done, total

    def reporter(self, generation: int) -> Progress:
        """A progress callback for the task of ``generation``; safe to call from any thread."""

        def report(done: int, total: int) -> None:
            self.progressed.emit(generation, int(done), int(total))

        return report
