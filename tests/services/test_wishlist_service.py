"""The cooling-off list stored and acted on (app/services/wishlist.py)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from app.domain.credit_line import CreditLine
from app.domain.errors import NotFoundError, ValidationError
from app.domain.wishlist import WishStatus
from app.services.wishlist import WishlistService


@pytest.fixture
def huabei(ledger):
    return ledger.add_line(CreditLine("花呗"), limit_fen=800_000).ids["line"]


def test_add_wait_buy_and_drop(store, huabei):
    """Headphones ¥1,299.00 added Mar 18 (allowed Mar 20), a coat ¥399.00 added Mar 19 (allowed Mar 21).
    Buying the headphones on Mar 19 is refused (still waiting), on Mar 20 in 3 parts at 2.5 % it records a
    ¥1,299.00 purchase on 花呗 (fee 32.48 = round(1,299 × 2.5 %)), merchant the shop, note the item.
    Dropping the coat: waiting saved ¥399.00."""
    w = WishlistService(store)
    phones = w.add("示例耳机", 129_900, date(2026, 3, 18), shop="示例商城", line_id=huabei).ids["wish"]
    coat = w.add("示例外套", 39_900, date(2026, 3, 19)).ids["wish"]
    assert [(r.item.name, r.status, r.allowed_on) for r in w.rows(date(2026, 3, 19))] == [
        ("示例外套", WishStatus.WAITING, date(2026, 3, 21)), ("示例耳机", WishStatus.WAITING, date(2026, 3, 20))]
    with pytest.raises(ValidationError) as err:
        w.buy(phones, date(2026, 3, 19))
    assert err.value.reason == "is still waiting until 2026-03-20"
    assert store.purchases.count() == 0
    changes = w.buy(phones, date(2026, 3, 20), installments=3, fee_rate=Decimal("0.025"))
    purchase = store.purchases.get(changes.ids["purchase"])
    assert (purchase.amount_fen, purchase.merchant, purchase.note, purchase.installments) == (
        129_900, "示例商城", "示例耳机", 3)
    assert store.plans.for_purchase(purchase.id).fee_total_fen == 3_248
    assert w.get(phones).status is WishStatus.BOUGHT and w.get(phones).purchase_id == purchase.id
    w.drop(coat, date(2026, 3, 20))
    assert w.saved_fen() == 39_900
    with pytest.raises(ValidationError):
        w.drop(coat, date(2026, 3, 21))  # already dropped


def test_buying_early_only_when_confirmed_and_needing_a_line(store, huabei):
    w = WishlistService(store)
    lamp = w.add("示例台灯", 9_900, date(2026, 3, 20)).ids["wish"]
    with pytest.raises(ValidationError) as err:
        w.buy(lamp, date(2026, 3, 20), despite_waiting=True)
    assert err.value.field == "line"
    w.buy(lamp, date(2026, 3, 20), line_id=huabei, despite_waiting=True)
    assert w.get(lamp).line_id == huabei and store.purchases.count() == 1


def test_bands_and_bad_items(store, huabei):
    """Bands 0:2, 1,000:7: a ¥1,299.00 item added Mar 18 waits 7 days, to Mar 25."""
    w = WishlistService(store)
    w.set_bands([(0, 2), (100_000, 7)])
    item = w.add("示例耳机", 129_900, date(2026, 3, 18)).ids["wish"]
    assert w.rows(date(2026, 3, 20))[0].allowed_on == date(2026, 3, 25)
    w.set_bands(None)
    assert w.rows(date(2026, 3, 20))[0].allowed_on == date(2026, 3, 20)
    with pytest.raises(ValidationError):
        w.add(" ", 100, date(2026, 3, 20))
    with pytest.raises(ValidationError):
        w.add("x", 0, date(2026, 3, 20))
    with pytest.raises(NotFoundError):
        w.add("x", 100, date(2026, 3, 20), line_id=999)
    with pytest.raises(NotFoundError):
        w.get(item + 1)
