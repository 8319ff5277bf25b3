"""Repositories: rows <-> domain objects. Every SQL statement of the app lives in ``app.storage``.

``Store`` (``store.py``) bundles the repositories over one connection; ``Store.atomic()`` is the unit of work a
service opens once per user action, ``Store.step()`` the same for an action the user can undo
(``app.storage.undo_log``). One module per kind of record: ``lines``, ``purchases`` (with installment plans),
``payments`` (refunds and repayments), ``cycles`` (per-bill totals for the statements engine).
"""

from app.storage.repositories.purchases import PurchaseFilter
from app.storage.repositories.store import DATA_REVISION_KEY, Store

__all__ = ["DATA_REVISION_KEY", "PurchaseFilter", "Store"]
