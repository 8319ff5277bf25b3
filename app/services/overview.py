"""The dashboard's numbers in one pass: each active line's position, the next payment due, what is due in the
next 30 days and the debt-service ratio (repayments due in the next 30 days ÷ monthly income)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from app.domain.credit_line import CreditLine
from app.domain.position import DuePayment, Position, due_payments, position
from app.services.queries import QueryService
from app.services.settings import SettingsService
from app.storage.repositories import Store

#: The window of "due soon" and of the debt-service ratio: the next 30 days (about one month of income).
DUE_SOON_DAYS = 30


@dataclass(frozen=True)
class LineCard:
    """One line on the dashboard: its position and its own next payment."""

    line: CreditLine
    position: Position
    next_due: DuePayment | None


@dataclass(frozen=True)
class NextDue:
    """The most urgent payment over all lines (an overdue one first, else the earliest due date)."""

    line: CreditLine
    due: DuePayment

    def days_left(self, today: date) -> int:
        """Days until the due date (negative when overdue)."""
        return (self.due.due_date - today).days


@dataclass(frozen=True)
class Overview:
    """Everything the dashboard shows as numbers. Amounts in fen, ratios Decimal fractions (``None`` when not
    defined: no limit, no income)."""

    as_of: date
    cards: list[LineCard]
    outstanding_fen: int
    limit_fen: int
    available_fen: int
    utilization: Decimal | None
    next_due: NextDue | None
    due_soon_fen: int
    income_fen: int | None
    debt_service_ratio: Decimal | None
    overdue_fen: int
    penalty_fen: int


def overview(store: Store, today: date) -> Overview:
    """Compute the dashboard numbers as of ``today`` (one statements run per active line)."""
    queries = QueryService(store)
    cards: list[LineCard] = []
    due_soon = 0
    horizon = today + timedelta(days=DUE_SOON_DAYS)
    candidates: list[NextDue] = []
    for line in store.lines.all(include_archived=False):
        result = queries.line_statements(line.id, today)
        dues = due_payments(result)
        cards.append(LineCard(line, position(line, result), dues[0] if dues else None))
        for due in dues:
            if due.overdue or due.due_date <= horizon:
                due_soon += due.amount_fen
        if dues:
            candidates.append(NextDue(line, dues[0]))
    candidates.sort(key=lambda n: (not n.due.overdue, n.due.due_date))
    outstanding = sum(c.position.outstanding_fen for c in cards)
    limit = sum(c.position.limit_fen for c in cards)
    income = SettingsService(store).monthly_income_fen()
    return Overview(
        as_of=today, cards=cards, outstanding_fen=outstanding, limit_fen=limit,
        available_fen=sum(c.position.available_fen for c in cards),
        utilization=Decimal(outstanding) / Decimal(limit) if limit else None,
        next_due=candidates[0] if candidates else None,
        due_soon_fen=due_soon, income_fen=income,
        debt_service_ratio=Decimal(due_soon) / Decimal(income) if income else None,
        overdue_fen=sum(c.position.overdue_fen for c in cards),
        penalty_fen=sum(c.position.penalty_fen for c in cards),
    )
