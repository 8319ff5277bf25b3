"""Re-placing a line's stored postings after its statement or due day changed from the next cycle on.

Purchases and refunds store the statement date of their bill (and the storage layer keeps per-bill totals from
it): those on bills issued before the change keep it, later ones move to the bill the new days give them. Other
stored statement dates (installment periods, repayment targets) keep their place in the sequence of bills.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from collections.abc import Callable
from typing import TYPE_CHECKING

from app.domain.day_changes import moved_bill, schedule_change
from app.domain.postings import PartStatus, PlanKind

if TYPE_CHECKING:
    from app.domain.credit_line import CreditLine
    from app.storage.repositories import Store


def change_days(store: Store, old: CreditLine, new: CreditLine, today: date,
                restate_all: Callable[[CreditLine], None]) -> None:
    """Store ``new``'s days as changed on ``today`` (domain-rules.md §1: from the next cycle on; issued bills keep
    theirs) and move the postings after the last issued bill. A line with nothing on an issued bill takes the new
    days for all its history with ``restate_all`` (a day typed wrong, corrected): no history is kept."""
    history, last_old = schedule_change(old, new, today)
    first = store.lines.first_activity(old.saved_id)
    if first is None or old.bill_date(first) > last_old:
        history = ()
    new = replace(new, day_changes=history)
    store.lines.set_day_changes(new.saved_id, history)
    if history:
        restate_after(store, old, new, last_old)
    else:
        restate_all(new)


def restate_after(store: Store, old: CreditLine, new: CreditLine, last_old: date) -> None:
    """Move what ``old``'s days put after ``last_old`` (its last issued bill) to ``new``'s bills; bills up to
    ``last_old`` keep everything. A purchase plan's period n stays n - 1 bills after its purchase's bill."""
    store.cycles.restate(new.saved_id, new.bill_date, lambda d: moved_bill(old, new, last_old, last_old, d))
    for plan in store.plans.for_line(new.saved_id):
        anchor = new_anchor = last_old
        if plan.purchase_id is not None:
            anchor = min(p.statement_date for p in plan.parts if p.period == 1 or plan.kind is PlanKind.BANK)
            placed = store.purchases.get(plan.purchase_id).statement_date
            assert placed is not None  # a stored purchase is always placed on a statement
            new_anchor = placed
        parts = tuple(replace(p, statement_date=new.bill_date(plan.closed_on)
                              if p.status is PartStatus.PAYOFF and plan.closed_on
                              else moved_bill(old, new, anchor, new_anchor, p.statement_date)) for p in plan.parts)
        if parts != plan.parts:
            store.plans.replace_parts(plan.saved_id, parts, plan.closed_on)
