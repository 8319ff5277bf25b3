"""Read-side service for browsing purchases: paged, filtered and sorted in SQL, so 100,000 rows stay fast.

The purchases table of the GUI reads one page at a time through ``PurchaseListing``; nothing here loops over
every purchase in Python.
"""

from __future__ import annotations

from dataclasses import replace

from app.domain.postings import InstallmentPlan, Purchase
from app.storage.repositories import PurchaseFilter, Store
from app.storage.repositories.purchases import PurchasesRepo

__all__ = ["SORT_KEYS", "PurchaseFilter", "PurchaseListing"]  # PurchaseFilter: what the window filters by

#: Columns the purchases list may be sorted by (key -> what the repository sorts on).
SORT_KEYS = ("posted_on", "line_id", "merchant", "category", "amount_fen", "installments", "statement_date")

#: A text search matching at most this many purchases is read by scanning the table and sorting what matches:
#: at 1,000,000 purchases 0.27 s however few match, where walking the sort order's index and testing each row took
#: 2.3 s for 3 matches (and 0.003 s for thousands, which fill a page at once).
FEW_MATCHES = 2000


def _scan(f: PurchaseFilter, matches: int | None) -> bool:
    return bool(f.text) and matches is not None and matches <= FEW_MATCHES


class PurchaseListing:
    """Pages of purchases for a filter, their count, the categories in use and a purchase's plan."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def page(self, f: PurchaseFilter, sort: str = "posted_on", descending: bool = True, limit: int = 500,
             offset: int = 0) -> list[Purchase]:
        """Purchases matching ``f`` sorted by ``sort`` (one of ``SORT_KEYS``), ``limit`` from ``offset``.

        Raises:
            ValueError: ``sort`` is not a known column.
        """
        if sort not in SORT_KEYS:
            raise ValueError(f"cannot sort purchases by {sort!r}")
        return self._bank_periods(self.store.purchases.page(f, sort, descending, limit, offset))

    def page_after(self, f: PurchaseFilter, sort: str = "posted_on", descending: bool = True,
                   after: tuple | None = None, limit: int = 200, matches: int | None = None) -> list[Purchase]:
        """Up to ``limit`` purchases matching ``f`` sorted by ``sort``, starting after the row keyed ``after``
        (``(sort value, id)``, see ``key``; ``None``: from the first). Keyset paging: as fast at row 1,000,000
        as at row 1. ``matches``: how many purchases match ``f``, when the caller has counted them (a text search
        that few match is then read by scanning the table, see :data:`FEW_MATCHES`).

        Raises:
            ValueError: ``sort`` is not a known column.
        """
        return self._bank_periods(self.store.purchases.page_after(f, sort, descending, after, limit,
                                                                  scan=_scan(f, matches)))

    def _bank_periods(self, purchases: list[Purchase]) -> list[Purchase]:
        """``purchases`` with the periods of banks' plans marked (``Purchase.bank_period``): one query for a page
        that has purchases in installments, none otherwise."""
        periods = self.store.plans.bank_period_of([p.saved_id for p in purchases if p.installments > 1])
        return [replace(p, bank_period=periods[p.saved_id]) if p.saved_id in periods else p for p in purchases] \
            if periods else purchases

    def key_at(self, f: PurchaseFilter, sort: str, descending: bool, after: tuple | None,
               skip: int, matches: int | None = None) -> tuple | None:
        """The key of the purchase ``skip`` rows past the row keyed ``after`` (keys only; for a jump);
        ``matches`` as for :meth:`page_after`."""
        return self.store.purchases.key_at(f, sort, descending, after, skip, scan=_scan(f, matches))

    @staticmethod
    def key(p: Purchase, sort: str) -> tuple:
        """The key of a purchase in the order of ``sort`` (its ``PurchasesRepo.SORT_KEYS`` values, ``id`` last),
        as the database compares it."""
        values = (getattr(p, column) for column in PurchasesRepo.SORT_KEYS[sort])
        return tuple(v.isoformat() if hasattr(v, "isoformat") else v for v in values)

    def count(self, f: PurchaseFilter) -> int:
        """How many purchases match ``f``."""
        return self.store.purchases.count(f)

    def categories(self) -> list[str]:
        """Distinct non-empty categories in use, sorted."""
        return self.store.purchases.categories()

    def get(self, purchase_id: int) -> Purchase:
        """One purchase (a bank plan's period marked). Raises ``NotFoundError``."""
        return self._bank_periods([self.store.purchases.get(purchase_id)])[0]

    def plan(self, purchase_id: int) -> InstallmentPlan | None:
        """The installment plan of a purchase, or ``None`` when it was paid in full."""
        return self.store.plans.for_purchase(purchase_id)
