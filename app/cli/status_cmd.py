"""``debtlens status``: what is owed on each active line and what is due next, in each line's own currency.

A ledger with lines in several currencies also gets one total row per currency (its lines' limits, what they owe,
what is available and their utilization: a currency's lines against its limits; amounts of different currencies
are never added, ``app.domain.currency_totals``); ``--json`` always gives those totals under ``totals``.

A line's credit balance (paid beyond what it owes) is shown beside what it owes; a line with a bank's installment
plan that has periods left gets a note that its figures leave out the plan's remaining principal (unknown:
``app.services.bank_plans``).
"""

from __future__ import annotations

import argparse
from datetime import date
from decimal import Decimal

from app.cli.language import say
from app.cli.output import alert, print_json, print_table
from app.domain.credit_line import CreditLine
from app.domain.currency_totals import Amounts, main_currency, total
from app.domain.messages import QT_TRANSLATE_NOOP, Message, NameList
from app.i18n import formatting as fmt
from app.services.bank_plans import BankPlan
from app.services.validation import parse_date

OVERDUE = QT_TRANSLATE_NOOP("Cli", "OVERDUE")
#: A line's credit balance beside what it owes (``Position.credit_fen``).
OWED_WITH_CREDIT = QT_TRANSLATE_NOOP("Cli", "%1 (credit %2)")
#: Said of a line with a bank installment plan that has periods left: its unbilled principal is unknown (the bank's
#: statements show one period at a time, ``app.services.bank_plans``), so what is owed, available and utilization
#: leave it out.
BANK_PLAN_NOT_COUNTED = QT_TRANSLATE_NOOP(
        "Cli", "%1: owed, available and utilization do not count the remaining principal of the bank's installment "
               "plan %2: it is unknown (the bank's statements show one period at a time)")
BANK_PLANS_NOT_COUNTED = QT_TRANSLATE_NOOP(
        "Cli", "%1: owed, available and utilization do not count the remaining principal of the bank's installment "
               "plans %2: it is unknown (the bank's statements show one period at a time)")
PLAN_PERIODS_LEFT = QT_TRANSLATE_NOOP("Cli", "%1 (%2 periods left)")


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``status`` to ``sub``."""
    status = sub.add_parser("status",
                            help=QT_TRANSLATE_NOOP("CliHelp", "what you owe on each line and what is due next"))
    status.add_argument("--today")
    status.add_argument("--json", action="store_true")
    status.set_defaults(func=cmd_status, read_only=True)


def currency_totals(status) -> list[dict]:
    """Per currency, main first (``currency_totals.main_currency``): ``currency``, ``limit_fen``,
    ``outstanding_fen``, ``available_fen`` (minor units of that currency) and ``utilization`` (outstanding ÷ limit of
    that currency's lines; ``None`` without a limit) over the lines of ``status`` (``QueryService.status``)."""
    currencies = [s.line.currency for s in status]
    main = main_currency(currencies)

    def per_currency(amount) -> Amounts:
        return total(((s.line.currency, amount(s.position)) for s in status), main, currencies)

    limit, owed = per_currency(lambda p: p.limit_fen), per_currency(lambda p: p.outstanding_fen)
    available = per_currency(lambda p: p.available_fen)
    return [{"currency": code, "limit_fen": limit.of(code), "outstanding_fen": fen,
             "available_fen": available.of(code), "utilization": Decimal(fen) / Decimal(limit.of(code)) if limit.of(code) > 0 else None}
            for code, fen in owed.items]


def plans_left(ctx, line_id: int, on: date) -> list[BankPlan]:
    """The bank plans of ``line_id`` with periods left as known on ``on``: what is owed, available and utilization
    do not count what is left of them (the bank's to tell)."""
    return [p for p in ctx.queries.bank_plans(line_id, on) if p.periods_left]


def plans_not_counted(ctx, status, on: date) -> dict[int, list[BankPlan]]:
    """``{line id: plans_left}`` for the lines of ``status`` that have any."""
    plans = {s.line.saved_id: plans_left(ctx, s.line.saved_id, on) for s in status}
    return {line_id: found for line_id, found in plans.items() if found}


def plans_json(plans: list[BankPlan]) -> list[dict]:
    """``plans`` (``plans_left``) for ``--json``: each plan's id and periods left; its remaining principal unknown."""
    return [{"plan": p.bank_plan, "periods_left": p.periods_left, "remaining_principal_fen": None} for p in plans]


def plans_note(line: CreditLine, plans: list[BankPlan]) -> Message:
    """The note for ``line``'s figures (owed, available, utilization) that leave out the remaining principal of
    ``plans``."""
    note = BANK_PLAN_NOT_COUNTED if len(plans) == 1 else BANK_PLANS_NOT_COUNTED
    return note.arg(line.name, NameList(PLAN_PERIODS_LEFT.arg(p.bank_plan, p.periods_left) for p in plans))


def cmd_status(args, ctx) -> int:
    today = parse_date(args.today, "--today") if args.today else ctx.today()
    status = ctx.queries.status(today)
    not_counted = plans_not_counted(ctx, status, today)
    if args.json:
        print_json({"as_of": today, "lines": [{
            "name": s.line.name, "currency": s.line.currency, "limit_fen": s.position.limit_fen,
            "limit_is_mine": s.position.limit_is_mine, "bank_limit_fen": s.position.bank_limit_fen,
            "outstanding_fen": s.position.outstanding_fen, "available_fen": s.position.available_fen,
            "utilization": s.position.utilization, "overdue_fen": s.position.overdue_fen,
            "interest_unpaid_fen": s.position.penalty_fen,  # accrued or posted, not paid (not only penalty)
            "credit_fen": s.position.credit_fen,  # held by the bank for the person; later bills use it up
            "next_statement_date": s.position.next_statement_date,
            "next_due_date": s.position.next_due.due_date if s.position.next_due else None,
            "next_due_fen": s.position.next_due.amount_fen if s.position.next_due else 0,
            "next_due_minimum_fen": s.position.next_due.minimum_fen if s.position.next_due else 0,
            # the banks' plans with periods left: their remaining principal is unknown, not in owed / available /
            # utilization
            "bank_plans_not_counted": plans_json(not_counted.get(s.line.saved_id, [])),
            "bank_plans_note": (say(plans_note(s.line, not_counted[s.line.saved_id]))
                                if s.line.saved_id in not_counted else None),
        } for s in status], "totals": currency_totals(status)})
        return 0
    if not status:
        if ctx.queries.lines(include_archived=True):
            print(say(QT_TRANSLATE_NOOP("Cli", "All credit lines are archived (debtlens line list).")))
        else:
            print(say(QT_TRANSLATE_NOOP(
                    "Cli", "No credit lines yet. Add one with: debtlens line add NAME --limit 5000.00")))
        return 0
    rows = []
    for s in status:
        p, cur = s.position, s.line.currency
        if p.overdue_fen > 0:  # the unmet minimum comes before what is due next
            nxt = f"{fmt.money(p.overdue_fen, cur)} {alert(say(OVERDUE))}"
        elif p.next_due:
            nxt = say(QT_TRANSLATE_NOOP("Cli", "%1 by %2").arg(fmt.money(p.next_due.amount_fen, cur),
                                                             p.next_due.due_date.isoformat()))
            if 0 < p.next_due.minimum_fen < p.next_due.amount_fen:
                nxt = say(QT_TRANSLATE_NOOP("Cli", "%1 (minimum %2)").arg(nxt, fmt.money(p.next_due.minimum_fen, cur)))
        else:
            nxt = "—"
        limit = fmt.money(p.limit_fen, cur)
        if p.limit_is_mine:
            limit = say(QT_TRANSLATE_NOOP("Cli", "%1 (mine)").arg(limit))
        owed = fmt.money(p.outstanding_fen, cur)
        if p.credit_fen > 0:
            owed = say(OWED_WITH_CREDIT.arg(owed, fmt.money(p.credit_fen, cur)))
        rows.append([s.line.name, limit, owed,
                     fmt.money(p.available_fen, cur), fmt.percent(p.utilization), nxt])
    totals = currency_totals(status)
    if len(totals) > 1:  # one row per currency: fen and cents are never added up
        rows += [[say(QT_TRANSLATE_NOOP("Cli", "total in %1").arg(t["currency"])),
                  fmt.money(t["limit_fen"], t["currency"]), fmt.money(t["outstanding_fen"], t["currency"]),
                  fmt.money(t["available_fen"], t["currency"]), fmt.percent(t["utilization"]), ""] for t in totals]
    print_table(QT_TRANSLATE_NOOP("Cli", "line|limit|owed|available|utilization|next payment"), rows)
    if any(s.position.limit_is_mine for s in status):
        print(say(QT_TRANSLATE_NOOP(
                "Cli", "(mine): read against the limit you set yourself (debtlens limits show; --read-against bank to "
                "use the bank's)")))
    for s in status:
        if s.line.saved_id in not_counted:
            print(say(plans_note(s.line, not_counted[s.line.saved_id])))
    if any(s.position.credit_fen > 0 for s in status):
        print(say(QT_TRANSLATE_NOOP(
                "Cli", "(credit): paid beyond everything the line owes; the bank holds it for you and your next bills use it "
                "up first")))
    # two different figures side by side: say what each holds, so a reader does not take one for a mistake
    if any(s.position.outstanding_fen != (s.position.next_due.amount_fen if s.position.next_due else 0)
           for s in status):
        print(say(QT_TRANSLATE_NOOP(
                "Cli", "owed: everything not repaid yet (purchases billed or not, installment principal of later "
                "bills, interest and fees posted); next payment: what the bills ask by their due date")))
    return 0
