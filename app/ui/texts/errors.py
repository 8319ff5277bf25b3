"""Turning a ``ValidationError`` or ``NotFoundError`` into its reason in the user's language.

Every layer raises its reason as a :class:`~app.domain.messages.Message` (a template marked for lupdate where it
is raised, plus arguments), so the window translates it here without matching English text. A plain text (from a
library) is shown as it is, never as a traceback.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain.messages import QT_TRANSLATE_NOOP
from app.domain.errors import DebtLensError, NotFoundError, ValidationError
from app.ui.messages import message

NOT_FOUND = QT_TRANSLATE_NOOP("Errors", "no longer exists; the list was refreshed")

#: What the window calls the fields its file commands (back up, export, import, password) can name in a
#: ``ValidationError``. A field not here is a place in an imported file (``purchases[3].amount_fen``): the file's
#: own words, shown as they are so the place can be found.
FIELD_LABELS = {
    "out": QT_TRANSLATE_NOOP("Errors", "Export file"),
    "database": QT_TRANSLATE_NOOP("Errors", "Ledger file"),
    "file": QT_TRANSLATE_NOOP("Errors", "File"),
    "password": QT_TRANSLATE_NOOP("Errors", "Password"),
}


def reason(exc: ValidationError | NotFoundError) -> str:
    """The reason of ``exc`` in the active language."""
    if isinstance(exc, NotFoundError):
        return QCoreApplication.translate("Errors", NOT_FOUND)
    return message(exc.reason)


def file_problem(exc: Exception) -> str:
    """A file problem (a ``DatabaseError`` and the like: ``path`` and a ``reason`` Message) in the active language,
    ``<file>: <reason>``; any other exception as its text."""
    reason, path = getattr(exc, "reason", None), getattr(exc, "path", None)
    if reason is None:
        return str(exc)
    return f"{path}: {message(reason)}" if path else message(reason)


def field_label(field: str) -> str:
    """The translated label of ``field`` (``FIELD_LABELS``), or ``field`` itself when it has none."""
    label = FIELD_LABELS.get(field)
    return QCoreApplication.translate("Errors", label) if label else field


def problem(exc: Exception) -> str:
    """What went wrong, for people: a validation problem after its field's label (``Export file: is in the
    ledger's backup folder; …``), a file problem with its file (``file_problem``), anything else as its text."""
    if isinstance(exc, ValidationError):
        if not exc.field:
            return reason(exc)
        return QCoreApplication.translate("Errors", "%1: %2").replace("%1", field_label(exc.field)).replace(
            "%2", reason(exc))
    if isinstance(exc, DebtLensError):
        return file_problem(exc)
    return str(exc)
