"""Screenshots of the main screens in Chinese and English, made offscreen from the demo scenario.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py [OUT_DIR]

Writes ``overview`` (with the utilization and debt-service bands), ``purchases``, ``statements``, ``add_purchase``
(with the option's annualized rate) and ``add_purchase_warning`` (a purchase that crosses a band) as
``<name>_<lang>.png`` into ``docs/screenshots/`` (or OUT_DIR). Settings and the demo database live in a temporary
folder; the date is pinned so the pictures only change when the app does. Open every PNG and look at it before
committing.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_TMP = Path(tempfile.mkdtemp(prefix="debtlens-shots-"))
os.environ["XDG_DATA_HOME"] = str(_TMP / "data")
os.environ["MPLCONFIGDIR"] = str(_TMP / "mpl")

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings, Qt  # noqa: E402
from PySide6.QtGui import QImage  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

TODAY = date(2026, 3, 20)
SIZE = (1280, 820)
MAX_BYTES = 200_000


def settle(seconds: float = 0.3) -> None:
    """Let Qt process events (layouts, paints, queued task results) for a moment."""
    app = QApplication.instance()
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def save(widget: QWidget, path: Path) -> None:
    """Grab ``widget`` into ``path`` as PNG, reduced to 256 colours when needed to stay under 200 KB."""
    image = widget.grab().toImage()
    image.save(str(path))
    if path.stat().st_size > MAX_BYTES:
        flags = Qt.ImageConversionFlag.AvoidDither | Qt.ImageConversionFlag.ThresholdDither
        image.convertToFormat(QImage.Format.Format_Indexed8, flags).save(str(path))
    print(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}  {path.stat().st_size // 1024} KB")


def shoot(language: str, out: Path) -> None:
    """All screenshots in one language."""
    from app.ui.application import open_main_window
    from app.ui.dialogs.purchase_dialog import PERIOD_CHOICES

    window = open_main_window(_TMP / "unused.db", demo=True, language=language, today=lambda: TODAY)
    window.resize(*SIZE)
    window.show()
    window.show_view("overview")
    overview = window.views["overview"]
    deadline = time.monotonic() + 30
    # the numbers, then the debt-load bands and the charts (both computed in the background)
    while (overview.rendered is None or overview.chart_data is None or overview.load is None) \
            and time.monotonic() < deadline:
        settle(0.05)
    settle(0.5)
    save(window, out / f"overview_{language}.png")

    window.show_view("purchases")
    purchases = window.views["purchases"]
    row = next(i for i, p in enumerate(purchases.model.rows) if p.installments == 6)
    purchases.table.selectRow(row)
    settle()
    save(window, out / f"purchases_{language}.png")

    window.show_view("statements")
    statements = window.views["statements"]
    statements.select_line(window.session.store.lines.by_name("招商银行信用卡").id)
    row = next(i for i, s in enumerate(statements.model.rows) if s.status.value == "minimum_paid")
    statements.table.selectRow(row)
    settle()
    save(window, out / f"statements_{language}.png")

    window.window_actions.add_purchase.trigger()
    dialog = window.dialog
    dialog.amount.setText("1000")
    dialog.merchant.setText("示例电脑专卖")
    dialog.category.setCurrentIndex(dialog.category.findData("Electronics"))  # shown translated
    dialog.periods.setCurrentIndex(PERIOD_CHOICES.index(6))
    settle()
    save(dialog, out / f"add_purchase_{language}.png")
    dialog.amount.setText("2000")  # 花呗 51.5 % -> 91.5 % used: the warning before saving
    dialog.ok_button().click()
    settle()
    save(dialog, out / f"add_purchase_warning_{language}.png")
    dialog.reject()
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
