"""The true cost of the option shown in the purchase dialog: "fee X % in total ≈ Y % a year", and a warning when
the purchase would push utilization or the debt-service ratio into a higher band, with a button to compare every
way of paying.

The warning and the comparison are for a *new* purchase only (an edited purchase is already in the numbers):
``show_option(..., load=False)`` shows the rate alone.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.domain.errors import NotFoundError, ValidationError
from app.i18n import formatting as fmt
from app.services.before_you_buy import Crossing
from app.ui.session import Session
from app.ui.views.common import Retranslatable
from app.ui.widgets.band_badge import band_name
from app.ui.widgets.explain import ExplainButton


class CostInsight(Retranslatable, QWidget):
    """Annualized rate + band warning for one purchase option.

    Args:
        session: the app session (``store``, ``today``).

    Signals:
        compare_requested(int, int): line id and price in fen; open ``BeforeYouBuyView`` with them.
    """

    compare_requested = Signal(int, int)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.crossings: tuple[Crossing, ...] = ()
        self._args: tuple | None = None
        self._load = True
        self.rate = QLabel()
        self.rate.setObjectName("costInsightRate")
        self.rate.setWordWrap(True)
        self.warning = QLabel()
        self.warning.setObjectName("costInsightWarning")
        self.warning.setProperty("role", "danger")
        self.warning.setWordWrap(True)
        self.compare_button = QPushButton()
        rate_row = QHBoxLayout()
        rate_row.setContentsMargins(0, 0, 0, 0)
        rate_row.addWidget(self.rate, 1)
        rate_row.addWidget(ExplainButton("apr"))
        bottom = QHBoxLayout()
        bottom.setContentsMargins(0, 0, 0, 0)
        bottom.addWidget(self.warning, 1)
        bottom.addWidget(self.compare_button, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(rate_row)
        layout.addLayout(bottom)
        self.compare_button.clicked.connect(self._on_compare_clicked)
        self.retranslate_ui()
        self.show_option(None, None, 1)

    def retranslate_ui(self) -> None:
        self.compare_button.setText(self.tr("Compare ways of paying…"))
        if self._args is not None:
            self.show_option(*self._args, load=self._load)

    @property
    def has_warning(self) -> bool:
        """Whether the option shown pushes a metric into a higher band."""
        return bool(self.crossings)

    def show_option(self, line_id: int | None, price_fen: int | None, periods: int,
                    fee_rate: Decimal | None = None, as_of: date | None = None, *, load: bool = True) -> None:
        """Show the true cost of paying ``price_fen`` on ``line_id`` in ``periods`` parts (``None`` hides it);
        ``load=False`` leaves out the band warning and the comparison (a purchase already recorded)."""
        self._args = (line_id, price_fen, periods, fee_rate, as_of)
        self._load = load
        self.crossings = ()
        self.compare_button.setVisible(load)
        if line_id is None or not price_fen:
            self.rate.clear()
            self.warning.hide()
            self.compare_button.setEnabled(False)
            return
        try:
            rates = {periods: fee_rate} if fee_rate is not None and periods > 1 else None
            comparison = self.session.services.before_you_buy(line_id, price_fen, as_of or self.session.today(),
                                        (periods,), fee_rates=rates)
        except (ValidationError, NotFoundError):
            self.rate.clear()
            self.warning.hide()
            self.compare_button.setEnabled(False)
            return
        self.compare_button.setEnabled(True)
        if not comparison.options:  # no preset and no rate for that many periods
            self.rate.clear()
            self.warning.hide()
            return
        option = comparison.options[0]
        plan = option.plan
        if plan.total_fee_fen == 0 and plan.periods <= 1:  # (a pay-in-4 line's one way is its 4 payments)
            self.rate.setText(self.tr("No fee if you pay the whole bill by its due date."))
        elif plan.total_fee_fen == 0:
            self.rate.setText(self.tr("No fee: these installments cost 0% a year."))
        else:
            self.rate.setText(self.tr("Fee %1 in total (%2) ≈ %3 a year (APR); effective %4.")
                              .replace("%1", fmt.percent(plan.fee_rate, decimals=2))
                              .replace("%2", fmt.money(plan.total_fee_fen, comparison.currency))
                              .replace("%3", fmt.percent(plan.rate.apr, decimals=2))
                              .replace("%4", fmt.percent(plan.rate.ear, decimals=2)))
        self.crossings = option.crossings if load else ()
        texts = []
        for x in self.crossings:
            name = {"dsr": self.tr("your debt-service ratio"),
                    "total_utilization": self.tr("your utilization over all your lines")}.get(
                x.metric, self.tr("this line's utilization"))
            texts.append(self.tr("⚠ This purchase takes %1 from %2 to %3.").replace("%1", name)
                         .replace("%2", band_name(x.before)).replace("%3", band_name(x.after)))
        self.warning.setText("\n".join(texts))
        self.warning.setVisible(bool(texts))

    def _on_compare_clicked(self) -> None:
        if self._args is None:
            return
        line_id, price_fen = self._args[0], self._args[1]
        if line_id is not None and price_fen:
            self.compare_requested.emit(line_id, price_fen)
