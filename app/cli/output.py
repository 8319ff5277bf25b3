"""Printing results: JSON for scripts (amounts in fen under ``*_fen`` keys, ISO dates) or text via babel."""

from __future__ import annotations

import json
import os
import re
import sys
from datetime import date
from decimal import Decimal
from enum import Enum


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


def alert(word: str) -> str:
    """``word`` in bold red on a terminal (not when piped, nor with ``NO_COLOR`` set, https://no-color.org)."""
    if os.environ.get("NO_COLOR") or not sys.stdout.isatty():
        return word
    return f"\x1b[1;31m{word}\x1b[0m"


def print_table(headers: list[str], rows: list[list[str]]) -> None:
    """Print a plain text table with columns padded to their widest cell (East Asian wide chars count 2)."""
    import unicodedata

    def width(text: str) -> int:
        return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in _ANSI.sub("", text))

    cols = [max([width(h)] + [width(r[i]) for r in rows]) for i, h in enumerate(headers)]
    for row in [headers] + rows:
        print("  ".join(cell + " " * (cols[i] - width(cell)) for i, cell in enumerate(row)).rstrip())
