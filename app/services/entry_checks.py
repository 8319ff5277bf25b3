"""Checks of what a person types, run by the ledger's actions before anything is stored, so the window and the
command line refuse (or ask about) the same input: a refund larger than what was spent on a line, an installment
plan whose parts would be under one fen, a bill turned into installments after its due date, billing days that give
two bills one due date, a line name that reads as another line's.

Amounts are int minor units (fen); dates ``datetime.date``.
"""

from __future__ import annotations

from datetime import date

from app.domain.billing import clamp_day, shared_due_date
from app.domain.credit_line import CreditLine
from app.domain.errors import ConfirmationNeeded, ValidationError
from app.domain.messages import QT_TRANSLATE_NOOP
from app.domain.statements import Statement
from app.services.ledger_checks import major
from app.storage.repositories import PurchaseFilter, Store


def refund_room(store: Store, line_id: int, on: date) -> tuple[int, int]:
    """``(spent, refunded)``: fen of the purchases on the line posted on ``on`` or before, and of the refunds
    to it on ``on`` or before (with or without a named purchase)."""
    spent = store.purchases.total(PurchaseFilter(line_id=line_id, end=on))
    return spent, store.refunds.total_until(line_id, on)


def check_refund_size(store: Store, line_id: int, currency: str, on: date, amount_fen: int) -> None:
    """Refuse, until confirmed, a refund naming no purchase that is more than was spent on the line by ``on``, net
    of earlier refunds: 99999 typed for 999.99 would leave a credit that nobody was owed (domain-rules.md §1: a
    refund repays what its transaction cost, so it cannot exceed what was spent).

    Raises:
        ConfirmationNeeded: ``field`` is ``amount``; the reason gives what was spent and refunded.
    """
    spent, refunded = refund_room(store, line_id, on)
    left = max(spent - refunded, 0)
    if amount_fen > left:
        raise ConfirmationNeeded("amount", major(amount_fen, currency), QT_TRANSLATE_NOOP(
                "Errors", "is more than the %1 left to refund on this line by %2 (%3 spent, %4 already refunded): "
                "most likely a typo").arg(major(left, currency), on.isoformat(), major(spent, currency),
                                          major(refunded, currency)))


def check_split(amount_fen: int, periods: int, currency: str, field: str = "amount") -> None:
    """Refuse an installment plan whose parts would each be under one minor unit (¥0.05 in 12 periods: "¥0.00 ×
    11"): the principal splits as floor(amount / periods) per period (domain-rules.md §2.2), so it needs at least
    ``periods`` fen. Checked where a person enters a plan, not in the split itself.

    Raises:
        ValidationError: naming ``field``, with the smallest amount for that many periods.
    """
    if periods > 1 and amount_fen < periods:
        raise ValidationError(field, major(amount_fen, currency), QT_TRANSLATE_NOOP(
                "Errors", "is too small for %1 installments: each part would be under %2; the smallest amount for "
                "%1 installments is %3").arg(periods, major(1, currency), major(periods, currency)))


def check_convertible(statement_date: date, due_date: date, today: date) -> None:
    """Refuse turning a bill into installments (账单分期) once its due date has passed: banks take the request
    between the statement date and the due date (domain-rules.md §2.1, "can apply between the 1st and 10th"), and
    period 1 is due on that due date (§2.2), so a plan made later would start overdue.

    Raises:
        ValidationError: ``field`` is ``statement``.
    """
    if today > due_date:
        raise ValidationError("statement", statement_date.isoformat(), QT_TRANSLATE_NOOP(
                "Errors", "was due on %1, which has passed (today is %2): a bill can be turned into installments "
                "only from its statement date to its due date; repay what is overdue instead").arg(
                due_date.isoformat(), today.isoformat()))


def convertible_fen(stmt: Statement) -> int:
    """Fen of an issued bill that may be turned into installments: what is unpaid less the parts of installment
    plans it bills that are still unpaid (principal and fee: an amount already in installments is not split again,
    nor its fee charged a fee). Payments settle a bill's interest and fees first, then its installment parts, then
    the rest (domain-rules.md §1.5), so what is paid is taken off the parts before the rest."""
    paid = stmt.balance_fen - stmt.unpaid_fen
    parts_left = max(0, stmt.installment_principal_fen + stmt.installment_fee_fen
                     - max(0, paid - stmt.interest_fen - stmt.late_fee_fen))
    return max(0, stmt.unpaid_fen - parts_left)


#: Where the example of two bills due on one day starts looking (any year shows it; a recent one reads naturally).
EXAMPLE_FROM = date(2026, 1, 1)


def check_days(line: CreditLine) -> None:
    """Refuse a statement day and due day that would give two bills one due date (statement day 29, due day 30:
    February's bill is clamped to the 28th and due 03-30, as March's is). domain-rules.md §1 names no rule for a
    due day clamped onto its statement date, so the pair is refused, with the dates, rather than a due date made up.
    Pay-in-4 lines have no monthly bill and are not checked.

    Raises:
        ValidationError: ``field`` is ``due_day``.
    """
    if line.pays_in_4:
        return
    clash = shared_due_date(line.statement_day, line.due_day, EXAMPLE_FROM)
    if clash is not None:
        first, second, due = clash
        raise ValidationError("due_day", line.due_day, QT_TRANSLATE_NOOP(
                "Errors", "with statement day %1 gives two bills one due date: in a short month the statement day "
                "moves back to the month's last day, so the %2 and %3 bills would both be due %4; choose a due day "
                "from 1 to %1 (due the month after the statement) or a statement day of 27 or less").arg(
                line.statement_day, first.isoformat(), second.isoformat(), due.isoformat()))


def refuse_taken(taken: str | None, name: str) -> None:
    """Refuse a line name that another line has once both are normalized (``LinesRepo.name_taken``).

    Raises:
        ValidationError: ``field`` is ``name``, naming the other line as it is stored.
    """
    if taken is None:
        return
    if taken.strip().casefold() == name.casefold():  # the same letters, as before normalization
        raise ValidationError("name", name, QT_TRANSLATE_NOOP("Errors", "another credit line already has this name"))
    raise ValidationError("name", name, QT_TRANSLATE_NOOP(
            "Errors", "reads the same as the credit line '%1' (letter width, accents, case and spaces "
            "aside): choose a name that differs in its letters").arg(taken))


def check_target_bill(store: Store, line: CreditLine, target: date, paid_on: date, *, typed: bool) -> date:
    """``target``, the bill a repayment on ``paid_on`` is said to pay, when it can: a statement date of ``line``
    and, when ``typed`` by a person, a bill on record by then (from the line's first bill to the last one issued on
    or before ``paid_on``): a bill from before the history would count nowhere, and one not issued yet cannot be
    paid, so the payment would quietly go elsewhere. Leaving the bill out pays what is owed, oldest first.

    Raises:
        ValidationError: ``statement``, saying which of these it is.
    """
    if not line.is_statement_date(target):  # the day in force then, when the line's days changed
        expected = clamp_day(target.year, target.month, line.statement_day)
        raise ValidationError("statement", target.isoformat(), QT_TRANSLATE_NOOP(
                "Errors", "is not a statement date of this line (its bills are issued on day %1, e.g. %2)")
                              .arg(line.statement_day, expected.isoformat()))
    if typed:
        first = store.cycles.first_statement(line.saved_id)
        if first is None or target < first:
            raise ValidationError("statement", target.isoformat(), QT_TRANSLATE_NOOP(
                    "Errors", "is before the first bill on record: leave the bill out and the payment goes to what "
                    "is owed"))
        if target > paid_on:
            raise ValidationError("statement", target.isoformat(), QT_TRANSLATE_NOOP(
                    "Errors", "is not issued yet on %1, the day of the payment: leave the bill out and the payment "
                    "goes to what is owed").arg(paid_on.isoformat()))
    return target
