"""Regulation Z minimum-payment warning: domain-rules.md §4.2 example U1 and §10 vector 8."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.domain.errors import ValidationError
from app.domain.minimum_payment import (
    MinimumRule,
    RepaymentPeriod,
    min_payment_warning,
    minimum_due,
    payment_36_months,
    repayment_period,
)

US_CARD = MinimumRule(pct=Decimal("0.01"), plus_interest=True, floor_fen=2500)  # max(1 %·S + interest, $25)


def test_u1_minimum_only() -> None:
    w = min_payment_warning(300000, Decimal("0.18"), US_CARD)
    assert w.first_minimum_fen == 7545  # 1 % of 3,045.00 + 45.00 interest
    assert w.months == 170
    assert w.period == RepaymentPeriod(14, "years")
    assert w.total_paid_fen == 649414
    assert w.total_paid_units == 6494
    assert w.total_interest_fen == 349414


def test_u1_thirty_six_months_and_savings() -> None:
    w = min_payment_warning(300000, Decimal("0.18"), US_CARD)
    assert w.payment_36_fen == 10846
    assert w.payment_36_units == 108
    assert w.total_36_fen == 390456
    assert w.total_36_units == 3905
    assert w.savings_units == 2589
    assert w.show_36_month is True
    assert not w.never_pays_off


def test_u1_balance_series() -> None:
    w = min_payment_warning(300000, Decimal("0.18"), US_CARD)
    assert len(w.balances_fen) == 171  # the start plus one per month
    assert w.balances_fen[0] == 300000
    assert w.balances_fen[1] == 300000 + 4500 - 7545
    assert w.balances_fen[-1] == 0
    assert all(a > b for a, b in zip(w.balances_fen, w.balances_fen[1:], strict=False))


def test_never_pays_off_when_minimum_does_not_cover_interest() -> None:
    # 1 % without interest: max(30.45, 25.00) < 45.00 interest, so the balance never falls
    w = min_payment_warning(300000, Decimal("0.18"), MinimumRule(Decimal("0.01"), floor_fen=2500))
    assert w.never_pays_off
    assert w.months is None and w.period is None
    assert w.total_paid_fen is None and w.total_interest_fen is None and w.savings_units is None
    assert w.first_minimum_fen == 3045
    assert w.payment_36_fen == 10846  # the 36-month figure does not depend on the minimum
    assert w.show_36_month is False
    assert w.balances_fen == (300000,)


def test_minimum_equal_to_interest_never_pays_off() -> None:
    # a floor equal to the interest (no pct) is "no amortization"
    w = min_payment_warning(1000000, Decimal("0.18"), MinimumRule(Decimal(0), floor_fen=15000))
    assert w.never_pays_off
    assert w.balances_fen == (1000000,)


def test_amortizing_too_slowly_hits_the_month_cap() -> None:
    # 1.5 % of S vs 1.5 % interest: 152.25 > 150.00 so it amortizes, but by ×0.999775 a month: not in 100 years
    w = min_payment_warning(1000000, Decimal("0.18"), MinimumRule(Decimal("0.015")))
    assert w.first_minimum_fen == 15225
    assert w.never_pays_off
    assert len(w.balances_fen) == 1201 and w.balances_fen[1] == 1000000 + 15000 - 15225


def test_cap_on_months_treated_as_never() -> None:
    w = min_payment_warning(300000, Decimal("0.18"), US_CARD, max_months=100)
    assert w.never_pays_off
    assert len(w.balances_fen) == 101


def test_short_payoff_in_months_without_36_month_block() -> None:
    # 10 % of S: 1,000.00 at 0 % pays 100, 90, 81 ... until the 50.00 floor takes over at 478.30
    w = min_payment_warning(100000, Decimal(0), MinimumRule(Decimal("0.10"), floor_fen=5000))
    assert w.balances_fen[:9] == (100000, 90000, 81000, 72900, 65610, 59049, 53144, 47830, 42830)
    assert w.months == 17  # 7 payments of 10 %, nine of 50.00, then 28.30
    assert w.period == RepaymentPeriod(17, "months")
    assert w.total_interest_fen == 0
    assert w.show_36_month is False
    assert w.payment_36_fen == 2778  # 1,000.00 / 36 = 27.777... at APR 0


def test_minimum_is_at_least_one_fen_and_at_most_what_is_owed() -> None:
    ten = MinimumRule(Decimal("0.10"))
    assert minimum_due(300, 0, ten) == 30
    assert minimum_due(4, 0, ten) == 1  # 10 % of 0.04 rounds to 0: still a payment of 0.01
    assert minimum_due(1, 0, MinimumRule(Decimal(0))) == 1
    assert minimum_due(3000, 0, MinimumRule(Decimal("0.10"), floor_fen=5000)) == 3000  # floor above the balance
    assert minimum_due(304500, 4500, US_CARD) == 3045 + 4500


def test_ten_percent_without_floor_pays_off() -> None:
    # Huabei-like 10 % of the bill, no floor, 18 %: the share of a tiny balance used to round to 0 ("never")
    w = min_payment_warning(300000, Decimal("0.18"), MinimumRule(Decimal("0.10")))
    assert not w.never_pays_off
    assert (w.first_minimum_fen, w.months, w.period) == (30450, 123, RepaymentPeriod(10, "years"))
    assert (w.total_paid_fen, w.total_interest_fen) == (352024, 52024)
    assert w.balances_fen[-3:] == (2, 1, 0)  # the tail is paid a fen a month
    assert w.show_36_month is True and w.savings_units == -385  # more than 36 months, but no saving


def test_ten_percent_at_zero_apr_pays_off_without_interest() -> None:
    w = min_payment_warning(300000, Decimal(0), MinimumRule(Decimal("0.10")))
    assert (w.months, w.total_paid_fen, w.total_interest_fen) == (108, 300000, 0)


def test_floor_above_the_balance_pays_the_balance() -> None:
    w = min_payment_warning(300000, Decimal("0.18"), MinimumRule(Decimal("0.10"), floor_fen=500000))
    assert (w.first_minimum_fen, w.months, w.period) == (304500, 1, RepaymentPeriod(1, "months"))
    assert (w.total_paid_fen, w.total_interest_fen) == (304500, 4500)
    assert w.balances_fen == (300000, 0)
    assert w.show_36_month is False  # paid off within 36 months: no 36-month comparison


def test_36_month_comparison_only_beyond_36_months() -> None:
    # a fixed minimum of 108.46 (the 36-month payment) takes exactly 36 months: nothing to compare; 107.00 takes 37
    at_36 = min_payment_warning(300000, Decimal("0.18"), MinimumRule(Decimal(0), floor_fen=10846))
    assert at_36.months == 36 and at_36.show_36_month is False
    beyond = min_payment_warning(300000, Decimal("0.18"), MinimumRule(Decimal(0), floor_fen=10700))
    assert beyond.months == 37 and beyond.show_36_month is True


@pytest.mark.parametrize(
    ("months", "period"),
    [
        (1, RepaymentPeriod(1, "months")),
        (23, RepaymentPeriod(23, "months")),
        (24, RepaymentPeriod(2, "years")),
        (29, RepaymentPeriod(2, "years")),
        (30, RepaymentPeriod(3, "years")),
        (170, RepaymentPeriod(14, "years")),
    ],
)
def test_repayment_period_rounding(months: int, period: RepaymentPeriod) -> None:
    assert repayment_period(months) == period


def test_payment_36_months_m2() -> None:
    assert payment_36_months(300000, Decimal("0.18")) == 10846


def test_rejects_bad_input() -> None:
    with pytest.raises(ValidationError):
        min_payment_warning(0, Decimal("0.18"), US_CARD)
    with pytest.raises(ValidationError):
        min_payment_warning(300000, Decimal("-0.01"), US_CARD)
    with pytest.raises(ValidationError):
        MinimumRule(Decimal("1.5"))
    with pytest.raises(ValidationError):
        MinimumRule(Decimal("0.01"), floor_fen=-1)
