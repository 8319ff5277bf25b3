"""File → "New ledger…", "Open another ledger…" and "Open recent": switch the window to another DebtLens file.

The file chosen becomes "my data" for this window (the demo's "Back to my data" returns to it, reminders read it)
and the first of the recent ledgers kept in QSettings; the next start opens it again while it exists. A file that
is not a DebtLens ledger (a text file, an empty file, another program's SQLite database, a ledger of a newer
DebtLens) is refused before anything is opened or written next to it: a message says which file and why, and the
window stays on the ledger it had. A new ledger never replaces an existing file.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from app import config
from app.storage.files import DatabaseError
from app.storage.ledger_check import check_ledger
from app.ui import open_errors
from app.ui.actions import insert_into
from app.ui.session import Session

if TYPE_CHECKING:
    from app.storage.repositories import Store
    from app.ui.main_window import MainWindow

#: QSettings key of the recent ledgers (paths, most recent first).
RECENT_KEY = "data/recent_ledgers"
#: How many recent ledgers the menu lists.
MAX_RECENT = 8


def recent_ledgers() -> list[Path]:
    """The recent ledgers that still exist, most recent first."""
    value = QSettings().value(RECENT_KEY, [])
    paths = [value] if isinstance(value, str) else list(value) if isinstance(value, list) else []
    return [Path(p) for p in paths if p and Path(p).is_file()][:MAX_RECENT]


def remember(path: Path) -> None:
    """Put ``path`` first among the recent ledgers."""
    path = Path(path).resolve()
    value = QSettings().value(RECENT_KEY, [])
    paths = [value] if isinstance(value, str) else list(value) if isinstance(value, list) else []
    paths = [str(path)] + [p for p in paths if p and Path(p) != path]
    QSettings().setValue(RECENT_KEY, paths[:MAX_RECENT])


def last_ledger() -> Path | None:
    """The ledger opened last through the File menu, when it still exists (the next start opens it)."""
    recent = recent_ledgers()
    return recent[0] if recent else None


class LedgerFiles(QObject):
    """The ledger-file commands of ``window`` (a ``MainWindow``), at the top of its File menu.

    ``chooser`` is the file dialog opened last and ``notice`` the message shown last (tests drive them). Emits
    ``opened(path)`` after the window switched to another ledger."""

    opened = Signal(object)

    def __init__(self, window: MainWindow, session: Session) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self.chooser: QFileDialog | None = None
        self.notice: QMessageBox | None = None
        self.new_action = QAction(window)
        self.new_action.setObjectName("newLedger")
        self.new_action.triggered.connect(self.choose_new)
        self.open_action = QAction(window)
        self.open_action.setObjectName("openLedger")
        self.open_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Open))
        self.open_action.triggered.connect(self.choose_existing)
        self.recent_menu = QMenu(window)
        self.recent_menu.setObjectName("recentLedgers")
        self.recent_menu.aboutToShow.connect(self.fill_recent)
        menu = window.file_menu
        first = menu.actions()[0] if menu.actions() else None
        insert_into(menu, first, self.new_action, self.open_action, self.recent_menu.menuAction(), separator=True)
        a = window.window_actions
        a.open_demo.triggered.connect(self.open_demo)
        a.open_my_data.triggered.connect(self.open_my_data)
        window.banner_button.clicked.connect(self.open_my_data)
        window.views["welcome"].demo_requested.connect(self.open_demo)
        window.languages.language_changed.connect(self.retranslate)
        self.retranslate()

    def retranslate(self, _code: str = "") -> None:
        """Set the texts in the active language."""
        self.new_action.setText(self.tr("&New ledger…"))
        self.new_action.setStatusTip(self.tr("Start an empty ledger in a file of its own"))
        self.open_action.setText(self.tr("&Open another ledger…"))
        self.open_action.setStatusTip(self.tr("Switch to another DebtLens file"))
        self.recent_menu.setTitle(self.tr("Open &recent"))

    def fill_recent(self) -> None:
        """The recent ledgers (the open one greyed), or a line saying there are none."""
        self.recent_menu.clear()
        recent = recent_ledgers()
        for path in recent:
            action = self.recent_menu.addAction(f"{path.name} — {path.parent}")
            action.setEnabled(path != self.session.db_path.resolve() or self.session.demo)
            action.triggered.connect(lambda _checked=False, p=path: self.open_ledger(p))
        if not recent:
            self.recent_menu.addAction(self.tr("(no other ledger opened yet)")).setEnabled(False)

    def _filters(self) -> list[str]:
        return [self.tr("DebtLens ledgers (*.db)"), self.tr("All files (*)")]

    def _folder(self) -> str:
        return str(QSettings().value(open_errors.LAST_DB_DIR_KEY, str(self.session.db_path.parent)))

    def choose_existing(self) -> None:
        """Ask for a ledger file to open; then ``open_ledger``."""
        chooser = QFileDialog(self.window, self.tr("Open another ledger"), self._folder())
        chooser.setFileMode(QFileDialog.FileMode.ExistingFile)
        chooser.setNameFilters(self._filters())
        chooser.fileSelected.connect(lambda name: self.open_ledger(Path(name)))
        self._show(chooser)

    def choose_new(self) -> None:
        """Ask where to start a new ledger; then ``new_ledger``."""
        chooser = QFileDialog(self.window, self.tr("New ledger"),
                              str(Path(self._folder()) / self.tr("my-ledger.db")))
        chooser.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        chooser.setOption(QFileDialog.Option.DontConfirmOverwrite)  # an existing file is refused, never replaced
        chooser.setNameFilters(self._filters()[:1])
        chooser.setDefaultSuffix("db")
        chooser.fileSelected.connect(lambda name: self.new_ledger(Path(name)))
        self._show(chooser)

    def _show(self, chooser: QFileDialog) -> None:
        chooser.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.chooser = chooser
        chooser.open()

    def open_ledger(self, path: Path) -> bool:
        """Switch the window to the ledger in ``path``; ``False`` (and a message, nothing changed) when it is not
        one or cannot be opened."""
        path = Path(path).expanduser()
        try:
            check_ledger(path)
        except DatabaseError as exc:
            self._tell(exc)
            return False
        return self._switch(path)

    def new_ledger(self, path: Path) -> bool:
        """Start an empty ledger in ``path`` (which must not exist yet) and switch the window to it."""
        path = Path(path).expanduser()
        if path.exists():
            self._tell(None, self.tr("%1 exists already. A new ledger never replaces a file: choose another name, "
                                     "or open it with “Open another ledger…”.").replace("%1", str(path)))
            return False
        if not path.parent.is_dir():
            self._tell(None, self.tr("The folder %1 does not exist.").replace("%1", str(path.parent)))
            return False
        return self._switch(path)

    def open_demo(self) -> None:
        """Switch to the demo ledger, built (or brought up to today) before it shows."""
        self._switch_session(config.demo_db_path(), demo=True, prepare=self._prepare_demo)

    def open_my_data(self) -> None:
        """Switch back from the demo to the user's own ledger."""
        self._switch_session(self.window.user_db_path, demo=False)

    def _switch_session(self, path: Path, **kwargs: Any) -> None:
        """Switch the session to ``path``; when it cannot be opened (open in another window, damaged ...) say so
        and stay on the ledger that is open."""
        try:
            self.session.switch_database(path, **kwargs)
        except DatabaseError as exc:
            self.window.open_dialog(open_errors.problem_box(exc, self.window))

    def _prepare_demo(self, store: Store) -> None:
        from app.services.demo import build_demo, is_current  # the demo's builder only when the demo is asked for

        if not is_current(store, self.session.today()):
            build_demo(store, self.session.today())

    def _switch(self, path: Path) -> bool:
        window = self.window
        QSettings().setValue(open_errors.LAST_DB_DIR_KEY, str(path.parent))
        try:
            if window.workshop.active:
                window.workshop.leave(path)  # the story's clock and ledger end with it
                window.workshop_bar.hide()
            else:
                self.session.switch_database(path, demo=False)
        except DatabaseError as exc:
            self._tell(exc)
            return False
        window.user_db_path = path
        remember(path)
        window.statusBar().showMessage(str(path))
        self.opened.emit(path)
        return True

    def _tell(self, exc: DatabaseError | None, text: str = "") -> None:
        if exc is not None:
            box = open_errors.problem_box(exc, self.window)
        else:
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("DebtLens"), text, QMessageBox.StandardButton.Ok,
                              self.window)
        box.setObjectName("ledgerFileProblem")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.notice = box
        box.open()
