"""The cooling-off list (冷静清单, issue "Guardrails"): things I want wait before I may buy them.

A purchase decided on the spot is the one most often regretted; a waiting period is the oldest remedy (the UK
Consumer Credit Act's 14-day withdrawal right, s.66A; the "30-day rule" of personal-finance advice). Here the
waiting time is my own rule [I]: by amount band, default 48 hours for everything. Dates only (the domain has no
clock): an item added on day D with a 2-day wait is allowed from D + 2. What waiting saved = the prices of the
items I dropped. Amounts are int fen.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from app.domain.errors import ValidationError
from app.domain.messages import QT_TRANSLATE_NOOP
from app.domain.saved import Saved

#: Default waiting time: 48 hours, whatever the price.
DEFAULT_BANDS: tuple[tuple[int, int], ...] = ((0, 2),)
MAX_WAIT_DAYS = 365


class WishStatus(StrEnum):
    """Where an item stands. ``ALLOWED`` is never stored: a waiting item whose time is up."""

    WAITING = "waiting"
    ALLOWED = "allowed"
    BOUGHT = "bought"
    DROPPED = "dropped"


@dataclass(frozen=True)
class WishItem(Saved):
    """Something I want. ``line_id`` the line I'd use (``None`` = not chosen); ``status`` as stored (waiting,
    bought, dropped); ``decided_on`` the day it was bought or dropped."""

    name: str
    price_fen: int
    added_on: date
    shop: str = ""
    line_id: int | None = None
    status: WishStatus = WishStatus.WAITING
    decided_on: date | None = None
    purchase_id: int | None = None
    id: int | None = None


def check_bands(bands: Sequence[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """Validated waiting bands ``((from_fen, days), ...)``: the first from 0, ``from_fen`` strictly ascending,
    days 0-365 (0 = no wait for that band).

    Raises:
        ValidationError: ``wait_bands``, saying what is wrong.
    """
    bands = tuple((int(f), int(d)) for f, d in bands)
    if not bands or bands[0][0] != 0:
        raise ValidationError("wait_bands", bands, QT_TRANSLATE_NOOP("Errors", "the first band must start at 0"))
    if any(b[0] <= a[0] for a, b in zip(bands, bands[1:], strict=False)):
        raise ValidationError("wait_bands", bands, QT_TRANSLATE_NOOP("Errors", "amounts must go up from band to band"))
    if any(not 0 <= d <= MAX_WAIT_DAYS for _, d in bands):
        raise ValidationError("wait_bands", bands, QT_TRANSLATE_NOOP(
                "Errors", "days must be from 0 to %1").arg(MAX_WAIT_DAYS))
    return bands


def waiting_days(price_fen: int, bands: Sequence[tuple[int, int]] = DEFAULT_BANDS) -> int:
    """Days to wait for a price: the band with the highest ``from_fen`` <= price.

    Bands ((0, 2), (100000, 7), (500000, 30)): ¥999.99 waits 2 days, ¥1,000.00 waits 7, ¥5,000.00 waits 30.
    """
    days = bands[0][1]
    for start, d in bands:
        if price_fen >= start:
            days = d
    return days


def allowed_on(item: WishItem, bands: Sequence[tuple[int, int]] = DEFAULT_BANDS) -> date:
    """The first day the item may be bought: ``added_on`` + its waiting days."""
    return item.added_on + timedelta(days=waiting_days(item.price_fen, bands))


def status_on(item: WishItem, today: date, bands: Sequence[tuple[int, int]] = DEFAULT_BANDS) -> WishStatus:
    """``WAITING`` until ``allowed_on``, then ``ALLOWED``; bought and dropped items keep their status."""
    if item.status is not WishStatus.WAITING:
        return item.status
    return WishStatus.ALLOWED if today >= allowed_on(item, bands) else WishStatus.WAITING


def saved_fen(items: Sequence[WishItem]) -> int:
    """What waiting saved: the prices of the items dropped (fen)."""
    return sum(i.price_fen for i in items if i.status is WishStatus.DROPPED)
