"""The undo history's records as the rest of the app sees them: a step (``StepRow``) and the refusal of a step
whose rows were changed since (``UndoConflict``). Recording and reverting: ``app.storage.undo_log``."""

from __future__ import annotations

import json
from dataclasses import dataclass

from app.domain.errors import DebtLensError


class UndoConflict(DebtLensError):
    """A row a step changed is no longer as the step left it, so the step cannot be reverted; ``table`` and
    ``key`` name the row. Nothing was changed."""

    def __init__(self, table: str, key: object) -> None:
        self.table = table
        self.key = key
        super().__init__(f"{table} row {key} is not as the undo history recorded it")


@dataclass(frozen=True)
class StepRow:
    """One step of the history: ``name`` is an English template with ``{placeholders}`` filled from ``args``
    (``app.services.undo``), ``state`` ``"done"`` or ``"undone"`` (the redo branch), ``created`` the UTC time
    (``YYYY-MM-DD HH:MM:SS``) it was made."""

    id: int
    name: str
    args: dict
    state: str
    created: str


def step_of(row: tuple) -> StepRow:
    """A ``StepRow`` from a row ``(id, name, args JSON, state, created)`` of ``undo_steps`` (unreadable args: none)."""
    try:
        args = json.loads(row[2])
    except ValueError:
        args = {}
    return StepRow(row[0], row[1], args if isinstance(args, dict) else {}, row[3], row[4])
