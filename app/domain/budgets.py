"""Budgets by category (issue "Guardrails"): a monthly cap on credit spending per category, and how far this
month has gone. Categories are the stored keys (``"Electronics"``, or a category typed by the user); amounts int
fen; the month is a calendar month. My own rule [I], like the limits in ``app.domain.my_limits``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from app.domain.errors import ValidationError
from app.domain.messages import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class BudgetProgress:
    """One category this month: the cap, what was spent, the share used (a fraction) and what is left (negative
    when over)."""

    category: str
    cap_fen: int
    spent_fen: int

    @property
    def used(self) -> Decimal | None:
        """``spent ÷ cap``; ``None`` for a cap of 0."""
        return Decimal(self.spent_fen) / Decimal(self.cap_fen) if self.cap_fen else None

    @property
    def left_fen(self) -> int:
        """``cap − spent`` (negative = over the budget)."""
        return self.cap_fen - self.spent_fen

    @property
    def over(self) -> bool:
        """Spent more than the cap."""
        return self.spent_fen > self.cap_fen


def check_caps(caps: Mapping[str, int]) -> dict[str, int]:
    """Validated caps: non-empty category names, fen >= 0. Raises ``ValidationError`` (``budget``)."""
    out = {}
    for category, fen in caps.items():
        name = (category or "").strip()
        if not name:
            raise ValidationError("category", category, QT_TRANSLATE_NOOP("Errors", "is empty"))
        if isinstance(fen, bool) or not isinstance(fen, int) or fen < 0:
            raise ValidationError("budget", fen, QT_TRANSLATE_NOOP("Errors", "must be zero or more"))
        out[name] = fen
    return out


def progress(caps: Mapping[str, int], spent: Mapping[str, int]) -> tuple[BudgetProgress, ...]:
    """Each budgeted category's progress, fullest first (then by name). Spending in categories without a cap is
    not listed.

    Example: Dining ¥800.00, spent ¥620.00: 77.5 %, ¥180.00 left; Electronics ¥500.00, spent ¥1,299.00: 259.8 %,
    ¥799.00 over.
    """
    rows = [BudgetProgress(c, cap, spent.get(c, 0)) for c, cap in caps.items()]
    return tuple(sorted(rows, key=lambda r: (-(r.used if r.used is not None else Decimal(r.spent_fen > 0)),
                                             r.category)))
