""""Can I pay it on that date?" on the ledger: for a price, every active line and way to pay (in full, 3, 6, 12
parts at the line's presets), the bill the first part lands on, its due date, and the projected cash then
(``app.domain.pay_check``): cash now (given), monthly income and pay day (settings), minus every repayment already
due by then on all lines (``QueryService.schedule``, overdue included). The price, the cash and the income are
in the ledger's main currency (``QueryService.main_currency``, the income's): only lines in it are checked.

The pay day is a setting of its own (``pay_day``, 1-31). Nothing is written by the check.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from app.domain.errors import ValidationError
from app.domain.pay_check import PayCheck, Verdict, check
from app.services.changes import Changes
from app.services.queries import QueryService
from app.services.settings import SettingsService
from app.services.true_cost import installment_options
from app.storage.repositories import Store
from app.domain.messages import QT_TRANSLATE_NOOP

PAY_DAY_KEY = "pay_day"
PERIODS = (1, 3, 6, 12)


@dataclass(frozen=True)
class PayDateRow:
    """One line and way to pay: the first part's bill and due date, its amount, and the cash check then."""

    line_id: int
    line: str
    periods: int
    statement_date: date
    due_date: date
    first_fen: int
    total_fee_fen: int
    check: PayCheck
    #: fen the price is above the line's available credit today (0: the line can take it): such a way cannot be
    #: used at all, whatever the cash will be then
    over_available_fen: int = 0

    @property
    def can_pay(self) -> bool:
        """The line can take the purchase and the cash check is not short."""
        return self.over_available_fen == 0 and self.check.verdict is not Verdict.SHORT


def pay_day(store: Store) -> int | None:
    """The day of the month pay comes (``None`` when not set)."""
    value = store.settings.get(PAY_DAY_KEY)
    return int(value) if value else None


def set_pay_day(store: Store, day: int | None) -> Changes:
    """Set (``None`` clears) the pay day. Raises ``ValidationError`` outside 1-31."""
    if day is not None and (isinstance(day, bool) or not isinstance(day, int) or not 1 <= day <= 31):
        raise ValidationError("pay_day", day, QT_TRANSLATE_NOOP("Errors", "must be a day of the month from 1 to 31"))
    with store.atomic():
        store.settings.set(PAY_DAY_KEY, None if day is None else str(day))
    return Changes(settings=True)


def can_i_pay(store: Store, price_fen: int, today: date, cash_fen: int = 0,
              periods: Sequence[int] = PERIODS) -> list[PayDateRow]:
    """Every active line in the main currency × way to pay, earliest due date first (then line, then periods);
    a row of a line whose available credit today is below the price says by how much (``over_available_fen``).

    Raises:
        ValidationError: a price not above 0, negative cash.
    """
    if price_fen <= 0:
        raise ValidationError("price", price_fen, QT_TRANSLATE_NOOP("Errors", "must be greater than zero"))
    if cash_fen < 0:
        raise ValidationError("cash", cash_fen, QT_TRANSLATE_NOOP("Errors", "must not be negative"))
    income = SettingsService(store).monthly_income_fen()
    day = pay_day(store)
    queries = QueryService(store)
    currency = queries.main_currency()  # the income's: price, cash and pay are all in it
    lines = [ln for ln in store.lines.all(include_archived=False) if ln.currency == currency]
    schedule = [e for e in queries.schedule(today, months=24) if e.line_id in {ln.id for ln in lines}]
    available = {st.line.saved_id: st.position.available_fen for st in queries.status(today)}
    rows = []
    for line in lines:
        over = max(0, price_fen - available.get(line.saved_id, 0))
        for opt in installment_options(store, line.saved_id, price_fen, today, periods):
            due = opt.due_dates[0]
            already = sum(e.amount_fen for e in schedule if e.overdue or e.due_date <= due)
            result = check(cash_fen, income, day, today, max(due, today), already, opt.first_amount_fen)
            rows.append(PayDateRow(line.saved_id, line.name, opt.periods, opt.statement_dates[0], due,
                                   opt.first_amount_fen, opt.total_fee_fen, result, over))
    rows.sort(key=lambda r: (r.due_date, r.line, r.periods))
    return rows
