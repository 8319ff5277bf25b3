"""What a table-shaped format parser receives: the header it was detected by and the rows after it."""

from __future__ import annotations

import itertools
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from app.importers.records import ImportFormatError, ParseResult, Problem
from app.importers.rows import Row
from app.domain.messages import QT_TRANSLATE_NOOP

ProgressCallback = Callable[[int, int], None]

#: A CSV row with more fields than its header (see :meth:`Table.wrong_width`): ``%1`` its fields, ``%2`` the
#: header's.
TOO_MANY_FIELDS = QT_TRANSLATE_NOOP(
        "ImportTexts", "the row has %1 fields where the header has %2: a value with a comma in it (such as an amount "
        "written 16,08) is not in quotes, so its columns cannot be told apart")

#: How often (in rows) the progress callback is called.
PROGRESS_EVERY = 2000

#: Rows read ahead to learn how many empty fields a file pads its rows with past the header.
PADDING_SAMPLE = 50


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
        delimited: the rows were split from delimited text (CSV), where a value can be split too; ``False`` for
            sheet rows (XLSX, XLS), whose cells cannot shift (see :meth:`wrong_width`).
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
    delimited: bool = True
    _next_report: int = PROGRESS_EVERY
    _last_row: int = 0
    _last_short: int = -1
    _widest: int = -1  # fields a row may have: the header's plus the file's usual trailing padding (-1: the header's)

    def data_rows(self) -> Iterator[Row]:
        """Yield the non-blank rows after the header, reporting progress on the way. In delimited text the first
        :data:`PADDING_SAMPLE` rows are read ahead to learn how the file pads its rows (see :meth:`wrong_width`)."""
        rows = self._non_blank()
        sample = list(itertools.islice(rows, PADDING_SAMPLE)) if self.delimited else []
        self._widest = _padded_width(len(self.header), sample)
        for row in itertools.chain(sample, rows):
            self._last_row = row[0]
            yield row

    def _non_blank(self) -> Iterator[Row]:
        for number, cells in self.rows:
            if self.progress is not None and number >= self._next_report:
                self.progress(min(number, self.total_lines), self.total_lines)
                self._next_report = number + PROGRESS_EVERY
            if any(cells):  # blank lines and Excel's all-comma padding rows carry nothing
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

    def wrong_width(self, result: ParseResult, number: int, cells: list[str], width: int) -> bool:
        """Record a :class:`Problem` for row ``number`` and return ``True`` when its fields cannot be matched to the
        header's columns, else return ``False``. Every reader that maps a row by its header asks this first.

        * Fewer than ``width`` fields (the columns the reader needs): the row is cut short.
        * In delimited text (:attr:`delimited`), more fields than the header has, beyond the empty fields the file
          pads its rows with: a value holding an unquoted comma (an amount written ``16,08``) became two fields
          and moved every later value one column on, so its values would be read in the wrong columns. Padding
          is what most of the first :data:`PADDING_SAMPLE` rows carry past the header, all of it empty: Excel pads
          every row to the widest one (input-formats.md §3), ICBC ends its rows, not its header, with a comma. A
          field with text past the header is never padding.
        """
        count = len(cells)
        limit = len(self.header)
        if width <= count <= limit or (count >= width and not self.delimited):
            return False
        if count < width:
            result.problems.append(Problem(self.filename, number, "", QT_TRANSLATE_NOOP(
                    "ImportTexts", "the row has %1 fields, expected at least %2").arg(count, width)))
            self._last_short = number
            return True
        if count <= self._widest and not any(cells[limit:]):
            return False  # trailing empty padding, as the file's other rows have
        result.problems.append(Problem(self.filename, number, "", TOO_MANY_FIELDS.arg(count, limit)))
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


def _padded_width(header: int, sample: list[Row]) -> int:
    """How many fields a row of the file may have: the most common count among ``sample`` rows that hold nothing
    past the ``header`` fields, a row of ``header`` fields or fewer counting as ``header`` (the smaller on a tie:
    one split row among two does not make its width the file's)."""
    counts = Counter(max(header, len(cells)) for _, cells in sample if not any(cells[header:]))
    if not counts:
        return header
    return max(counts.items(), key=lambda item: (item[1], -item[0]))[0]
