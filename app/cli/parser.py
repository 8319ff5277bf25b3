"""argparse in the command line's language.

Help texts are marked where they are written (``help=QT_TRANSLATE_NOOP("CliHelp", ...)``, also ``description=``)
and translated when help is shown; argparse's own words ("usage:", "options", "invalid choice: ...", "the
following arguments are required: ...") come from the same catalogue, context ``argparse`` (their English sources
are listed below so lupdate extracts them). In an English locale every text is shown as written.
"""

from __future__ import annotations

import argparse
import os
import sys
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

    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 24,
                 width: int | None = None) -> None:
        # argparse makes a formatter for every argument added and asks shutil for the width: loading shutil (with
        # its compression modules) cost 3 ms of every command. The same answer: $COLUMNS, the terminal, else 80.
        super().__init__(prog, indent_increment, max_help_position, terminal_width() - 2 if width is None else width)

    def _get_help_string(self, action: argparse.Action) -> str | None:
        return say(action.help) if action.help else action.help

    def add_text(self, text: str | None) -> None:
        super().add_text(say(text) if text and text is not argparse.SUPPRESS else text)


def terminal_width() -> int:
    """Columns of the terminal as ``shutil.get_terminal_size().columns`` gives them: ``$COLUMNS`` when set and
    positive, else the size of the terminal on standard output, else 80."""
    try:
        columns = int(os.environ.get("COLUMNS", "0"))
    except ValueError:
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns if sys.__stdout__ else 0
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns or 80


class Parser(argparse.ArgumentParser):
    """``argparse.ArgumentParser`` with ``HelpFormatter``; its sub-command parsers are ``Parser`` too
    (argparse makes them of the parent's class)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", HelpFormatter)
        super().__init__(*args, **kwargs)
