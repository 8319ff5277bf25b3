"""The ledger's refund actions: money back to a credit line, for a named purchase or not. A base of
:class:`~app.services.ledger.LedgerService` (same store, same rules: one action, one transaction, one undo step)."""

from __future__ import annotations

from datetime import date

from app.domain.errors import ValidationError
from app.domain.messages import QT_TRANSLATE_NOOP
from app.domain.postings import clean_text, place_refund, refund_effect
from app.services import undo as steps
from app.services.changes import Changes
from app.services.entry_checks import check_refund_size
from app.services.ledger_checks import check_amount, major
from app.services.validation import parse_date
from app.storage.repositories import Store


class RefundActions:
    """Refund actions on ``store``."""

    store: Store

    def record_refund(self, line_id: int, posted_on: date, amount_fen: int, *, purchase_id: int | None = None,
                      note: str = "", source: str = "manual", source_key: str | None = None, entered: bool = False,
                      confirmed: bool = False) -> Changes:
        """Record money back to the line, linked to a purchase when known.

        A refund of an installment purchase first cancels or shrinks its unbilled periods (domain-rules.md §2.3);
        any rest is credited on the statement of ``posted_on``. ``entered``: a person typed it (``debtlens refund``);
        then a refund naming no purchase may not be more than was spent on the line by that day, net of earlier
        refunds, unless ``confirmed`` (``entry_checks.check_refund_size``). Imports pass the bank's own refunds.

        Raises:
            ValidationError: bad amount/date, a purchase on another line, or more than is left to refund.
            ConfirmationNeeded: (``entered``, not ``confirmed``) more than was spent on the line.
        """
        with self.store.step(steps.ADD_REFUND, amount_fen=amount_fen) as step:
            line = self.store.lines.get(line_id)
            step["currency"] = line.currency
            if entered and not confirmed and purchase_id is None:
                check_refund_size(self.store, line_id, line.currency, parse_date(posted_on, "date"),
                                  check_amount(amount_fen))
            refund_id = self._insert_refund(line_id, posted_on, amount_fen, purchase_id=purchase_id, note=note,
                                            source=source, source_key=source_key)
        return Changes(postings=True, ids={"refund": refund_id, "line": line_id})

    def _insert_refund(self, line_id: int, posted_on: date, amount_fen: int, *, purchase_id: int | None,
                       note: str, source: str, source_key: str | None) -> int:
        line = self.store.lines.get(line_id)
        posted_on = parse_date(posted_on, "date")
        check_amount(amount_fen)
        credit = amount_fen
        purchase = None
        if purchase_id is not None:
            purchase = self.store.purchases.get(purchase_id)
            if purchase.line_id != line_id:
                raise ValidationError("purchase", purchase_id, QT_TRANSLATE_NOOP("Errors", "is on another credit line"))
            if posted_on < purchase.posted_on:
                raise ValidationError("date", posted_on.isoformat(),
                                      QT_TRANSLATE_NOOP(
                                              "Errors", "is before the purchase it refunds (%1)")
                                                      .arg(purchase.posted_on.isoformat()))
            refunded = sum(r.amount_fen for r in self.store.refunds.for_purchase(purchase_id))
            if refunded + amount_fen > purchase.amount_fen:
                raise ValidationError("amount", amount_fen,
                                      QT_TRANSLATE_NOOP(
                                              "Errors", "is more than is left to refund on this purchase (%1)")
                                                      .arg(major(purchase.amount_fen - refunded, line.currency)))
            plan = self.store.plans.for_purchase(purchase_id)
            if plan is not None and plan.closed_on is None:
                effect = refund_effect(plan, amount_fen, posted_on, line.remainder_to.value)
                self.store.plans.replace_parts(plan.saved_id, effect.parts, posted_on if effect.closes_plan else None)
                credit = effect.credit_fen
        return self.store.refunds.insert(place_refund(
            line, posted_on, amount_fen, purchase, credit, note=clean_text(note, "note", 1000), source=source,
            source_key=source_key))
