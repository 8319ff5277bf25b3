"""Statements of a credit line over many bills: carried balances, minimum payments, allocation, status, interest.

The engine works on per-cycle totals (``CycleCharges``), not on single purchases: storage aggregates postings by
statement date in SQL, so computing a line's statements costs O(statements + repayments), not O(purchases).

The model is domain-rules.md §1.5 ("Revolving: a bill's unpaid rest carries forward"), the contract for how bills
behave over time:

- Each statement's new principal is a *bucket* that remembers its statement. Every bucket whose due date has passed
  accrues ``daily rate x unpaid principal`` per day (exact ``Decimal``), counting the day of a payment ("count the
  first day, not the last", §0 [I]; H2: 03-11 ... 04-10 = 31 days). Posted interest and fees never accrue interest
  (PBOC 2016 notice, §4.1).
- On a statement date the interest accrued since the previous one is posted, rounded half-up to the fen (§0 [I]);
  the cycle's postings become the new bucket; installment parts falling due are billed in full.
- ``balance`` (本期应还) = the unpaid principal of every billed bucket (this cycle's and those carried) + unpaid
  interest and fees; ``previous_balance`` is what was still unpaid when the statement was cut.
- ``minimum`` = ``min(balance, ceil(share x ordinary principal) + unpaid interest and fees + this statement's
  installment principal + the principal part of the previous statement's unpaid minimum when that statement went
  overdue)``. Ordinary principal is every unpaid principal except this statement's installment parts, which are
  never revolved (M1: 500.00 spending + a 100.00 part -> 150.00). The unpaid fees of a missed minimum are counted
  once (they are already in "interest and fees"), which equals the card formula of §4.1 (10 % of principal + this
  cycle's interest and fees + 100 % of the previous unpaid minimum). A ``min_share`` of 0 means no minimum: the
  whole balance is due.
- Payments on a day go first to posted interest and fees (oldest first), then to principal, oldest bucket first,
  within a bucket installment parts before ordinary spending. What is left is a credit that reduces the next
  statement. A refund of a billed purchase first repays its own bill's principal (§1 "Refund after the sale").
- Status once the due date (plus grace days) has passed: ``paid`` (payments from the statement date to the
  deadline cover the balance), ``minimum paid`` (they cover the minimum), else ``overdue``. A statement keeps the
  status it earned: its unpaid rest lives on in the next bill. The *line* is overdue only while the latest due
  statement's minimum is unmet; the overdue amount is that unpaid minimum.
- Interest basis (``RevolvingBasis``): Huabei charges only the unpaid principal from the due date (R1, H2); a card
  with full-bill interest (全额计息) also charges a bill not paid in full its purchases from their posting dates to
  the due date (C1: 10,000.00 x 0.05 % x 34 days = 170.00). Interest on a bill paid in full within the grace days
  is waived.
- Auto-repay (自动还款): on the due date, unless marked failed, an automatic repayment settles the whole balance
  (full) or what is left of the minimum.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_CEILING, Decimal
from enum import StrEnum

from app.domain.billing import clamp_day, cycle_of, due_date_for, next_statement_date, statement_date_for
from app.domain.credit_line import AutoRepay, CreditLine, RevolvingBasis
from app.domain.money import round_fen


class StatementStatus(StrEnum):
    """Where a statement stands on the ``as_of`` date (the same names in the CLI, JSON and the window)."""

    UPCOMING = "upcoming"  # not issued yet: a projection of what is already scheduled
    OPEN = "open"  # issued, its due date (plus grace) not passed yet, something still to pay
    PAID = "paid"  # the balance was paid by the due date
    MINIMUM_PAID = "minimum_paid"  # at least the minimum was paid by the due date; the rest revolves
    OVERDUE = "overdue"  # less than the minimum was paid by the due date


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

    @property
    def principal_fen(self) -> int:
        """New principal of the cycle (fen, may be negative when refunds exceed the charges)."""
        return self.purchases_fen + self.installment_principal_fen - self.refunds_fen - self.converted_fen


@dataclass(frozen=True)
class Repayment:
    """A payment to the line: ``amount_fen`` (> 0) on ``paid_on``, optionally naming the statement it pays.

    ``funded_by_line_id``: the credit line whose borrowed money paid it (以卡养卡: the debt moves, it is not
    repaid; ``domain.alerts.repaid_from_credit``), ``None`` for the borrower's own money.
    """

    paid_on: date
    amount_fen: int
    id: int | None = None
    source: RepaymentSource = RepaymentSource.MANUAL
    target_statement: date | None = None
    note: str = ""
    funded_by_line_id: int | None = None


@dataclass
class Statement:
    """One statement as of a date. Amounts in fen.

    ``previous_balance_fen`` is what was still unpaid when this statement was cut; ``balance_fen`` adds this
    cycle's charges and the interest posted, less credit applied. ``paid_fen`` counts payments while this was the
    latest statement, ``paid_by_due_fen`` those up to its due date plus grace days. ``minimum_left_fen`` is what is
    left of the minimum; once the due date has passed with the minimum met, it is the least the next bill will ask
    for the revolving rest (share of the principal + unpaid interest and fees). Once the next statement is cut,
    ``carried_fen`` is the unpaid rest moved into it and ``unpaid_fen`` is 0, so summing ``unpaid_fen`` over the
    issued statements gives what is owed on bills today. ``penalty_fen`` is interest accrued since this statement
    and not posted yet (it posts on the next statement) plus interest posted and still unpaid: the interest this
    debt has cost and not been paid; only the latest issued statement has it.
    """

    statement_date: date
    cycle_start: date
    cycle_end: date
    due_date: date
    previous_balance_fen: int = 0
    purchases_fen: int = 0
    refunds_fen: int = 0
    installment_principal_fen: int = 0
    installment_fee_fen: int = 0
    converted_fen: int = 0
    interest_fen: int = 0
    late_fee_fen: int = 0
    credit_applied_fen: int = 0
    purchase_count: int = 0
    balance_fen: int = 0
    minimum_fen: int = 0
    paid_fen: int = 0
    paid_by_due_fen: int = 0
    auto_repaid_fen: int = 0
    unpaid_fen: int = 0
    unpaid_fee_fen: int = 0
    carried_fen: int = 0
    minimum_left_fen: int = 0
    penalty_fen: int = 0
    pay_by: date | None = None
    issued: bool = False
    status: StatementStatus = StatementStatus.UPCOMING
    overdue_days: int = 0
    paid_off_on: date | None = None
    # working state
    _paid_base: int = field(default=0, repr=False)  # the line's total paid when this statement was cut
    _amount_days: int = field(default=0, repr=False)  # purchases' fen x days to the statement date
    _cured_on: date | None = field(default=None, repr=False)  # the day payments since it reached the minimum
    _minimum_fee_fen: int = field(default=0, repr=False)  # interest and fees inside the minimum

    @property
    def is_empty(self) -> bool:
        """Nothing was owed, charged or credited on this statement."""
        return (
            self.balance_fen == 0 and self.purchases_fen == 0 and self.refunds_fen == 0
            and self.installment_principal_fen == 0 and self.interest_fen == 0 and self.converted_fen == 0
            and self.previous_balance_fen == 0
        )

    @property
    def new_charges_fen(self) -> int:
        """What this cycle added (fen): purchases, installment parts, interest posted, less refunds and the part
        converted into a bill installment; credit applied is not subtracted."""
        return (self.purchases_fen + self.installment_principal_fen + self.installment_fee_fen + self.interest_fen
                + self.late_fee_fen - self.refunds_fen - self.converted_fen)


@dataclass
class LineStatements:
    """All statements of a line as of a date, with the auto-repayments synthesized and the remaining credit.

    ``overdue_fen`` is the unpaid minimum of the latest statement whose due date has passed, when it is unmet
    (0 otherwise); ``overdue_since`` the due date of the first of the unmet minimums in a row that led to it.
    ``accruing_interest_fen`` is interest accrued and not posted yet; ``interest_unpaid_fen`` interest posted and
    not paid yet.
    """

    as_of: date
    statements: list[Statement]
    auto_repayments: list[Repayment]
    credit_fen: int
    unmatched_fen: int = 0  # repaid on bills from before the first bill on record: kept, not credited
    overdue_fen: int = 0
    overdue_since: date | None = None
    accruing_interest_fen: int = 0
    interest_unpaid_fen: int = 0

    def issued(self) -> list[Statement]:
        """Statements issued on or before ``as_of``."""
        return [s for s in self.statements if s.issued]

    def upcoming(self) -> list[Statement]:
        """Projected statements after ``as_of``."""
        return [s for s in self.statements if not s.issued]

    def current(self) -> Statement | None:
        """The latest issued statement (it holds everything billed and unpaid), or ``None``."""
        issued = self.issued()
        return issued[-1] if issued else None


def minimum_payment(balance_fen: int, rate: Decimal) -> int:
    """Minimum payment in fen: ``ceil(rate x balance)``; the whole balance when ``rate`` is 0 (no minimum)."""
    if balance_fen <= 0:
        return 0
    if rate == 0:
        return balance_fen
    return min(balance_fen, round_fen(Decimal(balance_fen) * rate, ROUND_CEILING))


@dataclass
class _Bucket:
    """One statement's new principal (fen); ``due`` once its due date has passed (it then bears interest)."""

    statement: Statement
    installment_fen: int
    ordinary_fen: int
    due: bool = False

    @property
    def principal_fen(self) -> int:
        return self.installment_fen + self.ordinary_fen


@dataclass
class _Fee:
    """Interest or a fee posted on a statement (fen unpaid); it never bears interest."""

    statement_date: date
    unpaid_fen: int
    interest: bool = False


class _Engine:
    """The line's running state while its history is replayed day by day (§1.5).

    Totals are kept as running sums and interest accrues on the one sum of principal that is past due, so a
    replay costs O(statements + repayments), whatever the number of unpaid bills."""

    def __init__(self, line: CreditLine, as_of: date, failed: frozenset[date]) -> None:
        self.line = line
        self.as_of = as_of
        self.failed = failed
        self.grace = timedelta(days=line.grace_days)
        self.rate = line.daily_penalty_rate
        self.credit = 0
        self.unmatched = 0
        self.buckets: list[_Bucket] = []
        self.by_statement: dict[date, _Bucket] = {}
        self.fees: list[_Fee] = []
        self.principal_total = 0
        self.fees_total = 0
        self.interest_total = 0  # the posted interest inside ``fees_total``
        self.due_principal = 0  # principal of the buckets past their due date: what bears interest
        self.pending_interest = Decimal(0)  # accrued since the last statement date, posted on the next
        self.latest_pending = Decimal(0)  # the part of it the latest bill's own principal accrued (grace waiver)
        self.accrued_to: date | None = None
        self.issued: list[Statement] = []
        self.uncured: list[Statement] = []  # statements whose minimum is not yet covered by payments since them
        self.total_paid = 0
        self.auto: list[Repayment] = []
        self.events: list[tuple[date, int, int, Statement]] = []  # (day, 0 due / 1 deadline, order, statement)
        self.late_fees = 0  # late fees charged since the last statement, posted on the next

    # -- totals ---------------------------------------------------------------------------------------------
    def principal(self) -> int:
        return self.principal_total

    def fees_unpaid(self) -> int:
        return self.fees_total

    def interest_unpaid(self) -> int:
        return self.interest_total

    def owed(self) -> int:
        return self.principal_total + self.fees_total

    def deadline(self, st: Statement) -> date:
        return st.due_date + self.grace

    # -- interest -------------------------------------------------------------------------------------------
    def accrue(self, to: date) -> None:
        """Accrue each day after the last accrual up to and including ``to`` on the principal past due."""
        if self.accrued_to is not None and to > self.accrued_to:
            days = (to - self.accrued_to).days
            if self.due_principal:
                self.pending_interest += Decimal(self.due_principal) * self.rate * days
                latest = self.by_statement.get(self.issued[-1].statement_date) if self.issued else None
                if latest is not None and latest.due and latest.principal_fen:
                    self.latest_pending += Decimal(latest.principal_fen) * self.rate * days
        if self.accrued_to is None or to > self.accrued_to:
            self.accrued_to = to

    def pending(self) -> Decimal:
        return self.pending_interest

    def fall_due(self, st: Statement) -> None:
        """From the day after its due date the bill's unpaid principal bears interest."""
        self.accrue(st.due_date)
        bucket = self.by_statement.get(st.statement_date)
        if bucket is not None and not bucket.due:
            bucket.due = True
            self.due_principal += bucket.principal_fen

    # -- allocation -----------------------------------------------------------------------------------------
    def _count(self, amount: int, on: date) -> None:
        """Record a payment of ``amount`` on ``on``: it is paid on the latest statement, counts towards every
        statement whose deadline it meets, and may bring an unmet minimum up to date."""
        if not self.issued or amount <= 0:
            return
        self.total_paid += amount
        self.issued[-1].paid_fen += amount
        for st in reversed(self.issued):
            if on > self.deadline(st):
                break  # deadlines only grow with statement dates
            st.paid_by_due_fen += amount
        still = []
        for st in self.uncured:
            if self.total_paid - st._paid_base >= st.minimum_fen:
                st._cured_on = on
            else:
                still.append(st)
        self.uncured = still

    def _to_fees(self, amount: int) -> int:
        for f in self.fees:
            if amount == 0:
                break
            take = min(amount, f.unpaid_fen)
            if take:
                f.unpaid_fen -= take
                amount -= take
                self.fees_total -= take
                if f.interest:
                    self.interest_total -= take
        return amount

    def _to_bucket(self, b: _Bucket, amount: int) -> int:
        take = min(amount, b.installment_fen)
        b.installment_fen -= take
        rest = amount - take
        take2 = min(rest, b.ordinary_fen)
        b.ordinary_fen -= take2
        paid = take + take2
        self.principal_total -= paid
        if b.due:
            self.due_principal -= paid
        return amount - paid

    def paid_since(self, st: Statement) -> int:
        """Payments made from the statement date of ``st`` on (fen)."""
        return self.total_paid - st._paid_base

    def allocate(self, amount: int, on: date, target: date | None = None, fees_first: bool = True,
                 count: bool = True) -> int:
        """Pay ``amount`` on ``on``; return what is left over (it becomes credit).

        Order (§1.5): the ``target`` statement's principal first when given (a refund repays its own bill), then
        interest and fees oldest first (unless ``fees_first`` is false), then principal, oldest bucket first."""
        before = amount
        if target is not None and target in self.by_statement:
            amount = self._to_bucket(self.by_statement[target], amount)
        if fees_first:
            amount = self._to_fees(amount)
        for b in self.buckets:
            if amount == 0:
                break
            if b.installment_fen or b.ordinary_fen:
                amount = self._to_bucket(b, amount)
        if not fees_first:
            amount = self._to_fees(amount)
        if count:
            self._count(before - amount, on)
        if self.issued and self.owed() == 0:
            latest = self.issued[-1]
            if latest.paid_off_on is None:
                latest.paid_off_on = on
            if on <= self.deadline(latest):
                # paid in full within the grace days: what this bill accrued after its due date is waived
                self.pending_interest -= self.latest_pending
                self.latest_pending = Decimal(0)
        return amount

    def is_before_history(self, repayment: Repayment) -> bool:
        """Whether ``repayment`` paid a bill from before the first statement on record (an imported "2024年09月账单"
        repayment whose purchases are not in the ledger): it names an earlier bill, and it was made before the first
        statement or names a date that is a statement date of this line. A name left over from an earlier statement
        day (the day was changed later) is not that: such a payment still pays."""
        target = repayment.target_statement
        if target is None or repayment.source is RepaymentSource.REFUND:
            return False
        first = self.issued[0].statement_date if self.issued else None
        if first is not None and target >= first:
            return False
        if first is None and target > repayment.paid_on:
            return False  # paying a bill in advance
        if first is None or repayment.paid_on < first:
            return True
        return target == clamp_day(target.year, target.month, self.line.statement_day)

    def repay(self, repayment: Repayment) -> None:
        self.accrue(repayment.paid_on)
        if self.is_before_history(repayment):
            self.unmatched += repayment.amount_fen  # real money, but for debt DebtLens never saw
            return
        refund = repayment.source is RepaymentSource.REFUND
        target = repayment.target_statement if refund else None
        self.credit += self.allocate(repayment.amount_fen, repayment.paid_on, target, fees_first=not refund)

    # -- events ---------------------------------------------------------------------------------------------
    def issue(self, st: Statement, charges: CycleCharges, previous: Statement | None) -> None:
        """Cut the statement ``st`` with this cycle's ``charges`` (an issued one: interest posted, buckets made)."""
        self.accrue(st.statement_date)
        interest = round_fen(self.pending_interest)
        self.pending_interest = self.latest_pending = Decimal(0)
        st.previous_balance_fen = self.owed()
        if previous is not None:
            previous.carried_fen = st.previous_balance_fen
        st.interest_fen = interest
        st.late_fee_fen, self.late_fees = self.late_fees, 0
        new_fee = charges.installment_fee_fen + st.late_fee_fen
        installment = charges.installment_principal_fen
        ordinary = charges.purchases_fen - charges.refunds_fen - charges.converted_fen
        excess = 0
        if ordinary < 0:  # refunds exceed the cycle's spending: they reduce the installment parts, then credit
            cut = min(installment, -ordinary)
            installment -= cut
            excess = -ordinary - cut
            self.credit += excess
            ordinary = 0
        # credit from earlier payments covers the new interest and fees, then the new principal
        amounts = [interest, new_fee, installment, ordinary]
        applied = 0
        for i, value in enumerate(amounts):
            take = min(self.credit - applied, value)
            applied += take
            amounts[i] -= take
        interest, new_fee, installment, ordinary = amounts
        self.credit -= applied
        st.credit_applied_fen = max(0, applied - excess)  # earlier credit only: the refunds are on this bill
        if interest:
            self.fees.append(_Fee(st.statement_date, interest, interest=True))
            self.fees_total += interest
            self.interest_total += interest
        if new_fee:
            self.fees.append(_Fee(st.statement_date, new_fee))
            self.fees_total += new_fee
        bucket = _Bucket(st, installment, ordinary)
        self.buckets.append(bucket)
        self.by_statement[st.statement_date] = bucket
        self.principal_total += installment + ordinary
        self.issued.append(st)
        if self.credit > 0:  # a refund larger than the cycle's charges repays older debt (netted, not a payment)
            self.credit = self.allocate(self.credit, st.statement_date, count=False)
        self.buckets = [b for b in self.buckets if b.installment_fen or b.ordinary_fen or b is bucket]
        self.fees = [f for f in self.fees if f.unpaid_fen > 0]
        st.balance_fen = self.owed()
        st.minimum_fen = self._minimum(st, bucket, previous)
        st._paid_base = self.total_paid
        if st.minimum_fen == 0:
            st._cured_on = st.statement_date
        else:
            self.uncured.append(st)
        if st.balance_fen == 0:
            st.paid_off_on = st.statement_date
        heapq.heappush(self.events, (st.due_date, 0, len(self.issued), st))
        heapq.heappush(self.events, (self.deadline(st), 1, len(self.issued), st))

    def _minimum(self, st: Statement, bucket: _Bucket, previous: Statement | None) -> int:
        share = self.line.min_payment_rate
        if st.balance_fen <= 0:
            return 0
        if share == 0:
            st._minimum_fee_fen = self.fees_unpaid()
            return st.balance_fen
        ordinary = self.principal() - bucket.installment_fen
        fees = self.fees_unpaid()
        missed = 0
        if previous is not None and previous.minimum_fen > previous.paid_by_due_fen and (
                st.statement_date > self.deadline(previous)):
            paid = self.paid_since(previous)
            left = max(0, previous.minimum_fen - paid)
            missed = max(0, left - max(0, previous._minimum_fee_fen - paid))
        st._minimum_fee_fen = fees
        revolving = round_fen(Decimal(ordinary) * share, ROUND_CEILING) if ordinary > 0 else 0
        return min(st.balance_fen, revolving + fees + bucket.installment_fen + missed)

    def due(self, st: Statement) -> None:
        """The due date of ``st`` (after the day's manual payments): auto-repay, then its principal falls due."""
        self._auto_repay(st)
        self.fall_due(st)

    def _auto_repay(self, st: Statement) -> None:
        mode = self.line.auto_repay_on(st.due_date)
        if mode is AutoRepay.OFF or st.statement_date in self.failed or self.owed() == 0:
            return
        need = self.owed() if mode is AutoRepay.FULL else max(0, st.minimum_fen - self.paid_since(st))
        need = min(need, self.owed())
        if need > 0:
            self.auto.append(Repayment(st.due_date, need, source=RepaymentSource.AUTO,
                                       target_statement=st.statement_date))
            self.accrue(st.due_date)
            self.credit += self.allocate(need, st.due_date)
            st.auto_repaid_fen += need

    def deadline_passed(self, st: Statement) -> None:
        """A minimum unmet by the deadline costs the line's late fee (违约金, if it has one); 全额计息: a bill not
        paid in full by its deadline costs interest on its purchases from their posting dates to the due date (C1:
        10,000.00 x 0.05 % x 34 days = 170.00). Both are posted on the next statement."""
        unmet = st.minimum_fen - self.paid_since(st)
        if unmet > 0 and (self.line.late_fee_rate > 0 or self.line.late_fee_min_fen > 0):
            self.late_fees += max(self.line.late_fee_min_fen, round_fen(Decimal(unmet) * self.line.late_fee_rate))
        if self.line.revolving_basis is not RevolvingBasis.FULL_FROM_POSTING:
            return
        if st.paid_by_due_fen >= st.balance_fen or st.purchases_fen <= 0:
            return
        days_to_due = (st.due_date - st.statement_date).days
        self.pending_interest += (Decimal(st._amount_days) + Decimal(st.purchases_fen) * days_to_due) * self.rate


def _project(st: Statement, charges: CycleCharges, engine: _Engine, line: CreditLine) -> None:
    """A statement after ``as_of``: what is already scheduled on it (no interest, nothing carried), less credit."""
    raw = charges.purchases_fen + charges.installment_principal_fen + charges.installment_fee_fen - (
        charges.refunds_fen + charges.converted_fen)
    applied = min(engine.credit, max(0, raw))
    engine.credit -= applied
    st.credit_applied_fen = applied
    st.balance_fen = max(0, raw - applied)
    if raw < 0:
        engine.credit += -raw
    fee = min(st.balance_fen, charges.installment_fee_fen)
    installment = min(st.balance_fen - fee, charges.installment_principal_fen)
    ordinary = st.balance_fen - fee - installment
    if line.min_payment_rate == 0:
        st.minimum_fen = st.balance_fen
    else:
        st.minimum_fen = min(st.balance_fen, (round_fen(Decimal(ordinary) * line.min_payment_rate, ROUND_CEILING)
                                              if ordinary > 0 else 0) + fee + installment)
    st.unpaid_fen = st.minimum_left_fen = st.balance_fen
    st.minimum_left_fen = st.minimum_fen
    st.unpaid_fee_fen = fee
    st.status = StatementStatus.UPCOMING
    st.pay_by = st.due_date
    if st.balance_fen == 0:
        st.paid_off_on = st.statement_date


def compute_statements(
    line: CreditLine,
    cycles: list[CycleCharges],
    repayments: list[Repayment],
    as_of: date,
    auto_repay_failed: frozenset[date] = frozenset(),
) -> LineStatements:
    """Compute every statement of ``line`` from its first cycle with activity, as of ``as_of`` (§1.5).

    Args:
        line: the credit line (statement/due days, rates, grace days, auto-repay, interest basis).
        cycles: per-statement totals; several entries for one statement date are added up.
        repayments: repayments in any order; those dated after ``as_of`` are ignored.
        as_of: "today": statements up to it are issued, later ones are projections of what is scheduled.
        auto_repay_failed: statement dates whose automatic repayment the user marked as failed.

    Returns:
        ``LineStatements``: statements oldest first (issued ones, then projected ones up to the last scheduled
        installment), the synthesized auto-repayments, the credit left over (fen), the line's overdue amount and the
        interest accrued but not posted yet.
    """
    by_date: dict[date, CycleCharges] = {}
    for c in cycles:
        by_date[c.statement_date] = by_date[c.statement_date] + c if c.statement_date in by_date else c
    actual = sorted((r for r in repayments if r.paid_on <= as_of), key=lambda r: r.paid_on)
    if not by_date and not actual:
        return LineStatements(as_of, [], [], 0)

    sd = line.statement_day
    current = statement_date_for(as_of, sd, line.statement_day_inclusive)
    anchors = list(by_date) + [statement_date_for(r.paid_on, sd, line.statement_day_inclusive) for r in actual]
    first = min(anchors)
    last = max(max(anchors), current)
    engine = _Engine(line, as_of, auto_repay_failed)
    statements: list[Statement] = []
    pending = list(actual)
    s_date = first
    previous: Statement | None = None
    while s_date <= last:
        projected = s_date > as_of
        # payments and due dates before this statement date come first (on the same day: the statement first)
        _run_until(engine, pending, s_date if not projected else as_of, inclusive=projected)
        start, end = cycle_of(s_date, sd, line.statement_day_inclusive)
        charges = by_date.get(s_date, CycleCharges(s_date))
        st = Statement(
            statement_date=s_date, cycle_start=start, cycle_end=end, due_date=due_date_for(s_date, line.due_day),
            purchases_fen=charges.purchases_fen, refunds_fen=charges.refunds_fen,
            installment_principal_fen=charges.installment_principal_fen,
            installment_fee_fen=charges.installment_fee_fen, converted_fen=charges.converted_fen,
            purchase_count=charges.purchase_count,
        )
        st._amount_days = charges.amount_days
        if projected:
            _project(st, charges, engine, line)
        else:
            st.issued = True
            engine.issue(st, charges, previous)
            previous = st
        statements.append(st)
        s_date = next_statement_date(s_date, sd)
    _run_until(engine, pending, as_of, inclusive=True)
    engine.accrue(as_of)
    result = LineStatements(as_of, statements, engine.auto, engine.credit, engine.unmatched,
                            accruing_interest_fen=round_fen(engine.pending()),
                            interest_unpaid_fen=engine.interest_unpaid())
    _finish(result, engine, line)
    return result


def _finish(result: LineStatements, engine: _Engine, line: CreditLine) -> None:
    """Statuses, what is unpaid now, and the line's overdue amount."""
    as_of = result.as_of
    issued = result.issued()
    latest_due: Statement | None = None
    for st in issued:
        st.pay_by = st.due_date
        latest = st is issued[-1]
        if latest:
            st.unpaid_fen = engine.owed()
            st.unpaid_fee_fen = engine.fees_unpaid()
            st.penalty_fen = result.accruing_interest_fen + engine.interest_unpaid()
            st.minimum_left_fen = min(st.unpaid_fen, max(0, st.minimum_fen - engine.paid_since(st)))
            if st.unpaid_fen == 0 and st.paid_off_on is None:
                st.paid_off_on = as_of
        if as_of <= engine.deadline(st):
            if latest:
                st.status = StatementStatus.OPEN if st.unpaid_fen > 0 else StatementStatus.PAID
            else:  # grace days reach past the next statement date
                st.status = (StatementStatus.PAID if st.paid_by_due_fen >= st.balance_fen
                             else StatementStatus.OPEN)
            continue
        latest_due = st
        if st.paid_by_due_fen >= st.balance_fen:
            st.status = StatementStatus.PAID
        elif st.paid_by_due_fen >= st.minimum_fen:
            st.status = StatementStatus.MINIMUM_PAID
        else:
            st.status = StatementStatus.OVERDUE
            st.overdue_days = ((st._cured_on or as_of) - st.due_date).days
    if latest_due is not None and latest_due.status is StatementStatus.OVERDUE:
        unmet = min(engine.owed(), latest_due.minimum_fen - engine.paid_since(latest_due))
        if unmet > 0:
            result.overdue_fen = unmet
            first = latest_due
            for st in reversed(issued[:issued.index(latest_due)]):
                if st.status is not StatementStatus.OVERDUE or st._cured_on is not None:
                    break
                first = st
            result.overdue_since = first.due_date
    current = result.current()
    if current is not None and result.overdue_since is not None:
        current.pay_by = result.overdue_since
    if current is not None and current is latest_due and result.overdue_fen == 0 and current.unpaid_fen > 0:
        # the rest revolves: it is carried into the next bill and due with it (§1.5); its minimum there will be at
        # least the share of the principal plus the unpaid interest and fees (before interest still to come)
        current.pay_by = due_date_for(next_statement_date(current.statement_date, line.statement_day),
                                      line.due_day)
        principal = current.unpaid_fen - current.unpaid_fee_fen
        share = line.min_payment_rate
        current.minimum_left_fen = current.unpaid_fen if share == 0 else min(
            current.unpaid_fen, round_fen(Decimal(principal) * share, ROUND_CEILING) + current.unpaid_fee_fen)


def _run_until(engine: _Engine, pending: list[Repayment], until: date, inclusive: bool) -> None:
    """Process repayments, due dates and deadlines up to ``until`` (and not after ``as_of``) in date order.

    On one day: the day's repayments, then auto-repay on a due date, then the deadline check (full-bill interest)."""
    def within(d: date) -> bool:
        return d <= engine.as_of and (d <= until if inclusive else d < until)

    events = engine.events
    while True:
        repay_day = pending[0].paid_on if pending and within(pending[0].paid_on) else None
        event_day = events[0][0] if events and within(events[0][0]) else None
        if repay_day is not None and (event_day is None or repay_day <= event_day):
            engine.repay(pending.pop(0))
        elif event_day is not None:
            _, kind, _, st = heapq.heappop(events)
            if kind == 0:
                engine.due(st)
            else:
                engine.deadline_passed(st)
        else:
            return
