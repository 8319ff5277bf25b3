"""The minimum-payment trap: what paying only the minimum on a bill costs, against paying it off in 36 months.

A bill of the ledger is simulated by its line's own statements engine (``trap_for_statement``,
``domain.minimum_only``, §1.5), so the months and the interest are what the ledger will show. Numbers typed by
the user go through Regulation Z's minimum-payment warning (12 CFR 1026.7(b)(12), Appendices M1/M2 [S];
``domain.minimum_payment``). For a Chinese line the calculator's inputs come from the line (domain-rules.md §1, §3):
APR = daily penalty rate × 365, the simple rate the sources quote (0.05 %/day -> 18.25 %), and the minimum is the
line's share of the bill (10 % for Huabei [T]), rounded up to the fen. Money is int fen. No Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal

from app.domain.credit_line import CreditLine
from app.domain.minimum_only import minimum_only_on_line, minimum_only_warning_from
from app.domain.minimum_payment import MinimumPaymentWarning, MinimumRule, min_payment_warning
from app.domain.money import round_fen
from app.domain.statements import Statement
from app.services.queries import QueryService
from app.services.true_cost import line_minimum_rule, revolving_rate
from app.storage.repositories import Store

PAYOFF_MONTHS = 36  # Appendix M2's comparison term [S]


@dataclass(frozen=True)
class MinimumTrap:
    """Minimum-only repayment against the 36-month payoff, with both balance series for a chart.

    Attributes:
        balance_fen / apr / rule: the inputs (APR a fraction).
        warning: the Reg Z figures (months or ``None`` = never, totals, 36-month payment ...).
        minimum_balances: balance at the start and after each month paying the minimum, fen.
        payoff_36_balances: the same paying ``warning.payment_36_fen`` a month (the last month clears the rest).
    """

    balance_fen: int
    apr: Decimal
    rule: MinimumRule
    currency: str
    warning: MinimumPaymentWarning
    minimum_balances: tuple[int, ...]
    payoff_36_balances: tuple[int, ...]


def fixed_payment_balances(balance_fen: int, apr: Decimal, payment_fen: int, months: int) -> tuple[int, ...]:
    """Balances paying ``payment_fen`` a month for ``months`` months, interest ``round_half_up(B × APR/12)``
    ([I], as the Reg Z simulation); the last month pays whatever is left. Index 0 is the start."""
    balance = balance_fen
    series = [balance]
    for month in range(1, months + 1):
        new = balance + round_fen(balance * apr / 12)
        balance = 0 if month == months else max(0, new - payment_fen)
        series.append(balance)
        if balance == 0:
            break
    return tuple(series)


def minimum_trap(balance_fen: int, apr: Decimal, rule: MinimumRule, currency: str = "CNY",
                 first_payment_fen: int | None = None) -> MinimumTrap:
    """Simulate paying only the minimum on ``balance_fen`` (Reg Z §4.2) and the 36-month alternative;
    ``first_payment_fen`` is a bill's own minimum, paid first before any interest (``min_payment_warning``).

    Example (U1): 3,000.00 at 18 %, ``max(1 % + interest, 25.00)``: 170 months, total paid 6,494.14, interest
    3,494.14; 36-month payment 108.46, total 3,904.56.

    Raises:
        ValidationError: balance not positive, APR negative (see ``min_payment_warning``).
    """
    warning = min_payment_warning(balance_fen, apr, rule, first_payment_fen=first_payment_fen)
    return MinimumTrap(
        balance_fen=balance_fen, apr=apr, rule=rule, currency=currency, warning=warning,
        minimum_balances=warning.balances_fen,
        payoff_36_balances=fixed_payment_balances(balance_fen, apr, warning.payment_36_fen, PAYOFF_MONTHS),
    )


@dataclass(frozen=True)
class StatementChoice:
    """A bill to run the trap on, with the line's terms as inputs.

    Attributes:
        balance_fen: what is left to pay on it (its whole balance when nothing is paid yet), fen.
        minimum_fen: what is left of the bill's own minimum payment (as the statements view shows it), ``0`` when
            the minimum is paid already.
        issued: ``False`` for the next bill, still a projection.
        apr: daily penalty rate × 365 (simple). rule: the line's minimum rule.
        revolving_fen: the part of ``balance_fen`` that is not installment parts (principal and fee), fen, never
            below 0: what paying only the minimum leaves to accrue interest. A bill of installment parts only has
            none (``default_choice`` then looks further).
    """

    line_id: int
    line_name: str
    currency: str
    statement_date: date
    due_date: date
    balance_fen: int
    issued: bool
    apr: Decimal
    rule: MinimumRule
    minimum_fen: int = 0
    revolving_fen: int = 0
    terms: CreditLine | None = field(default=None, compare=False, repr=False)
    amount_days: int = field(default=0, compare=False, repr=False)
    #: the day the choice was made on (the clock's today); ``None``: not known
    as_of: date | None = field(default=None, compare=False, repr=False)
    #: the line's statements-engine inputs (``QueryService.engine_inputs``) when the bill is all the line will ask:
    #: the trap then runs the line's own history on, as the debt-free alert does (one computation)
    history: tuple | None = field(default=None, compare=False, repr=False)

    @property
    def overdue(self) -> bool:
        """An issued bill whose minimum is still unpaid after its due date (by ``as_of``)."""
        return self.issued and self.minimum_fen > 0 and self.as_of is not None and self.as_of > self.due_date


def _choice(line: CreditLine, st: Statement, as_of: date, carried: Statement | None = None) -> StatementChoice:
    """``st`` as a choice. ``carried``: for the next bill (not issued yet), the latest issued one whose minimum was
    paid by its due date and whose rest revolves into ``st`` (§1.5): that rest, the interest it will post and its
    least payment are ``st``'s too, as the next payment shows them (``position.by_due_date``)."""
    balance = st.unpaid_fen if st.issued else st.balance_fen
    minimum = min(balance, max(0, st.minimum_fen - st.paid_fen))
    revolving = max(0, balance - st.installment_principal_fen - st.installment_fee_fen)
    if carried is not None:
        rest = carried.unpaid_fen + carried.interest_to_come_fen
        balance, minimum, revolving = balance + rest, minimum + carried.minimum_left_fen, revolving + rest
    return StatementChoice(
        line_id=line.saved_id, line_name=line.name, currency=line.currency, statement_date=st.statement_date,
        due_date=line.bill_due(st.statement_date), balance_fen=balance, issued=st.issued,
        apr=revolving_rate(line).apr, rule=line_minimum_rule(line), minimum_fen=min(balance, minimum), terms=line,
        amount_days=st.amount_days, as_of=as_of, revolving_fen=revolving,
    )


def _revolving_into_next(result, as_of: date) -> Statement | None:
    """The latest issued statement of ``result`` when its due date has passed with its minimum paid and a rest
    left, which the next statement will carry (§1.5); else ``None`` (overdue, paid, or not due yet)."""
    current = result.current()
    if current is None or current.unpaid_fen <= 0 or result.overdue_fen > 0 or current.due_date >= as_of:
        return None
    return current


def default_choice(choices: list[StatementChoice]) -> int:
    """The index in ``choices`` (``statement_choices``' order, newest first) the trap opens on: the first bill with
    a revolving (non-installment) balance, since paying only its minimum is what costs interest; the first bill when
    none has one (0 for none at all)."""
    return next((i for i, c in enumerate(choices) if c.revolving_fen > 0), 0)


def statement_choices(store: Store, as_of: date) -> list[StatementChoice]:
    """Bills worth checking on ``as_of``: every issued bill with something unpaid, and each line's next bill when
    it has a balance; newest first."""
    queries = QueryService(store)
    choices = []
    for line in store.lines.all(include_archived=False):
        if line.pays_in_4:  # its payments are due in full, interest-free: no minimum to pay only
            continue
        result = queries.line_statements(line.saved_id, as_of)
        carried = _revolving_into_next(result, as_of)
        upcoming = [s for s in result.upcoming() if s.balance_fen > 0 or carried is not None][:1]
        if not upcoming:
            carried = None  # no next bill to carry it: the rest is its own bill's
        picked = [s for s in result.issued() if s.unpaid_fen > 0 and s is not carried]  # carried: in the next one
        choices += [_choice(line, st, as_of) for st in picked]
        choices += [_whole_debt(queries, line, result, _choice(line, st, as_of, carried), as_of) for st in upcoming]
    choices.sort(key=lambda c: (c.statement_date, c.line_name), reverse=True)
    return choices


def statement_choice(store: Store, line_id: int, statement_date: date, as_of: date) -> StatementChoice | None:
    """One bill of a line as a ``StatementChoice`` (any bill, e.g. one picked in the statements view); ``None`` when
    the line has no such bill, nothing is left to pay on it, or the line pays in 4 (no minimum, no interest).

    Raises:
        NotFoundError: unknown line.
    """
    line = store.lines.get(line_id)
    if line.pays_in_4:  # a payment due in full, interest-free: there is no minimum to pay only
        return None
    result = QueryService(store).line_statements(line_id, as_of)
    st = next((s for s in result.statements if s.statement_date == statement_date), None)
    # only the next bill carries the revolving rest
    carried = _revolving_into_next(result, as_of) if st is next(iter(result.upcoming()), None) else None
    if st is None or (st.unpaid_fen if st.issued else st.balance_fen) <= 0 and carried is None:
        return None
    choice = _choice(line, st, as_of, carried)
    return _whole_debt(QueryService(store), line, result, choice, as_of) if carried is not None else choice


def _whole_debt(queries: QueryService, line: CreditLine, result, choice: StatementChoice,
                as_of: date) -> StatementChoice:
    """``choice`` with the line's history when it is all the line will ask (a revolving rest and nothing else
    scheduled): the months and interest are then the debt-free alert's (``alerts.minimum_only_outlook``)."""
    if choice.balance_fen != queries.position(line, result).to_repay_fen:
        return choice
    return replace(choice, history=queries.engine_inputs(line, as_of))


def trap_for_statement(choice: StatementChoice) -> MinimumTrap:
    """The trap on a bill of the ledger: paying its own minimum first (what the statements view shows; when it is
    paid already, the line's rule decides from the next month), then every minimum the line's statements will ask
    (``domain.minimum_only``, §1.5: what the ledger will show when the person does it); the 36-month alternative
    at the line's APR as ``minimum_trap``. A bill already overdue has its minimum paid on ``as_of`` (today), with
    the penalty interest and late fee of the days late, not on its past due date. Without the line's terms (a
    choice made elsewhere): ``minimum_trap``."""
    if choice.terms is None:
        return minimum_trap(choice.balance_fen, choice.apr, choice.rule, choice.currency,
                            first_payment_fen=choice.minimum_fen or None)
    if choice.history is not None:  # the line's whole debt: its own history run on (a carried rest's interest)
        cycles, repayments, on, failed = choice.history
        warning = minimum_only_warning_from(choice.terms, cycles, repayments, on, failed, choice.balance_fen)
    else:
        warning = minimum_only_on_line(choice.terms, choice.statement_date, choice.balance_fen,
                                       first_payment_fen=choice.minimum_fen or None, amount_days=choice.amount_days,
                                       first_paid_on=choice.as_of if choice.overdue else None)
    return MinimumTrap(
        balance_fen=choice.balance_fen, apr=choice.apr, rule=choice.rule, currency=choice.currency,
        warning=warning, minimum_balances=warning.balances_fen,
        payoff_36_balances=fixed_payment_balances(choice.balance_fen, choice.apr, warning.payment_36_fen,
                                                  PAYOFF_MONTHS),
    )
