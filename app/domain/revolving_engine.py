"""The state the revolving engine keeps while it walks a line's days (``revolving.compute_statements``): each
statement's unpaid principal as a bucket, posted interest and fees, the credit left, and the day-by-day rules that
change them (accrual, posting on a statement date, a payment's allocation). domain-rules.md §1.5; the rules are
listed in ``app.domain.revolving``.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_CEILING, Decimal

from app.domain.credit_line import AutoRepay, CreditLine, RevolvingBasis
from app.domain.money import round_fen
from app.domain.statements import (
    CycleCharges,
    Repayment,
    RepaymentSource,
    Statement,
)


@dataclass
class Bucket:
    """One statement's new principal (fen); ``due`` once its due date has passed (it then bears interest)."""

    statement: Statement
    installment_fen: int
    ordinary_fen: int
    due: bool = False

    @property
    def principal_fen(self) -> int:
        return self.installment_fen + self.ordinary_fen


@dataclass
class Fee:
    """Interest or a fee posted on a statement (fen unpaid); it never bears interest."""

    statement_date: date
    unpaid_fen: int
    interest: bool = False


class Engine:
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
        self.buckets: list[Bucket] = []
        self.by_statement: dict[date, Bucket] = {}
        self.fees: list[Fee] = []
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
        # payments naming a bill not cut yet (an early payoff's lump): kept for that bill, not spent on older ones
        self.reserved: dict[date, int] = {}

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

    def _to_bucket(self, b: Bucket, amount: int) -> int:
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
        return self.line.is_statement_date(target)

    def repay(self, repayment: Repayment) -> None:
        self.accrue(repayment.paid_on)
        if self.is_before_history(repayment):
            self.unmatched += repayment.amount_fen  # real money, but for debt DebtLens never saw
            return
        refund = repayment.source is RepaymentSource.REFUND
        ahead = repayment.target_statement
        if not refund and ahead is not None and ahead > repayment.paid_on and (
                not self.issued or ahead > self.issued[-1].statement_date):
            # paid for a bill not cut yet (§2.3: a payoff pays the plan's lump): it settles that bill, not an older
            self.reserved[ahead] = self.reserved.get(ahead, 0) + repayment.amount_fen
            return
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
        # money paid ahead for this very bill covers its own charges first (fees, parts, spending, then interest)
        ahead = left = self.reserved.pop(st.statement_date, 0)
        kept = [new_fee, installment, ordinary, interest]
        for i, value in enumerate(kept):
            take = min(left, value)
            left -= take
            kept[i] -= take
        new_fee, installment, ordinary, interest = kept
        self.credit += left
        # credit from earlier payments covers the new interest and fees, then the new principal
        amounts = [interest, new_fee, installment, ordinary]
        applied = 0
        for i, value in enumerate(amounts):
            take = min(self.credit - applied, value)
            applied += take
            amounts[i] -= take
        interest, new_fee, installment, ordinary = amounts
        self.credit -= applied
        st.credit_applied_fen = max(0, applied - excess) + ahead - left  # earlier credit only, not this bill's refunds
        if interest:
            self.fees.append(Fee(st.statement_date, interest, interest=True))
            self.fees_total += interest
            self.interest_total += interest
        if new_fee:
            self.fees.append(Fee(st.statement_date, new_fee))
            self.fees_total += new_fee
        bucket = Bucket(st, installment, ordinary)
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

    def _minimum(self, st: Statement, bucket: Bucket, previous: Statement | None) -> int:
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
