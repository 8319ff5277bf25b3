"""Spending categories for people: the one table that translates DebtLens's fixed categories.

Purchases store the fixed categories by their English key (``"Electronics"``, ``app.importers.categories``, what
the importers assign and the charts group by); every view shows them in the active language through ``name()``:
the import preview, the purchases table, its category filter and detail pane, and the add-purchase dialog's
category box, which offers them first. A category a person typed themselves (``"数码"``) is kept and shown as
typed. The texts use the ``ImportTexts`` context, where the import dialog introduced them.

Kept apart from ``importing.texts`` (which delegates here) so the purchases view does not import every importer at
start-up.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain.messages import QT_TRANSLATE_NOOP

CONTEXT = "ImportTexts"

#: The fixed categories' keys, in display order (the same as ``app.importers.categories.CATEGORIES``).
FIXED: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("ImportTexts", "Dining"), QT_TRANSLATE_NOOP("ImportTexts", "Groceries"),
    QT_TRANSLATE_NOOP("ImportTexts", "Shopping"), QT_TRANSLATE_NOOP("ImportTexts", "Electronics"),
    QT_TRANSLATE_NOOP("ImportTexts", "Transport"), QT_TRANSLATE_NOOP("ImportTexts", "Travel"),
    QT_TRANSLATE_NOOP("ImportTexts", "Entertainment"), QT_TRANSLATE_NOOP("ImportTexts", "Utilities"),
    QT_TRANSLATE_NOOP("ImportTexts", "Health"), QT_TRANSLATE_NOOP("ImportTexts", "Education"),
    QT_TRANSLATE_NOOP("ImportTexts", "Home"), QT_TRANSLATE_NOOP("ImportTexts", "Fees"),
    QT_TRANSLATE_NOOP("ImportTexts", "Other"),
)


def name(key: str) -> str:
    """A stored category for people: a fixed one translated (``"Electronics"`` -> ``"数码电器"``), any other as
    it is."""
    return QCoreApplication.translate(CONTEXT, key) if key in FIXED else key


def key_of(text: str) -> str:
    """What to store for a category a person chose or typed: the key of a fixed category named in the active
    language or in English (``"数码电器"``, ``"electronics"`` -> ``"Electronics"``), else the text itself,
    trimmed."""
    text = text.strip()
    folded = text.casefold()
    for key in FIXED:
        if folded in (key.casefold(), name(key).casefold()):
            return key
    return text


def canonical(stored: str) -> str:
    """The fixed key a stored category is shown as (a typed ``"数码电器"`` in Chinese is ``"Electronics"``), else
    the stored text."""
    return key_of(stored) if stored else stored


def choices(in_use: list[str]) -> list[tuple[str, str]]:
    """``(shown name, key)`` for a category box: every fixed category first, then the categories people typed
    that are in use (sorted), without the ones that read like a fixed category."""
    typed = sorted({c for c in in_use if c and canonical(c) not in FIXED})
    return [(name(k), k) for k in FIXED] + [(c, c) for c in typed]


def groups(in_use: list[str]) -> list[tuple[str, str, tuple[str, ...]]]:
    """The categories in use for a filter: ``(shown name, key, stored values)``, one entry per name shown (the
    fixed ``"Electronics"`` and a typed ``"数码电器"`` are one entry in Chinese); fixed ones first."""
    stored: dict[str, list[str]] = {}
    for c in in_use:
        if c:
            stored.setdefault(canonical(c), []).append(c)
    order = [k for k in FIXED if k in stored] + sorted(k for k in stored if k not in FIXED)
    return [(name(k), k, tuple(sorted(stored[k]))) for k in order]
