"""QIF credit-card exports (``!Type:CCard``; one field per line, records end with ``^``).

* Amounts (``T``; ``U`` when ``T`` is missing) are negative for a charge, positive for a payment or credit; they
  may carry thousands separators (``T-1,234.56``) or a decimal comma (``T-1.234,56``).
* Dates have no fixed form (input-formats.md §8): Quicken US writes ``M/D'YY`` with space padding (``D6/ 4'18`` =
  2018-06-04), European exports ``DD/MM/YYYY``, ``DD.MM.YYYY`` or ``DD.MM'YYYY`` (``D13.02'2019``). Day-first
  versus month-first is decided once for the whole file: a first number above 12 anywhere means day-first, a
  second above 12 month-first; when nothing tells, ``.`` means day-first and ``/`` month-first (Quicken), with a
  notice. ``'YY`` is 20YY; a plain two-digit year goes
  through the pivot every reader uses (:func:`app.importers.dates.expand_year`: 00–69 are 2000–2069, 70–99 are
  1970–1999), with one notice for the file.
* A credit is a repayment or a refund by :func:`app.importers.classify.credit_kind`: a transfer category
  (``L[Checking]``) or payee/memo/category words such as ``Payment - Thank You``/``还款`` make it a repayment.
* Only card sections are read (``!Type:CCard``, ``!Type:Oth L``). A file whose transactions are all in a bank or
  cash section (``!Type:Bank``) is a debit account's and is refused: its deposits are pay and transfers, not
  refunds on a credit line. Such sections in a file that also has a card are skipped with that reason.
* Lines starting with ``#`` or ``;`` (comments some converters write, before the header too) are ignored.
* QIF carries no currency and no ids: events have ``currency=None`` (the tracked line's) and content keys.
"""

from __future__ import annotations

import datetime

from app.domain.bank_periods import plan_period
from app.domain.errors import ValidationError
from app.importers import categories
from app.importers.amounts import parse_fen
from app.importers.classify import credit_kind
from app.importers.dates import TWO_DIGIT_YEAR_NOTICE, expand_year, make_date
from app.importers.decoding import decode_bytes
from app.importers.keys import KeyMaker
from app.importers.records import (
    PURCHASE,
    ImportedEvent,
    ParseResult,
    Problem,
    SkippedRow,
    wrong_kind,
)
from app.importers.table import ProgressCallback
from app.domain.messages import QT_TRANSLATE_NOOP

FORMAT = "qif"
_CARD_TYPES = ("ccard", "oth l")  # credit card, other liability
_ACCOUNT_TYPES = ("bank", "cash")  # a debit account: what comes in is pay or a transfer, never a card's refund
_COMMENTS = (b"#", b";")


def looks_like(data: bytes) -> bool:
    """``True`` when the first line that is neither blank nor a comment (``#``, ``;``) is a QIF header
    (``!Type:``, ``!Account``, ``!Option:``, ``!Clear:``)."""
    for raw in data[:4096].removeprefix(b"\xef\xbb\xbf").splitlines():
        line = raw.strip().lower()
        if line and not line.startswith(_COMMENTS):
            return line.startswith((b"!type:", b"!account", b"!option:", b"!clear:"))
    return False


class _Record:
    __slots__ = ("row", "fields", "section")

    def __init__(self, row: int, section: str) -> None:
        self.row = row
        self.section = section
        self.fields: dict[str, str] = {}


def parse(data: bytes, filename: str, *, progress: ProgressCallback | None = None,
          transcoded_from: str | None = None) -> ParseResult:
    """Read the credit-card records of a QIF file.

    Returns:
        ParseResult: events with amounts in minor units (currency unknown: ``None``).

    Raises:
        ImportFormatError: undecodable, or no credit-card (``!Type:CCard``) section.
    """
    decoded = decode_bytes(data, filename, fallback="cp1252")
    result = ParseResult(format=FORMAT, info={"encoding": transcoded_from or decoded.encoding})
    if decoded.guessed:
        result.notice(QT_TRANSLATE_NOOP(
                "ImportTexts", "QIF does not say its encoding: read as %1").arg(decoded.encoding))
    records, sections = _records(decoded.text)
    card_records = [r for r in records if r.section in _CARD_TYPES]
    if not card_records:
        found = ", ".join(sorted(sections)) or "none"
        if any(r.section in _ACCOUNT_TYPES for r in records):
            raise wrong_kind(filename, QT_TRANSLATE_NOOP(
                    "ImportTexts", "this QIF file is a debit account's (!Type:Bank or !Type:Cash), not a credit card's "
                    "(!Type:CCard): DebtLens tracks credit lines; its deposits are not refunds and its payments are "
                    "not purchases on a card"))
        raise wrong_kind(filename, QT_TRANSLATE_NOOP(
                "ImportTexts", "this QIF file has no credit-card section (!Type:CCard); sections: %1").arg(found))
    on_card = {id(r) for r in card_records}  # identity, not equality: a list search here made parsing quadratic
    for record in records:
        if id(record) not in on_card:
            if record.section in _ACCOUNT_TYPES:
                reason = QT_TRANSLATE_NOOP("ImportTexts", "!Type:%1 section: a debit account, not the credit card").arg(
                    record.section.capitalize())
            elif record.section:
                reason = QT_TRANSLATE_NOOP("ImportTexts", "!Type:%1 section, not a credit card").arg(record.section)
            else:
                reason = QT_TRANSLATE_NOOP("ImportTexts", "outside a !Type section, not a credit card")
            result.skipped.append(SkippedRow(record.row, reason))
    day_first = _day_first([r.fields.get("D", "") for r in card_records], result)
    keys = KeyMaker()
    for index, record in enumerate(card_records, start=1):
        if progress is not None and index % 500 == 0:
            progress(index, len(card_records))
        _read_record(result, keys, filename, record, day_first)
    if result.info.pop("two_digit_years", False):
        result.notice(TWO_DIGIT_YEAR_NOTICE)
    result.note_plan_periods()
    if progress is not None:
        progress(len(card_records), len(card_records))
    result.skipped.sort(key=lambda s: s.row)
    result.info["data_rows"] = len(records)
    result.info["date_order"] = "DMY" if day_first else "MDY"
    return result


def _records(text: str) -> tuple[list[_Record], set[str]]:
    records: list[_Record] = []
    sections: set[str] = set()
    section = ""
    current: _Record | None = None
    in_account = False
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("!"):
            lowered = line.lower()
            if lowered.startswith("!type:"):
                section = lowered[6:].strip()
                sections.add(section)
                in_account = False
            elif lowered.startswith("!account"):
                in_account = True  # an account block: N<name>, T<type>, ^; no transactions
            current = None
            continue
        if line == "^":
            if current is not None and not in_account:
                records.append(current)
            current = None
            in_account = False
            continue
        if in_account:
            continue
        if current is None:
            current = _Record(number, section)
        code, value = line[0], line[1:].strip()
        current.fields.setdefault(code, value)  # split lines (S, E, $) repeat; the first of each is enough
    if current is not None and current.fields and not in_account:
        records.append(current)  # the last record may lack its closing ^
    return records, sections


def _split_date(text: str) -> tuple[int, int, str, bool, bool] | None:
    """``"6/ 4'18"`` -> ``(6, 4, "18", True, False)``: first, second, year text, ``'`` marked the year, ISO order.

    Forms (input-formats.md §8): ``M/D'YY`` (Quicken US, space padding allowed), ``DD.MM'YYYY`` (MMEX), and
    ``A/B/Y``, ``A.B.Y``, ``A-B-Y`` or ``YYYY-MM-DD`` with one separator throughout. Before a ``'`` the day and
    month share one separator and the year follows the ``'``. ``None`` for anything else.
    """
    s = text.replace(" ", "")
    head, apostrophe, year = s.partition("'")
    for sep in "/.-":
        if sep in head:
            parts = head.split(sep)
            break
    else:
        return None
    if apostrophe:
        if len(parts) != 2:
            return None
        parts.append(year)  # "13.02'2019" -> 13, 02, 2019; a second ' leaves the year no number
    if len(parts) != 3 or not all(p.isascii() and p.isdigit() for p in parts):
        return None
    if len(parts[0]) == 4 and not apostrophe:
        return int(parts[1]), int(parts[2]), parts[0], False, True  # 2018-06-04
    return int(parts[0]), int(parts[1]), parts[2], bool(apostrophe), False


def _day_first(dates: list[str], result: ParseResult) -> bool:
    first_big = second_big = dotted = False
    for text in dates:
        parts = _split_date(text)
        if parts is None or parts[4]:
            continue  # unreadable (reported later) or ISO: neither tells the order
        first_big |= parts[0] > 12
        second_big |= parts[1] > 12
        dotted |= "." in text
    if first_big and second_big:
        result.notice(QT_TRANSLATE_NOOP("ImportTexts", "the dates mix day-first and month-first; read as month-first"))
        return False
    if first_big or second_big:
        return first_big
    if any(_split_date(text) for text in dates):
        order = "day-first" if dotted else "month-first"
        result.notice(QT_TRANSLATE_NOOP(
                "ImportTexts", "no date tells whether the day or the month comes first; read as %1").arg(order))
    return dotted


def _parse_date(text: str, day_first: bool) -> tuple[datetime.date, bool]:
    """The date of a ``D`` field, and whether its year was a plain two-digit one (read with the pivot)."""
    parts = _split_date(text)
    if parts is None:
        raise ValidationError("D", text, QT_TRANSLATE_NOOP("ImportTexts", "is not a date"))
    first, second, year_text, apostrophe, iso = parts
    year = int(year_text)
    pivoted = False
    if len(year_text) <= 2:
        if apostrophe:
            year += 2000  # Quicken's ' marks a year of the 2000s
        else:
            year, pivoted = expand_year(year), True
    month, day = (second, first) if day_first and not iso else (first, second)
    return make_date(year, month, day, field="D", text=text), pivoted


def _amount(text: str) -> int:
    s = text.replace(" ", "")
    last_comma, last_dot = s.rfind(","), s.rfind(".")
    decimal_comma = last_comma > last_dot and len(s) - last_comma - 1 in (1, 2)
    return parse_fen(s, field="T", allow_negative=True, allow_zero=True, decimal_comma=decimal_comma)


def _read_record(result: ParseResult, keys: KeyMaker, filename: str, record: _Record, day_first: bool) -> None:
    fields = record.fields
    try:
        posted_on, pivoted = _parse_date(fields.get("D", ""), day_first)
        amount_text = fields.get("T") or fields.get("U", "")
        charge = -_amount(amount_text)
    except ValidationError as err:
        result.problems.append(Problem(filename, record.row, err.field, QT_TRANSLATE_NOOP(
                "ImportTexts", "%1 (got %2)").arg(err.reason, repr(err.value))))
        return
    if charge == 0:
        result.skipped.append(SkippedRow(record.row, QT_TRANSLATE_NOOP(
                "ImportTexts", "amount is 0.00: no money moved")))
        return
    if pivoted:
        result.info["two_digit_years"] = True
    payee, memo, label = fields.get("P", ""), fields.get("M", ""), fields.get("L", "")
    if charge > 0:
        kind = PURCHASE
    else:
        kind = credit_kind((payee, memo, label), transfer=label.startswith("["))
    category = categories.OTHER
    if label and not label.startswith("["):
        top = label.split(":", 1)[0]  # "Food:Restaurants" -> "Food"
        category = categories.CHASE.get(top) or categories.from_text(top) or categories.OTHER
    amount = abs(charge)
    part = plan_period(payee, memo) if kind == PURCHASE else None  # a period of the bank's plan (分期 n/N期)
    result.events.append(ImportedEvent(
        kind=kind, row=record.row, posted_on=posted_on, amount_fen=amount, merchant=payee, description=memo,
        category=category, source_category=label,
        source_key=keys.from_id(part.key("qif", amount)) if part is not None else keys.from_content(
                "qif", posted_on, f"{kind}:{payee}:{memo}", amount),
        order_no=fields.get("N") or None, currency=None, plan_period=part,
    ))
