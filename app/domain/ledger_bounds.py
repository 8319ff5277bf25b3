"""What a ledger keeps, in one place for the dialogs, the command line, the importers and the JSON restore: the
days it accepts, the longest text it stores, and the characters no stored text carries."""

from __future__ import annotations

import re
from datetime import date

#: The first and last day a purchase, repayment or limit may fall on: wider than any real bill, narrow enough that
#: a typo (2204 for 2024) or a misread file date (1899-12-30, an empty spreadsheet cell) is caught.
FIRST_DAY = date(1990, 1, 1)
LAST_DAY = date(2100, 12, 31)

#: The longest text (notes, dedupe keys) a ledger and its JSON export hold, characters.
MAX_STORED_TEXT = 1000

#: Runs of characters a terminal or a label would act on, or that hide text: C0 and C1 controls, DEL, the line and
#: paragraph separators, bidirectional overrides and isolates, and a stray byte-order mark (U+FEFF). Spaces of
#: every width (U+3000, U+00A0) and joiners inside emoji are text, not control characters.
CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]+")


def within(day: date) -> bool:
    """Whether ``day`` is one a ledger keeps (``FIRST_DAY`` to ``LAST_DAY``, both included)."""
    return FIRST_DAY <= day <= LAST_DAY


def has_control(text: str, allowed: str = "") -> bool:
    """Whether ``text`` holds a control character (see ``CONTROL``) other than those in ``allowed``."""
    return any(ch not in allowed for run in CONTROL.findall(text) for ch in run)


def printable(text: str) -> str:
    """``text`` with each run of control characters replaced by one space, trimmed."""
    return CONTROL.sub(" ", text).strip()
