"""The dashboard's numbers in one pass: each active line's position, what is overdue, the next payment due, what
is due in the next 30 days and the debt-service ratio (repayments due in the next 30 days ÷ monthly income).

Every total is per currency (``app.domain.currency_totals``): a yuan line and a dollar card are never added up.
The ``*_fen`` totals and ``utilization`` are those of the main currency (``main_currency``: CNY when the ledger
has a yuan line, else its first line's); ``outstanding``, ``limit``, ``available``, ``to_repay``, ``due_soon``,
``overdue``, ``penalty``, ``overdue_penalty`` hold one figure per currency and ``utilizations`` one ratio per
currency (its lines against its limits). The debt-service ratio covers the main currency's lines only.

What is overdue is shown in total (every overdue bill of a line, with the penalty interest they cost so far), and
the next payment that is not overdue yet beside it, so a bill due soon never hides behind an overdue one."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from app.domain.credit_line import CreditLine
from app.domain.currency_totals import Amounts, main_currency, total
from app.domain.debt_load import Band, utilization_band
from app.domain.position import DuePayment, Position, by_due_date, due_payments
from app.services.debt_load import Thresholds, ThresholdService
from app.services.queries import QueryService
from app.services.settings import SettingsService
from app.storage.repositories import Store

#: The window of "due soon" and of the debt-service ratio: the next 30 days (about one month of income).
DUE_SOON_DAYS = 30


@dataclass(frozen=True)
class LineCard:
    """One line on the dashboard: its position, its most urgent payment (``next_due``: the oldest overdue bill,
    else the earliest due), what is overdue on it in total and its next payment that is not overdue.

    Attributes:
        overdue_fen / overdue_penalty_fen: unpaid on every overdue bill of the line, and the penalty interest
            those bills cost so far (fen).
        overdue_since: the due date of the oldest overdue bill (``None`` when nothing is overdue).
        upcoming: the next payment not overdue yet: everything due on the earliest such date, added up.
        utilization_band: the line's utilization band under the user's own thresholds (``None`` without a limit),
            the same rule as the overview's badge.
    """

    line: CreditLine
    position: Position
    next_due: DuePayment | None
    utilization_band: Band | None = None
    overdue_fen: int = 0
    overdue_penalty_fen: int = 0
    overdue_since: date | None = None
    upcoming: DuePayment | None = None


@dataclass(frozen=True)
class NextDue:
    """The most urgent payment over all lines (an overdue one first, else the earliest due date)."""

    line: CreditLine
    due: DuePayment

    def days_left(self, today: date) -> int:
        """Days until the due date (negative when overdue)."""
        return (self.due.due_date - today).days


@dataclass(frozen=True)
class Upcoming:
    """The next payment over all lines that is not overdue: ``amounts`` due on ``due_date`` (every line with
    something due that day added up, per currency), ``lines`` their names; ``penalties`` the interest a revolving
    balance in it cost so far (per currency)."""

    due_date: date
    amounts: Amounts
    lines: tuple[str, ...]
    penalties: Amounts

    def days_left(self, today: date) -> int:
        """Days until the due date (negative for a revolving balance whose deadline has passed)."""
        return (self.due_date - today).days


@dataclass(frozen=True)
class Overview:
    """Everything the dashboard shows as numbers. Amounts in minor units, ratios Decimal fractions (``None`` when
    not defined: no limit, no income). The ``*_fen`` totals and ``utilization`` are the main currency's
    (``main_currency``); the ``Amounts`` fields and ``utilizations`` give every currency (module docstring)."""

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
    to_repay_fen: int = 0
    overdue_penalty_fen: int = 0
    overdue_since: date | None = None
    overdue_lines: tuple[str, ...] = ()
    upcoming: Upcoming | None = None
    main_currency: str = "CNY"
    outstanding: Amounts = Amounts((("CNY", 0),))
    limit: Amounts = Amounts((("CNY", 0),))
    available: Amounts = Amounts((("CNY", 0),))
    to_repay: Amounts = Amounts((("CNY", 0),))
    due_soon: Amounts = Amounts((("CNY", 0),))
    overdue: Amounts = Amounts((("CNY", 0),))
    penalty: Amounts = Amounts((("CNY", 0),))
    overdue_penalty: Amounts = Amounts((("CNY", 0),))
    utilizations: tuple[tuple[str, Decimal | None], ...] = ()

    @property
    def currencies(self) -> tuple[str, ...]:
        """The currencies of the active lines, the main one first (one when the ledger has one)."""
        return self.outstanding.currencies

    @property
    def overdue_late_fees(self) -> Amounts | None:
        """The late fees of what is overdue when every overdue line pays in 4 (its cost is fees, never interest,
        domain-rules.md §5), per currency; ``None`` when nothing is overdue or a monthly line is."""
        late = [c for c in self.cards if c.overdue_fen > 0]
        if not late or not all(c.line.pays_in_4 for c in late):
            return None
        return total(((c.line.currency, c.next_due.fee_fen) for c in late if c.next_due is not None),
                     self.main_currency)


def _card(line: CreditLine, pos: Position, dues: list[DuePayment], thresholds: Thresholds) -> LineCard:
    overdue = [d for d in dues if d.overdue]
    band = utilization_band(pos.utilization, thresholds.utilization) if pos.utilization is not None else None
    payments = by_due_date(dues)
    return LineCard(
        line, pos, payments[0] if payments else None, utilization_band=band,
        overdue_fen=pos.overdue_fen, overdue_penalty_fen=sum(d.penalty_fen for d in overdue),
        overdue_since=min((d.due_date for d in overdue), default=None),
        upcoming=next((d for d in payments if not d.overdue), None),
    )


def overview(store: Store, today: date) -> Overview:
    """Compute the dashboard numbers as of ``today`` (one statements run per active line)."""
    queries = QueryService(store)
    cards: list[LineCard] = []
    due_soon_by: list[tuple[str, int]] = []
    horizon = today + timedelta(days=DUE_SOON_DAYS)
    candidates: list[NextDue] = []
    thresholds = ThresholdService(store).load()
    for line in store.lines.all(include_archived=False):
        result = queries.line_statements(line.saved_id, today)
        dues = due_payments(result)
        cards.append(_card(line, queries.position(line, result), dues, thresholds))
        for due in dues:
            if due.overdue or due.due_date <= horizon:
                due_soon_by.append((line.currency, due.amount_fen))
        if cards[-1].next_due is not None:  # the line's most urgent payment, as its card worked it out
            candidates.append(NextDue(line, cards[-1].next_due))
    candidates.sort(key=lambda n: (not n.due.overdue, n.due.due_date))
    main = main_currency(c.line.currency for c in cards)
    order = [c.line.currency for c in cards]

    def per_currency(amount) -> Amounts:  # amount: LineCard -> minor units in the card's line's currency
        return total(((c.line.currency, amount(c)) for c in cards), main, order)

    outstanding = per_currency(lambda c: c.position.outstanding_fen)
    limit = per_currency(lambda c: c.position.limit_fen)
    due_soon = total(due_soon_by, main, order)
    income = SettingsService(store).monthly_income_fen()
    overdue_cards = [c for c in cards if c.overdue_fen > 0]
    waiting = [(c, c.upcoming) for c in cards if c.upcoming is not None]
    upcoming = None
    if waiting:
        first = min(due.due_date for _, due in waiting)
        same_day = [(c, due) for c, due in waiting if due.due_date == first]
        upcoming = Upcoming(first, total(((c.line.currency, due.amount_fen) for c, due in same_day), main).nonzero(),
                            tuple(c.line.name for c, _ in same_day),
                            total(((c.line.currency, due.penalty_fen) for c, due in same_day), main).nonzero())
    overdue = per_currency(lambda c: c.position.overdue_fen)
    penalty = per_currency(lambda c: c.position.penalty_fen)
    to_repay = per_currency(lambda c: c.position.to_repay_fen)
    available = per_currency(lambda c: c.position.available_fen)
    overdue_penalty = total(((c.line.currency, c.overdue_penalty_fen) for c in overdue_cards), main, order)
    utilizations = tuple((code, Decimal(fen) / Decimal(limit.of(code)) if limit.of(code) else None)
                         for code, fen in outstanding.items)
    return Overview(
        as_of=today, cards=cards, outstanding_fen=outstanding.of(main), limit_fen=limit.of(main),
        available_fen=available.of(main), utilization=utilizations[0][1],
        next_due=candidates[0] if candidates else None,
        due_soon_fen=due_soon.of(main), income_fen=income,
        debt_service_ratio=Decimal(due_soon.of(main)) / Decimal(income) if income else None,
        overdue_fen=overdue.of(main), penalty_fen=penalty.of(main), to_repay_fen=to_repay.of(main),
        overdue_penalty_fen=overdue_penalty.of(main),
        overdue_since=min((c.overdue_since for c in overdue_cards if c.overdue_since), default=None),
        overdue_lines=tuple(c.line.name for c in overdue_cards),
        upcoming=upcoming, main_currency=main, outstanding=outstanding, limit=limit, available=available,
        to_repay=to_repay, due_soon=due_soon, overdue=overdue, penalty=penalty, overdue_penalty=overdue_penalty,
        utilizations=utilizations,
    )
