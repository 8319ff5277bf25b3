"""One rule for money coming back to a card: is a credit a repayment of the line or a refund of a purchase?

Every reader whose file does not settle this row by row (OFX, QIF, bank CSVs) asks :func:`credit_kind`; wallet
readers (Alipay, WeChat) have their own columns that say it. The rule, first match wins:

1. Linked to a purchase (the file names the purchase it pays back): a **refund**.
2. The transaction type says repayment: OFX ``PAYMENT``, or a transfer or cash-style credit (``XFER``, ``DEP``,
   ``DIRECTDEP``, ``ATM``, ``CASH``), QIF's transfer category ``L[Account]``: a **repayment**. Money moved in
   from an account or at a machine pays the card; a shop never pays back that way.
3. The text says refund (``退款``, ``退货``, ``REFUND``, ``RETURN``): a **refund**.
4. The text says repayment (``PAYMENT``, ``THANK YOU``, ``AUTOPAY``, ``还款``, ``自动还款``, ``还款成功``,
   ``转账``, ``TRANSFER`` …): a **repayment**. Card issuers name a payment this way on every statement
   ("INTERNET PAYMENT - THANK YOU"); before this rule OFX read such a ``CREDIT`` as a refund of an unknown
   purchase, and the preview then warned of overdue bills that had been paid.
5. Anything else (``CREDIT`` "REWARD", a bare ``(退款)`` -less credit): a **refund**, money back on the line.

Latin words match whole words only (``ATM`` is not the middle of ``TREATMENT``); Chinese words match anywhere.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from app.importers.records import REFUND, REPAYMENT

#: OFX ``TRNTYPE`` values (upper case) of a credit that is a repayment: a payment, a transfer or deposit into the
#: card account, cash put in at a machine.
REPAYMENT_TYPES = frozenset({"PAYMENT", "XFER", "DEP", "DIRECTDEP", "ATM", "CASH"})

#: Words of a repayment: issuers' payment lines, autopay, transfers in (English, case-insensitive, whole words).
REPAYMENT_WORDS = ("payment", "payments", "repayment", "thank you", "autopay", "auto pay", "auto-pay",
                   "transfer", "online transfer", "atm", "deposit")
#: Chinese words of a repayment (anywhere in the text).
REPAYMENT_WORDS_ZH = ("还款", "自动还款", "还款成功", "转账", "转帐", "存入", "入账还款", "银联入账")
#: Words of a refund (English whole words, Chinese anywhere).
REFUND_WORDS = ("refund", "refunded", "return", "returned", "merchandise return")
REFUND_WORDS_ZH = ("退款", "退货", "退费")


def _pattern(words: Iterable[str]) -> re.Pattern[str]:
    alternatives = sorted({re.escape(w.casefold()).replace(r"\ ", r"[\s\-_]*") for w in words}, key=len,
                          reverse=True)
    return re.compile(r"(?<![a-z0-9])(?:" + "|".join(alternatives) + r")(?![a-z0-9])")


_REPAYMENT = _pattern(REPAYMENT_WORDS)
_REFUND = _pattern(REFUND_WORDS)


def says_repayment(text: str, extra_words: Iterable[str] = ()) -> bool:
    """``True`` when ``text`` names a repayment (see :data:`REPAYMENT_WORDS`, :data:`REPAYMENT_WORDS_ZH`), or holds
    one of ``extra_words`` (a CSV profile's own words, compared case-insensitively anywhere)."""
    folded = text.casefold()
    return (bool(_REPAYMENT.search(folded)) or any(w in text for w in REPAYMENT_WORDS_ZH)
            or any(w and w.casefold() in folded for w in extra_words))


def says_refund(text: str) -> bool:
    """``True`` when ``text`` names a refund or a return of goods."""
    return bool(_REFUND.search(text.casefold())) or any(w in text for w in REFUND_WORDS_ZH)


def credit_kind(texts: Iterable[str], *, trntype: str = "", transfer: bool = False, linked: bool = False,
                extra_words: Iterable[str] = ()) -> str:
    """Classify money credited to a card (what is owed goes down) by the rule in the module notes.

    Args:
        texts: what the file says about the row (payee, memo, description, category), in any order.
        trntype: the file's transaction type (OFX ``TRNTYPE``), any case; empty when the file has none.
        transfer: the file marks the row as a transfer from another account (QIF ``L[Checking]``).
        linked: the file names the purchase this credit pays back.
        extra_words: a CSV profile's own repayment words.

    Returns:
        ``"refund"`` or ``"repayment"`` (:data:`app.importers.records.REFUND` / ``REPAYMENT``).
    """
    if linked:
        return REFUND
    if transfer or trntype.strip().upper() in REPAYMENT_TYPES:
        return REPAYMENT
    text = " ".join(t for t in texts if t)
    if says_refund(text):
        return REFUND
    if says_repayment(text, extra_words):
        return REPAYMENT
    return REFUND
