"""Starting the GUI: the QApplication (names, icon, theme, language), the session and the main window.

A database that cannot be opened (damaged, not a DebtLens file, made by a newer DebtLens, open in another DebtLens
window) never ends in a traceback: ``open_window`` shows what is wrong (``open_errors``) and offers to restore the
latest backup, open another file or quit.
"""

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
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("DebtLens")
    app.setDesktopFileName(config.APP_ID)  # Wayland docks match the window to the installed .desktop and its icon
    app.setWindowIcon(icon("app"))
    if not app.property("debtlens_ready"):
        app.setProperty("debtlens_ready", True)
        theme.apply(app, str(QSettings().value("ui/theme", "system")))
        app.styleHints().colorSchemeChanged.connect(
            lambda _scheme: theme.apply(app, str(QSettings().value("ui/theme", "system"))))
    return app


def apply_language(language: str | None = None) -> LanguageManager:
    """Switch the application to ``language`` (default: the saved one, then the system's); returns the
    application's one ``LanguageManager``."""
    app = create_app()
    languages = app.findChild(LanguageManager) or LanguageManager(app)  # one per application
    languages.apply(language or str(QSettings().value("ui/language", language_for_system())))
    return languages


def open_main_window(db_path: Path | str | None = None, *, demo: bool = False, language: str | None = None,
                     today: Callable[[], date] = date.today) -> MainWindow:
    """Create the session and the main window (not shown). ``language`` defaults to the saved one, then the
    system's; ``today`` pins the date (tests, screenshots, benchmarks)."""
    from app.ui.ledger_files import last_ledger

    languages = apply_language(language)
    # no file named: the ledger opened last through File → Open another ledger… / New ledger…, else the default
    user_path = Path(db_path).expanduser() if db_path else (last_ledger() or config.default_db_path())
    path = config.demo_db_path() if demo and not db_path else user_path
    session = Session(path, demo=demo, today=today)
    if demo:
        session.services.ensure_demo()
    own = (last_ledger() or config.default_db_path()) if demo else user_path  # where "Back to my data" goes
    return MainWindow(session, languages, user_db_path=own)


def open_window(db_path: Path | str | None = None, *, demo: bool = False) -> MainWindow | None:
    """``open_main_window``, asking the user what to do when the database cannot be opened: restore the latest
    backup (``backups.restore`` keeps the damaged file first), open another file, or quit (returns ``None``).
    The file is never written to otherwise."""
    apply_language()
    path, restored = db_path, None
    while True:
        try:
            window = open_main_window(path, demo=demo)
        except DatabaseError as exc:
            from app.storage import backups, cipher
            from app.ui import open_errors  # what to say of a file that cannot be opened: loaded when one is not

            if isinstance(exc, cipher.PasswordRequired | cipher.WrongPassword):
                from app.ui.dialogs.password_dialog import ask_password_to_open

                cipher.forget(exc.path)  # a wrong one is not kept
                password = ask_password_to_open(exc.path, wrong=isinstance(exc, cipher.WrongPassword))
                if password is None:
                    return None
                cipher.remember(exc.path, password)  # tried by the next open; forgotten again when wrong
                continue
            choice = open_errors.ask(exc)
            if choice == open_errors.RESTORE and exc.latest_backup is not None:
                try:
                    restored = backups.restore(exc.path, exc.latest_backup)
                except (DatabaseError, OSError) as problem:
                    open_errors.tell_restore_failed(problem)
            elif choice == open_errors.OTHER_FILE:
                chosen = open_errors.choose_database()
                if chosen is not None:
                    path, demo = chosen, False
            else:
                return None
            continue
        if restored is not None:
            window.data_safety.show_restored(restored)
        return window


def keep_settings_private() -> None:
    """The settings file records the last import and export folders: readable by the user only (0600)."""
    import os

    settings = QSettings()
    settings.sync()
    path = Path(settings.fileName())
    try:
        if path.is_file():
            os.chmod(path, 0o600)
            os.chmod(path.parent, 0o700)
    except OSError:
        pass


def run(db_path: str | None = None, demo: bool = False) -> int:
    """Start the desktop app; returns the exit status (2 when the user quit because the database could not be
    opened)."""
    from app.ui import crash

    app = create_app()
    crash.install()
    keep_settings_private()
    app.aboutToQuit.connect(keep_settings_private)
    window = open_window(db_path, demo=demo)
    if window is None:
        return 2
    window.show()
    return app.exec()
