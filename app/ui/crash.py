"""No Python exception may end the window silently: an exception hook shows what happened, writes a crash report
next to the data, and lets the window go on (every change is one transaction, so the ledger is never left half
written: what failed was not saved).

The report holds the traceback, the versions and the time; no ledger data beyond what the traceback names.
"""

from __future__ import annotations

import os
import platform
import sys
import threading
import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from app import config

_REPORTS = "crash-reports"


def report_dir() -> Path:
    """Where crash reports go: ``<data dir>/crash-reports`` (0700)."""
    return config.private_dir(config.data_dir() / _REPORTS)


def write_report(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None,
                 when: datetime | None = None) -> Path | None:
    """Write a crash report (mode 0600) and return its path; ``None`` when even that is impossible (full disk)."""
    when = when or datetime.now()
    try:
        from PySide6 import __version__ as pyside_version

        folder = report_dir()
        path = folder / f"crash-{when:%Y%m%d-%H%M%S-%f}.txt"
        text = (f"DebtLens crash report, {when.isoformat(timespec='seconds')}\n"
                f"Python {platform.python_version()}, PySide6 {pyside_version}, {platform.platform()}\n\n"
                + "".join(traceback.format_exception(exc_type, exc, tb)))
        fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(text)
        return path
    except OSError:
        return None


class _Relay(QObject):
    """Carries a crash from any thread to the GUI thread, where the message box may be shown."""

    crashed = Signal(str, str)


_relay: _Relay | None = None
_boxes: list[QMessageBox] = []


def handle(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> Path | None:
    """Write the report and tell the user (non-blocking); returns the report's path."""
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return None
    traceback.print_exception(exc_type, exc, tb)  # for whoever started the app from a terminal
    path = write_report(exc_type, exc, tb)
    if _relay is not None:
        _relay.crashed.emit(f"{exc_type.__name__}: {exc}", str(path) if path else "")
    return path


def _show(summary: str, path: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Critical,
                      QCoreApplication.translate("Crash", "DebtLens hit an unexpected error"),
                      QCoreApplication.translate("Crash", "Something went wrong inside DebtLens. What you were doing "
                                                          "was not saved; everything saved before is safe. You can "
                                                          "go on working."))
    written = QCoreApplication.translate("Crash", "A report was written to %1")
    details = summary + ("\n\n" + written.replace("%1", path) if path else "")
    box.setInformativeText(details)
    box.setObjectName("crashBox")
    _boxes.append(box)
    box.finished.connect(lambda _r: _boxes.remove(box) if box in _boxes else None)
    box.open()


def install() -> None:
    """Install the hooks for the GUI thread and helper threads (idempotent)."""
    global _relay
    if _relay is None:
        _relay = _Relay(QApplication.instance())
        _relay.crashed.connect(_show)
    sys.excepthook = handle
    threading.excepthook = lambda args: handle(args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback)


def open_boxes() -> list[QMessageBox]:
    """The crash message boxes still open (tests read them)."""
    return list(_boxes)
