"""Counts in the window's plural sentences are grouped as the active locale groups digits."""

from __future__ import annotations

from app.i18n import formatting as fmt
from app.ui.texts.counts import grouped


def test_a_count_of_a_thousand_or_more_is_grouped_in_the_active_locale():
    before = fmt.active_locale()
    try:
        fmt.set_locale("zh_CN")
        assert grouped("消费 1000000 笔（%1）", 1_000_000) == "消费 1,000,000 笔（%1）"
        fmt.set_locale("de_DE")
        assert grouped("1200 purchases", 1200) == "1.200 purchases"
        assert grouped("999 purchases", 999) == "999 purchases"
        assert grouped("1200 of 1200", 1200) == "1.200 of 1200"  # the count Qt filled in, once
    finally:
        fmt.set_locale(before)
