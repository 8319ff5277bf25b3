"""Budgets by category stored (setting ``budgets``, JSON ``{category: fen}``) and measured: purchases posted in
the calendar month on CNY lines, grouped by their stored category (the key: ``"Electronics"``, or a typed name as
typed; the window shows the keys in the active language)."""

from __future__ import annotations

import json
from datetime import date, timedelta

from app.domain.budgets import BudgetProgress, check_caps, progress
from app.domain.errors import ValidationError
from app.services.changes import Changes
from app.storage.repositories import PurchaseFilter, Store

BUDGETS_KEY = "budgets"


def caps(store: Store) -> dict[str, int]:
    """The monthly caps per category (fen); empty when none is set or the setting is unreadable."""
    text = store.settings.get(BUDGETS_KEY)
    if not text:
        return {}
    try:
        return check_caps(json.loads(text))
    except (ValueError, TypeError, AttributeError, ValidationError):
        return {}


def set_caps(store: Store, new: dict[str, int]) -> Changes:
    """Replace all caps (an empty dict clears them). Raises ``ValidationError``."""
    checked = check_caps(new)
    with store.atomic():
        store.settings.set(BUDGETS_KEY, json.dumps(checked, ensure_ascii=False, sort_keys=True) if checked else None)
    return Changes(settings=True)


def set_cap(store: Store, category: str, fen: int | None) -> Changes:
    """Set (``None`` removes) one category's cap."""
    current = caps(store)
    if fen is None:
        current.pop((category or "").strip(), None)
    else:
        current[category] = fen
    return set_caps(store, current)


def spent_by_category(store: Store, on: date) -> dict[str, int]:
    """Credit spending (fen) per stored category in the calendar month of ``on``, CNY lines only."""
    first = on.replace(day=1)
    nxt = date(on.year + (on.month == 12), on.month % 12 + 1, 1)
    cny = {ln.saved_id for ln in store.lines.all() if ln.currency == "CNY"}
    return store.purchases.totals_by_category(PurchaseFilter(start=first, end=nxt - timedelta(days=1)), cny)


def budget_progress(store: Store, on: date) -> tuple[BudgetProgress, ...]:
    """Each budgeted category's progress in the month of ``on`` (``domain.budgets.progress``)."""
    return progress(caps(store), spent_by_category(store, on))
