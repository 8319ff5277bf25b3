"""The bill decision: every way to pay one bill of a line, side by side, with what each costs.

- **Pay in full** by the due date: no interest (the interest-free period, domain-rules.md §1). Past the due date, in
  full now: the interest since the due date, which the next bill posts; no installment way is offered then.
- **Pay only the minimum** each month: months to pay off and the interest, the line's own bills followed month after
  month (``services.minimum_trap.trap_for_statement``, ``domain.minimum_only``: the bill's own minimum first, then
  each minimum its statements will ask, interest daily from each due date, §1.5): what the ledger will show.
- **Bill installments** (账单分期) into 3, 6, 9 and 12 parts at the line's fee presets: the split and the total fee
  by the Alipay rule (§2.2, the line's remainder rule), the APR as the monthly IRR × 12 and the effective annual
  rate (§3), as the convert dialog shows them. A number of parts the line has no preset for is listed as missing,
  never guessed.

Beside them the CARD-Act-style box (12 CFR 1026.7(b)(12) [S]): "If you pay only the minimum, you will pay it off
in N months and pay X in interest. To clear it in 36 months, pay Y a month (total Z)", Y by Appendix M2's formula
at the same rate.

Money is int fen; rates are ``Decimal`` fractions; "today" comes from the caller. No Qt.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from enum import StrEnum

from app.domain.errors import ValidationError
from app.domain.installments import installment_schedule
from app.domain.minimum_payment import MinimumPaymentWarning, MinimumRule
from app.domain.true_cost import annualized_rate
from app.services.minimum_trap import PAYOFF_MONTHS, StatementChoice, statement_choice, trap_for_statement
from app.services.queries import QueryService
from app.storage.repositories import Store
from app.domain.messages import QT_TRANSLATE_NOOP

#: The bill installment terms compared (the Huabei bill-installment terms, §2.1 [T]).
INSTALLMENT_TERMS: tuple[int, ...] = (3, 6, 9, 12)


class WayKind(StrEnum):
    """How the bill is paid (the same names in the CLI, JSON and the window)."""

    FULL = "full"
    MINIMUM = "minimum"
    INSTALLMENTS = "installments"


@dataclass(frozen=True)
class WayToPay:
    """One way to pay the bill. Amounts in fen.

    Attributes:
        kind: full, minimum only, or installments.
        periods: number of installments (``None`` for the other two).
        fee_rate: the line's preset total fee for the plan, a fraction (installments only).
        first_payment_fen: what is paid by this bill's due date.
        monthly_fen: the regular monthly payment afterwards (installments: the last part; minimum: ``None``,
            it shrinks every month; full: ``None``).
        months: monthly payments until the bill is cleared (full: 1); ``None`` when the minimum never clears it.
        total_cost_fen: interest or fees paid beyond the bill; ``None`` when it is never cleared.
        total_paid_fen: bill + ``total_cost_fen``; ``None`` when it is never cleared.
        apr: the yearly rate this way costs: 0 in full; the line's daily rate × 365 (simple) for the minimum;
            monthly IRR × 12 for installments.
        ear: effective annual rate ``(1 + r)^12 − 1`` of installments; ``None`` otherwise.
    """

    kind: WayKind
    periods: int | None
    fee_rate: Decimal | None
    first_payment_fen: int
    monthly_fen: int | None
    months: int | None
    total_cost_fen: int | None
    total_paid_fen: int | None
    apr: Decimal
    ear: Decimal | None = None


@dataclass(frozen=True)
class BillDecision:
    """Every way to pay one bill (``bill_decision``).

    Attributes:
        bill: the bill and its line's terms (balance left to pay, its own minimum, due date, APR, rule).
        ways: pay in full, then the minimum (left out when the line has no minimum payment), then each
            installment term the line has a preset for, in ``INSTALLMENT_TERMS`` order.
        missing_terms: installment terms of ``INSTALLMENT_TERMS`` the line has no fee preset for.
        warning: the minimum-payment simulation (months, interest, 36-month payment ``payment_36_fen`` and its
            total ``total_36_fen``).
        no_minimum: the line asks the whole bill at once (minimum share 0 %): there is no minimum to pay.
        overdue: the bill's due date has passed with its minimum unpaid (``StatementChoice.overdue``): paying it in
            full now still costs the interest since the due date (posted on the next bill), and it can no longer
            be turned into installments (banks take that until the due date, §2.1), so no installment way is
            offered.
    """

    bill: StatementChoice
    ways: tuple[WayToPay, ...]
    missing_terms: tuple[int, ...]
    warning: MinimumPaymentWarning
    no_minimum: bool
    overdue: bool = False

    def way(self, kind: WayKind, periods: int | None = None) -> WayToPay | None:
        """The way of ``kind`` (with ``periods`` for installments), ``None`` when it is not offered."""
        return next((w for w in self.ways if w.kind is kind and w.periods == periods), None)

    @property
    def clears_within_36(self) -> bool:
        """Paying only the minimum clears the bill within 36 months: the box's 36-month sentence is left out
        (as the Reg Z practice does, ``MinimumPaymentWarning.show_36_month``)."""
        return self.warning.months is not None and self.warning.months <= PAYOFF_MONTHS

    @property
    def payment_36_costs_more(self) -> bool:
        """36 equal payments cost more interest than the minimum does (a large minimum share, like 10 %, repays
        much of the bill in the first months); the minimum's price is then the time it takes."""
        w = self.warning
        return w.total_paid_fen is not None and w.total_36_fen > w.total_paid_fen


def bill_decision(store: Store, line_id: int, statement_date: date, today: date,
                  terms: Sequence[int] = INSTALLMENT_TERMS) -> BillDecision:
    """Compare the ways to pay the bill of ``statement_date`` on ``line_id`` as of ``today``.

    Example (tests/services/test_bill_decision.py): a 10,000.00 card bill, minimum 10 %, 0.05 %/day (18.25 % a
    year): the minimum only takes 136 months and costs 1,585.75 interest; clearing it in 36 months takes 362.78
    a month (13,060.08 in all); 3 installments at 2.25 % cost 225.00 (APR 13.45 %).

    Raises:
        NotFoundError: unknown line.
        ValidationError: ``field="statement"``: the line has no bill on that date, nothing is left to pay on
            it, or the line pays in 4.
    """
    line = store.lines.get(line_id)
    if line.pays_in_4:
        raise ValidationError("statement", statement_date, QT_TRANSLATE_NOOP(
                "Errors", "is a payment of a pay-in-4 line: it is due in full, without interest, so there is no "
                          "minimum or installment plan to compare"))
    bill = statement_choice(store, line_id, statement_date, today)
    if bill is None:
        result = QueryService(store).line_statements(line_id, today)
        if not any(s.statement_date == statement_date for s in result.statements):
            raise ValidationError("statement", statement_date, QT_TRANSLATE_NOOP(
                    "Errors", "is not the date of a bill of this line"))
        raise ValidationError("statement", statement_date, QT_TRANSLATE_NOOP("Errors", "has nothing left to pay"))
    trap = trap_for_statement(bill)
    w = trap.warning
    balance = bill.balance_fen
    no_minimum = line.min_payment_rate == 0
    if bill.overdue:  # in full today: the same simulation, paying everything at once (its interest comes later)
        now = trap_for_statement(replace(bill, rule=MinimumRule(Decimal(1), False, 0), minimum_fen=balance)).warning
        ways = [WayToPay(WayKind.FULL, None, None, balance, None, now.months, now.total_interest_fen,
                         now.total_paid_fen, bill.apr)]
    else:
        ways = [WayToPay(WayKind.FULL, None, None, balance, None, 1, 0, balance, Decimal(0))]
    if not no_minimum:
        ways.append(WayToPay(WayKind.MINIMUM, None, None, w.first_minimum_fen, None, w.months,
                             w.total_interest_fen, w.total_paid_fen, bill.apr))
    missing: list[int] = []
    for periods in () if bill.overdue else terms:
        rate = line.fee_presets.get(periods)
        if rate is None:
            missing.append(periods)
            continue
        parts = installment_schedule(balance, periods, rate, line.remainder_to.value)
        rates = annualized_rate(balance, parts)
        fee = sum(p.fee_fen for p in parts)
        ways.append(WayToPay(WayKind.INSTALLMENTS, periods, rate, parts[0].amount_fen, parts[-1].amount_fen,
                             periods, fee, balance + fee, rates.apr, rates.ear))
    return BillDecision(bill, tuple(ways), tuple(missing), w, no_minimum, bill.overdue)
