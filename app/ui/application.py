"""Starting the GUI: the QApplication (names, icon, theme, language), the session and the main window."""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from app import config
from app.storage.db import DatabaseError
from app.ui import theme
from app.ui.main_window import MainWindow
from app.ui.resources import icon
from app.ui.session import Session
from app.ui.translations import LanguageManager, language_for_system

ORGANIZATION = "DebtLens"
APPLICATION = "DebtLens"


def create_app(argv: list[str] | None = None) -> QApplication:
    """The ``QApplication`` (created once) with names, icon and theme."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("DebtLens")
    app.setWindowIcon(icon("app"))
    if not app.property("debtlens_ready"):
        app.setProperty("debtlens_ready", True)
        theme.apply(app, str(QSettings().value("ui/theme", "system")))
        app.styleHints().colorSchemeChanged.connect(
            lambda _scheme: theme.apply(app, str(QSettings().value("ui/theme", "system"))))
    return app


def open_main_window(db_path: Path | str | None = None, *, demo: bool = False, language: str | None = None,
                     today: Callable[[], date] = date.today) -> MainWindow:
    """Create the session and the main window (not shown). ``language`` defaults to the saved one, then the
    system's; ``today`` pins the date (tests, screenshots, benchmarks)."""
    app = create_app()
    languages = app.findChild(LanguageManager) or LanguageManager(app)  # one per application
    languages.apply(language or str(QSettings().value("ui/language", language_for_system())))
    user_path = Path(db_path).expanduser() if db_path else config.default_db_path()
    path = config.demo_db_path() if demo and not db_path else user_path
    session = Session(path, demo=demo, today=today)
    if demo:
        from app.services.demo import build_demo, is_current

        if not is_current(session.store, today()):
            build_demo(session.store, today())
    return MainWindow(session, languages, user_db_path=config.default_db_path() if demo else user_path)


def run(db_path: str | None = None, demo: bool = False) -> int:
    """Start the desktop app; returns the exit status."""
    app = create_app()
    try:
        window = open_main_window(db_path, demo=demo)
    except DatabaseError as exc:
        print(f"debtlens: error: {exc}", file=sys.stderr)
        return 2
    window.show()
    return app.exec()
