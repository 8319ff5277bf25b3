"""Alerts that name the behaviour (app/domain/alerts.py); every number checked by hand in the docstrings."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import numpy_financial as npf

from app.domain.alerts import (
    AlertKind,
    committed_income,
    debt_free_date,
    full_lines,
    limit_creep,
    payment_for_months,
    persistent_debt,
    persistent_stage,
    stacking,
)

TODAY = date(2026, 3, 20)
RAISE = [(date(2025, 1, 1), 300_000), (date(2026, 1, 15), 800_000)]


def test_limit_creep_a_raise_then_more_spending():
    """¥3,000.00 -> ¥8,000.00 on Jan 15. The 90 days before (Oct 17-Jan 14): 1,200.00 (Nov 1 and Dec 20, 600.00
    each); since (Jan 15-Mar 20): 1,500 + 2,000 = 3,500.00 > 1,200.00: limit creep. Owed 3,500.00 is
    3,500 ÷ 3,000 = 116.7 % of the old limit (43.75 % of the new one)."""
    buys = [(date(2025, 11, 1), 60_000), (date(2025, 12, 20), 60_000), (date(2026, 1, 20), 150_000),
            (date(2026, 3, 1), 200_000), (date(2025, 9, 1), 900_000)]  # Sep 1 is outside the 90 days before
    alert = limit_creep("花呗", RAISE, buys, 350_000, TODAY)
    assert alert.kind is AlertKind.LIMIT_CREEP and alert.line == "花呗"
    f = alert.figures
    assert (f["old_fen"], f["new_fen"], f["raised_on"], f["before_fen"], f["after_fen"]) == (
        300_000, 800_000, date(2026, 1, 15), 120_000, 350_000)
    assert round(f["used_of_old"], 4) == Decimal("1.1667")


def test_no_creep_without_more_spending_or_an_old_raise():
    """Same raise, 1,200.00 before and 1,000.00 since: spending fell, no alert. A raise 200 days ago (more than
    180) does not count, and a cut (8,000 -> 3,000) is no raise."""
    buys = [(date(2025, 11, 1), 120_000), (date(2026, 2, 1), 100_000)]
    assert limit_creep("花呗", RAISE, buys, 100_000, TODAY) is None
    old_raise = [(date(2025, 1, 1), 300_000), (date(2025, 9, 1), 800_000)]  # 200 days before Mar 20
    assert limit_creep("花呗", old_raise, [(date(2025, 10, 1), 500_000)], 0, TODAY) is None
    cut = [(date(2025, 1, 1), 800_000), (date(2026, 1, 15), 300_000)]
    assert limit_creep("花呗", cut, [(date(2026, 2, 1), 500_000)], 0, TODAY) is None


def test_stacking_counts_new_plans_and_newly_used_lines_in_90_days():
    """Mar 20 back 90 days = from Dec 21. Plans Feb 1, Feb 20, Mar 10 (Dec 1 is older) and 白条 first used Mar 1:
    3 + 1 = 4 >= 3: alert. Two plans alone: no alert."""
    alert = stacking([date(2025, 12, 1), date(2026, 2, 1), date(2026, 2, 20), date(2026, 3, 10)],
                     {"白条": date(2026, 3, 1), "花呗": date(2024, 5, 1)}, TODAY)
    assert alert.figures == {"plans": 3, "lines": ("白条",), "days": 90}
    assert stacking([date(2026, 2, 1), date(2026, 3, 10)], {}, TODAY) is None
    assert stacking([date(2025, 12, 21), date(2026, 2, 1), date(2026, 3, 20)], {}, TODAY) is not None  # edges


def test_three_lines_nearly_full_are_named_fullest_first():
    """123 %, 97 % and 88 % used (and 40 %): three at 80 % or more: alert, fullest first; one alone is not."""
    alert = full_lines({"A": Decimal("0.88"), "B": Decimal("1.23"), "C": Decimal("0.97"), "D": Decimal("0.40")})
    assert alert.figures["lines"] == (("B", Decimal("1.23")), ("C", Decimal("0.97")), ("A", Decimal("0.88")))
    assert full_lines({"A": Decimal("0.95"), "D": Decimal("0.40")}) is None


def test_committed_income():
    """¥7,200.00 due in 90 days on ¥8,000.00 a month: 7,200 ÷ 24,000 = 30 % > 20 %: alert. ¥4,800.00: exactly
    20 %, no alert. No income set: nothing to compare with."""
    alert = committed_income(720_000, 800_000)
    assert alert.figures == {"due_fen": 720_000, "income_fen": 2_400_000, "share": Decimal("0.3")}
    assert committed_income(480_000, 800_000) is None
    assert committed_income(720_000, None) is None


def _months(cost: int, principal: int, n: int) -> list[tuple[int, int]]:
    return [(cost, principal)] * n


def test_persistent_debt_stages_18_27_36():
    """Each month 150.00 interest paid, 100.00 principal repaid: cost > principal in every 18-month window.
    17 statements: not yet 18 months (0). 18: stage 18. 26: windows ending now and 8 ago only: still 18.
    27: windows ending now and 9 ago: 27. 36: now, 9 and 18 ago: 36."""
    for n, stage in ((17, 0), (18, 18), (26, 18), (27, 27), (35, 27), (36, 36)):
        assert persistent_stage(_months(15_000, 10_000, n)) == stage, n


def test_persistent_debt_stops_when_a_window_is_not():
    """27 statements: the first 9 repay 500.00 principal (cost 150.00), the last 18 are 150.00 / 100.00. The 18
    ending now: 2,700 > 1,800: persistent. The 18 ending 9 ago (statements 1-18): cost 18 × 150 = 2,700, principal
    9 × 500 + 9 × 100 = 5,400: not persistent: stage 18 only."""
    history = _months(15_000, 50_000, 9) + _months(15_000, 10_000, 18)
    assert persistent_stage(history) == 18


def test_persistent_debt_at_36_months_offers_a_3_to_4_year_plan():
    """36 statements of 150.00 cost / 100.00 principal; ¥10,000.00 owed at 18.25 %: the 18-month window holds
    2,700.00 cost against 1,800.00 principal; to clear it, 36 × 362.78 (Appendix M2) or 48 × 295.06
    (10,000 × r ÷ (1 − (1 + r)^−48), r = 0.1825 ÷ 12 = 0.0152083; numpy_financial agrees)."""
    alert = persistent_debt("信用卡", _months(15_000, 10_000, 36), 1_000_000, Decimal("0.1825"))
    assert alert.figures == {"stage": 36, "cost_fen": 270_000, "principal_fen": 180_000, "owed_fen": 1_000_000,
                             "plan": ((36, 36_278), (48, 29_506))}
    assert round(npf.pmt(0.1825 / 12, 48, -10_000), 2) == 295.06
    assert payment_for_months(120_000, Decimal(0), 12) == 10_000
    assert persistent_debt("信用卡", _months(15_000, 10_000, 17), 1_000_000, Decimal("0.1825")) is None


def test_realistic_debt_free_date():
    """¥6,000.00 owed, ¥1,500.00 repaid and ¥1,000.00 newly spent a month: 6,000 ÷ 500 = 12 months: March 2027,
    while the schedule ends Aug 10, 2026. Spending as much as I repay: never."""
    alert = debt_free_date(600_000, 150_000, 100_000, TODAY, date(2026, 8, 10))
    assert (alert.figures["months"], alert.figures["month"], alert.figures["brochure"]) == (
        12, date(2027, 3, 1), date(2026, 8, 10))
    never = debt_free_date(600_000, 100_000, 100_000, TODAY, date(2026, 8, 10))
    assert never.figures["months"] is None and never.figures["month"] is None
    assert debt_free_date(0, 150_000, 100_000, TODAY, None) is None
    # 7,000 ÷ 500 = 14: 13 full months leave 500.00, the 14th clears it: May 2027
    assert debt_free_date(700_000, 150_000, 100_000, TODAY, None).figures["month"] == date(2027, 5, 1)
