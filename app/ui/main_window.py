"""The main window: navigation, actions and dialogs wired to the views. Slots are one-liners; the views and the
services do the work."""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import Any

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app import config
from app.domain.credit_line import CreditLine
from app.domain.postings import Purchase
from app.services.changes import Changes
from app.ui.actions import Actions
from app.ui.calendar_export import CalendarExporter
from app.ui.data_safety import DataSafety
from app.ui.ledger_files import LedgerFiles
from app.ui.open_check import DeferredCheck
from app.ui.presentation import Presentation
from app.ui.reminders import Reminders
from app.ui.report_actions import ReportActions
from app.ui.resources import icon
from app.ui.session import Session
from app.ui.translations import LanguageManager
from app.ui.undo_actions import UndoActions
from app.ui.widgets.page_stack import PageStack
from app.ui.view_registry import REGISTRY, SPECS, TRUE_COST_VIEWS, VIEWS, ViewSpec
from app.ui.views.common import Retranslatable
from app.ui.views.lazy import BuiltViews, LazyView
from app.ui.window_title import window_title
from app.ui.workshop import WorkshopController
from app.ui.workshop_bar import WorkshopBar
from app.ui.workshop_menu import WorkshopMenu

#: What each view asks of the window: (the view's signal, the window's slot or signal it is connected to).
_VIEW_REQUESTS: dict[str, tuple[tuple[str, str], ...]] = {
    "welcome": (("add_line_requested", "_on_add_line_triggered"), ("import_requested", "import_requested")),
    "overview": (("dialog_requested", "open_dialog"),),
    "purchases": (("add_requested", "_on_add_purchase_triggered"), ("edit_requested", "_on_purchase_edit_requested"),
                  ("dialog_requested", "open_dialog")),
    "statements": (("repay_requested", "_on_statement_repay_requested"),
                   ("trap_requested", "_on_statement_trap_requested"), ("dialog_requested", "open_dialog")),
    "lines": (("add_requested", "_on_add_line_triggered"), ("edit_requested", "_on_line_edit_requested"),
              ("limit_requested", "_on_line_limit_requested")),
}


class MainWindow(Retranslatable, QMainWindow):
    """Composes the views and the actions. ``dialog`` is the dialog opened last (tests drive it);
    ``compare_window`` the before-you-buy comparison opened last from the purchase dialog.

    The true-cost views (before you buy, minimum-payment trap, payoff plan, check an offer) are built on first show
    (``LazyView``); ``page(key)`` gives any view, built. Emits ``import_requested`` when the user asks to import a
    bill export (Ctrl+I or the welcome page).
    """

    import_requested = Signal()

    def __init__(self, session: Session, languages: LanguageManager, user_db_path=None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.session = session
        self.languages = languages
        self.user_db_path = user_db_path or (config.default_db_path() if session.demo else session.db_path)
        self.dialog: QDialog | None = None
        self.compare_window: QWidget | None = None
        self.setWindowIcon(icon("app"))
        self.window_actions = Actions(self)

        #: the widgets of the window's stack: a view, or a ``LazyView`` holding the place of one not built yet
        self.pages: dict[str, QWidget] = {
            spec.key: LazyView(partial(self._build_view, spec), scrolls=spec.scrolls) if spec.lazy
            else self._build_view(spec) for spec in REGISTRY}
        #: the views by key, built when asked for (each has its own class, imported when it is built)
        self.views = BuiltViews(self.pages)
        self.stack = PageStack()
        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setFixedWidth(170)
        self.nav.setWordWrap(True)  # a long name takes two lines ("Minimum-payment trap")
        self.nav.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav_items: dict[str, QListWidgetItem] = {}
        self.nav_heading = QListWidgetItem()
        self.nav_heading.setFlags(Qt.ItemFlag.NoItemFlags)  # a heading: not selectable, skipped by the arrow keys
        font = QFont(self.nav.font())
        font.setBold(True)
        self.nav_heading.setFont(font)
        for key in VIEWS:
            self.stack.addWidget(self.pages[key])
            if key == TRUE_COST_VIEWS[0]:
                self.nav.addItem(self.nav_heading)
            self.nav_items[key] = QListWidgetItem(self.window_actions.view_name(key), self.nav)
            self.nav_items[key].setData(Qt.ItemDataRole.UserRole, key)
        self.banner = QLabel()
        self.banner.setProperty("role", "banner")
        self.banner_button = QPushButton()
        banner_row = QHBoxLayout()
        banner_row.setContentsMargins(16, 8, 16, 0)
        banner_row.addWidget(self.banner, 1)
        banner_row.addWidget(self.banner_button)
        self.banner_holder = QWidget()
        self.banner_holder.setLayout(banner_row)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.banner_holder)
        self.workshop = WorkshopController(session, self)
        self.reminders = Reminders(self, session)  # due-date reminders: tray notifications or this banner
        right_layout.addWidget(self.reminders.banner)
        self.workshop_bar = WorkshopBar(self.workshop)
        self.workshop_bar.hide()
        self.presentation = Presentation(self, session)
        right_layout.addWidget(self.workshop_bar)
        right_layout.addWidget(self.stack, 1)
        central = QWidget()
        central_layout = QHBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(self.nav)
        central_layout.addWidget(right, 1)
        self.setCentralWidget(central)
        self.undo_actions = UndoActions(self, session)  # Edit → Undo / Redo (Ctrl+Z, Ctrl+Shift+Z)
        self._build_menus()
        self.workshop_bar.more_menu.addAction(self.window_actions.presentation)
        self._connect()
        self.data_safety = DataSafety(self, session)  # back up, restore, export, import (File menu)
        self.open_check = DeferredCheck(self, session)  # a cleanly closed file's check, after the first paint

        self.due_dates = CalendarExporter(self, session)  # File → Export due dates… (.ics)
        self.reports = ReportActions(self, session)  # File → Export monthly report as PDF…, Print monthly report…
        self.ledger_files = LedgerFiles(self, session)  # File → New ledger…, Open another ledger…, Open recent
        self.retranslate_ui()
        self._on_session_switched(session.demo)
        self._restore()

    # -- building -------------------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        a = self.window_actions
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (a.add_purchase, a.record_repayment, a.import_bill):
            self.toolbar.addAction(action)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.toolbar.addAction(a.presentation)
        self.toolbar.addAction(a.settings)
        self.addToolBar(self.toolbar)
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addAction(a.import_bill)
        self.file_menu.addSeparator()
        for action in (a.back_up_now, a.restore_backup, a.export_data, a.import_json):
            self.file_menu.addAction(action)
        self.file_menu.addSeparator()
        for action in (a.open_demo, a.open_my_data, a.open_scenario):
            self.file_menu.addAction(action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(a.settings)
        self.file_menu.addAction(a.quit)
        self.edit_menu = bar.addMenu("")
        self.edit_menu.addAction(self.undo_actions.undo)
        self.edit_menu.addAction(self.undo_actions.redo)
        self.ledger_menu = bar.addMenu("")
        for action in (a.add_purchase, a.record_repayment, a.add_line):
            self.ledger_menu.addAction(action)
        self.workshop_menu = bar.addMenu("")
        self.workshop_menu_actions = WorkshopMenu(self, self.workshop_menu)
        self.view_menu = bar.addMenu("")
        for key in VIEWS:
            if key == TRUE_COST_VIEWS[0]:
                self.view_menu.addSeparator()
            self.view_menu.addAction(a.views[key])
            self.addAction(a.views[key])
        self.view_menu.addSeparator()
        self.view_menu.addAction(a.presentation)
        self.view_menu.addAction(a.mask_amounts)
        self.addAction(a.presentation)  # F11 still works with the menu bar hidden in full screen
        self.addAction(a.mask_amounts)
        self.leave_presentation = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        self.leave_presentation.setEnabled(False)

    def _connect(self) -> None:
        a = self.window_actions
        a.add_purchase.triggered.connect(self._on_add_purchase_triggered)
        a.record_repayment.triggered.connect(self._on_record_repayment_triggered)
        a.import_bill.triggered.connect(self.import_requested)
        a.add_line.triggered.connect(self._on_add_line_triggered)
        a.settings.triggered.connect(self._on_settings_triggered)
        a.quit.triggered.connect(self.close)
        for key, action in a.views.items():
            action.triggered.connect(lambda _checked=False, k=key: self.show_view(k))
        self.nav.currentRowChanged.connect(self._on_nav_row_changed)
        self.workshop_bar.leave_requested.connect(self.workshop_menu_actions.leave)
        self.workshop_bar.reset_failed.connect(self.workshop_menu_actions.story_failed)
        a.presentation.toggled.connect(self.presentation.set_on)
        a.mask_amounts.toggled.connect(self.presentation.set_masked)
        a.open_scenario.triggered.connect(self.workshop_menu_actions.open_scenario_file)
        self.leave_presentation.activated.connect(lambda: a.presentation.setChecked(False))
        self.presentation.toggled.connect(self._on_presentation_toggled)
        self.import_requested.connect(self._on_import_requested)
        self.session.changed.connect(self._on_session_changed)
        self.session.changed.connect(self._update_title)
        self.session.database_switched.connect(self._on_session_switched)
        self.languages.language_changed.connect(self._on_language_changed)

    # -- navigation -----------------------------------------------------------------------------------------
    def show_view(self, key: str) -> None:
        """Switch to the view ``key`` (one of ``view_registry.VIEWS``)."""
        self.nav.setCurrentItem(self.nav_items[key])

    def current_view(self) -> str:
        """Key of the view shown."""
        return VIEWS[self.stack.currentIndex()]

    def page(self, key: str) -> Any:
        """The view ``key``, built now when it is one of the views built on first show."""
        return self.views[key]

    def _build_view(self, spec: ViewSpec) -> QWidget:
        """Build a view and connect its requests to the window's slots (when it is built: most are built on
        their first show)."""
        view: Any = spec.build(self.session)
        for signal, slot in _VIEW_REQUESTS.get(spec.key, ()):
            getattr(view, signal).connect(getattr(self, slot))
        return view

    def _on_nav_row_changed(self, row: int) -> None:
        item = self.nav.item(row)
        self.stack.setCurrentWidget(self.pages[item.data(Qt.ItemDataRole.UserRole) if item else "overview"])

    def _on_session_changed(self, changes: Changes) -> None:
        self._update_actions()
        if changes.lines and self.current_view() == "welcome" and self.session.has_lines():
            self.show_view("overview")

    def _on_session_switched(self, demo: bool) -> None:
        self.banner_holder.setVisible(demo)
        self.workshop_bar.setVisible(self.workshop.active)
        self.window_actions.open_my_data.setEnabled(demo)
        self.window_actions.open_demo.setEnabled(not demo)
        self._update_actions()
        self.show_view("overview" if self.session.has_lines() else "welcome")
        self.statusBar().showMessage(str(self.session.db_path))
        self._update_title()

    def _update_actions(self) -> None:
        has_lines = self.session.has_lines()
        self.window_actions.add_purchase.setEnabled(has_lines)
        self.window_actions.record_repayment.setEnabled(has_lines)

    # -- dialogs (one-liners) -------------------------------------------------------------------------------
    def open_dialog(self, dialog: QDialog) -> QDialog:
        """Open ``dialog`` window-modal without blocking (never ``exec()``), and remember it."""
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # the dialogs' modules load when one is first opened: none is needed for the first paint
    def _on_add_purchase_triggered(self) -> None:
        from app.ui.dialogs.purchase_dialog import PurchaseDialog
        dialog = PurchaseDialog(self.session, parent=self)
        dialog.compare_requested.connect(self._on_purchase_compare_requested)
        self.open_dialog(dialog)

    def _on_purchase_edit_requested(self, purchase: Purchase) -> None:
        from app.ui.dialogs.purchase_dialog import PurchaseDialog
        self.open_dialog(PurchaseDialog(self.session, purchase, parent=self))

    def _on_record_repayment_triggered(self) -> None:
        from app.ui.dialogs.repayment_dialog import RepaymentDialog
        if not (self.current_view() == "statements" and self.views["statements"].request_repayment()):
            self.open_dialog(RepaymentDialog(self.session, parent=self))

    def _on_statement_repay_requested(self, line_id: int, statement_date: date, amount_fen: int) -> None:
        from app.ui.dialogs.repayment_dialog import RepaymentDialog
        self.open_dialog(RepaymentDialog(self.session, line_id, statement_date, amount_fen, parent=self))

    def _on_statement_trap_requested(self, line_id: int, statement_date: date) -> None:
        self.show_view("minimum_trap")
        self.page("minimum_trap").show_statement(line_id, statement_date)

    def _on_purchase_compare_requested(self, line_id: int, price_fen: int) -> None:
        """The comparison opens as a window of the purchase dialog (usable while the dialog is open, closed with
        it); recording a purchase there finishes the dialog's work, so it closes the dialog."""
        dialog = self.dialog
        if dialog is None:
            return
        compare: Any = SPECS["before_you_buy"].view_class()(self.session, line_id=line_id, price_fen=price_fen)
        compare.purchase_recorded.connect(dialog.accept)
        self.compare_window = compare
        self._show_window(compare, dialog, self.window_actions.view_name("before_you_buy"))

    def _show_window(self, view: QWidget, owner: QWidget, title: str) -> None:
        """Show ``view`` as a non-modal window of ``owner`` (closed with it), scrolling on a small screen."""
        window = QScrollArea(owner)
        window.setWindowFlag(Qt.WindowType.Window)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.setWidgetResizable(True)
        window.setFrameShape(QScrollArea.Shape.NoFrame)
        window.setWidget(view)
        window.setWindowTitle(title)
        window.resize(QSize(1100, 900).boundedTo(self.screen().availableGeometry().size()))
        window.show()

    def _on_add_line_triggered(self) -> None:
        from app.ui.dialogs.line_dialog import LineDialog
        self.open_dialog(LineDialog(self.session, parent=self))

    def _on_line_edit_requested(self, line: CreditLine) -> None:
        from app.ui.dialogs.line_dialog import LineDialog
        self.open_dialog(LineDialog(self.session, line, parent=self))

    def _on_line_limit_requested(self, line: CreditLine) -> None:
        from app.ui.dialogs.line_dialog import LimitDialog
        self.open_dialog(LimitDialog(self.session, line, parent=self))

    def _on_settings_triggered(self) -> None:
        from app.ui.dialogs.settings_dialog import SettingsDialog
        self.open_dialog(SettingsDialog(self.session, self.languages, parent=self))

    # -- workshop ---------------------------------------------------------------------------------------------
    def open_story(self, path) -> None:
        """Run the classroom story in ``path`` in its own ledger, its clock at its first moment."""
        self.workshop_menu_actions.open_story(path)

    def _on_presentation_toggled(self, on: bool) -> None:
        self.window_actions.presentation.setChecked(on)
        self.leave_presentation.setEnabled(on)
        self.menuBar().setVisible(not on)
        self.toolbar.setVisible(not on)  # F11, Esc or the workshop's More menu leave presentation mode

    def _on_import_requested(self) -> None:
        """Open the import dialog (its module is loaded on first use: it is not needed for the first paint)."""
        from app.ui.importing.dialog import open_import_dialog

        self.dialog = open_import_dialog(self.session, self)

    def _update_title(self, _changes=None) -> None:
        self.setWindowTitle(window_title(self.session, self.workshop))

    def _on_language_changed(self, code: str) -> None:
        QSettings().setValue("ui/language", code)

    # -- state ----------------------------------------------------------------------------------------------
    def _restore(self) -> None:
        settings = QSettings()
        geometry = settings.value("ui/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 800)
        last = settings.value("ui/last_view", "overview")
        if self.session.has_lines() and last in VIEWS:
            self.show_view(last)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        settings = QSettings()
        settings.setValue("ui/geometry", self.saveGeometry())
        settings.setValue("ui/last_view", self.current_view())
        self.session.close()
        super().closeEvent(event)

    def retranslate_ui(self) -> None:
        self.window_actions.retranslate_ui()
        self._update_title()
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.undo_actions.retranslate_ui()
        self.ledger_menu.setTitle(self.tr("&Ledger"))
        self.view_menu.setTitle(self.tr("&View"))
        self.workshop_menu.setTitle(self.tr("&Workshop"))
        self.toolbar.setWindowTitle(self.tr("Main toolbar"))
        self.nav.setAccessibleName(self.tr("Views"))
        for key, item in self.nav_items.items():
            item.setText(self.window_actions.view_name(key))
        self.nav_heading.setText(self.tr("True cost"))
        self.banner.setText(self.tr("You are looking at the demo: made-up data, kept apart from yours."))
        self.banner_button.setText(self.tr("Back to my data"))
