"""Periods of the banks' own installment plans (分期), as their statements list them: writing the imported ones, and
what the ledger knows of each plan.

A bank statement shows one line per period (``…/10/12期 387.42``) and never the plan's principal, so DebtLens keeps
each period it was shown: a purchase of that period's amount (``installments`` = the plan's periods N) with a plan
of kind ``bank`` holding that one period, billed whole on the statement of its day (``postings.bank_period_plan``).
The periods of one plan share its id (``bank_plan``). What is still owed on such a plan is the bank's principal less
the periods billed, which the statement does not give: it is never guessed as (N − n) × the period's amount
(input-formats.md §6).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from app.domain.credit_line import CreditLine
from app.domain.postings import MAX_TEXT_LENGTH, Purchase, bank_period_plan
from app.storage.repositories import Store

if TYPE_CHECKING:
    from app.importers.records import ImportedEvent


def write_plan_periods(store: Store, line: CreditLine, events: Iterable[ImportedEvent], source: str) -> int:
    """Store imported plan periods (events with a ``plan_period``) on ``line``, inside the caller's transaction
    (the import's step). Returns how many were written."""
    written = 0
    for e in events:
        part = e.plan_period
        if part is None:
            continue
        plan = bank_period_plan(line, e.posted_on, e.amount_fen, part.plan_ref[:MAX_TEXT_LENGTH], part.period,
                                part.periods)
        purchase_id = store.purchases.insert(Purchase(
            line_id=line.saved_id, posted_on=e.posted_on, amount_fen=e.amount_fen,
            merchant=e.merchant[:MAX_TEXT_LENGTH], category=e.category, description=e.description[:MAX_TEXT_LENGTH],
            installments=part.periods, source=source, source_key=e.source_key, order_no=e.order_no,
            statement_date=line.bill_date(e.posted_on)))
        store.plans.insert(replace(plan, line_id=line.saved_id, purchase_id=purchase_id))
        written += 1
    return written


@dataclass(frozen=True)
class BankPlan:
    """What the ledger knows of one bank plan on a line: the periods its statements showed.

    Attributes:
        bank_plan: the plan's id as the bank prints it.
        periods: N, the plan's number of periods.
        last_period: the latest period n shown; ``periods - last_period`` are still to come.
        last_billed: the latest statement date a period was billed on.
        posted_fen: the sum of the periods shown, fen (principal and fee as printed).
        shown: how many periods were shown (imported).
    """

    bank_plan: str
    periods: int
    last_period: int
    last_billed: date
    posted_fen: int
    shown: int

    @property
    def periods_left(self) -> int:
        """Periods still to be billed after the latest one shown."""
        return self.periods - self.last_period


def bank_plans(store: Store, line_id: int, as_of: date | None = None) -> list[BankPlan]:
    """The bank plans of ``line_id`` with the periods their statements showed, latest period first; with ``as_of``,
    only what was known on that day (periods posted by then, as the line's statements as of that day count them).
    The remaining principal is the bank's to tell (not computed)."""
    return [BankPlan(ref, periods, n, date.fromisoformat(billed), posted, shown)
            for ref, periods, n, billed, posted, shown in store.plans.bank_periods(line_id, as_of)]
