"""Settings: language (applied at once), monthly income, default credit line."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.i18n import formatting as fmt
from app.ui.session import Session
from app.ui.translations import LANGUAGES, LanguageManager
from app.ui.views.common import FormDialog, error_label, muted, stacked


class SettingsDialog(FormDialog):
    """Language, monthly income (for the debt-service ratio) and the default line of new purchases."""

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
        self.labels = {k: QLabel() for k in ("language", "income", "default_line")}
        form = QFormLayout()
        for key, widget, extra in (("language", self.language, None), ("income", self.income, self.income_hint),
                                   ("default_line", self.default_line, None)):
            err = error_label()
            self.errors.add({"income": ["monthly_income", "income"]}.get(key, [key]), err, widget)
            self.labels[key].setBuddy(widget)
            form.addRow(self.labels[key], stacked(*(w for w in (widget, extra, err) if w is not None)))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
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
        self.language.setAccessibleName(self.tr("Language"))
        self.income.setAccessibleName(self.tr("Monthly income"))
        self.default_line.setAccessibleName(self.tr("Default credit line"))
        self.default_line.setItemText(0, self.tr("(none)"))
        self.buttons.button(self.buttons.StandardButton.Ok).setText(self.tr("Save"))
        self.buttons.button(self.buttons.StandardButton.Cancel).setText(self.tr("Cancel"))

    def submit(self) -> None:
        text = self.income.text().strip()
        income = fmt.parse_money(text, field="monthly_income", allow_zero=True) if text else None
        self.session.apply(lambda: self.session.settings.set_monthly_income(income)
                           | self.session.settings.set_default_line(self.default_line.currentData()))
        self.languages.apply(self.language.currentData())
