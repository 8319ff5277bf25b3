"""The window's edge for :class:`~app.domain.messages.Message`: any text from below the UI, in the active language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.i18n.messages import translated


def message(text: object) -> str:
    """``text`` (a ``Message`` from any layer, or plain text) in the language of the installed translators."""
    return translated(text, QCoreApplication.translate)
