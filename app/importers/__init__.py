"""Statement importers: file bytes -> plain records (:class:`ImportedEvent`) plus row-level problems.

Importers never touch the database and import nothing from ``app.storage``, ``app.services``, ``app.ui`` or Qt;
the import service dedupes by ``source_key`` and writes in one transaction.

Entry points: :func:`parse_file` (detects the format from the content) and :func:`list_formats`.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from app.domain import ledger_bounds
from app.importers import alipay, alipay_web, bank_csv, card_presets, manual_csv, ofx, paylater, qif, wechat
from app.importers.csv_profile import CsvProfile, format_key
from app.importers.decoding import decode_bytes, decode_wide
from app.importers.detect import Header, binary_kind, diagnose, find_header
from app.importers.records import (
    KINDS,
    PURCHASE,
    REFUND,
    REPAYMENT,
    ImportedEvent,
    ImportFormatError,
    ParseResult,
    Problem,
    SkippedRow,
    wrong_kind,
)
from app.importers.rows import Row, crlf_rows, csv_rows, text_lines, xls_rows, xlsx_rows
from app.importers.table import ProgressCallback, Table
from app.importers.text_stream import stream_text
from app.domain.messages import QT_TRANSLATE_NOOP

__all__ = [
    "KINDS", "PURCHASE", "REFUND", "REPAYMENT", "CsvProfile", "FormatInfo", "ImportFormatError", "ImportedEvent",
    "ParseResult", "Problem", "SkippedRow", "list_formats", "parse_file",
]


@dataclass(frozen=True, slots=True)
class FormatInfo:
    """One supported file format, for the import dialog.

    Attributes:
        key: the value of ``ParseResult.format`` (a bank CSV gives ``bank_csv:<profile>``).
        label: its name for people (a :class:`~app.domain.messages.Message`).
        extensions: usual file name endings, without the dot.
    """

    key: str
    label: str
    extensions: tuple[str, ...]


#: A bank's credit-card CSV, by the name of its preset or of the user's saved column profile.
_CARD_CSV = QT_TRANSLATE_NOOP("ImportTexts", "%1 credit-card CSV")
#: A bank's card download, CSV or Excel (the presets read both), by its bank's name.
_CARD_EXPORT = QT_TRANSLATE_NOOP("ImportTexts", "%1 credit-card statement (CSV or Excel)")
#: The presets' banks by name, as people call them in each language.
_BANKS = {"CMB": QT_TRANSLATE_NOOP("ImportTexts", "CMB"), "ICBC": QT_TRANSLATE_NOOP("ImportTexts", "ICBC"),
          "CGB": QT_TRANSLATE_NOOP("ImportTexts", "CGB"), "BOCOM": QT_TRANSLATE_NOOP("ImportTexts", "BOCOM"),
          "BOC": QT_TRANSLATE_NOOP("ImportTexts", "BOC"), "CITIC": QT_TRANSLATE_NOOP("ImportTexts", "CITIC"),
          "SPDB": QT_TRANSLATE_NOOP("ImportTexts", "SPDB"), "CCB": QT_TRANSLATE_NOOP("ImportTexts", "CCB"),
          "Chase": QT_TRANSLATE_NOOP("ImportTexts", "Chase")}
_FORMATS = (
    FormatInfo(alipay.LAYOUT_2023, QT_TRANSLATE_NOOP("ImportTexts", "Alipay app statement (2023+)"), ("csv",)),
    FormatInfo(alipay.LAYOUT_2021, QT_TRANSLATE_NOOP("ImportTexts", "Alipay app statement (2021–22)"), ("csv",)),
    FormatInfo(alipay_web.LAYOUT, QT_TRANSLATE_NOOP("ImportTexts", "Alipay PC-web export (legacy)"), ("csv", "txt")),
    FormatInfo(wechat.FORMAT_CSV, QT_TRANSLATE_NOOP("ImportTexts", "WeChat Pay bill (CSV)"), ("csv",)),
    FormatInfo(wechat.FORMAT_XLSX, QT_TRANSLATE_NOOP("ImportTexts", "WeChat Pay bill (Excel)"), ("xlsx",)),
    FormatInfo(paylater.JD, QT_TRANSLATE_NOOP("ImportTexts", "JD (京东) bill export: 白条 rows"), ("csv",)),
    FormatInfo(paylater.MEITUAN, QT_TRANSLATE_NOOP("ImportTexts", "Meituan (美团) bill export: 月付 rows"), ("csv",)),
    *(FormatInfo(format_key(p), _CARD_EXPORT.arg(_BANKS.get(p.name, p.name)), ("csv", "xls", "xlsx"))
      for p in card_presets.PRESETS),
    FormatInfo("bank_csv:<profile>", QT_TRANSLATE_NOOP("ImportTexts", "Bank CSV with a saved column profile"), ("csv",)),
    FormatInfo(ofx.FORMAT, QT_TRANSLATE_NOOP("ImportTexts", "OFX / QFX credit-card statement (1.x SGML, 2.x XML)"), ("ofx", "qfx")),
    FormatInfo(qif.FORMAT, QT_TRANSLATE_NOOP("ImportTexts", "QIF credit-card export"), ("qif",)),
    FormatInfo(manual_csv.FORMAT, QT_TRANSLATE_NOOP("ImportTexts", "Typed purchases (date,merchant,category,amount,installments)"), ("csv",)),
)


def list_formats() -> list[FormatInfo]:
    """Every format :func:`parse_file` recognises, in the order the import dialog lists them."""
    return list(_FORMATS)


def format_label(key: str) -> str:
    """The name for people of a detected format (``ParseResult.format``): a listed format's label, or for a saved
    column profile (``bank_csv:<name>``) "<name> credit-card CSV"; a :class:`~app.domain.messages.Message`,
    translated at the edge. An unknown key is returned as it is."""
    info = next((f for f in _FORMATS if f.key == key), None)
    if info is not None:
        return info.label
    if key.startswith("bank_csv:"):
        return _CARD_CSV.arg(key.split(":", 1)[1])
    return key


def parse_file(
    data: bytes,
    filename: str,
    *,
    tracked_method: str | None = None,
    profile: CsvProfile | None = None,
    progress: ProgressCallback | None = None,
    all_on_line: bool = False,
) -> ParseResult:
    """Detect the format of a statement file from its content and read it.

    Args:
        data: the file's bytes, exactly as on disk.
        filename: the file's name, used in problems and error messages only (never opened).
        tracked_method: the payment method of the tracked credit line: ``None`` means 花呗 for Alipay, 白条 for JD,
            月付 for Meituan, the only credit card of a WeChat bill (or none, see ``info["needs_tracked_method"]``),
            the only card of an OFX file. Bank CSVs, QIF and typed purchases hold one line and ignore it.
        profile: column profile for a bank CSV; tried before the presets.
        progress: called as ``progress(done, total)`` now and then, and once at the end.
        all_on_line: the user said every payment in the file was charged to the tracked line; read only by
            formats that cannot tell (the Alipay PC-web export): without it they plan nothing.

    Returns:
        ParseResult: events with amounts in integer minor units (fen), skipped rows and problems.

    Raises:
        ImportFormatError: the file is empty, of the wrong kind, truncated or undecodable.
    """
    return _within_ledger(_read(data, filename, tracked_method=tracked_method, profile=profile, progress=progress,
                                all_on_line=all_on_line), filename)


def _within_ledger(result: ParseResult, filename: str) -> ParseResult:
    """``result`` with each row dated outside the days a ledger keeps (``ledger_bounds.FIRST_DAY`` to
    ``LAST_DAY``: a misread or mistyped year, 1899-12-30 from an empty spreadsheet cell) moved to its problems,
    so a file's good rows import and nothing is stored that the ledger could not export and restore."""
    outside = [e for e in result.events if not ledger_bounds.within(e.posted_on)]
    if outside:
        result.events = [e for e in result.events if ledger_bounds.within(e.posted_on)]
        result.problems.extend(Problem(filename, e.row, "", OUTSIDE_LEDGER.arg(
                e.posted_on.isoformat(), ledger_bounds.FIRST_DAY.isoformat(), ledger_bounds.LAST_DAY.isoformat()))
                               for e in outside)
        result.problems.sort(key=lambda p: p.row)
    return result


#: A row dated outside the days a ledger keeps: %1 the date, %2 and %3 the first and last day kept.
OUTSIDE_LEDGER = QT_TRANSLATE_NOOP("ImportTexts", "dated %1: a ledger keeps days from %2 to %3")


def _read(data: bytes, filename: str, *, tracked_method: str | None, profile: CsvProfile | None,
          progress: ProgressCallback | None, all_on_line: bool) -> ParseResult:
    """``parse_file`` without its check of the dates."""
    data = bytes(data)
    if not data or data.isspace():
        raise ImportFormatError(filename, QT_TRANSLATE_NOOP("ImportTexts", "the file is empty"))
    container = binary_kind(data)
    if container == "zip":
        if b"xl/" not in data[:65536] and b"[Content_Types].xml" not in data[:65536]:
            raise wrong_kind(filename, QT_TRANSLATE_NOOP(
                    "ImportTexts", "it is a zip archive (wallets e-mail the bill as a password-protected zip): extract "
                    "the .csv or .xlsx inside it first"))
        rows = list(xlsx_rows(data, filename))
        return _parse_rows(iter(rows), filename, source="xlsx", encoding="xlsx", total=len(rows),
                           ends_cleanly=True, text=None, tracked_method=tracked_method, profile=profile,
                           progress=progress, all_on_line=all_on_line)
    if container == "ole":
        rows = list(xls_rows(data, filename))
        return _parse_rows(iter(rows), filename, source="xls", encoding="xls", total=len(rows),
                           ends_cleanly=True, text=None, tracked_method=tracked_method, profile=profile,
                           progress=progress, all_on_line=all_on_line)
    if container == "pdf":
        raise wrong_kind(filename, QT_TRANSLATE_NOOP(
                "ImportTexts", "it is a PDF; export the statement as CSV, Excel or OFX instead"))
    wide = decode_wide(data, filename)
    if wide is not None:
        # UTF-16/UTF-32 text (a BOM, or NULs between ASCII letters): detect OFX and QIF on its UTF-8 form
        narrow = wide.text.encode("utf-8")
        if ofx.looks_like(narrow):
            return ofx.parse(narrow, filename, tracked_method=tracked_method, progress=progress,
                             transcoded_from=wide.encoding)
        if qif.looks_like(narrow):
            return qif.parse(narrow, filename, progress=progress, transcoded_from=wide.encoding)
    if ofx.looks_like(data):
        return ofx.parse(data, filename, tracked_method=tracked_method, progress=progress)
    if qif.looks_like(data):
        return qif.parse(data, filename, progress=progress)
    declared = profile.encoding if profile else None
    streamed = stream_text(data, declared=declared) if wide is None else None
    if streamed is not None:
        try:  # line by line, never the whole text at once
            return _parse_rows(csv_rows(streamed.lines(), filename), filename, source="csv",
                               encoding=streamed.encoding, total=streamed.line_count(),
                               ends_cleanly=streamed.ends_cleanly(), text=streamed.text,
                               tracked_method=tracked_method, profile=profile, progress=progress,
                               all_on_line=all_on_line)
        except UnicodeDecodeError:
            pass  # the head's encoding does not hold for the whole file: decide on all of it, as below
    decoded = wide or decode_bytes(data, filename, declared=declared,
                                   declared_by=QT_TRANSLATE_NOOP("ImportTexts", "the CSV profile %1").arg(
                                       repr(profile.name)) if profile else None)
    text = decoded.text
    result = _parse_rows(csv_rows(text_lines(text), filename), filename, source="csv", encoding=decoded.encoding,
                         total=text.count("\n") + 1, ends_cleanly=text.endswith(("\n", "\r")),
                         text=lambda: text, tracked_method=tracked_method, profile=profile, progress=progress,
                         all_on_line=all_on_line)
    if decoded.guessed:
        result.info["encoding_guessed"] = True
        result.notice(QT_TRANSLATE_NOOP(
                "ImportTexts", "the text encoding was guessed as %1: check that names read correctly")
                        .arg(decoded.encoding))
    return result


def _parse_rows(rows: Iterator[Row], filename: str, *, source: str, encoding: str, total: int, ends_cleanly: bool,
                text: Callable[[], str] | None, tracked_method: str | None, profile: CsvProfile | None,
                progress: ProgressCallback | None, all_on_line: bool = False) -> ParseResult:
    header, preamble = find_header(rows, profile)
    if header is None:
        diagnosis = diagnose(preamble)
        raise wrong_kind(filename, diagnosis.reason, mappable=diagnosis.mappable)
    whole = text() if header.kind == alipay_web.LAYOUT and text is not None else None
    if whole is not None and "\r\n" in whole:
        # A bare LF inside a field is data in this export: re-read the body splitting on CRLF only.
        rows = itertools.dropwhile(lambda row: row[0] <= header.row, crlf_rows(whole, filename))
    table = Table(filename=filename, header_row=header.row, header=header.cells, rows=rows,
                  preamble=header.preamble, encoding=encoding, total_lines=total, ends_cleanly=ends_cleanly,
                  progress=progress, delimited=source == "csv")
    return _dispatch(header, table, source, tracked_method, all_on_line)


def _dispatch(header: Header, table: Table, source: str, tracked_method: str | None,
              all_on_line: bool = False) -> ParseResult:
    if header.kind in (alipay.LAYOUT_2023, alipay.LAYOUT_2021):
        return alipay.parse(table, header.kind, tracked_method=tracked_method)
    if header.kind == alipay_web.LAYOUT:
        return alipay_web.parse(table, tracked_method=tracked_method, all_on_line=all_on_line)
    if header.kind == "wechat":
        fmt = wechat.FORMAT_XLSX if source == "xlsx" else wechat.FORMAT_CSV
        return wechat.parse(table, fmt, tracked_method=tracked_method)
    if header.kind in (paylater.JD, paylater.MEITUAN):
        return paylater.parse(table, header.kind, tracked_method=tracked_method)
    if header.kind == "manual":
        return manual_csv.parse(table)
    assert header.profile is not None
    return bank_csv.parse(table, header.profile)

