"""Messages for people, kept as a translation key plus arguments until the edge (window, command line) shows them.

Any layer that explains something to a person — an error's reason, a skipped import row, a warning — writes::

    QT_TRANSLATE_NOOP("Errors", "has more than %1 decimals").arg(places)

``QT_TRANSLATE_NOOP`` here is plain Python (the domain has no Qt); it has Qt's name so ``pyside6-lupdate`` extracts
the source text into ``translations/debtlens_zh_CN.ts``. The result is a :class:`Message`: a ``str`` whose value is
the English sentence (so logs, tests and English output read as before) and which also carries the context, the
template and the arguments. ``app.i18n.messages.translated`` turns it into the user's language; nothing ever matches
English text back to find its translation. (Pattern: Qt's ``tr("…%1").arg(x)``; Anki's keyed messages.)
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def fill(template: str, values: Iterable[object]) -> str:
    """``template`` with ``%1`` … ``%n`` replaced by ``str(values[i-1])`` in one pass.

    One pass, so a value that itself contains ``%2`` is never filled again, and ``%1`` never eats the start of
    ``%10``. A ``%`` not followed by the number of a value stays as it is.
    """
    parts = [str(v) for v in values]
    if "%" not in template:
        return template

    def value(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return parts[number - 1] if 1 <= number <= len(parts) else match.group(0)

    return _PLACEHOLDER.sub(value, template)


_PLACEHOLDER = re.compile(r"%(\d+)")


class Message(str):
    """An English sentence (the ``str`` value) that remembers how to say it in another language.

    Attributes:
        context: the Qt translation context (``"Errors"``, ``"ImportTexts"`` …).
        template: the source text with ``%1`` … ``%n`` placeholders, as extracted into the ``.ts`` file.
        args: the values for the placeholders; a value that is itself a ``Message`` is translated too.
    """

    __slots__ = ("context", "template", "args")
    context: str
    template: str
    args: tuple[object, ...]

    def __new__(cls, context: str, template: str, args: tuple[object, ...] = ()) -> Message:
        self = super().__new__(cls, fill(template, args) if args else template)
        self.context = context
        self.template = template
        self.args = args
        return self

    def arg(self, *values: object) -> Message:
        """This message with ``values`` for its placeholders (``%1`` is the first), like Qt's ``QString.arg``."""
        return Message(self.context, self.template, self.args + values)

    def __reduce__(self) -> tuple[object, ...]:
        return (Message, (self.context, self.template, self.args))

    def __repr__(self) -> str:
        return f"Message({self.context!r}, {str(self)!r})"


class NameList(tuple[object, ...]):
    """Items to show as a list in a sentence, as one argument of a :class:`Message`: the edge translates each item
    and joins them in the user's language (``A, B, and C``; Chinese ``A、B和C``: babel's list patterns, the same as
    ``formatting.names``). ``str()`` is the English form."""

    __slots__ = ()

    def __str__(self) -> str:
        items = [str(item) for item in self]
        if len(items) <= 2:
            return " and ".join(items)
        return ", ".join(items[:-1]) + ", and " + items[-1]


def QT_TRANSLATE_NOOP(context: str, source: str) -> Message:
    """Mark ``source`` for translation in ``context`` and return it as a :class:`Message` (still English)."""
    return Message(context, source)
