"""The ledger as CSV: one file per table (``purchases.csv`` ...), in a folder or a zip (pure: rows in, bytes out).

Files are UTF-8 with a byte-order mark (so Excel shows Chinese text) and CRLF line ends. Amounts stay integer fen
(``*_fen`` columns), dates ISO, rates decimal strings: the same values as the JSON export.

Spreadsheet formula injection: a text cell that begins with ``=``, ``+``, ``-``, ``@``, TAB, CR or LF could be run
as a formula by Excel, LibreOffice or Numbers (OWASP "CSV injection"), e.g. a merchant named
``=HYPERLINK("http://evil","x")`` from an imported bill. Such cells get a leading apostrophe, which spreadsheets
treat as "this is text" and do not display. Numbers (ints) are written as numbers and never escaped.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterable

#: First characters that make a spreadsheet treat a cell as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")


def escape_cell(value: object) -> str:
    """One CSV cell: ``None`` -> empty, ints as digits, text with a leading ``'`` when it could run as a formula.

    Example: ``escape_cell("=1+2") == "'=1+2"``, ``escape_cell(-5) == "-5"``, ``escape_cell("a=b") == "a=b"``.
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, int):
        return str(value)
    text = str(value)
    if text.startswith(FORMULA_STARTS):
        return "'" + text
    return text


def table_csv(rows: list[dict], columns: Iterable[str] | None = None) -> bytes:
    """A table as CSV bytes (UTF-8 with BOM, CRLF): a header row of column names, then one row per record."""
    cols = list(columns) if columns is not None else (list(rows[0]) if rows else [])
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow([escape_cell(c) for c in cols])
    for row in rows:
        writer.writerow([escape_cell(row.get(c)) for c in cols])
    return buf.getvalue().encode("utf-8-sig")


def csv_files(tables: dict[str, list[dict]], columns: dict[str, list[str]] | None = None) -> dict[str, bytes]:
    """``{"<table>.csv": bytes}`` for every table (``snapshot.read_tables``); ``columns`` gives the header of
    tables that may be empty."""
    columns = columns or {}
    return {f"{name}.csv": table_csv(rows, columns.get(name)) for name, rows in tables.items()}


def zip_bytes(files: dict[str, bytes]) -> bytes:
    """The files packed in one zip archive (deflated, fixed timestamps so the same data gives the same bytes)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, data in files.items():
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zf.writestr(info, data)
    return buf.getvalue()
