"""What a table-shaped format parser receives: the header it was detected by and the rows after it."""

from __future__ import annotations

import sys

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from app.importers.records import ImportFormatError, ParseResult, Problem
from app.importers.rows import Row
from app.domain.messages import QT_TRANSLATE_NOOP

ProgressCallback = Callable[[int, int], None]

#: How often (in rows) the progress callback is called.
PROGRESS_EVERY = 2000


@dataclass
class Table:
    """A CSV or XLSX file split at its header row.

    Attributes:
        filename: the file name as given, for problems and errors.
        header_row: line or sheet row of the header.
        header: the header cells, stripped.
        rows: the rows after the header (a one-shot iterator).
        preamble: the rows before the header (CMB keeps the statement year there).
        encoding: codec the text was decoded with, or ``"xlsx"``.
        total_lines: lines (or sheet rows) in the file, for progress.
        ends_cleanly: the last line ends in a line break (a cut-off file usually does not).
        progress: the caller's ``progress(done, total)`` callback, or ``None``.
    """

    filename: str
    header_row: int
    header: list[str]
    rows: Iterator[Row]
    preamble: list[Row] = field(default_factory=list)
    encoding: str = "utf-8"
    total_lines: int = 0
    ends_cleanly: bool = True
    progress: ProgressCallback | None = None
    _next_report: int = PROGRESS_EVERY
    _last_row: int = 0
    _last_short: int = -1

    def data_rows(self) -> Iterator[Row]:
        """Yield the non-blank rows after the header, reporting progress on the way."""
        for number, cells in self.rows:
            if self.progress is not None and number >= self._next_report:
                self.progress(min(number, self.total_lines), self.total_lines)
                self._next_report = number + PROGRESS_EVERY
            if not any(cells):
                continue  # blank lines and Excel's all-comma padding rows carry nothing
            self._last_row = number
            yield number, cells

    #: ``same(text)``: ``text`` as one string object per distinct value: merchants, items, categories and payment
    #: methods repeat row after row, and every event keeps its own otherwise (100,000 rows: tens of MB). The
    #: interpreter's own table of interned strings, a C call with no Python frame, 340,000 times per 100,000 rows;
    #: a string leaves it when nothing refers to it any more.
    same = staticmethod(sys.intern)

    def column_index(self, aliases: dict[str, str], required: tuple[str, ...]) -> dict[str, int]:
        """Map field names to column positions through the header, e.g. ``{"amount": 6}``.

        Args:
            aliases: header text (ASCII parentheses) -> field name; several texts may name one field.
            required: field names that must be present.

        Raises:
            ImportFormatError: a required column is missing.
        """
        index: dict[str, int] = {}
        for position, name in enumerate(self.header):
            key = aliases.get(name.replace("（", "(").replace("）", ")"))
            if key is not None and key not in index:
                index[key] = position
        missing = [name for name in required if name not in index]
        if missing:
            raise ImportFormatError(self.filename, QT_TRANSLATE_NOOP(
                    "ImportTexts", "the header on row %1 lacks the column(s) %2")
                            .arg(self.header_row, ', '.join(missing)))
        return index

    def too_short(self, result: ParseResult, number: int, cells: list[str], width: int) -> bool:
        """Record a problem and return ``True`` when a row has fewer than ``width`` fields."""
        if len(cells) >= width:
            return False
        result.problems.append(Problem(self.filename, number, "", QT_TRANSLATE_NOOP(
                "ImportTexts", "the row has %1 fields, expected at least %2").arg(len(cells), width)))
        self._last_short = number
        return True

    def finish(self, result: ParseResult) -> ParseResult:
        """Final checks and bookkeeping once all rows are read.

        Raises:
            ImportFormatError: the last row is incomplete and the file does not end in a line break: the file
                was cut off (a partial import would silently miss transactions).
        """
        if self._last_short == self._last_row and self._last_short > 0 and not self.ends_cleanly:
            raise ImportFormatError(self.filename, QT_TRANSLATE_NOOP(
                    "ImportTexts", "the file looks truncated: its last line (%1) is incomplete and has no line end")
                            .arg(self._last_short))
        if self.progress is not None:
            self.progress(self.total_lines, self.total_lines)
        result.events.sort(key=lambda e: e.row)
        result.skipped.sort(key=lambda s: s.row)
        result.problems.sort(key=lambda p: p.row)
        rows = {e.row for e in result.events} | {s.row for s in result.skipped} | {p.row for p in result.problems}
        result.info["data_rows"] = len(rows)  # every data row ends up an event, a skip or a problem
        result.info.setdefault("header_row", self.header_row)
        result.info.setdefault("encoding", self.encoding)
        return result
