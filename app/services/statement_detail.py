"""What makes up one statement: the unpaid rest carried from the previous bill, its purchases, installment parts and
refunds, then the interest posted on it, the
credit carried in from earlier overpayments, the part turned into a bill installment (账单分期) and any credit
carried on to later bills, so the entries add up to the statement balance.

Read-only; each list comes from one indexed query of the statement's line and date. A bill's purchases paid in
full can be thousands: they are read a page at a time, as the list is shown (``StatementEntries``).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import overload

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


#: Purchases read per query when a statement's entries are walked through (iterated) rather than shown.
READ_PAGE = 500


class StatementEntries(Sequence[StatementEntry]):
    """A statement's entries in order, its purchases paid in full read from the database only for the positions
    asked for: the carried balance (``head``), then the postings by date (on one day the purchases paid in full
    first, by id, then installment parts and refunds: ``others``, few, held in memory), then the adjustments
    (``tail``). ``page(offset, limit)`` reads purchases; ``positions`` are the others' places among the postings.
    ``total_fen`` is the sum of every entry (the statement balance), known without reading the purchases.
    """

    def __init__(self, head: list[StatementEntry], purchases: int, page: Callable[[int, int], list[StatementEntry]],
                 others: list[tuple[int, StatementEntry]], tail: list[StatementEntry], total_fen: int) -> None:
        self._head, self._purchases, self._page, self._tail = head, purchases, page, tail
        self._positions = [p for p, _ in others]
        self._others = [e for _, e in others]
        self._middle = purchases + len(others)
        self.total_fen = total_fen

    def __len__(self) -> int:
        return len(self._head) + self._middle + len(self._tail)

    @overload
    def __getitem__(self, i: int) -> StatementEntry: ...

    @overload
    def __getitem__(self, i: slice) -> list[StatementEntry]: ...

    def __getitem__(self, i: int | slice) -> StatementEntry | list[StatementEntry]:
        if isinstance(i, slice):
            start, stop, step = i.indices(len(self))
            return self._range(start, stop) if step == 1 else [self[j] for j in range(start, stop, step)]
        j = i + len(self) if i < 0 else i
        if not 0 <= j < len(self):
            raise IndexError(i)
        return self._range(j, j + 1)[0]

    def __iter__(self) -> Iterator[StatementEntry]:
        for start in range(0, len(self), READ_PAGE):
            yield from self._range(start, min(start + READ_PAGE, len(self)))

    def _range(self, start: int, stop: int) -> list[StatementEntry]:
        head, middle_start = len(self._head), len(self._head)
        tail_start = head + self._middle
        out = [self._head[j] for j in range(start, min(stop, head))]
        a, b = max(start, middle_start) - middle_start, min(stop, tail_start) - middle_start
        if a < b:
            out += self._middle_range(a, b)
        out += [self._tail[j - tail_start] for j in range(max(start, tail_start), stop)]
        return out

    def _middle_range(self, a: int, b: int) -> list[StatementEntry]:
        """Postings ``a`` to ``b`` (exclusive): the purchases among them in one read, the others put in place."""
        first, last = bisect_left(self._positions, a), bisect_left(self._positions, b)
        purchases = iter(self._page(a - first, (b - a) - (last - first)) if (b - a) > (last - first) else [])
        out, k = [], first
        for position in range(a, b):
            if k < last and self._positions[k] == position:
                out.append(self._others[k])
                k += 1
            else:
                out.append(next(purchases))
        return out


@dataclass(frozen=True)
class StatementDetail:
    """A statement (as computed on ``as_of``) with its entries."""

    line_id: int
    statement: Statement
    entries: Sequence[StatementEntry]

    @property
    def total_fen(self) -> int:
        """Sum of the entries: the statement balance."""
        if isinstance(self.entries, StatementEntries):
            return self.entries.total_fen
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
    line = store.lines.get(line_id)
    if line.pays_in_4:  # a due date of its purchases' payments, not a monthly bill
        from app.services.pay_in_4_detail import pay_in_4_detail

        return pay_in_4_detail(store, line, statement, as_of)
    entries: list[StatementEntry] = []  # installment parts and refunds: few
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
    entries.sort(key=_entry_order)
    count, purchases_fen = store.purchases.totals_on_statement(line_id, statement_date)
    # each other entry goes after the purchases posted on its day or before (an index count per day)
    before: dict[date, int] = {}
    others = []
    for k, e in enumerate(entries):
        day = e.posted_on or date.min
        if day not in before:
            before[day] = store.purchases.count_on_statement_until(line_id, statement_date, day) if e.posted_on else 0
        others.append((before[day] + k, e))
    head = [StatementEntry(EntryKind.PREVIOUS_BALANCE, None, "", statement.previous_balance_fen)
            ] if statement.previous_balance_fen else []
    posted_fen = sum(e.amount_fen for e in head + entries) + purchases_fen
    tail = _adjustments(statement, posted_fen)

    def page(offset: int, limit: int) -> list[StatementEntry]:
        return [StatementEntry(EntryKind.PURCHASE, posted_on, merchant, amount, 0, None, None, pid) for
                pid, posted_on, merchant, amount in store.purchases.brief_on_statement(line_id, statement_date,
                                                                                       offset, limit)]

    return StatementDetail(line_id, statement, StatementEntries(
        head, count, page, others, tail, posted_fen + sum(e.amount_fen for e in tail)))


def _entry_order(e: StatementEntry) -> tuple[date, bool]:
    """Entries by date; on one day a purchase paid in full before installment parts and refunds."""
    return (e.posted_on or date.min, e.kind != EntryKind.PURCHASE)


def _adjustments(st: Statement, posted_fen: int) -> list[StatementEntry]:
    """The rows that are not postings: interest posted, the converted part, credit taken off, and what is carried
    on when more was credited than charged (the statement balance never goes below zero). ``posted_fen``: the sum
    of the postings and the carried balance."""
    rows = []
    if st.interest_fen:
        rows.append(StatementEntry(EntryKind.INTEREST, st.statement_date, "", st.interest_fen))
    if st.late_fee_fen:
        rows.append(StatementEntry(EntryKind.LATE_FEE, st.statement_date, "", st.late_fee_fen, st.late_fee_fen))
    if st.converted_fen:
        rows.append(StatementEntry(EntryKind.CONVERTED, None, "", -st.converted_fen))
    if st.credit_applied_fen:
        rows.append(StatementEntry(EntryKind.CREDIT_APPLIED, None, "", -st.credit_applied_fen))
    carried = st.balance_fen - posted_fen - sum(e.amount_fen for e in rows)
    if carried > 0 and st.balance_fen == 0:
        rows.append(StatementEntry(EntryKind.CREDIT_CARRIED, None, "", carried))
    return rows
