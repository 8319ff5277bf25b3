"""What a credit line's statements are: the cycle totals the engine reads (``CycleCharges``), repayments, and each
statement with its balance, minimum, payments and status (``Statement``, ``LineStatements``).

The engine that computes them over many bills (carried balances, allocation, interest, minimums, statuses;
domain-rules.md §1.5) is ``app.domain.revolving.compute_statements``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_CEILING, Decimal
from enum import StrEnum

from app.domain.money import round_fen
from app.domain.saved import Saved


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
        payoff_fee_fen: the part of ``installment_fee_fen`` that is early-payoff fees (§2.3): owed from the
            payoff on, before the bill is cut.
    """

    statement_date: date
    purchases_fen: int = 0
    refunds_fen: int = 0
    installment_principal_fen: int = 0
    installment_fee_fen: int = 0
    converted_fen: int = 0
    purchase_count: int = 0
    amount_days: int = 0  # sum of purchase fen x days from posting to the statement date (full-bill interest)
    payoff_fee_fen: int = 0

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
            self.payoff_fee_fen + other.payoff_fee_fen,
        )

    @property
    def principal_fen(self) -> int:
        """New principal of the cycle (fen, may be negative when refunds exceed the charges)."""
        return self.purchases_fen + self.installment_principal_fen - self.refunds_fen - self.converted_fen


@dataclass(frozen=True)
class Repayment(Saved):
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
    debt has cost and not been paid; only the latest issued statement has it. ``interest_to_come_fen``: for a
    revolving rest (due date passed), the interest the next statement will post on it if nothing more is paid; it is
    inside ``minimum_left_fen`` (minimum paid) or ``LineStatements.rest_minimum_fen`` (overdue line), and due with
    the next bill. A statement paid in full keeps, there, the interest accrued until it was paid (H2); ``pay_by`` is
    then the next bill's due date.
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
    payoff_fee_fen: int = 0  # early-payoff fees inside installment_fee_fen: owed before the bill is cut (§2.3)
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
    interest_to_come_fen: int = 0
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
    def amount_days(self) -> int:
        """Its purchases' fen × days from posting to the statement date (full-bill interest, §4.1 C1)."""
        return self._amount_days

    @property
    def paid_late(self) -> bool:
        """Overdue once (less than the minimum paid by its due date), but paid off since: nothing is left on it or
        carried from it. Shown as "paid late" rather than "overdue"; the status stays what happened by the due date."""
        return self.status is StatementStatus.OVERDUE and self.unpaid_fen == 0 and self.carried_fen == 0

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
    (0 otherwise); ``overdue_since`` the due date of the first of the unmet minimums in a row that led to it. On an
    overdue line, ``rest_fen`` is what the bills hold beyond the overdue amount (``rest_fee_fen`` of it interest and
    fees), due on ``rest_due`` with at least ``rest_minimum_fen`` then (which, when the rest revolves into the next
    bill, holds the current statement's ``interest_to_come_fen`` too).
    ``accruing_interest_fen`` is interest accrued and not posted yet; ``interest_unpaid_fen`` interest posted and
    not paid yet. ``pay_in_4``: the line is paid in 4 (``app.domain.pay_in_4``): each "statement" is then one
    payment due date of its purchases (statement date = due date), unpaid amounts stay with their own payment, and
    ``overdue_fen`` is what is unpaid of the payments past their grace period, late fees included.
    """

    as_of: date
    statements: list[Statement]
    auto_repayments: list[Repayment]
    credit_fen: int
    unmatched_fen: int = 0  # repaid on bills from before the first bill on record: kept, not credited
    overdue_fen: int = 0
    overdue_since: date | None = None
    rest_fen: int = 0
    rest_fee_fen: int = 0
    rest_due: date | None = None
    rest_minimum_fen: int = 0
    accruing_interest_fen: int = 0
    interest_unpaid_fen: int = 0
    pay_in_4: bool = False

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
