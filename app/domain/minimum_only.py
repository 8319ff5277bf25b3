"""Paying only the minimum on one bill of a ledger line, month after month, by the line's own statements engine.

The Regulation Z simulation (``domain.minimum_payment``, §4.2) is a calculator: a share of the new balance, interest
at APR ÷ 12. A bill of a line in the ledger follows §1.5 instead, and the answer must be what the ledger itself will
show when the person does pay every minimum: the minimum is ``ceil(share × unpaid principal)`` plus the posted
interest, and interest accrues daily on the unpaid principal from each due date (domain-rules.md §1.5, R1). So the
simulation *is* the engine: a copy of the line whose automatic repayment pays the minimum on every due date
(``AutoRepay.MINIMUM``), with the bill as its only charge and no new purchases. R1's 1,000.00 Huabei bill
(10 %, 0.05 %/day) is cleared in 93 payments with 137.18 of interest (the calculator says 110 and 158.56).

Pure: money is int fen, "today" is not needed (the bill's statement date anchors everything).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import ROUND_CEILING

from dateutil.relativedelta import relativedelta

from app.domain.credit_line import AutoRepay, AutoRepayChange, CreditLine
from app.domain.errors import ValidationError
from app.domain.messages import QT_TRANSLATE_NOOP
from app.domain.money import round_fen
from app.domain.minimum_payment import (
    MAX_MONTHS,
    MinimumPaymentWarning,
    whole_units,
    payment_36_months,
    repayment_period,
)
from app.domain.revolving import compute_statements
from app.domain.statements import CycleCharges, LineStatements, Repayment

#: First horizon tried, in years; a bill still unpaid by then is simulated again up to ``MAX_MONTHS``.
_FIRST_HORIZON_YEARS = 15


def _simulate(line: CreditLine, statement_date: date, balance_fen: int, first_fen: int | None,
              amount_days: int, months: int, first_paid_on: date | None = None) -> tuple[list[Repayment], list[int]]:
    """Over ``months`` months: every payment, oldest first, and what is owed at the start and right after each
    one (the paid bill's balance less the payment; interest posted later is in the next bill's balance)."""
    due = max(line.bill_due(statement_date), first_paid_on or date.min)
    share = line.min_payment_rate
    prepaid = 0
    if first_fen is not None and 0 < share < 1:
        # The bill's own minimum can be below the line's share of what is left (part of it is paid already):
        # bill the part paid as well and pay it on the statement date, so the engine asks just that minimum.
        def ask(x: int) -> int:  # the bill's minimum left when x of it is paid already
            return round_fen(share * (balance_fen + x), ROUND_CEILING) - x

        prepaid = max(0, int((share * balance_fen - first_fen) / (1 - share)))
        while prepaid > 0 and ask(prepaid - 1) <= first_fen:
            prepaid -= 1
        while ask(prepaid) > first_fen:
            prepaid += 1
    charges = [CycleCharges(statement_date, purchases_fen=balance_fen + prepaid, purchase_count=1,
                            amount_days=amount_days)]
    given = [Repayment(statement_date, prepaid, target_statement=statement_date)] if prepaid else []
    first = None if first_fen is None else Repayment(due, min(balance_fen, max(1, first_fen)),
                                                     target_statement=statement_date)
    if first_paid_on is not None:
        # Overdue by today: the minimum to pay today is the latest bill due before it asks (§1.5: a bill's minimum
        # holds the earlier ones' unpaid minimums), not only this bill's own; nothing is paid before today.
        behind = [st for st in compute_statements(line, charges, given, first_paid_on).statements
                  if st.due_date < first_paid_on]
        if behind and (behind[-1].statement_date > statement_date or first is None):
            first = Repayment(first_paid_on, behind[-1].minimum_fen, target_statement=behind[-1].statement_date)
    if first is not None:
        given.append(first)
    result = compute_statements(line, charges, given, statement_date + relativedelta(months=months))
    payments = sorted(given[1 if prepaid else 0:] + result.auto_repayments, key=lambda r: r.paid_on)
    paid_on_bill: dict[date, int] = {statement_date: prepaid}
    for p in payments:
        key = p.target_statement or p.paid_on
        paid_on_bill[key] = paid_on_bill.get(key, 0) + p.amount_fen
    owed = [max(0, st.balance_fen - paid_on_bill[st.statement_date]) for st in result.statements
            if paid_on_bill.get(st.statement_date)]
    return payments, [balance_fen, *owed]


def minimum_only_on_line(line: CreditLine, statement_date: date, balance_fen: int,
                         first_payment_fen: int | None = None, amount_days: int = 0,
                         first_paid_on: date | None = None) -> MinimumPaymentWarning:
    """What paying only the minimum costs on a bill of ``line`` cut on ``statement_date`` with ``balance_fen`` left
    to pay, computed by the statements engine (§1.5) with no new purchases.

    ``first_payment_fen`` is what the bill itself still asks (its own minimum, less what is paid), paid on its due
    date; ``None``: the line's rule decides that one too. ``amount_days`` is the bill's purchases' fen × days from
    posting to the statement date (``Statement.amount_days``): a card with full-bill interest charges them (§4.1
    C1). ``first_paid_on``: a bill already overdue is paid no earlier than that day (today), with the penalty
    interest and late fee the line charges for it, and the minimums after it from that day on.

    Fields as ``min_payment_warning``: ``months`` counts the payments until the bill is cleared;
    ``total_interest_fen`` is every fen paid beyond ``balance_fen`` (interest, and the line's fees); ``balances_fen``
    is what is owed at the start and right after each payment. The 36-month figures are Appendix M2's at the line's
    simple yearly rate (daily rate × 365, §3), as the calculator gives them.

    Example (R1 terms, statement day 1, due day 10): 1,000.00 cut on 2024-03-01 -> 93 payments, the first 100.00,
    total paid 1,137.18.

    Raises:
        ValidationError: ``balance_fen`` not positive.
    """
    if balance_fen <= 0:
        raise ValidationError("balance", balance_fen, QT_TRANSLATE_NOOP("Errors", "must be greater than zero"))
    late = first_paid_on is not None and first_paid_on > line.bill_due(statement_date)
    payer = replace(line, auto_repay=AutoRepay.OFF if late else AutoRepay.MINIMUM, auto_repay_changes=(
        (AutoRepayChange(first_paid_on, AutoRepay.MINIMUM),) if late and first_paid_on is not None else ()))
    paid_on = first_paid_on if late else None
    horizon = _FIRST_HORIZON_YEARS * 12
    payments, balances = _simulate(payer, statement_date, balance_fen, first_payment_fen, amount_days, horizon,
                                   paid_on)
    # cleared when nothing more is asked before the horizon: the last payment settled the bill and its interest
    paid_off = bool(payments) and payments[-1].paid_on < statement_date + relativedelta(months=horizon - 2)
    if not paid_off:
        payments, balances = _simulate(payer, statement_date, balance_fen, first_payment_fen, amount_days,
                                       MAX_MONTHS + 1, paid_on)
        paid_off = len(payments) <= MAX_MONTHS
        payments, balances = payments[:MAX_MONTHS], balances[:MAX_MONTHS + 1]
    return _warning(line, balance_fen, payments, balances, paid_off)


def _warning(line: CreditLine, balance_fen: int, payments: list[Repayment], balances: list[int],
             paid_off: bool) -> MinimumPaymentWarning:
    """The warning of a minimum-only run: ``payments`` made, what is owed at the start and after each one."""
    paid = sum(p.amount_fen for p in payments)
    months = len(payments)
    apr = line.daily_penalty_rate * 365
    pmt36 = payment_36_months(balance_fen, apr)
    total_paid_units = whole_units(paid) if paid_off else None
    return MinimumPaymentWarning(
        months=months if paid_off else None,
        period=repayment_period(months) if paid_off else None,
        first_minimum_fen=payments[0].amount_fen if payments else 0,
        total_paid_fen=paid if paid_off else None,
        total_interest_fen=paid - balance_fen if paid_off else None,
        payment_36_fen=pmt36,
        total_36_fen=pmt36 * 36,
        total_paid_units=total_paid_units,
        payment_36_units=whole_units(pmt36),
        total_36_units=whole_units(pmt36 * 36),
        savings_units=total_paid_units - whole_units(pmt36 * 36) if total_paid_units is not None else None,
        show_36_month=paid_off and months > 36,
        balances_fen=tuple(balances),
    )


def minimum_only_from(line: CreditLine, cycles: list[CycleCharges], repayments: list[Repayment], as_of: date,
                      auto_repay_failed: frozenset[date] = frozenset()) -> list[Repayment] | None:
    """The payments still to make on ``line`` if, from the day after ``as_of``, only each bill's minimum is paid
    on its due date and nothing new is bought: the line's real history (``cycles``, ``repayments`` as
    ``compute_statements`` takes them, installment parts already scheduled included) run on by the statements
    engine with an automatic minimum repayment from then on (§1.5); repayments recorded after ``as_of`` are left
    out (a workshop's story holds them). Oldest first; ``[]`` when nothing more is
    owed; ``None`` when it is still not paid off after ``MAX_MONTHS`` months.
    """
    run = _project(line, cycles, repayments, as_of, auto_repay_failed)
    return None if run is None else run[0]


def _project(line: CreditLine, cycles: list[CycleCharges], repayments: list[Repayment], as_of: date,
             auto_repay_failed: frozenset[date]) -> tuple[list[Repayment], LineStatements] | None:
    """``minimum_only_from``'s payments with the statements they were made on."""
    payer = replace(line, auto_repay_changes=(*line.auto_repay_changes,
                                              AutoRepayChange(as_of + timedelta(days=1), AutoRepay.MINIMUM)))
    repayments = [r for r in repayments if r.paid_on <= as_of]  # later ones are what is being projected
    for months in (_FIRST_HORIZON_YEARS * 12, MAX_MONTHS):
        horizon = as_of + relativedelta(months=months)
        result = compute_statements(payer, cycles, repayments, horizon, auto_repay_failed)
        ahead = [r for r in result.auto_repayments if r.paid_on > as_of]
        if not ahead or ahead[-1].paid_on < horizon - relativedelta(months=2):
            return ahead, result
    return None


def minimum_only_warning_from(line: CreditLine, cycles: list[CycleCharges], repayments: list[Repayment],
                              as_of: date, auto_repay_failed: frozenset[date], balance_fen: int) -> MinimumPaymentWarning:
    """``minimum_only_on_line``'s warning for a line's whole debt, ``balance_fen`` (what its bills and plans will
    still ask, ``Position.to_repay_fen``), by ``minimum_only_from``: the line's real history run on, so a carried
    rest accrues interest from its due date as the ledger will show it (a bill re-billed as one new purchase is
    interest-free until its due date and came out cheaper). ``months`` counts the payments; ``None`` fields when
    not paid off within ``MAX_MONTHS``.

    Raises:
        ValidationError: ``balance_fen`` not positive.
    """
    if balance_fen <= 0:
        raise ValidationError("balance", balance_fen, QT_TRANSLATE_NOOP("Errors", "must be greater than zero"))
    run = _project(line, cycles, repayments, as_of, auto_repay_failed)
    if run is None:
        return _warning(line, balance_fen, [], [balance_fen], False)
    payments, result = run
    by_bill = {st.statement_date: st for st in result.statements}
    balances = [balance_fen]
    for p in payments:
        st = by_bill.get(p.target_statement) if p.target_statement else None
        balances.append(max(0, (st.balance_fen if st is not None else balances[-1]) - p.amount_fen))
    return _warning(line, balance_fen, payments, balances, True)
