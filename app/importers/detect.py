"""Which format a file is: by its leading bytes, then by the names in its header row (never by line numbers)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from app.importers import alipay, alipay_web, card_presets, manual_csv, paylater, wechat
from app.importers.csv_profile import CsvProfile
from app.importers.rows import Row
from app.domain.messages import QT_TRANSLATE_NOOP

#: Rows searched for a header: the Alipay preamble has 24 lines, WeChat's XLSX 17, ICBC's 6.
HEADER_SCAN_ROWS = 80

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # legacy .xls, and password-protected .xlsx


@dataclass
class Header:
    """Where a table format's header was found.

    Attributes:
        kind: ``"alipay_app_2023"``, ``"alipay_app_2021"``, ``"alipay_web"``, ``"wechat"``, ``"jd"``,
            ``"meituan"``, ``"manual"`` or ``"bank"``.
        row: line or sheet row of the header.
        cells: the header cells.
        preamble: rows above the header.
        profile: the matching bank profile when ``kind == "bank"``.
    """

    kind: str
    row: int
    cells: list[str]
    preamble: list[Row] = field(default_factory=list)
    profile: CsvProfile | None = None


def binary_kind(data: bytes) -> str | None:
    """``"zip"``, ``"ole"``, ``"pdf"`` for container formats, else ``None`` (text, or garbage)."""
    if data.startswith(ZIP_MAGIC):
        return "zip"
    if data.startswith(OLE_MAGIC):
        return "ole"
    if data.lstrip()[:5] == b"%PDF-":
        return "pdf"
    return None


def header_kind(cells: list[str], profile: CsvProfile | None) -> Header | None:
    """Match one row against every table layout; the caller's profile is tried first."""
    if not cells or not any(cells):
        return None
    if profile is not None and profile.matches(cells):
        return Header("bank", 0, cells, profile=profile)
    if paylater.matches_jd(cells):  # before Alipay's: both headers start 交易时间,交易分类
        return Header(paylater.JD, 0, cells)
    if paylater.matches_meituan(cells):
        return Header(paylater.MEITUAN, 0, cells)
    layout = alipay.matches(cells)
    if layout:
        return Header(layout, 0, cells)
    if wechat.matches(cells):
        return Header("wechat", 0, cells)
    if alipay_web.matches(cells):
        return Header("alipay_web", 0, cells)
    if manual_csv.matches(cells):
        return Header("manual", 0, cells)
    for preset in card_presets.PRESETS:
        if preset.matches(cells):
            return Header("bank", 0, cells, profile=preset)
    return None


def find_header(rows: Iterable[Row], profile: CsvProfile | None) -> tuple[Header | None, list[Row]]:
    """Read rows until a known header appears (at most :data:`HEADER_SCAN_ROWS`).

    Returns:
        The header (or ``None``) and the rows read before it.
    """
    preamble: list[Row] = []
    for number, cells in rows:
        found = header_kind(cells, profile)
        if found is not None:
            found.row, found.preamble = number, preamble
            return found, preamble
        preamble.append((number, cells))
        if len(preamble) >= HEADER_SCAN_ROWS:
            break
    return None, preamble


#: What DebtLens reads, said at the end of a refusal.
READS = QT_TRANSLATE_NOOP("ImportTexts", "DebtLens reads Alipay, WeChat Pay, JD (白条) and Meituan (月付) bills, CMB, ICBC, CGB, BOCOM, BOC, CITIC, "
         "SPDB, CCB and Chase credit-card CSVs (or .xls/.xlsx), OFX/QFX and QIF card statements, and typed purchases "
         "(date,merchant,category,amount,installments)")

#: Head words that make a table a debit card's or a bank account's (compared case-insensitively); 开户机构 (the
#: branch where the account was opened) heads CCB's account download, which a card statement never has.
_DEBIT_WORDS = ("借记卡", "一卡通", "储蓄卡", "储蓄账户", "活期", "开户机构", "开户网点", "debit card", "checking account",
                "savings account")
#: Header words of a running balance: a bank account prints one on every row, a card statement rarely.
_BALANCE_WORDS = ("余额", "balance", "running bal")
#: Words that say the table is a credit card's after all: then no debit diagnosis.
_CREDIT_WORDS = ("信用卡", "贷记卡", "credit card")
_POSTING_WORDS = ("记账日", "入账日", "post date")
#: Header words of a date column and of an amount column, for telling a bank table from any other table.
_DATE_WORDS = ("日期", "交易日", "时间", "date", "time")
_AMOUNT_WORDS = ("金额", "金額", "发生额", "支出", "收入", "借方", "贷方", "amount", "debit", "credit", "withdrawal",
                 "deposit", "sum")
_VALUE = re.compile(r"^[-+(]?[¥￥$€£]?\s*\d[\d,]*(\.\d+)?\)?$|^\d{1,4}[-/.年]\d{1,2}")
#: A long bare number is an account or card number (``账号,6200…`` in a preamble line), not an amount or a date.
_ACCOUNT_NUMBER = re.compile(r"^\d{12,}$")
_SHOWN_COLUMNS = 6


@dataclass(frozen=True)
class Diagnosis:
    """Why a table file is no supported statement, told from its header lines only.

    Attributes:
        reason: English text naming what the file looks like and what DebtLens reads.
        mappable: its columns could be mapped to a CSV profile (see :class:`ImportFormatError`).
    """

    reason: str
    mappable: bool = False


def head_rows(rows: list[Row]) -> tuple[list[Row], list[str] | None]:
    """The rows a diagnosis may read, and the likely header among them.

    The head ends before the first data row (two or more filled cells, one of them an amount or a date): what a
    file's rows say (a shop named 支付宝-…, a payee) never decides what the file is. The header is the last row of
    the head with two or more filled cells, ``None`` when there is none.
    """
    head: list[Row] = []
    for number, cells in rows:
        filled = [c for c in cells if c]
        if len(filled) >= 2 and any(_VALUE.match(c) and not _ACCOUNT_NUMBER.match(c) for c in filled):
            break
        head.append((number, cells))
    header = next((cells for _, cells in reversed(head) if sum(1 for c in cells if c) >= 2), None)
    return head, ([c for c in header if c] if header is not None else None)


def diagnose(preamble: list[Row]) -> Diagnosis:
    """Explain, from the header lines alone, why a table file is not a supported statement.

    Args:
        preamble: the rows read while looking for a known header (at most :data:`HEADER_SCAN_ROWS`).

    Returns:
        Diagnosis: what the file looks like (an Alipay cash book, a truncated Alipay or WeChat bill, a debit card's
        statement, a Meituan bill, an unknown bank's card CSV, another table) and what DebtLens reads.
    """
    head, header = head_rows(preamble[:HEADER_SCAN_ROWS])
    text = " ".join(" ".join(cells) for _, cells in head)
    folded = text.casefold()
    if "记账本" in text:
        return Diagnosis(QT_TRANSLATE_NOOP(
                "ImportTexts", "it looks like an Alipay 记账本 (cash-book) export; export the transaction statement "
                "instead: 我的 → 账单 → … → 开具交易流水证明 → 用于个人对账"))
    if header is None:
        if "支付宝" in text or "电子客户回单" in text:
            return Diagnosis(QT_TRANSLATE_NOOP(
                    "ImportTexts", "it mentions Alipay but has no transaction header (交易时间,交易分类,…); the file may be "
                    "truncated"))
        if "微信支付" in text:
            return Diagnosis(QT_TRANSLATE_NOOP(
                    "ImportTexts", "it mentions WeChat Pay but has no transaction header (交易时间,交易类型,…); the file may "
                    "be truncated"))
        return Diagnosis(QT_TRANSLATE_NOOP(
                "ImportTexts", "no known column header in its first %1 lines (looked for the Alipay app and PC-web, "
                "WeChat Pay, JD, Meituan, CMB, ICBC, CGB, BOCOM, BOC, CITIC, SPDB, CCB, Chase and "
                "date,merchant,category,amount layouts); for another bank's CSV, set up a CSV profile")
                        .arg(HEADER_SCAN_ROWS),
                         mappable=bool(preamble))
    columns = ", ".join(header[:_SHOWN_COLUMNS]) + (", …" if len(header) > _SHOWN_COLUMNS else "")
    names = [c.casefold() for c in header]
    debit = _debit_evidence(folded, header)
    if debit:
        return Diagnosis(QT_TRANSLATE_NOOP(
                "ImportTexts", "it looks like a debit-card statement (%1): DebtLens tracks credit lines (credit cards, "
                "Huabei, pay-later), not bank accounts; %2").arg(debit, READS))
    if "支付宝" in text or "微信支付" in text:
        if "支付宝" in text:
            wrong = QT_TRANSLATE_NOOP("ImportTexts", "it looks like an Alipay file, but its columns (%1) are not those "
                                                     "of the transaction bill (交易时间,…); %2")
        else:
            wrong = QT_TRANSLATE_NOOP("ImportTexts", "it looks like a WeChat Pay file, but its columns (%1) are not "
                                                     "those of the transaction bill (交易时间,…); %2")
        return Diagnosis(wrong.arg(columns, READS))
    if "美团" in text or "京东" in text:
        app = "Meituan (美团)" if "美团" in text else "JD (京东)"
        return Diagnosis(QT_TRANSLATE_NOOP(
                "ImportTexts", "it looks like a %1 file, but its columns (%2) are not those of the bill export "
                "DebtLens reads (交易创建时间,…,实付金额 for Meituan; 交易时间,…,收/付款方式 for JD); its rows mix "
                "payment methods, so a column mapping would put every payment on the line; %3").arg(
                    app, columns, READS))
    has_date = any(any(w in n for w in _DATE_WORDS) for n in names)
    has_amount = any(any(w in n for w in _AMOUNT_WORDS) for n in names)
    if has_date and has_amount:
        return Diagnosis(QT_TRANSLATE_NOOP(
                "ImportTexts", "it looks like a bank card CSV with columns %1, a layout without a preset: map them in "
                "the CSV mapping editor; %2").arg(columns, READS), mappable=True)
    return Diagnosis(QT_TRANSLATE_NOOP(
            "ImportTexts", "its header (%1) names no date and amount columns, so it is no statement; %2; for another "
            "bank's CSV, map its columns in the CSV mapping editor").arg(columns, READS), mappable=True)


def _debit_evidence(text: str, header: list[str]) -> str:
    """What makes the head (``text``, case-folded) a debit card's or a bank account's: ``""`` when nothing does,
    or when it says credit card; a balance column alone does not count next to a posting-date column, as card
    statements print both."""
    names = [c.casefold() for c in header]
    if any(w in text for w in _CREDIT_WORDS):
        return ""
    word = next((w for w in _DEBIT_WORDS if w in text), None)
    if word is not None:
        return QT_TRANSLATE_NOOP("ImportTexts", "its header lines say %1").arg(word)
    if any(any(w in n for w in _POSTING_WORDS) for n in names):
        return ""  # a posting date with a balance: ICBC's card download prints both
    balance = next((c for c in header if any(w in c.casefold() for w in _BALANCE_WORDS)), None)
    if balance is not None:
        return QT_TRANSLATE_NOOP("ImportTexts", "a running balance column, %1").arg(balance)
    return ""


def no_header_reason(preamble: list[Row]) -> str:
    """The reason of :func:`diagnose`, for callers that need only the text."""
    return diagnose(preamble).reason
