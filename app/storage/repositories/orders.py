"""A pay-in-4 line's purchases and refunds as the pay-in-4 rule reads them (``app.domain.pay_in_4``): one row each,
not per-bill totals (each purchase is due in payments of its own)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.domain.pay_in_4 import Order, OrderRefund
    from app.storage.ledger_db import LedgerDatabase


class OrdersRepo:
    """Purchases and refunds of a pay-in-4 line, oldest first."""

    def __init__(self, db: LedgerDatabase) -> None:
        self.db = db

    def orders(self, line_id: int, as_of: date) -> list[Order]:
        """The line's purchases posted up to ``as_of``: each at its price plus the installment fee its buyer pays
        (a plan the merchant pays adds nothing), fen."""
        from app.domain.pay_in_4 import Order  # loaded for a pay-in-4 line only: most ledgers have none

        return [Order(date.fromisoformat(day), total, pid) for pid, day, total in self.db.execute(
            "SELECT p.id, p.posted_on, p.amount_fen + COALESCE(CASE WHEN pl.merchant_paid THEN 0 "
            "ELSE pl.fee_total_fen END, 0) FROM purchases p LEFT JOIN installment_plans pl ON pl.purchase_id = p.id "
            "WHERE p.line_id = ? AND p.posted_on <= ? ORDER BY p.posted_on, p.id", [line_id, as_of.isoformat()])]

    def refunds(self, line_id: int, as_of: date) -> list[OrderRefund]:
        """The line's refunds posted up to ``as_of``, each with the purchase it names (``None``: none), fen."""
        from app.domain.pay_in_4 import OrderRefund

        return [OrderRefund(date.fromisoformat(day), amount, pid) for day, amount, pid in self.db.execute(
            "SELECT posted_on, amount_fen, purchase_id FROM refunds WHERE line_id = ? AND posted_on <= ? "
            "ORDER BY posted_on, id", [line_id, as_of.isoformat()])]

    def starts(self, line_id: int, start: date, end: date) -> list[date]:
        """The posting day of each purchase of the pay-in-4 line ``line_id`` made without an installment plan (each
        is a plan of 4 payments of its own) from ``start`` to ``end`` (both included), oldest first."""
        return [date.fromisoformat(r[0]) for r in self.db.execute(
            "SELECT posted_on FROM purchases WHERE line_id = ? AND installments = 1 AND posted_on BETWEEN ? AND ? "
            "ORDER BY posted_on", [line_id, start.isoformat(), end.isoformat()])]

    def running_count(self, on: date) -> int:
        """Purchases on active pay-in-4 lines, without an installment plan, bought by ``on`` with a payment due
        after it (its last is due 42 days after the purchase): each is a plan of 4 payments running. One query."""
        from app.domain.pay_in_4 import INTERVAL_DAYS, PAYMENTS

        first = on - timedelta(days=INTERVAL_DAYS * (PAYMENTS - 1) - 1)
        # by line first: the purchases' per-line index finds none at once when no line pays in 4 (joined the other
        # way round, SQLite walked every purchase: 0.25 s at a million)
        return self.db.execute(
            "SELECT COUNT(*) FROM purchases WHERE line_id IN (SELECT id FROM credit_lines WHERE billing = 'pay_in_4' "
            "AND archived = 0) AND installments = 1 AND posted_on BETWEEN ? AND ?",
            [first.isoformat(), on.isoformat()]).fetchone()[0]
