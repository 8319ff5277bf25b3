"""Undo and redo of the user's changes, on the undo history the database keeps (``app.storage.undo_log``).

Every service action the user can take (add / edit / delete a purchase, a refund, a repayment, credit-line terms,
a limit change, the settings that change figures, a whole import) runs as one step (``Store.step``) named by one
of the templates below; ``UndoService.undo()`` reverts the newest step done, ``redo()`` applies again the oldest
one undone, each in one transaction. A new step after undos discards what could have been redone. The history
keeps the last ``MAX_STEPS`` steps and lives in the database file, so it survives a restart and is shared by the
window and the command line.

A restore from a backup is a step too, but one that holds no rows: undoing it restores the automatic
``pre-restore`` backup the restore saved, redoing it restores the copy saved by that undo (``restore_target``,
``after_restore``); the caller (window or command line) swaps the file.

Step names are English templates with ``{placeholders}``; ``step_text`` fills them (amounts ``*_fen`` as money in
the step's ``currency``, dates ``*_date`` as days). The window translates the template first (``app.ui.undo_actions``
lists every one for Qt's translation tools).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from app.domain.errors import DebtLensError
from app.domain.messages import QT_TRANSLATE_NOOP, Message
from app.services.changes import Changes
from app.storage.repositories import Store
from app.storage.undo_log import DONE, MAX_STEPS, UNDONE
from app.storage.undo_steps import StepRow, UndoConflict

__all__ = ["MAX_STEPS", "STEP_NAMES", "StepInfo", "UndoService", "UndoUnavailable", "step_text"]

# -- step names (English templates; app/ui/undo_actions.py has each one for translation) -------------------------
ADD_LINE = "Add credit line {line}"
EDIT_LINE = "Edit credit line {line}"
ARCHIVE_LINE = "Archive credit line {line}"
UNARCHIVE_LINE = "Show credit line {line} again"
DELETE_LINE = "Delete credit line {line}"
CHANGE_LIMIT = "Change the limit of {line} to {limit_fen}"
ADD_PURCHASE = "Add purchase {amount_fen}"
EDIT_PURCHASE = "Edit purchase {amount_fen}"
DELETE_PURCHASE = "Delete purchase {amount_fen}"
ADD_REFUND = "Record refund {amount_fen}"
ADD_REPAYMENT = "Record repayment {amount_fen}"
DELETE_REPAYMENT = "Delete repayment {amount_fen}"
MARK_AUTO_FAILED = "Mark the automatic repayment of {statement_date} as failed"
CLEAR_AUTO_FAILED = "Clear the failed automatic repayment of {statement_date}"
PAY_OFF_PLAN = "Pay off installment plan early ({amount_fen})"
CONVERT_STATEMENT = "Turn the bill of {statement_date} into {periods} installments"
IMPORT_FILE = "Import {file}"
IMPORT_JSON = "Import a JSON export"
SET_INCOME = "Change monthly income"
SET_DEFAULT_LINE = "Change the default credit line"
SET_HOUSING = "Change monthly housing payment"
SET_THRESHOLDS = "Change the warning thresholds"
RESTORE_BACKUP = "Restore backup {file}"

#: Every step name, for the translation table of the window (a test checks it lists each one).
STEP_NAMES = (ADD_LINE, EDIT_LINE, ARCHIVE_LINE, UNARCHIVE_LINE, DELETE_LINE, CHANGE_LIMIT, ADD_PURCHASE,
              EDIT_PURCHASE, DELETE_PURCHASE, ADD_REFUND, ADD_REPAYMENT, DELETE_REPAYMENT, MARK_AUTO_FAILED,
              CLEAR_AUTO_FAILED, PAY_OFF_PLAN, CONVERT_STATEMENT, IMPORT_FILE, IMPORT_JSON, SET_INCOME,
              SET_DEFAULT_LINE, SET_HOUSING, SET_THRESHOLDS, RESTORE_BACKUP)

#: Which ``Changes`` flag each data table belongs to (a table not listed changes everything).
_TABLE_FLAGS = {
    "credit_lines": "lines", "limit_changes": "lines", "auto_repay_changes": "lines", "day_changes": "lines",
    "purchases": "postings", "installment_plans": "postings", "installment_parts": "postings",
    "refunds": "postings", "repayments": "repayments", "auto_repay_failures": "repayments", "settings": "settings",
}
_PLACEHOLDER = re.compile(r"\{(\w+)\}")


_CHANGED_MEANWHILE = QT_TRANSLATE_NOOP("Errors", "the undo history changed meanwhile")


class UndoUnavailable(DebtLensError):
    """A step cannot be undone or redone; nothing was changed. ``kind`` says why: ``"nothing"`` (no step),
    ``"restore"`` (a restore step, reverted by restoring a file: ``restore_target``), ``"conflict"`` (its rows are
    not as it left them: the file was changed behind DebtLens's back; the history was then cleared) or
    ``"file_gone"`` (the copy a restore saved, ``path``, was moved or deleted). ``reason`` says why, a Message
    translated at the edge (``str()`` is the English)."""

    def __init__(self, kind: str, reason: Message, path: Path | None = None) -> None:
        self.kind = kind
        self.path = path
        self.reason = reason
        super().__init__(reason)


@dataclass(frozen=True)
class StepInfo:
    """A step of the history as the window and the command line show it: ``name`` the English template, ``args``
    its values, ``done`` false for a step undone (the next redo)."""

    id: int
    name: str
    args: dict
    done: bool
    created: str

    @property
    def is_restore(self) -> bool:
        """Whether this step is a restore from a backup (reverted by restoring a file, ``restore_target``)."""
        return self.name == RESTORE_BACKUP

    def text(self, translate: Callable[[str], str] = lambda s: s) -> str:
        """The step's name for people: ``translate(name)`` filled with its args (``step_text``)."""
        return step_text(self.name, self.args, translate)


def _info(row: StepRow | None) -> StepInfo | None:
    return None if row is None else StepInfo(row.id, row.name, row.args, row.state == DONE, row.created)


def step_text(name: str, args: dict, translate: Callable[[str], str] = lambda s: s) -> str:
    """Fill the template ``translate(name)``: ``{x_fen}`` as money in ``args["currency"]`` (default CNY),
    ``{x_date}`` (ISO text) as a day, anything else as text; the active locale of ``app.i18n.formatting``. A
    placeholder without a value is left out; a translation that lost a placeholder falls back to English."""
    from app.i18n import formatting as fmt

    template = translate(name) or name
    if set(_PLACEHOLDER.findall(template)) != set(_PLACEHOLDER.findall(name)):
        template = name

    def value(match: re.Match) -> str:
        key = match.group(1)
        raw = args.get(key)
        if raw is None:
            return ""
        if key.endswith("_fen") and isinstance(raw, int):
            return fmt.money(raw, str(args.get("currency") or "CNY"))
        if key.endswith("_date") and isinstance(raw, str):
            try:
                return fmt.day(date.fromisoformat(raw))
            except ValueError:
                return raw
        return str(raw)

    return " ".join(_PLACEHOLDER.sub(value, template).split())


def changes_for(tables: set[str]) -> Changes:
    """The ``Changes`` of writes to these data tables."""
    flags = {_TABLE_FLAGS.get(t) for t in tables}
    if None in flags:
        return Changes(lines=True, postings=True, repayments=True, settings=True)
    return Changes(lines="lines" in flags, postings="postings" in flags, repayments="repayments" in flags,
                   settings="settings" in flags)


class UndoService:
    """Undo and redo over a ``Store``; every method that changes something runs in one transaction."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def next_undo(self) -> StepInfo | None:
        """The step ``undo()`` would revert, or ``None`` when there is none."""
        return _info(self.store.undo.last_done())

    def next_redo(self) -> StepInfo | None:
        """The step ``redo()`` would apply again, or ``None``."""
        return _info(self.store.undo.first_undone())

    def history(self) -> list[StepInfo]:
        """Every step kept (at most ``MAX_STEPS``), newest first; undone ones have ``done`` false."""
        return [info for r in self.store.undo.steps() if (info := _info(r)) is not None]

    def undo(self, step_id: int | None = None) -> Changes:
        """Revert the newest step done; returns what changed (``ids["step"]`` is the step's id). With ``step_id``
        (the step the user was shown, the work running on another connection) only that step is reverted.

        Raises:
            UndoUnavailable: nothing to undo, or (``step_id``) another step is next now; the step is a restore (see
                ``restore_target``); or the rows are not as the step left them (the history is then cleared).
                Nothing was changed.
        """
        return self._revert(self.store.undo.last_done, step_id, UNDONE,
                            QT_TRANSLATE_NOOP("Errors", "there is nothing to undo"))

    def redo(self, step_id: int | None = None) -> Changes:
        """Apply again the step undone last (``step_id``: only that one); returns what changed. Raises
        ``UndoUnavailable`` as ``undo()``."""
        return self._revert(self.store.undo.first_undone, step_id, DONE,
                            QT_TRANSLATE_NOOP("Errors", "there is nothing to redo"))

    def size(self, step: StepInfo) -> int:
        """How many rows reverting ``step`` changes (an import's rows count one by one): the window reverts a
        large step off its GUI thread."""
        return self.store.undo.row_count(step.id)

    def _revert(self, next_step: Callable[[], StepRow | None], step_id: int | None, new_state: str,
                nothing: Message) -> Changes:
        step = _info(next_step())
        if step is None or (step_id is not None and step.id != step_id):
            raise UndoUnavailable("nothing", nothing if step is None else _CHANGED_MEANWHILE)
        if step.is_restore:
            raise UndoUnavailable("restore", QT_TRANSLATE_NOOP(
                "Errors", "a restore is reverted by restoring the copy of the data it saved"))
        try:
            with self.store.atomic():
                current = next_step()  # the step read above is still the next one (one writer at a time from here)
                if current is None or current.id != step.id:
                    raise UndoUnavailable("nothing", _CHANGED_MEANWHILE)
                tables = self.store.undo.revert(step.id, new_state)
        except UndoConflict as exc:
            self.clear()
            raise UndoUnavailable("conflict", QT_TRANSLATE_NOOP(
                "Errors", "the ledger was changed outside DebtLens since (%1); the undo history was cleared and "
                          "nothing was changed").arg(exc)) from None
        changes = changes_for(tables)
        return Changes(changes.lines, changes.postings, changes.repayments, changes.settings, {"step": step.id})

    def clear(self) -> None:
        """Forget the whole history (the data stays as it is, and so does its revision)."""
        with self.store.atomic(renews_revision=False):
            self.store.undo.clear()

    # -- restores --------------------------------------------------------------------------------------------
    @staticmethod
    def restore_target(step: StepInfo) -> Path:
        """The file that reverts the restore step ``step``: the copy saved when the data it replaced was swapped
        out (undo: the ``pre-restore`` backup; redo: the copy the undo saved).

        Raises:
            UndoUnavailable: not a restore step, or that file is gone (moved or deleted).
        """
        path = step.args.get("saved") if step.is_restore else None
        if not path or not Path(path).is_file():
            raise UndoUnavailable("file_gone", QT_TRANSLATE_NOOP(
                "Errors", "the copy of the data saved before that restore (%1) is gone").arg(path or "—"),
                Path(path) if path else None)
        return Path(path)

    def after_restore(self, restored_from: Path, saved: Path | None, reverted: StepInfo | None = None) -> bool:
        """Record in the database just restored (from ``restored_from``; ``saved`` the copy of the data it
        replaced, ``None`` when none could be made) the restore step that goes back to ``saved``:

        - a restore the user asked for (``reverted`` ``None``): a new step done, discarding the redo branch;
        - the undo of ``reverted``: the file now open is the data from before that restore; a step undone is
          added on top of its history, so redo restores ``saved`` (the data as it was with the restore done);
        - the redo of ``reverted``: the file now open is that copy, whose newest step done is the restore: it
          is pointed at ``saved`` for the next undo.

        A copy that is not a backup (the ``.damaged`` raw copy of a file that could not be read) gives no step.
        Returns whether a step now leads back to ``saved``.
        """
        if saved is None or saved.suffix != ".bak":
            return False
        args = {"file": (reverted.args.get("file") if reverted else None) or restored_from.name,
                "saved": str(saved)}
        with self.store.atomic(renews_revision=False):  # the restored data keeps its revision (and kept charts)
            undo = self.store.undo
            if reverted is None:
                undo.add_step(RESTORE_BACKUP, args, DONE)
            elif not reverted.done:  # a redo: the restore step is the newest one done in this copy
                last = undo.last_done()
                if last is not None and last.name == RESTORE_BACKUP:
                    undo.update_step(last.id, args=args)
                else:
                    undo.add_step(RESTORE_BACKUP, args, DONE)
            else:
                undo.add_step(RESTORE_BACKUP, args, UNDONE)
        return True
