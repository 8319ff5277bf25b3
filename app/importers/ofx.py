"""OFX credit-card statements: 1.x (SGML, ``OFXHEADER:100``) and 2.x (XML), read with ofxtools' tree builder.

Why not ``OFXTree.parse().convert()``: the header parser of ofxtools knows only three charsets and gives up after
8 leading blank lines, and ``convert()`` rejects files real banks send (e.g. ``LANGUAGE`` ``CHI``) and hands back
``DTPOSTED`` in UTC, whose ``.date()`` moves an 00:30 CST purchase to the day before. So this module decodes the
bytes itself (declared CHARSET, :mod:`app.importers.decoding`), feeds the body to ``ofxtools.Parser.TreeBuilder``
(the same SGML/XML tag-soup parser ``OFXTree`` uses) and reads each field's printed text: the posting date is the
first eight digits of ``DTPOSTED``, the local date in the file's own offset.

What some download code leaves after ``</OFX>`` (NUL bytes, blank lines, a byte-order mark) is dropped before
decoding, and a leading byte-order mark is read as usual: such a file is text, not binary.

Kinds: ``TRNAMT`` is signed from the holder's side (a charge is negative). A charge is a purchase (``FEE``,
``INT``, ``SRVCHG``: category Fees); a credit is a repayment or a refund by :func:`app.importers.classify.credit_kind`
(its type, then its NAME and MEMO: a ``CREDIT`` named "INTERNET PAYMENT - THANK YOU" is a repayment). Key: ``("ofx", ACCTID, FITID)``; a FITID repeated within the file (Chase) gets ``#1``, ``#2``.
"""

from __future__ import annotations

import codecs
import datetime
import html
import re
from xml.etree.ElementTree import Element

from app.domain.bank_periods import plan_period
from app.domain.errors import ValidationError
from app.importers import categories
from app.importers.amounts import parse_fen
from app.importers.classify import credit_kind
from app.importers.dates import make_date
from app.importers.decoding import decode_bytes
from app.importers.keys import KeyMaker
from app.importers.records import (
    PURCHASE,
    ImportedEvent,
    ImportFormatError,
    ParseResult,
    Problem,
    SkippedRow,
    wrong_kind,
)
from app.importers.table import ProgressCallback
from app.domain.messages import QT_TRANSLATE_NOOP

FORMAT = "ofx"
_CHARSETS = {"1252": "cp1252", "ISO-8859-1": "latin-1", "8859-1": "latin-1", "UTF-8": "utf-8", "936": "gb18030",
             "GBK": "gb18030", "GB2312": "gb18030", "GB18030": "gb18030"}
_FEE_TYPES = frozenset({"FEE", "INT", "SRVCHG"})
_XML_ENCODING = re.compile(r"""encoding\s*=\s*["']([A-Za-z0-9_.:-]+)["']""")
_STMTTRN = re.compile(r"<STMTTRN>", re.IGNORECASE)


def looks_like(data: bytes) -> bool:
    """``True`` when the bytes start like an OFX file (SGML header, or XML with an ``<?OFX`` declaration)."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").upper()
    return head.startswith((b"OFXHEADER", b"<OFX>")) or (head.startswith(b"<?XML") and b"OFXHEADER" in head)


def parse(data: bytes, filename: str, *, tracked_method: str | None = None,
          progress: ProgressCallback | None = None, transcoded_from: str | None = None) -> ParseResult:
    """Read the credit-card statements of an OFX file.

    Args:
        data: the file bytes.
        filename: for problems and errors.
        tracked_method: an ACCTID (or its last digits) to import when the file holds several cards; ``None``
            imports the only card, or none and sets ``info["needs_tracked_method"]`` when there are several.
        progress: ``progress(done, total)`` over the transactions.
        transcoded_from: the file was UTF-16/UTF-32 text and ``data`` is its UTF-8 re-encoding (see
            :func:`app.importers.decoding.decode_wide`): its CHARSET or XML encoding line no longer applies.

    Returns:
        ParseResult: events with amounts in minor units of each statement's CURDEF (``currency``; ``None``, the
        tracked line's, when a statement declares none); ``methods`` are the ACCTIDs.

    Raises:
        ImportFormatError: undecodable, truncated (no ``</OFX>``), unreadable markup, or no credit-card statement.
    """
    data = _without_padding(data)
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    declared = "utf-8" if transcoded_from else _declared_codec(head, filename)
    decoded = decode_bytes(data, filename, declared=declared, fallback="cp1252")
    text = decoded.text
    start = text.upper().find("<OFX>")
    if start < 0:
        raise wrong_kind(filename, QT_TRANSLATE_NOOP(
                "ImportTexts", "the OFX header is not followed by an <OFX> element"))
    body = text[start:]
    if "</OFX>" not in body[-200:].upper():
        raise ImportFormatError(filename, QT_TRANSLATE_NOOP(
                "ImportTexts", "the OFX file is truncated: it does not end with </OFX>"))
    root = _tree(body, filename)
    statements = _credit_statements(root, filename)

    result = ParseResult(format=FORMAT, info={"encoding": transcoded_from or decoded.encoding, "version": 2 if head.startswith(b"<?")
                                              else 1})
    if decoded.guessed:
        result.notice(QT_TRANSLATE_NOOP("ImportTexts", "the text encoding was guessed as %1").arg(decoded.encoding))
    accounts = [_text(stmt, "ACCTID") for stmt in statements]
    result.methods = list(dict.fromkeys(a for a in accounts if a))
    chosen = _choose_accounts(result, statements, accounts, tracked_method)
    line_of = _transaction_lines(text, start, root)
    keys = KeyMaker()
    total = sum(len(list(stmt.iter("STMTTRN"))) for stmt in statements)
    done = 0
    for stmt, account in zip(statements, accounts):
        currency = _text(stmt, "CURDEF").upper() or None  # none declared: the tracked line's, as for QIF
        balance = _first(stmt, "LEDGERBAL")
        if balance is not None and stmt in chosen:
            try:
                result.info.setdefault("ledger_balance_fen", {})[account] = parse_fen(
                    _text(balance, "BALAMT"), field="BALAMT", allow_negative=True, allow_zero=True)
            except ValidationError:
                result.notice(QT_TRANSLATE_NOOP(
                        "ImportTexts", "the ledger balance of account %1 is unreadable").arg(account))
        for trn in stmt.iter("STMTTRN"):
            done += 1
            if progress is not None and done % 500 == 0:
                progress(done, total)
            row = line_of.get(id(trn), 0)
            if stmt not in chosen:
                result.skipped.append(SkippedRow(row, QT_TRANSLATE_NOOP(
                        "ImportTexts", "account %1 is not the tracked card").arg(account)))
                continue
            _read_transaction(result, keys, filename, trn, row, account, currency)
    result.note_plan_periods()
    if progress is not None:
        progress(total, total)
    rows = {e.row for e in result.events} | {s.row for s in result.skipped} | {p.row for p in result.problems}
    result.info["data_rows"] = len(rows)
    return result


def _without_padding(data: bytes) -> bytes:
    """``data`` without what some banks' download code leaves after ``</OFX>``: NUL bytes (a fixed-size buffer
    written whole), blank lines, a stray byte-order mark. A NUL anywhere else still makes the file binary."""
    end = len(data)
    while True:
        trimmed = data[:end].rstrip(b"\x00 \t\r\n")
        if trimmed.endswith(codecs.BOM_UTF8):
            trimmed = trimmed[: -len(codecs.BOM_UTF8)]
        if len(trimmed) == end:
            return data[:end]
        end = len(trimmed)


def _declared_codec(head: bytes, filename: str) -> str | None:
    """The codec the OFX header declares, or ``None`` to detect (``CHARSET:NONE`` / no XML encoding)."""
    text = head.decode("ascii", "replace")
    if head.startswith(b"<?"):
        match = _XML_ENCODING.search(text)
        return _codec(match.group(1), filename) if match else "utf-8"
    fields = dict(re.findall(r"([A-Z]+):\s*([^\s<]+)", text.split("<", 1)[0].upper()))
    if fields.get("ENCODING") in ("UTF-8", "UNICODE"):
        return "utf-8"
    charset = fields.get("CHARSET", "NONE")
    return None if charset == "NONE" else _codec(charset, filename)


def _codec(charset: str, filename: str) -> str:
    name = _CHARSETS.get(charset.upper(), charset)
    for candidate in (name, f"cp{name}" if name.isdigit() else name):
        try:
            return codecs.lookup(candidate).name
        except (LookupError, ValueError):  # ValueError: a NUL byte in the declared name
            continue
    raise ImportFormatError(filename, QT_TRANSLATE_NOOP(
            "ImportTexts", "the OFX header declares an unknown character set %1").arg(repr(charset)))


def _tree(body: str, filename: str) -> Element:
    from ofxtools.Parser import TreeBuilder  # imported on demand: OFX files are the rare case

    builder = TreeBuilder()
    try:
        builder.feed(body)
        root = builder.close()
    except Exception as err:  # ofxtools raises ParseError, IndexError, AttributeError on broken markup
        raise ImportFormatError(filename, QT_TRANSLATE_NOOP(
                "ImportTexts", "the OFX markup cannot be read (%1: %2)").arg(type(err).__name__, err)) from None
    if root is None or root.tag != "OFX":
        raise ImportFormatError(filename, QT_TRANSLATE_NOOP("ImportTexts", "the OFX markup has no <OFX> root element"))
    return root


def _credit_statements(root: Element, filename: str) -> list[Element]:
    """CCSTMTRS of CREDITCARDMSGSRSV1, plus bank statements of an account typed CREDITLINE."""
    statements = list(root.iter("CCSTMTRS"))
    statements += [s for s in root.iter("STMTRS") if _text(s, "ACCTTYPE").upper() == "CREDITLINE"]
    if statements:
        return statements
    if any(True for _ in root.iter("STMTRS")):
        raise wrong_kind(filename, QT_TRANSLATE_NOOP(
                "ImportTexts", "this OFX file holds a bank-account statement (BANKMSGSRSV1), not a credit card "
                "(CREDITCARDMSGSRSV1)"))
    raise wrong_kind(filename, QT_TRANSLATE_NOOP(
            "ImportTexts", "this OFX file holds no credit-card statement (CREDITCARDMSGSRSV1)"))


def _choose_accounts(result: ParseResult, statements: list[Element], accounts: list[str],
                     tracked: str | None) -> list[Element]:
    if tracked:
        chosen = [s for s, a in zip(statements, accounts) if a == tracked or (a and a.endswith(tracked))]
        if not chosen:
            result.notice(QT_TRANSLATE_NOOP("ImportTexts", "account %1 is not in this file").arg(tracked))
        result.info["tracked_method"] = tracked
        return chosen
    if len(set(accounts)) > 1:
        result.info["needs_tracked_method"] = True
        result.notice(QT_TRANSLATE_NOOP(
                "ImportTexts", "this file holds several cards: choose one of %1").arg(', '.join(result.methods)))
        return []
    result.info["tracked_method"] = accounts[0] if accounts else None
    return statements


def _transaction_lines(text: str, start: int, root: Element) -> dict[int, int]:
    """Line number of each STMTTRN element: the n-th ``<STMTTRN>`` tag in the text is the n-th in the tree."""
    elements = list(root.iter("STMTTRN"))
    positions = [m.start() for m in _STMTTRN.finditer(text, start)]
    if len(positions) != len(elements):
        return {}  # odd markup: rows stay 0 rather than point at the wrong line
    lines: dict[int, int] = {}
    line, previous = text.count("\n", 0, start) + 1, start
    for element, position in zip(elements, positions):
        line += text.count("\n", previous, position)
        previous = position
        lines[id(element)] = line
    return lines


def _read_transaction(result: ParseResult, keys: KeyMaker, filename: str, trn: Element, row: int, account: str,
                      currency: str | None) -> None:
    trntype = _text(trn, "TRNTYPE").upper()
    try:
        posted_on = _printed_date(_text(trn, "DTPOSTED"))
        amount_text = _text(trn, "TRNAMT")
        comma = "," in amount_text and "." not in amount_text  # OFX allows a decimal comma
        charge = -parse_fen(amount_text, field="TRNAMT", allow_negative=True, allow_zero=True, decimal_comma=comma)
    except ValidationError as err:
        result.problems.append(Problem(filename, row, err.field, QT_TRANSLATE_NOOP(
                "ImportTexts", "%1 (got %2)").arg(err.reason, repr(err.value))))
        return
    if charge == 0:
        result.skipped.append(SkippedRow(row, QT_TRANSLATE_NOOP("ImportTexts", "amount is 0.00: no money moved")))
        return
    warnings: list[str] = []
    category = categories.FEES if trntype in _FEE_TYPES else categories.OTHER
    fitid = _text(trn, "FITID")
    name = _text(trn, "NAME") or _text(trn, "PAYEE")
    memo = _text(trn, "MEMO")
    if charge > 0:
        kind = PURCHASE
        if trntype in ("CREDIT", "PAYMENT"):
            warnings.append(QT_TRANSLATE_NOOP(
                    "ImportTexts", "TRNTYPE %1 with a negative TRNAMT: read as a charge").arg(trntype))
    else:
        kind = credit_kind((name, memo), trntype=trntype)
        if trntype in ("DEBIT", *_FEE_TYPES):
            warnings.append(QT_TRANSLATE_NOOP(
                    "ImportTexts", "TRNTYPE %1 with a positive TRNAMT: read as a credit").arg(trntype))
    amount = abs(charge)
    part = plan_period(name, memo) if kind == PURCHASE else None  # a period of the bank's plan (分期 n/N期)
    if fitid:
        key = keys.from_id("ofx", account, fitid)
    elif part is not None:  # the same period in two overlapping downloads is one row (bank_periods)
        key = keys.from_id(part.key(f"ofx:{account}", amount))
    else:
        key = keys.from_content(f"ofx:{account}", posted_on, f"{kind}:{name}", amount)
    result.events.append(ImportedEvent(
        kind=kind, row=row, posted_on=posted_on, amount_fen=amount, merchant=name, description=memo,
        category=category, source_category=trntype, source_key=key, order_no=fitid or None, method=account,
        warnings=tuple(warnings), currency=currency, plan_period=part,
    ))


def _printed_date(value: str) -> datetime.date:
    """``20241123003000.000[+8:CST]`` -> 2024-11-23: the date as printed, in the file's own offset."""
    digits = value[:8]
    if len(digits) != 8 or not digits.isascii() or not digits.isdigit():
        raise ValidationError("DTPOSTED", value, QT_TRANSLATE_NOOP("ImportTexts", "is not an OFX date"))
    return make_date(int(digits[:4]), int(digits[4:6]), int(digits[6:]), field="DTPOSTED", text=value)


def _first(element: Element, tag: str) -> Element | None:
    return next(element.iter(tag), None)


def _text(element: Element, tag: str) -> str:
    """Text of the first ``tag`` below ``element``, entities resolved (``&amp;`` -> ``&``), stripped."""
    found = _first(element, tag)
    return html.unescape(found.text or "").strip() if found is not None else ""
