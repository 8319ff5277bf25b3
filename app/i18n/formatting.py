"""Formatting for people, with babel, in one place: widgets and CLI output never format numbers themselves.

Money comes in as int minor units and is turned into ``Decimal`` before babel sees it, so no float is involved.
"""

from __future__ import annotations

import locale as _locale
import os
from datetime import date
from decimal import Decimal

from babel import Locale, UnknownLocaleError
from babel.dates import format_date as _format_date
from babel.lists import format_list
from babel.numbers import NumberFormatError, format_currency, format_decimal, format_percent, parse_decimal

from app.domain.errors import ValidationError
from app.domain.money import exponent_of, parse_amount

_active = "en_US"


def system_locale() -> str:
    """The locale named by the environment (LC_ALL, LC_MESSAGES, LANG), ``en_US`` when none is usable."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "").split(".")[0]
        if value and value not in ("C", "POSIX"):
            try:
                return str(Locale.parse(value))
            except (ValueError, UnknownLocaleError):
                continue
    try:
        code = _locale.getlocale()[0]
        if code:
            return str(Locale.parse(code))
    except (ValueError, UnknownLocaleError):
        pass
    return "en_US"


def set_locale(code: str) -> str:
    """Make ``code`` (``zh_CN``, ``en_US`` ...) the active formatting locale; returns the code used."""
    global _active
    try:
        _active = str(Locale.parse(code.replace("-", "_")))
    except (ValueError, UnknownLocaleError):
        _active = "en_US"
    return _active


def active_locale() -> str:
    """The active formatting locale code."""
    return _active


def money(fen: int, currency: str = "CNY", locale: str | None = None, symbol: bool = True) -> str:
    """``12345`` -> ``¥123.45`` (zh_CN: ``¥123.45``; en_US: ``CN¥123.45``)."""
    value = Decimal(fen).scaleb(-exponent_of(currency))
    loc = locale or _active
    if not symbol:
        return format_decimal(value, format="#,##0.00" if exponent_of(currency) else "#,##0", locale=loc)
    if currency == "CNY":  # "CN¥" in English locales reads oddly for a Chinese product; use the plain sign
        return "¥" + format_decimal(value, format="#,##0.00;-#,##0.00", locale=loc) if value >= 0 else (
            "-¥" + format_decimal(-value, format="#,##0.00", locale=loc))
    return format_currency(value, currency, locale=loc)


def money_whole(fen: int, currency: str = "CNY", locale: str | None = None) -> str:
    """Whole major units for chart axes: ``500000`` -> ``¥5,000`` (the fraction is dropped, rounding down)."""
    whole = abs(fen) // 10 ** exponent_of(currency)
    text = format_decimal(whole, format="#,##0", locale=locale or _active)
    sign = "-" if fen < 0 else ""
    return f"{sign}¥{text}" if currency == "CNY" else f"{sign}{text} {currency}"


def percent(fraction: Decimal | None, locale: str | None = None, decimals: int = 1) -> str:
    """``Decimal('0.3375')`` -> ``33.8%`` (``—`` for ``None``)."""
    if fraction is None:
        return "—"
    pattern = "#,##0." + "0" * decimals + "%" if decimals else "#,##0%"
    return format_percent(Decimal(fraction), format=pattern, locale=locale or _active)


def names(items: list[str], locale: str | None = None) -> str:
    """Names as a list in a sentence: ``A, B and C`` / ``A、B和C``."""
    return format_list(list(items), locale=locale or _active) if items else ""


def day(value: date, locale: str | None = None, fmt: str = "medium") -> str:
    """A date for people: ``2024年3月10日`` / ``Mar 10, 2024``."""
    return _format_date(value, format=fmt, locale=locale or _active)


def month(value: date, locale: str | None = None) -> str:
    """A month for chart axes: ``2024年3月`` / ``Mar 2024``."""
    loc = locale or _active
    return _format_date(value, format="yyyy年M月" if loc.startswith("zh") else "MMM yyyy", locale=loc)


def parse_money(text: str, currency: str = "CNY", locale: str | None = None, field: str = "amount",
                allow_zero: bool = False) -> int:
    """Parse an amount typed in the active locale (``1.234,56`` in de_DE) into minor units.

    Raises:
        ValidationError: naming ``field``, for anything ``money.parse_amount`` refuses.
    """
    loc = locale or _active
    cleaned = (text or "").strip()
    for sign in ("¥", "￥", "元", "CN¥", "$", "€", "£"):
        cleaned = cleaned.replace(sign, "")
    cleaned = cleaned.strip()
    if not cleaned:
        raise ValidationError(field, text, "is empty")
    try:
        number = parse_decimal(cleaned, locale=loc, strict=True)
    except NumberFormatError:
        return parse_amount(cleaned, field=field, currency=currency, allow_zero=allow_zero)
    return parse_amount(number, field=field, currency=currency, allow_zero=allow_zero)
