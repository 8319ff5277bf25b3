"""My own limits (app/domain/my_limits.py): which rule a purchase breaks, by how much; numbers checked by hand."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.domain.errors import ValidationError
from app.domain.my_limits import Breach, MyLimits, Rule, check_purchase, used_fraction

LIMITS = MyLimits({7: 200_000}, max_active_plans=1, monthly_cap_fen=300_000)


def test_a_purchase_breaking_all_three_rules():
    """My limit ¥2,000.00 on line 7 (the bank allows ¥8,000.00), ¥1,500.00 owed, a ¥800.00 purchase in 3 parts:
    owed after 1,500 + 800 = 2,300.00 > 2,000.00, 300.00 over. One plan running, cap 1: 1 + 1 = 2 > 1, one over.
    ¥2,700.00 spent this month, cap ¥3,000.00: 2,700 + 800 = 3,500.00, 500.00 over."""
    breaches = check_purchase(LIMITS, line_id=7, amount_fen=80_000, installments=3, line_owed_fen=150_000,
                              active_plans=1, month_spent_fen=270_000)
    assert breaches == (Breach(Rule.LINE_LIMIT, 200_000, 150_000, 230_000, 7),
                        Breach(Rule.ACTIVE_PLANS, 1, 1, 2),
                        Breach(Rule.MONTHLY_CAP, 300_000, 270_000, 350_000))
    assert [b.over for b in breaches] == [30_000, 1, 50_000]


def test_reaching_a_limit_exactly_is_allowed_and_paying_in_full_adds_no_plan():
    """1,500.00 + 500.00 = 2,000.00 = my limit: not past it; paid in full (1 part) adds no plan although one runs
    and the cap is 1; 2,500.00 + 500.00 = 3,000.00 = the monthly cap."""
    assert check_purchase(LIMITS, line_id=7, amount_fen=50_000, installments=1, line_owed_fen=150_000,
                          active_plans=1, month_spent_fen=250_000) == ()


def test_only_the_line_with_a_personal_limit_is_held_to_it():
    """Line 8 has no personal limit: ¥9,000.00 owed plus ¥100.00 breaks nothing there; the month is at 0."""
    assert check_purchase(LIMITS, line_id=8, amount_fen=10_000, installments=1, line_owed_fen=900_000,
                          active_plans=0, month_spent_fen=0) == ()


def test_a_cap_of_zero_plans_refuses_the_first_one():
    """max_active_plans 0: a 3-part purchase with none running makes 1 > 0."""
    breaches = check_purchase(MyLimits(max_active_plans=0), line_id=1, amount_fen=30_000, installments=3,
                              line_owed_fen=0, active_plans=0, month_spent_fen=0)
    assert breaches == (Breach(Rule.ACTIVE_PLANS, 0, 0, 1),)


def test_limit_creep_read_against_my_limit():
    """The bank raises ¥3,000.00 to ¥8,000.00 with ¥1,000.00 owed: 1,000 ÷ 8,000 = 12.5 % used, but against the
    ¥3,000.00 I keep, 1,000 ÷ 3,000 = 33.3 %."""
    assert used_fraction(100_000, 800_000) == Decimal("0.125")
    assert round(used_fraction(100_000, 300_000), 4) == Decimal("0.3333")
    assert used_fraction(100_000, 0) is None


@pytest.mark.parametrize("kwargs, field", [
    ({"line_limits_fen": {1: 0}}, "my_limit"),
    ({"max_active_plans": -1}, "max_plans"),
    ({"max_active_plans": 100}, "max_plans"),
    ({"monthly_cap_fen": -1}, "monthly_cap"),
])
def test_bad_limits_are_refused_naming_the_field(kwargs, field):
    with pytest.raises(ValidationError) as err:
        MyLimits(**kwargs)
    assert err.value.field == field


def test_the_limit_read_against():
    """Owed ¥1,000.00 on a ¥8,000.00 card with my ¥3,000.00: read against mine 33.3 %, against the bank's 12.5 %;
    mine at or above the bank's, or none, leaves the bank's."""
    from app.domain.my_limits import LimitBasis, limit_read_against, used_fraction

    assert limit_read_against(800_000, 300_000, LimitBasis.MINE) == (300_000, True)
    assert used_fraction(100_000, 300_000) == Decimal(1) / 3
    assert limit_read_against(800_000, 300_000, LimitBasis.BANK) == (800_000, False)
    assert limit_read_against(800_000, 800_000, LimitBasis.MINE) == (800_000, False)
    assert limit_read_against(800_000, None, LimitBasis.MINE) == (800_000, False)
    assert MyLimits({1: 300_000}, read_against=LimitBasis.BANK).reading_limits() == {}
    assert MyLimits({1: 300_000}).reading_limits() == {1: 300_000}
