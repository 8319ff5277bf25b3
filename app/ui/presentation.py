"""Presentation mode: the main window on a projector in front of a class.

Full screen, the high-contrast theme with body text sized for the back row (``theme.presentation_body_px``), no
status bar (it shows the database's path), and amounts that can be masked while the room guesses. Esc or F11
leaves it. Nothing here changes data.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

from app.i18n import formatting as fmt
from app.ui import theme
from app.ui.session import ALL_CHANGED, Session

#: Width of the navigation list at the desk, logical pixels (scaled with the type in presentation mode).
NAV_WIDTH = 170


class Presentation(QObject):
    """Switches ``window`` in and out of presentation mode and masks amounts.

    ``toggled(bool)`` is emitted after the switch, ``masked_changed(bool)`` after masking changes."""

    toggled = Signal(bool)
    masked_changed = Signal(bool)

    def __init__(self, window: QMainWindow, session: Session) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self.on = False
        self._was_maximized = False

    def set_on(self, on: bool, screen_height: int | None = None) -> None:
        """Enter (``True``) or leave presentation mode. ``screen_height`` (lines) sizes the type; by default the
        height of the screen the window is on."""
        if on == self.on and screen_height is None:
            return
        app = cast(QApplication, QApplication.instance())
        if screen_height is None:
            screen = self.window.screen()
            screen_height = screen.geometry().height() if screen is not None else 1080
        if on and not self.on:
            self._was_maximized = self.window.isMaximized()
        self.on = on
        tokens = theme.apply(app, presentation=on, screen_height=screen_height)
        from app.ui.charts import canvas  # charts are imported late: not needed for the first paint

        canvas.configure(tokens)
        self.window.statusBar().setVisible(not on)  # it shows the database's path
        nav = getattr(self.window, "nav", None)
        if nav is not None:
            nav.setFixedWidth(round(NAV_WIDTH * (tokens.scale if on else 1.0) * (0.8 if on else 1.0)))
        for table in self.window.findChildren(QTableView):  # row heights are fixed when a table is made
            table.verticalHeader().setDefaultSectionSize(round(table.fontMetrics().height() * 1.35))
        if on:
            self.window.showFullScreen()
        elif self._was_maximized:
            self.window.showMaximized()
        else:
            self.window.showNormal()
        self.session.changed.emit(ALL_CHANGED)  # every view lays out and draws again at the new size
        self.toggled.emit(on)

    def toggle(self) -> None:
        """Enter or leave presentation mode."""
        self.set_on(not self.on)

    def set_masked(self, masked: bool) -> None:
        """Show amounts as ``¥•••`` (``True``) or in full; every view shows them again."""
        if masked == fmt.masked():
            return
        fmt.set_masked(masked)
        self.session.changed.emit(ALL_CHANGED)
        self.masked_changed.emit(masked)
