"""The overview's charts as images: shown from the last start at once, drawn again only when what they show changed.

Drawing a chart needs matplotlib (half a second to import) and a quarter of a second per chart. So the overview
keeps the images it last showed, as PNG, in ``<database>.charts`` next to the database (readable by the user
only: the charts show amounts), with the ``ChartKey`` they were drawn for: the data revision
(``Store.data_revision``, renewed by every change from the window, the command line, an import or a restore),
the as-of day, the charts' size and device pixel ratio, the language, the theme and its presentation scale, and
whether amounts are masked. On the next start an image whose key still holds is shown straight away and
matplotlib is not imported at all; when anything in the key changed the charts are drawn again on a helper
thread with matplotlib's Agg renderer (``charts.render``), each chart once, and the file is rewritten.

This module imports no matplotlib.
"""

from __future__ import annotations

import base64
import json
import logging
import os
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

log = logging.getLogger(__name__)

#: Version of the cache file's layout and of the charts' drawing: a new one makes old images be drawn again.
FORMAT = 3  # 2: charts of the main currency only (a dollar card was drawn as yuan); 3: its sign and units on the axis


@dataclass(frozen=True)
class ChartKey:
    """What a pair of chart images shows and how: equal keys, equal pictures.

    Attributes:
        revision: ``Store.data_revision()`` of the data drawn. as_of: the day drawn (ISO).
        width / height: each chart's size, logical pixels; ratio: device pixels per logical pixel.
        language: babel locale of the texts and amounts. theme / scale: ``Tokens.name`` and ``Tokens.scale``.
        masked: amounts shown as ``¥•••``.
    """

    revision: str
    as_of: str
    width: int
    height: int
    ratio: float
    language: str
    theme: str
    scale: float
    masked: bool
    format: int = FORMAT

    def same_picture(self, other: ChartKey | None) -> bool:
        """Whether ``other`` shows the same charts, at whatever size (a resized image is still right, only
        blurred until it is drawn again at the new size)."""
        return other is not None and replace(other, width=self.width, height=self.height, ratio=self.ratio) == self


def cache_path(db_path: Path) -> Path:
    """The chart images' file of a database: ``<database>.charts`` beside it."""
    return Path(f"{db_path}.charts")


def load(db_path: Path) -> tuple[ChartKey, list[bytes]] | None:
    """The key and PNG images kept for ``db_path``, or ``None`` (no file, unreadable, other format)."""
    try:
        doc = json.loads(cache_path(db_path).read_text(encoding="utf-8"))
        key = ChartKey(**doc["key"])
        images = [base64.b64decode(text) for text in doc["images"]]
    except (OSError, ValueError, TypeError, KeyError):
        return None
    if key.format != FORMAT or len(images) != 2:
        return None
    return key, images


def save(db_path: Path, key: ChartKey, images: list[bytes]) -> None:
    """Keep ``images`` (PNG) drawn for ``key``: written to a private temporary file, then renamed over the old
    one (a reader sees the old pair or the new one, never half of one). A failure is logged, never raised: the
    charts are only drawn again next time."""
    path = cache_path(db_path)
    temporary = path.with_name(f".{path.name}.tmp{os.getpid()}")
    text = json.dumps({"key": asdict(key), "images": [base64.b64encode(png).decode("ascii") for png in images]})
    try:
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        os.replace(temporary, path)
    except OSError as exc:
        log.warning("could not keep the chart images in %s: %s", path, exc)
        temporary.unlink(missing_ok=True)


_executor: ThreadPoolExecutor | None = None


def in_background(work: Callable[[], object]) -> Future:
    """Run ``work()`` on the charts' helper thread (one, so two renders never compete); returns its future."""
    global _executor
    if _executor is None:
        _executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="debtlens-charts")
    return _executor.submit(work)


class ChartImage(QWidget):
    """A chart shown as an image, scaled to fit while a new one is drawn at its size; a text (loading, an error)
    when there is none. Emits ``resized`` 150 ms after its size last changed."""

    resized = Signal()

    def __init__(self, min_width: int, min_height: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setMinimumSize(min_width, min_height)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._min_height = min_height
        self.pixmap: QPixmap | None = None
        self.text = ""
        self._settle = QTimer(self, singleShot=True, interval=150)
        self._settle.timeout.connect(self.resized)

    def set_scale(self, scale: float) -> None:
        """Large type (presentation mode) needs a taller chart."""
        self.setMinimumHeight(round(self._min_height * max(1.0, scale * 0.8)))

    def show_png(self, png: bytes) -> bool:
        """Show a PNG image; ``False`` when it cannot be read."""
        pixmap = QPixmap()
        if not pixmap.loadFromData(png, "PNG"):
            return False
        ratio = self.devicePixelRatioF()
        pixmap.setDevicePixelRatio(ratio)
        self._set(pixmap)
        return True

    def show_rgba(self, rgba: bytes, width: int, height: int, ratio: float) -> None:
        """Show raw RGBA pixels (``width`` x ``height`` device pixels) drawn at device pixel ratio ``ratio``."""
        image = QImage(rgba, width, height, width * 4, QImage.Format.Format_RGBA8888).copy()
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(ratio)
        self._set(pixmap)

    def picture(self) -> QImage | None:
        """The image shown (device pixels), ``None`` while there is none."""
        return self.pixmap.toImage() if self.pixmap is not None else None

    def show_text(self, text: str) -> None:
        """Show ``text`` instead of an image."""
        self.pixmap, self.text = None, text
        self.update()

    def _set(self, pixmap: QPixmap) -> None:
        self.pixmap, self.text = pixmap, ""
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return self.minimumSize()  # as the canvas did: the layouts' stretch gives the charts any spare room

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._settle.start()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        if self.pixmap is None:
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.text)
            return
        ratio = self.pixmap.devicePixelRatio()
        size = QSize(round(self.pixmap.width() / ratio), round(self.pixmap.height() / ratio))
        if size == self.size():
            painter.drawPixmap(0, 0, self.pixmap)
            return
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        fitted = size.scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        x, y = (self.width() - fitted.width()) / 2, (self.height() - fitted.height()) / 2
        painter.drawPixmap(QRectF(x, y, fitted.width(), fitted.height()), self.pixmap,
                           QRectF(0, 0, self.pixmap.width(), self.pixmap.height()))
