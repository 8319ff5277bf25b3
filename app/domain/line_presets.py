"""Typical terms a new credit line starts from, one preset per kind of line. Every value is editable in the form;
the presets only save typing.

``title`` and ``name`` are English source texts: the window shows them translated (context ``LineDialog``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from app.domain.credit_line import CARD_FEE_PRESETS, HUABEI_FEE_PRESETS, Billing, BnplLateFee, LineKind

#: The daily penalty (overdue) interest rate a new line starts with: 0.05 % a day (editable).
DEFAULT_DAILY_PENALTY_RATE = Decimal("0.0005")


@dataclass(frozen=True)
class LinePreset:
    """Typical terms of a kind of line.

    Attributes:
        title: what the preset is called in the form. kind: the line's kind. name: the new line's name.
        statement_day, due_day: days of the month (1-31). limit_fen: a typical credit limit (fen).
        min_payment_rate: the minimum payment as a fraction of the bill. grace_days: days after the due date
            before a bill counts as overdue. fee_presets: installment fee rate (total fraction) per number of
            periods. daily_penalty_rate: overdue interest, a fraction a day. billing: monthly bills, or each
            purchase due in 4 payments every 14 days (``Billing.PAY_IN_4``). bnpl_late_fee: a pay-in-4 line's
            late-fee rule.
    """

    title: str
    kind: LineKind
    name: str
    statement_day: int
    due_day: int
    limit_fen: int
    min_payment_rate: Decimal
    grace_days: int = 0
    fee_presets: dict[int, Decimal] = field(default_factory=dict)
    daily_penalty_rate: Decimal = DEFAULT_DAILY_PENALTY_RATE
    billing: Billing = Billing.MONTHLY
    bnpl_late_fee: BnplLateFee = BnplLateFee.KLARNA_US


#: Huabei: statement day 1, due day 10, minimum 10 %, its published fee rates; a credit card: statement day 5,
#: due day 23, 3 grace days, 0.75 % a period; pay later: each purchase due in 4 payments every 14 days, no interest,
#: Klarna US late fees (7.00 a payment unpaid after 10 days, at most 25 % of the order; domain-rules.md §5 [S]), no
#: installment plans (the line splits every purchase itself); its statement and due days are not used.
LINE_PRESETS: tuple[LinePreset, ...] = (
    LinePreset("Huabei (花呗)", LineKind.HUABEI, "Huabei", 1, 10, 500_000, Decimal("0.10"), 0,
               dict(HUABEI_FEE_PRESETS)),
    LinePreset("Credit card", LineKind.CREDIT_CARD, "Credit card", 5, 23, 2_000_000, Decimal("0.10"), 3,
               dict(CARD_FEE_PRESETS)),
    LinePreset("Pay later (pay in 4)", LineKind.BNPL, "Pay later", 15, 25, 300_000, Decimal(0), 0, {},
               billing=Billing.PAY_IN_4, bnpl_late_fee=BnplLateFee.KLARNA_US),
    # JD 白条 and Meituan 月付: a monthly bill like Huabei's, due 9 days after the statement date (JD's help pages:
    # "账单出来之后，9天之内还上"); the statement day itself is set per user (JD: the day of the month the account was
    # activated), so the 1st/10th here is a start the user corrects from the app's bill page. 10 % minimum as their
    # apps show it [T: third-party terms, not published rates]. No fee presets: installment fees vary by user and
    # offer, so a plan asks for the rate the app shows
    LinePreset("JD Baitiao (京东白条)", LineKind.BNPL, "JD Baitiao", 1, 10, 500_000, Decimal("0.10"), 0, {}),
    LinePreset("Meituan Yuefu (美团月付)", LineKind.BNPL, "Meituan Yuefu", 1, 10, 300_000, Decimal("0.10"), 0, {}),
)
