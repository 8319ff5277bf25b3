"""Dedupe identities (``source_key``) that stay the same when the same file is imported again."""

from __future__ import annotations

import datetime

from app.importers.records import stable_key


class KeyMaker:
    """Hands out source keys that are unique within one file and stable across re-imports.

    Platform ids (Alipay order, WeChat 交易单号, OFX FITID) are used as they are; when one repeats within the file
    (Chase reuses a FITID for a purchase and its foreign-transaction fee) the repeat gets ``#1``, ``#2`` ... in
    file order, so true twins survive. Content keys (no id in the file) always end in an occurrence index that
    counts equal rows in file order, so two identical coffees on one day are two purchases.
    """

    def __init__(self) -> None:
        self._seen: dict[str | tuple[str, datetime.date, str, int], int] = {}

    def from_id(self, prefix: str, *ids: str) -> str:
        """``"ofx:6200…:2024…"`` for the first use, ``"…#1"`` for the second, and so on."""
        key = ":".join((prefix, *ids))
        if not key.isprintable():
            key = stable_key(key)  # counted as stored
        count = self._seen.get(key, 0)
        self._seen[key] = count + 1
        return key if count == 0 else f"{key}#{count}"

    def from_content(self, prefix: str, posted_on: datetime.date, text: str, amount_fen: int) -> str:
        """``"manual:2024-08-01:示例咖啡馆:1615:0"``: date, text, amount and the occurrence index."""
        # counted by a tuple of objects the event holds anyway, not by a second string of the key without its index
        # (a million typed rows: ~70 MB less)
        if not text.isprintable():
            text = stable_key(text)  # counted as stored
        seen = (prefix, posted_on, text, amount_fen)
        count = self._seen.get(seen, 0)
        self._seen[seen] = count + 1
        return f"{prefix}:{posted_on.isoformat()}:{text}:{amount_fen}:{count}"
