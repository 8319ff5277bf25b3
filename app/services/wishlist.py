"""The cooling-off list stored (table ``wishlist``) and acted on: add, drop, buy (records the purchase on the
item's line, in the same transaction), and the waiting bands (setting ``wishlist.wait_bands``, JSON)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from app.domain.errors import NotFoundError, ValidationError
from app.domain.wishlist import (
    DEFAULT_BANDS,
    WishItem,
    WishStatus,
    allowed_on,
    check_bands,
    saved_fen,
    status_on,
)
from app.services.changes import Changes
from app.services.ledger import LedgerService
from app.services.ledger_checks import MAX_FEN
from app.storage.repositories import Store
from app.domain.messages import QT_TRANSLATE_NOOP

BANDS_KEY = "wishlist.wait_bands"


@dataclass(frozen=True)
class WishRow:
    """An item as the list shows it on a day: its status then and the day it is allowed."""

    item: WishItem
    status: WishStatus
    allowed_on: date


def _item(row: dict) -> WishItem:
    return WishItem(
        id=row["id"], name=row["name"], price_fen=row["price_fen"], shop=row["shop"], line_id=row["line_id"],
        added_on=date.fromisoformat(row["added_on"]), status=WishStatus(row["status"]),
        decided_on=date.fromisoformat(row["decided_on"]) if row["decided_on"] else None,
        purchase_id=row["purchase_id"])


class WishlistService:
    """One transaction per action."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.db = store.db

    # -- bands ----------------------------------------------------------------------------------------------
    def bands(self) -> tuple[tuple[int, int], ...]:
        """The waiting bands ``((from_fen, days), ...)``; 48 hours for everything unless set."""
        text = self.store.settings.get(BANDS_KEY)
        if not text:
            return DEFAULT_BANDS
        try:
            return check_bands(json.loads(text))
        except (ValueError, TypeError, ValidationError):  # a hand-edited file: the default, never a crash
            return DEFAULT_BANDS

    def set_bands(self, bands) -> Changes:
        """Set the waiting bands (``None`` = back to 48 hours). Raises ``ValidationError``."""
        text = None if bands is None else json.dumps([list(b) for b in check_bands(bands)])
        with self.store.atomic():
            self.store.settings.set(BANDS_KEY, text)
        return Changes(settings=True)

    # -- items ----------------------------------------------------------------------------------------------
    def get(self, item_id: int) -> WishItem:
        """Raises ``NotFoundError``."""
        rows = list(self.db.query("SELECT * FROM wishlist WHERE id = ?", [item_id]))
        if not rows:
            raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "wishlist item"), item_id)
        return _item(rows[0])

    def items(self) -> list[WishItem]:
        """Every item, newest first."""
        return [_item(r) for r in self.db.query("SELECT * FROM wishlist ORDER BY added_on DESC, id DESC")]

    def rows(self, today: date) -> list[WishRow]:
        """Every item with its status on ``today`` and the day it is allowed."""
        bands = self.bands()
        return [WishRow(i, status_on(i, today, bands), allowed_on(i, bands)) for i in self.items()]

    def saved_fen(self) -> int:
        """What waiting saved: the prices of the items dropped."""
        return saved_fen(self.items())

    def add(self, name: str, price_fen: int, added_on: date, shop: str = "", line_id: int | None = None) -> Changes:
        """Put something I want on the list (``ids["wish"]``).

        Raises:
            ValidationError: empty name, a price not above 0 or above 100,000,000.00. NotFoundError: unknown line.
        """
        name, shop = (name or "").strip(), (shop or "").strip()
        if not name:
            raise ValidationError("name", name, QT_TRANSLATE_NOOP("Errors", "is empty"))
        if isinstance(price_fen, bool) or not isinstance(price_fen, int) or not 0 < price_fen <= MAX_FEN:
            raise ValidationError("price", price_fen, QT_TRANSLATE_NOOP("Errors", "must be between 0 and 100,000,000"))
        with self.store.atomic():
            if line_id is not None:
                self.store.lines.get(line_id)
            cur = self.db.execute("INSERT INTO wishlist (name, price_fen, shop, line_id, added_on) VALUES "
                                  "(?, ?, ?, ?, ?)", [name, price_fen, shop, line_id, added_on.isoformat()])
        return Changes(settings=True, ids={"wish": int(cur.lastrowid or 0)})

    def _waiting(self, item_id: int) -> WishItem:
        item = self.get(item_id)
        if item.status is not WishStatus.WAITING:
            raise ValidationError("wish", item_id, QT_TRANSLATE_NOOP("Errors", "is already %1").arg(item.status.value))
        return item

    def drop(self, item_id: int, on: date) -> Changes:
        """I no longer want it: it counts in what waiting saved. Raises ``NotFoundError`` / ``ValidationError``
        (already bought or dropped)."""
        with self.store.atomic():
            self._waiting(item_id)
            self.db.execute("UPDATE wishlist SET status = 'dropped', decided_on = ? WHERE id = ?",
                            [on.isoformat(), item_id])
        return Changes(settings=True)

    def mark_bought(self, item_id: int, purchase_id: int, on: date) -> Changes:
        """The item was bought through another way (the before-you-buy comparison recorded ``purchase_id``).
        Raises ``NotFoundError`` / ``ValidationError`` (already bought or dropped)."""
        with self.store.atomic():
            self._waiting(item_id)
            purchase = self.store.purchases.get(purchase_id)
            self.db.execute("UPDATE wishlist SET status = 'bought', decided_on = ?, purchase_id = ?, line_id = ? "
                            "WHERE id = ?", [on.isoformat(), purchase_id, purchase.line_id, item_id])
        return Changes(settings=True)

    def buy(self, item_id: int, on: date, line_id: int | None = None, installments: int = 1,
            fee_rate: Decimal | None = None, despite_waiting: bool = False) -> Changes:
        """Buy it: record the purchase (``LedgerService.record_purchase``: price, shop as merchant, item name as
        note) on ``line_id`` (default the item's line) and mark the item bought, in one transaction.

        Raises:
            ValidationError: ``wish`` still waiting (unless ``despite_waiting``), already bought or dropped;
                ``line`` when no line is given or chosen; the purchase's own errors. NotFoundError: unknown item.
        """
        with self.store.atomic():
            item = self._waiting(item_id)
            bands = self.bands()
            if status_on(item, on, bands) is WishStatus.WAITING and not despite_waiting:
                raise ValidationError("wish", item.name, QT_TRANSLATE_NOOP(
                        "Errors", "is still waiting until %1").arg(allowed_on(item, bands)))
            line = line_id if line_id is not None else item.line_id
            if line is None:
                raise ValidationError("line", "", QT_TRANSLATE_NOOP("Errors", "choose a credit line first"))
            changes = LedgerService(self.store).record_purchase(
                line, on, item.price_fen, merchant=item.shop, note=item.name, installments=installments,
                fee_rate=fee_rate)
            self.db.execute("UPDATE wishlist SET status = 'bought', decided_on = ?, purchase_id = ?, line_id = ? "
                            "WHERE id = ?", [on.isoformat(), changes.ids["purchase"], line, item_id])
        return changes | Changes(settings=True)
