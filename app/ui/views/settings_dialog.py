"""Settings: language (applied at once), monthly income, default credit line, how many automatic backups to keep."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QSpinBox, QVBoxLayout, QWidget

from app.i18n import formatting as fmt
from app.services.backup_service import BackupService
from app.ui.session import Session
from app.ui.translations import LANGUAGES, LanguageManager
from app.ui.views.common import FormDialog, error_label, muted, stacked


class SettingsDialog(FormDialog):
    """Language, monthly income (for the debt-service ratio), the default line of new purchases, and how many
    daily and weekly automatic backups are kept (``backups.RetentionPolicy``, stored with the data)."""

    def __init__(self, session: Session, languages: LanguageManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.languages = languages
        self.setObjectName("settingsDialog")
        self.setMinimumWidth(420)
        self.language = QComboBox()
        for code, (_qt, _babel, native) in LANGUAGES.items():
            self.language.addItem(native, code)
        self.language.setCurrentIndex(max(0, self.language.findData(languages.language)))
        income = session.settings.monthly_income_fen()
        self.income = QLineEdit(fmt.money(income, symbol=False).replace(",", "") if income else "")
        self.income_hint = muted()
        self.income_hint.setWordWrap(True)
        self.default_line = QComboBox()
        self.default_line.addItem("", None)
        for line in session.store.lines.all(include_archived=False):
            self.default_line.addItem(line.name, line.id)
        self.default_line.setCurrentIndex(max(0, self.default_line.findData(session.settings.default_line_id())))
        self.backups = BackupService(session.db_path, session.store)
        self.policy = self.backups.policy()
        self.keep_daily, self.keep_weekly = QSpinBox(), QSpinBox()
        for spin, value in ((self.keep_daily, self.policy.keep_daily), (self.keep_weekly, self.policy.keep_weekly)):
            spin.setRange(0, 366)
            spin.setValue(value)
        self.backup_hint = muted()
        self.backup_hint.setWordWrap(True)
        self.labels = {k: QLabel() for k in ("language", "income", "default_line", "keep_daily", "keep_weekly")}
        form = QFormLayout()
        for key, widget, extra in (("language", self.language, None), ("income", self.income, self.income_hint),
                                   ("default_line", self.default_line, None)):
            err = error_label()
            self.errors.add({"income": ["monthly_income", "income"]}.get(key, [key]), err, widget)
            self.labels[key].setBuddy(widget)
            form.addRow(self.labels[key], stacked(*(w for w in (widget, extra, err) if w is not None)))
        self.backup_box = QGroupBox()
        backup_form = QFormLayout(self.backup_box)
        backup_form.addRow(self.backup_hint)
        for key, widget in (("keep_daily", self.keep_daily), ("keep_weekly", self.keep_weekly)):
            err = error_label()
            self.errors.add([key], err, widget)
            self.labels[key].setBuddy(widget)
            backup_form.addRow(self.labels[key], stacked(widget, err))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.backup_box)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.labels["language"].setText(self.tr("&Language"))
        self.labels["income"].setText(self.tr("Monthly &income (¥)"))
        self.labels["default_line"].setText(self.tr("&Default credit line"))
        self.income_hint.setText(self.tr("Used for the debt-service ratio (repayments due ÷ income). "
                                         "Leave empty to hide it."))
        self.backup_box.setTitle(self.tr("Automatic backups"))
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

    def submit(self) -> None:
        text = self.income.text().strip()
        income = fmt.parse_money(text, field="monthly_income") if text else None  # 0 would mean "no income"
        daily, weekly = self.keep_daily.value(), self.keep_weekly.value()
        policy_changed = (daily, weekly) != (self.policy.keep_daily, self.policy.keep_weekly)

        def save():
            changes = self.session.settings.set_monthly_income(income) \
                | self.session.settings.set_default_line(self.default_line.currentData())
            return (changes | self.backups.set_policy(daily, weekly)) if policy_changed else changes

        self.session.apply(save)
        self.languages.apply(self.language.currentData())
