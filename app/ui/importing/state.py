"""What the import window is doing; tests wait for these states."""

from __future__ import annotations

from enum import StrEnum


class ImportState(StrEnum):
    """The import window's state: no file yet, working on the worker thread, a preview shown, or refused."""

    EMPTY = "empty"
    BUSY = "busy"
    READY = "ready"
    FAILED = "failed"
