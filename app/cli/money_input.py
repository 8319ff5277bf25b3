"""Money typed on the command line: the same rule as the window (``formatting.parse_money``), in the locale the
environment names (``LANG``), so ``--amount 12,34`` is refused in zh_CN/en_US instead of read as 1,234.00."""

from __future__ import annotations

from app.i18n import formatting as fmt


def parse_amount(value: str, *, field: str = "amount", currency: str = "CNY", allow_zero: bool = False,
                 allow_negative: bool = False) -> int:
    """``value`` typed by a person, in minor units (fen).

    Raises:
        ValidationError: naming ``field``, for anything ``formatting.parse_money`` refuses.
    """
    return fmt.parse_money(value, currency, locale=fmt.system_locale(), field=field, allow_zero=allow_zero,
                           allow_negative=allow_negative)
