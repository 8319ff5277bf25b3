"""Money as integer minor units (fen for CNY) with an ISO 4217 currency code.

Rules (design.md "Money, dates, rounding"): amounts are ``int`` minor units everywhere in the domain and in
storage; text and ``Decimal`` are the only accepted inputs, never ``float``. Formatting for people lives in
``app.i18n``, not here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal, InvalidOperation

from app.domain.currencies import EXPONENTS
from app.domain.errors import ValidationError
from app.domain.messages import QT_TRANSLATE_NOOP

#: Minor-unit exponent per currency: every ISO 4217 code babel (CLDR) knows, with CLDR's decimals
#: (:mod:`app.domain.currencies`). Unlisted codes are refused.
CURRENCY_EXPONENTS: dict[str, int] = EXPONENTS

#: Largest amount accepted from a user or a file: 100 million major units (issue "Core ledger", bad input).
MAX_AMOUNT_MAJOR = 100_000_000

_STRIP = re.compile(r"[\s¥￥元$€£\u00a0]")
#: Thousands grouping is accepted only where it belongs (``1,234.56``): ``12,34`` is never read as 1234.
_GROUPED = re.compile(r"[+-]?\d{1,3}(?:[,，]\d{3})+(?:\.\d*)?")


def exponent_of(currency: str) -> int:
    """Return the number of decimals of ``currency`` (2 for CNY and BRL, 0 for JPY, 3 for KWD), from CLDR.

    Raises:
        ValidationError: a code that is no ISO 4217 currency babel knows (upper case, e.g. ``"BRL"``).
    """
    try:
        return CURRENCY_EXPONENTS[currency]
    except KeyError:
        raise ValidationError("currency", currency, QT_TRANSLATE_NOOP("Errors", "unknown currency code")) from None


@dataclass(frozen=True, order=True)
class Money:
    """An amount in minor units of one currency. Mixing currencies raises ``ValueError``."""

    minor: int
    currency: str = "CNY"

    def __post_init__(self) -> None:
        if not isinstance(self.minor, int) or isinstance(self.minor, bool):
            raise TypeError(f"Money.minor must be int minor units, got {type(self.minor).__name__}")
        exponent_of(self.currency)

    def _same(self, other: Money) -> None:
        if self.currency != other.currency:
            raise ValueError(f"cannot mix {self.currency} and {other.currency}")

    def __add__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.minor + other.minor, self.currency)

    def __sub__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.minor - other.minor, self.currency)

    def to_decimal(self) -> Decimal:
        """The amount in major units as an exact ``Decimal`` (12345 fen -> Decimal('123.45'))."""
        return Decimal(self.minor).scaleb(-exponent_of(self.currency))


def too_many_decimals(currency: str) -> str:
    """Why an amount with more decimals than ``currency`` has is refused: a currency without a minor unit (JPY)
    says to type a whole number with an example, since "more than 0 decimals" reads as nonsense."""
    exponent = exponent_of(currency)
    if exponent:
        return QT_TRANSLATE_NOOP("Errors", "has more than %1 decimals").arg(exponent)
    if currency.upper() == "JPY":
        return QT_TRANSLATE_NOOP("Errors", "yen amounts have no decimals; type e.g. 1234")
    return QT_TRANSLATE_NOOP("Errors", "%1 amounts have no decimals; type e.g. 1234").arg(
        currency.upper())


def parse_amount(
    value: str | Decimal | int,
    *,
    field: str = "amount",
    currency: str = "CNY",
    allow_zero: bool = False,
    allow_negative: bool = False,
) -> int:
    """Parse a user- or file-supplied amount in major units into integer minor units.

    Accepts text such as ``"1,299.00"``, ``"¥28.16"``, ``"￥1 020.5 元"``, ``"-3.90"`` or a ``Decimal``/``int``; a
    comma only as thousands grouping in the right places (``"12,34"`` is not a number here: money typed by a person
    in another locale goes through ``app.i18n.formatting.parse_money``).
    The number must have at most as many decimals as the currency has (2 for CNY): ``"1.005"`` is refused, never
    rounded silently.

    Returns:
        int: minor units (fen), e.g. ``parse_amount("16.08") == 1608``.

    Raises:
        ValidationError: empty, not a number, NaN/infinity, too many decimals, negative (unless allowed), zero
            (unless allowed) or above ``MAX_AMOUNT_MAJOR``. ``TypeError`` for ``float`` input.
    """
    if isinstance(value, float):
        raise TypeError("amounts must be given as text or Decimal, never float")
    exponent = exponent_of(currency)
    if isinstance(value, Decimal | int) and not isinstance(value, bool):
        number = Decimal(value)
    elif isinstance(value, str):
        text = _STRIP.sub("", value)
        if ("," in text or "，" in text) and _GROUPED.fullmatch(text):
            text = text.replace(",", "").replace("，", "")
        if text.startswith("+"):
            text = text[1:]
        if not text:
            raise ValidationError(field, value, QT_TRANSLATE_NOOP("Errors", "is empty"))
        if not re.fullmatch(r"-?(\d+(\.\d*)?|\.\d+)", text):
            raise ValidationError(field, value, QT_TRANSLATE_NOOP("Errors", "is not a number"))
        try:
            number = Decimal(text)
        except InvalidOperation:  # pragma: no cover - the regex already rules this out
            raise ValidationError(field, value, QT_TRANSLATE_NOOP("Errors", "is not a number")) from None
    else:
        raise ValidationError(field, value, QT_TRANSLATE_NOOP("Errors", "is not a number"))
    if not number.is_finite():
        raise ValidationError(field, value, QT_TRANSLATE_NOOP("Errors", "is not a finite number"))
    scaled = number.scaleb(exponent)
    if scaled != scaled.to_integral_value():
        raise ValidationError(field, value, too_many_decimals(currency))
    minor = int(scaled)
    if minor < 0 and not allow_negative:
        raise ValidationError(field, value, QT_TRANSLATE_NOOP("Errors", "must not be negative"))
    if minor == 0 and not allow_zero:
        raise ValidationError(field, value, QT_TRANSLATE_NOOP("Errors", "must be greater than zero"))
    if abs(minor) > MAX_AMOUNT_MAJOR * 10**exponent:
        raise ValidationError(field, value, QT_TRANSLATE_NOOP(
                "Errors", "is larger than %1").arg(format(MAX_AMOUNT_MAJOR, ',')))
    return minor


def round_fen(value: Decimal, rounding: str = ROUND_HALF_UP) -> int:
    """Round a Decimal number of fen to whole fen with the named rounding rule.

    ``ROUND_HALF_UP`` is the default for interest and penalties (domain-rules.md §0, [I]); the Alipay
    installment fee uses ``ROUND_HALF_EVEN`` (§2.2, [S]); minimum payments use ``ROUND_CEILING`` (§1, [I]).
    """
    if rounding not in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR):
        raise ValueError(f"unsupported rounding {rounding}")
    return int(value.quantize(Decimal(1), rounding=rounding))


def split_evenly(total_fen: int, parts: int, remainder_to: str = "first") -> list[int]:
    """Split ``total_fen`` into ``parts`` integer amounts that sum back to it exactly.

    ``base = floor(total / parts)``; the remainder goes to the first part (Alipay rule, domain-rules.md §0 [S]) or
    to the last (common at Chinese banks, [T]).

    Raises:
        ValueError: ``parts < 1``, negative total, or ``remainder_to`` not ``"first"``/``"last"``.
    """
    if parts < 1:
        raise ValueError("parts must be at least 1")
    if total_fen < 0:
        raise ValueError("total must not be negative")
    base, remainder = divmod(total_fen, parts)
    amounts = [base] * parts
    if remainder_to == "first":
        amounts[0] += remainder
    elif remainder_to == "last":
        amounts[-1] += remainder
    else:
        raise ValueError(f"remainder_to must be 'first' or 'last', got {remainder_to!r}")
    return amounts
