"""The Edit menu's Undo and Redo for the main window (``app.services.undo``).

"Undo <step>" reverts the newest change done, "Redo <step>" applies again the one undone last (Ctrl+Z and
Ctrl+Shift+Z, the platform's standard keys); the menu names the step in the user's language ("Undo delete purchase
¥129.00" / "撤销 删除消费 ¥129.00"). A text field with the focus keeps Ctrl+Z for its own text. The texts and
enabled states follow every change the session broadcasts, a switch of database and a change of language. A
restore from a backup is undone by restoring the automatic ``pre-restore`` backup it saved (``Session.restore_backup``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox

from app.domain.errors import DebtLensError
from app.domain.messages import QT_TRANSLATE_NOOP
from app.services.changes import Changes
from app.services.undo import StepInfo, UndoService, UndoUnavailable
from app.storage.db import DatabaseError
from app.ui.messages import message
from app.ui.texts import errors
from app.ui.session import Session

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

#: Every step name of ``app.services.undo``, for lupdate (context "UndoSteps"); a test checks none is missing.
STEP_NAMES = (
    QT_TRANSLATE_NOOP("UndoSteps", "Add credit line {line}"),
    QT_TRANSLATE_NOOP("UndoSteps", "Edit credit line {line}"),
    QT_TRANSLATE_NOOP("UndoSteps", "Archive credit line {line}"),
    QT_TRANSLATE_NOOP("UndoSteps", "Show credit line {line} again"),
    QT_TRANSLATE_NOOP("UndoSteps", "Delete credit line {line}"),
    QT_TRANSLATE_NOOP("UndoSteps", "Change the limit of {line} to {limit_fen}"),
    QT_TRANSLATE_NOOP("UndoSteps", "Add purchase {amount_fen}"),
    QT_TRANSLATE_NOOP("UndoSteps", "Edit purchase {amount_fen}"),
    QT_TRANSLATE_NOOP("UndoSteps", "Delete purchase {amount_fen}"),
    QT_TRANSLATE_NOOP("UndoSteps", "Record refund {amount_fen}"),
    QT_TRANSLATE_NOOP("UndoSteps", "Record repayment {amount_fen}"),
    QT_TRANSLATE_NOOP("UndoSteps", "Delete repayment {amount_fen}"),
    QT_TRANSLATE_NOOP("UndoSteps", "Mark the automatic repayment of {statement_date} as failed"),
    QT_TRANSLATE_NOOP("UndoSteps", "Clear the failed automatic repayment of {statement_date}"),
    QT_TRANSLATE_NOOP("UndoSteps", "Pay off installment plan early ({amount_fen})"),
    QT_TRANSLATE_NOOP("UndoSteps", "Turn the bill of {statement_date} into {periods} installments"),
    QT_TRANSLATE_NOOP("UndoSteps", "Import {file}"),
    QT_TRANSLATE_NOOP("UndoSteps", "Import a JSON export"),
    QT_TRANSLATE_NOOP("UndoSteps", "Change monthly income"),
    QT_TRANSLATE_NOOP("UndoSteps", "Change the default credit line"),
    QT_TRANSLATE_NOOP("UndoSteps", "Change monthly housing payment"),
    QT_TRANSLATE_NOOP("UndoSteps", "Change the warning thresholds"),
    QT_TRANSLATE_NOOP("UndoSteps", "Restore backup {file}"),
)


#: Steps that change at least this many rows are reverted on the session's worker thread, not the GUI thread
#: (a 10,000-row import takes about 0.2 s to undo on a 2-core machine: noticeable, so it is not done in the window).
OFF_THREAD_ROWS = 2000


def step_text(step: StepInfo) -> str:
    """The step's name in the active language, its amounts and dates formatted (``steps.step_text``)."""
    return step.text(lambda name: QCoreApplication.translate("UndoSteps", name))


def in_sentence(text: str) -> str:
    """``text`` as it reads after a verb ("Undo delete purchase ¥129.00"): a capital first letter followed by a
    small one is lowered; other texts (Chinese, "JSON ...") stay as they are."""
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        return text[0].lower() + text[1:]
    return text


def _shortcuts(standard: QKeySequence.StandardKey, fallback: str) -> list[QKeySequence]:
    """The platform's keys for ``standard`` with ``fallback`` first (Ctrl+Z / Ctrl+Shift+Z everywhere)."""
    keys = [QKeySequence(fallback)]
    keys += [k for k in QKeySequence.keyBindings(standard) if k not in keys]
    return keys


class UndoActions(QObject):
    """The Undo and Redo actions of ``window`` (a ``MainWindow``: its status bar and ``dialog`` attribute, which
    tests read) over ``session``. Emits ``reverted(text)`` after an undo or redo with what the status bar says."""

    reverted = Signal(str)

    def __init__(self, window: MainWindow, session: Session) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        #: A large step is being reverted on the worker (``_revert_in_background``).
        self.busy = False
        self.undo = QAction("", window)
        self.undo.setObjectName("undoAction")
        self.undo.setShortcuts(_shortcuts(QKeySequence.StandardKey.Undo, "Ctrl+Z"))
        self.redo = QAction("", window)
        self.redo.setObjectName("redoAction")
        self.redo.setShortcuts(_shortcuts(QKeySequence.StandardKey.Redo, "Ctrl+Shift+Z"))
        for action in (self.undo, self.redo):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            window.addAction(action)  # the keys work with the menu bar hidden (presentation mode)
        self.undo.triggered.connect(self.trigger_undo)
        self.redo.triggered.connect(self.trigger_redo)
        session.changed.connect(self.refresh)
        session.database_switched.connect(self.refresh)

    # -- state ----------------------------------------------------------------------------------------------
    def refresh(self, *_args: object) -> None:
        """Name the next undo and redo in the actions and enable them when there is one (not while a large step
        is being reverted in the background)."""
        if not self.session.is_open:
            return
        try:
            undo, redo = self.session.undo.next_undo(), self.session.undo.next_redo()
        except DebtLensError:  # a busy or broken file: nothing offered rather than a crash in a slot
            undo = redo = None
        self.undo.setEnabled(undo is not None and not self.busy)
        self.redo.setEnabled(redo is not None and not self.busy)
        self.undo.setText(self.tr("&Undo %1").replace("%1", in_sentence(step_text(undo)))
                          if undo else self.tr("&Undo"))
        self.redo.setText(self.tr("&Redo %1").replace("%1", in_sentence(step_text(redo)))
                          if redo else self.tr("&Redo"))
        self.undo.setToolTip(self.undo.text().replace("&", ""))
        self.redo.setToolTip(self.redo.text().replace("&", ""))

    def retranslate_ui(self) -> None:
        """Set the texts in the active language."""
        self.refresh()

    # -- undo / redo ----------------------------------------------------------------------------------------
    def trigger_undo(self) -> None:
        """Undo the newest step done (a restore: restore the data it replaced)."""
        self._revert(self.session.undo.next_undo(), undo=True)

    def trigger_redo(self) -> None:
        """Redo the step undone last."""
        self._revert(self.session.undo.next_redo(), undo=False)

    def _revert(self, step: StepInfo | None, undo: bool) -> None:
        if step is None or not self.session.is_open or self.busy:
            return
        name = step_text(step)
        try:
            if step.is_restore:
                target = self.session.undo.restore_target(step)
                QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
                try:
                    self.session.restore_backup(target, reverting=step)
                finally:
                    QApplication.restoreOverrideCursor()
            elif self.session.undo.size(step) >= OFF_THREAD_ROWS and self.session.tasks is not None:
                self._revert_in_background(step, name, undo)
                return
            else:
                self.session.apply(self.session.undo.undo if undo else self.session.undo.redo, step.id)
        except UndoUnavailable as exc:
            self._problem(name, undo, self._reason(exc))
            self.refresh()
            return
        except (DatabaseError, OSError) as exc:  # a file problem: names the file and the reason
            self._problem(name, undo, errors.file_problem(exc))
            self.refresh()
            return
        self._reverted(name, undo)

    def _reverted(self, name: str, undo: bool) -> None:
        text = (self.tr("Undone: %1") if undo else self.tr("Redone: %1")).replace("%1", name)
        self.window.statusBar().showMessage(text, 10000)
        self.reverted.emit(text)

    def _revert_in_background(self, step: StepInfo, name: str, undo: bool) -> None:
        """Revert a large step (an import of thousands of rows) on the session's worker, the window staying
        responsive: both actions are off meanwhile, the status bar says what is being undone."""
        step_id = step.id

        def work(store) -> Changes:
            service = UndoService(store)
            return service.undo(step_id) if undo else service.redo(step_id)

        def done(changes: Changes) -> None:
            self.busy = False
            QApplication.restoreOverrideCursor()
            self.session.changed.emit(changes)  # every view and these actions refresh
            self._reverted(name, undo)

        def failed(exc: Exception) -> None:
            self.busy = False
            QApplication.restoreOverrideCursor()
            self.refresh()
            if isinstance(exc, UndoUnavailable):
                self._problem(name, undo, self._reason(exc))
            elif isinstance(exc, (DatabaseError, OSError)):
                self._problem(name, undo, errors.file_problem(exc))
            else:
                raise exc

        self.busy = True
        self.undo.setEnabled(False)
        self.redo.setEnabled(False)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        self.window.statusBar().showMessage(
            (self.tr("Undoing %1…") if undo else self.tr("Redoing %1…")).replace("%1", name))
        self.session.submit(work, done, failed)

    def _reason(self, exc: UndoUnavailable) -> str:
        if exc.kind == "conflict":
            return self.tr("The data was changed outside DebtLens since, so the undo history no longer matches it. "
                           "The history was cleared; your data is as it was.")
        if exc.kind == "file_gone":
            return self.tr("The copy of your data saved before the restore (%1) was moved or deleted.").replace(
                "%1", str(exc.path or "—"))
        return message(exc.reason)

    def _problem(self, name: str, undo: bool, detail: str) -> None:
        title = self.tr("Undo") if undo else self.tr("Redo")
        text = (self.tr("“%1” could not be undone; nothing was changed.") if undo
                else self.tr("“%1” could not be redone; nothing was changed.")).replace("%1", name)
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("undoProblem")
        box.setInformativeText(detail)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.window.dialog = box
        box.open()
