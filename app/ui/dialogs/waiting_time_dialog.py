"""The cooling-off list's waiting time (冷静期), set in the window: days to wait before buying, by price band
("from ¥0: 2 days, from ¥1,000: 7 days"). Rules and checks: ``app.domain.wishlist.check_bands``; stored by
``WishlistService.set_bands``, the same setting the command line's ``wishlist wait`` writes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain import messages
from app.domain.errors import ValidationError
from app.domain.wishlist import DEFAULT_BANDS, MAX_WAIT_DAYS
from app.i18n import formatting as fmt
from app.ui.session import Session
from app.ui.texts.money_labels import with_sign
from app.ui.views.common import FormDialog, error_label, muted


class WaitingTimeDialog(FormDialog):
    """One row per price band: the price it starts from (the first row from 0) and the days to wait. OK saves
    them in one transaction; "48 hours for everything" fills in the default. ``currency``: the prices' currency
    (the list's, the main one)."""

    def __init__(self, session: Session, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.currency = currency
        self.service = session.services.wishlist
        self.setObjectName("waitingTimeDialog")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 2)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(150)
        self.hint = muted()
        self.hint.setWordWrap(True)
        self.table_error = error_label()
        self.errors.add(["wait_bands"], self.table_error, self.table)
        self.add_band, self.remove_band, self.default = QPushButton(), QPushButton(), QPushButton()
        self.add_band.clicked.connect(lambda: self._append("", ""))
        self.remove_band.clicked.connect(self._remove_selected)
        self.default.clicked.connect(lambda: self._fill(DEFAULT_BANDS))
        row = QHBoxLayout()
        for button in (self.add_band, self.remove_band):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.default)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.hint)
        layout.addWidget(self.table_error)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self._fill(self.service.bands())
        self.resize(460, 360)
        self.retranslate_ui()

    def _fill(self, bands) -> None:
        self.table.setRowCount(0)
        for from_fen, days in bands:
            self._append(fmt.money(from_fen, self.currency, symbol=False), str(days))

    def _append(self, price: str, days: str) -> None:
        at = self.table.rowCount()
        self.table.insertRow(at)
        self.table.setItem(at, 0, QTableWidgetItem(price))
        self.table.setItem(at, 1, QTableWidgetItem(days))
        self.table.setCurrentCell(at, 0)

    def _remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        for at in rows or [self.table.rowCount() - 1]:
            if at >= 0:
                self.table.removeRow(at)

    def values(self) -> list[tuple[int, int]]:
        """The bands typed in, ``[(from_fen, days), ...]`` in table order; empty rows are left out.

        Raises:
            ValidationError: ``wait_bands``: a price or a day count that cannot be read, naming the row.
        """
        bands = []
        for at in range(self.table.rowCount()):
            price, days = (self._text(at, col) for col in (0, 1))
            if not price and not days:
                continue
            fen = fmt.parse_money(price or "0", self.currency, field="wait_bands", allow_zero=True)
            if not days.isdigit() or int(days) > MAX_WAIT_DAYS:
                raise ValidationError("wait_bands", days, messages.QT_TRANSLATE_NOOP(
                        "Errors", "row %1: days to wait must be a whole number from 0 to %2")
                                      .arg(at + 1, MAX_WAIT_DAYS))
            bands.append((fen, int(days)))
        return bands

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""

    def submit(self) -> None:
        bands = self.values()
        self.session.apply(self.service.set_bands, bands or None)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Waiting time"))
        self.intro.setText(self.tr(
            "How long something on the list waits before it may be bought, by its price. Dearer things can wait "
            "longer: many wants pass by then."))
        self.table.setHorizontalHeaderLabels([with_sign(self.tr("From price (¥)"), self.currency),
                                              self.tr("Days to wait")])
        self.add_band.setText(self.tr("&Add a band"))
        self.remove_band.setText(self.tr("&Remove band"))
        self.default.setText(self.tr("48 &hours for everything"))
        self.hint.setText(self.tr("The first band starts at 0; each next one at a higher price. 0 days = no wait."))
        self.table.setAccessibleName(self.tr("Waiting time by price"))
        self.table.setToolTip(self.hint.text())
        self.table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft)
