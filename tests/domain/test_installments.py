from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.errors import ValidationError
from app.domain.installments import (
    EarlyPayoffPolicy,
    early_payoff_amount,
    installment_schedule,
    respread,
    total_fee,
)


@pytest.mark.parametrize(
    ("principal", "n", "rate", "fee", "first", "rest"),
    [  # domain-rules.md §2.2 worked examples
        (100000, 3, "0.025", 2500, 34168, 34166),
        (100000, 6, "0.045", 4500, 17420, 17416),
        (100000, 9, "0.065", 6500, 11836, 11833),
        (100000, 12, "0.088", 8800, 9074, 9066),
        (111111, 3, "0.023", 2556, 37889, 37889),
    ],
)
def test_alipay_schedule_worked_examples(principal, n, rate, fee, first, rest):
    parts = installment_schedule(principal, n, Decimal(rate))
    assert sum(p.fee_fen for p in parts) == fee
    assert parts[0].amount_fen == first
    assert all(p.amount_fen == rest for p in parts[1:])
    assert sum(p.principal_fen for p in parts) == principal


def test_vector_1_principal_and_fee_split():
    parts = installment_schedule(100000, 3, Decimal("0.025"))
    assert [p.principal_fen for p in parts] == [33334, 33333, 33333]
    assert [p.fee_fen for p in parts] == [834, 833, 833]


def test_vector_2_half_even_fee_total():
    assert total_fee(111111, Decimal("0.023")) == 2556  # 2555.553 fen
    assert sum(p.amount_fen for p in installment_schedule(111111, 3, Decimal("0.023"))) == 113667


def test_half_even_is_not_half_up():
    assert total_fee(100, Decimal("0.025")) == 2  # 2.5 -> 2 (half-even), half-up would give 3
    assert total_fee(140, Decimal("0.025")) == 4  # 3.5 -> 4


def test_merchant_paid_plan_has_no_fee():
    parts = installment_schedule(89915, 6, Decimal(0))
    assert [p.amount_fen for p in parts] == [14990] + [14985] * 5


def test_remainder_to_last():
    parts = installment_schedule(100000, 3, Decimal("0.025"), remainder_to="last")
    assert [p.amount_fen for p in parts] == [34166, 34166, 34168]


@pytest.mark.parametrize(("periods", "rate"), [(0, "0"), (61, "0"), (3, "-0.01"), (3, "1"), (3, "1.5")])
def test_schedule_rejects_bad_terms(periods, rate):
    with pytest.raises(ValidationError):
        installment_schedule(100000, periods, Decimal(rate))


def test_early_payoff_policies():
    parts = installment_schedule(100000, 12, Decimal("0.088"))[4:]  # 8 periods left
    assert early_payoff_amount(parts, EarlyPayoffPolicy.ALL_REMAINING_FEES) == (8 * 8333, 8 * 733)
    assert early_payoff_amount(parts, EarlyPayoffPolicy.CURRENT_PERIOD_ONLY) == (8 * 8333, 733)
    assert early_payoff_amount(parts, EarlyPayoffPolicy.WAIVE_UNBILLED) == (8 * 8333, 0)


def test_respread_keeps_total():
    parts = installment_schedule(100000, 12, Decimal("0.088"))[6:]
    new = respread(parts, 30001)
    assert sum(p.principal_fen for p in new) == 30001
    assert [p.fee_fen for p in new] == [p.fee_fen for p in parts]


@given(
    principal=st.integers(1, 10**10),
    periods=st.integers(1, 60),
    rate=st.decimals(min_value=0, max_value=Decimal("0.9999"), places=4),
    to=st.sampled_from(["first", "last"]),
)
def test_splits_sum_to_their_totals(principal, periods, rate, to):
    parts = installment_schedule(principal, periods, rate, remainder_to=to)
    assert len(parts) == periods
    assert sum(p.principal_fen for p in parts) == principal
    assert sum(p.fee_fen for p in parts) == total_fee(principal, rate)
    assert max(p.principal_fen for p in parts) - min(p.principal_fen for p in parts) < periods
