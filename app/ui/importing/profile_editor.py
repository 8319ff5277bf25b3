"""Mapping the columns of a bank CSV DebtLens has no preset for, saved as a named profile for next time.

The user says which header cell is the date, the amount (one signed column, or debit and credit columns), the
description, optionally the merchant and a type column (with what each type means), the sign convention and the
date order. ``Save`` stores the profile (``CsvProfileService.save``) and emits ``profile_saved``; the import
dialog then previews the file with it.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import NotFoundError, ValidationError
from app.importers.csv_profile import CHARGE_NEGATIVE, CHARGE_POSITIVE, FEE, CsvProfile
from app.importers.records import PURCHASE, REFUND, REPAYMENT
from app.services.csv_profiles import TableSample, guess_mapping, make_profile
from app.ui.texts import errors
from app.ui.session import Session
from app.ui.views.common import Retranslatable, error_label, muted

#: Column roles with a combo each: (key, optional).
ROLES = (("date", False), ("description", False), ("merchant", True), ("amount", False), ("debit", True),
         ("credit", True), ("type", True))
MAX_TYPES = 10
ONE_COLUMN, SPLIT = "one", "split"


class CsvProfileEditor(Retranslatable, QGroupBox):
    """Column mapping for one CSV file; emits ``profile_saved(CsvProfile)`` after saving it."""

    profile_saved = Signal(object)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.sample: TableSample | None = None
        self.setObjectName("csvProfileEditor")
        self.saved = QComboBox()
        self.delete_button = QPushButton()
        self.delete_button.setAutoDefault(False)
        self.name = QLineEdit()
        self.name.setMaxLength(40)
        self.header_row = QComboBox()
        self.columns = {key: QComboBox() for key, _optional in ROLES}
        self.amounts = QComboBox()
        self.sign = QComboBox()
        self.date_order = QComboBox()
        self.types = QWidget()
        self.types_form = QFormLayout(self.types)
        self.types_form.setContentsMargins(0, 0, 0, 0)
        self.type_choices: dict[str, QComboBox] = {}
        self.hint = muted()
        self.hint.setWordWrap(True)
        self.save_button = QPushButton()
        self.save_button.setAutoDefault(False)
        self.error = error_label()
        self.labels: dict[str, QLabel] = {}

        saved_row = QHBoxLayout()
        saved_row.addWidget(self.saved, 1)
        saved_row.addWidget(self.delete_button)
        left, right = QFormLayout(), QFormLayout()
        for form in (left, right):
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._add_row(left, "saved", saved_row)
        self.labels["saved"].setBuddy(self.saved)
        self._add_row(left, "name", self.name)
        self._add_row(left, "header_row", self.header_row)
        self._add_row(left, "date", self.columns["date"])
        self._add_row(left, "date_order", self.date_order)
        self._add_row(left, "description", self.columns["description"])
        self._add_row(left, "merchant", self.columns["merchant"])
        self._add_row(right, "amounts", self.amounts)
        self._add_row(right, "amount", self.columns["amount"])
        self._add_row(right, "sign", self.sign)
        self._add_row(right, "debit", self.columns["debit"])
        self._add_row(right, "credit", self.columns["credit"])
        self._add_row(right, "type", self.columns["type"])
        right.addRow(self.types)
        self.left_form, self.right_form = left, right
        forms = QHBoxLayout()
        forms.addLayout(left, 1)
        forms.addSpacing(16)
        forms.addLayout(right, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.error, 1)
        buttons.addStretch(0)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addLayout(forms)
        layout.addLayout(buttons)

        self.retranslate_ui()
        self._fill_saved()
        self.saved.currentIndexChanged.connect(self._on_saved_changed)
        self.delete_button.clicked.connect(self._on_delete_clicked)
        self.header_row.currentIndexChanged.connect(self._on_header_row_changed)
        self.amounts.currentIndexChanged.connect(self._on_amounts_changed)
        self.columns["type"].currentIndexChanged.connect(self._on_type_column_changed)
        self.save_button.clicked.connect(self._on_save_clicked)
        self._on_amounts_changed()

    def _add_row(self, form: QFormLayout, key: str, field) -> None:
        self.labels[key] = QLabel()
        if isinstance(field, QWidget):
            self.labels[key].setBuddy(field)
        form.addRow(self.labels[key], field)

    # -- texts ----------------------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Map the columns of this CSV"))
        self.hint.setText(self.tr("Say which column holds what. The mapping is saved under its name and used "
                                  "again for files with the same columns."))
        texts = {"saved": self.tr("Sa&ved mapping"), "name": self.tr("Mapping &name"),
                 "header_row": self.tr("&Header row"), "date": self.tr("&Date column"),
                 "date_order": self.tr("Date &order"), "description": self.tr("D&escription column"),
                 "merchant": self.tr("&Merchant column"), "amounts": self.tr("A&mounts"),
                 "amount": self.tr("Amount co&lumn"), "sign": self.tr("&Sign"), "debit": self.tr("Deb&it column"),
                 "credit": self.tr("&Credit column"), "type": self.tr("&Type column")}
        for key, text in texts.items():
            self.labels[key].setText(text)
        accessible = {self.saved: self.tr("Saved column mapping"), self.name: self.tr("Mapping name"),
                      self.header_row: self.tr("Header row"), self.columns["date"]: self.tr("Date column"),
                      self.date_order: self.tr("Date order"),
                      self.columns["description"]: self.tr("Description column"),
                      self.columns["merchant"]: self.tr("Merchant column"), self.amounts: self.tr("Amounts"),
                      self.columns["amount"]: self.tr("Amount column"), self.sign: self.tr("Sign convention"),
                      self.columns["debit"]: self.tr("Debit column"), self.columns["credit"]: self.tr("Credit column"),
                      self.columns["type"]: self.tr("Type column"), self.delete_button: self.tr("Delete mapping"),
                      self.save_button: self.tr("Save mapping and preview")}
        for widget, text in accessible.items():
            widget.setAccessibleName(text)
        self.delete_button.setText(self.tr("Delete"))
        self.save_button.setText(self.tr("Save and &preview"))
        self.name.setPlaceholderText(self.tr("e.g. My bank"))
        self._refill(self.amounts, [(self.tr("One column, signed"), ONE_COLUMN),
                                    (self.tr("Debit and credit columns"), SPLIT)])
        self._refill(self.sign, [(self.tr("Purchases positive, payments negative"), CHARGE_POSITIVE),
                                 (self.tr("Purchases negative, payments positive"), CHARGE_NEGATIVE)])
        self._refill(self.date_order, [(self.tr("Year-month-day (2024-10-30)"), "YMD"),
                                       (self.tr("Month/day/year (10/30/2024)"), "MDY"),
                                       (self.tr("Day/month/year (30/10/2024)"), "DMY"),
                                       (self.tr("Month/day, year from the title (10/30)"), "MD")])
        if self.saved.count():
            self.saved.setItemText(0, self.tr("New mapping"))
        self._fill_columns()
        self._fill_types()

    @staticmethod
    def _refill(combo: QComboBox, items: list[tuple[str, object]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for text, data in items:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    def _kinds(self) -> list[tuple[str, str | None]]:
        return [(self.tr("By the amount's sign"), None), (self.tr("Purchase"), PURCHASE),
                (self.tr("Refund"), REFUND), (self.tr("Repayment"), REPAYMENT), (self.tr("Fee"), FEE)]

    # -- filling --------------------------------------------------------------------------------------------
    def set_sample(self, sample: TableSample, suggested_name: str) -> None:
        """Offer the columns of ``sample`` (the first rows of the file) and guess the mapping."""
        self.sample = sample
        self.error.hide()
        self.header_row.blockSignals(True)
        self.header_row.clear()
        for index, (number, cells) in enumerate(sample.rows[:40]):
            if sum(1 for c in cells if c) >= 2:
                preview = ", ".join(c for c in cells if c)
                text = self.tr("Line %1: %2").replace("%1", str(number)).replace(
                    "%2", preview if len(preview) <= 60 else preview[:59] + "…")
                self.header_row.addItem(text, index)
        self.header_row.setCurrentIndex(max(0, self.header_row.findData(sample.header_index)))
        self.header_row.blockSignals(False)
        if not self.name.text():
            self.name.setText(suggested_name[:40])
        self._fill_columns(guess=True)

    def _header(self) -> list[str]:
        if self.sample is None or self.header_row.currentData() is None:
            return []
        return self.sample.rows[self.header_row.currentData()][1]

    def _examples(self) -> dict[int, str]:
        if self.sample is None or self.header_row.currentData() is None:
            return {}
        examples: dict[int, str] = {}
        for cells in self.sample.data_after(self.header_row.currentData(), 20):
            for i, cell in enumerate(cells):
                if cell and i not in examples:
                    examples[i] = cell
        return examples

    def _fill_columns(self, guess: bool = False) -> None:
        header = self._header()
        examples = self._examples()
        guessed = guess_mapping(header) if guess else {}
        for key, optional in ROLES:
            combo = self.columns[key]
            current = guessed.get(key, combo.currentData()) if guess else combo.currentData()
            items: list[tuple[str, str | None]] = [(self.tr("(none)"), None)] if optional else []
            for i, cell in enumerate(header):
                if cell:
                    example = examples.get(i, "")
                    text = self.tr("%1 — e.g. %2").replace("%1", cell).replace("%2", example[:24]) if example \
                        else cell
                    items.append((text, cell))
            combo.blockSignals(True)
            combo.clear()
            for text, data in items:
                combo.addItem(text, data)
            index = combo.findData(current) if current is not None else -1
            combo.setCurrentIndex(index if index >= 0 else 0)
            combo.blockSignals(False)
        if guess:
            self.amounts.setCurrentIndex(self.amounts.findData(SPLIT if "debit" in guessed else ONE_COLUMN))
        self._fill_types()

    def _fill_types(self, type_map: dict[str, str] | None = None) -> None:
        keep = type_map if type_map is not None else {
            text: combo.currentData() for text, combo in self.type_choices.items() if combo.currentData()}
        while self.types_form.rowCount():
            self.types_form.removeRow(0)
        self.type_choices = {}
        column = self.columns["type"].currentData()
        header = self._header()
        if column is None or column not in header or self.sample is None:
            self.types.hide()
            return
        i = header.index(column)
        values: list[str] = []
        for cells in self.sample.data_after(self.header_row.currentData(), 200):
            if i < len(cells) and cells[i] and cells[i] not in values:
                values.append(cells[i])
        for value in values[:MAX_TYPES]:
            combo = QComboBox()
            for text, kind in self._kinds():
                combo.addItem(text, kind)
            wanted = next((k for t, k in keep.items() if t.casefold() == value.casefold()), None)
            combo.setCurrentIndex(max(0, combo.findData(wanted)))
            combo.setAccessibleName(self.tr("Meaning of type %1").replace("%1", value))
            self.type_choices[value] = combo
            self.types_form.addRow(self.tr("“%1” is").replace("%1", value), combo)
        self.types.setVisible(bool(values))

    def _fill_saved(self, select: str | None = None) -> None:
        self.saved.blockSignals(True)
        self.saved.clear()
        self.saved.addItem(self.tr("New mapping"), None)
        for name in self.session.services.csv_profiles.names():
            self.saved.addItem(name, name)
        self.saved.setCurrentIndex(max(0, self.saved.findData(select)) if select else 0)
        self.saved.blockSignals(False)
        self.delete_button.setEnabled(self.saved.currentData() is not None)

    def show_profile(self, profile: CsvProfile) -> None:
        """Fill the form from a saved ``profile``."""
        self.name.setText(profile.name)
        if self.sample is not None:
            for index, (_number, cells) in enumerate(self.sample.rows):
                if profile.matches(cells):
                    self.header_row.setCurrentIndex(max(0, self.header_row.findData(index)))
                    break
        self._fill_columns()
        wanted = {"date": profile.date_column, "description": profile.description_column,
                  "merchant": profile.merchant_column, "amount": profile.amount_column,
                  "debit": profile.debit_column, "credit": profile.credit_column, "type": profile.type_column}
        for key, value in wanted.items():
            combo = self.columns[key]
            combo.setCurrentIndex(max(0, combo.findData(value)) if value else 0)
        self.amounts.setCurrentIndex(self.amounts.findData(ONE_COLUMN if profile.amount_column else SPLIT))
        self.sign.setCurrentIndex(max(0, self.sign.findData(profile.sign)))
        self.date_order.setCurrentIndex(max(0, self.date_order.findData(profile.date_order)))
        self._fill_types(dict(profile.type_map))

    # -- reading --------------------------------------------------------------------------------------------
    def profile(self) -> CsvProfile:
        """The profile the form describes.

        Raises:
            ValidationError: no name, or columns that do not make a profile.
        """
        split = self.amounts.currentData() == SPLIT
        column = {key: self.columns[key].currentData() for key, _optional in ROLES}
        type_map = tuple((text, combo.currentData()) for text, combo in self.type_choices.items()
                         if combo.currentData() is not None)
        return make_profile(
            name=self.name.text(), date_column=column["date"] or "", description_column=column["description"] or "",
            merchant_column=column["merchant"], amount_column=None if split else column["amount"],
            debit_column=column["debit"] if split else None, credit_column=column["credit"] if split else None,
            sign=self.sign.currentData(), date_order=self.date_order.currentData(),
            type_column=column["type"], type_map=type_map)

    # -- slots ----------------------------------------------------------------------------------------------
    def _on_saved_changed(self) -> None:
        name = self.saved.currentData()
        self.delete_button.setEnabled(name is not None)
        if name is not None:
            try:
                self.show_profile(self.session.services.csv_profiles.get(name))
            except NotFoundError as exc:
                self._show_error(exc)

    def _on_delete_clicked(self) -> None:
        name = self.saved.currentData()
        if name is not None:
            self.session.apply(self.session.services.csv_profiles.delete, name)
            self._fill_saved()

    def _on_header_row_changed(self) -> None:
        self._fill_columns(guess=True)

    def _on_amounts_changed(self) -> None:
        split = self.amounts.currentData() == SPLIT
        for widget, visible in ((self.columns["amount"], not split), (self.sign, not split),
                                (self.columns["debit"], split), (self.columns["credit"], split)):
            self.right_form.setRowVisible(widget, visible)

    def _on_type_column_changed(self) -> None:
        self._fill_types()

    def _on_save_clicked(self) -> None:
        self.error.hide()
        try:
            profile = self.profile()
            self.session.apply(self.session.services.csv_profiles.save, profile)
        except (ValidationError, NotFoundError) as exc:
            self._show_error(exc)
            return
        self._fill_saved(select=profile.name)
        self.profile_saved.emit(profile)

    def _show_error(self, exc: ValidationError | NotFoundError) -> None:
        text = errors.reason(exc)
        labels = {"profile_name": self.tr("Mapping name"), "date_column": self.tr("Date column"),
                  "description_column": self.tr("Description column")}
        field = getattr(exc, "field", "")
        self.error.setText(self.tr("%1: %2").replace("%2", text).replace("%1", labels[field]) if field in labels
                           else text)
        self.error.show()
