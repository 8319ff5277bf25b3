"""Screenshots of a workshop in presentation mode, at 1280×720 and 1920×1080, in Chinese and English.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/workshop_screenshots.py [OUT_DIR]

Opens the shipped "minimum-payment trap" story, steps to its second moment (a question with choices), lets the
room pick one and writes ``workshop_<w>x<h>_<lang>.png`` (the question) and ``workshop_reveal_<w>x<h>_<lang>.png``
(the answer revealed, amounts on the statements view) into ``docs/screenshots/`` (or OUT_DIR). Everything runs in a
temporary folder. Open every PNG and look at it before committing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from screenshots import _TMP, ROOT, TODAY, save, settle  # noqa: E402,I001 - sets the offscreen platform first

from PySide6.QtCore import QSettings, Qt  # noqa: E402

SIZES = ((1280, 720), (1920, 1080))


def shoot(language: str, size: tuple[int, int], out: Path) -> None:
    """The question and the revealed answer of one moment, in ``language`` at ``size``."""
    from app.ui.application import open_main_window
    from app.workshop import library

    width, height = size
    window = open_main_window(_TMP / f"user-{language}.db", language=language, today=lambda: TODAY)
    window.show()
    window.open_story(library.find("minimum-trap"))
    window.workshop.reset()  # from its first moment, whatever the last picture left
    window.workshop.next_moment()
    window.presentation.set_on(True, screen_height=height)
    window.setWindowState(Qt.WindowState.WindowNoState)  # the offscreen screen is small: size the window itself
    window.resize(width, height)
    window.workshop_bar.pick(3)
    settle(1.0)
    save(window, out / f"workshop_{width}x{height}_{language}.png")
    window.workshop_bar.reveal(True)
    window.show_view("statements")
    settle(1.0)
    save(window, out / f"workshop_reveal_{width}x{height}_{language}.png")
    window.presentation.set_on(False)
    window.close()
    settle(0.2)


def main() -> int:
    """Write every screenshot; returns 0."""
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(_TMP / "settings"))
    from app.ui.application import create_app

    create_app()
    for language in ("zh_CN", "en"):
        for size in SIZES:
            shoot(language, size, out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
