"""The cooling-off list's rules (app/domain/wishlist.py): waiting by price band, status on a day, what waiting
saved; numbers checked by hand."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.errors import ValidationError
from app.domain.wishlist import WishItem, WishStatus, allowed_on, check_bands, saved_fen, status_on, waiting_days

BANDS = ((0, 2), (100_000, 7), (500_000, 30))


def test_waiting_days_by_band():
    """¥999.99 is below ¥1,000.00: 2 days; ¥1,000.00 exactly: 7; ¥4,999.99: 7; ¥5,000.00: 30. Default: 2 days."""
    assert [waiting_days(p, BANDS) for p in (99_999, 100_000, 499_999, 500_000)] == [2, 7, 7, 30]
    assert waiting_days(10_000_000) == 2


def test_allowed_after_48_hours_by_default():
    """Added Mar 18: waiting on Mar 19, allowed from Mar 20 (18 + 2)."""
    item = WishItem("示例耳机", 129_900, date(2026, 3, 18))
    assert allowed_on(item) == date(2026, 3, 20)
    assert status_on(item, date(2026, 3, 19)) is WishStatus.WAITING
    assert status_on(item, date(2026, 3, 20)) is WishStatus.ALLOWED
    bought = WishItem("示例耳机", 129_900, date(2026, 3, 18), status=WishStatus.BOUGHT)
    assert status_on(bought, date(2026, 3, 19)) is WishStatus.BOUGHT


def test_what_waiting_saved_is_the_dropped_items():
    """Dropped ¥399.00 and ¥1,200.00, bought ¥1,299.00, one waiting: saved 399 + 1,200 = 1,599.00."""
    d = date(2026, 3, 1)
    items = [WishItem("a", 39_900, d, status=WishStatus.DROPPED), WishItem("b", 120_000, d, status=WishStatus.DROPPED),
             WishItem("c", 129_900, d, status=WishStatus.BOUGHT), WishItem("d", 5_000, d)]
    assert saved_fen(items) == 159_900


@pytest.mark.parametrize("bands, reason", [
    ((), "the first band must start at 0"),
    (((100, 2),), "the first band must start at 0"),
    (((0, 2), (0, 7)), "amounts must go up from band to band"),
    (((0, 400),), "days must be from 0 to 365"),
])
def test_bad_bands(bands, reason):
    with pytest.raises(ValidationError) as err:
        check_bands(bands)
    assert err.value.reason == reason
