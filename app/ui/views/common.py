"""Pieces the views share: live retranslation, form error labels, a form dialog base, small widget helpers."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from typing import cast

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLayout,
    QStyle,
    QTableView,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import NotFoundError, ValidationError
from app.storage.db import DatabaseBusyError, DatabaseError
from app.ui.texts import errors


class Retranslatable:
    """Mixin: calls ``retranslate_ui()`` when Qt announces a language change."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        session = getattr(self, "session", None)
        if event.type() == QEvent.Type.LanguageChange and (session is None or session.is_open):
            self.retranslate_ui()
        super().changeEvent(event)  # type: ignore[misc]

    def retranslate_ui(self) -> None:  # pragma: no cover - overridden
        """Set every visible text in the active language."""


class RefreshWhenShown:
    """Mixin for views: ``invalidate()`` reloads at once when the view is shown, else on its next show, so views
    hidden behind others cost nothing when data changes. The view implements ``refresh()``."""

    _stale = True

    def invalidate(self) -> None:
        """Reload now when shown, else on the next show."""
        self._stale = True
        if self.isVisible():  # type: ignore[attr-defined]
            self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self._stale:
            self.refresh()
        super().showEvent(event)  # type: ignore[misc]

    def refresh(self) -> None:  # pragma: no cover - overridden
        """Re-read what the view shows and clear the stale mark."""
        self._stale = False


def tab_chain(*widgets: QWidget) -> None:
    """Set the keyboard tab order to go through ``widgets`` in the order given."""
    for first, second in zip(widgets, widgets[1:]):
        QWidget.setTabOrder(first, second)


def error_label() -> QLabel:
    """An empty red label that shows a field's problem right under it."""
    label = QLabel()
    label.setProperty("role", "error")
    label.setWordWrap(True)
    label.hide()
    return label


def muted(text: str = "") -> QLabel:
    """A grey secondary-text label."""
    label = QLabel(text)
    label.setProperty("role", "muted")
    return label


class FormErrors:
    """Error labels keyed by the ``field`` names services use in ``ValidationError``.

    ``show(exc)`` puts the translated reason next to the field it names (or in the general label) and focuses the
    field's widget; ``clear()`` hides them all.
    """

    def __init__(self, general: QLabel, changed: Callable[[], object] | None = None) -> None:
        self.general = general
        self.changed = changed  # called after errors were shown or hidden (the form makes room for them)
        self._fields: dict[str, tuple[QLabel, QWidget | None]] = {}

    def add(self, names: Iterable[str], label: QLabel, widget: QWidget | None = None) -> None:
        """Show errors of the fields ``names`` in ``label`` (and focus ``widget``)."""
        for name in names:
            self._fields[name] = (label, widget)

    def label_for(self, field: str) -> QLabel:
        """The label that shows errors of ``field`` (the general one when the field has none)."""
        return self._fields.get(field, (self.general, None))[0]

    def clear(self) -> None:
        """Hide every error."""
        self._hide_all()
        if self.changed is not None:
            self.changed()

    def show(self, exc: ValidationError | NotFoundError) -> str:
        """Show ``exc``; returns the field it was shown at (``""`` for the general label)."""
        self._hide_all()
        field = getattr(exc, "field", "")
        label, widget = self._fields.get(field, (self.general, None))
        label.setText(errors.reason(exc))
        label.show()
        if self.changed is not None:
            self.changed()
        if widget is not None:
            widget.setFocus()
        return field if field in self._fields else ""

    def _hide_all(self) -> None:
        for label, _ in list(self._fields.values()) + [(self.general, None)]:
            label.clear()
            label.hide()


class FormDialog(Retranslatable, QDialog):
    """A dialog whose OK runs one service call; a ``ValidationError`` is shown next to its field and the dialog
    stays open, with nothing changed (the service committed nothing). With ``fit_on_open`` it opens as tall as its
    contents (Qt opens a dialog at most two thirds of the screen tall), within the screen."""

    fit_on_open = False
    _opened = False

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.general_error = error_label()
        self.errors = FormErrors(self.general_error, changed=self.fit_to_contents)
        self._grown_from: int | None = None  # the height before ``fit_to_contents`` made room, while it holds
        self._fitted_height = -1  # the height ``fit_to_contents`` last left the dialog at
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

    def submit(self) -> None:  # pragma: no cover - overridden
        """Read the widgets and call the service (raise ``ValidationError`` for bad input)."""
        raise NotImplementedError

    def _on_buttons_accepted(self) -> None:
        self.try_action(self.submit, then=self.accept)

    def try_action(self, action: Callable[[], object], then: Callable[[], object] | None = None) -> bool:
        """Run ``action``; show a validation problem in the form instead of raising."""
        self.errors.clear()
        try:
            action()
        except (ValidationError, NotFoundError) as exc:
            self.errors.show(exc)
            return False
        except DatabaseError as exc:  # busy, disk full, read-only ...: nothing was saved, the dialog stays open
            self.general_error.setText(database_error_text(exc))
            self.general_error.show()
            self.fit_to_contents()
            return False
        if then is not None:
            then()
        return True

    def wanted_height(self, width: int) -> int:
        """The height the contents want at ``width``, every wrapped text (an error, a hint) on all its lines."""
        return self.heightForWidth(width) if self.hasHeightForWidth() else self.sizeHint().height()

    def fit_to_contents(self) -> None:
        """Make room, at the same width, for what the form shows now (an error of several lines under a field, a
        hint), within the screen's available height; when that text goes, give back the height taken for it
        (unless the user has resized the dialog since)."""
        layout = self.layout()
        if layout is None or not self.isVisible():
            return
        for inner in self.findChildren(QLayout):  # a field's own layout measures a text hidden a moment ago
            inner.invalidate()
        layout.activate()
        height = min(max(self.wanted_height(self.width()), self.minimumHeight()), self.screen_room())
        if height > self.height():
            if self._grown_from is None:  # Qt may already have grown the window by a line for a new label
                self._grown_from = min(self.height(), self._fitted_height) if self._fitted_height > 0 \
                    else self.height()
            self.resize(self.width(), height)
        elif self._grown_from is not None and self.height() == self._fitted_height:
            height = max(height, self._grown_from)
            if height == self._grown_from:
                self._grown_from = None
            self.resize(self.width(), height)
        self._fitted_height = self.height()

    def screen_room(self) -> int:
        """The most height the dialog can have: the screen's available height less the title bar and frame (a
        title bar's height before the window manager has said what its frame is)."""
        frame = self.frameGeometry().height() - self.height()
        if frame <= 0:
            frame = self.style().pixelMetric(QStyle.PixelMetric.PM_TitleBarHeight)
        screen = self.screen()
        return screen.availableGeometry().height() - frame if screen is not None else 16_777_215  # QWIDGETSIZE_MAX

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self.fit_on_open and not self._opened:  # before QDialog places it over its parent, at this height
            self._opened = True
            screen = self.screen()
            room = screen.availableGeometry().width() if screen is not None else self.sizeHint().width()
            self.resize(max(self.width(), min(self.sizeHint().width(), room)), self.height())  # not 2/3 of it
            self.fit_to_contents()
            self._grown_from = None  # where it opened is where it rests
        super().showEvent(event)

    def ok_button(self):
        """The OK button (tests click it)."""
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)


def database_error_text(exc: DatabaseError) -> str:
    """What a user reads when the ledger refused a write (busy, disk full ...), in the active language."""
    from PySide6.QtCore import QCoreApplication

    if isinstance(exc, DatabaseBusyError):
        return QCoreApplication.translate("Errors", "The ledger is busy: another DebtLens window or program is "
                                                    "writing to it. Nothing was saved; try again in a moment.")
    if "disk is full" in exc.reason:
        return QCoreApplication.translate("Errors", "The disk is full. Nothing was saved; free some space and "
                                                    "try again.")
    return QCoreApplication.translate("Errors", "The ledger could not be written (%1). Nothing was saved.") \
        .replace("%1", exc.reason)


def date_edit(value: QDate | None = None) -> QDateEdit:
    """A date field with a calendar popup and ISO display (unambiguous in both languages)."""
    edit = QDateEdit(value or QDate.currentDate())
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def item_table(rows: int, columns: int) -> QTableWidget:
    """A read-only ``QTableWidget`` of ``rows`` x ``columns`` that selects one whole row, columns sized to their
    contents and the last one taking the spare width (a short list filled item by item: backups, the wishlist)."""
    table = QTableWidget(rows, columns)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


#: Rows beyond those on screen that a column fitted to its contents is measured over.
FIT_ROWS = 200


def table_view(model, *, stretch: str | None = None, fit: bool = True, stretch_last: bool = False) -> QTableView:
    """A read-only, row-selecting table view; Tab leaves it (the arrow keys move inside), so the buttons after it
    can be reached. ``fit`` sizes columns to their contents (small tables; a paged table sizes them once per page
    instead); ``stretch`` names the column (``Column.key``) that takes the spare width, so numbers stay next to
    each other; ``stretch_last`` gives it to the last column instead."""
    view = QTableView()
    view.setModel(model)
    view.setTabKeyNavigation(False)  # Tab moves to the next widget (the buttons), not cell by cell
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(26)
    # a column fitted to its contents measures the rows on screen and up to this many more (Qt's default, 1,000,
    # made an 85,000-row import preview call the model 136,000 times on the GUI thread)
    header = view.horizontalHeader()
    header.setResizeContentsPrecision(FIT_ROWS)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    view.setWordWrap(False)
    if fit:
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(stretch_last)
    keys = [c.key for c in getattr(model, "columns", [])]
    if stretch in keys:
        header.setSectionResizeMode(keys.index(stretch), QHeaderView.ResizeMode.Stretch)
    return view


class TableKeys(QObject):
    """Keys on a table's selected row: ``{Qt.Key.Key_Return: edit, …}`` calls the function when the key is pressed
    (no modifier) in the table and a row is selected (Enter opens the row's main action, Delete asks to delete
    it)."""

    def __init__(self, table: QTableView, actions: dict[Qt.Key, Callable[[], object]]) -> None:
        super().__init__(table)
        self.table = table
        self.actions = {int(getattr(key, "value", key)): action for key, action in actions.items()}
        table.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            key_event = cast(QKeyEvent, event)
            action = self.actions.get(int(key_event.key()))
            modifiers = key_event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if action is not None and modifiers == Qt.KeyboardModifier.NoModifier \
                    and self.table.selectionModel().hasSelection():
                action()
                return True
        return super().eventFilter(watched, event)


def to_date(value: QDate):
    """``QDate`` -> ``datetime.date``."""
    return value.toPython()


def from_date(value) -> QDate:
    """``datetime.date`` -> ``QDate``."""
    return QDate(value.year, value.month, value.day)


def stacked(*widgets: QWidget) -> QWidget:
    """A widget holding ``widgets`` one under the other, tight (a field with its hint and error label)."""
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    for w in widgets:
        layout.addWidget(w)
    return holder


def refill_combo(combo: QComboBox, items: Sequence[tuple[str, object]]) -> None:
    """Replace a combo box's ``(text, data)`` items, keeping the selected data when it is still there."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for text, data in items:
        combo.addItem(text, data)
    index = combo.findData(current)
    combo.setCurrentIndex(index if index >= 0 else 0)
    combo.blockSignals(False)


def sentences(first: str, second: str) -> str:
    """Two translated sentences in a row: a space after English punctuation, none after Chinese (``。``)."""
    return first + second if first.endswith(("。", "！", "？", "；", "）")) else f"{first} {second}"
