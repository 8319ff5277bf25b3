"""Debt payoff strategies: domain-rules.md §7 example P1 and §10 vector 10."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.domain.errors import ValidationError
from app.domain.payoff import Debt, Strategy, payoff_order, payoff_plan

P1 = [
    Debt("A", 80000, Decimal("0.06"), 2500),
    Debt("B", 250000, Decimal("0.22"), 7500),
    Debt("C", 400000, Decimal("0.16"), 10000),
]
START = sum(d.balance_fen for d in P1)


def test_p1_avalanche() -> None:
    r = payoff_plan(P1, 40000, Strategy.AVALANCHE)
    assert r.order == ("B", "C", "A")
    assert r.months == 21
    assert r.total_interest_fen == 109019
    assert r.payoff_month == {"A": 21, "B": 11, "C": 21}
    assert r.total_paid_fen == START + 109019


def test_p1_snowball() -> None:
    r = payoff_plan(P1, 40000, Strategy.SNOWBALL)
    assert r.order == ("A", "B", "C")
    assert r.months == 22
    assert r.total_interest_fen == 123011
    assert r.payoff_month == {"A": 4, "B": 13, "C": 22}
    assert r.total_paid_fen == START + 123011


def test_p1_minimums_only_reference() -> None:
    r = payoff_plan(P1, 20000, Strategy.MINIMUMS_ONLY)
    assert r.months == 58
    assert r.total_interest_fen == 322716
    assert r.payoff_month == {"A": 35, "B": 52, "C": 58}


def test_p1_avalanche_saves_interest_snowball_wins_first() -> None:
    avalanche = payoff_plan(P1, 40000, Strategy.AVALANCHE)
    snowball = payoff_plan(P1, 40000, Strategy.SNOWBALL)
    assert snowball.total_interest_fen - avalanche.total_interest_fen == 13992
    assert snowball.payoff_month["A"] == 4  # first win
    assert avalanche.payoff_month["B"] == 11  # avalanche's first win


def test_monthly_series_for_chart() -> None:
    r = payoff_plan(P1, 40000, Strategy.AVALANCHE)
    assert len(r.balances) == 22  # start + 21 months
    assert r.balances[0] == (80000, 250000, 400000)
    assert r.balances[-1] == (0, 0, 0)
    # month 1: interest 4.00 / 45.83 / 53.33; minimums 25/75/100; the spare 200.00 goes to B (highest APR)
    assert r.balances[1] == (80000 + 400 - 2500, 250000 + 4583 - 7500 - 20000, 400000 + 5333 - 10000)
    assert r.balances[11][1] == 0


def test_cascade_spills_in_the_same_month() -> None:
    # the target needs only 10.00 more; the rest of the spare money reaches the next target that month
    debts = [Debt("X", 2000, Decimal(0), 1000), Debt("Y", 100000, Decimal(0), 1000)]
    r = payoff_plan(debts, 10000, Strategy.SNOWBALL)
    assert r.balances[1] == (0, 100000 - 1000 - 7000)
    assert r.payoff_month["X"] == 1


def test_custom_order() -> None:
    r = payoff_plan(P1, 40000, Strategy.CUSTOM, ["C", "A", "B"])
    assert r.order == ("C", "A", "B")
    assert r.months == 22
    assert r.payoff_month == {"A": 17, "B": 22, "C": 15}


def test_tie_breaks() -> None:
    debts = [
        Debt("big", 5000, Decimal("0.2"), 0),
        Debt("small", 1000, Decimal("0.2"), 0),
        Debt("low", 1000, Decimal("0.1"), 0),
    ]
    assert payoff_order(debts, Strategy.AVALANCHE) == ["small", "big", "low"]  # same APR: smaller balance first
    assert payoff_order(debts, Strategy.SNOWBALL) == ["small", "low", "big"]  # same balance: higher APR first


def test_budget_below_minimums_is_rejected() -> None:
    with pytest.raises(ValidationError) as excinfo:
        payoff_plan(P1, 19999, Strategy.AVALANCHE)
    assert excinfo.value.field == "budget"


def test_never_debt_free_within_cap() -> None:
    # 1 % a month on 10,000.00 is 100.00 interest; a 100.00 budget never reduces the balance
    r = payoff_plan([Debt("D", 1000000, Decimal("0.12"), 10000)], 10000, max_months=60)
    assert r.months is None
    assert r.payoff_month == {"D": None}
    assert len(r.balances) == 61


def test_debt_already_paid_needs_no_minimum() -> None:
    # the zero-balance debt's 50.00 minimum is not part of the budget check
    r = payoff_plan([Debt("zero", 0, Decimal("0.2"), 5000), Debt("one", 1000, Decimal(0), 100)], 1000)
    assert r.payoff_month == {"zero": 0, "one": 1}
    assert r.months == 1


@pytest.mark.parametrize(
    ("debts", "order"),
    [
        ([], None),
        ([Debt("A", 1, Decimal(0), 1), Debt("A", 1, Decimal(0), 1)], None),
        ([Debt("A", -1, Decimal(0), 1)], None),
        ([Debt("A", 1, Decimal("-0.1"), 1)], None),
        (P1, ["A", "B"]),
        (P1, ["A", "B", "B"]),
    ],
)
def test_rejects_bad_input(debts: list[Debt], order: list[str] | None) -> None:
    with pytest.raises(ValidationError):
        payoff_plan(debts, 100000, Strategy.CUSTOM if order else Strategy.AVALANCHE, order)
