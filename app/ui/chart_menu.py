"""Every chart's context menu: Copy (the picture, to the clipboard), Save as PNG… / SVG… / PDF….

A chart widget gets a ``ChartMenu`` with two callables: ``picture()`` gives the image shown (for Copy) and
``save(kind, path, done)`` writes the chart as ``kind`` (``"png"``, ``"svg"`` or ``"pdf"``) to ``path``, drawn again
with matplotlib for that format (the overview's charts are images on screen, so their SVG and PDF are drawn anew,
off the GUI thread), and calls ``done(None)`` or ``done(exception)`` on the GUI thread. The status bar of the
window then says where the file went; a failure is a message saying why, and no file is left half written.

This module imports no matplotlib (the overview's first paint must not need it).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QPoint, QSettings, Qt, Signal
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox, QWidget

from app.ui.data_safety import LAST_DIR_KEY

#: The formats offered, in menu order.
KINDS = ("png", "svg", "pdf")

Saver = Callable[[str, Path, Callable[[Exception | None], None]], None]


def file_stem(title: str) -> str:
    """A file name from a chart's title: ``Debt load over time`` -> ``Debt load over time``, characters a file
    system refuses replaced by ``_``."""
    stem = re.sub(r'[\\/:*?"<>|\n\r\t]+', "_", title).strip(" ._")
    return stem or "chart"


class ChartMenu(QObject):
    """The context menu of ``chart`` (any widget). ``title()`` names the chart (the file's default name).

    ``menu`` is the menu opened last, ``chooser`` the save dialog opened last and ``notice`` the message shown last
    (tests drive them). Emits ``saved(path)`` after a file was written and ``failed(str)`` with the reason."""

    saved = Signal(object)
    failed = Signal(str)

    def __init__(self, chart: QWidget, picture: Callable[[], QImage | None], save: Saver,
                 title: Callable[[], str]) -> None:
        super().__init__(chart)
        self.chart = chart
        self.picture = picture
        self.save = save
        self.title = title
        self.menu: QMenu | None = None
        self.chooser: QFileDialog | None = None
        self.notice: QMessageBox | None = None
        chart.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        chart.customContextMenuRequested.connect(self.popup)

    def build_menu(self) -> QMenu:
        """The menu (its actions' object names: ``copyChart``, ``saveChartPng``, ``saveChartSvg``,
        ``saveChartPdf``)."""
        menu = QMenu(self.chart)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        copy = menu.addAction(self.tr("Copy"))
        copy.setObjectName("copyChart")
        copy.setEnabled(self.picture() is not None)
        copy.triggered.connect(self.copy)
        names = {"png": self.tr("Save as PNG image…"), "svg": self.tr("Save as SVG (vector)…"),
                 "pdf": self.tr("Save as PDF…")}
        for kind in KINDS:
            action = menu.addAction(names[kind])
            action.setObjectName(f"saveChart{kind.capitalize()}")
            action.triggered.connect(lambda _checked=False, k=kind: self.choose_file(k))
        self.menu = menu
        return menu

    def popup(self, pos: QPoint) -> None:
        """Show the menu at ``pos`` (chart coordinates)."""
        self.build_menu().popup(self.chart.mapToGlobal(pos))

    def copy(self) -> bool:
        """Put the chart's picture on the clipboard; ``False`` when there is none yet (still drawing)."""
        image = self.picture()
        if image is None or image.isNull():
            return False
        QGuiApplication.clipboard().setImage(image)
        self._status(self.tr("Chart copied"))
        return True

    def choose_file(self, kind: str) -> None:
        """Ask where to save the chart as ``kind``; the file is then written (``save_to``)."""
        folder = Path(str(QSettings().value(LAST_DIR_KEY, str(Path.home()))))
        filters = {"png": self.tr("PNG image (*.png)"), "svg": self.tr("SVG image (*.svg)"),
                   "pdf": self.tr("PDF document (*.pdf)")}
        chooser = QFileDialog(self.chart.window(), self.tr("Save chart"),
                              str(folder / f"{file_stem(self.title())}.{kind}"))
        chooser.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        chooser.setNameFilters([filters[kind]])
        chooser.setDefaultSuffix(kind)
        chooser.fileSelected.connect(lambda name: self.save_to(kind, Path(name)))
        chooser.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.chooser = chooser
        chooser.open()

    def save_to(self, kind: str, path: Path) -> None:
        """Write the chart as ``kind`` to ``path`` (replacing a file there: the dialog asked)."""
        path = Path(path)
        if path.suffix.lower() != f".{kind}":
            path = path.with_name(f"{path.name}.{kind}")
        QSettings().setValue(LAST_DIR_KEY, str(path.parent))
        self._status(self.tr("Saving the chart to %1…").replace("%1", path.name))

        def done(exc: Exception | None) -> None:
            if exc is None:
                self._status(self.tr("Chart saved to %1").replace("%1", str(path)), 15000)
                self.saved.emit(path)
            else:
                self._tell_failed(exc)

        try:
            self.save(kind, path, done)
        except (OSError, ValueError) as exc:
            done(exc)

    def _tell_failed(self, exc: Exception) -> None:
        reason = (exc.strerror or str(exc)) if isinstance(exc, OSError) else str(exc)
        self._status("")
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Save chart"),
                          self.tr("The chart was not saved: %1").replace("%1", reason),
                          QMessageBox.StandardButton.Ok, self.chart.window())
        box.setObjectName("chartSaveProblem")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.notice = box
        box.open()
        self.failed.emit(reason)

    def _status(self, text: str, timeout: int = 0) -> None:
        window = self.chart.window()
        if isinstance(window, QMainWindow):
            if text:
                window.statusBar().showMessage(text, timeout)
            else:
                window.statusBar().clearMessage()
