"""argparse in the command line's language.

Help texts are marked where they are written (``help=QT_TRANSLATE_NOOP("CliHelp", ...)``, also ``description=``)
and translated when help is shown; argparse's own words ("usage:", "options", "invalid choice: ...", "the
following arguments are required: ...") come from the same catalogue, context ``argparse`` (their English sources
are listed below so lupdate extracts them). In an English locale every text is shown as written.
"""

from __future__ import annotations

import argparse
from typing import Any

from app.cli.language import lookup, say
from app.domain.messages import QT_TRANSLATE_NOOP

#: argparse's own user-visible words (Python 3.11–3.13), as its source writes them.
ARGPARSE_WORDS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s arguments"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "can't open '%(filename)s': %(error)s"),
)


def _argparse_text(message: str) -> str:
    return lookup()("argparse", message)


def _argparse_plural(singular: str, plural: str, n: int) -> str:
    return _argparse_text(singular if n == 1 else plural)


# argparse looks its words up through its module's ``_`` and ``ngettext`` (gettext) each time it shows one; the
# command line is its own process, so routing them to our catalogue affects nothing else.
vars(argparse)["_"] = _argparse_text
vars(argparse)["ngettext"] = _argparse_plural


class HelpFormatter(argparse.HelpFormatter):
    """argparse's formatter, showing help texts and descriptions in the command line's language."""

    def _get_help_string(self, action: argparse.Action) -> str | None:
        return say(action.help) if action.help else action.help

    def add_text(self, text: str | None) -> None:
        super().add_text(say(text) if text and text is not argparse.SUPPRESS else text)


class Parser(argparse.ArgumentParser):
    """``argparse.ArgumentParser`` with ``HelpFormatter``; its sub-command parsers are ``Parser`` too
    (argparse makes them of the parent's class)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", HelpFormatter)
        super().__init__(*args, **kwargs)
