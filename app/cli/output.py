"""Printing results: JSON for scripts (amounts in fen under ``*_fen`` keys, ISO dates) or text via babel."""

from __future__ import annotations

import json
import os
import re
import sys
from datetime import date
from decimal import Decimal
from enum import Enum

from app.domain.ledger_bounds import CONTROL
from app.cli.language import say

def _default(value: object) -> object:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)  # ratios only: money is always int fen
    if isinstance(value, Enum):
        return value.value
    raise TypeError(f"cannot serialise {type(value).__name__}")


def print_json(data: object) -> None:
    """Print ``data`` as indented UTF-8 JSON."""
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=_default)
    sys.stdout.write("\n")


_ANSI = re.compile(r"\x1b\[[0-9;]*m")
#: Private-use marks around a word ``alert`` colours: only these become terminal codes, after every cell has been
#: cleaned of control characters (a shop name with an escape sequence must print as text, never act on the terminal).
_ALERT_ON, _ALERT_OFF = "\ue000", "\ue001"
_CONTROL = CONTROL


def alert(word: str) -> str:
    """``word`` marked to print in bold red on a terminal (not when piped, nor with ``NO_COLOR`` set,
    https://no-color.org); ``print_table`` turns the mark into colour."""
    if os.environ.get("NO_COLOR") or not sys.stdout.isatty():
        return word
    return f"{_ALERT_ON}{word}{_ALERT_OFF}"


def safe(text: str) -> str:
    """``text`` with control characters shown escaped (``\\x1b``) instead of printed raw."""
    return _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def print_table(headers: str | list[str], rows: list[list[str]]) -> None:
    """Print a plain text table with columns padded to their widest cell (East Asian wide chars count 2).

    ``headers`` is one template of ``|``-separated column names (``QT_TRANSLATE_NOOP("Cli", "due|line|amount")``,
    so a translator sees a table's columns together) or a list; it and any cell that is a
    :class:`~app.domain.messages.Message` are shown in the command line's language.
    """
    if isinstance(headers, str):
        headers = say(headers).split("|")
    import unicodedata

    def width(text: str) -> int:
        return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text
                   if ch not in (_ALERT_ON, _ALERT_OFF))

    table = [[safe(say(cell)) for cell in row] for row in [headers] + rows]
    cols = [max(width(r[i]) for r in table) for i in range(len(headers))]
    for row in table:
        line = "  ".join(cell + " " * (cols[i] - width(cell)) for i, cell in enumerate(row)).rstrip()
        print(line.replace(_ALERT_ON, "\x1b[1;31m").replace(_ALERT_OFF, "\x1b[0m"))
