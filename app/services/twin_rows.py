"""Rows a file shares with the ledger under another dedupe key: an Alipay or WeChat export imported once as
downloaded and once after a spreadsheet re-saved it, turning its 28-digit order numbers into ``2.02410E+27``.
The re-saved rows are keyed by date, names and amount (``KeyMaker.from_content``), the others by order number,
so the keys never meet; the second import would double every purchase and repayment. input-formats.md §3:
dedupe by order number, not by timestamp; where one copy lost the numbers, by the row's day, names and amount."""

from __future__ import annotations

import re
from collections.abc import Set

from app.domain.ledger_bounds import MAX_STORED_TEXT
from app.domain.postings import MAX_TEXT_LENGTH
from app.importers.records import PURCHASE, ImportedEvent
from app.storage.repositories import Store

#: The date that starts a content key after its prefix (``alipay_app:2024-10-30:…``); an order number has none.
_CONTENT = re.compile(r"\d{4}-\d{2}-\d{2}:")


def twins(store: Store, line_id: int, prefix: str, events: list[ImportedEvent], known: Set[str]) -> set[str]:
    """The source keys of ``events`` (keyed ``prefix:…``; those in ``known`` are duplicates already) whose row
    the line holds under the other kind of key: a row keyed by order number here and by content there, or the
    reverse, on the same day, of the same kind, amount and names. Twins are matched one to one in file order, so
    two equal coffees bought on one day are two rows on both sides."""
    new = [e for e in events if e.source_key not in known and e.source_key.startswith(f"{prefix}:")]
    if not new:
        return set()
    start = len(prefix) + 1
    pools: dict[tuple, list[str]] = {}
    for kind, day, amount, text, key in store.keyed_rows_on(line_id, prefix, {e.posted_on.isoformat() for e in new}):
        by_content = _CONTENT.match(key, start) is not None
        pools.setdefault((by_content, kind, day, amount, text), []).append(key)
    if not pools:
        return set()
    found = set()
    for e in new:
        by_content = _CONTENT.match(e.source_key, start) is not None
        # as the import stores them: a purchase's names, a refund's or repayment's description as its note
        text = (f"{e.merchant[:MAX_TEXT_LENGTH]}\x1f{e.description[:MAX_TEXT_LENGTH]}" if e.kind == PURCHASE
                else e.description[:MAX_STORED_TEXT])
        pool = pools.get((not by_content, e.kind, e.posted_on.isoformat(), e.amount_fen, text))
        if pool:
            pool.pop()
            found.add(e.source_key)
    return found
