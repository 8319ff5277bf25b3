"""Annualized rate of installment plans: domain-rules.md §3 preset table and §10 vectors 4 and 5."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import numpy_financial as npf
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.errors import ValidationError
from app.domain.installments import installment_schedule
from app.domain.true_cost import (
    annualized_rate,
    daily_rate_annualized,
    irr_monthly,
    monthly_due_dates,
    plan_cost,
    xirr,
)


def pp(rate: Decimal) -> Decimal:
    """A fraction as percent, rounded to 0.01 pp (how the table in §3 is written)."""
    return (rate * 100).quantize(Decimal("0.01"))


# (periods, fee rate, total fee fen, r monthly %, APR %, EAR %, simple %) from domain-rules.md §3
PRESETS = [
    (3, "0.025", 2500, "1.2449", "14.94", "16.01", "15.00"),
    (6, "0.045", 4500, "1.2723", "15.27", "16.38", "15.43"),
    (9, "0.065", 6500, "1.2784", "15.34", "16.47", "15.60"),
    (12, "0.088", 8800, "1.3221", "15.87", "17.07", "16.25"),
    (3, "0.023", 2300, "1.1457", "13.75", "14.65", "13.80"),
    (12, "0.075", 7500, "1.1306", "13.57", "14.44", "13.85"),
    (12, "0", 0, "0", "0", "0", "0"),  # merchant-paid (免息)
]


@pytest.mark.parametrize(("periods", "fee_rate", "fee", "monthly", "apr", "ear", "simple"), PRESETS)
def test_huabei_presets(periods: int, fee_rate: str, fee: int, monthly: str, apr: str, ear: str, simple: str) -> None:
    cost = plan_cost(100000, periods, Decimal(fee_rate))
    assert cost.total_fee_fen == fee
    assert cost.total_paid_fen == 100000 + fee
    assert (cost.rate.monthly_rate * 100).quantize(Decimal("0.0001")) == Decimal(monthly)
    assert pp(cost.rate.apr) == Decimal(apr)
    assert pp(cost.rate.ear) == Decimal(ear)
    assert pp(cost.rate.simple) == Decimal(simple)
    assert cost.rate.xirr is None and cost.due_dates is None


@pytest.mark.parametrize(("periods", "fee_rate"), [(p[0], p[1]) for p in PRESETS])
def test_irr_matches_numpy_financial(periods: int, fee_rate: str) -> None:
    payments = [p.amount_fen for p in installment_schedule(100000, periods, Decimal(fee_rate))]
    expected = npf.irr([-100000, *payments])
    assert abs(float(irr_monthly(100000, payments)) - expected) < 1e-9


def test_simple_rate_equals_24f_over_n_plus_1_for_equal_principal() -> None:
    # 1,200.00 over 12 splits evenly, so the average-balance formula is exactly 24·f/(n+1)
    rate = annualized_rate(120000, installment_schedule(120000, 12, Decimal("0.088")))
    assert rate.simple == (24 * Decimal("0.088") / 13).quantize(Decimal("1e-12"))


def test_vector_4_twelve_periods() -> None:
    parts = installment_schedule(100000, 12, Decimal("0.088"))
    assert [p.amount_fen for p in parts] == [9074] + [9066] * 11
    rate = annualized_rate(100000, parts)
    assert (pp(rate.monthly_rate), pp(rate.apr), pp(rate.ear), pp(rate.simple)) == (
        Decimal("1.32"),
        Decimal("15.87"),
        Decimal("17.07"),
        Decimal("16.25"),
    )


def test_vector_5_xirr_with_real_dates() -> None:
    flows = [(date(2024, 3, 15), 100000), (date(2024, 4, 10), -9074)]
    flows += [(date(2024 + (m - 1) // 12, (m - 1) % 12 + 1, 10), -9066) for m in range(5, 16)]
    assert flows[-1][0] == date(2025, 3, 10)
    assert pp(xirr(flows)) == Decimal("17.46")
    # sign convention and order do not matter
    assert pp(xirr([(d, -a) for d, a in reversed(flows)])) == Decimal("17.46")


def test_plan_cost_with_dates_gives_xirr_and_due_dates() -> None:
    cost = plan_cost(100000, 12, Decimal("0.088"), purchase_date=date(2024, 3, 15), first_due=date(2024, 4, 10))
    assert cost.due_dates is not None
    assert cost.due_dates[0] == date(2024, 4, 10) and cost.due_dates[-1] == date(2025, 3, 10)
    assert cost.rate.xirr is not None and pp(cost.rate.xirr) == Decimal("17.46")
    assert pp(cost.rate.apr) == Decimal("15.87")  # the monthly IRR ignores the dates


def test_due_dates_clamp_to_month_end() -> None:
    assert monthly_due_dates(date(2024, 1, 31), 4) == [
        date(2024, 1, 31),
        date(2024, 2, 29),
        date(2024, 3, 31),
        date(2024, 4, 30),
    ]
    cost = plan_cost(100000, 3, Decimal("0.025"), first_due=date(2024, 1, 31))
    assert cost.due_dates == (date(2024, 1, 31), date(2024, 2, 29), date(2024, 3, 31))
    assert cost.rate.xirr is None


def test_zero_fee_xirr_is_zero() -> None:
    cost = plan_cost(100000, 3, Decimal(0), purchase_date=date(2024, 3, 15), first_due=date(2024, 4, 10))
    assert cost.rate.xirr == 0


def test_daily_rate_annualized() -> None:
    simple, daily, monthly = daily_rate_annualized(Decimal("0.0005"))
    assert simple == Decimal("0.1825")
    assert pp(daily) == Decimal("20.02")
    assert pp(monthly) == Decimal("19.56")


@pytest.mark.parametrize(
    ("principal", "payments"),
    [(0, [100]), (100, []), (100, [50, -1, 60]), (100, [40, 40]), (100, [300])],
)
def test_irr_rejects_bad_input(principal: int, payments: list[int]) -> None:
    with pytest.raises(ValidationError):
        irr_monthly(principal, payments)


def test_xirr_and_annualized_rate_reject_bad_input() -> None:
    with pytest.raises(ValidationError):
        xirr([(date(2024, 1, 1), 100), (date(2024, 2, 1), 50)])  # no sign change
    with pytest.raises(ValidationError):
        xirr([(date(2024, 1, 1), 100)])
    parts = installment_schedule(100000, 3, Decimal("0.025"))
    with pytest.raises(ValidationError):
        annualized_rate(99999, parts)  # principal does not add up
    with pytest.raises(ValidationError):
        annualized_rate(100000, parts, purchase_date=date(2024, 3, 15))  # one date only
    with pytest.raises(ValidationError):
        annualized_rate(100000, parts, purchase_date=date(2024, 3, 15), first_due=date(2024, 3, 1))
    with pytest.raises(ValidationError):
        plan_cost(100000, 3, Decimal("0.025"), purchase_date=date(2024, 3, 15))
    with pytest.raises(ValidationError):
        daily_rate_annualized(Decimal("-0.0005"))


principals = st.integers(min_value=10000, max_value=10_000_000)  # 100.00 .. 100,000.00
periods = st.sampled_from([3, 6, 9, 12, 24])
fee_rates = st.decimals(min_value=Decimal(0), max_value=Decimal("0.3"), places=4)


@settings(max_examples=60, deadline=None)
@given(principal=principals, n=periods)
def test_property_zero_fee_means_zero_rates(principal: int, n: int) -> None:
    rate = plan_cost(principal, n, Decimal(0)).rate
    assert rate.monthly_rate == rate.apr == rate.ear == rate.simple == 0


@settings(max_examples=60, deadline=None)
@given(principal=principals, n=periods, a=fee_rates, b=fee_rates)
def test_property_higher_fee_rate_means_higher_apr(principal: int, n: int, a: Decimal, b: Decimal) -> None:
    low, high = sorted((a, b))
    cheap, dear = plan_cost(principal, n, low), plan_cost(principal, n, high)
    assert cheap.rate.apr <= dear.rate.apr
    if dear.total_fee_fen > cheap.total_fee_fen:
        assert cheap.rate.apr < dear.rate.apr
        assert cheap.rate.simple < dear.rate.simple


@settings(max_examples=60, deadline=None)
@given(principal=principals, n=periods, rate=fee_rates, extra=st.integers(min_value=1, max_value=1000))
def test_property_more_fee_never_lowers_apr(principal: int, n: int, rate: Decimal, extra: int) -> None:
    # the same schedule with ``extra`` fen more fee on one period (any period) never costs less a year
    parts = installment_schedule(principal, n, rate)
    base = irr_monthly(principal, [p.amount_fen for p in parts])
    for k in range(n):
        bumped = [p.amount_fen + (extra if i == k else 0) for i, p in enumerate(parts)]
        assert irr_monthly(principal, bumped) > base
