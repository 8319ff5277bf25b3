"""The cooling-off list (冷静清单): put something you want on it, see the real cost of each way to pay, and buy it
only after your waiting time (48 hours unless set otherwise). Buying records the purchase; dropping an item
counts in what waiting saved. Rules: ``app.domain.wishlist``; storage and actions: ``app.services.wishlist``."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import NotFoundError, ValidationError
from app.domain.wishlist import WishStatus
from app.i18n import formatting as fmt
from app.services.changes import Changes
from app.services.wishlist import WishRow
from app.ui.session import Session
from app.ui.texts import errors
from app.ui.texts.money_labels import with_sign
from app.ui.views.common import RefreshWhenShown, Retranslatable, error_label, item_table, muted


class WishlistView(RefreshWhenShown, Retranslatable, QWidget):
    """The list and its form. ``rows`` are the ``WishRow`` shown (table order); ``compare_window`` the comparison
    opened last; ``message`` says what the last action did or why it was refused."""

    COLUMNS = ("item", "price", "shop", "line", "added", "allowed", "status")

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.service = session.services.wishlist
        self.rows: list[WishRow] = []
        self.compare_window: QWidget | None = None
        self._early_confirm: int | None = None  # the item "Buy" was pressed for while still waiting
        self.setObjectName("wishlistView")
        self.title = QLabel()
        self.title.setProperty("role", "title")
        self.intro = muted()
        self.intro.setWordWrap(True)
        self.name, self.price, self.shop = QLineEdit(), QLineEdit(), QLineEdit()
        self.currency = session.queries.main_currency()  # my own money, as the income: prices are in it
        self.line = QComboBox()
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self._on_add_clicked)
        self.name_error, self.price_error = error_label(), error_label()
        self.form_labels = {k: QLabel() for k in ("name", "price", "shop", "line")}
        form = QFormLayout()
        for key, widget in (("name", self.name), ("price", self.price), ("shop", self.shop), ("line", self.line)):
            self.form_labels[key].setBuddy(widget)
            form.addRow(self.form_labels[key], widget)
            if key == "name":
                form.addRow("", self.name_error)
            elif key == "price":
                form.addRow("", self.price_error)
        form.addRow("", self.add_button)
        self.table = item_table(0, len(self.COLUMNS))
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.compare_button, self.buy_button, self.drop_button = QPushButton(), QPushButton(), QPushButton()
        self.pay_date_button = QPushButton()
        self.pay_date_button.clicked.connect(self._on_pay_date_clicked)
        self.pay_dialog: QWidget | None = None
        self.waiting_dialog: QWidget | None = None
        self.compare_button.clicked.connect(self._on_compare_clicked)
        self.buy_button.clicked.connect(self._on_buy_clicked)
        self.drop_button.clicked.connect(self._on_drop_clicked)
        self.waiting = muted()
        self.waiting.setObjectName("wishlistWaiting")
        self.waiting.setWordWrap(True)
        self.waiting_button = QPushButton()
        self.waiting_button.clicked.connect(self._on_waiting_clicked)
        waiting_row = QHBoxLayout()
        waiting_row.addWidget(self.waiting, 1)
        waiting_row.addWidget(self.waiting_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.compare_button)
        buttons.addWidget(self.pay_date_button)
        buttons.addStretch(1)
        buttons.addWidget(self.drop_button)
        buttons.addWidget(self.buy_button)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.saved = QLabel()
        self.saved.setObjectName("wishlistSaved")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addLayout(waiting_row)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.saved)
        session.changed.connect(self._on_session_changed)
        self.retranslate_ui()
        self.refresh()

    # -- data -----------------------------------------------------------------------------------------------
    def _on_session_changed(self, changes: Changes) -> None:
        if changes.settings or changes.lines or changes.postings:
            self.invalidate()

    def refresh(self) -> None:
        """Reload the lines and the list (statuses on the session's today)."""
        self._stale = False
        self.currency = self.session.queries.main_currency()  # it follows the lines: label the price again
        self._label_price()
        keep = self.line.currentData()
        self.line.clear()
        self.line.addItem("—", None)
        for ln in self.session.queries.lines(include_archived=False):
            self.line.addItem(ln.name, ln.id)
        self.line.setCurrentIndex(max(0, self.line.findData(keep)))
        selected = self.selected()
        self.rows = self.service.rows(self.session.today())
        self._say_waiting()
        self._fill()
        if selected is not None:
            for i, row in enumerate(self.rows):
                if row.item.id == selected.item.id:
                    self.table.selectRow(i)
        self._update_buttons()

    def _fill(self) -> None:
        names = {ln.id: ln.name for ln in self.session.queries.lines()}
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            item = row.item
            values = (item.name, fmt.money(item.price_fen, self.currency), item.shop, names.get(item.line_id, "—"),
                      fmt.day(item.added_on), fmt.day(row.allowed_on), self.status_text(row))
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.saved.setText(self.tr("Waiting has saved you %1 so far (the items you dropped).")
                           .replace("%1", fmt.money(self.service.saved_fen(), self.currency)))

    def status_text(self, row: WishRow) -> str:
        """The status column's text."""
        return {WishStatus.WAITING: self.tr("waiting"), WishStatus.ALLOWED: self.tr("allowed"),
                WishStatus.BOUGHT: self.tr("bought"), WishStatus.DROPPED: self.tr("dropped")}[row.status]

    def selected(self) -> WishRow | None:
        """The selected row, ``None`` without one."""
        index = self.table.currentRow()
        return self.rows[index] if 0 <= index < len(self.rows) and self.table.selectedItems() else None

    def select(self, index: int) -> None:
        """Select row ``index`` (tests)."""
        self.table.selectRow(index)

    def _update_buttons(self) -> None:
        row = self.selected()
        open_ = row is not None and row.status in (WishStatus.WAITING, WishStatus.ALLOWED)
        for b in (self.compare_button, self.pay_date_button, self.buy_button, self.drop_button):
            b.setEnabled(open_)
        if row is None or row.item.id != self._early_confirm:
            self._early_confirm = None

    # -- actions --------------------------------------------------------------------------------------------
    def _say(self, text: str, danger: bool = False) -> None:
        self.message.setProperty("role", "danger" if danger else "")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setText(text)

    def _on_add_clicked(self) -> None:
        self.name_error.hide()
        self.price_error.hide()
        try:
            price = fmt.parse_money(self.price.text(), self.currency, field="price")
            self.session.apply(self.service.add, self.name.text(), price, self.session.today(),
                               shop=self.shop.text(), line_id=self.line.currentData())
        except (ValidationError, NotFoundError) as exc:
            label = self.name_error if getattr(exc, "field", "") == "name" else self.price_error
            label.setText(errors.reason(exc))
            label.show()
            return
        name = self.name.text().strip()
        for edit in (self.name, self.price, self.shop):
            edit.clear()
        self.refresh()
        self.table.selectRow(0)
        row = self.rows[0]
        self._say(self.tr("%1 is on the list. You can buy it from %2.").replace("%1", name)
                  .replace("%2", fmt.day(row.allowed_on)))

    def _on_compare_clicked(self) -> None:
        from app.ui.view_registry import SPECS

        row = self.selected()
        if row is None:
            return
        line_id = row.item.line_id if row.item.line_id is not None else self.line.currentData()
        view: Any = SPECS["before_you_buy"].view_class()(self.session, line_id=line_id, price_fen=row.item.price_fen)
        item_id = row.item.id
        view.purchase_recorded.connect(lambda changes, i=item_id: self._on_compared_purchase(i, changes))
        window = QScrollArea(self)
        window.setWindowFlag(Qt.WindowType.Window)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.setWidgetResizable(True)
        window.setWidget(view)
        window.setWindowTitle(self.tr("Ways to pay for %1").replace("%1", row.item.name))
        window.resize(QSize(1100, 900).boundedTo(self.screen().availableGeometry().size()))
        window.show()
        self.compare_window = view

    def _on_pay_date_clicked(self) -> None:
        from app.ui.dialogs.pay_date_dialog import PayDateDialog

        row = self.selected()
        if row is None:
            return
        dialog = PayDateDialog(self.session, row.item.price_fen, parent=self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.pay_dialog = dialog

    def _on_compared_purchase(self, item_id: int, changes: Changes) -> None:
        purchase_id = changes.ids.get("purchase")
        if purchase_id is not None:
            self.session.apply(self.service.mark_bought, item_id, purchase_id, self.session.today())
            self.refresh()

    def _on_buy_clicked(self) -> None:
        row = self.selected()
        if row is None:
            return
        early = row.status is WishStatus.WAITING
        if early and self._early_confirm != row.item.id:  # the second confirmation: say why, then a 2nd click
            self._early_confirm = row.item.id
            self._say(self.tr("%1 is still in its cooling-off time until %2. Press “Buy” again to buy it anyway.")
                      .replace("%1", row.item.name).replace("%2", fmt.day(row.allowed_on)), danger=True)
            return
        try:
            self.session.apply(self.service.buy, row.item.id, self.session.today(),
                               line_id=row.item.line_id if row.item.line_id is not None else self.line.currentData(),
                               despite_waiting=early)
        except (ValidationError, NotFoundError) as exc:
            self._say(errors.reason(exc), danger=True)
            return
        self._early_confirm = None
        self.refresh()
        self._say(self.tr("Bought %1: the purchase of %2 is recorded.").replace("%1", row.item.name)
                  .replace("%2", fmt.money(row.item.price_fen, self.currency)))

    def _on_drop_clicked(self) -> None:
        row = self.selected()
        if row is None:
            return
        self.session.apply(self.service.drop, row.item.id, self.session.today())
        self.refresh()
        self._say(self.tr("Dropped %1.").replace("%1", row.item.name))

    def _on_waiting_clicked(self) -> None:
        from app.ui.dialogs.waiting_time_dialog import WaitingTimeDialog

        dialog = WaitingTimeDialog(self.session, self.currency, self)
        self.waiting_dialog = dialog
        dialog.open()

    def _say_waiting(self) -> None:
        """The waiting time now in force, one band after the other."""
        bands = self.service.bands()
        if len(bands) == 1:
            text = self.tr("Waiting time: %n day(s), whatever the price.", "", bands[0][1])
        else:
            text = self.tr("Waiting time: %1.").replace("%1", "; ".join(
                self.tr("%n day(s) from %1", "", days).replace("%1", fmt.money(fen, self.currency))
                for fen, days in bands))
        self.waiting.setText(text)

    def _label_price(self) -> None:
        self.form_labels["price"].setText(with_sign(self.tr("&Price (¥)"), self.currency))
        self.price.setPlaceholderText(fmt.money(0, self.currency, symbol=False))

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Cooling-off list"))
        self.intro.setText(self.tr(
            "Put here what you want to buy on credit. It can be bought after your waiting time: many wants pass by "
            "then. Compare the real cost of each way to pay while you wait."))
        self.waiting_button.setText(self.tr("&Waiting time…"))
        self._say_waiting()
        texts = {"name": self.tr("&Item"), "shop": self.tr("&Where"), "line": self.tr("&Line you'd use")}
        for key, text in texts.items():
            self.form_labels[key].setText(text)
        self._label_price()
        self.add_button.setText(self.tr("&Add to the list"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Item"), self.tr("Price"), self.tr("Where"), self.tr("Line"), self.tr("Added"),
            self.tr("Allowed from"), self.tr("Status")])
        self.compare_button.setText(self.tr("&Compare ways to pay…"))
        self.pay_date_button.setText(self.tr("Can I &pay it on that date?…"))
        self.buy_button.setText(self.tr("&Buy"))
        self.drop_button.setText(self.tr("&Drop it"))
        if self.rows:
            self._fill()
