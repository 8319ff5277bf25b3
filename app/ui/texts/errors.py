"""Turning a ``ValidationError`` or ``NotFoundError`` into its reason in the user's language.

Every layer raises its reason as a :class:`~app.domain.messages.Message` (a template marked for lupdate where it
is raised, plus arguments), so the window translates it here without matching English text. A plain text (from a
library) is shown as it is, never as a traceback.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain.messages import QT_TRANSLATE_NOOP
from app.domain.errors import NotFoundError, ValidationError
from app.ui.messages import message

NOT_FOUND = QT_TRANSLATE_NOOP("Errors", "no longer exists; the list was refreshed")


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
