"""Saved column profiles for bank CSVs DebtLens has no preset for, and reading a CSV's first rows to set one up.

A profile is kept as JSON text in the settings under ``csv_profile.<name>``; the ``csv_profiles`` key holds the
list of saved names (the settings repository looks keys up one by one, it does not list them). Saving or
deleting is one transaction. ``matching`` finds the saved profile whose columns appear in a file's first rows,
so a file of a bank set up once is read with its profile next time.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from app.domain.errors import NotFoundError, ValidationError
from app.importers.csv_profile import CsvProfile
from app.importers.decoding import decode_bytes
from app.importers.detect import HEADER_SCAN_ROWS, binary_kind
from app.importers.records import ImportFormatError, wrong_kind
from app.importers.rows import Row, csv_rows, text_lines, xls_rows, xlsx_rows
from app.services.changes import Changes
from app.storage.repositories import Store
from app.domain.messages import QT_TRANSLATE_NOOP, Message

PREFIX = "csv_profile."
INDEX = "csv_profiles"
MAX_NAME = 40

#: Words that suggest what a header cell holds, for a first guess of the mapping (lower case).
_HINTS: dict[str, tuple[str, ...]] = {
    "date": ("交易日期", "交易日", "日期", "交易时间", "时间", "transaction date", "trans date", "date"),
    "amount": ("交易金额", "金额", "amount", "sum"),
    "debit": ("支出", "借方", "debit", "withdrawal", "charge"),
    "credit": ("存入", "收入", "贷方", "credit", "deposit", "payment"),
    "description": ("交易摘要", "摘要", "交易说明", "说明", "商品", "description", "details", "memo", "narrative"),
    "merchant": ("商户", "交易对方", "对方", "merchant", "payee"),
    "type": ("交易类型", "类型", "type"),
}
_NUMBERISH = re.compile(r"^[-+(]?[¥$€£]?\s*[\d,]+(\.\d+)?\)?$")
_DATEISH = re.compile(r"^\d{1,4}[-/.年]\d{1,2}([-/.月]\d{1,4})?")


@dataclass(frozen=True)
class TableSample:
    """The first rows of a CSV file and the row that most likely holds the column names.

    Attributes:
        rows: ``(line number, cells)`` of the first non-empty rows.
        header_index: index in ``rows`` of the guessed header row.
        encoding: the codec the text was read with.
    """

    rows: list[Row]
    header_index: int
    encoding: str

    @property
    def header(self) -> list[str]:
        """The cells of the guessed header row."""
        return self.rows[self.header_index][1]

    def data_after(self, index: int, limit: int = 50) -> list[list[str]]:
        """Up to ``limit`` rows after ``rows[index]``."""
        return [cells for _number, cells in self.rows[index + 1:index + 1 + limit]]


def sample_table(data: bytes, filename: str, limit: int = HEADER_SCAN_ROWS + 50) -> TableSample:
    """Read the first ``limit`` non-empty rows of a CSV file, or of the first sheet of an ``.xlsx`` / ``.xls``
    workbook (a bank's card download in Excel is mapped like its CSV), and guess its header row.

    Raises:
        ImportFormatError: the file is no table (binary, a PDF, a zip that is no workbook, undecodable) or has no
            row with at least two columns.
    """
    kind = binary_kind(data)
    if kind == "zip" and (b"xl/" in data[:65536] or b"[Content_Types].xml" in data[:65536]):
        source, encoding = xlsx_rows(data, filename), "xlsx"
    elif kind == "ole":
        source, encoding = xls_rows(data, filename), "xls"
    elif kind is not None:
        raise wrong_kind(filename, QT_TRANSLATE_NOOP(
                "ImportTexts", "only a CSV text file can be read with a column profile"))
    else:
        decoded = decode_bytes(data, filename)
        source, encoding = csv_rows(text_lines(decoded.text), filename), decoded.encoding
    rows: list[Row] = []
    try:
        for number, cells in source:
            if any(cells):
                rows.append((number, cells))
            if len(rows) >= limit:
                break
    finally:
        close = getattr(source, "close", None)
        if close is not None:
            close()  # a workbook reader lets go of its file now, not when collected
    index = guess_header_index(rows)
    if index is None:
        raise ImportFormatError(filename, QT_TRANSLATE_NOOP(
                "ImportTexts", "no row with two or more columns: not a table"))
    return TableSample(rows, index, encoding)


def guess_header_index(rows: list[Row]) -> int | None:
    """The first row with the most filled cells that is mostly words (not amounts or dates), among the first
    :data:`HEADER_SCAN_ROWS`; ``None`` when no row has two filled cells."""
    best, best_width = None, 1
    for i, (_number, cells) in enumerate(rows[:HEADER_SCAN_ROWS]):
        filled = [c for c in cells if c]
        if len(filled) <= best_width:
            continue
        wordy = sum(1 for c in filled if not _NUMBERISH.match(c) and not _DATEISH.match(c))
        if wordy * 2 >= len(filled):
            best, best_width = i, len(filled)
    return best


def guess_mapping(header: list[str]) -> dict[str, str]:
    """A first guess of which header cell is the date, amount, debit, credit, description, merchant, type.

    Returns:
        ``{role: header cell}`` for the roles some cell suggests; each cell is used once at most.
    """
    used: set[str] = set()
    found: dict[str, str] = {}
    for role, words in _HINTS.items():
        for word in words:
            cell = next((c for c in header if c and c not in used and word in c.casefold()), None)
            if cell is not None:
                found[role] = cell
                used.add(cell)
                break
    if "debit" in found and "credit" in found:
        found.pop("amount", None)
    else:
        found.pop("debit", None)
        found.pop("credit", None)
    return found


def make_profile(**values: object) -> CsvProfile:
    """Build a :class:`CsvProfile` from a form, turning its complaints into a ``ValidationError``.

    Raises:
        ValidationError: field ``profile_name`` (empty, too long, control characters), ``date_column`` or
            ``description_column`` (none chosen), or ``profile`` (columns that do not make a profile, e.g. no
            amount column).
    """
    name = str(values.get("name") or "").strip()
    if not name:
        raise ValidationError("profile_name", name, QT_TRANSLATE_NOOP("Errors", "is empty"))
    if len(name) > MAX_NAME:
        raise ValidationError("profile_name", name, QT_TRANSLATE_NOOP(
                "Errors", "is longer than %1 characters").arg(MAX_NAME))
    if any(ord(ch) < 32 for ch in name):
        raise ValidationError("profile_name", name, QT_TRANSLATE_NOOP("Errors", "contains control characters"))
    values["name"] = name
    for column in ("date_column", "description_column"):
        if not values.get(column):
            raise ValidationError(column, "", QT_TRANSLATE_NOOP("ImportTexts", "choose a column"))
    try:
        return CsvProfile(**values)  # type: ignore[arg-type]
    except (TypeError, ValueError) as exc:
        reason = exc.args[0] if exc.args and isinstance(exc.args[0], Message) else QT_TRANSLATE_NOOP(
            "Errors", "is not a column mapping DebtLens can read (%1)").arg(str(exc))
        raise ValidationError("profile", name, reason) from None


class CsvProfileService:
    """List, save and delete the user's CSV column profiles (kept with the data, in the settings)."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def names(self) -> list[str]:
        """Names of the saved profiles, in the order they were first saved."""
        raw = self.store.settings.get(INDEX)
        try:
            names = json.loads(raw) if raw else []
        except ValueError:
            return []
        return [n for n in names if isinstance(n, str)]

    def get(self, name: str) -> CsvProfile:
        """The saved profile ``name``.

        Raises:
            NotFoundError: no such profile, or its saved text is unreadable.
        """
        raw = self.store.settings.get(PREFIX + name)
        if raw is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "CSV profile"), name)
        try:
            return CsvProfile.from_dict(json.loads(raw))
        except (TypeError, ValueError):
            raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "CSV profile"), name) from None

    def all(self) -> list[CsvProfile]:
        """Every readable saved profile (an unreadable one is left out)."""
        profiles = []
        for name in self.names():
            try:
                profiles.append(self.get(name))
            except NotFoundError:
                continue
        return profiles

    def save(self, profile: CsvProfile) -> Changes:
        """Save ``profile`` under its name, replacing a profile of the same name."""
        with self.store.atomic():
            names = self.names()
            self.store.settings.set(PREFIX + profile.name, json.dumps(profile.to_dict(), ensure_ascii=False))
            if profile.name not in names:
                self.store.settings.set(INDEX, json.dumps([*names, profile.name], ensure_ascii=False))
        return Changes(settings=True)

    def delete(self, name: str) -> Changes:
        """Forget the profile ``name`` (nothing happens when there is none)."""
        with self.store.atomic():
            self.store.settings.set(PREFIX + name, None)
            self.store.settings.set(INDEX, json.dumps([n for n in self.names() if n != name], ensure_ascii=False))
        return Changes(settings=True)

    def matching(self, data: bytes, filename: str) -> CsvProfile | None:
        """The first saved profile whose columns all appear in one of the file's first rows, else ``None``
        (also for a file that is not CSV text)."""
        profiles = self.all()
        if not profiles:
            return None
        try:
            sample = sample_table(data, filename)
        except ImportFormatError:
            return None
        for profile in profiles:
            if any(profile.matches(cells) for _number, cells in sample.rows[:HEADER_SCAN_ROWS]):
                return profile
        return None
