"""Budgets by category on a ledger (app/services/budgets.py)."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.credit_line import CreditLine
from app.domain.errors import ValidationError
from app.services.budgets import budget_progress, caps, set_cap, set_caps


def test_this_months_spending_against_the_caps(store, ledger):
    """March: Dining 120.00 + 500.00 = 620.00 of ¥800.00; Electronics 1,299.00 of ¥500.00 (over by 799.00). The
    February dinner (300.00) is not this month's."""
    line = ledger.add_line(CreditLine("花呗"), limit_fen=800_000).ids["line"]
    for day, fen, cat in ((date(2026, 3, 2), 12_000, "Dining"), (date(2026, 3, 15), 50_000, "Dining"),
                          (date(2026, 3, 10), 129_900, "Electronics"), (date(2026, 2, 27), 30_000, "Dining")):
        ledger.record_purchase(line, day, fen, category=cat)
    set_caps(store, {"Dining": 80_000, "Electronics": 50_000})
    rows = {r.category: r for r in budget_progress(store, date(2026, 3, 20))}
    assert (rows["Dining"].spent_fen, rows["Dining"].left_fen) == (62_000, 18_000)
    assert (rows["Electronics"].spent_fen, rows["Electronics"].over) == (129_900, True)
    set_cap(store, "Dining", None)
    assert caps(store) == {"Electronics": 50_000}
    with pytest.raises(ValidationError):
        set_cap(store, "Travel", -5)
    assert caps(store) == {"Electronics": 50_000}
