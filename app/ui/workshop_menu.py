"""The Workshop menu of the main window: the shipped classroom stories, a scenario file of one's own, presentation
mode and leaving the workshop. Opening a story runs it in its own ledger and shows the workshop bar."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from app.storage.db import DatabaseError
from app.ui import open_errors
from app.ui.messages import message

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

translate = QCoreApplication.translate


class WorkshopMenu(QObject):
    """Fills ``menu`` each time it opens and runs what it offers on ``window``."""

    def __init__(self, window: MainWindow, menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.menu = menu
        menu.aboutToShow.connect(self.fill)

    def fill(self) -> None:
        """The shipped classroom stories (titles in the active language), then leaving the workshop."""
        from app.workshop import library
        from app.workshop.scenario import ScenarioError

        w = self.window
        self.menu.clear()
        language = "zh" if w.languages.language.startswith("zh") else "en"
        for path in library.shipped():
            try:
                title = library.load_file(path).title.get(language)
            except ScenarioError:  # a broken story file must not break the menu
                continue
            action = self.menu.addAction(title)
            action.triggered.connect(lambda _checked=False, p=path: self.open_story(p))
        self.menu.addSeparator()
        self.menu.addAction(w.window_actions.open_scenario)
        self.menu.addAction(w.window_actions.presentation)
        self.menu.addSeparator()
        leave = self.menu.addAction(translate("MainWindow", "Leave the workshop"))
        leave.setEnabled(w.workshop.active)
        leave.triggered.connect(self.leave)

    def open_story(self, path) -> None:
        """Run the classroom story in ``path`` in its own ledger, its clock at its first moment."""
        from app.workshop.scenario import ScenarioError  # the workshop's modules load when one is opened

        w = self.window
        try:
            w.workshop.open(path)
        except (DatabaseError, ScenarioError) as exc:
            self.story_failed(exc)
            return
        w.workshop_bar.setVisible(True)
        w.workshop_bar.refresh()
        w.show_view("overview")

    def story_failed(self, exc: Exception) -> None:
        """A story that cannot be opened or reset: the file's mistake (file, line, field) or the database's."""
        w = self.window
        if isinstance(exc, DatabaseError):
            w.open_dialog(open_errors.problem_box(exc, w))
            return
        box = QMessageBox(QMessageBox.Icon.Warning, translate("MainWindow", "This scenario cannot be used"),
                          translate("MainWindow", "The scenario file has a mistake:\n%1").replace(
                              "%1", message(getattr(exc, "message", str(exc)))),
                          QMessageBox.StandardButton.Ok, w)
        box.setObjectName("scenarioProblem")
        w.open_dialog(box)

    def open_scenario_file(self) -> None:
        """Ask for a scenario file (``.toml``) and run it."""
        path, _filter = QFileDialog.getOpenFileName(self.window, translate("MainWindow", "Open a scenario file"),
                                                    str(Path.home()), translate("MainWindow", "Scenario files (*.toml)"))
        if path:
            self.open_story(Path(path))

    def leave(self) -> None:
        """Leave the workshop: back to the user's own ledger, the workshop bar hidden."""
        w = self.window
        if w.workshop.active:
            w.workshop.leave(w.user_db_path)
        w.workshop_bar.hide()
