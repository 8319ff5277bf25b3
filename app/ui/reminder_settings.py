"""The Settings dialog's reminder settings: "remind me N days before a due date" (0 = off, kept with the ledger)
and the opt-in "Start DebtLens when I log in" (``app.autostart``). The reminders themselves: ``app.ui.reminders``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app import autostart
from app.domain.errors import ValidationError
from app.services.changes import Changes
from app.services.reminders import MAX_DAYS_BEFORE
from app.ui.resources import icon_path
from app.ui.session import Session
from app.ui.views.common import FormErrors, Retranslatable, error_label


class ReminderSettingsBox(Retranslatable, QWidget):
    """The Settings dialog's reminders row (``label`` goes in front of it): "remind me N days before a due date"
    (0 = off, kept with the ledger) and "Start DebtLens when I log in" (an autostart entry on Linux; elsewhere the
    box is disabled and its tooltip says so)."""

    def __init__(self, session: Session, user_db_path=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminderSettings")
        self.session = session
        self.user_db_path = user_db_path
        self.service = session.services.reminders
        self.stored_days = self.service.days_before()
        self.days = QSpinBox()
        self.days.setRange(0, MAX_DAYS_BEFORE)
        self.days.setValue(self.stored_days)
        self.days.valueChanged.connect(self._update_suffix)
        self.label = QLabel()
        self.label.setBuddy(self.days)
        self.autostart = QCheckBox()
        self.autostart.setChecked(autostart.is_enabled())
        self.autostart.setEnabled(autostart.supported())
        self.autostart_error = error_label()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.days)
        row.addSpacing(12)
        row.addWidget(self.autostart)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.autostart_error)
        self.retranslate_ui()

    def register_errors(self, errors: FormErrors) -> None:
        """Show problems of these settings next to their widgets in the dialog's ``errors``."""
        errors.add(["days_before"], self.autostart_error, self.days)
        errors.add(["autostart"], self.autostart_error, self.autostart)

    def save(self) -> Changes:
        """Store the days before a due date when they changed (inside the dialog's save)."""
        if self.days.value() == self.stored_days:
            return Changes()
        return self.service.set_days_before(self.days.value())

    def apply_autostart(self) -> Callable[[], None]:
        """Write or remove the autostart entry as the box is ticked; returns how to undo it (when the rest of the
        dialog cannot be saved).

        Raises:
            ValidationError: field ``autostart``: the entry could not be written or removed (the reason in the
                active language); nothing changed.
        """
        want, had = self.autostart.isChecked(), autostart.is_enabled()
        if not autostart.supported() or want == had:
            return lambda: None
        command = autostart.launch_command(self._db_argument())
        try:
            if want:
                autostart.enable(command, icon_path("app"))
            else:
                autostart.disable()
        except (OSError, ValueError) as exc:
            reason = getattr(exc, "strerror", None) or str(exc)
            raise ValidationError("autostart", str(autostart.desktop_file()), self.tr(
                "%1 could not be changed (%2).").replace("%1", str(autostart.desktop_file())).replace("%2", reason)
            ) from None

        def undo() -> None:
            try:
                if want:
                    autostart.disable()
                else:
                    autostart.enable(command, icon_path("app"))
            except (OSError, ValueError):
                pass

        return undo

    def _db_argument(self):
        """``--db`` for the autostart command: the user's ledger when it is not the default one."""
        from app import config

        path = self.user_db_path
        return None if path is None or path == config.default_db_path() else path

    def _update_suffix(self) -> None:
        value = self.days.value()
        self.days.setSuffix(self.tr(" day(s) before", "", value) if value else "")

    def retranslate_ui(self) -> None:
        self.label.setText(self.tr("&Remind me"))
        self.days.setSpecialValueText(self.tr("Off"))
        self.days.setAccessibleName(self.tr("Days before a due date to remind me (0 = off)"))
        self.days.setToolTip(self.tr("While DebtLens is open it reminds you of a bill this many days before its "
                                     "payment due date, on the day, and when it turns overdue (0 = no reminders). "
                                     "Exported due dates (File → Export due dates…) carry the same alarm."))
        self._update_suffix()
        self.autostart.setText(self.tr("&Start DebtLens when I log in"))
        self.autostart.setToolTip(self.tr("So the reminders come even on days you do not open DebtLens yourself.")
                                  if autostart.supported() else
                                  self.tr("Not available on this system yet: add DebtLens to your login items "
                                          "yourself."))
