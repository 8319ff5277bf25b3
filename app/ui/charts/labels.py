"""The translated texts of the overview's charts (no matplotlib: the window builds them before drawing)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class MonthlyDueLabels:
    """Translated texts of the repayments-per-month chart."""

    title: str
    y_axis: str
    income: str
    empty: str


@dataclass(frozen=True)
class DebtLoadLabels:
    """Translated texts of the debt-load chart."""

    title: str
    y_axis: str
    outstanding: str
    projected: str
    limit: str
    today: str
