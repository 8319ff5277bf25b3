"""Budgets by category (app/domain/budgets.py); numbers checked by hand."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.domain.budgets import check_caps, progress
from app.domain.errors import ValidationError


def test_progress_fullest_first():
    """Dining ¥800.00 with ¥620.00 spent: 620 ÷ 800 = 77.5 %, ¥180.00 left. Electronics ¥500.00 with ¥1,299.00:
    259.8 %, ¥799.00 over. Travel ¥1,000.00, nothing spent: 0 %. Groceries spent but not budgeted: not listed."""
    rows = progress({"Dining": 80_000, "Electronics": 50_000, "Travel": 100_000},
                    {"Dining": 62_000, "Electronics": 129_900, "Groceries": 30_000})
    assert [(r.category, r.spent_fen, r.left_fen, r.over) for r in rows] == [
        ("Electronics", 129_900, -79_900, True), ("Dining", 62_000, 18_000, False), ("Travel", 0, 100_000, False)]
    assert rows[0].used.quantize(Decimal("0.001")) == Decimal("2.598") and rows[1].used == Decimal("0.775")


def test_bad_caps():
    with pytest.raises(ValidationError):
        check_caps({" ": 100})
    with pytest.raises(ValidationError):
        check_caps({"Dining": -1})
    assert check_caps({" 数码 ": 0}) == {"数码": 0}
