"""Counts inside the window's plural sentences, grouped as the active locale groups digits."""

from __future__ import annotations

from app.i18n import formatting as fmt


def grouped(text: str, n: int) -> str:
    """``text``, a plural sentence Qt has filled for ``n`` (``tr(source, "", n)`` writes ``%n`` as plain digits),
    with that count grouped the way the active locale groups digits (``formatting.count``): ``"1200 purchases"`` ->
    ``"1,200 purchases"``. Only the first occurrence is replaced (the sentence's own ``%1`` ... are filled later)."""
    if -1000 < n < 1000:
        return text
    return text.replace(str(n), fmt.count(n), 1)
