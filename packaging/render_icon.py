"""Render the app icon (``resources/icons/app.svg``) to a square image with Qt, for desktop menus and installers.

    python packaging/render_icon.py OUT.png [SIZE]       (SIZE in pixels, default 256)

Transparent background; the SVG is drawn to fill the square. The format follows OUT's suffix: ``.png`` (Linux
menus), ``.ico`` (Windows executable and installer) or ``.icns`` (macOS), through Qt's image plugins. Runs
offscreen (no display needed).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SVG = ROOT / "resources" / "icons" / "app.svg"


def render(out: Path, size: int = 256, svg: Path = SVG) -> Path:
    """Write ``svg`` as a ``size`` x ``size`` image to ``out`` (folders created; format from the suffix); returns
    ``out``.

    Raises:
        ValueError: the SVG cannot be read, or the image cannot be written in that format.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg}: not a readable SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    out.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(out)):
        raise ValueError(f"{out}: could not write the image (formats: .png, .ico, .icns)")
    return out


if __name__ == "__main__":
    if len(sys.argv) not in (2, 3):
        sys.exit("usage: python packaging/render_icon.py OUT.png|OUT.ico|OUT.icns [SIZE]")
    render(Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) == 3 else 256)
