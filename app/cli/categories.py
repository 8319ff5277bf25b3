"""The fixed spending categories on the command line: shown in its language, typed in either (the window's
``app.ui.texts.categories`` does the same with Qt; the keys are ``app.importers.categories.CATEGORIES``, stored in
English, the names come from the ``ImportTexts`` translations)."""

from __future__ import annotations

from functools import cache

from app.cli.language import say
from app.domain.messages import Message


@cache
def _fixed() -> tuple[str, ...]:
    # loaded when a category is shown or typed: the importers' package is too heavy for every command's start
    from app.importers.categories import CATEGORIES

    return CATEGORIES


def shown(stored: str) -> str:
    """A stored category in the command line's language (``"Dining"`` -> ``"餐饮"``); a typed one as it is."""
    return say(Message("ImportTexts", stored)) if stored and stored in _fixed() else stored


def key_of(typed: str) -> str:
    """What to store for a category typed on the command line: the key of a fixed category named in English or in
    the command line's language (``"餐饮"``, ``"dining"`` -> ``"Dining"``), else the text, trimmed."""
    text = typed.strip()
    folded = text.casefold()
    if not text:
        return text
    return next((key for key in _fixed() if folded in (key.casefold(), shown(key).casefold())), text)
