"""Table models of the true-cost views: before-you-buy options, payoff strategies, debts to pay off.

Rows are the services' plain results; every cell is formatted through ``app.i18n.formatting``. Header and cell
tooltips carry the figure's explanation (``app.ui.texts.explanations``).
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QColor

from app.domain import messages
from app.domain.errors import ValidationError
from app.domain.messages import QT_TRANSLATE_NOOP
from app.domain.payoff import Debt
from app.domain.rates import parse_rate
from app.i18n import formatting as fmt
from app.services.before_you_buy import BuyOption
from app.services.payoff_planner import PlanSummary
from app.ui.models.base import CENTER, LEFT, RIGHT, Column, Index, RowsModel
from app.ui.texts import explanations
from app.ui.widgets.band_badge import band_color, band_name

CONTEXT = "TrueCostModels"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class ExplainedRowsModel(RowsModel):
    """``RowsModel`` whose header and cell tooltips explain the column's figure (``explain`` maps column key to
    figure id)."""

    def __init__(self, columns: list[Column], explain: dict[str, str], parent=None) -> None:
        super().__init__(columns, parent)
        self.explain = explain

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid():
            figure = self.explain.get(self.columns[index.column()].key)
            if figure:
                return explanations.rich(figure)
        return super().data(index, role)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.WhatsThisRole)
                and orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns)):
            figure = self.explain.get(self.columns[section].key)
            return explanations.rich(figure) if figure else None
        return super().headerData(section, orientation, role)

    def column_of(self, key: str) -> int:
        """Index of the column ``key`` (tests and views look columns up by key)."""
        return next(i for i, c in enumerate(self.columns) if c.key == key)


# -- before you buy -------------------------------------------------------------------------------------------
def plan_label(periods: int, pay_in_4: bool = False) -> str:
    """"Pay in full", "3 months", or for a pay-in-4 line's 4 payments every 14 days "Pay in 4"."""
    if pay_in_4:
        return QCoreApplication.translate("TrueCostModels", "Pay in 4 (every 2 weeks)")
    if periods == 1:
        return QCoreApplication.translate("TrueCostModels", "Pay in full")
    return QCoreApplication.translate("TrueCostModels", "%1 months").replace("%1", str(periods))


def _per_month(o: BuyOption, currency: str) -> str:
    plan = o.plan
    if o.periods == 1:
        once = QCoreApplication.translate("TrueCostModels", "%1 once")
        return once.replace("%1", fmt.money(plan.first_amount_fen, currency))
    if plan.first_amount_fen == plan.regular_amount_fen:
        return fmt.money(plan.regular_amount_fen, currency)
    text = QCoreApplication.translate("TrueCostModels", "%1, then %2")
    return text.replace("%1", fmt.money(plan.first_amount_fen, currency)) \
        .replace("%2", fmt.money(plan.regular_amount_fen, currency))


def annualized_text(o: BuyOption) -> str:
    """"≈ 14.94% a year" (the APR, IRR × 12), or "no fee" when the plan costs nothing."""
    if o.plan.total_fee_fen == 0:
        return QCoreApplication.translate("TrueCostModels", "no fee")
    text = QCoreApplication.translate("TrueCostModels", "≈ %1 a year")
    return text.replace("%1", fmt.percent(o.plan.rate.apr, decimals=2))


class OptionsModel(ExplainedRowsModel):
    """Rows are ``BuyOption``s of one comparison (``currency`` set with the rows)."""

    def __init__(self, parent=None) -> None:
        self.currency = "CNY"
        cur = lambda: self.currency  # noqa: E731 - read at paint time
        super().__init__([
            Column("plan", QT_TRANSLATE_NOOP("Columns", "Way to pay"), lambda o: plan_label(o.periods, o.plan.pay_in_4)),
            Column("per_month", QT_TRANSLATE_NOOP("Columns", "Per month"), lambda o: _per_month(o, cur()), RIGHT),
            Column("fee", QT_TRANSLATE_NOOP("Columns", "Total fee"),
                   lambda o: fmt.money(o.plan.total_fee_fen, cur()), RIGHT),
            Column("total", QT_TRANSLATE_NOOP("Columns", "Total cost"),
                   lambda o: fmt.money(o.plan.total_paid_fen, cur()), RIGHT),
            Column("apr", QT_TRANSLATE_NOOP("Columns", "True cost per year"), annualized_text, RIGHT),
            Column("utilization", QT_TRANSLATE_NOOP("Columns", "Utilization after"),
                   lambda o: fmt.percent(o.utilization_after), RIGHT),
            Column("dsr", QT_TRANSLATE_NOOP("Columns", "Busiest month ÷ income"),
                   lambda o: fmt.percent(o.dsr_after), RIGHT),
            Column("verdict", QT_TRANSLATE_NOOP("Columns", "Verdict"), lambda o: band_name(o.verdict), CENTER),
        ], {"per_month": "per_period", "fee": "total_fee", "total": "total_cost", "apr": "apr",
            "utilization": "utilization", "dsr": "dsr", "verdict": "verdict"}, parent)

    def set_options(self, options: tuple[BuyOption, ...], currency: str) -> None:
        """Show ``options`` priced in ``currency``."""
        self.currency = currency
        self.set_rows(options)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and self.columns[index.column()].key == "verdict" and 0 <= index.row() < len(self.rows):
            background, foreground = band_color(self.rows[index.row()].verdict)
            if role == Qt.ItemDataRole.BackgroundRole:
                return QColor(background)
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor(foreground)
        return super().data(index, role)


# -- payoff strategies ----------------------------------------------------------------------------------------
_STRATEGY_NAMES = {
    "avalanche": QT_TRANSLATE_NOOP("TrueCostModels", "Avalanche (highest rate first)"),
    "snowball": QT_TRANSLATE_NOOP("TrueCostModels", "Snowball (smallest balance first)"),
    "custom": QT_TRANSLATE_NOOP("TrueCostModels", "Your order"),
    "minimums_only": QT_TRANSLATE_NOOP("TrueCostModels", "Minimums only"),
}


def strategy_name(value: str) -> str:
    """A strategy for people."""
    return _tr(_STRATEGY_NAMES[value])


def _months(value: int | None) -> str:
    return QCoreApplication.translate("TrueCostModels", "never") if value is None else str(value)


class StrategiesModel(ExplainedRowsModel):
    """Rows are ``PlanSummary``s; one column per debt gives its payoff date."""

    BASE = 4

    def __init__(self, parent=None) -> None:
        self.currency = "CNY"
        self.debt_names: list[str] = []
        super().__init__(self._columns(), {}, parent)

    def _columns(self) -> list[Column]:
        cur = lambda: self.currency  # noqa: E731
        columns = [
            Column("strategy", QT_TRANSLATE_NOOP("Columns", "Strategy"), lambda p: strategy_name(p.strategy.value)),
            Column("months", QT_TRANSLATE_NOOP("Columns", "Months to debt-free"),
                   lambda p: _months(p.result.months), RIGHT),
            Column("interest", QT_TRANSLATE_NOOP("Columns", "Total interest"),
                   lambda p: fmt.money(p.result.total_interest_fen, cur()), RIGHT),
            Column("debt_free", QT_TRANSLATE_NOOP("Columns", "Debt-free by"),
                   lambda p: fmt.month(p.debt_free) if p.debt_free else _months(None), RIGHT),
        ]
        for name in self.debt_names:
            columns.append(Column(f"debt:{name}", name, self._debt_cell(name), RIGHT))
        return columns

    @staticmethod
    def _debt_cell(name: str):
        def text(p: PlanSummary) -> str:
            when = p.payoff_dates.get(name)
            return fmt.month(when) if when else QCoreApplication.translate("TrueCostModels", "never")
        return text

    def set_plans(self, plans: tuple[PlanSummary, ...], debt_names: list[str], currency: str) -> None:
        """Show ``plans``; each debt gets a "paid off by" column."""
        self.beginResetModel()
        self.currency = currency
        self.debt_names = list(debt_names)
        self.columns = self._columns()
        self.explain = {"months": "payoff_months", "interest": "total_interest"}
        self.rows = list(plans)
        self._texts.clear()
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid() and index.column() == 0:
            return explanations.rich(self.rows[index.row()].strategy.value)
        return super().data(index, role)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and section >= self.BASE and section < len(self.columns)):
            text = QCoreApplication.translate("TrueCostModels", "%1 paid off")
            return text.replace("%1", self.columns[section].header)
        return super().headerData(section, orientation, role)


# -- debts to pay off (editable) ------------------------------------------------------------------------------
_DEBT_HEADERS = (
    QT_TRANSLATE_NOOP("Columns", "Debt"),
    QT_TRANSLATE_NOOP("Columns", "Balance"),
    QT_TRANSLATE_NOOP("Columns", "Rate per year"),
    QT_TRANSLATE_NOOP("Columns", "Minimum per month"),
)


class DebtsModel(QAbstractTableModel):
    """Editable debts: name, balance (money text via ``parse_money``), APR (``"18.25%"``), minimum.

    A cell that does not parse keeps the old value and sets ``last_error`` (a ``ValidationError``); the view shows
    it. Row order is the custom payoff order.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.debts: list[Debt] = []
        self.currency = "CNY"
        self.last_error: ValidationError | None = None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.debts)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def _text(self, debt: Debt, column: int, edit: bool) -> str:
        if column == 0:
            return debt.name
        if column == 1:
            return fmt.money(debt.balance_fen, self.currency, symbol=not edit)
        if column == 2:
            return fmt.percent(debt.apr, decimals=2)
        return fmt.money(debt.minimum_fen, self.currency, symbol=not edit)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.debts):
            return None
        debt = self.debts[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(debt, index.column(), False)
        if role == Qt.ItemDataRole.EditRole:
            return self._text(debt, index.column(), True)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int((LEFT if index.column() == 0 else RIGHT).value)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        debt = self.debts[index.row()]
        text = str(value).strip()
        self.last_error = None
        try:
            if index.column() == 0:
                if not text:
                    raise ValidationError("name", value, messages.QT_TRANSLATE_NOOP("Errors", "is empty"))
                if any(d.name == text for i, d in enumerate(self.debts) if i != index.row()):
                    raise ValidationError("name", value, messages.QT_TRANSLATE_NOOP(
                            "Errors", "another debt already has this name"))
                debt = replace(debt, name=text)
            elif index.column() == 1:
                debt = replace(debt, balance_fen=fmt.parse_money(text, self.currency, field="balance",
                                                                 allow_zero=True))
            elif index.column() == 2:
                debt = replace(debt, apr=parse_rate(text if "%" in text else text + "%", field="apr",
                                                    below=Decimal(10)))
            else:
                debt = replace(debt, minimum_fen=fmt.parse_money(text, self.currency, field="minimum",
                                                                 allow_zero=True))
        except ValidationError as exc:
            self.last_error = exc
            return False
        self.debts[index.row()] = debt
        self.dataChanged.emit(index, index)
        return True

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < 4:
            if role == Qt.ItemDataRole.DisplayRole:
                return QCoreApplication.translate("Columns", _DEBT_HEADERS[section])
            if role == Qt.ItemDataRole.ToolTipRole and section == 2:
                return explanations.rich("daily_rate")
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole and section >= 0:
            return str(section + 1)
        return None

    # -- own API --------------------------------------------------------------------------------------------
    def set_debts(self, debts: list[Debt], currency: str = "CNY") -> None:
        """Replace every row."""
        self.beginResetModel()
        self.debts = list(debts)
        self.currency = currency
        self.endResetModel()

    def add_debt(self) -> int:
        """Append a blank debt with a fresh name; returns its row."""
        n = len(self.debts) + 1
        names = {d.name for d in self.debts}
        template = QCoreApplication.translate("TrueCostModels", "Debt %1")
        while template.replace("%1", str(n)) in names:
            n += 1
        row = len(self.debts)
        self.beginInsertRows(QModelIndex(), row, row)
        self.debts.append(Debt(template.replace("%1", str(n)), 0, Decimal("0.18"), 0))
        self.endInsertRows()
        return row

    def remove_debt(self, row: int) -> None:
        """Remove the row ``row`` (ignored when out of range)."""
        if 0 <= row < len(self.debts):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.debts[row]
            self.endRemoveRows()

    def move(self, row: int, delta: int) -> int:
        """Move a row up (-1) or down (+1); returns its new row."""
        target = row + delta
        if not (0 <= row < len(self.debts) and 0 <= target < len(self.debts)):
            return row
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), target + 1 if delta > 0 else target)
        self.debts.insert(target, self.debts.pop(row))
        self.endMoveRows()
        return target
