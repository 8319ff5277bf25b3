"""Error messages on the command line: internal field names shown as the option the user typed, values shown
short and readable (``str``, not ``repr``; money in yuan, rates in %).

``OPTION_NAMES`` is the one table from the field names the domain and services raise (``statement_day``,
``daily_penalty_rate`` ...) to the command line's options; ``COMMAND_OPTION_NAMES`` holds the few that differ by
command (``name`` is NAME for ``line add`` but ``--rename`` for ``line edit``).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from app.domain.errors import NotFoundError, ValidationError
from app.domain.messages import QT_TRANSLATE_NOOP, Message

MAX_VALUE_CHARS = 60

OPTION_NAMES: dict[str, str] = {
    # credit lines
    "name": "NAME",
    "limit": "--limit",
    "statement_day": "--statement-day",
    "due_day": "--due-day",
    "min_payment": "--min-payment",
    "min_payment_rate": "--min-payment",
    "penalty_rate": "--penalty-rate",
    "daily_penalty_rate": "--penalty-rate",
    "grace_days": "--grace-days",
    "currency": "--currency",
    "fee_presets": "--fee-preset",
    "fee_preset": "--fee-preset",
    "rename": "--rename",
    "from": "--from",
    "effective": "--from",
    # purchases, refunds, repayments
    "line": "--line",
    "from_line": "--from-line",
    "date": "--date",
    "posted_on": "--date",
    "paid_on": "--date",
    "amount": "--amount",
    "amount_fen": "--amount",
    "merchant": "--merchant",
    "category": "--category",
    "note": "--note",
    "description": "--note",
    "installments": "--installments",
    "fee_rate": "--fee-rate",
    "merchant_paid": "--merchant-paid",
    "purchase": "--purchase",
    "statement": "--statement",
    "id": "ID",
    "today": "--today",
    "database": "--db",
    "moment": "--moment",
    "months": "--months",
    "income": "AMOUNT",
    "monthly_income": "AMOUNT",
    # plan
    "periods": "--periods",
    "purchase_date": "--purchase-date",
    "first_due": "--first-due",
    "balance": "--balance",
    "apr": "--apr",
    "min_rule": "--min-rule",
    "min_pct": "--min-rule",
    "min_floor": "--min-floor",
    "debt": "--debt",
    "debts": "--debt",
    "debt balance": "--debt BALANCE",
    "debt apr": "--debt APR",
    "debt minimum": "--debt MINIMUM",
    "budget": "--budget",
    "order": "--order",
    "price": "--price",
    # limits
    "max_plans": "--max-plans",
    "monthly_cap": "--monthly-cap",
    "my_limit": "--limit",
    "wait_bands": "--bands",
    "pay_day": "--pay-day",
    "cash": "--cash",
    "wish": "ID",
    "contract": "--contract",
    "received": "--received",
    "start": "--start",
    "pay": "--pay",
    "repayments": "--pay",
    "fee": "--fee",
    "fees": "--fee",
    # data
    "file": "FILE",
    "out": "--out",
    "backup": "BACKUP",
    "db": "--db",
    "month": "--month",
    "password": "DEBTLENS_PASSWORD",
}

#: ``(command path, field) -> option`` where a command names a field differently.
COMMAND_OPTION_NAMES: dict[tuple[str, str], str] = {
    ("line edit", "name"): "--rename",
    ("wishlist add", "name"): "--name",
    ("limits budget", "budget"): "--cap",
}

#: Fields whose whole-number values are amounts in fen (a service checked a parsed amount): shown in yuan.
MONEY_FIELDS = {"amount", "amount_fen", "limit", "price", "budget", "balance", "income", "monthly_income",
                "min_floor", "debt balance", "debt minimum", "contract", "received", "repayments", "fees", "monthly_cap", "my_limit", "cash"}


def option_name(field: str, command: str = "") -> str:
    """The command-line option for an internal ``field`` name (``statement_day`` -> ``--statement-day``);
    unknown fields and ones that already look like options are returned as they are."""
    if (command, field) in COMMAND_OPTION_NAMES:
        return COMMAND_OPTION_NAMES[(command, field)]
    return OPTION_NAMES.get(field, field)


def show_value(value: object, field: str = "") -> str:
    """``value`` for a message: ``str`` not ``repr``, dates ISO, rates in %, fen in yuan, control characters
    escaped, cut to ``MAX_VALUE_CHARS``; ``""`` for nothing (``None`` or empty text)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return ""
    if isinstance(value, Decimal):
        text = f"{(value * 100).normalize():f}%" if value.is_finite() else str(value)
    elif isinstance(value, int) and not isinstance(value, bool) and field in MONEY_FIELDS:
        text = f"{Decimal(value).scaleb(-2):f}"
    elif isinstance(value, date):
        text = value.isoformat()
    else:
        text = str(value)
    text = "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii") for ch in text)
    if len(text) > MAX_VALUE_CHARS:
        text = text[: MAX_VALUE_CHARS - 1] + "…"
    return text


#: The command line's frames around a refused input (translated with the reason, at the edge: ``language.say``).
REFUSED = QT_TRANSLATE_NOOP("Cli", "%1: %2 (got %3)")
REFUSED_NO_VALUE = QT_TRANSLATE_NOOP("Cli", "%1: %2")
NOT_FOUND = QT_TRANSLATE_NOOP("Cli", "%1 not found: %2")
NOT_FOUND_NO_KEY = QT_TRANSLATE_NOOP("Cli", "%1 not found")
UNCHANGED = QT_TRANSLATE_NOOP("Cli", "debtlens: error: %1; nothing was changed")


def error_text(exc: ValidationError | NotFoundError, command: str = "") -> Message:
    """The one-line message for a refused input, without the ``debtlens: error:`` prefix.

    ``ValidationError("statement_day", "0", "must be from 1 to 31")`` -> ``--statement-day: must be from 1 to 31
    (got 0)``; ``NotFoundError("credit line", "x")`` -> ``credit line not found: x``. A :class:`Message`: English as
    ``str``, Chinese through ``language.say``.
    """
    if isinstance(exc, NotFoundError):
        shown = show_value(exc.key)
        return NOT_FOUND.arg(exc.what, shown) if shown else NOT_FOUND_NO_KEY.arg(exc.what)
    shown = show_value(exc.value, exc.field)
    option = option_name(exc.field, command)
    return REFUSED.arg(option, exc.reason, shown) if shown else REFUSED_NO_VALUE.arg(option, exc.reason)
