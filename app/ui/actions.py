"""The window's actions: texts (translated), shortcuts, icons. ``MainWindow`` connects them to slots."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from app.ui.resources import icon
from app.ui.view_registry import REGISTRY, SPECS


def insert_into(menu: QMenu, before: QAction | None, *actions: QAction, separator: bool = False) -> None:
    """Put ``actions`` (then a separator when ``separator``) in ``menu`` before ``before``, or at its end when
    ``before`` is ``None`` (menus filled by the window's helpers: File's recent ledgers, calendar, report)."""
    for action in actions:
        if before is None:
            menu.addAction(action)
        else:
            menu.insertAction(before, action)
    if separator:
        if before is None:
            menu.addSeparator()
        else:
            menu.insertSeparator(before)


class Actions(QObject):
    """All ``QAction``s of the main window, created once and retranslated on language change."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.add_purchase = QAction(icon("add"), "", parent)
        self.add_purchase.setShortcut(QKeySequence("Ctrl+N"))
        self.record_repayment = QAction(icon("repay"), "", parent)
        self.record_repayment.setShortcut(QKeySequence("Ctrl+R"))
        self.import_bill = QAction(icon("import"), "", parent)
        self.import_bill.setShortcut(QKeySequence("Ctrl+I"))
        self.add_line = QAction("", parent)
        self.open_demo = QAction("", parent)
        self.open_my_data = QAction("", parent)
        self.back_up_now = QAction("", parent)
        self.restore_backup = QAction("", parent)
        self.export_data = QAction("", parent)
        self.import_json = QAction("", parent)
        self.settings = QAction(icon("settings"), "", parent)
        self.settings.setShortcut(QKeySequence("Ctrl+,"))
        self.quit = QAction("", parent)
        self.quit.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        self.presentation = QAction(icon("present"), "", parent)
        self.presentation.setCheckable(True)
        self.presentation.setShortcut(QKeySequence(QKeySequence.StandardKey.FullScreen))
        if self.presentation.shortcut().isEmpty():
            self.presentation.setShortcut(QKeySequence("F11"))
        self.mask_amounts = QAction("", parent)
        self.mask_amounts.setCheckable(True)
        self.mask_amounts.setShortcut(QKeySequence("Ctrl+M"))
        self.open_scenario = QAction("", parent)
        self.views: dict[str, QAction] = {}
        for number, spec in enumerate(REGISTRY, start=1):  # Ctrl+1..9, then Ctrl+0 for the tenth
            action = QAction("", parent)
            action.setShortcut(QKeySequence(f"Ctrl+{number % 10}"))
            action.setData(spec.key)
            self.views[spec.key] = action
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set every text in the active language."""
        self.add_purchase.setText(self.tr("Add purchase…"))
        self.add_purchase.setToolTip(self.tr("Record a purchase (Ctrl+N)"))
        self.record_repayment.setText(self.tr("Record repayment…"))
        self.record_repayment.setToolTip(self.tr("Record a repayment (Ctrl+R)"))
        self.import_bill.setText(self.tr("Import bill…"))
        self.import_bill.setToolTip(self.tr("Import a bill export (Ctrl+I)"))
        self.add_line.setText(self.tr("Add credit line…"))
        self.open_demo.setText(self.tr("Open the demo"))
        self.open_my_data.setText(self.tr("Back to my data"))
        self.back_up_now.setText(self.tr("Back up now"))
        self.back_up_now.setToolTip(self.tr("Copy your data to the backups folder now"))
        self.restore_backup.setText(self.tr("Restore from a backup…"))
        self.export_data.setText(self.tr("Export…"))
        self.export_data.setToolTip(self.tr("Save all your data as a JSON file or as CSV files in a zip"))
        self.import_json.setText(self.tr("Import a JSON export…"))
        self.settings.setText(self.tr("Settings…"))
        self.quit.setText(self.tr("Quit"))
        self.presentation.setText(self.tr("Presentation mode"))
        self.presentation.setToolTip(self.tr("Full screen, large type and high contrast for a projector (F11; Esc "
                                             "leaves)"))
        self.mask_amounts.setText(self.tr("Hide amounts"))
        self.mask_amounts.setToolTip(self.tr("Show every amount as ¥••• while the room guesses (Ctrl+M)"))
        self.open_scenario.setText(self.tr("Open a scenario file…"))
        for key, action in self.views.items():
            action.setText(SPECS[key].title())

    def view_name(self, key: str) -> str:
        """The translated name of a view."""
        return self.views[key].text()
