"""Statements of a credit line: balances, minimum payments, repayment allocation, status and penalty interest.

The engine works on per-cycle totals (``CycleCharges``), not on single purchases: storage aggregates postings by
statement date in SQL, so computing a line's statements costs O(statements + repayments), not O(purchases).

Rules (domain-rules.md §0, §1):
- statement balance = purchases + installment parts (principal + fee) due this period + interest posted
  - refunds - the part converted into a bill installment - carried credit (overpayment).
- minimum payment = ceil_to_fen(min_payment_rate x balance) ([T] rate, [I] rounding); a rate of 0 means the
  line offers no minimum, so the whole balance is due.
- Repayments go to the statement they name first (a Huabei repayment names its bill), then to the oldest amount
  due; inside a statement fees and interest first, then principal ([I]). What is left becomes a credit that
  reduces the next statement.
- Interest on what is past due (revolving after a minimum payment, or overdue): ``unpaid principal x daily rate x
  days`` from the due date, days = (payment date - due date) ("count the first day, not the last" [I]); interest
  is not charged on fees or interest (PBOC 2016 notice, §4.1). Interest accrued up to a statement date is posted
  on that statement, rounded half-up to the fen per statement it comes from (§0 [I]). Worked examples H1, H2.
- Status: paid; open (issued, not yet due); partly paid (the minimum was paid by the due date: revolving, §1);
  overdue (less than the minimum by the due date plus grace days, or a revolving statement still unpaid at the next
  statement's due date, §1 [T]).
- Auto-repay (自动还款): on the due date of a statement that is still unpaid, an automatic repayment settles what
  is left (full) or what is left of the minimum, unless the user marked that automatic repayment as failed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_CEILING, Decimal
from enum import StrEnum

from app.domain.billing import cycle_of, due_date_for, next_statement_date
from app.domain.credit_line import AutoRepay, CreditLine, RevolvingBasis
from app.domain.money import round_fen


class StatementStatus(StrEnum):
    """Where a statement stands on the ``as_of`` date."""

    UPCOMING = "upcoming"  # not issued yet: a projection of what is already scheduled
    OPEN = "open"  # issued, due date (plus grace) not passed, something still to pay
    PAID = "paid"
    PARTLY_PAID = "partly_paid"  # minimum paid on time, the rest revolving
    OVERDUE = "overdue"


class RepaymentSource(StrEnum):
    """Where a repayment comes from."""

    MANUAL = "manual"
    IMPORT = "import"
    AUTO = "auto"  # synthesized by auto-repay on the due date
    REFUND = "refund"  # the credit of a refund of an already-billed purchase


@dataclass(frozen=True)
class CycleCharges:
    """What posts on one statement, in fen (all non-negative).

    Attributes:
        statement_date: the statement the amounts belong to.
        purchases_fen: purchases paid in full, posted in the cycle.
        refunds_fen: refunds credited in the cycle (the part not absorbed by an installment plan).
        installment_principal_fen / installment_fee_fen: installment parts billed on this statement.
        converted_fen: part of this statement's balance turned into a bill installment (账单分期).
        purchase_count: number of postings, for display.
        amount_days: sum over purchases paid in full of fen x days from posting to the statement date.
    """

    statement_date: date
    purchases_fen: int = 0
    refunds_fen: int = 0
    installment_principal_fen: int = 0
    installment_fee_fen: int = 0
    converted_fen: int = 0
    purchase_count: int = 0
    amount_days: int = 0  # sum of purchase fen x days from posting to the statement date (full-bill interest)

    def __add__(self, other: CycleCharges) -> CycleCharges:
        if other.statement_date != self.statement_date:
            raise ValueError("cannot add charges of different statements")
        return CycleCharges(
            self.statement_date,
            self.purchases_fen + other.purchases_fen,
            self.refunds_fen + other.refunds_fen,
            self.installment_principal_fen + other.installment_principal_fen,
            self.installment_fee_fen + other.installment_fee_fen,
            self.converted_fen + other.converted_fen,
            self.purchase_count + other.purchase_count,
            self.amount_days + other.amount_days,
        )


@dataclass(frozen=True)
class Repayment:
    """A payment to the line: ``amount_fen`` (> 0) on ``paid_on``, optionally naming the statement it pays."""

    paid_on: date
    amount_fen: int
    id: int | None = None
    source: RepaymentSource = RepaymentSource.MANUAL
    target_statement: date | None = None
    note: str = ""


@dataclass
class Statement:
    """One statement as of a date. Amounts in fen; ``penalty_fen`` is interest this statement's unpaid amount has
    caused so far (posted on later statements or still accruing)."""

    statement_date: date
    cycle_start: date
    cycle_end: date
    due_date: date
    purchases_fen: int = 0
    refunds_fen: int = 0
    installment_principal_fen: int = 0
    installment_fee_fen: int = 0
    converted_fen: int = 0
    interest_fen: int = 0
    credit_applied_fen: int = 0
    purchase_count: int = 0
    balance_fen: int = 0
    minimum_fen: int = 0
    paid_fen: int = 0
    paid_by_due_fen: int = 0
    auto_repaid_fen: int = 0
    unpaid_fen: int = 0
    unpaid_fee_fen: int = 0
    penalty_fen: int = 0
    pay_by: date | None = None  # the deadline for what is unpaid: the due date, or the next one while revolving
    issued: bool = False
    status: StatementStatus = StatementStatus.UPCOMING
    overdue_days: int = 0
    paid_off_on: date | None = None
    # working state of the interest accrual
    _pending_interest: Decimal = field(default=Decimal(0), repr=False)
    _accrued_to: date | None = field(default=None, repr=False)
    _posted_penalty: int = field(default=0, repr=False)
    _amount_days: int = field(default=0, repr=False)

    @property
    def is_empty(self) -> bool:
        """Nothing was charged or credited on this statement."""
        return (
            self.balance_fen == 0 and self.purchases_fen == 0 and self.refunds_fen == 0
            and self.installment_principal_fen == 0 and self.interest_fen == 0 and self.converted_fen == 0
        )

    @property
    def unpaid_principal_fen(self) -> int:
        """The interest-bearing part of what is unpaid (fees and interest excluded)."""
        return self.unpaid_fen - self.unpaid_fee_fen


@dataclass
class LineStatements:
    """All statements of a line as of a date, with the auto-repayments synthesized and the remaining credit."""

    as_of: date
    statements: list[Statement]
    auto_repayments: list[Repayment]
    credit_fen: int
    unmatched_fen: int = 0  # repaid on bills from before the first bill on record: kept, not credited

    def issued(self) -> list[Statement]:
        """Statements issued on or before ``as_of``."""
        return [s for s in self.statements if s.issued]

    def upcoming(self) -> list[Statement]:
        """Projected statements after ``as_of``."""
        return [s for s in self.statements if not s.issued]


def minimum_payment(balance_fen: int, rate: Decimal) -> int:
    """Minimum payment in fen: ``ceil(rate x balance)``; the whole balance when ``rate`` is 0 (no minimum)."""
    if balance_fen <= 0:
        return 0
    if rate == 0:
        return balance_fen
    return min(balance_fen, round_fen(Decimal(balance_fen) * rate, ROUND_CEILING))


class _Engine:
    def __init__(self, line: CreditLine, as_of: date, failed: frozenset[date]) -> None:
        self.line = line
        self.as_of = as_of
        self.failed = failed
        self.credit = 0
        self.unmatched = 0
        self.issued: list[Statement] = []
        self.auto: list[Repayment] = []

    # -- interest -------------------------------------------------------------------------------------------
    def accrue(self, to: date) -> None:
        rate = self.line.daily_penalty_rate
        for st in self.issued:
            start = max(st._accrued_to or st.due_date, st.due_date)
            principal = st.unpaid_principal_fen
            if principal > 0 and to > start:
                st._pending_interest += Decimal(principal) * rate * (to - start).days
            if to > start:
                st._accrued_to = to

    def post_interest(self) -> int:
        total = 0
        for st in self.issued:
            if st._pending_interest:
                posted = round_fen(st._pending_interest)
                st._posted_penalty += posted
                st._pending_interest = Decimal(0)
                total += posted
        return total

    # -- allocation -----------------------------------------------------------------------------------------
    def pay(self, st: Statement, amount: int, on: date) -> int:
        take = min(amount, st.unpaid_fen)
        if take <= 0:
            return 0
        fee_part = min(take, st.unpaid_fee_fen)
        st.unpaid_fee_fen -= fee_part
        st.unpaid_fen -= take
        st.paid_fen += take
        if on <= self.deadline(st):
            st.paid_by_due_fen += take
        if st.unpaid_fen == 0:
            st.paid_off_on = on
            if on <= self.deadline(st):
                st._pending_interest = Decimal(0)  # paid within the grace days: no interest
        return take

    def allocate(self, amount: int, on: date, target: date | None) -> int:
        """Apply ``amount`` to the named statement, then oldest first; return what is left over.

        A payment naming a statement that is not issued yet (paying a bill in advance, an early payoff) is kept as
        credit for that bill rather than spent on older debt. A payment naming a bill from before the first bill
        on record (an imported "2024年09月账单" repayment whose purchases are not in the ledger) paid debt DebtLens
        does not know: it is counted as unmatched, never as credit against later bills."""
        if target is not None and all(st.statement_date != target for st in self.issued):
            if target > on:
                return amount
            self.unmatched += amount
            return 0
        if target is not None:
            for st in self.issued:
                if st.statement_date == target:
                    amount -= self.pay(st, amount, on)
        for st in self.issued:
            if amount <= 0:
                break
            amount -= self.pay(st, amount, on)
        return amount

    def deadline(self, st: Statement) -> date:
        from datetime import timedelta

        return st.due_date + timedelta(days=self.line.grace_days)

    # -- events ---------------------------------------------------------------------------------------------
    def issue(self, st: Statement, charges: CycleCharges, projected: bool) -> None:
        if not projected:
            self.accrue(st.statement_date)
            st.interest_fen = self.post_interest()
        raw = (
            charges.purchases_fen + charges.installment_principal_fen + charges.installment_fee_fen
            + st.interest_fen - charges.refunds_fen - charges.converted_fen
        )
        if raw >= 0:
            applied = min(self.credit, raw)
            self.credit -= applied
            st.credit_applied_fen = applied
            st.balance_fen = raw - applied
        else:
            self.credit += -raw
            st.balance_fen = 0
        st.minimum_fen = minimum_payment(st.balance_fen, self.line.min_payment_rate)
        st.unpaid_fen = st.balance_fen
        st.unpaid_fee_fen = min(st.balance_fen, charges.installment_fee_fen + st.interest_fen)
        st.issued = not projected
        if st.balance_fen == 0:
            st.paid_off_on = st.statement_date
        if not projected:
            self.issued.append(st)
            if self.credit > 0:  # a refund larger than the cycle's charges repays older debt
                self.credit = self.allocate(self.credit, st.statement_date, None)

    def repay(self, repayment: Repayment) -> None:
        self.accrue(repayment.paid_on)
        self.credit += self.allocate(repayment.amount_fen, repayment.paid_on, repayment.target_statement)

    def due(self, st: Statement) -> None:
        mode = self.line.auto_repay_on(st.due_date)
        if mode is AutoRepay.OFF or st.statement_date in self.failed or st.unpaid_fen == 0:
            return
        need = st.unpaid_fen if mode is AutoRepay.FULL else max(0, st.minimum_fen - st.paid_fen)
        if need > 0:
            auto = Repayment(st.due_date, need, source=RepaymentSource.AUTO, target_statement=st.statement_date)
            self.auto.append(auto)
            self.accrue(st.due_date)
            self.pay(st, need, st.due_date)
            st.auto_repaid_fen += need

    def full_bill_interest(self, st: Statement) -> None:
        """全额计息: a bill not paid in full by its due date costs interest on all its purchases from their
        posting dates to the due date (C1: 10,000.00 x 0.05 % x 34 days = 170.00); later days accrue on the unpaid
        part as usual. Waived like any interest when the bill is paid in full within the grace days."""
        if st.unpaid_fen > 0 and st._amount_days:
            days_to_due = (st.due_date - st.statement_date).days
            st._pending_interest += (Decimal(st._amount_days) + Decimal(st.purchases_fen) * days_to_due) * (
                self.line.daily_penalty_rate)


def _status(st: Statement, following: Statement | None, as_of: date, line: CreditLine) -> None:
    from datetime import timedelta

    grace = timedelta(days=line.grace_days)
    st.penalty_fen = st._posted_penalty + round_fen(st._pending_interest)
    st.pay_by = st.due_date
    if not st.issued:
        st.status = StatementStatus.UPCOMING
    elif st.unpaid_fen == 0:
        st.status = StatementStatus.PAID
    elif as_of <= st.due_date + grace:
        st.status = StatementStatus.OPEN
    elif st.paid_by_due_fen >= st.minimum_fen and line.min_payment_rate > 0 and (
        following is None or as_of <= following.due_date + grace
    ):
        st.status = StatementStatus.PARTLY_PAID
        st.pay_by = following.due_date if following is not None else st.due_date
    else:
        st.status = StatementStatus.OVERDUE
        st.overdue_days = (as_of - st.due_date).days


def compute_statements(
    line: CreditLine,
    cycles: list[CycleCharges],
    repayments: list[Repayment],
    as_of: date,
    auto_repay_failed: frozenset[date] = frozenset(),
) -> LineStatements:
    """Compute every statement of ``line`` from its first cycle with activity, as of ``as_of``.

    Args:
        line: the credit line (statement/due days, rates, grace days, auto-repay).
        cycles: per-statement totals; several entries for one statement date are added up.
        repayments: repayments in any order; those dated after ``as_of`` are ignored.
        as_of: "today": statements up to it are issued, later ones are projections of what is scheduled.
        auto_repay_failed: statement dates whose automatic repayment the user marked as failed.

    Returns:
        ``LineStatements``: statements oldest first (issued ones, then projected ones up to the last scheduled
        installment), the synthesized auto-repayments, and the credit left over (fen).
    """
    by_date: dict[date, CycleCharges] = {}
    for c in cycles:
        by_date[c.statement_date] = by_date[c.statement_date] + c if c.statement_date in by_date else c
    actual = sorted((r for r in repayments if r.paid_on <= as_of), key=lambda r: r.paid_on)
    if not by_date and not actual:
        return LineStatements(as_of, [], [], 0)

    sd = line.statement_day
    from app.domain.billing import statement_date_for

    current = statement_date_for(as_of, sd, line.statement_day_inclusive)
    anchors = list(by_date) + [statement_date_for(r.paid_on, sd, line.statement_day_inclusive) for r in actual]
    first = min(anchors)
    last = max(max(anchors), current)
    engine = _Engine(line, as_of, auto_repay_failed)
    statements: list[Statement] = []
    s_date = first
    pending = list(actual)
    due_queue: list[Statement] = []
    while s_date <= last:
        projected = s_date > as_of
        # repayments and due dates before this statement date happen first (same-day: issue first)
        boundary = s_date if not projected else as_of
        _run_until(engine, pending, due_queue, boundary, inclusive=projected)
        start, end = cycle_of(s_date, sd, line.statement_day_inclusive)
        charges = by_date.get(s_date, CycleCharges(s_date))
        st = Statement(
            statement_date=s_date, cycle_start=start, cycle_end=end, due_date=due_date_for(s_date, line.due_day),
            purchases_fen=charges.purchases_fen, refunds_fen=charges.refunds_fen,
            installment_principal_fen=charges.installment_principal_fen,
            installment_fee_fen=charges.installment_fee_fen, converted_fen=charges.converted_fen,
            purchase_count=charges.purchase_count, _amount_days=charges.amount_days,
        )
        engine.issue(st, charges, projected)
        statements.append(st)
        if not projected:
            due_queue.append(st)
        s_date = next_statement_date(s_date, sd)
    _run_until(engine, pending, due_queue, as_of, inclusive=True)
    engine.accrue(as_of)
    for i, st in enumerate(statements):
        _status(st, statements[i + 1] if i + 1 < len(statements) else None, as_of, line)
    return LineStatements(as_of, statements, engine.auto, engine.credit, engine.unmatched)


def _run_until(engine: _Engine, pending: list[Repayment], due_queue: list[Statement], until: date,
               inclusive: bool) -> None:
    """Process repayments and due dates up to ``until`` in date order (a repayment on a due date comes first)."""
    while True:
        next_repay = pending[0].paid_on if pending else None
        due_queue.sort(key=lambda s: s.due_date)
        next_due = due_queue[0].due_date if due_queue else None
        candidates = [d for d in (next_repay, next_due) if d is not None and (d <= until if inclusive else d < until)]
        if not candidates:
            return
        when = min(candidates)
        if next_repay == when:
            engine.repay(pending.pop(0))
        else:
            st = due_queue.pop(0)
            if st.due_date <= engine.as_of:
                engine.due(st)
                if engine.line.revolving_basis is RevolvingBasis.FULL_FROM_POSTING:
                    engine.full_bill_interest(st)
