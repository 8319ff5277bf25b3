"""Settings: language and theme (applied at once), monthly income, default credit line, reminders, how many automatic backups
to keep."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.debt_load import DebtServiceThresholds, UtilizationThresholds
from app.domain.rates import parse_rate
from app.i18n import formatting as fmt
from app.services.debt_load import Thresholds
from app.ui.texts.money_labels import with_sign
from app.ui.reminder_settings import ReminderSettingsBox
from app.ui.session import Session
from app.ui.theme_choice import ThemeChoice
from app.ui.translations import LANGUAGES, LanguageManager
from app.ui.views.common import FormDialog, error_label, muted, stacked

#: The editable band cut-offs: (threshold set, cut-off) in the order they are shown.
BAND_FIELDS = [("utilization", "amber"), ("utilization", "orange"), ("utilization", "red"),
               ("utilization", "critical"), ("debt_service", "amber"), ("debt_service", "red")]


class SettingsDialog(FormDialog):
    """Language, monthly income (for the debt-service ratio), the default line of new purchases, reminders
    (``ReminderSettingsBox``), and how many daily and weekly automatic backups are kept (``backups.RetentionPolicy``,
    stored with the data)."""

    def __init__(self, session: Session, languages: LanguageManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.languages = languages
        self.setObjectName("settingsDialog")
        self.setMinimumWidth(420)
        self.fit_on_open = True  # its hints are long: it opens tall enough to show them all
        self.language = QComboBox()
        for code, (_qt, _babel, native) in LANGUAGES.items():
            self.language.addItem(native, code)
        self.language.setCurrentIndex(max(0, self.language.findData(languages.language)))
        self.theme = ThemeChoice()
        income = session.settings.monthly_income_fen()
        # the income is in the ledger's main currency (``domain.currency_totals.main_currency``), as the ratio reads it
        self.income_currency = session.queries.main_currency()
        self.others = sorted({x.currency for x in session.queries.lines(include_archived=False)} - {self.income_currency})
        self.income = QLineEdit(fmt.money(income, self.income_currency, symbol=False).replace(",", "") if income else "")
        self.income_hint = muted()
        self.income_hint.setWordWrap(True)
        self.default_line = QComboBox()
        self.default_line.addItem("", None)
        for line in session.queries.lines(include_archived=False):
            self.default_line.addItem(line.name, line.id)
        self.default_line.setCurrentIndex(max(0, self.default_line.findData(session.settings.default_line_id())))
        self.backups = session.services.backups
        self.policy = self.backups.policy()
        self.keep_daily, self.keep_weekly = QSpinBox(), QSpinBox()
        for spin, value in ((self.keep_daily, self.policy.keep_daily), (self.keep_weekly, self.policy.keep_weekly)):
            spin.setRange(0, 366)
            spin.setValue(value)
        self.backup_hint = muted()
        self.backup_hint.setWordWrap(True)
        self.labels = {k: QLabel() for k in ("language", "theme", "income", "default_line", "keep_daily",
                                             "keep_weekly")}
        form = QFormLayout()
        for key, widget, extra in (("language", self.language, None), ("theme", self.theme, None),
                                   ("income", self.income, self.income_hint),
                                   ("default_line", self.default_line, None)):
            err = error_label()
            self.errors.add({"income": ["monthly_income", "income"]}.get(key, [key]), err, widget)
            self.labels[key].setBuddy(widget)
            form.addRow(self.labels[key], stacked(*(w for w in (widget, extra, err) if w is not None)))
        self.backup_box = QGroupBox()
        backup_form = QFormLayout(self.backup_box)
        backup_form.addRow(self.backup_hint)
        for key, spin in (("keep_daily", self.keep_daily), ("keep_weekly", self.keep_weekly)):
            err = error_label()
            self.errors.add([key], err, spin)
            self.labels[key].setBuddy(spin)
            backup_form.addRow(self.labels[key], stacked(spin, err))
        self.protect_button = QPushButton()  # "Protect with a password…" / "Remove the password…"
        self.protect_button.setObjectName("protectButton")
        self.protect_button.clicked.connect(self._on_protect_clicked)
        backup_form.addRow(self.protect_button)
        # the warning bands of the overview (utilization and debt-service), the user's own or the defaults
        self.thresholds_service = session.services.thresholds
        self.thresholds = self.thresholds_service.load()
        self.band_box = QGroupBox()
        self.band_hint = muted()
        self.band_hint.setWordWrap(True)
        self.band_fields: dict[tuple[str, str], QLineEdit] = {}
        self.band_labels: dict[tuple[str, str], QLabel] = {}
        grid = QGridLayout()
        for row, (group, key) in enumerate(BAND_FIELDS):
            edit = QLineEdit()
            label = QLabel()
            label.setBuddy(edit)
            self.band_fields[(group, key)] = edit
            self.band_labels[(group, key)] = label
            grid.addWidget(label, row // 2, (row % 2) * 2)
            grid.addWidget(edit, row // 2, (row % 2) * 2 + 1)
        self.band_error = error_label()
        self.errors.add(["utilization_thresholds", "debt_service_thresholds", "thresholds"], self.band_error)
        self.band_defaults = QPushButton()
        self.band_defaults.clicked.connect(lambda: self._fill_bands(Thresholds()))
        band_layout = QVBoxLayout(self.band_box)
        band_layout.addWidget(self.band_hint)
        band_layout.addLayout(grid)
        band_layout.addWidget(self.band_error)
        band_layout.addWidget(self.band_defaults)
        self._fill_bands(self.thresholds)
        self.reminder_box = ReminderSettingsBox(session, getattr(parent, "user_db_path", None))
        self.reminder_box.register_errors(self.errors)
        form.addRow(self.reminder_box.label, self.reminder_box)
        self.content = content = QWidget()  # every setting, in the scroll area
        inner = QVBoxLayout(content)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addLayout(form)
        inner.addWidget(self.band_box)
        inner.addWidget(self.backup_box)
        self.scroll_area = QScrollArea()  # on a screen shorter than the settings, they scroll; Save/Cancel stay in view
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll_area.setWidget(content)
        self.main_layout = layout = QVBoxLayout(self)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.retranslate_ui()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """As wide as the settings want (the scroll area alone would ask for less)."""
        hint, margins = super().sizeHint(), self.main_layout.contentsMargins()
        return QSize(max(hint.width(), self.content.sizeHint().width() + margins.left() + margins.right()),
                     hint.height())

    def wanted_height(self, width: int) -> int:
        """The dialog's height with all the settings in view at ``width`` (the scroll area asks for none of its
        own: its contents are measured at the width they get)."""
        margins, content = self.main_layout.contentsMargins(), self.content
        at = width - margins.left() - margins.right()
        return super().wanted_height(width) - self.scroll_area.sizeHint().height() + (
            content.heightForWidth(at) if content.hasHeightForWidth() else content.sizeHint().height())

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.labels["language"].setText(self.tr("&Language"))
        self.labels["theme"].setText(self.tr("&Theme"))
        self.theme.retranslate_ui()
        self.labels["income"].setText(with_sign(self.tr("Monthly &income (¥)"), self.income_currency,
                                                fmt.active_locale()))
        self.labels["default_line"].setText(self.tr("&Default credit line"))
        hint = self.tr("Used for the debt-service ratio (repayments due ÷ income). Leave empty to hide it.")
        if self.others:  # the ratio reads the lines in the income's currency only (``services.debt_load``)
            hint += " " + self.tr("Your income is in %1: repayments in %2 are not counted.").replace(
                "%1", self.income_currency).replace("%2", fmt.names(self.others))
        self.income_hint.setText(hint)
        self.band_box.setTitle(self.tr("Warning levels"))
        self.band_hint.setText(self.tr("Where the overview's bands start (utilization: what you owe ÷ your limits; "
                                       "debt-service: repayments due in a month ÷ income). Defaults: utilization "
                                       "10/30/50/90 % (FICO guidance), debt-service 15/20 % (CFPB)."))
        names = {("utilization", "amber"): self.tr("Utilization: watch it from"),
                 ("utilization", "orange"): self.tr("caution from"),
                 ("utilization", "red"): self.tr("high from"),
                 ("utilization", "critical"): self.tr("critical from"),
                 ("debt_service", "amber"): self.tr("Debt-service: watch it from"),
                 ("debt_service", "red"): self.tr("high from")}
        for key, text in names.items():
            self.band_labels[key].setText(text)
            self.band_fields[key].setAccessibleName(text)
        self.band_defaults.setText(self.tr("Restore the default levels"))
        self.backup_box.setTitle(self.tr("Automatic backups"))
        from app.ui.dialogs.password_dialog import is_protected

        self.protect_button.setText(self.tr("Remove the password…") if is_protected(self.session)
                                    else self.tr("Protect with a password…"))
        self.backup_hint.setText(self.tr("DebtLens backs up your data each day it opens it. It keeps one backup for "
                                         "each of the last days and weeks below and deletes older automatic ones; "
                                         "backups you make yourself are never deleted."))
        self.labels["keep_daily"].setText(self.tr("Daily backups to &keep"))
        self.labels["keep_weekly"].setText(self.tr("&Weekly backups to keep"))
        self.keep_daily.setAccessibleName(self.tr("Daily backups to keep"))
        self.keep_weekly.setAccessibleName(self.tr("Weekly backups to keep"))
        self.language.setAccessibleName(self.tr("Language"))
        self.income.setAccessibleName(self.tr("Monthly income"))
        self.default_line.setAccessibleName(self.tr("Default credit line"))
        self.default_line.setItemText(0, self.tr("(none)"))
        self.buttons.button(self.buttons.StandardButton.Ok).setText(self.tr("Save"))
        self.buttons.button(self.buttons.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.fit_to_contents()  # a language chosen here may need more lines

    def _on_protect_clicked(self) -> None:
        """Close Settings unsaved (its services hold the store that the conversion closes), then ask."""
        from PySide6.QtCore import QTimer

        from app.ui.dialogs.password_dialog import change_protection

        window = self.parentWidget()
        self.reject()
        QTimer.singleShot(0, lambda: change_protection(self.session, window))

    def _fill_bands(self, thresholds: Thresholds) -> None:
        for (group, key), edit in self.band_fields.items():
            edit.setText(fmt.percent(getattr(getattr(thresholds, group), key), decimals=0))

    def _bands(self) -> Thresholds:
        """The thresholds typed in the form. Raises ``ValidationError`` (not a percentage, not ascending)."""
        values: dict[str, dict[str, Any]] = {"utilization": {}, "debt_service": {}}
        for (group, key), edit in self.band_fields.items():
            values[group][key] = parse_rate(edit.text(), field=f"{group}_thresholds", below=None)
        return replace(self.thresholds, utilization=UtilizationThresholds(**values["utilization"]),
                       debt_service=DebtServiceThresholds(**values["debt_service"]))

    def submit(self) -> None:
        bands = self._bands()
        text = self.income.text().strip()
        income = fmt.parse_money(text, self.income_currency, field="monthly_income") if text else None  # 0 would mean "no income"
        daily, weekly = self.keep_daily.value(), self.keep_weekly.value()
        policy_changed = (daily, weekly) != (self.policy.keep_daily, self.policy.keep_weekly)

        def save():
            changes = self.session.settings.set_monthly_income(income) \
                | self.session.settings.set_default_line(self.default_line.currentData()) \
                | self.thresholds_service.save(bands) | self.reminder_box.save()
            return (changes | self.backups.set_policy(daily, weekly)) if policy_changed else changes

        undo_autostart = self.reminder_box.apply_autostart()
        try:
            self.session.apply(save)
        except Exception:
            undo_autostart()  # the ledger refused the rest: leave the login entry as it was too
            raise
        self.languages.apply(self.language.currentData())
        self.theme.apply()
