"""Showing a :class:`~app.domain.messages.Message` in the user's language, at the edge (window or command line).

The edge passes its lookup — ``QCoreApplication.translate`` in the window, the command line's catalogue
(``app.cli.language``) — so this module stays free of Qt.
"""

from __future__ import annotations

from collections.abc import Callable

from app.domain.messages import Message, NameList, fill
from app.i18n.formatting import names

Lookup = Callable[[str, str], str]
"""``lookup(context, source) -> translation`` (the source itself when there is none)."""


def translated(text: object, lookup: Lookup) -> str:
    """``text`` in the user's language: a ``Message`` is looked up by its context and template, its arguments
    translated the same way (a reason inside a reason); a ``NameList`` is joined as a list in the active locale
    (``formatting.names``); any other value is shown as ``str(text)``."""
    if isinstance(text, NameList):
        return names([translated(item, lookup) for item in text])
    if not isinstance(text, Message):
        return str(text)
    template = lookup(text.context, text.template) or text.template
    return fill(template, (translated(value, lookup) for value in text.args))
