"""Checks shared by the ledger's actions: an amount typed or imported, a line's preset fee rate."""

from __future__ import annotations

from decimal import Decimal

from app.domain.credit_line import CreditLine
from app.domain.errors import ValidationError
from app.domain.messages import QT_TRANSLATE_NOOP
from app.domain.money import MAX_AMOUNT_MAJOR, exponent_of
from app.domain.postings import InstallmentPlan, PlanKind

MAX_FEN = MAX_AMOUNT_MAJOR * 100


def check_amount(amount_fen: int, field: str = "amount") -> int:
    """``amount_fen`` when it is a whole number of fen above zero and within ``MAX_FEN``.

    Raises:
        ValidationError: not an int, zero or less, or too large.
    """
    if isinstance(amount_fen, bool) or not isinstance(amount_fen, int):
        raise ValidationError(field, amount_fen, QT_TRANSLATE_NOOP("Errors", "must be a whole number of fen"))
    if amount_fen <= 0:
        raise ValidationError(field, amount_fen, QT_TRANSLATE_NOOP("Errors", "must be greater than zero"))
    if amount_fen > MAX_FEN:
        raise ValidationError(field, amount_fen, QT_TRANSLATE_NOOP(
                "Errors", "is larger than %1").arg(format(MAX_AMOUNT_MAJOR, ',')))
    return amount_fen


def preset_rate(line: CreditLine, periods: int) -> Decimal:
    """The line's preset fee rate for ``periods``; a missing preset is an error, never a silent 0 %."""
    if periods not in line.fee_presets:
        raise ValidationError("fee_rate", "",
                              QT_TRANSLATE_NOOP(
                                      "Errors", "no preset fee rate for this many periods: enter the fee rate (0% when "
                                      "interest-free)"))
    return line.fee_presets[periods]


def major(fen: int, currency: str) -> str:
    """Minor units as a plain major-unit amount for a message: 10000 -> '100.00'."""
    return f"{Decimal(fen).scaleb(-exponent_of(currency)):,f}"


def refuse_rebuild(purchase_id: int, plan: InstallmentPlan | None, refunded: bool) -> None:
    """Refuse to rebuild a purchase's plan (an edit of its line, date, amount or terms) once the plan was refunded
    or paid off, or when it is a period of a bank's own plan (its terms are the bank's, as its statement showed).

    Raises:
        ValidationError: ``field`` is ``purchase``.
    """
    if plan is not None and plan.kind is PlanKind.BANK:
        raise ValidationError("purchase", purchase_id, QT_TRANSLATE_NOOP(
                "Errors", "is a period of the bank's installment plan, as its statement shows it: only its texts can "
                "be edited; delete it and import the statement again to change it"))
    if plan is not None and (plan.closed_on or refunded):
        raise ValidationError("purchase", purchase_id, QT_TRANSLATE_NOOP(
                "Errors", "its installment plan was refunded or paid off; delete and re-enter it"))
