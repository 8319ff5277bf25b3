"""The translated texts of the overview's charts (no matplotlib: the window builds them before drawing)."""

from __future__ import annotations

from dataclasses import dataclass


def titled(title: str, only: str, currency: str | None, left_out: tuple[str, ...]) -> str:
    """``title``, and ``(lines in CNY only)`` after it when a chart leaves out other currencies (``left_out``)."""
    return f"{title} ({only.replace('%1', currency)})" if left_out and only and currency else title


@dataclass(frozen=True)
class MonthlyDueLabels:
    """Translated texts of the repayments-per-month chart."""

    title: str
    y_axis: str
    income: str
    empty: str
    only: str = ""  # "lines in %1 only", after the title when other currencies are left out


@dataclass(frozen=True)
class DebtLoadLabels:
    """Translated texts of the debt-load chart."""

    title: str
    y_axis: str
    outstanding: str
    projected: str
    limit: str
    today: str
    only: str = ""  # "lines in %1 only", after the title when other currencies are left out
