"""Labels of amounts in the currency they are in: a translated label ends in ``(¥)`` / ``（元）`` (the source texts
are written for yuan) and gets the sign of the amount's currency instead. No Qt: charts drawn off the GUI thread
use it too."""

from __future__ import annotations

from app.i18n import formatting as fmt


def with_sign(label: str, code: str, locale: str | None = None) -> str:
    """A translated label ending in ``(¥)`` / ``（元）`` with the sign of ``code`` instead (unchanged for CNY);
    ``locale`` defaults to the active one. The sign is the one the amounts are written with (``fmt.money``)."""
    if code == "CNY":
        return label
    sign = fmt.currency_sign(code, locale)
    return label.replace("(¥)", f"({sign})").replace("（元）", f"（{sign}）").replace("（¥）", f"（{sign}）")
