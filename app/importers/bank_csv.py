"""Bank credit-card CSV statements, described by a :class:`CsvProfile` (the presets are in ``card_presets``: CMB,
ICBC, CGB, BOCOM, BOC, CITIC, SPDB, CCB, Chase). The same profiles read a card's ``.xls`` or ``.xlsx`` download
(CITIC's is ``.xls``).

A bank file holds one card, so every row is on the tracked line; what varies is which column holds what, the
sign convention and the date order. A profile names the columns by their header text (the header row is found
by those names, wherever it is) and can be saved as a dict for a bank DebtLens has no preset for.

Kinds: a ``type_column`` that maps the row wins (Chase ``Type``: Sale, Return, Payment, Fee; with ``type_match``
``"prefix"`` the start of the text, BOCOM's 交易说明 ``消费 …``, ``退货 …``, ``信用卡还款 …``). Otherwise a charge
is a purchase and a credit is a repayment or a refund by :func:`app.importers.classify.credit_kind` (its words,
plus the profile's own ``repayment_words``). A period line of an installment plan (``（分期）…/10/12期``; the forms
``app.domain.bank_periods`` reads) is a purchase of that period's amount carrying its plan id and period
(``ImportedEvent.plan_period``), keyed by them: it is billed in full, never revolved. A row marked ``尚未入账`` (not yet posted; CMB lists them at the end of a
download) is skipped with that reason: it comes back, posted, in the next statement.

Cells are stripped (CMB's own download puts a TAB before every value) and header names compared with ASCII
parentheses and without a ``(元)`` unit (``人民币金额（元）`` is ``人民币金额``). Two-digit years go through the
common pivot (:func:`app.importers.dates.expand_year`).

Currencies: an amount printed with a currency code (BOCOM ``CNY 123.18``) must be in the profile's currency, else
the row is a problem naming the code; a ``currency_column`` (BOC 币种, CITIC 结算币种, as a code or a Chinese name
such as 人民币 / 美元) in another currency skips the row: a dual-currency card bills it on its own statement.
"""

from __future__ import annotations

import datetime
import re

from app.domain.errors import ValidationError
from app.importers import categories
from app.importers.amounts import parse_fen
from app.importers.classify import credit_kind
from app.domain.bank_periods import plan_period
from app.importers.dates import TWO_DIGIT_YEAR_NOTICE, expand_year, make_date, parse_datetime_text
from app.importers.keys import KeyMaker
from app.importers.records import (
    PURCHASE,
    ImportedEvent,
    ImportFormatError,
    ParseResult,
    Problem,
    SkippedRow,
)
from app.importers.csv_profile import (
    CHARGE_POSITIVE,
    CURRENCY_NAMES,
    FEE,
    UNSIGNED,
    CsvProfile,
    column_key,
    column_norm,
    format_key,
    specs_of,
)
from app.importers.table import Table
from app.domain.messages import QT_TRANSLATE_NOOP

_TITLE_MONTH = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月")
#: A cell that starts with one of these marks a transaction the bank has not posted yet.
PENDING_MARKS = ("尚未入账", "未入账", "待入账")
PENDING_REASON = QT_TRANSLATE_NOOP("ImportTexts", "not yet posted (尚未入账): it comes back, posted, in a later statement")


def parse(table: Table, profile: CsvProfile) -> ParseResult:
    """Read a bank CSV with ``profile``; every readable row is on the tracked card.

    Returns:
        ParseResult: events with amounts in minor units of ``profile.currency``.

    Raises:
        ImportFormatError: the profile reads dates without a year and the file has no ``YYYY年MM月`` title.
    """
    result = ParseResult(format=format_key(profile), methods=[profile.name], info={"profile": profile.name})
    header = [column_norm(c) for c in table.header]
    col = {spec: next(header.index(n) for n in spec.split("|") if n in header) for spec in profile.columns()}
    width = max(col.values()) + 1
    # a problem names the column as the file prints it, not the profile's "A|B" alternatives
    shown = {spec: table.header[col[column_key(spec)]].strip() for spec in specs_of(profile)}
    statement_month = _statement_month(table, profile, result)
    type_map = {text.casefold(): kind for text, kind in profile.type_map}
    keys = KeyMaker()
    years = _Years()
    for number, cells in table.data_rows():
        if cells[0].startswith(profile.stop_words):
            break
        if any(cell.startswith(PENDING_MARKS) for cell in cells):
            result.skipped.append(SkippedRow(number, PENDING_REASON))
            continue
        if table.wrong_width(result, number, cells, width):
            continue
        description = cells[col[column_key(profile.description_column)]]
        merchant = cells[col[column_key(profile.merchant_column)]] if profile.merchant_column else description
        if profile.currency_column:
            printed = cells[col[column_key(profile.currency_column)]]
            code = CURRENCY_NAMES.get(printed, printed.upper())
            if printed and code != profile.currency:
                result.skipped.append(SkippedRow(number, QT_TRANSLATE_NOOP(
                        "ImportTexts", "in %1: a dual-currency card bills it on its own %2 statement; this file is "
                        "read in %3").arg(printed, code, profile.currency)))
                continue
        type_text = cells[col[column_key(profile.type_column)]] if profile.type_column else ""
        kind, matched = _type_kind(type_text, profile, type_map)
        if matched and profile.type_match == "prefix" and not profile.merchant_column:
            merchant = type_text[len(matched):].strip() or type_text
        try:
            posted_on = _row_date(cells, col, profile, statement_month, years, table.filename)
            charge = _charge(cells, col, profile)
            if profile.sign == UNSIGNED:
                if kind is None:
                    known = ", ".join(dict.fromkeys(text for text, _ in profile.type_map))
                    raise ValidationError(profile.type_column or "", type_text,
                                          QT_TRANSLATE_NOOP(
                                                  "ImportTexts", "does not start with a known type (%1)").arg(known))
                charge = abs(charge) if kind in (PURCHASE, FEE) else -abs(charge)
        except ValidationError as err:
            result.problems.append(Problem(table.filename, number, shown.get(err.field, err.field),
                                           QT_TRANSLATE_NOOP(
                                                   "ImportTexts", "%1 (got %2)").arg(err.reason, repr(err.value))))
            continue
        if charge == 0:
            result.skipped.append(SkippedRow(number, QT_TRANSLATE_NOOP(
                    "ImportTexts", "amount is 0.00: no money moved")))
            continue
        warnings: list[str] = []
        category = categories.OTHER
        source_category = cells[col[column_key(profile.category_column)]] if profile.category_column else ""
        if source_category:
            category = (categories.CHASE.get(source_category) or categories.from_text(source_category)
                        or categories.OTHER)
        if kind == FEE:
            kind, category = PURCHASE, categories.FEES
        if kind is None:
            if charge > 0:
                kind = PURCHASE
            else:
                texts = (description, merchant, source_category, type_text)
                kind = credit_kind(texts, extra_words=profile.repayment_words)
        elif (kind == PURCHASE) != (charge > 0):
            warnings.append(QT_TRANSLATE_NOOP(
                    "ImportTexts", "the amount's sign does not match the type %1; the type was followed")
                            .arg(repr(type_text)))
        amount = abs(charge)
        part = plan_period(type_text, description, merchant) if kind == PURCHASE else None
        if part is not None:
            # the same period in two overlapping downloads is one row; the plan id, not the day, names it
            key = keys.from_id(part.key(profile.prefix, amount))
        else:
            text = f"{kind}:{merchant}:{description}" if profile.merchant_column else f"{kind}:{description}"
            key = keys.from_content(profile.prefix, posted_on, text, amount)
        result.events.append(ImportedEvent(
            kind=kind, row=number, posted_on=posted_on, amount_fen=amount, merchant=table.same(merchant),
            description=table.same(description), category=category,
            source_category=table.same(source_category or type_text), source_key=key,
            method=profile.name, warnings=tuple(warnings), currency=profile.currency, plan_period=part,
        ))
    result.note_plan_periods()
    if years.pivoted:
        result.notice(TWO_DIGIT_YEAR_NOTICE)
    return table.finish(result)


def _type_kind(text: str, profile: CsvProfile, type_map: dict[str, str]) -> tuple[str | None, str]:
    """The kind a type cell maps to, and the type text that matched (``""`` when none did)."""
    if not text:
        return None, ""
    if profile.type_match == "exact":
        kind = type_map.get(text.casefold())
        return kind, text if kind else ""
    folded = text.casefold()
    for known in sorted(type_map, key=len, reverse=True):
        if folded.startswith(known):
            return type_map[known], text[:len(known)]
    return None, ""


class _Years:
    """What reading the dates of one file found: whether a two-digit year went through the pivot."""

    __slots__ = ("pivoted",)

    def __init__(self) -> None:
        self.pivoted = False


def _statement_month(table: Table, profile: CsvProfile, result: ParseResult) -> tuple[int, int] | None:
    """The ``YYYY年MM月`` of a title line above the header, for dates printed without a year; ``None`` when the
    profile prints years, or no such line is there (then only a row that needs it is refused)."""
    if profile.date_order != "MD":
        return None
    for _number, cells in table.preamble:
        match = _TITLE_MONTH.search(" ".join(cells))
        if match and 1 <= int(match.group(2)) <= 12:
            result.info["statement_month"] = f"{match.group(1)}-{int(match.group(2)):02d}"
            return int(match.group(1)), int(match.group(2))
    return None


def _row_date(cells: list[str], col: dict[str, int], profile: CsvProfile, statement_month: tuple[int, int] | None,
              years: _Years, filename: str) -> datetime.date:
    """The row's date (its posting date when the transaction date is blank).

    Raises:
        ValidationError: the cell is blank or no date in the profile's order.
        ImportFormatError: a date without a year (``MM/DD``) and no statement month above the header.
    """
    spec = profile.date_column
    text = cells[col[column_key(spec)]]
    if not text and profile.fallback_date_column:
        spec = profile.fallback_date_column
        text = cells[col[column_key(spec)]]
    field = spec.split("|", 1)[0]
    if not text:
        raise ValidationError(field, text, QT_TRANSLATE_NOOP("Errors", "is empty"))
    if profile.date_order == "YMD":
        return parse_datetime_text(text, field=field)
    parts = text.split(" ", 1)[0].replace("-", "/").replace(".", "/").split("/")
    if not all(p.isascii() and p.isdigit() for p in parts):
        raise ValidationError(field, text, QT_TRANSLATE_NOOP("ImportTexts", "is not a date"))
    if profile.date_order == "MD":
        if len(parts) == 3 and len(parts[0]) == 4 or len(parts) == 1 and len(parts[0]) == 8:
            return parse_datetime_text(text, field=field)  # a date with its year: no title line needed
        if len(parts) != 2:
            raise ValidationError(field, text, QT_TRANSLATE_NOOP("ImportTexts", "is not a MM/DD date"))
        if statement_month is None:
            raise ImportFormatError(filename, QT_TRANSLATE_NOOP(
                    "ImportTexts", "the %1 dates have no year (MM/DD) and no title line with the statement month "
                    "(YYYY年MM月) was found above the header").arg(profile.name))
        year, month = statement_month
        row_month, day = int(parts[0]), int(parts[1])
        # 12/29 on the 2024年01月 statement is 2023-12-29: a month after the statement month is last year's.
        return make_date(year - 1 if row_month > month else year, row_month, day, field=field, text=text)
    if len(parts) != 3:
        raise ValidationError(field, text, QT_TRANSLATE_NOOP("ImportTexts", "is not a %1 date").arg(profile.date_order))
    first, second, year = int(parts[0]), int(parts[1]), int(parts[2])
    if len(parts[2]) <= 2:
        year = expand_year(year)
        years.pivoted = True
    month, day = (first, second) if profile.date_order == "MDY" else (second, first)
    return make_date(year, month, day, field=field, text=text)


def _charge(cells: list[str], col: dict[str, int], profile: CsvProfile) -> int:
    """The signed amount in minor units, positive when what is owed goes up."""
    if profile.amount_column:
        value = _amount(cells[col[column_key(profile.amount_column)]], profile.amount_column, profile.currency)
        return value if profile.sign == CHARGE_POSITIVE else -value
    debit = cells[col[column_key(profile.debit_column)]] if profile.debit_column else ""
    credit = cells[col[column_key(profile.credit_column)]] if profile.credit_column else ""
    if not debit and not credit:
        raise ValidationError(profile.debit_column or profile.credit_column or "amount", "", QT_TRANSLATE_NOOP(
                "Errors", "is empty"))
    charge = _amount(debit, profile.debit_column or "", profile.currency) if debit else 0
    if credit:
        charge -= _amount(credit, profile.credit_column or "", profile.currency)
    return charge


def _amount(text: str, field: str, currency: str = "CNY") -> int:
    """Bank amount cell -> signed minor units: ``"8,000.00(CN)"``, ``"CNY 123.18"``, ``"(12.34)"``, ``"-3.90"``.

    Raises:
        ValidationError: not an amount, or printed with another currency code than ``currency`` (``JPY 1000``).
    """
    s = text.strip()
    if s.endswith(")") and "(" in s and s[s.rindex("(") + 1:-1].isalpha():
        s = s[: s.rindex("(")]  # country suffix "(CN)"
    if len(s) > 3 and s[:3].isascii() and s[:3].isalpha() and s[:3].isupper():
        if s[:3] != currency:
            raise ValidationError(field, text, QT_TRANSLATE_NOOP(
                    "ImportTexts", "is in %1, not %2: enter it by hand in the line's currency, or import it onto a "
                    "line in that currency").arg(s[:3], currency))
        s = s[3:]  # currency prefix "CNY 123.18", "CNY13.50"
    s = s.removeprefix("人民币")
    return parse_fen(s, field=field, allow_negative=True, allow_zero=True)
