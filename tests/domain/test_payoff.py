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
    assert excinfo.value.reason == "is below the sum of the minimum payments (200.00)"  # major units, not fen


def test_never_debt_free_within_cap() -> None:
    # 1 % a month on 10,000.00 is 100.00 interest; 100.01 a month pays it down a fen a month: not in 60 months
    r = payoff_plan([Debt("D", 1000000, Decimal("0.12"), 10000)], 10001, max_months=60)
    assert r.months is None
    assert r.payoff_month == {"D": None}
    assert len(r.balances) == 61 and 999900 < r.balances[-1][0] < r.balances[-2][0] < 1000000


def test_budget_equal_to_the_interest_stops_at_once() -> None:
    # 100.00 interest and a 100.00 budget: the balance never falls, so the simulation stops after month 1
    r = payoff_plan([Debt("D", 1000000, Decimal("0.12"), 10000)], 10000)
    assert r.months is None and r.payoff_month == {"D": None}
    assert r.balances == ((1000000,), (1000000,))


@pytest.mark.parametrize(("apr", "budget", "interest"), [("0.60", 3000, 4000), ("2.00", 2600, 13333)])
def test_budget_below_the_interest_is_never_paid_off_without_overflow(apr, budget, interest) -> None:
    # the budget covers the 25.00 minimum but not the interest: the debt grows; this used to overflow Decimal
    r = payoff_plan([Debt("A", 80000, Decimal(apr), 2500)], budget)
    assert r.months is None and r.payoff_month == {"A": None}
    assert r.balances == ((80000,), (80000 + interest - budget,))
    assert (r.total_interest_fen, r.total_paid_fen) == (interest, budget)


def test_a_hopeless_debt_does_not_hide_when_the_others_are_paid_off() -> None:
    # minimums only: A's 1.00 minimum never covers its 40.00 interest, B is paid in month 2; then nothing changes
    debts = [Debt("A", 80000, Decimal("0.60"), 100), Debt("B", 10000, Decimal(0), 5000)]
    r = payoff_plan(debts, 5100, Strategy.MINIMUMS_ONLY)
    assert r.months is None
    assert r.payoff_month == {"A": None, "B": 2}
    assert r.balances[2:] == ((87995, 0), (92295, 0))  # month 3 changes nothing but A: stop
    # avalanche: the whole 51.00 can go to A once B is paid, more than its 40.00 interest: not hopeless
    r = payoff_plan(debts, 5100, Strategy.AVALANCHE)
    assert r.months == 43 and r.payoff_month == {"A": 43, "B": 2}


def test_runaway_balances_stop_the_simulation() -> None:
    # B falls by a fen a month for years while A explodes at 999 %: stop before the numbers get absurd
    debts = [Debt("A", 80000, Decimal("9.99"), 100), Debt("B", 10**9, Decimal(0), 1)]
    r = payoff_plan(debts, 101, Strategy.MINIMUMS_ONLY)
    assert r.months is None and r.payoff_month == {"A": None, "B": None}
    assert 10**18 < max(r.balances[-1]) and len(r.balances) < 100


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
