"""What makes up one statement: the unpaid rest carried from the previous bill, its purchases, installment parts and
refunds, then the interest posted on it, the
credit carried in from earlier overpayments, the part turned into a bill installment (账单分期) and any credit
carried on to later bills, so the entries add up to the statement balance.

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
    PREVIOUS_BALANCE = "previous_balance"  # what earlier bills left unpaid, carried into this one (§1.5)
    INTEREST = "interest"  # interest posted on the statement (on what earlier bills left unpaid)
    LATE_FEE = "late_fee"  # a card's late fee (违约金) for a minimum left unpaid
    CREDIT_APPLIED = "credit_applied"  # an earlier overpayment or refund taken off this statement
    CONVERTED = "converted"  # the part of this statement's balance turned into a bill installment (账单分期)
    CREDIT_CARRIED = "credit_carried"  # more credited than charged: the rest goes to later bills


@dataclass(frozen=True, slots=True)  # slots: a bill of 10,000 purchases makes 10,000 of them
class StatementEntry:
    """One line of a statement. ``amount_fen`` is what it adds (negative for refunds, credit and the converted
    part); ``fee_fen`` its fee part; ``period``/``periods`` are set for installment parts (period k of N)."""

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
        """Sum of the entries: the statement balance."""
        return sum(e.amount_fen for e in self.entries)


def statement_detail(store: Store, line_id: int, statement_date: date, as_of: date,
                     statement: Statement | None = None) -> StatementDetail:
    """The statement of ``line_id`` dated ``statement_date`` as of ``as_of``, with its entries. ``statement``,
    when the caller already computed it as of ``as_of``, saves computing the line's bills again.

    Raises:
        NotFoundError: unknown line. ``LookupError`` when the line has no statement on that date.
    """
    if statement is None or statement.statement_date != statement_date:
        stmts = QueryService(store).line_statements(line_id, as_of)
        statement = next((s for s in stmts.statements if s.statement_date == statement_date), None)
    if statement is None:
        raise LookupError(f"no statement dated {statement_date} on line {line_id}")
    purchases = [StatementEntry(EntryKind.PURCHASE, posted_on, merchant, amount, 0, None, None, pid)
                 for pid, posted_on, merchant, amount in store.purchases.brief_on_statement(line_id, statement_date)]
    entries: list[StatementEntry] = []  # installment parts and refunds
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
    entries = purchases + entries
    entries.sort(key=_entry_order)  # nearly sorted already (the purchases come by date): one quick pass
    if statement.previous_balance_fen:
        entries.insert(0, StatementEntry(EntryKind.PREVIOUS_BALANCE, None, "", statement.previous_balance_fen))
    return StatementDetail(line_id, statement, entries + _adjustments(statement, entries))


def _entry_order(e: StatementEntry) -> tuple[date, bool]:
    """Entries by date; on one day a purchase paid in full before installment parts and refunds."""
    return (e.posted_on or date.min, e.kind != EntryKind.PURCHASE)


def _adjustments(st: Statement, entries: list[StatementEntry]) -> list[StatementEntry]:
    """The rows that are not postings: interest posted, the converted part, credit taken off, and what is carried
    on when more was credited than charged (the statement balance never goes below zero)."""
    rows = []
    if st.interest_fen:
        rows.append(StatementEntry(EntryKind.INTEREST, st.statement_date, "", st.interest_fen))
    if st.late_fee_fen:
        rows.append(StatementEntry(EntryKind.LATE_FEE, st.statement_date, "", st.late_fee_fen, st.late_fee_fen))
    if st.converted_fen:
        rows.append(StatementEntry(EntryKind.CONVERTED, None, "", -st.converted_fen))
    if st.credit_applied_fen:
        rows.append(StatementEntry(EntryKind.CREDIT_APPLIED, None, "", -st.credit_applied_fen))
    carried = st.balance_fen - sum(e.amount_fen for e in entries + rows)
    if carried > 0 and st.balance_fen == 0:
        rows.append(StatementEntry(EntryKind.CREDIT_CARRIED, None, "", carried))
    return rows
