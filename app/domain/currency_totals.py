"""Totals over credit lines of several currencies: never add fen to cents.

A ledger may hold a yuan line beside a dollar card (each line has an ISO 4217 currency; its amounts are in that
currency's minor units). DebtLens converts no amounts, so a total is kept **per currency**:

- Money totals (owed, credit limit, available, due, overdue) are one figure per currency (``Amounts``),
  shown side by side (``¥3,200.00 · $150.00``); with one currency they are that one figure, as before.
- Utilization is per currency: the lines of a currency against the limits of that currency. Its warning band is
  the worst of the currencies' bands (a full dollar card is not made lighter by an empty yuan line).
- Ratios to the monthly income (the debt-service ratio, DTI) cover the lines in the **main currency** only:
  the income is asked for in yuan (Settings, ``debtlens income``), so the main currency is CNY when the ledger has
  an active yuan line, else the currency of its first active line (a ledger in one currency reads the income in
  it, as before). Repayments in other currencies are not in the ratio, and the window and report say so.

Pure Python: no Qt, no SQL, no clock.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

#: The currency the monthly income is asked for in when the ledger has a yuan line (Settings labels the field with
#: the main currency's sign: "Monthly income (¥)").
INCOME_CURRENCY = "CNY"


def main_currency(currencies: Iterable[str]) -> str:
    """The currency income ratios are read in: ``CNY`` when one of ``currencies`` (the active lines', in display
    order) is CNY or there are none, else the first of them (``["USD", "EUR"]`` -> ``"USD"``)."""
    seen = list(currencies)
    return INCOME_CURRENCY if INCOME_CURRENCY in seen or not seen else seen[0]


@dataclass(frozen=True)
class Amounts:
    """Money in one or more currencies: ``items`` are ``(ISO 4217 code, minor units)`` pairs, the main currency
    first, then the others in the order their lines come; a currency appears once. Never empty when built by
    ``total``."""

    items: tuple[tuple[str, int], ...]

    def of(self, currency: str) -> int:
        """The minor units in ``currency`` (0 when none)."""
        return next((fen for code, fen in self.items if code == currency), 0)

    @property
    def currencies(self) -> tuple[str, ...]:
        """The currencies, main first."""
        return tuple(code for code, _ in self.items)

    def nonzero(self) -> Amounts:
        """Only the currencies with an amount (all of them when every one is 0, so one figure is still shown)."""
        kept = tuple(item for item in self.items if item[1])
        return Amounts(kept or self.items[:1])

    def __bool__(self) -> bool:
        return any(fen for _, fen in self.items)


def total(pairs: Iterable[tuple[str, int]], main: str, currencies: Iterable[str] = ()) -> Amounts:
    """Sum ``(currency, minor units)`` pairs per currency: ``[("CNY", 320000), ("USD", 15000), ("CNY", 100)]``
    with main ``CNY`` -> ``(("CNY", 320100), ("USD", 15000))``. ``currencies`` (the ledger's, in line order) are
    listed even when no pair names them (their sum is 0); ``main`` always comes first."""
    sums: dict[str, int] = {main: 0}
    for code in currencies:
        sums.setdefault(code, 0)
    for code, fen in pairs:
        sums[code] = sums.get(code, 0) + fen
    return Amounts(tuple(sums.items()))
