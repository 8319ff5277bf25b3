"""Purchases, refunds and installment plans as recorded on a credit line.

Placement rules (domain-rules.md §2.2): a purchase installment's period 1 falls on the statement after the posting
(the bill the purchase would have been on), period k on the (k-1)-th statement after that; a bill installment
(账单分期) replaces the current bill, so its period 1 is on that statement itself and due on its due date ([I]).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from app.domain.credit_line import CreditLine
from app.domain.errors import ValidationError
from app.domain.installments import MAX_PERIODS, EarlyPayoffPolicy, InstallmentPart, installment_schedule
from app.domain.ledger_bounds import has_control
from app.domain.messages import QT_TRANSLATE_NOOP
from app.domain.saved import Saved

MAX_TEXT_LENGTH = 200


def clean_text(value: str | None, field_name: str, max_length: int = MAX_TEXT_LENGTH) -> str:
    """Strip a free-text field; refuse control characters (other than none) and overly long text.

    Raises:
        ValidationError: text longer than ``max_length`` or containing control characters.
    """
    text = (value or "").strip()
    if len(text) > max_length:
        raise ValidationError(field_name, value, QT_TRANSLATE_NOOP(
                "Errors", "is longer than %1 characters").arg(max_length))
    if has_control(text):
        raise ValidationError(field_name, value, QT_TRANSLATE_NOOP("Errors", "contains control characters"))
    return text


class PlanKind(StrEnum):
    """A plan split one purchase (交易分期) or a whole statement (账单分期); or one period of a plan the bank runs,
    read from its statement (``BANK``: the bank knows the plan, DebtLens only the periods it was shown)."""

    PURCHASE = "purchase"
    BILL = "bill"
    BANK = "bank"


class PartStatus(StrEnum):
    """A scheduled period is billed as planned, was cancelled (refund or early payoff), or is a payoff lump."""

    SCHEDULED = "scheduled"
    CANCELLED = "cancelled"
    PAYOFF = "payoff"


@dataclass(frozen=True)
class ScheduledPart:
    """One period of a plan placed on a statement. Amounts in fen."""

    period: int
    statement_date: date
    principal_fen: int
    fee_fen: int
    status: PartStatus = PartStatus.SCHEDULED

    @property
    def amount_fen(self) -> int:
        """Principal plus fee, fen."""
        return self.principal_fen + self.fee_fen


@dataclass(frozen=True)
class InstallmentPlan(Saved):
    """An installment plan with its parts.

    Attributes:
        principal_fen: amount financed, fen. fee_rate: total fee as a fraction of it. fee_total_fen: the fee, fen.
        merchant_paid: interest-free plan whose fee the merchant pays (the user pays 0).
        source_statement: for a bill installment, the statement it converted.
        closed_on: date of an early payoff or a full refund, else ``None``.
        bank_plan: for a ``BANK`` period, the plan's id as the bank prints it; ``periods`` is then the bank plan's
            number of periods N and the one part is period n of it.
    """

    line_id: int
    kind: PlanKind
    principal_fen: int
    periods: int
    fee_rate: Decimal
    fee_total_fen: int
    parts: tuple[ScheduledPart, ...]
    purchase_id: int | None = None
    policy: EarlyPayoffPolicy = EarlyPayoffPolicy.ALL_REMAINING_FEES
    merchant_paid: bool = False
    source_statement: date | None = None
    closed_on: date | None = None
    bank_plan: str | None = None
    id: int | None = None

    def unbilled(self, on: date) -> list[ScheduledPart]:
        """Scheduled parts whose statement is issued after ``on`` (not billed yet)."""
        return [p for p in self.parts if p.status is PartStatus.SCHEDULED and p.statement_date > on]

    def billed(self, on: date) -> list[ScheduledPart]:
        """Parts already on an issued statement by ``on``."""
        return [p for p in self.parts if p.status is not PartStatus.CANCELLED and p.statement_date <= on]


@dataclass(frozen=True)
class Purchase(Saved):
    """A purchase on a line: ``amount_fen`` > 0 posted on ``posted_on``; ``installments`` 1 = paid in full."""

    line_id: int
    posted_on: date
    amount_fen: int
    merchant: str = ""
    category: str = ""
    note: str = ""
    description: str = ""
    installments: int = 1
    statement_date: date | None = None
    source: str = "manual"
    source_key: str | None = None
    order_no: str | None = None
    id: int | None = None
    #: for a period of a bank's installment plan (its plan of kind ``BANK``): the plan's id as the bank prints it
    #: and the period n (of ``installments`` = N); ``None`` otherwise, or when not read (only listings fill it)
    bank_period: tuple[str, int] | None = None


@dataclass(frozen=True)
class Refund(Saved):
    """Money back to the line. ``credit_fen`` is the part credited; the rest (``amount_fen - credit_fen``) reduced
    an installment plan's unbilled principal. A refund of an already-billed purchase ``applies_as_payment``: it
    repays that purchase's bill (``target_statement``) at once, then other debt (Huabei 售后退款, domain-rules.md
    §1 [T]); otherwise the credit reduces the bill of the refund's own cycle (售中退款)."""

    line_id: int
    posted_on: date
    amount_fen: int
    credit_fen: int
    purchase_id: int | None = None
    note: str = ""
    statement_date: date | None = None
    source: str = "manual"
    source_key: str | None = None
    applies_as_payment: bool = False
    target_statement: date | None = None
    id: int | None = None


def place_refund(line: CreditLine, posted_on: date, amount_fen: int, purchase: Purchase | None,
                 credit_fen: int | None = None, **fields: object) -> Refund:
    """Place a refund of ``purchase`` (or an unlinked one) on the line.

    A refund of a purchase already on an issued bill (its statement date is on or before ``posted_on``) repays
    that bill at once (售后退款, domain-rules.md §1 [T]); otherwise its credit reduces the bill of its own cycle
    (售中退款). ``credit_fen`` defaults to the whole amount (an installment plan may have absorbed part of it).
    ``fields`` are passed on to ``Refund`` (note, source, source_key).
    """
    billed = purchase is not None and purchase.statement_date is not None and purchase.statement_date <= posted_on
    return Refund(
        line_id=line.id or 0, posted_on=posted_on, amount_fen=amount_fen,
        credit_fen=amount_fen if credit_fen is None else credit_fen,
        purchase_id=purchase.id if purchase is not None else None,
        statement_date=line.bill_date(posted_on),
        applies_as_payment=billed,
        target_statement=purchase.statement_date if billed and purchase is not None else None,
        **fields,  # type: ignore[arg-type]
    )


@dataclass(frozen=True)
class RefundEffect:
    """What a refund of an installment purchase does: the plan's new parts and the statement credit (fen)."""

    parts: tuple[ScheduledPart, ...]
    credit_fen: int
    closes_plan: bool


def place_parts(line: CreditLine, first_statement: date, parts: list[InstallmentPart]) -> tuple[ScheduledPart, ...]:
    """Put period k on the (k-1)-th statement after ``first_statement`` (month-end clamped)."""
    return tuple(
        ScheduledPart(p.period, line.next_bill(first_statement, p.period - 1),
                      p.principal_fen, p.fee_fen)
        for p in parts
    )


def purchase_plan(
    line: CreditLine, posted_on: date, principal_fen: int, periods: int, fee_rate: Decimal,
    merchant_paid: bool = False, policy: EarlyPayoffPolicy = EarlyPayoffPolicy.ALL_REMAINING_FEES,
) -> InstallmentPlan:
    """Build a purchase installment plan; period 1 is on the bill the purchase posts to.

    A merchant-paid plan charges the user no fee whatever ``fee_rate`` says (domain-rules.md §2.1 [S]).

    Raises:
        ValidationError: bad principal, periods (1-60) or fee rate (0 to < 100 %).
    """
    rate = Decimal(0) if merchant_paid else fee_rate
    split = installment_schedule(principal_fen, periods, rate, line.remainder_to.value)
    first = line.bill_date(posted_on)
    return InstallmentPlan(
        line_id=line.id or 0, kind=PlanKind.PURCHASE, principal_fen=principal_fen, periods=periods,
        fee_rate=rate, fee_total_fen=sum(p.fee_fen for p in split), parts=place_parts(line, first, split),
        policy=policy, merchant_paid=merchant_paid,
    )


def bill_plan(
    line: CreditLine, statement_date: date, principal_fen: int, periods: int, fee_rate: Decimal,
    policy: EarlyPayoffPolicy = EarlyPayoffPolicy.ALL_REMAINING_FEES,
) -> InstallmentPlan:
    """Build a bill installment converting ``principal_fen`` of the statement dated ``statement_date``;
    period 1 is billed on that same statement (domain-rules.md §2.2 timing, [I])."""
    split = installment_schedule(principal_fen, periods, fee_rate, line.remainder_to.value)
    return InstallmentPlan(
        line_id=line.id or 0, kind=PlanKind.BILL, principal_fen=principal_fen, periods=periods, fee_rate=fee_rate,
        fee_total_fen=sum(p.fee_fen for p in split), parts=place_parts(line, statement_date, split),
        policy=policy, source_statement=statement_date,
    )


def bank_period_plan(line: CreditLine, posted_on: date, amount_fen: int, bank_plan: str, period: int,
                     periods: int) -> InstallmentPlan:
    """One period of a bank's installment plan as its statement line shows it (input-formats.md §6): ``amount_fen``
    (fen, principal and any fee as printed) is billed whole on the statement of ``posted_on``, so it is due in full
    in that statement's minimum payment and never revolved (domain-rules.md §1.5). The plan's principal is the
    bank's and unknown here: the plan holds this period only, period ``period`` of ``periods``.

    Raises:
        ValidationError: ``period`` is not 1 to ``periods``, or ``periods`` not 2 to 60.
    """
    if not 2 <= periods <= MAX_PERIODS or not 1 <= period <= periods:
        raise ValidationError("period", f"{period}/{periods}", QT_TRANSLATE_NOOP(
                "Errors", "must be a period n of N plan periods, 1 <= n <= N, 2 <= N <= %1").arg(MAX_PERIODS))
    billed = line.bill_date(posted_on)
    return InstallmentPlan(
        line_id=line.id or 0, kind=PlanKind.BANK, principal_fen=amount_fen, periods=periods, fee_rate=Decimal(0),
        fee_total_fen=0, parts=(ScheduledPart(period, billed, amount_fen, 0),), bank_plan=bank_plan,
    )


def refund_effect(plan: InstallmentPlan, refund_fen: int, on: date, remainder_to: str = "first") -> RefundEffect:
    """Apply a refund of an installment purchase (domain-rules.md §2.3, card rule [T]).

    The refund first reduces the principal not yet billed. A refund that covers it cancels every future period,
    fees included, and the excess is credited on the statement; a partial refund spreads the smaller principal
    over the same remaining periods while their fees continue.
    """
    from app.domain.installments import respread

    unbilled = plan.unbilled(on)
    remaining = sum(p.principal_fen for p in unbilled)
    untouched = [p for p in plan.parts if p not in unbilled]
    if refund_fen >= remaining:
        cancelled = [ScheduledPart(p.period, p.statement_date, p.principal_fen, p.fee_fen, PartStatus.CANCELLED)
                     for p in unbilled]
        return RefundEffect(tuple(untouched + cancelled), refund_fen - remaining, True)
    as_parts = [InstallmentPart(p.period, p.principal_fen, p.fee_fen) for p in unbilled]
    spread = respread(as_parts, remaining - refund_fen, remainder_to)
    updated = [ScheduledPart(s.period, u.statement_date, s.principal_fen, s.fee_fen)
               for s, u in zip(spread, unbilled, strict=True)]
    return RefundEffect(tuple(untouched + updated), 0, False)


def payoff_effect(plan: InstallmentPlan, on: date, line: CreditLine) -> tuple[tuple[ScheduledPart, ...], int, int]:
    """Pay a plan off early on ``on``: cancel the unbilled periods and bill one payoff lump on the next statement.

    Returns ``(new parts, payoff principal fen, payoff fee fen)``; the fee depends on the plan's policy
    (``installments.early_payoff_amount``).

    Raises:
        ValidationError: nothing left to pay off.
    """
    from app.domain.installments import early_payoff_amount

    if plan.kind is PlanKind.BANK:  # what is left of it is the bank's to tell, not this one period
        raise ValidationError("plan", plan.bank_plan, QT_TRANSLATE_NOOP(
                "Errors", "is the bank's installment plan: pay it off with the bank; its statement then shows the "
                "payoff"))
    unbilled = plan.unbilled(on)
    if not unbilled:
        raise ValidationError("plan", plan.id, QT_TRANSLATE_NOOP("Errors", "has no unbilled periods left to pay off"))
    principal, fee = early_payoff_amount(
        [InstallmentPart(p.period, p.principal_fen, p.fee_fen) for p in unbilled], plan.policy
    )
    lump_statement = line.bill_date(on)
    kept = [p for p in plan.parts if p not in unbilled]
    cancelled = [ScheduledPart(p.period, p.statement_date, p.principal_fen, p.fee_fen, PartStatus.CANCELLED)
                 for p in unbilled]
    lump = ScheduledPart(unbilled[0].period, lump_statement, principal, fee, PartStatus.PAYOFF)
    return tuple(kept + cancelled + [lump]), principal, fee

