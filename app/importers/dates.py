"""Date text from statement files -> ``datetime.date``, as printed, with no time-zone arithmetic.

Wallet exports print China Standard Time wall-clock times without a zone; the date a row belongs to is the date
as printed. Nothing here consults the machine's time zone or the clock.
"""

from __future__ import annotations

import datetime
import functools
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from app.domain.errors import ValidationError
from app.domain.messages import QT_TRANSLATE_NOOP

_EXCEL_EPOCH = datetime.date(1899, 12, 30)  # serial 1 = 1900-01-01, past Excel's 1900 leap-year bug
_SERIAL_MIN, _SERIAL_MAX = 20000, 80000  # 1954 .. 2119: anything else is not a plausible statement date


def parse_datetime_text(text: str, *, field: str = "date") -> datetime.date:
    """Read the date part of a wallet timestamp.

    Accepts ``2024-10-30 21:47:05``, ``2024/3/30 19:42`` (Excel re-save), ``2024-10-30``, ``2024.10.30``,
    ``2024年10月30日``, ``20241030`` and Excel date serials (``45595.9`` = 2024-10-30 21:36) as written by a
    spreadsheet. A time part, if present, must look like ``H:MM`` or ``H:MM:SS``.

    Raises:
        ValidationError: any other shape, or an impossible date.
    """
    if len(text) == 19 and text[10] == " " and text[13] == ":" and text[16] == ":":
        # Fast path for what every wallet row holds, "2024-10-30 21:47:05": one cached date per day.
        clock = text[11:13] + text[14:16] + text[17:19]
        if clock.isdigit() and clock.isascii() and clock[:2] < "24" and clock[2:4] < "60" and clock[4:] < "60":
            day = _iso_day(text[:10])
            if day is not None:
                return day
    elif len(text) == 10:  # "2024-10-30", what typed and bank files hold: the same cached days
        day = _iso_day(text)
        if day is not None:
            return day
    s = text.strip()
    date_part, _, time_part = s.replace("T", " ", 1).partition(" ")
    time_part = time_part.strip()
    if time_part and not _is_clock(time_part):
        raise ValidationError(field, text, QT_TRANSLATE_NOOP("ImportTexts", "is not a date and time"))
    if date_part.endswith("日") and "年" in date_part:
        date_part = date_part[:-1].replace("年", "-").replace("月", "-")
    for sep in "-/.":
        if sep in date_part:
            parts = date_part.split(sep)
            if len(parts) == 3 and all(p.isascii() and p.isdigit() for p in parts) and len(parts[0]) == 4:
                return _make_date(int(parts[0]), int(parts[1]), int(parts[2]), field, text)
            break
    if not time_part and len(s) == 8 and s.isascii() and s.isdigit():
        return _make_date(int(s[:4]), int(s[4:6]), int(s[6:]), field, text)
    if not time_part:
        serial = excel_serial_date(s)
        if serial is not None:
            return serial
    raise ValidationError(field, text, QT_TRANSLATE_NOOP("ImportTexts", "is not a date"))


@functools.lru_cache(maxsize=4096)
def _iso_day(text: str) -> datetime.date | None:
    """``"2024-10-30"`` -> that date, ``None`` for anything else; cached, as a statement repeats its days."""
    if text[4] != "-" or text[7] != "-" or not (text[:4] + text[5:7] + text[8:]).isdigit() or not text.isascii():
        return None
    try:
        return datetime.date(int(text[:4]), int(text[5:7]), int(text[8:]))
    except ValueError:
        return None


def excel_serial_date(text: str) -> datetime.date | None:
    """Return the calendar date of an Excel date serial given as text (``"45595.75"``), else ``None``.

    The fraction is the time of day; it is rounded to the second first, so ``45595.99999999`` is the next day's
    midnight rather than a float artefact of it.
    """
    if not text or not text.replace(".", "", 1).isdigit() or not text.isascii():
        return None
    try:
        seconds = (Decimal(text) * 86400).to_integral_value(rounding=ROUND_HALF_UP)
    except InvalidOperation:  # pragma: no cover - digits and one dot always parse
        return None
    days = int(seconds) // 86400
    if not _SERIAL_MIN <= days <= _SERIAL_MAX:
        return None
    return _EXCEL_EPOCH + datetime.timedelta(days=days)


#: Two-digit years below this are 20YY, the others 19YY (00–69 -> 2000–2069, 70–99 -> 1970–1999): the POSIX
#: ``strptime`` ``%y`` pivot, which spreadsheets and bank exports follow.
TWO_DIGIT_YEAR_PIVOT = 70
#: The notice a reader adds once when it read a two-digit year.
TWO_DIGIT_YEAR_NOTICE = QT_TRANSLATE_NOOP("ImportTexts", "two-digit years were read as 2000–2069 (00–69) and 1970–1999 (70–99): check the dates")


def expand_year(year: int) -> int:
    """A year as printed -> a full year: two-digit years through :data:`TWO_DIGIT_YEAR_PIVOT` (``10`` -> 2010,
    ``98`` -> 1998), anything from 100 on unchanged. Every reader that meets a two-digit year uses this."""
    if 0 <= year < 100:
        return 2000 + year if year < TWO_DIGIT_YEAR_PIVOT else 1900 + year
    return year


def make_date(year: int, month: int, day: int, *, field: str, text: str) -> datetime.date:
    """``datetime.date`` that reports an impossible date as a :class:`ValidationError` on ``field``."""
    return _make_date(year, month, day, field, text)


def _make_date(year: int, month: int, day: int, field: str, text: str) -> datetime.date:
    try:
        return datetime.date(year, month, day)
    except (ValueError, OverflowError):  # a year of 20 digits overflows a C long
        raise ValidationError(field, text, QT_TRANSLATE_NOOP("ImportTexts", "is not a valid date")) from None


def _is_clock(text: str) -> bool:
    parts = text.split(":")
    if len(parts) not in (2, 3) or not all(p.isascii() and p.isdigit() and len(p) <= 2 for p in parts[:2]):
        return False
    if len(parts) == 3:
        seconds = parts[2].split(".")[0]  # "05.000" from some converters
        if not (seconds.isascii() and seconds.isdigit() and len(seconds) <= 2):
            return False
    return int(parts[0]) < 24 and int(parts[1]) < 60
