"""Screenshots of the desktop comforts, offscreen: the reminder banner (the window's stand-in for a tray
notification where there is no tray), the dark theme, and the pages of the monthly report.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots_desktop.py [OUT_DIR]

Writes ``reminders_banner_<lang>.png``, ``edit_menu_<lang>.png`` (Undo names the deleted purchase), ``overview_dark_zh_CN.png`` and ``report_page1_<lang>.png`` /
``report_page2_zh_CN.png`` (pdftoppm at 70 dpi) into ``docs/screenshots/`` (or OUT_DIR). The ledger is the demo's
data in an ordinary file (the demo itself never reminds), on a pinned day. Look at every PNG before committing.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_TMP = Path(tempfile.mkdtemp(prefix="debtlens-shots-"))
os.environ["XDG_DATA_HOME"] = str(_TMP / "data")
os.environ["XDG_CONFIG_HOME"] = str(_TMP / "config")
os.environ["MPLCONFIGDIR"] = str(_TMP / "mpl")

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from tools.screenshots import save, settle  # noqa: E402

#: A day with a bill due in 3 days (the card's, Mar 23) in the demo's data.
TODAY = date(2026, 3, 20)
SIZE = (1280, 820)


def wait(condition, seconds: float = 60) -> None:
    """Process events until ``condition()`` holds (or the time is up)."""
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:
        settle(0.05)


def edit_menu(window, target: Path) -> None:
    """The Edit menu open after a purchase was deleted: "Undo delete purchase ¥…" names what it undoes."""
    from PySide6.QtGui import QPainter

    newest = window.session.store.db.execute("SELECT id FROM purchases ORDER BY id DESC LIMIT 1").fetchone()[0]
    window.session.apply(window.session.ledger.delete_purchase, newest)
    settle(0.5)
    window.statusBar().clearMessage()
    bar, menu = window.menuBar(), window.edit_menu
    at = bar.actionGeometry(menu.menuAction()).bottomLeft()
    menu.popup(bar.mapToGlobal(at))
    settle(0.5)
    picture = window.grab()
    painter = QPainter(picture)
    painter.drawPixmap(bar.mapTo(window, at), menu.grab())
    painter.end()
    menu.hide()
    picture.save(str(target))
    print(f"{target.relative_to(ROOT) if target.is_relative_to(ROOT) else target}  {target.stat().st_size // 1024} KB")
    window.session.apply(window.session.undo.undo)  # the purchase back for the shots that follow
    settle(0.3)


def shoot(language: str, out: Path) -> None:
    """The banner and the report in ``language``; the dark overview in Chinese."""
    from app.services.demo import build_demo
    from app.ui import theme
    from app.ui.application import open_main_window

    path = _TMP / f"ledger-{language}.db"
    window = open_main_window(path, language=language, today=lambda: TODAY)
    build_demo(window.session.store, TODAY)
    window.session.switch_database(path, demo=False)  # everything refreshed, the reminders checked again
    window.resize(*SIZE)
    window.show()
    window.show_view("overview")
    overview = window.views["overview"]
    wait(lambda: window.reminders.banner.isVisible() and overview.rendered is not None and overview.load)
    settle(0.8)
    window.statusBar().clearMessage()  # the temporary file's path
    save(window, out / f"reminders_banner_{language}.png")
    edit_menu(window, out / f"edit_menu_{language}.png")

    pdf = _TMP / f"report-{language}.pdf"
    done = []
    window.reports.exported.connect(done.append)
    window.reports.export_to(date(2026, 3, 1), pdf)
    wait(lambda: done)
    pages = [1, 2] if language == "zh_CN" else [1]
    for page in pages:
        stem = out / f"report_page{page}_{language}"
        subprocess.run(["pdftoppm", "-r", "70", "-png", "-singlefile", "-f", str(page), "-l", str(page), str(pdf),
                        str(stem)], check=True)
        print(f"{stem.relative_to(ROOT) if stem.is_relative_to(ROOT) else stem}.png  "
              f"{stem.with_suffix('.png').stat().st_size // 1024} KB")

    if language == "zh_CN":
        window.reminders.dismiss()
        theme.apply(QApplication.instance(), "dark")
        wait(lambda: overview.chart_key is not None and overview.chart_key.theme == "dark" and overview.rendered)
        settle(0.8)
        window.statusBar().clearMessage()
        save(window, out / "overview_dark_zh_CN.png")
        theme.apply(QApplication.instance(), "light")
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
        shoot(language, out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
