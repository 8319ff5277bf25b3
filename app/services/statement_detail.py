"""What makes up one statement: its purchases, installment parts, refunds and bill conversions.

Read-only; each list comes from one indexed query of the statement's line and date.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from app.domain.statements import Statement
from app.services.queries import QueryService
from app.storage.repositories import Store


class EntryKind(StrEnum):
    """What a statement entry is."""

    PURCHASE = "purchase"
    INSTALLMENT = "installment"  # one period of a purchase installment plan
    BILL_INSTALLMENT = "bill_installment"  # one period of a bill installment (账单分期)
    PAYOFF = "payoff"  # early payoff of a plan, billed at once
    REFUND = "refund"


@dataclass(frozen=True)
class StatementEntry:
    """One line of a statement. ``amount_fen`` is what it adds (negative for refunds); ``fee_fen`` its fee part;
    ``period``/``periods`` are set for installment parts (period k of N)."""

    kind: EntryKind
    posted_on: date | None
    merchant: str
    amount_fen: int
    fee_fen: int = 0
    period: int | None = None
    periods: int | None = None
    purchase_id: int | None = None


@dataclass(frozen=True)
class StatementDetail:
    """A statement (as computed on ``as_of``) with its entries."""

    line_id: int
    statement: Statement
    entries: list[StatementEntry]

    @property
    def total_fen(self) -> int:
        """Sum of the entries (before interest, converted amounts and carried credit)."""
        return sum(e.amount_fen for e in self.entries)


def statement_detail(store: Store, line_id: int, statement_date: date, as_of: date) -> StatementDetail:
    """The statement of ``line_id`` dated ``statement_date`` as of ``as_of``, with its entries.

    Raises:
        NotFoundError: unknown line. ``LookupError`` when the line has no statement on that date.
    """
    stmts = QueryService(store).line_statements(line_id, as_of)
    statement = next((s for s in stmts.statements if s.statement_date == statement_date), None)
    if statement is None:
        raise LookupError(f"no statement dated {statement_date} on line {line_id}")
    entries = [StatementEntry(EntryKind.PURCHASE, p.posted_on, p.merchant or p.description, p.amount_fen,
                              purchase_id=p.id)
               for p in store.purchases.on_statement(line_id, statement_date)]
    for part in store.plans.parts_on_statement(line_id, statement_date):
        if part["status"] == "payoff":
            kind = EntryKind.PAYOFF
        elif part["kind"] == "bill":
            kind = EntryKind.BILL_INSTALLMENT
        else:
            kind = EntryKind.INSTALLMENT
        posted = part["posted_on"] or part["source_statement"]
        entries.append(StatementEntry(
            kind, date.fromisoformat(posted) if posted else None, part["merchant"] or "",
            part["principal_fen"] + part["fee_fen"], part["fee_fen"], part["period"], part["periods"],
            part["purchase_id"]))
    entries += [StatementEntry(EntryKind.REFUND, r.posted_on, r.note, -r.credit_fen, purchase_id=r.purchase_id)
                for r in store.refunds.on_statement(line_id, statement_date) if r.credit_fen]
    entries.sort(key=lambda e: (e.posted_on or date.min, e.kind != EntryKind.PURCHASE))
    return StatementDetail(line_id, statement, entries)
