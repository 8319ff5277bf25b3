"""Over-indebtedness metrics and warning bands (domain-rules.md §6).

Ratios are ``Decimal`` fractions (0.3375 = 33.75 %). The band cut-offs are a product decision [I] built on
published guidance; each threshold set carries its ``source`` so the UI can say where a number came from.
Thresholds are frozen; edit a copy with ``dataclasses.replace``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from app.domain.errors import ValidationError
from app.domain.messages import QT_TRANSLATE_NOOP

PERSISTENT_DEBT_STATEMENTS = 18  # FCA CONC 6.7.27R: an 18-month period (§4.3, §6 [S])


class Band(StrEnum):
    """Warning level, from fine to alarming."""

    GREEN = "green"
    AMBER = "amber"
    ORANGE = "orange"
    RED = "red"
    CRITICAL = "critical"


def _check_ascending(values: Sequence[Decimal], field: str) -> None:
    if any(not v.is_finite() or v < 0 for v in values) or list(values) != sorted(values):
        raise ValidationError(field, list(values), QT_TRANSLATE_NOOP(
                "Errors", "must be non-negative and in ascending order"))


@dataclass(frozen=True)
class UtilizationThresholds:
    """Credit-utilization cut-offs (fractions); a value at or above a cut-off enters that band.

    Defaults 10/30/50/90 %: green < 10 %, amber 10-30 %, orange 30-50 %, red >= 50 %, critical >= 90 %
    (over the limit included). Raises ``ValidationError`` unless ascending and non-negative.
    """

    amber: Decimal = Decimal("0.10")
    orange: Decimal = Decimal("0.30")
    red: Decimal = Decimal("0.50")
    critical: Decimal = Decimal("0.90")
    source: str = (
        "FICO via acreditrepaircorp.com: keep below 30%, top scores below 10% [T]; "
        "bands are a product decision [I]; domain-rules.md §6"
    )

    def __post_init__(self) -> None:
        _check_ascending([self.amber, self.orange, self.red, self.critical], "utilization_thresholds")


@dataclass(frozen=True)
class DebtServiceThresholds:
    """Consumer debt payments / income cut-offs (fractions); a value above a cut-off leaves the band below.

    Defaults 15/20 %: green <= 15 %, amber 15-20 %, red > 20 %. Raises ``ValidationError`` unless ascending.
    """

    amber: Decimal = Decimal("0.15")
    red: Decimal = Decimal("0.20")
    source: str = (
        "CFPB Your Money, Your Goals: non-mortgage debts <= 15-20% of income [S]; MMI: >20% danger [T]; "
        "domain-rules.md §6"
    )

    def __post_init__(self) -> None:
        _check_ascending([self.amber, self.red], "debt_service_thresholds")


@dataclass(frozen=True)
class DtiAllThresholds:
    """All-debt (incl. housing) payments / gross income cut-offs; at or above a cut-off enters that band.

    Defaults 36/43/50 %: green < 36 %, amber 36-43 %, red 43-50 %, critical >= 50 %. Raises
    ``ValidationError`` unless ascending.
    """

    amber: Decimal = Decimal("0.36")
    red: Decimal = Decimal("0.43")
    critical: Decimal = Decimal("0.50")
    source: str = (
        "CFPB toolkit: all debts <= 36% [S]; General QM 43% [T]; Wells Fargo: >= 50% take action [S]; "
        "domain-rules.md §6"
    )

    def __post_init__(self) -> None:
        _check_ascending([self.amber, self.red, self.critical], "dti_thresholds")


def ratio(part_fen: int, whole_fen: int, field: str = "ratio") -> Decimal:
    """``part / whole`` as an exact-as-possible ``Decimal`` fraction (270000/800000 -> 0.3375); no rounding.

    Raises:
        ValidationError: ``whole_fen`` not positive (no limit or no income: the ratio is undefined) or a
            negative ``part_fen``.
    """
    if whole_fen <= 0:
        raise ValidationError(field, whole_fen, QT_TRANSLATE_NOOP("Errors", "needs a denominator greater than zero"))
    if part_fen < 0:
        raise ValidationError(field, part_fen, QT_TRANSLATE_NOOP("Errors", "must not be negative"))
    return Decimal(part_fen) / Decimal(whole_fen)


def _check_fraction(fraction: Decimal, field: str) -> None:
    if not fraction.is_finite() or fraction < 0:
        raise ValidationError(field, fraction, QT_TRANSLATE_NOOP("Errors", "must be a finite fraction of at least 0"))


def utilization_band(fraction: Decimal, thresholds: UtilizationThresholds = UtilizationThresholds()) -> Band:
    """Band of a credit utilization (balances / limits, §6); 10 % is amber, 30 % orange, 50 % red, 90 % critical.

    Raises:
        ValidationError: negative or non-finite fraction.
    """
    _check_fraction(fraction, "utilization")
    cuts = (
        (thresholds.critical, Band.CRITICAL),
        (thresholds.red, Band.RED),
        (thresholds.orange, Band.ORANGE),
        (thresholds.amber, Band.AMBER),
    )
    for cut, band in cuts:
        if fraction >= cut:
            return band
    return Band.GREEN


def debt_service_band(fraction: Decimal, thresholds: DebtServiceThresholds = DebtServiceThresholds()) -> Band:
    """Band of consumer (non-housing) debt payments / income (DTI_consumer, §6): 15 % green, 20 % amber, >20 % red.

    Raises:
        ValidationError: negative or non-finite fraction.
    """
    _check_fraction(fraction, "debt_service")
    if fraction > thresholds.red:
        return Band.RED
    if fraction > thresholds.amber:
        return Band.AMBER
    return Band.GREEN


def dti_all_band(fraction: Decimal, thresholds: DtiAllThresholds = DtiAllThresholds()) -> Band:
    """Band of all debt payments incl. housing / gross income (DTI_all, §6): 36 % amber, 43 % red, 50 % critical.

    Raises:
        ValidationError: negative or non-finite fraction.
    """
    _check_fraction(fraction, "dti")
    cuts = ((thresholds.critical, Band.CRITICAL), (thresholds.red, Band.RED), (thresholds.amber, Band.AMBER))
    for cut, band in cuts:
        if fraction >= cut:
            return band
    return Band.GREEN


def persistent_debt(statements: Sequence[tuple[int, int]]) -> bool:
    """FCA persistent-debt flag (CONC 6.7.27R [S], domain-rules.md §4.3, §6).

    True when, over the last 18 statements, Σ interest + fees + charges paid exceeds Σ principal repaid.
    With fewer than 18 statements there is not yet an 18-month period, so the flag is False.

    Args:
        statements: ``(interest_and_fees_fen, principal_repaid_fen)`` per monthly statement, oldest first.

    Raises:
        ValidationError: a negative amount.
    """
    if any(cost < 0 or principal < 0 for cost, principal in statements):
        raise ValidationError("statements", list(statements), QT_TRANSLATE_NOOP(
                "Errors", "amounts must not be negative"))
    if len(statements) < PERSISTENT_DEBT_STATEMENTS:
        return False
    window = statements[-PERSISTENT_DEBT_STATEMENTS:]
    return sum(cost for cost, _ in window) > sum(principal for _, principal in window)
