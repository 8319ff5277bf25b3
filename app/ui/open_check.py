"""The integrity check of a file DebtLens closed cleanly runs after the first paint instead of before it.

``storage.db.open_database`` skips the quick check of a file unchanged since DebtLens's last clean close of it
(size, modification time and inode as recorded then; 0.3-0.4 s at 1,000,000 purchases). The window then runs
it on its task runner once the overview has painted its numbers (or after a second and a half, on the welcome
page), and the session runs it before any write that comes first, so a damaged file is still refused before
anything is written to it. When it finds damage, the window says so with the usual choices (restore the latest
backup, open another file).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from app.storage.db import DatabaseError
from app.ui import open_errors

#: When the first paint brings no numbers (welcome page), start the check after this long, milliseconds.
FALLBACK_MS = 1500


class DeferredCheck(QObject):
    """Starts the session's deferred quick check after the first paint of ``window`` (a ``MainWindow``), and
    again after each switch of database."""

    def __init__(self, window, session) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        window.views["overview"].numbers_painted.connect(self.start)
        session.database_switched.connect(lambda _demo: QTimer.singleShot(0, self.start))
        QTimer.singleShot(FALLBACK_MS, self.start)

    def start(self) -> None:
        """Run the pending check in the background (nothing when none is pending)."""
        if self.session.is_open:
            self.session.check_in_background(self._on_damaged)

    def _on_damaged(self, error: DatabaseError) -> None:
        self.window.open_dialog(open_errors.problem_box(error, self.window))
