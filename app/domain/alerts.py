"""Alerts that name the behaviour, not just the number (issue "Guardrails"): limit creep, stacking, persistent debt
by the FCA's 18/27/36-month test, and a realistic debt-free date beside the brochure one.

Each rule is a pure function of plain values (fen, dates, fractions) and returns an ``Alert`` or ``None``. The
cut-offs that are product decisions are marked [I] and kept as module constants; the persistent-debt rule is
the UK FCA's (CONC 6.7.27R-6.7.40R) [S]. ``Alert.figures`` holds the numbers a text needs (fen as int,
fractions as Decimal, dates); ``Alert.source`` says the rule and where it comes from, a
:class:`~app.domain.messages.Message` translated at the edge (``app.services.alert_texts`` tells the alert itself).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal, localcontext
from enum import StrEnum

from app.domain.debt_load import PERSISTENT_DEBT_STATEMENTS
from app.domain.messages import QT_TRANSLATE_NOOP, Message
from app.domain.money import round_fen

#: Limit creep: a raise within this many days counts, and spending is compared over this many days before and
#: after it [I].
CREEP_RECENT_DAYS = 180
CREEP_WINDOW_DAYS = 90
#: Stacking: this many new installment plans or newly used lines within ``STACKING_DAYS`` [I].
STACKING_COUNT = 3
STACKING_DAYS = 90
#: Juggling: this many lines at or above ``NEARLY_FULL`` of their limit at once [I].
FULL_LINES_COUNT = 2
NEARLY_FULL = Decimal("0.80")
#: Committed income: what is due in the next 90 days as a share of 3 months' income, alert above this (the
#: debt-service ratio's red cut, CFPB: non-mortgage debt payments <= 15-20 % of income [S]).
COMMITTED_DAYS = 90
COMMITTED_CUT = Decimal("0.20")
#: Repaid from credit: repayments paid with another credit line's money within this many days count [I].
FROM_CREDIT_DAYS = 90
#: Persistent debt: FCA CONC 6.7.27R (18 months), 6.7.33R (27 months), 6.7.35R-6.7.36R (36 months) [S].
PERSISTENT_STAGES = (18, 27, 36)
#: Exit plans offered at 36 months: the FCA's "reasonable period", normally 3-4 years (CONC 6.7.35R, 6.7.36G).
EXIT_PLAN_MONTHS = (36, 48)


class AlertKind(StrEnum):
    """What the behaviour is."""

    LIMIT_CREEP = "limit_creep"
    STACKING = "stacking"
    FULL_LINES = "full_lines"
    COMMITTED_INCOME = "committed_income"
    PERSISTENT_DEBT = "persistent_debt"
    DEBT_FREE_DATE = "debt_free_date"
    REPAID_FROM_CREDIT = "repaid_from_credit"
    OVERDUE = "overdue"


SOURCES: dict[AlertKind, Message] = {
    AlertKind.LIMIT_CREEP: QT_TRANSLATE_NOOP(
        "Alerts", "A limit raise within %1 days, and more spent on the line in the %2 days since than in the %2 days "
                  "before; product rule [I], after the 2022 card notice against inducing over-use (CBIRC/PBOC "
                  "银保监规〔2022〕13号).").arg(CREEP_RECENT_DAYS, CREEP_WINDOW_DAYS),
    AlertKind.STACKING: QT_TRANSLATE_NOOP(
        "Alerts", "%1 or more new installment plans or newly used lines within %2 days; product rule [I].").arg(
        STACKING_COUNT, STACKING_DAYS),
    AlertKind.FULL_LINES: QT_TRANSLATE_NOOP(
        "Alerts", "%1 or more lines at %2 of their limit or more at once; product rule [I].").arg(
        FULL_LINES_COUNT, f"{NEARLY_FULL:.0%}"),
    AlertKind.COMMITTED_INCOME: QT_TRANSLATE_NOOP(
        "Alerts", "Repayments due in the next %1 days above %2 of 3 months' income; CFPB: non-mortgage debt "
                  "payments at most 15-20 % of income.").arg(COMMITTED_DAYS, f"{COMMITTED_CUT:.0%}"),
    AlertKind.PERSISTENT_DEBT: QT_TRANSLATE_NOOP(
        "Alerts", "Over the last 18 statements, interest and fees paid exceed the principal repaid (FCA CONC "
                  "6.7.27R); still so 9 months later (27 months, CONC 6.7.33R) and 18 months later (36 months, CONC "
                  "6.7.35R: a way to repay in a reasonable period, normally 3-4 years)."),
    AlertKind.DEBT_FREE_DATE: QT_TRANSLATE_NOOP(
        "Alerts", "Months to clear what you owe at your average repayment minus your average new credit spending "
                  "over the last 3 months (interest left out); for someone paying only the minimum and buying "
                  "nothing new, the month the last minimum is paid, by the line's own bills (interest included); "
                  "beside it the last due date of what is already scheduled."),
    AlertKind.REPAID_FROM_CREDIT: QT_TRANSLATE_NOOP(
        "Alerts", "A repayment in the last %1 days paid with money borrowed on another credit line (以卡养卡, marked "
                  "by you or seen in an import): the debt moved, it was not repaid, and it starts a new bill there. "
                  "The 2022 card notice (CBIRC/PBOC 银保监规〔2022〕13号) asks card issuers to watch for cards repaid "
                  "with other credit; the FCA counts only money of your own as repaying a balance (CONC 6.7.27R, "
                  "persistent debt).").arg(FROM_CREDIT_DAYS),
    AlertKind.OVERDUE: QT_TRANSLATE_NOOP(
        "Alerts", "A bill's due date passed with less than its minimum paid; the unpaid minimum "
                  "is overdue since the due date of the oldest bill still unmet, accrues overdue interest daily and "
                  "may be reported to the PBOC credit reference centre (征信)."),
}


@dataclass(frozen=True)
class Alert:
    """One alert. ``line`` names the credit line when the alert is about one; ``figures`` the numbers."""

    kind: AlertKind
    line: str | None = None
    figures: Mapping[str, object] = field(default_factory=dict)

    @property
    def source(self) -> Message:
        """The rule and its source (a Message: English as ``str``)."""
        return SOURCES[self.kind]


def _sum_between(postings: Sequence[tuple[date, int]], start: date, end: date) -> int:
    """Fen of ``postings`` dated in ``[start, end)``."""
    return sum(fen for day, fen in postings if start <= day < end)


def limit_creep(line: str, limits: Sequence[tuple[date, int]], purchases: Sequence[tuple[date, int]],
                owed_fen: int, as_of: date) -> Alert | None:
    """Limit creep: the bank raised the limit and I spent more since.

    The latest raise (a limit above the one before it) dated within ``CREEP_RECENT_DAYS`` up to ``as_of``; spending
    in the ``CREEP_WINDOW_DAYS`` from the raise (up to ``as_of``) above spending in the same number of days before
    it. Figures: ``old_fen``, ``new_fen``, ``raised_on``, ``before_fen``, ``after_fen``, ``owed_fen`` and
    ``used_of_old`` (owed ÷ old limit, a fraction).

    Example: ¥3,000.00 raised to ¥8,000.00 on 2026-01-15; ¥1,200.00 spent Oct 17-Jan 14, ¥3,500.00 since; ¥3,500.00
    owed: alert, 3,500 ÷ 3,000 = 116.7 % of the old limit.

    Args:
        limits: ``(effective, limit_fen)`` oldest first. purchases: ``(posted_on, amount_fen)``.
    """
    changes = sorted(limits)
    raises = [(changes[i][0], changes[i - 1][1], changes[i][1]) for i in range(1, len(changes))
              if changes[i][1] > changes[i - 1][1] and changes[i][0] <= as_of]
    if not raises:
        return None
    raised_on, old, new = raises[-1]
    if (as_of - raised_on).days > CREEP_RECENT_DAYS:
        return None
    window = timedelta(days=CREEP_WINDOW_DAYS)
    before = _sum_between(purchases, raised_on - window, raised_on)
    after = _sum_between(purchases, raised_on, min(raised_on + window, as_of + timedelta(days=1)))
    if after <= before:
        return None
    used = Decimal(max(owed_fen, 0)) / Decimal(old) if old > 0 else None
    return Alert(AlertKind.LIMIT_CREEP, line, {"old_fen": old, "new_fen": new, "raised_on": raised_on,
                                               "before_fen": before, "after_fen": after, "owed_fen": owed_fen,
                                               "used_of_old": used})


def overdue(line: str, overdue_fen: int, since: date | None, as_of: date, currency: str = "CNY") -> Alert | None:
    """A line is overdue: a bill's minimum went unpaid past its due date (domain-rules.md §1.5).

    Figures: ``overdue_fen`` (the unmet minimum, in ``currency``'s minor units), ``currency``, ``since`` (the due
    date of the oldest unmet bill, ``LineStatements.overdue_since``) and ``days`` (from ``since`` to ``as_of``).
    ``None`` when nothing is overdue.

    Example: ¥810.20 unmet on 招商银行信用卡, due 2026-12-23, as of 2027-01-20: overdue 28 days.
    """
    if overdue_fen <= 0 or since is None:
        return None
    return Alert(AlertKind.OVERDUE, line, {"overdue_fen": overdue_fen, "currency": currency, "since": since,
                                           "days": (as_of - since).days})


def repaid_from_credit(repayments: Sequence[tuple[str, str, date, int]], as_of: date) -> Alert | None:
    """Repaying one line from another (以卡养卡): repayments in the ``FROM_CREDIT_DAYS`` up to ``as_of`` paid with
    another credit line's money.

    ``repayments``: ``(line repaid, line whose money paid it, paid_on, amount_fen)``. Figures: ``total_fen`` (all
    of them in the window), ``pairs`` (``((repaid, funding), fen)`` per pair of lines, largest first, then by
    name), ``count``. The alert names the largest pair (``line`` = the line repaid).

    Example: 花呗 repaid ¥1,200.00 from 招行信用卡 on 2026-03-09 and ¥300.00 on 2026-04-09, 京东白条 ¥80.00 from 花呗
    on 2026-04-01, as of 2026-04-20: total ¥1,580.00 in 3 repayments; 花呗 ← 招行信用卡 ¥1,500.00 first.
    """
    start = as_of - timedelta(days=FROM_CREDIT_DAYS - 1)
    by_pair: dict[tuple[str, str], int] = {}
    count = 0
    for repaid, funding, paid_on, fen in repayments:
        if start <= paid_on <= as_of and fen > 0:
            by_pair[(repaid, funding)] = by_pair.get((repaid, funding), 0) + fen
            count += 1
    if not by_pair:
        return None
    pairs = tuple(sorted(by_pair.items(), key=lambda item: (-item[1], item[0])))
    return Alert(AlertKind.REPAID_FROM_CREDIT, pairs[0][0][0],
                 {"total_fen": sum(by_pair.values()), "pairs": pairs, "count": count, "since": start})


def stacking(new_plans: Sequence[date], first_used: Mapping[str, date], as_of: date) -> Alert | None:
    """Stacking: many new installment plans or newly used lines in a short time.

    Counted within the ``STACKING_DAYS`` up to ``as_of`` (inclusive); alert at ``STACKING_COUNT`` or more.
    Figures: ``plans`` (count), ``lines`` (names first used in the window, sorted), ``days``.

    Example: plans bought on Feb 1, Feb 20 and Mar 10 and a line first used on Mar 1, as of Mar 20: 3 + 1 = 4
    within 90 days: alert.

    Args:
        new_plans: the day each installment plan started (bought, or a bill turned into installments).
        first_used: line name -> day of its first purchase.
    """
    start = as_of - timedelta(days=STACKING_DAYS - 1)
    plans = sum(1 for d in new_plans if start <= d <= as_of)
    lines = sorted(name for name, d in first_used.items() if start <= d <= as_of)
    if plans + len(lines) < STACKING_COUNT:
        return None
    return Alert(AlertKind.STACKING, None, {"plans": plans, "lines": tuple(lines), "days": STACKING_DAYS})


def full_lines(used: Mapping[str, Decimal]) -> Alert | None:
    """Juggling: several lines near or past their limit at once (the overall badge hides it).

    Alert when ``FULL_LINES_COUNT`` or more lines are at ``NEARLY_FULL`` or more. Figures: ``lines``, a tuple of
    ``(name, fraction)`` fullest first.

    Example: 123 %, 97 % and 88 % used: three lines at 80 % or more: alert (overall they may read "High" only).

    Args:
        used: line name -> owed ÷ limit (lines without a limit left out).
    """
    full = sorted(((name, f) for name, f in used.items() if f >= NEARLY_FULL), key=lambda x: (-x[1], x[0]))
    if len(full) < FULL_LINES_COUNT:
        return None
    return Alert(AlertKind.FULL_LINES, None, {"lines": tuple(full)})


def committed_income(due_fen: int, monthly_income_fen: int | None) -> Alert | None:
    """Income already spoken for: repayments due in the next ``COMMITTED_DAYS`` ÷ 3 months' income.

    Alert above ``COMMITTED_CUT``; ``None`` without an income. Figures: ``due_fen``, ``income_fen`` (3 months),
    ``share`` (a fraction).

    Example: ¥7,200.00 due in the next 90 days on ¥8,000.00 a month: 7,200 ÷ 24,000 = 30 % > 20 %: alert.
    """
    if not monthly_income_fen or monthly_income_fen <= 0:
        return None
    income = monthly_income_fen * 3
    share = Decimal(due_fen) / Decimal(income)
    if share <= COMMITTED_CUT:
        return None
    return Alert(AlertKind.COMMITTED_INCOME, None, {"due_fen": due_fen, "income_fen": income, "share": share})


def _persistent(window: Sequence[tuple[int, int]]) -> bool:
    return sum(c for c, _ in window) > sum(p for _, p in window)


def persistent_stage(statements: Sequence[tuple[int, int]]) -> int:
    """The FCA persistent-debt stage: 0, 18, 27 or 36 (months).

    18: over the last 18 statements, interest + fees paid > principal repaid (CONC 6.7.27R). 27: that holds now
    and also for the 18 statements ending 9 statements ago (CONC 6.7.33R: still in persistent debt 9 months after
    the first prompt). 36: also for the 18 ending 18 statements ago (CONC 6.7.35R: persistent for 36 months).

    Args:
        statements: ``(interest_and_fees_paid_fen, principal_repaid_fen)`` per monthly statement, oldest first.
    """
    n = PERSISTENT_DEBT_STATEMENTS
    stage = 0
    for months, back in zip(PERSISTENT_STAGES, (0, 9, 18), strict=True):
        end = len(statements) - back
        if end < n or not _persistent(statements[end - n:end]):
            break
        stage = months
    return stage


def payment_for_months(balance_fen: int, apr: Decimal, months: int) -> int:
    """Level monthly payment (fen, half up) repaying ``balance_fen`` in ``months`` at ``apr`` ÷ 12 a month:
    ``B × r ÷ (1 − (1+r)^−n)``, ``B ÷ n`` at 0 % (the annuity formula of Reg Z Appendix M2, any ``n``).

    ¥10,000.00 at 18.25 % (0.05 % a day × 365): r = 0.0152083; 36 months 362.78 (as Appendix M2), 48 months 295.06.
    """
    with localcontext() as ctx:
        ctx.prec = 34
        r = apr / 12
        pvaf = Decimal(months) if r == 0 else (1 - (1 + r) ** -months) / r
        return round_fen(Decimal(balance_fen) / pvaf)


def persistent_debt(line: str, statements: Sequence[tuple[int, int]], owed_fen: int,
                    apr: Decimal) -> Alert | None:
    """Persistent debt on a line (``persistent_stage``), with the exit plan at 36 months: the payment clearing
    ``owed_fen`` in 36 and in 48 months at ``apr`` (``payment_for_months``). Figures: ``stage``, ``cost_fen`` and
    ``principal_fen`` over the last 18 statements, and at 36 months ``plan`` = ``((36, fen), (48, fen))``."""
    stage = persistent_stage(statements)
    if not stage:
        return None
    window = statements[-PERSISTENT_DEBT_STATEMENTS:]
    figures: dict[str, object] = {"stage": stage, "cost_fen": sum(c for c, _ in window),
                                  "principal_fen": sum(p for _, p in window), "owed_fen": owed_fen}
    if stage == 36 and owed_fen > 0:
        figures["plan"] = tuple((m, payment_for_months(owed_fen, apr, m)) for m in EXIT_PLAN_MONTHS)
    return Alert(AlertKind.PERSISTENT_DEBT, line, figures)


def _add_months(day: date, months: int) -> date:
    y, m = divmod(day.month - 1 + months, 12)
    return date(day.year + y, m + 1, 1)


def debt_free_date(owed_fen: int, repaid_per_month_fen: int, spent_per_month_fen: int, as_of: date,
                   brochure: date | None, minimum_only: tuple[date, int, int] | None = None) -> Alert | None:
    """A realistic debt-free date beside the brochure one.

    The brochure date is the last due date of what is already scheduled (as if nothing new were bought). At my
    recent pace, the debt shrinks by ``repaid - spent`` a month: ``months = ceil(owed ÷ (repaid - spent))``,
    debt-free in the month ``as_of`` + months; never when ``repaid <= spent``. Interest still to come is left out
    (it only makes it later). ``None`` when nothing is owed or nothing was repaid or spent recently. Figures:
    ``months`` (``None`` = never), ``month`` (first day of that month), ``brochure``, ``repaid_fen``, ``spent_fen``.

    Example: ¥6,000.00 owed, ¥1,500.00 repaid and ¥1,000.00 spent a month: 6,000 ÷ 500 = 12 months: March 2026
    -> March 2027, while the schedule alone ends in August 2026.

    A steady pace does not fit someone who pays only the minimum: the minimum shrinks with the balance, so the
    end keeps moving away. For them the caller gives ``minimum_only``: (the day of the last payment if only the
    minimum is paid from now on, the interest and fees still to pay on the way, the number of monthly payments
    (the months ``plan bill`` counts)), from the line's own bills
    (``domain.minimum_only.minimum_only_from``); the date is then that month, with figures
    ``minimum_only`` = True and ``interest_fen``.
    """
    if owed_fen <= 0 or (repaid_per_month_fen <= 0 and spent_per_month_fen <= 0):
        return None
    if minimum_only is not None:
        last, interest, payments = minimum_only
        return Alert(AlertKind.DEBT_FREE_DATE, None, {
            "months": payments, "month": last.replace(day=1), "brochure": brochure, "repaid_fen": repaid_per_month_fen,
            "spent_fen": spent_per_month_fen, "owed_fen": owed_fen, "minimum_only": True, "interest_fen": interest})
    net = repaid_per_month_fen - spent_per_month_fen
    months = math.ceil(owed_fen / net) if net > 0 else None
    month = _add_months(as_of, months) if months is not None else None
    return Alert(AlertKind.DEBT_FREE_DATE, None, {"months": months, "month": month, "brochure": brochure,
                                                  "repaid_fen": repaid_per_month_fen, "spent_fen": spent_per_month_fen,
                                                  "owed_fen": owed_fen})
