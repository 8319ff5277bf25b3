"""What one due date of a pay-in-4 line holds (domain-rules.md §5): the payment of each purchase due then (payment
k of 4), what refunds took off it, its late fees, and what was paid of it early, so the entries add up to its
balance as ``statement_detail`` shows a monthly bill's."""

from __future__ import annotations

from datetime import date

from app.domain.credit_line import CreditLine
from app.domain.pay_in_4 import PAYMENTS
from app.domain.statements import Statement
from app.services.queries import QueryService
from app.services.statement_detail import EntryKind, StatementDetail, StatementEntry
from app.storage.repositories import Store


def pay_in_4_detail(store: Store, line: CreditLine, statement: Statement, as_of: date) -> StatementDetail:
    """The payments of ``line`` due on ``statement.due_date`` as of ``as_of``: for each purchase its payment
    (``period`` k of 4, dated by the purchase), a refund row for what refunds took off it, a late-fee row for its
    fees, then what earlier payments already paid of a due date still to come (credit applied). Amounts in the
    line's minor units; they add up to ``statement.balance_fen``."""
    entries: list[StatementEntry] = []
    merchants: dict[int, str] = {}
    for part in QueryService(store).pay_in_4_payments(line, as_of):
        if part.due_date != statement.due_date:
            continue
        pid = part.order.purchase_id
        if pid is not None and pid not in merchants:
            merchants[pid] = store.purchases.get(pid).merchant
        merchant = merchants.get(pid or 0, "")
        entries.append(StatementEntry(EntryKind.INSTALLMENT, part.order.posted_on, merchant, part.scheduled_fen,
                                      0, part.number, PAYMENTS, pid))
        if part.scheduled_fen > part.amount_fen:
            entries.append(StatementEntry(EntryKind.REFUND, part.order.posted_on, merchant,
                                          part.amount_fen - part.scheduled_fen, purchase_id=pid))
        if part.fee_fen:
            entries.append(StatementEntry(EntryKind.LATE_FEE, statement.due_date, merchant, part.fee_fen,
                                          part.fee_fen, purchase_id=pid))
    if statement.credit_applied_fen:
        entries.append(StatementEntry(EntryKind.CREDIT_APPLIED, None, "", -statement.credit_applied_fen))
    return StatementDetail(line.saved_id, statement, entries)
