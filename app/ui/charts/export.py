"""A chart drawn again with matplotlib into a file: PNG, SVG or PDF (vector formats need the drawing, not the pixels).

Safe on a helper thread (no Qt call): matplotlib's rcParams are set under ``style.RENDER_LOCK`` for the drawing
only, as ``render.render`` does.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import matplotlib

from app.ui.charts.render import BASE_DPI, ImageCanvas
from app.ui.charts.style import RENDER_LOCK, rc_params
from app.ui.theme import Tokens

#: The formats a chart can be saved as: suffix -> matplotlib format.
FORMATS = {"png": "png", "svg": "svg", "pdf": "pdf"}
#: Dots per inch of a saved PNG: twice the screen's, sharp on paper and on a high-density screen.
PNG_DPI = 2 * BASE_DPI


def save_chart(paint: Callable[[ImageCanvas], None], path: Path, kind: str, width: int, height: int,
               tokens: Tokens) -> Path:
    """Draw a chart of ``width`` x ``height`` logical pixels (the size it has on screen) with ``paint(canvas)`` (a
    chart module's ``draw`` with its data bound) in the colours of ``tokens`` and save it to ``path`` as ``kind``
    (``"png"``, ``"svg"`` or ``"pdf"``). Text in a PDF stays text (fonts embedded), so Chinese labels can be
    searched and copied; an SVG holds the glyphs as outlines, so it shows the same everywhere.

    Raises:
        ValueError: ``kind`` is not one of ``FORMATS``. OSError: the file cannot be written.
    """
    if kind not in FORMATS:
        raise ValueError(f"unknown chart format {kind!r}")
    width, height = max(1, width), max(1, height)
    with RENDER_LOCK, matplotlib.rc_context(rc_params(tokens)):
        canvas = ImageCanvas(width, height, BASE_DPI)
        paint(canvas)
        with _replacing(Path(path)) as temporary:
            canvas.figure.savefig(temporary, format=FORMATS[kind], dpi=PNG_DPI if kind == "png" else BASE_DPI,
                                  facecolor=tokens.surface, metadata=_metadata(kind))
    return Path(path)


def save_figure(figure, path: Path, kind: str, facecolor: str) -> Path:
    """Save an existing ``figure`` (a true-cost view's chart, already drawn) to ``path`` as ``kind``.

    Raises:
        ValueError: ``kind`` is not one of ``FORMATS``. OSError: the file cannot be written.
    """
    if kind not in FORMATS:
        raise ValueError(f"unknown chart format {kind!r}")
    with RENDER_LOCK, _replacing(Path(path)) as temporary:
        figure.savefig(temporary, format=FORMATS[kind], dpi=PNG_DPI if kind == "png" else BASE_DPI,
                       facecolor=facecolor, metadata=_metadata(kind))
    return Path(path)


@contextmanager
def _replacing(path: Path) -> Iterator[Path]:
    """A temporary file beside ``path``, renamed over it when the block succeeds and removed when it fails: a
    failed save never leaves half a file (nor harms the one there)."""
    temporary = path.with_name(f".{path.name}.tmp{os.getpid()}")
    try:
        yield temporary
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)


def _metadata(kind: str) -> dict[str, str | None]:
    # the producer, not a date: saving the same chart twice gives the same file
    if kind == "pdf":
        return {"Creator": "DebtLens", "CreationDate": None}
    if kind == "svg":
        return {"Creator": "DebtLens", "Date": None}
    return {"Software": "DebtLens"}
