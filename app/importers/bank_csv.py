"""Bank credit-card CSV statements, described by a :class:`CsvProfile` (the presets are in ``card_presets``: CMB,
ICBC, CGB, BOCOM, BOC, CITIC, SPDB, CCB, Chase). The same profiles read a card's ``.xls`` or ``.xlsx`` download
(CITIC's is ``.xls``).

A bank file holds one card, so every row is on the tracked line; what varies is which column holds what, the
sign convention and the date order. A profile names the columns by their header text (the header row is found
by those names, wherever it is) and can be saved as a dict for a bank DebtLens has no preset for.

Kinds: a ``type_column`` that maps the row wins (Chase ``Type``: Sale, Return, Payment, Fee; with ``type_match``
``"prefix"`` the start of the text, BOCOM's 交易说明 ``消费 …``, ``退货 …``, ``信用卡还款 …``). Otherwise a charge
is a purchase and a credit is a repayment or a refund by :func:`app.importers.classify.credit_kind` (its words,
plus the profile's own ``repayment_words``). A period line of an installment plan (``（分期）…/10/12期``) is a
purchase of that period's amount. A row marked ``尚未入账`` (not yet posted; CMB lists them at the end of a
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
from dataclasses import asdict, dataclass, fields
from typing import Any

from app.domain.errors import ValidationError
from app.importers import categories
from app.importers.amounts import parse_fen
from app.importers.classify import credit_kind
from app.importers.dates import TWO_DIGIT_YEAR_NOTICE, expand_year, make_date, parse_datetime_text
from app.importers.keys import KeyMaker
from app.importers.records import (
    PURCHASE,
    REFUND,
    REPAYMENT,
    ImportedEvent,
    ImportFormatError,
    ParseResult,
    Problem,
    SkippedRow,
)
from app.importers.table import Table
from app.domain.messages import QT_TRANSLATE_NOOP

CHARGE_POSITIVE = "charge_positive"  # issuer's side: a purchase is +, a repayment or refund - (CMB, CGB, Amex)
CHARGE_NEGATIVE = "charge_negative"  # holder's side: a purchase is -, a payment or return + (Chase)
UNSIGNED = "unsigned"  # every amount positive; the type column says which way it went (BOCOM)
SIGNS = (CHARGE_POSITIVE, CHARGE_NEGATIVE, UNSIGNED)
#: Currency names as Chinese bank exports print them.
CURRENCY_NAMES = {"人民币": "CNY", "美元": "USD", "港币": "HKD", "港元": "HKD", "日元": "JPY", "欧元": "EUR",
                  "英镑": "GBP", "澳元": "AUD", "加元": "CAD", "新加坡元": "SGD", "澳门元": "MOP", "新台币": "TWD",
                  "韩元": "KRW", "瑞士法郎": "CHF"}
DATE_ORDERS = ("YMD", "MDY", "DMY", "MD")  # MD: no year in the row, it comes from a "YYYY年MM月" title line
FEE = "fee"  # a type_map value: a purchase in category Fees

_TITLE_MONTH = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月")
_PERIOD = re.compile(r"(\d+)\s*/\s*(\d+)\s*期")
_ASCII_PARENS = str.maketrans("（）", "()")
#: A cell that starts with one of these marks a transaction the bank has not posted yet.
PENDING_MARKS = ("尚未入账", "未入账", "待入账")
PENDING_REASON = QT_TRANSLATE_NOOP("ImportTexts", "not yet posted (尚未入账): it comes back, posted, in a later statement")


@dataclass(frozen=True)
class CsvProfile:
    """Where a bank CSV keeps each field, and how to read it.

    Attributes:
        name: shown to the user and used in the format key (``"CMB"``, ``"My bank"``).
        date_column: header of the transaction date. Any column name may list alternatives separated by ``|``
            (``"交易日|交易日期"``): the first one the header holds is read.
        description_column: header of the description (交易摘要, ``Description``).
        amount_column: header of a single signed amount column; or give ``debit_column``/``credit_column``.
        debit_column: header of the charges column (money owed goes up), when amounts are split.
        credit_column: header of the repayments/refunds column, when amounts are split.
        sign: :data:`CHARGE_POSITIVE`, :data:`CHARGE_NEGATIVE` or :data:`UNSIGNED` (needs a ``type_column``),
            for ``amount_column``.
        date_order: one of :data:`DATE_ORDERS`.
        encoding: Python codec of the file, or ``None`` to detect.
        fallback_date_column: used when ``date_column`` is blank (CMB leaves 交易日 empty on repayments).
        merchant_column: header of a separate merchant column (ICBC 交易场所).
        type_column: header of a transaction-type column (Chase ``Type``).
        type_map: ``(type text, kind)`` pairs, compared case-insensitively; kind is ``"purchase"``, ``"refund"``,
            ``"repayment"`` or ``"fee"``.
        type_match: ``"exact"`` (the whole cell is the type text) or ``"prefix"`` (the cell starts with it; the
            longest one wins, and the rest of the cell is the merchant).
        currency_column: header of a per-row currency (code or Chinese name); rows in another currency than
            ``currency`` are skipped.
        category_column: header of the issuer's category (Chase ``Category``).
        currency: ISO code of the amounts.
        repayment_words: a credit whose description holds one of these (case-insensitive) is a repayment.
        stop_words: a row whose first cell starts with one of these ends the data (ICBC 合计金额).
        key_prefix: the ``source_key`` prefix; defaults to ``"csv:<name>"``.
    """

    name: str
    date_column: str
    description_column: str
    amount_column: str | None = None
    debit_column: str | None = None
    credit_column: str | None = None
    sign: str = CHARGE_POSITIVE
    date_order: str = "YMD"
    encoding: str | None = None
    fallback_date_column: str | None = None
    merchant_column: str | None = None
    type_column: str | None = None
    type_map: tuple[tuple[str, str], ...] = ()
    category_column: str | None = None
    type_match: str = "exact"
    currency_column: str | None = None
    currency: str = "CNY"
    repayment_words: tuple[str, ...] = ("还款", "payment", "autopay")
    stop_words: tuple[str, ...] = ("合计", "---", "总计")
    key_prefix: str = ""

    def __post_init__(self) -> None:
        if not self.name.strip():
            raise ValueError("a CSV profile needs a name")
        if not self.amount_column and not (self.debit_column or self.credit_column):
            raise ValueError("name an amount column, or debit and/or credit columns")
        if self.amount_column and (self.debit_column or self.credit_column):
            raise ValueError("name either an amount column or debit/credit columns, not both")
        if self.sign not in SIGNS:
            raise ValueError(f"sign must be one of {SIGNS}, got {self.sign!r}")
        if self.sign == UNSIGNED and not (self.type_column and self.type_map):
            raise ValueError("unsigned amounts need a type column and its types")
        if self.type_match not in ("exact", "prefix"):
            raise ValueError(f"type_match must be 'exact' or 'prefix', got {self.type_match!r}")
        if self.date_order not in DATE_ORDERS:
            raise ValueError(f"date_order must be one of {DATE_ORDERS}, got {self.date_order!r}")
        for _text, kind in self.type_map:
            if kind not in (PURCHASE, REFUND, REPAYMENT, FEE):
                raise ValueError(f"type_map kind must be purchase, refund, repayment or fee, got {kind!r}")

    @property
    def prefix(self) -> str:
        """The ``source_key`` prefix, e.g. ``"cmb"`` or ``"csv:My bank"``."""
        return self.key_prefix or f"csv:{self.name}"

    def columns(self) -> tuple[str, ...]:
        """Every header name the profile needs; a row holding all of them is the header."""
        return tuple(_key(n) for n in _specs(self))

    def matches(self, cells: list[str]) -> bool:
        """``True`` when ``cells`` holds every column this profile needs (one of its names, for a column named
        ``"交易日|交易日期"``)."""
        present = {_norm(c) for c in cells}
        return all(any(name in present for name in spec.split("|")) for spec in self.columns())

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready dict, for saving a user's profile."""
        data = asdict(self)
        data["type_map"] = [list(pair) for pair in self.type_map]
        data["repayment_words"] = list(self.repayment_words)
        data["stop_words"] = list(self.stop_words)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CsvProfile:
        """Rebuild a profile saved with :meth:`to_dict`.

        Raises:
            ValueError: unknown keys or invalid values.
        """
        known = {f.name for f in fields(cls)}
        unknown = set(data) - known
        if unknown:
            raise ValueError(f"unknown CSV profile keys: {', '.join(sorted(unknown))}")
        values = dict(data)
        if "type_map" in values:
            values["type_map"] = tuple((str(a), str(b)) for a, b in values["type_map"])
        for name in ("repayment_words", "stop_words"):
            if name in values:
                values[name] = tuple(values[name])
        return cls(**values)


def format_key(profile: CsvProfile) -> str:
    """``"bank_csv:cmb"`` for a preset, ``"bank_csv:<name>"`` for a user's profile."""
    return f"bank_csv:{profile.key_prefix or profile.name}"


def parse(table: Table, profile: CsvProfile) -> ParseResult:
    """Read a bank CSV with ``profile``; every readable row is on the tracked card.

    Returns:
        ParseResult: events with amounts in minor units of ``profile.currency``.

    Raises:
        ImportFormatError: the profile reads dates without a year and the file has no ``YYYY年MM月`` title.
    """
    result = ParseResult(format=format_key(profile), methods=[profile.name], info={"profile": profile.name})
    header = [_norm(c) for c in table.header]
    col = {spec: next(header.index(n) for n in spec.split("|") if n in header) for spec in profile.columns()}
    width = max(col.values()) + 1
    # a problem names the column as the file prints it, not the profile's "A|B" alternatives
    shown = {spec: table.header[col[_key(spec)]].strip() for spec in _specs(profile)}
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
        if table.too_short(result, number, cells, width):
            continue
        description = cells[col[_key(profile.description_column)]]
        merchant = cells[col[_key(profile.merchant_column)]] if profile.merchant_column else description
        if profile.currency_column:
            printed = cells[col[_key(profile.currency_column)]]
            code = CURRENCY_NAMES.get(printed, printed.upper())
            if printed and code != profile.currency:
                result.skipped.append(SkippedRow(number, QT_TRANSLATE_NOOP(
                        "ImportTexts", "in %1: a dual-currency card bills it on its own %2 statement; this file is "
                        "read in %3").arg(printed, code, profile.currency)))
                continue
        type_text = cells[col[_key(profile.type_column)]] if profile.type_column else ""
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
        source_category = cells[col[_key(profile.category_column)]] if profile.category_column else ""
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
        if kind == PURCHASE and "分期" in description:
            period = _PERIOD.search(description)
            if period:
                warnings.append(QT_TRANSLATE_NOOP(
                        "ImportTexts", "installment period %1 of %2: a monthly part of a plan, not a new purchase")
                                .arg(period.group(1), period.group(2)))
        amount = abs(charge)
        text = f"{kind}:{merchant}:{description}" if profile.merchant_column else f"{kind}:{description}"
        result.events.append(ImportedEvent(
            kind=kind, row=number, posted_on=posted_on, amount_fen=amount, merchant=merchant,
            description=description, category=category, source_category=source_category or type_text,
            source_key=keys.from_content(profile.prefix, posted_on, text, amount),
            method=profile.name, warnings=tuple(warnings), currency=profile.currency,
        ))
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


def _specs(profile: CsvProfile) -> tuple[str, ...]:
    """The profile's column names as written (``"交易日|交易日期"``), blanks left out."""
    names = (profile.date_column, profile.description_column, profile.amount_column, profile.debit_column,
             profile.credit_column, profile.fallback_date_column, profile.merchant_column, profile.type_column,
             profile.category_column, profile.currency_column)
    return tuple(n for n in names if n)


def _key(spec: str) -> str:
    """A profile's column name as compared: each ``|`` alternative through :func:`_norm`."""
    return "|".join(_norm(name) for name in spec.split("|"))


def _norm(name: str) -> str:
    name = name.strip().translate(_ASCII_PARENS)
    return name.removesuffix("(元)").strip() if name.endswith("(元)") and len(name) > 3 else name


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
    text = cells[col[_key(spec)]]
    if not text and profile.fallback_date_column:
        spec = profile.fallback_date_column
        text = cells[col[_key(spec)]]
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
        value = _amount(cells[col[_key(profile.amount_column)]], profile.amount_column, profile.currency)
        return value if profile.sign == CHARGE_POSITIVE else -value
    debit = cells[col[_key(profile.debit_column)]] if profile.debit_column else ""
    credit = cells[col[_key(profile.credit_column)]] if profile.credit_column else ""
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
