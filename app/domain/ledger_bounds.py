"""What a ledger keeps, in one place for the dialogs, the command line, the importers and the JSON restore: the
days it accepts, the longest text it stores, and the characters no stored text carries."""

from __future__ import annotations

import re
from datetime import date

#: The first and last day a purchase, repayment or limit may fall on: wider than any real bill, narrow enough that
#: a typo (2204 for 2024) or a misread file date (1899-12-30, an empty spreadsheet cell) is caught.
FIRST_DAY = date(1990, 1, 1)
LAST_DAY = date(2100, 12, 31)

#: Days after today a purchase may be dated without a question: a shop or a wallet can post a day or two ahead of
#: the user's own calendar (time zones, a charge dated when it ships). A date further ahead is almost always a typo
#: (2027 for 2026, the wrong month): the purchase dialog asks before saving it, ``debtlens purchase add`` refuses it
#: without ``--allow-future`` and an import leaves such a row out, naming its date. A product decision [I].
DAYS_AHEAD_ALLOWED = 3

#: The longest text (notes, dedupe keys) a ledger and its JSON export hold, characters.
MAX_STORED_TEXT = 1000

#: Runs of characters a terminal or a label would act on, or that hide text: C0 and C1 controls, DEL, the line and
#: paragraph separators, bidirectional overrides and isolates, and a stray byte-order mark (U+FEFF). Spaces of
#: every width (U+3000, U+00A0) and joiners inside emoji are text, not control characters.
CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]+")


def within(day: date) -> bool:
    """Whether ``day`` is one a ledger keeps (``FIRST_DAY`` to ``LAST_DAY``, both included)."""
    return FIRST_DAY <= day <= LAST_DAY


def days_ahead(day: date, today: date) -> int:
    """How many days ``day`` is after ``today``: ``days_ahead(2027-01-08, 2026-03-20)`` -> 294; 0 or less for
    today and the past."""
    return (day - today).days


def far_ahead(day: date, today: date) -> bool:
    """Whether ``day`` is more than ``DAYS_AHEAD_ALLOWED`` (3) days after ``today``: seen from 2026-03-20,
    2026-03-23 is not, 2026-03-24 is."""
    return days_ahead(day, today) > DAYS_AHEAD_ALLOWED


def has_control(text: str, allowed: str = "") -> bool:
    """Whether ``text`` holds a control character (see ``CONTROL``) other than those in ``allowed``."""
    return any(ch not in allowed for run in CONTROL.findall(text) for ch in run)


def printable(text: str) -> str:
    """``text`` with each run of control characters replaced by one space, trimmed."""
    return CONTROL.sub(" ", text).strip()
