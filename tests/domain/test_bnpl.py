"""BNPL: domain-rules.md §5 examples B1, B2, B5 and §10 vector 9."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from app.domain.bnpl import (
    BnplPayment,
    affirm_schedule,
    afterpay_late_fee_au,
    bnpl_pay_in_4,
    klarna_late_fee_us,
)
from app.domain.errors import ValidationError


def test_b1_pay_in_4_split_and_dates() -> None:
    assert bnpl_pay_in_4(10001, date(2024, 5, 1)) == [
        BnplPayment(1, date(2024, 5, 1), 2501),
        BnplPayment(2, date(2024, 5, 15), 2500),
        BnplPayment(3, date(2024, 5, 29), 2500),
        BnplPayment(4, date(2024, 6, 12), 2500),
    ]


def test_pay_in_4_remainder_goes_to_first_payment() -> None:
    payments = bnpl_pay_in_4(10003, date(2024, 12, 25))
    assert [p.amount_fen for p in payments] == [2503, 2500, 2500, 2500]
    assert payments[-1].due_date == date(2025, 2, 5)


def test_b2_afterpay_au_one_payment_nine_days_late() -> None:
    assert afterpay_late_fee_au(12000, [0, 9, 0, 0]) == 1700  # 10 + 7, cap min(30, 68)


def test_vector_9_afterpay_au_cap_at_quarter_of_order() -> None:
    # 2 × (10 + 7) = 34, capped at min(25 % of 60 = 15, 68)
    assert afterpay_late_fee_au(6000, [8, 8]) == 1500


@pytest.mark.parametrize(
    ("order", "days_late", "fee"),
    [
        (12000, [], 0),
        (12000, [0, 0, 0, 0], 0),
        (12000, [1], 1000),  # missed: $10 only
        (12000, [7], 1000),  # paid on day 7: no second fee
        (12000, [8], 1700),
        (100000, [30, 30, 30, 30], 6800),  # 4 × 17 = 68 = the $68 cap (25 % would be 250)
        (100000, [30, 30, 30, 30, 30], 6800),
        (4000, [1], 1000),  # $40 exactly is ">= $40": $10, cap 10
        (3999, [30, 30], 999),  # under $40: one fee of 25 %, rounded down
        (2001, [1], 500),
    ],
)
def test_afterpay_au_rules(order: int, days_late: list[int], fee: int) -> None:
    assert afterpay_late_fee_au(order, days_late) == fee


@pytest.mark.parametrize(
    ("order", "days_late", "fee"),
    [
        (20000, [10], 0),  # not yet "after 10 days"
        (20000, [11], 700),
        (20000, [11, 20, 0, 15], 2100),
        (2000, [11, 11], 500),  # 25 % of $20 caps two $7 fees
    ],
)
def test_klarna_us_late_fee(order: int, days_late: list[int], fee: int) -> None:
    assert klarna_late_fee_us(order, days_late) == fee


def test_b5_affirm_500_at_10_percent_for_12_months() -> None:
    schedule = affirm_schedule(50000, Decimal("0.10"), 12)
    assert [p.payment_fen for p in schedule] == [4396] * 11 + [4394]
    assert sum(p.interest_fen for p in schedule) == 2750
    assert schedule[0].interest_fen == 417  # 500.00 × 10 %/12 = 4.1666... -> 4.17
    assert schedule[-1].balance_after_fen == 0
    assert sum(p.principal_fen for p in schedule) == 50000


def test_affirm_15_percent_gives_formula_value_not_the_ad() -> None:
    # §5: the formula gives 45.13; Affirm's ad says 45.18, which we treat as an inconsistency
    assert affirm_schedule(50000, Decimal("0.15"), 12)[0].payment_fen == 4513


def test_affirm_zero_apr() -> None:
    schedule = affirm_schedule(20000, Decimal(0), 3)
    assert [p.payment_fen for p in schedule] == [6667, 6667, 6666]
    assert all(p.interest_fen == 0 for p in schedule)


def test_rejects_bad_input() -> None:
    with pytest.raises(ValidationError):
        bnpl_pay_in_4(0, date(2024, 5, 1))
    with pytest.raises(ValidationError):
        afterpay_late_fee_au(0, [1])
    with pytest.raises(ValidationError):
        klarna_late_fee_us(1000, [-1])
    with pytest.raises(ValidationError):
        affirm_schedule(50000, Decimal("1.2"), 12)
    with pytest.raises(ValidationError):
        affirm_schedule(50000, Decimal("0.1"), 0)
