"""A bank CSV's column profile: which column holds what and how to read it (the presets are in ``card_presets``;
the reader is ``bank_csv``). A profile can be saved as a dict for a bank DebtLens has no preset for."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Any

from app.domain.messages import QT_TRANSLATE_NOOP
from app.importers.records import PURCHASE, REFUND, REPAYMENT

CHARGE_POSITIVE = "charge_positive"  # issuer's side: a purchase is +, a repayment or refund - (CMB, CGB, Amex)
CHARGE_NEGATIVE = "charge_negative"  # holder's side: a purchase is -, a payment or return + (Chase)
UNSIGNED = "unsigned"  # every amount positive; the type column says which way it went (BOCOM)
SIGNS = (CHARGE_POSITIVE, CHARGE_NEGATIVE, UNSIGNED)
#: Currency names as Chinese bank exports print them.
CURRENCY_NAMES = {"人民币": "CNY", "美元": "USD", "港币": "HKD", "港元": "HKD", "日元": "JPY", "欧元": "EUR",
                  "英镑": "GBP", "澳元": "AUD", "加元": "CAD", "新加坡元": "SGD", "澳门元": "MOP", "新台币": "TWD",
                  "韩元": "KRW", "瑞士法郎": "CHF"}
DATE_ORDERS = ("YMD", "MDY", "DMY", "MD")  # MD: no year in the row, it comes from a "YYYY年MM月" title line
FEE = "fee"  # a type_map value: a purchase in category Fees

_ASCII_PARENS = str.maketrans("（）", "()")


@dataclass(frozen=True)
class CsvProfile:
    """Where a bank CSV keeps each field, and how to read it.

    Attributes:
        name: shown to the user and used in the format key (``"CMB"``, ``"My bank"``).
        date_column: header of the transaction date. Any column name may list alternatives separated by ``|``
            (``"交易日|交易日期"``): the first one the header holds is read.
        description_column: header of the description (交易摘要, ``Description``).
        amount_column: header of a single signed amount column; or give ``debit_column``/``credit_column``.
        debit_column: header of the charges column (money owed goes up), when amounts are split.
        credit_column: header of the repayments/refunds column, when amounts are split.
        sign: :data:`CHARGE_POSITIVE`, :data:`CHARGE_NEGATIVE` or :data:`UNSIGNED` (needs a ``type_column``),
            for ``amount_column``.
        date_order: one of :data:`DATE_ORDERS`.
        encoding: Python codec of the file, or ``None`` to detect.
        fallback_date_column: used when ``date_column`` is blank (CMB leaves 交易日 empty on repayments).
        merchant_column: header of a separate merchant column (ICBC 交易场所).
        type_column: header of a transaction-type column (Chase ``Type``).
        type_map: ``(type text, kind)`` pairs, compared case-insensitively; kind is ``"purchase"``, ``"refund"``,
            ``"repayment"`` or ``"fee"``.
        type_match: ``"exact"`` (the whole cell is the type text) or ``"prefix"`` (the cell starts with it; the
            longest one wins, and the rest of the cell is the merchant).
        currency_column: header of a per-row currency (code or Chinese name); rows in another currency than
            ``currency`` are skipped.
        category_column: header of the issuer's category (Chase ``Category``).
        currency: ISO code of the amounts.
        repayment_words: a credit whose description holds one of these (case-insensitive) is a repayment.
        stop_words: a row whose first cell starts with one of these ends the data (ICBC 合计金额).
        key_prefix: the ``source_key`` prefix; defaults to ``"csv:<name>"``.
    """

    name: str
    date_column: str
    description_column: str
    amount_column: str | None = None
    debit_column: str | None = None
    credit_column: str | None = None
    sign: str = CHARGE_POSITIVE
    date_order: str = "YMD"
    encoding: str | None = None
    fallback_date_column: str | None = None
    merchant_column: str | None = None
    type_column: str | None = None
    type_map: tuple[tuple[str, str], ...] = ()
    category_column: str | None = None
    type_match: str = "exact"
    currency_column: str | None = None
    currency: str = "CNY"
    repayment_words: tuple[str, ...] = ("还款", "payment", "autopay")
    stop_words: tuple[str, ...] = ("合计", "---", "总计")
    key_prefix: str = ""

    def __post_init__(self) -> None:
        if not self.name.strip():
            raise ValueError("a CSV profile needs a name")
        if not self.amount_column and not (self.debit_column or self.credit_column):
            raise ValueError(QT_TRANSLATE_NOOP("ImportTexts", "name an amount column, or debit and/or credit columns"))
        if self.amount_column and (self.debit_column or self.credit_column):
            raise ValueError(QT_TRANSLATE_NOOP("ImportTexts", "name either an amount column or debit/credit columns, "
                                                             "not both"))
        if self.sign not in SIGNS:
            raise ValueError(f"sign must be one of {SIGNS}, got {self.sign!r}")
        if self.sign == UNSIGNED and not (self.type_column and self.type_map):
            raise ValueError("unsigned amounts need a type column and its types")
        if self.type_match not in ("exact", "prefix"):
            raise ValueError(f"type_match must be 'exact' or 'prefix', got {self.type_match!r}")
        if self.date_order not in DATE_ORDERS:
            raise ValueError(f"date_order must be one of {DATE_ORDERS}, got {self.date_order!r}")
        for _text, kind in self.type_map:
            if kind not in (PURCHASE, REFUND, REPAYMENT, FEE):
                raise ValueError(f"type_map kind must be purchase, refund, repayment or fee, got {kind!r}")

    @property
    def prefix(self) -> str:
        """The ``source_key`` prefix, e.g. ``"cmb"`` or ``"csv:My bank"``."""
        return self.key_prefix or f"csv:{self.name}"

    def columns(self) -> tuple[str, ...]:
        """Every header name the profile needs; a row holding all of them is the header."""
        return tuple(column_key(n) for n in specs_of(self))

    def matches(self, cells: list[str]) -> bool:
        """``True`` when ``cells`` holds every column this profile needs (one of its names, for a column named
        ``"交易日|交易日期"``)."""
        present = {column_norm(c) for c in cells}
        return all(any(name in present for name in spec.split("|")) for spec in self.columns())

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready dict, for saving a user's profile."""
        data = asdict(self)
        data["type_map"] = [list(pair) for pair in self.type_map]
        data["repayment_words"] = list(self.repayment_words)
        data["stop_words"] = list(self.stop_words)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CsvProfile:
        """Rebuild a profile saved with :meth:`to_dict`.

        Raises:
            ValueError: unknown keys or invalid values.
        """
        known = {f.name for f in fields(cls)}
        unknown = set(data) - known
        if unknown:
            raise ValueError(f"unknown CSV profile keys: {', '.join(sorted(unknown))}")
        values = dict(data)
        if "type_map" in values:
            values["type_map"] = tuple((str(a), str(b)) for a, b in values["type_map"])
        for name in ("repayment_words", "stop_words"):
            if name in values:
                values[name] = tuple(values[name])
        return cls(**values)


def format_key(profile: CsvProfile) -> str:
    """``"bank_csv:cmb"`` for a preset, ``"bank_csv:<name>"`` for a user's profile."""
    return f"bank_csv:{profile.key_prefix or profile.name}"


def specs_of(profile: CsvProfile) -> tuple[str, ...]:
    """The profile's column names as written (``"交易日|交易日期"``), blanks left out."""
    names = (profile.date_column, profile.description_column, profile.amount_column, profile.debit_column,
             profile.credit_column, profile.fallback_date_column, profile.merchant_column, profile.type_column,
             profile.category_column, profile.currency_column)
    return tuple(n for n in names if n)


def column_key(spec: str) -> str:
    """A profile's column name as compared: each ``|`` alternative through :func:`column_norm`."""
    return "|".join(column_norm(name) for name in spec.split("|"))


def column_norm(name: str) -> str:
    """A header name as compared: stripped, ASCII parentheses, without a ``(元)`` unit."""
    name = name.strip().translate(_ASCII_PARENS)
    return name.removesuffix("(元)").strip() if name.endswith("(元)") and len(name) > 3 else name
