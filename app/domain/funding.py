"""Which money paid a repayment, read from the payment method a wallet export prints (收/付款方式, 支付方式).

Paying one credit line with another (以卡养卡: 花呗 repaid from a credit card, a card repaid with 白条) moves the
debt instead of repaying it (``domain.alerts.repaid_from_credit``). An import sees it in the method column: a 花呗
repayment paid with ``招商银行信用卡(0000)``. The rule names a line only on evidence [I]:

- the method is credit when it names a credit product: 信用卡 (a credit card), 花呗, 白条, 月付, or "credit card";
  debit cards (储蓄卡, 借记卡), balances (余额, 余额宝, 零钱) and bank transfers are the borrower's own money;
- the line is the one (other than the line repaid) whose name appears in the method, or whose name holds the
  method's issuer (the text before 信用卡, ``招商银行``), or, for 花呗 / 白条 / 月付, whose name holds that product's
  word (a 花呗 line is also found by its kind); two candidates or none name no line: the method alone is reported.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from app.domain.credit_line import CreditLine, LineKind

#: Words that make a payment method credit (borrowed money), with the word a matching line's name would hold.
CREDIT_PRODUCTS = ("花呗", "白条", "月付")
_CARD_WORDS = ("信用卡", "credit card", "贷记卡")
_OWN_MONEY_WORDS = ("储蓄卡", "借记卡", "debit")
#: A card's last digits and any "&红包"-style add-on, left out when names are compared.
_NOISE = re.compile(r"\(\s*\d+\s*\)|（\s*\d+\s*）|&.*$")


@dataclass(frozen=True)
class Funding:
    """What paid a repayment: ``credit`` when the method is borrowed money, ``line_id`` the credit line it names
    (``None`` when no single line matches), ``method`` the method as printed."""

    method: str
    credit: bool
    line_id: int | None = None


def _core(method: str) -> str:
    return _NOISE.sub("", method).strip()


def funding(method: str, lines: Sequence[CreditLine], repaid_line_id: int) -> Funding:
    """Read the payment ``method`` of a repayment of line ``repaid_line_id`` against the credit ``lines``.

    Examples (lines 花呗 (Huabei), 招行信用卡, 浦发信用卡): ``"招商银行信用卡(0000)"`` → credit, no line (招商银行 is not
    in a name; 招行 is a nickname, not evidence); with a line named 招商银行信用卡 → that line; ``"花呗"`` on a
    repayment of a card → the 花呗 line; ``"招商银行储蓄卡(1234)"``, ``"余额宝"`` → not credit.
    """
    core = _core(method)
    folded = core.casefold()
    if not core or any(w in folded for w in _OWN_MONEY_WORDS):
        return Funding(method, False)
    product = next((p for p in CREDIT_PRODUCTS if p in core), None)
    card = any(w in folded for w in _CARD_WORDS)
    if product is None and not card:
        return Funding(method, False)
    others = [ln for ln in lines if ln.id is not None and ln.id != repaid_line_id]
    named = [ln for ln in others if ln.name and (ln.name.casefold() in folded or folded in ln.name.casefold())]
    if not named and card:
        issuer = re.split("信用卡|credit card|贷记卡", core, flags=re.IGNORECASE)[0].strip()
        named = [ln for ln in others if issuer and issuer in ln.name]
    if not named and product is not None:
        named = [ln for ln in others if product in ln.name
                 or (product == "花呗" and ln.kind == LineKind.HUABEI)]
    return Funding(method, True, named[0].id if len(named) == 1 else None)
