"""Over-indebtedness bands: domain-rules.md §6 examples and band boundaries."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from app.domain.debt_load import (
    Band,
    DebtServiceThresholds,
    DtiAllThresholds,
    UtilizationThresholds,
    debt_service_band,
    dti_all_band,
    persistent_debt,
    ratio,
    utilization_band,
)
from app.domain.errors import ValidationError


def test_example_utilization_33_75_percent_is_orange() -> None:
    used = ratio(120000 + 150000, 500000 + 300000)
    assert used == Decimal("0.3375")
    assert utilization_band(used) is Band.ORANGE


def test_example_debt_service_18_percent_is_amber() -> None:
    dsr = ratio(90000, 500000)
    assert dsr == Decimal("0.18")
    assert debt_service_band(dsr) is Band.AMBER


def test_example_all_debts_33_percent_below_36_line() -> None:
    dti = ratio(90000 + 75000, 500000)
    assert dti == Decimal("0.33")
    assert dti_all_band(dti) is Band.GREEN


@pytest.mark.parametrize(
    ("fraction", "band"),
    [
        ("0", Band.GREEN),
        ("0.0999", Band.GREEN),
        ("0.10", Band.AMBER),
        ("0.2999", Band.AMBER),
        ("0.30", Band.ORANGE),
        ("0.4999", Band.ORANGE),
        ("0.50", Band.RED),
        ("0.8999", Band.RED),
        ("0.90", Band.CRITICAL),
        ("1.25", Band.CRITICAL),  # over the limit
    ],
)
def test_utilization_boundaries(fraction: str, band: Band) -> None:
    assert utilization_band(Decimal(fraction)) is band


@pytest.mark.parametrize(
    ("fraction", "band"),
    [("0", Band.GREEN), ("0.15", Band.GREEN), ("0.1501", Band.AMBER), ("0.20", Band.AMBER), ("0.2001", Band.RED)],
)
def test_debt_service_boundaries(fraction: str, band: Band) -> None:
    assert debt_service_band(Decimal(fraction)) is band


@pytest.mark.parametrize(
    ("fraction", "band"),
    [("0.3599", Band.GREEN), ("0.36", Band.AMBER), ("0.43", Band.RED), ("0.4999", Band.RED), ("0.50", Band.CRITICAL)],
)
def test_dti_all_boundaries(fraction: str, band: Band) -> None:
    assert dti_all_band(Decimal(fraction)) is band


def test_thresholds_are_editable_and_carry_sources() -> None:
    strict = replace(UtilizationThresholds(), orange=Decimal("0.20"))
    assert utilization_band(Decimal("0.25"), strict) is Band.ORANGE
    fixed_income = replace(DebtServiceThresholds(), amber=Decimal("0.10"))
    assert debt_service_band(Decimal("0.12"), fixed_income) is Band.AMBER
    for thresholds in (UtilizationThresholds(), DebtServiceThresholds(), DtiAllThresholds()):
        assert "domain-rules.md §6" in thresholds.source
    assert str(Band.ORANGE) == "orange"


def test_thresholds_must_ascend() -> None:
    with pytest.raises(ValidationError):
        UtilizationThresholds(amber=Decimal("0.40"))
    with pytest.raises(ValidationError):
        DebtServiceThresholds(amber=Decimal("0.25"))
    with pytest.raises(ValidationError):
        DtiAllThresholds(critical=Decimal("-1"))


def test_persistent_debt_over_last_18_statements() -> None:
    costly = [(3000, 2000)] * 18  # interest and fees 30.00 > principal 20.00 every month
    assert persistent_debt(costly) is True
    assert persistent_debt([(3000, 3000)] * 18) is False  # equal is not "exceeds"
    assert persistent_debt(costly[:17]) is False  # no 18-month period yet
    # only the last 18 count: an old large repayment does not clear the flag
    assert persistent_debt([(0, 1_000_000), *costly]) is True
    # Σ over the window decides, not each month: 17 costly months and one big repayment
    assert persistent_debt([*costly[:17], (0, 20000)]) is False


def test_rejects_bad_input() -> None:
    with pytest.raises(ValidationError):
        ratio(100, 0)
    with pytest.raises(ValidationError):
        ratio(-1, 100)
    with pytest.raises(ValidationError):
        utilization_band(Decimal("-0.1"))
    with pytest.raises(ValidationError):
        debt_service_band(Decimal("NaN"))
    with pytest.raises(ValidationError):
        persistent_debt([(-1, 0)])
