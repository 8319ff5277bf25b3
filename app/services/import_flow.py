"""One import as the window runs it, without Qt: preview a request, then commit it, each as a worker task.

The import window builds an :class:`ImportRequest` from what the user chose (file, credit line, payment method,
column mapping, the all-on-line box) and submits :func:`preview_task` or :func:`import_task` to the session's
worker; each returns a function of the worker's ``Store`` so it runs on the worker's own connection. The import
repeats the preview right before the commit, so what is written is decided against the database as it is then.
Progress is ``progress(done, total)`` (rows), called on the worker thread.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

from app.domain.credit_line import CreditLine, LineKind
from app.importers.csv_profile import CsvProfile
from app.importers.records import ImportFormatError
from app.services.changes import Changes
from app.services.csv_profiles import CsvProfileService, TableSample, sample_table
from app.services.importing import ImportPreview, ImportService, Progress
from app.storage.repositories import Store

__all__ = ["ImportOutcome", "ImportRequest", "PreviewOutcome", "commit", "import_task", "preview", "preview_task",
           "suggested_line"]


@dataclass(frozen=True)
class ImportRequest:
    """What to preview or import: the file's bytes and name, the line, the payment method, the CSV profile.

    ``choose_line``: the user has not picked a line, so the preview may move the file to the line it belongs on
    (:func:`suggested_line`). ``all_on_line``: the user said every payment of a file without payment methods was
    made on the line.
    """

    data: bytes
    filename: str
    line_id: int
    tracked_method: str | None = None
    profile: CsvProfile | None = None
    choose_line: bool = False
    all_on_line: bool = False


@dataclass(frozen=True)
class PreviewOutcome:
    """A preview, or why the file cannot be read; ``request`` is the request as resolved (line, saved profile),
    which the import repeats; ``sample`` holds the first rows of a CSV whose columns the user may map."""

    request: ImportRequest
    preview: ImportPreview | None = None
    error: ImportFormatError | None = None
    sample: TableSample | None = None


@dataclass(frozen=True)
class ImportOutcome:
    """What was imported: the preview computed right before the commit, and what changed."""

    preview: ImportPreview
    changes: Changes


#: Words that mark the line a JD or Meituan export belongs on (the line presets name their lines so).
_LINE_NAMES = {"jd": ("白条", "baitiao"), "meituan": ("月付", "yuefu")}


def suggested_line(lines: list[CreditLine], format_key: str, current_id: int) -> int:
    """The id of the line to import a file of ``format_key`` onto when the user has not chosen: a Huabei line for
    Alipay files, a line named 白条 / Baitiao for JD exports and 月付 / Yuefu for Meituan's (the current line when it
    is one), else ``current_id``."""
    if format_key in _LINE_NAMES:
        named = [ln.saved_id for ln in lines if any(w in ln.name.casefold() for w in _LINE_NAMES[format_key])]
        return current_id if current_id in named or not named else named[0]
    if not format_key.startswith("alipay"):
        return current_id
    huabei = [ln.saved_id for ln in lines if ln.kind == LineKind.HUABEI]
    return current_id if current_id in huabei or not huabei else huabei[0]


def _wants_mapping(error: ImportFormatError) -> bool:
    """Whether the refusal is of a table the user could map column by column."""
    return error.mappable


def _sample(request: ImportRequest) -> TableSample | None:
    try:
        return sample_table(request.data, request.filename)
    except ImportFormatError:
        return None


def preview(store: Store, request: ImportRequest, progress: Progress | None, today: date) -> PreviewOutcome:
    """Preview ``request`` on ``today`` (the session's day), with a saved CSV profile matching the file when the
    request names none; an unreadable file is an outcome with its ``error`` (and a table sample when its columns
    can be mapped), never an exception. Writes nothing."""
    profile = request.profile or CsvProfileService(store).matching(request.data, request.filename)
    resolved = replace(request, profile=profile, choose_line=False)
    service = ImportService(store)
    try:
        result = service.preview(request.data, request.filename, request.line_id,
                                 tracked_method=request.tracked_method, profile=profile, progress=progress,
                                 all_on_line=request.all_on_line, today=today)
        if request.choose_line:
            line_id = suggested_line(store.lines.all(include_archived=False), result.format, request.line_id)
            if line_id != request.line_id:
                resolved = replace(resolved, line_id=line_id)
                result = service.preview(request.data, request.filename, line_id,
                                         tracked_method=request.tracked_method, profile=profile, progress=progress,
                                         all_on_line=request.all_on_line, today=today)
    except ImportFormatError as exc:
        sample = _sample(request) if _wants_mapping(exc) or profile is not None else None
        return PreviewOutcome(resolved, error=exc, sample=sample)
    return PreviewOutcome(resolved, result, sample=_sample(request) if profile is not None else None)


def commit(store: Store, request: ImportRequest, progress: Progress | None, today: date,
           shown: ImportPreview | None = None) -> ImportOutcome:
    """Write ``request`` in one transaction as previewed on ``today`` against the database as it is now.

    ``shown``: the preview of ``request`` the user saw. While the ledger's data and the day are still those it was
    made with, it is written as it is (reading a 100,000-row file again would take seconds); otherwise the file
    is previewed again first, against the ledger as it is then.

    Raises:
        ImportFormatError: the file cannot be read (nothing written).
        ValidationError, NotFoundError: the line is gone or the rows are refused (nothing written).
        DatabaseBusyError: other programs kept changing the ledger under every attempt (nothing written;
            ``ImportService.commit_current``).
    """
    service = ImportService(store)

    def again() -> ImportPreview:
        return service.preview(request.data, request.filename, request.line_id,
                               tracked_method=request.tracked_method, profile=request.profile,
                               all_on_line=request.all_on_line, today=today)

    usable = shown is not None and shown.today == today and shown.line_id == request.line_id
    written, changes = service.commit_current(shown if usable and shown is not None else again(), again, progress)
    return ImportOutcome(written, changes)


def preview_task(request: ImportRequest, progress: Progress, today: date) -> Callable[[Store], PreviewOutcome]:
    """:func:`preview` as a worker task (a function of the worker's store)."""
    return lambda store: preview(store, request, progress, today)


def import_task(request: ImportRequest, progress: Progress, today: date,
                shown: ImportPreview | None = None) -> Callable[[Store], ImportOutcome]:
    """:func:`commit` as a worker task (a function of the worker's store)."""
    return lambda store: commit(store, request, progress, today, shown)
