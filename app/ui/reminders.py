"""Payment reminders in the window (``services.reminders``): bills due in a few days, due today, or overdue.

Checked when the window opens, every hour, and after anything that changes bills or settings, for
``session.today()``, off the GUI thread. Where the desktop has a system tray the reminders come as its
notifications, once per bill and kind (remembered in the ledger, so a restart does not repeat them); clicking one
opens the Statements view on that bill. Where there is none (and in the offscreen tests) a banner over the views
lists them, each with "Show" (opens the bill) and one "Dismiss"; both remember them as shown. The demo and the
workshop stories get no reminders: their bills are made up.

The Settings dialog's reminder settings ("remind me N days before a due date", "Start DebtLens when I log in") are
``app.ui.reminder_settings``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSystemTrayIcon,
    QTableView,
    QWidget,
)

from app.i18n import formatting as fmt
from app.services.changes import Changes
from app.services.reminders import Reminder, ReminderKind, ReminderService
from app.storage.db import DatabaseError
from app.storage.files import SQLiteError
from app.ui.session import Session
from app.ui.views.common import Retranslatable, muted

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

#: How often the reminders are checked while the window is open (ms): every hour.
CHECK_INTERVAL_MS = 60 * 60 * 1000
#: Reminders listed in the banner or a notification; more are summed up in one line.
MAX_LISTED = 4


def tray_available() -> bool:
    """Whether the desktop shows a system tray (notifications); tests replace it to drive the tray path."""
    return QSystemTrayIcon.isSystemTrayAvailable()


class ReminderTexts(QObject):
    """The reminders' sentences in the active language (a ``QObject`` for ``tr`` with plural forms)."""

    def sentence(self, reminder: Reminder) -> str:
        """One reminder: the line, the bill, when it is due and what to pay."""
        bill = reminder.bill
        amount = fmt.money(bill.amount_fen, bill.currency)
        minimum = fmt.money(bill.minimum_left_fen, bill.currency)
        line, statement, due = bill.line, fmt.day(bill.statement_date), fmt.day(bill.due_date)
        if bill.pay_in_4:  # payments of a pay-in-4 line: no bill, no minimum (domain-rules.md §5)
            return self._pay_in_4_sentence(reminder, line, due, amount)
        if reminder.kind is ReminderKind.OVERDUE:
            return (self.tr("%1: overdue since %3: %4 of the minimum is still unpaid (latest bill %2).")
                    .replace("%1", line).replace("%2", statement).replace("%3", due).replace("%4", minimum))
        if reminder.kind is ReminderKind.DUE_TODAY:
            text = (self.tr("%1: the bill of %2 is due today: %3 to pay.")
                    .replace("%1", line).replace("%2", statement).replace("%3", amount))
        else:
            days = reminder.days_left
            text = (self.tr("%1: the bill of %2 is due in %n day(s), on %3: %4 to pay.", "", days)
                    .replace("%n", str(days)).replace("%1", line).replace("%2", statement).replace("%3", due)
                    .replace("%4", amount))
        if 0 < bill.minimum_left_fen < bill.amount_fen:
            text += " " + self.tr("Paying at least the minimum, %1, keeps it from going overdue.").replace(
                "%1", minimum)
        return text

    def _pay_in_4_sentence(self, reminder: Reminder, line: str, due: str, amount: str) -> str:
        if reminder.kind is ReminderKind.OVERDUE:
            text = self.tr("%1: pay-in-4 payments overdue since %2: %3 still unpaid, late fees included.")
        elif reminder.kind is ReminderKind.DUE_TODAY:
            text = self.tr("%1: a pay-in-4 payment is due today (%2): %3 to pay.")
        else:
            text = self.tr("%1: a pay-in-4 payment is due in %n day(s), on %2: %3 to pay.", "", reminder.days_left)
        return text.replace("%n", str(reminder.days_left)).replace("%1", line).replace("%2", due).replace(
            "%3", amount)

    def title(self, reminders: list[Reminder]) -> str:
        """The title of a notification about ``reminders`` (at least one)."""
        if len(reminders) > 1:
            return self.tr("%n bill(s) need your attention", "", len(reminders)).replace("%n", str(len(reminders)))
        first = reminders[0]
        if first.kind is ReminderKind.OVERDUE:
            return self.tr("A bill is overdue")
        if first.kind is ReminderKind.DUE_TODAY:
            return self.tr("A bill is due today")
        return self.tr("A bill is due in %n day(s)", "", first.days_left).replace("%n", str(first.days_left))

    def more(self, count: int) -> str:
        """"…and N more." for reminders not listed."""
        return self.tr("…and %1 more.").replace("%1", str(count))


_texts: ReminderTexts | None = None


def texts() -> ReminderTexts:
    """The one ``ReminderTexts``."""
    global _texts
    if _texts is None:
        _texts = ReminderTexts()
    return _texts


def reminder_text(reminder: Reminder) -> str:
    """One reminder as a sentence in the active language (``ReminderTexts.sentence``)."""
    return texts().sentence(reminder)


class ReminderBanner(Retranslatable, QWidget):
    """The in-window list of reminders (no system tray): a sentence and a "Show" button per bill, one "Dismiss".

    Emits ``show_requested(Reminder)`` and ``dismiss_requested()``; hidden while it lists nothing.
    """

    show_requested = Signal(object)
    dismiss_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminderBanner")
        self.reminders: list[Reminder] = []
        self.labels: list[QLabel] = []
        self.show_buttons: list[QPushButton] = []
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(16, 8, 16, 0)
        self.grid.setColumnStretch(0, 1)
        self.dismiss_button = QPushButton()
        self.dismiss_button.setObjectName("reminderDismiss")
        self.dismiss_button.clicked.connect(self.dismiss_requested)
        self.more = muted()
        self.hide()
        self.retranslate_ui()

    def set_reminders(self, reminders: list[Reminder]) -> None:
        """List ``reminders`` (most urgent first; the first ``MAX_LISTED``, then how many more); hide when none."""
        for widget in self.labels + self.show_buttons:
            self.grid.removeWidget(widget)
            widget.deleteLater()
        self.grid.removeWidget(self.dismiss_button)
        self.grid.removeWidget(self.more)
        self.reminders = list(reminders)
        self.labels, self.show_buttons = [], []
        for row, reminder in enumerate(self.reminders[:MAX_LISTED]):
            label = QLabel()
            label.setProperty("role", "banner")
            label.setWordWrap(True)
            button = QPushButton()
            button.clicked.connect(lambda _checked=False, r=reminder: self.show_requested.emit(r))
            self.grid.addWidget(label, row, 0)
            self.grid.addWidget(button, row, 1)
            self.labels.append(label)
            self.show_buttons.append(button)
        self.grid.addWidget(self.dismiss_button, 0, 2)
        self.grid.addWidget(self.more, len(self.labels), 0)
        self.retranslate_ui()
        self.setVisible(bool(self.reminders))

    def sentences(self) -> list[str]:
        """The sentences listed (tests read them)."""
        return [label.text() for label in self.labels]

    def retranslate_ui(self) -> None:
        for label, button, reminder in zip(self.labels, self.show_buttons, self.reminders):
            label.setText(reminder_text(reminder))
            button.setText(self.tr("Show"))
            button.setToolTip(self.tr("Open this bill in the statements view"))
            button.setAccessibleName(self.tr("Show the bill of %1").replace("%1", reminder.bill.line))
        hidden = len(self.reminders) - len(self.labels)
        self.more.setText(texts().more(hidden) if hidden > 0 else "")
        self.more.setVisible(hidden > 0)
        self.dismiss_button.setText(self.tr("Dismiss"))
        self.dismiss_button.setToolTip(self.tr("Hide these reminders; they are not shown again"))


class Reminders(QObject):
    """The reminders of ``window`` (a ``MainWindow``): checks, the tray icon and its notifications or the banner,
    and opening a bill. ``banner`` goes over the views; ``tray`` is ``None`` without a system tray;
    ``last_message`` is the (title, text) of the last notification (tests read it)."""

    checked = Signal(list)  # the reminders found by the last check (shown before or not; tests wait for it)

    def __init__(self, window: MainWindow, session: Session) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self.banner = ReminderBanner()
        self.banner.show_requested.connect(self.open_reminder)
        self.banner.dismiss_requested.connect(self.dismiss)
        self.tray: QSystemTrayIcon | None = None
        self.tray_menu: QMenu | None = None
        self.last_message: tuple[str, str] | None = None
        self._clicked: Reminder | None = None  # the bill the last notification opens
        self._queued = False
        if tray_available():
            self.tray = QSystemTrayIcon(window.windowIcon(), self)
            self.tray_menu = QMenu()
            self.tray_menu.addAction("").triggered.connect(self.raise_window)
            self.tray.setContextMenu(self.tray_menu)
            self.tray.messageClicked.connect(self._on_message_clicked)
            self.tray.activated.connect(self._on_tray_activated)
            self.tray.show()
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        session.changed.connect(self._on_session_changed)
        session.database_switched.connect(self._on_database_switched)
        window.languages.language_changed.connect(self._retranslate)
        self._retranslate()
        self.queue_check()  # on open, once the window is up

    # -- checking ---------------------------------------------------------------------------------------------
    def active(self) -> bool:
        """Whether reminders apply: the user's own ledger, not the demo or a workshop story."""
        return self.session.is_open and not self.session.demo and not self.window.workshop.active

    def queue_check(self) -> None:
        """Check soon (once, however many changes come in meanwhile)."""
        if not self._queued:
            self._queued = True
            QTimer.singleShot(0, self, self.check)

    def check(self) -> None:
        """Find the reminders due today off the GUI thread; ``_on_checked`` shows the new ones."""
        self._queued = False
        if not self.active():
            self.banner.set_reminders([])
            return
        today, path = self.session.today(), self.session.db_path
        self.session.submit(lambda store: ReminderService(store).new(today),
                                  lambda found: self._on_checked(found, path, today), self._on_check_failed)

    @staticmethod
    def _on_check_failed(exc: Exception) -> None:
        """A busy or unreadable file: the next check tries again (no message every hour); anything else is a bug."""
        if not isinstance(exc, DatabaseError | SQLiteError | OSError):
            raise exc

    def _on_checked(self, found: list[Reminder], path, today) -> None:
        if not self.active() or path != self.session.db_path:
            return  # the ledger changed meanwhile: its own check follows
        try:  # shown or dismissed since the check started (two checks can overlap)
            shown = self.session.services.reminders.shown()
        except DatabaseError:
            shown = set()
        found = [r for r in found if r.key not in shown]
        if self.tray is not None:
            if found:
                self.notify(found)
                self._remember(found, today)
        else:
            self.banner.set_reminders(found)
        self.checked.emit(found)

    def notify(self, reminders: list[Reminder]) -> None:
        """One tray notification about ``reminders`` (most urgent first); clicking it opens the first."""
        lines = [reminder_text(r) for r in reminders[:MAX_LISTED]]
        if len(reminders) > MAX_LISTED:
            lines.append(texts().more(len(reminders) - MAX_LISTED))
        self.last_message = (texts().title(reminders), "\n".join(lines))
        self._clicked = reminders[0]
        if self.tray is not None:
            self.tray.showMessage(*self.last_message, QSystemTrayIcon.MessageIcon.Information, 30000)

    def _remember(self, reminders: list[Reminder], today) -> None:
        """Remember ``reminders`` as shown; a busy ledger only means they may come once more."""
        try:
            self.session.services.reminders.mark_shown(reminders, today)
        except DatabaseError:
            pass

    # -- acting on a reminder ---------------------------------------------------------------------------------
    def open_reminder(self, reminder: Reminder) -> None:
        """Open the Statements view on the reminder's bill (line chosen, the bill selected) and remember the
        reminder as shown."""
        self._remember([reminder], self.session.today())
        rest = [r for r in self.banner.reminders if r.key != reminder.key]
        if len(rest) != len(self.banner.reminders):
            self.banner.set_reminders(rest)
        self.raise_window()
        self.window.show_view("statements")
        view = self.window.views["statements"]
        if view.line.findData(reminder.bill.line_id) < 0:  # not refreshed yet (the window was hidden)
            view.refresh()
        view.select_line(reminder.bill.line_id)
        for row in range(view.model.rowCount()):
            if view.model.row_at(row).statement_date == reminder.bill.statement_date:
                view.table.selectRow(row)
                view.table.scrollTo(view.model.index(row, 0), QTableView.ScrollHint.PositionAtCenter)
                break

    def dismiss(self) -> None:
        """Hide the banner's reminders and remember them as shown."""
        self._remember(self.banner.reminders, self.session.today())
        self.banner.set_reminders([])

    def raise_window(self) -> None:
        """Bring the window to the front (restored when minimized)."""
        if self.window.isMinimized():
            self.window.showNormal()
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()

    def _on_message_clicked(self) -> None:
        if self._clicked is not None and self.active():
            self.open_reminder(self._clicked)

    def _on_tray_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self.raise_window()

    def _on_session_changed(self, changes: Changes) -> None:
        if changes.statements or changes.settings:
            self.queue_check()

    def _on_database_switched(self, _demo: bool) -> None:
        self._clicked = None
        self.banner.set_reminders([])
        self.queue_check()

    def _retranslate(self, _code: str = "") -> None:
        if self.tray is not None and self.tray_menu is not None:
            self.tray.setToolTip(self.tr("DebtLens: payment reminders"))
            self.tray_menu.actions()[0].setText(self.tr("Open DebtLens"))
