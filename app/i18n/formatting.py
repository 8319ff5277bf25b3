"""Formatting for people, with babel, in one place: widgets and CLI output never format numbers themselves.

Money comes in as int minor units and is turned into ``Decimal`` before babel sees it, so no float is involved.
"""

from __future__ import annotations

import functools
import locale as _locale
import os
from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from babel import Locale, UnknownLocaleError
from babel.numbers import format_currency, format_decimal, format_percent

from app.domain.currency_totals import Amounts
from app.domain.errors import ValidationError
from app.domain.money import exponent_of, parse_amount, too_many_decimals
from app.domain.messages import QT_TRANSLATE_NOOP

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


@functools.lru_cache(maxsize=16)
def _babel(code: str) -> Locale:
    """babel's ``Locale`` for ``code``, made once: given a code string, each babel call parses it again (a table of
    250 amounts spent 4 ms on that alone)."""
    return Locale.parse(code)


def active_locale() -> str:
    """The active formatting locale code."""
    return _active


# Between the figures of different currencies: ``¥3,200.00 · $150.00``.
AMOUNT_SEPARATOR = " · "

#: What a masked amount shows (presentation mode: the room guesses before the trainer reveals).
MASK = "•••"
_masked = False


def set_masked(masked: bool) -> None:
    """Show every amount with a currency sign as ``¥•••`` (``True``) or in full. Amounts without a sign (what
    an entry field is filled with) are never masked, so editing still works."""
    global _masked
    _masked = masked


def masked() -> bool:
    """Whether amounts are masked."""
    return _masked


def money(fen: int, currency: str = "CNY", locale: str | None = None, symbol: bool = True,
          reveal: bool = False) -> str:
    """``12345`` -> ``¥123.45`` (zh_CN: ``¥123.45``; en_US: ``CN¥123.45``); ``¥•••`` while masked, unless
    ``reveal`` (a printed handout: paper is not the projector the room is guessing at)."""
    if _masked and symbol and not reveal:
        return f"¥{MASK}" if currency == "CNY" else f"{MASK} {currency}"
    value = Decimal(fen).scaleb(-exponent_of(currency))
    loc = _babel(locale or _active)
    if not symbol:
        decimals = exponent_of(currency)  # 3 for KWD, 0 for JPY: the field shows what the currency has
        return format_decimal(value, format="#,##0." + "0" * decimals if decimals else "#,##0", locale=loc)
    if currency == "CNY":  # "CN¥" in English locales reads oddly for a Chinese product; use the plain sign
        return "¥" + format_decimal(value, format="#,##0.00;-#,##0.00", locale=loc) if value >= 0 else (
            "-¥" + format_decimal(-value, format="#,##0.00", locale=loc))
    return _not_yuan(format_currency(value, currency, locale=loc), currency, loc)


#: The signs of the yuan: ``money`` writes CNY with the plain ``¥`` in every language.
_YUAN_SIGNS = ("¥", "￥")


def _not_yuan(text: str, code: str, loc: Locale) -> str:
    """``text`` with another currency's plain yen sign written as CLDR writes it beside the yuan (``JP¥``): English
    writes yen as ``¥``, which would read as the yuan, since CNY is shown as ``¥`` everywhere."""
    from babel.numbers import get_currency_symbol

    sign = get_currency_symbol(code, locale=loc)
    return text.replace(sign, f"{code[:2]}¥", 1) if sign in _YUAN_SIGNS else text


def amounts(values: Amounts, locale: str | None = None, reveal: bool = False) -> str:
    """Money in one or more currencies, one figure each, main currency first: ``¥3,200.00 · $150.00`` (one
    currency: ``money``'s one figure). Amounts in different currencies are never added up."""
    return AMOUNT_SEPARATOR.join(money(fen, code, locale, reveal=reveal) for code, fen in values.items)


def per_currency(values: Sequence[tuple[str, str]], locale: str | None = None) -> str:
    """Figures that each belong to a currency (a utilization per currency), marked with the currency's sign when
    there are several: ``[("CNY", "33.8%"), ("USD", "15.0%")]`` -> ``¥ 33.8% · $ 15.0%`` (en) or
    ``¥ 33.8% · US$ 15.0%`` (zh_CN); one figure alone is shown as it is."""
    if len(values) == 1:
        return values[0][1]
    return AMOUNT_SEPARATOR.join(f"{currency_sign(code, locale)} {text}" for code, text in values)


def currency_sign(code: str, locale: str | None = None) -> str:
    """The sign the locale writes ``code`` with: ``¥`` for CNY (as ``money`` writes it), ``$``/``US$`` for USD."""
    if code == "CNY":
        return "¥"
    from babel.numbers import get_currency_symbol

    loc = _babel(locale or _active)
    sign = str(get_currency_symbol(code, locale=loc))
    return _not_yuan(sign, code, loc)


def money_whole(fen: int, currency: str = "CNY", locale: str | None = None, reveal: bool = False) -> str:
    """Whole major units for chart axes: ``500000`` -> ``¥5,000`` (the fraction is dropped, rounding down);
    ``¥•••`` while masked, unless ``reveal`` (as ``money``)."""
    if _masked and not reveal:
        return f"¥{MASK}" if currency == "CNY" else f"{MASK} {currency}"
    whole = abs(fen) // 10 ** exponent_of(currency)
    text = format_decimal(whole, format="#,##0", locale=_babel(locale or _active))
    sign = "-" if fen < 0 else ""
    return f"{sign}¥{text}" if currency == "CNY" else f"{sign}{text} {currency}"


def money_units(units: int, currency: str = "CNY", locale: str | None = None) -> str:
    """Whole currency units, as a disclosure rounds them (§4.2): ``6494`` -> ``$6,494`` / ``¥6,494``; masked as
    ``money``."""
    if _masked:
        return f"¥{MASK}" if currency == "CNY" else f"{MASK} {currency}"
    loc = _babel(locale or _active)
    if currency == "CNY":
        return ("-¥" if units < 0 else "¥") + format_decimal(abs(units), format="#,##0", locale=loc)
    return _not_yuan(format_currency(units, currency, format="¤#,##0", currency_digits=False, locale=loc), currency,
                     loc)


def count(number: int, locale: str | None = None) -> str:
    """A count for people, grouped the way the locale groups digits: ``1200`` -> ``1,200`` (``1.200`` in German)."""
    return format_decimal(number, locale=_babel(locale or _active))


def percent(fraction: Decimal | None, locale: str | None = None, decimals: int = 1) -> str:
    """``Decimal('0.3375')`` -> ``33.8%`` (``—`` for ``None``)."""
    if fraction is None:
        return "—"
    pattern = "#,##0." + "0" * decimals + "%" if decimals else "#,##0%"
    return format_percent(Decimal(fraction), format=pattern, locale=_babel(locale or _active))


def names(items: Sequence[str], locale: str | None = None) -> str:
    """Names as a list in a sentence: ``A, B and C`` / ``A、B和C``; Chinese puts a space between 和 and a Latin
    letter or digit beside it (``student-phone 和 three-due-dates``), as around Latin words in a sentence."""
    from babel.lists import format_list

    loc = _babel(locale or _active)
    if len(items) > 1 and loc.language == "zh" and (items[-1][:1].isascii() or items[-2][-1:].isascii()):
        left, right = (" " if items[-2][-1:].isascii() else ""), (" " if items[-1][:1].isascii() else "")
        return "、".join(items[:-1]) + f"{left}和{right}" + items[-1]
    return format_list(list(items), locale=loc) if items else ""


def day(value: date, locale: str | None = None, fmt: str = "medium") -> str:
    """A date for people: ``2024年3月10日`` / ``Mar 10, 2024``."""
    from babel.dates import format_date  # with its time-zone modules: loaded by the first date shown

    return format_date(value, format=fmt, locale=_babel(locale or _active))


def period(start: date, end: date, locale: str | None = None) -> str:
    """A span of days, short and unambiguous, as the locale writes one: ``Aug 5 – Sep 4`` / ``8月5日至9月4日``
    (babel's interval formats; no year: a billing period sits beside its statement date)."""
    from babel.dates import format_interval

    return format_interval(start, end, "MMMd", locale=_babel(locale or _active))


def month(value: date, locale: str | None = None) -> str:
    """A month for chart axes: ``2024年3月`` / ``Mar 2024``."""
    from babel.dates import format_date

    loc = locale or _active
    return format_date(value, format="yyyy年M月" if loc.startswith("zh") else "MMM yyyy", locale=_babel(loc))


def parse_money(text: str, currency: str = "CNY", locale: str | None = None, field: str = "amount",
                allow_zero: bool = False, allow_negative: bool = False) -> int:
    """Parse money typed by a person into minor units; only unambiguous text is accepted.

    Accepted: plain ``1234.56`` (ASCII digits, a point before the fen, no grouping), and the locale's own format
    with its grouping in the right places: ``1,234.56`` in en_US and zh_CN, ``1.234,56`` or ``12,34`` in de_DE.
    Full-width and other Unicode decimal digits are read as the digits they are (``１２３４．５６``, NFKC and
    ``unicodedata.decimal``); a currency sign (¥, ￥, 元 ...) and spaces around are ignored. Anything else, such as
    ``12,34``, ``0,50`` or ``1.000,00`` in en_US/zh_CN, is refused with an example of how to type it: a decimal
    comma is never read as grouping, nor a grouping point as a decimal point.

    Raises:
        ValidationError: naming ``field``: empty, not an amount in this locale (with an example), more decimals
            than the currency has, negative or zero (unless allowed), or over the maximum.
    """
    loc = locale or _active
    cleaned = _normalize_digits(text or "").strip()
    for sign in ("CN¥", "¥", "元", "$", "€", "£", "RMB"):
        cleaned = cleaned.replace(sign, "")
    cleaned = cleaned.strip()
    if not cleaned:
        raise ValidationError(field, text, QT_TRANSLATE_NOOP("Errors", "is empty"))
    negative = cleaned.startswith("-")
    body = cleaned[1:].strip() if negative or cleaned.startswith("+") else cleaned
    decimals = exponent_of(currency)
    number = _plain_or_local(body, loc, decimals)
    if number is None:
        import re

        if re.fullmatch(r"(?i)s?nan|inf(inity)?", body):
            raise ValidationError(field, text, QT_TRANSLATE_NOOP("Errors", "is not a finite number"))
        if not re.search(r"\d", body) or re.search(r"[^\d.,'\s\u00a0\u202f]", body):
            raise ValidationError(field, text, QT_TRANSLATE_NOOP("Errors", "is not a number"))
        if re.fullmatch(rf"\d*\.\d{{{decimals + 1},}}", body):
            raise ValidationError(field, text, too_many_decimals(currency))
        raise ValidationError(field, text, QT_TRANSLATE_NOOP(
                "Errors", "is not an amount: type it as %1").arg(_example(loc, decimals)))
    if negative:
        number = -number
    try:
        return parse_amount(number, field=field, currency=currency, allow_zero=allow_zero,
                            allow_negative=allow_negative)
    except ValidationError as exc:  # name what the person typed, not the Decimal read from it
        raise ValidationError(exc.field, text, exc.reason) from None


def _normalize_digits(text: str) -> str:
    """Full-width forms to ASCII (NFKC), then any other Unicode decimal digit to its ASCII digit."""
    import unicodedata

    text = unicodedata.normalize("NFKC", text)
    return "".join(str(unicodedata.decimal(ch)) if not ch.isascii() and unicodedata.decimal(ch, None) is not None
                   else ch for ch in text)


def _plain_or_local(body: str, loc: str, decimals: int) -> Decimal | None:
    """The number in ``body`` when it is plain (``1234.56``) or in the locale's own format, else ``None``."""
    import re

    from babel.numbers import get_decimal_symbol, get_group_symbol

    frac = rf"(\d{{0,{decimals}}})" if decimals else "()"
    plain = re.fullmatch(rf"(\d*)(?:\.{frac})?", body)
    if plain and not (plain.group(1) or plain.group(2)):
        plain = None  # "" or "."
    decimal_symbol, group_symbol = get_decimal_symbol(loc), get_group_symbol(loc)
    if group_symbol in ("\u00a0", "\u202f"):  # people type a plain space where the locale groups with a no-break one
        body_local = re.sub(r"[ \u00a0\u202f]", group_symbol, body)
    else:
        body_local = body
    if plain and not (group_symbol == "." and decimal_symbol != "." and plain.group(2) and len(plain.group(2)) == 3):
        return Decimal(f"{plain.group(1) or 0}.{plain.group(2) or 0}")
    g, d = re.escape(group_symbol), re.escape(decimal_symbol)
    local = re.fullmatch(rf"(\d{{1,3}}(?:{g}\d{{3}})+|\d+)(?:{d}{frac})?", body_local)
    if local:
        whole = re.sub(g, "", local.group(1))
        return Decimal(f"{whole}.{local.group(2) or 0}")
    return None


def _example(loc: str, decimals: int) -> str:
    """How to type 1234.56 in ``loc``: the plain form and the locale's own (``1234.56 or 1,234.56``)."""
    value = Decimal(123456).scaleb(-decimals)
    plain = f"{value:.{decimals}f}"
    local = format_decimal(value, format="#,##0.00" if decimals else "#,##0", locale=_babel(loc))
    return plain if local == plain else QT_TRANSLATE_NOOP("Errors", "%1 or %2").arg(plain, local)
