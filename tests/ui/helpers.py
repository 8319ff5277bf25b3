"""Driving the real window the way a user does: open a dialog, type into its widgets, click OK."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate


def add_line(window, name: str = "花呗", limit: str = "5000", preset: int = 0):
    """Add a credit line through the line dialog (preset 0 = Huabei: statement day 1, due day 10)."""
    window.window_actions.add_line.trigger()
    dialog = window.dialog
    dialog.preset.setCurrentIndex(preset)
    dialog.name.setText(name)
    dialog.limit.setText(limit)
    dialog.ok_button().click()
    return dialog


def add_purchase(window, amount: str, posted: date, periods_choice: int = 0, merchant: str = "示例手机店",
                 category: str = "数码", fee: str | None = None, confirm: bool = True):
    """Add a purchase through the dialog; ``periods_choice`` is the index in ``PERIOD_CHOICES``. When the dialog
    warns that the purchase pushes a metric into a higher band, ``confirm`` clicks "Record anyway"."""
    window.window_actions.add_purchase.trigger()
    dialog = window.dialog
    dialog.date.setDate(QDate(posted.year, posted.month, posted.day))
    dialog.amount.setText(amount)
    dialog.merchant.setText(merchant)
    dialog.category.setCurrentText(category)
    dialog.periods.setCurrentIndex(periods_choice)
    if fee is not None:
        dialog.fee_rate.setText(fee)
    dialog.ok_button().click()
    if confirm and dialog.load_warning.isVisible():
        dialog.load_warning.record_button.click()
    return dialog


def chinese_qm(tmp_path) -> str:
    """The app's Chinese translations as a ``.qm`` path: the one ``make translations`` built, else compiled from
    ``translations/debtlens_zh_CN.ts`` into ``tmp_path``."""
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    built = root / "translations" / "debtlens_zh_CN.qm"
    ts = root / "translations" / "debtlens_zh_CN.ts"
    if built.exists() and built.stat().st_mtime >= ts.stat().st_mtime:
        return str(built)
    out = Path(tmp_path) / "debtlens_zh_CN.qm"
    subprocess.run([str(Path(sys.executable).with_name("pyside6-lrelease")), "-silent", str(ts), "-qm", str(out)],
                   check=True)
    return str(out)
