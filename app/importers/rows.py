"""Turn decoded text or an XLSX workbook into numbered rows of stripped strings.

A row is ``(number, cells)``: ``number`` is the 1-based line of the file where the record starts (or the sheet
row), ``cells`` the fields with spaces and TABs stripped (Alipay pads every field and ends order numbers with a
TAB; WeChat puts a TAB after a closing quote; ICBC puts one inside the quotes).
"""

from __future__ import annotations

import csv
import datetime
import io
from collections.abc import Iterable, Iterator
from decimal import Decimal
from typing import Any

from app.importers.records import ImportFormatError, wrong_kind
from app.domain.messages import QT_TRANSLATE_NOOP

Row = tuple[int, list[str]]


def csv_rows(lines: Iterable[str], filename: str) -> Iterator[Row]:
    """Yield the records of CSV text given line by line (each with its line break: :func:`text_lines`,
    :meth:`~app.importers.text_stream.StreamedText.lines`), fields stripped, numbered by the line each record
    starts on.

    The reader is lenient (``strict=False``): a TAB after a closing quote (WeChat, April 2025) stays in the field
    and is stripped; quoted fields may span lines.

    Raises:
        ImportFormatError: the text cannot be read as CSV at all (e.g. one field longer than 128 KiB).
    """
    reader = csv.reader(lines, strict=False)
    start = 1
    try:
        for cells in reader:
            yield start, list(map(str.strip, cells))
            start = reader.line_num + 1
    except csv.Error as err:
        raise ImportFormatError(filename, QT_TRANSLATE_NOOP(
                "ImportTexts", "not readable as CSV near line %1: %2").arg(start, err)) from None


def text_lines(text: str) -> Iterator[str]:
    """Yield the lines of ``text`` with their endings, one at a time.

    Cheaper than ``io.StringIO`` (which copies the text into 4 bytes per character) and, unlike
    ``str.splitlines``, it breaks only at LF (or at CR for a CR-only file), as CSV does.
    """
    newline = "\n" if "\n" in text or "\r" not in text else "\r"
    start, size = 0, len(text)
    find = text.find
    while start < size:
        end = find(newline, start)
        if end < 0:
            yield text[start:]
            return
        yield text[start:end + 1]
        start = end + 1


def crlf_rows(text: str, filename: str) -> Iterator[Row]:
    """Yield CSV records split on CRLF only, for files where a bare LF is data inside an unquoted field.

    The Alipay PC-web export is such a file (input-formats.md §4): a generic CSV reader would cut that record
    in two. A bare LF or CR inside a record becomes a space. Rows are numbered by the physical line (an editor
    shows the bare LF as a line break), so the row after such a record is one further on.
    """
    line = 1
    for record in text.split("\r\n"):
        flat = record.replace("\n", " ").replace("\r", " ")
        try:
            cells = next(csv.reader([flat], strict=False), [])
        except csv.Error as err:
            raise ImportFormatError(filename, QT_TRANSLATE_NOOP(
                    "ImportTexts", "not readable as CSV at line %1: %2").arg(line, err)) from None
        yield line, [c.strip() for c in cells]
        line += record.count("\n") + 1


#: An unpacked workbook larger than this is refused before it is parsed (a zip bomb unpacks 2 MB into gigabytes).
MAX_XLSX_UNPACKED_BYTES = 400 * 1024 * 1024
#: Shared strings (the workbook's table of texts) above this count are refused before parsing: the texts of a bill
#: repeat (shops, categories, methods), so even a large export has far fewer; a 212 KB file holding 5 million
#: empty ones took 40 s and 513 MB.
MAX_XLSX_SHARED_STRINGS = 3_000_000


def check_xlsx_size(data: bytes, filename: str) -> None:
    """Refuse a workbook whose parts unpack to more than ``MAX_XLSX_UNPACKED_BYTES`` or whose shared-strings table
    declares more than ``MAX_XLSX_SHARED_STRINGS`` entries, reading only the zip directory and the table's header.

    Raises:
        ImportFormatError: over a cap (named), or not a readable zip.
    """
    import zipfile

    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as err:
        raise wrong_kind(filename, QT_TRANSLATE_NOOP(
                "ImportTexts", "the Excel workbook cannot be read (%1)").arg(err)) from None
    unpacked = sum(i.file_size for i in infos)
    if unpacked > MAX_XLSX_UNPACKED_BYTES:
        raise ImportFormatError(filename, QT_TRANSLATE_NOOP(
                "ImportTexts", "the Excel workbook unpacks to %1 bytes, more than the %2 DebtLens reads; export a "
                "shorter period").arg(format(unpacked, ','), format(MAX_XLSX_UNPACKED_BYTES, ',')))
    for info in infos:
        if info.filename.lower().endswith("sharedstrings.xml"):
            count = 0
            try:
                with archive.open(info) as part:  # streamed: what is counted is never held in memory
                    tail = b""
                    while chunk := part.read(1 << 20):
                        count += (tail + chunk).count(b"<si") - tail.count(b"<si")
                        tail = chunk[-2:]
                        if count > MAX_XLSX_SHARED_STRINGS:
                            raise ImportFormatError(
                                filename, QT_TRANSLATE_NOOP(
                                        "ImportTexts", "the Excel workbook holds more than %1 texts, more than "
                                        "DebtLens reads; export a shorter period")
                                                .arg(format(MAX_XLSX_SHARED_STRINGS, ',')))
            except (zipfile.BadZipFile, OSError, RuntimeError, NotImplementedError, EOFError) as err:
                raise wrong_kind(filename, QT_TRANSLATE_NOOP(
                        "ImportTexts", "the Excel workbook cannot be read (%1)").arg(err)) from None


def xlsx_rows(data: bytes, filename: str) -> Iterator[Row]:
    """Yield the rows of the first worksheet of an XLSX file as stripped text cells, numbered by sheet row.

    Cell values become text the way they are printed in the file: a numeric cell through ``repr`` of its value
    (``1234.56`` -> ``"1234.56"``, never ``int(x * 100)``), a date cell as ``YYYY-MM-DD HH:MM:SS`` (naive wall
    clock, no zone), anything else through ``str``.

    Raises:
        ImportFormatError: not a readable workbook (truncated zip, encrypted, not OOXML).
    """
    from openpyxl import load_workbook  # imported on demand: most imports are CSV

    check_xlsx_size(data, filename)
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as err:  # openpyxl raises zipfile, KeyError, XML and its own errors for damaged files
        raise wrong_kind(filename, QT_TRANSLATE_NOOP(
                "ImportTexts", "the Excel workbook cannot be read (%1: %2)").arg(type(err).__name__, err)) from None
    try:
        if not workbook.worksheets:
            raise wrong_kind(filename, QT_TRANSLATE_NOOP("ImportTexts", "the Excel workbook has no worksheet"))
        sheet = workbook.worksheets[0]
        sheet.reset_dimensions()  # some exporters write a wrong <dimension>; read every cell that is there
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            yield number, [_cell_text(v) for v in values]
    except ImportFormatError:
        raise
    except Exception as err:  # damaged sheet XML surfaces only while iterating
        raise wrong_kind(filename, QT_TRANSLATE_NOOP(
                "ImportTexts", "the Excel sheet cannot be read (%1: %2)").arg(type(err).__name__, err)) from None
    finally:
        workbook.close()


#: A legacy workbook larger than this is refused before xlrd reads it (it holds the whole file in memory).
MAX_XLS_BYTES = 64 * 1024 * 1024


def xls_rows(data: bytes, filename: str) -> Iterator[Row]:
    """Yield the rows of the first worksheet of a legacy ``.xls`` (BIFF, Excel 97-2003) workbook, read with xlrd, as
    stripped text cells numbered by sheet row; cells become text as in :func:`xlsx_rows` (a date cell through the
    workbook's own date system).

    Raises:
        ImportFormatError: larger than :data:`MAX_XLS_BYTES`, password-protected (an encrypted ``.xlsx`` is such
            an OLE file too), or not a readable workbook.
    """
    import xlrd  # imported on demand: only CITIC, CCB and SPDB downloads are .xls

    if len(data) > MAX_XLS_BYTES:
        raise ImportFormatError(filename, QT_TRANSLATE_NOOP(
                "ImportTexts", "the Excel workbook is %1 bytes, more than the %2 DebtLens reads; export a shorter "
                "period").arg(format(len(data), ','), format(MAX_XLS_BYTES, ',')))
    try:
        # xlrd prints its warnings to standard output unless given a log: they would end up in the CLI's output
        book = xlrd.open_workbook(file_contents=data, on_demand=True, logfile=io.StringIO())
    except Exception as err:  # xlrd raises XLRDError, CompDocError, struct and index errors on damaged files
        text = str(err)
        # an encrypted .xls says so; a password-protected .xlsx is an OLE file holding no workbook stream
        if "encrypt" in text.lower() or "find workbook" in text.lower():
            raise wrong_kind(filename, QT_TRANSLATE_NOOP(
                    "ImportTexts", "it is a password-protected Excel file: open it, remove the password and save it as "
                    ".xlsx or CSV")) from None
        raise wrong_kind(filename, QT_TRANSLATE_NOOP(
                "ImportTexts", "the legacy Excel (.xls) workbook cannot be read (%1: %2)")
                        .arg(type(err).__name__, err)) from None
    try:
        if book.nsheets == 0:
            raise wrong_kind(filename, QT_TRANSLATE_NOOP("ImportTexts", "the Excel workbook has no worksheet"))
        sheet = book.sheet_by_index(0)
        for r in range(sheet.nrows):
            yield r + 1, [_xls_cell_text(sheet.cell(r, c), book.datemode) for c in range(sheet.ncols)]
    except ImportFormatError:
        raise
    except Exception as err:
        raise wrong_kind(filename, QT_TRANSLATE_NOOP(
                "ImportTexts", "the Excel sheet cannot be read (%1: %2)").arg(type(err).__name__, err)) from None
    finally:
        book.release_resources()


def _xls_cell_text(cell: Any, datemode: int) -> str:
    import xlrd

    if cell.ctype == xlrd.XL_CELL_DATE:
        try:
            return _cell_text(xlrd.xldate.xldate_as_datetime(cell.value, datemode))
        except (ValueError, OverflowError, xlrd.xldate.XLDateError):
            return _cell_text(cell.value)
    if cell.ctype == xlrd.XL_CELL_NUMBER:
        return _cell_text(float(cell.value))
    if cell.ctype == xlrd.XL_CELL_BOOLEAN:
        return str(bool(cell.value))
    if cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK, xlrd.XL_CELL_ERROR):
        return ""
    return _cell_text(cell.value)


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float):
        if abs(value) >= 1e15:
            return repr(value)  # "4.2e+27": beyond float precision, so a mangled id must look mangled
        # repr is the shortest text that round-trips: the number as the file stored it, e.g. "28.16".
        return format(Decimal(repr(value)), "f")
    if isinstance(value, datetime.datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    return str(value).strip()
