"""Rows of a card's statement that are the charge a repayment paid with that card already put on the ledger.

A repayment typed as paid with another line's money records the same amount on that line as a charge
(``LedgerService.record_repayment``, source ``funded``, merchant ``→ <repaid line>``). When the card's own statement
is imported later it lists that charge again ("支付宝-花呗还款"); counted twice, the debt would double. A row of the
same amount, posted within :data:`FUNDED_DAYS` days of the repayment and whose text reads as a repayment (the
importers' repayment words, ``importers.classify``) or names the repaid line, is that charge: it is left out as a
duplicate, one row per charge, in file order."""

from __future__ import annotations

from collections.abc import Set
from typing import TYPE_CHECKING

from app.storage.repositories import Store

if TYPE_CHECKING:  # the ledger's actions load this module for FUNDED: the parsers' records only when importing
    from app.importers.records import ImportedEvent

#: How many days after (or before) the repayment a card may post its charge (a transfer posts the next working day).
FUNDED_DAYS = 3
#: The source such a charge is stored with (``LedgerService.record_repayment``).
FUNDED = "funded"


def funded_twins(store: Store, line_id: int, events: list[ImportedEvent], known: Set[str]) -> set[str]:
    """The source keys of ``events`` (those in ``known`` are duplicates already) that are charges of repayments
    funded by line ``line_id``, already on it (see the module doc)."""
    from app.importers.classify import REPAYMENT_WORDS, REPAYMENT_WORDS_ZH  # the importers' own repayment words
    from app.importers.records import PURCHASE

    words = REPAYMENT_WORDS + REPAYMENT_WORDS_ZH

    pool = store.purchases.with_source(line_id, FUNDED)
    found: set[str] = set()
    for e in events:
        if not pool:
            break
        if e.kind != PURCHASE or e.source_key in known:
            continue
        text = f"{e.merchant} {e.description}".lower()
        for i, (day, amount, merchant) in enumerate(pool):
            repaid = merchant.removeprefix("→ ").strip().lower()
            if (amount == e.amount_fen and abs((e.posted_on - day).days) <= FUNDED_DAYS
                    and (any(w in text for w in words) or (repaid and repaid in text))):
                found.add(e.source_key)
                del pool[i]
                break
    return found
