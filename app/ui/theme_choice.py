"""The theme setting: follow the system, light or dark (Settings), kept in QSettings ``ui/theme`` and applied at once
to the whole window, the overview's charts and the true-cost charts included (they redraw on the palette change)."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QComboBox

from app.ui import theme

#: QSettings key of the chosen scheme (read at start by ``application.create_app``).
THEME_KEY = "ui/theme"
#: The schemes offered, in order.
SCHEMES = ("system", "light", "dark")


def saved_scheme() -> str:
    """The scheme saved in the settings (``"system"`` when none or an unknown one is)."""
    value = str(QSettings().value(THEME_KEY, "system"))
    return value if value in SCHEMES else "system"


def set_scheme(scheme: str) -> None:
    """Save ``scheme`` (one of ``SCHEMES``) and apply it now (presentation mode, when on, stays on top of it).

    Raises:
        ValueError: ``scheme`` is not one of ``SCHEMES``.
    """
    if scheme not in SCHEMES:
        raise ValueError(f"unknown theme {scheme!r}")
    QSettings().setValue(THEME_KEY, scheme)
    theme.apply(cast(QApplication, QApplication.instance()), scheme)


class ThemeChoice(QComboBox):
    """System / Light / Dark, showing the saved scheme; ``apply()`` saves and applies the one chosen."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("themeChoice")
        for scheme in SCHEMES:
            self.addItem("", scheme)
        self.setCurrentIndex(SCHEMES.index(saved_scheme()))
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """The schemes' names in the active language."""
        names = {"system": self.tr("Follow the system"), "light": self.tr("Light"), "dark": self.tr("Dark")}
        for index, scheme in enumerate(SCHEMES):
            self.setItemText(index, names[scheme])
        self.setAccessibleName(self.tr("Theme"))

    def apply(self) -> None:
        """Save and apply the scheme chosen (nothing happens when it is the one in force)."""
        if self.currentData() != saved_scheme():
            set_scheme(self.currentData())
