"""Ledger sub-commands: purchase, refund, repay, payoff, convert, statements, schedule (credit lines:
``line_cmds``; monthly income: ``income_cmd``; status: ``status_cmd``)."""

from __future__ import annotations

import argparse
import sys
from datetime import date

from app.cli import categories
from app.cli.money_input import parse_amount
from app.cli.output import alert, print_json, print_table
from app.cli.plan_texts import PAYOFF_POLICIES, installments_text
from app.domain.errors import ConfirmationNeeded, ValidationError
from app.domain.ledger_bounds import days_ahead, far_ahead
from app.domain.rates import parse_rate
from app.i18n import formatting as fmt
from app.services.validation import parse_date, parse_int
from app.domain.messages import QT_TRANSLATE_NOOP
from app.domain.statements import StatementStatus
from app.cli.language import say


#: A statement's status in the table of ``debtlens statements`` (the JSON keeps the English value).
STATUS_WORDS = {
    StatementStatus.UPCOMING: QT_TRANSLATE_NOOP("Cli", "upcoming"),
    StatementStatus.OPEN: QT_TRANSLATE_NOOP("Cli", "open"),
    StatementStatus.PAID: QT_TRANSLATE_NOOP("Cli", "paid"),
    StatementStatus.MINIMUM_PAID: QT_TRANSLATE_NOOP("Cli", "minimum paid"),
    StatementStatus.OVERDUE: QT_TRANSLATE_NOOP("Cli", "overdue"),
}
#: An overdue bill paid off since (``Statement.paid_late``), in that table.
PAID_LATE = QT_TRANSLATE_NOOP("Cli", "paid late")
OVERDUE = QT_TRANSLATE_NOOP("Cli", "OVERDUE")

def _today(args: argparse.Namespace, ctx) -> date:
    return parse_date(args.today, "--today") if getattr(args, "today", None) else ctx.today()


def _line_id(ctx, name: str) -> int:
    return ctx.queries.line_named(name).id


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ledger sub-commands to ``sub``."""
    purchase = sub.add_parser("purchase", help=QT_TRANSLATE_NOOP("CliHelp", "purchases: add, list, delete"))
    psub = purchase.add_subparsers(dest="purchase_command", metavar="ACTION", required=True)
    padd = psub.add_parser("add", help=QT_TRANSLATE_NOOP("CliHelp", "record a purchase"))
    padd.add_argument("--line", required=True)
    padd.add_argument("--date", required=True)
    padd.add_argument("--amount", required=True)
    padd.add_argument("--merchant", default="")
    padd.add_argument("--category", default="")
    padd.add_argument("--note", default="")
    padd.add_argument("--installments", default="1",
                      help=QT_TRANSLATE_NOOP("CliHelp", "number of monthly parts (1-60, default 1)"))
    padd.add_argument("--fee-rate",
                      help=QT_TRANSLATE_NOOP("CliHelp", "total installment fee, e.g. 8.8%% (default: the line's "
                                                        "preset; only with --installments 2 or more)"))
    padd.add_argument("--merchant-paid", action="store_true",
                      help=QT_TRANSLATE_NOOP("CliHelp", "interest-free: the merchant pays the fee"))
    padd.add_argument("--despite-my-limits", action="store_true",
                      help=QT_TRANSLATE_NOOP("CliHelp", "record it even though it goes past a limit you set yourself "
                                                        "(debtlens limits)"))
    padd.add_argument("--allow-future", action="store_true",
                      help=QT_TRANSLATE_NOOP("CliHelp", "record it even though its date is more than 3 days after "
                                                        "today (most likely a typo)"))
    padd.add_argument("--json", action="store_true")
    padd.set_defaults(func=cmd_purchase_add)
    plist = psub.add_parser("list", help=QT_TRANSLATE_NOOP("CliHelp", "list purchases"))
    plist.add_argument("--line")
    plist.add_argument("--limit", default="50")
    plist.add_argument("--json", action="store_true")
    plist.set_defaults(func=cmd_purchase_list, read_only=True)
    pdel = psub.add_parser("delete", help=QT_TRANSLATE_NOOP("CliHelp", "delete a purchase by id"))
    pdel.add_argument("id")
    pdel.set_defaults(func=cmd_purchase_delete)

    refund = sub.add_parser("refund", help=QT_TRANSLATE_NOOP("CliHelp", "record a refund to a line"))
    refund.add_argument("--line", required=True)
    refund.add_argument("--date", required=True)
    refund.add_argument("--amount", required=True)
    refund.add_argument("--purchase", help=QT_TRANSLATE_NOOP("CliHelp", "id of the purchase refunded"))
    refund.add_argument("--note", default="")
    refund.add_argument("--allow-more-than-spent", action="store_true",
                        help=QT_TRANSLATE_NOOP("CliHelp", "record a refund naming no purchase that is larger than what "
                                                          "was spent on the line, less earlier refunds"))
    refund.set_defaults(func=cmd_refund)

    repay = sub.add_parser("repay", help=QT_TRANSLATE_NOOP("CliHelp", "record a repayment"))
    repay.add_argument("--line", required=True)
    repay.add_argument("--date", required=True)
    repay.add_argument("--amount", required=True)
    repay.add_argument("--statement",
                       help=QT_TRANSLATE_NOOP("CliHelp", "statement date this repayment pays (default: oldest first)"))
    repay.add_argument("--note", default="")
    repay.add_argument("--allow-overpayment", action="store_true",
                       help=QT_TRANSLATE_NOOP("CliHelp", "record a repayment larger than everything owed on the line "
                                                         "(the rest stays on it as a credit)"))
    repay.add_argument("--from-line", metavar="LINE",
                       help=QT_TRANSLATE_NOOP("CliHelp", "the money came from another credit line (a card or 花呗 "
                                                         "paying this one): the debt moves, it is not repaid; the "
                                                         "alerts name it"))
    repay.set_defaults(func=cmd_repay)

    payoff = sub.add_parser("payoff", help=QT_TRANSLATE_NOOP("CliHelp", "pay an installment plan off early (提前还款)"))
    payoff.add_argument("--purchase", required=True,
                        help=QT_TRANSLATE_NOOP("CliHelp", "id of the purchase in installments"))
    payoff.add_argument("--date", required=True)
    payoff.add_argument("--no-pay", action="store_true",
                        help=QT_TRANSLATE_NOOP("CliHelp", "bill the payoff only; record no repayment now"))
    payoff.set_defaults(func=cmd_payoff)

    convert = sub.add_parser("convert", help=QT_TRANSLATE_NOOP("CliHelp", "turn a bill into installments (账单分期)"))
    convert.add_argument("--line", required=True)
    convert.add_argument("--statement", required=True,
                         help=QT_TRANSLATE_NOOP("CliHelp", "statement date of the bill, e.g. 2024-04-01"))
    convert.add_argument("--periods", required=True, help=QT_TRANSLATE_NOOP("CliHelp", "number of monthly parts"))
    convert.add_argument("--fee-rate",
                         help=QT_TRANSLATE_NOOP("CliHelp", "total fee, e.g. 4.5%% (default: the line's preset)"))
    convert.add_argument("--amount",
                         help=QT_TRANSLATE_NOOP("CliHelp", "part of the bill to convert (default: all that is unpaid)"))
    convert.add_argument("--today")
    convert.set_defaults(func=cmd_convert)

    stmts = sub.add_parser("statements", help=QT_TRANSLATE_NOOP("CliHelp", "a line's statements"))
    stmts.add_argument("--line", required=True)
    stmts.add_argument("--today")
    stmts.add_argument("--all", action="store_true", help=QT_TRANSLATE_NOOP("CliHelp", "include empty statements"))
    stmts.add_argument("--json", action="store_true")
    stmts.set_defaults(func=cmd_statements, read_only=True)

    schedule = sub.add_parser("schedule", help=QT_TRANSLATE_NOOP("CliHelp", "payments due in the coming months"))
    schedule.add_argument("--today")
    schedule.add_argument("--months", default="12")
    schedule.add_argument("--line")
    schedule.add_argument("--json", action="store_true")
    schedule.set_defaults(func=cmd_schedule, read_only=True)


def cmd_purchase_add(args, ctx) -> int:
    line = ctx.queries.line_named(args.line)
    amount = parse_amount(args.amount, field="amount", currency=line.currency)
    periods = parse_int(args.installments, "installments", 1, 60)
    # "" -> "--fee-rate: is empty"; terms that contradict each other are refused by the ledger, as in the window
    fee_rate = parse_rate(args.fee_rate, field="fee_rate") if args.fee_rate is not None else None
    ctx.ledger.check_purchase_terms(line.id, periods, fee_rate, args.merchant_paid, amount)
    posted = parse_date(args.date)
    today = ctx.today()
    if far_ahead(posted, today) and not args.allow_future:
        raise ValidationError("date", args.date, QT_TRANSLATE_NOOP(
                "Errors", "is %1 days after today (%2): most likely a typo; give --allow-future if it is right")
                              .arg(days_ahead(posted, today), today.isoformat()))
    if _past_my_limits(ctx, line, amount, posted, periods, args.despite_my_limits):
        return 2
    over = ctx.queries.over_limit(line.id, amount, posted)
    if over is not None:  # still the user's choice: said in words, then recorded
        print(say(QT_TRANSLATE_NOOP(
                "Cli", "Warning: %1 over your %2 available on %3.")
                        .arg(
                            fmt.money(over[0], line.currency),
                            fmt.money(over[1], line.currency),
                            line.name,
                        )), file=sys.stderr)
    changes = ctx.ledger.record_purchase(
        line.id, posted, amount, merchant=args.merchant, category=categories.key_of(args.category), note=args.note,
        installments=periods, fee_rate=fee_rate, merchant_paid=args.merchant_paid, entered=True)
    purchase_id = changes.ids["purchase"]
    plan = ctx.queries.plan_for_purchase(purchase_id)
    if args.json:
        print_json({"id": purchase_id, "amount_fen": amount, "installments": periods,
                    "fee_total_fen": plan.fee_total_fen if plan else 0,
                    "parts": [{"statement_date": p.statement_date, "principal_fen": p.principal_fen,
                               "fee_fen": p.fee_fen, "amount_fen": p.amount_fen} for p in plan.parts] if plan else []})
        return 0
    if plan:
        print(say(QT_TRANSLATE_NOOP("Cli", "Recorded purchase %1: %2 on %3 in %4 installments: %5 (total fee %6).")
                  .arg(purchase_id, fmt.money(amount, line.currency), line.name, periods,
                       installments_text([p.amount_fen for p in plan.parts], line.currency),
                       fmt.money(plan.fee_total_fen, line.currency))))
    else:
        print(say(QT_TRANSLATE_NOOP("Cli", "Recorded purchase %1: %2 on %3.")
                  .arg(purchase_id, fmt.money(amount, line.currency), line.name)))
    return 0


def _past_my_limits(ctx, line, amount: int, posted, periods: int, confirmed: bool) -> bool:
    """Say each limit I set that the purchase goes past (``services.my_limits``); ``True`` = stop, nothing recorded
    (the second confirmation is running again with ``--despite-my-limits``)."""
    from app.cli.limits_cmd import breach_text

    breaches = ctx.services.my_limits.check_purchase(line.id, amount, posted, periods)
    for b in breaches:
        text = breach_text(b, line.name, line.currency)
        print(say((QT_TRANSLATE_NOOP("Cli", "Note: %1") if confirmed else QT_TRANSLATE_NOOP("Cli", "debtlens: %1"))
                  .arg(text)), file=sys.stderr)
    if breaches and not confirmed:
        print(say(QT_TRANSLATE_NOOP(
                "Cli", "debtlens: nothing was recorded; to record it anyway, run the same command with "
                "--despite-my-limits")),
              file=sys.stderr)
        return True
    return False




def cmd_purchase_list(args, ctx) -> int:
    from app.services.listing import PurchaseFilter

    line_id = _line_id(ctx, args.line) if args.line else None
    rows = ctx.queries.purchases(PurchaseFilter(line_id=line_id), limit=parse_int(args.limit, "limit", 1, 10**7))
    names = {ln.id: ln for ln in ctx.queries.lines()}
    if args.json:
        print_json([{"id": p.id, "line": names[p.line_id].name, "date": p.posted_on, "amount_fen": p.amount_fen,
                     "merchant": p.merchant, "category": p.category, "installments": p.installments,
                     "statement_date": p.statement_date} for p in rows])
        return 0
    print_table(QT_TRANSLATE_NOOP("Cli", "id|date|line|amount|merchant|category|parts"),
                [[str(p.id), p.posted_on.isoformat(), names[p.line_id].name,
                  fmt.money(p.amount_fen, names[p.line_id].currency), p.merchant, categories.shown(p.category),
                  str(p.installments)]
                 for p in rows])
    return 0


def cmd_purchase_delete(args, ctx) -> int:
    purchase_id = parse_int(args.id, "id", 1, 2**62)
    count, fen, currency = ctx.queries.refunded_fen(purchase_id)
    ctx.ledger.delete_purchase(purchase_id)
    print(say(QT_TRANSLATE_NOOP("Cli", "Deleted purchase %1 and its %2 refund(s) of %3 (`debtlens undo` brings them "
                                       "back).").arg(args.id, count, fmt.money(fen, currency)) if count
              else QT_TRANSLATE_NOOP("Cli", "Deleted purchase %1.").arg(args.id)))
    return 0


def cmd_refund(args, ctx) -> int:
    line = ctx.queries.line_named(args.line)
    amount = parse_amount(args.amount, field="amount", currency=line.currency)
    purchase_id = parse_int(args.purchase, "purchase", 1, 2**62) if args.purchase else None
    try:
        ctx.ledger.record_refund(line.id, parse_date(args.date), amount, purchase_id=purchase_id, note=args.note,
                                 entered=True, confirmed=args.allow_more_than_spent)
    except ConfirmationNeeded as exc:  # as repay's --allow-overpayment: said, with the flag that confirms it
        raise ValidationError(exc.field, args.amount, QT_TRANSLATE_NOOP(
                "Errors", "%1; give --allow-more-than-spent if it is right").arg(exc.reason)) from None
    print(say(QT_TRANSLATE_NOOP("Cli", "Recorded refund of %1 on %2.")
            .arg(fmt.money(amount, line.currency), line.name)))
    return 0


def cmd_repay(args, ctx) -> int:
    line = ctx.queries.line_named(args.line)
    amount = parse_amount(args.amount, field="amount", currency=line.currency)
    target = parse_date(args.statement, "statement") if args.statement else None
    funding = ctx.queries.line_named(args.from_line) if args.from_line else None
    paid_on = parse_date(args.date)
    repays_itself = funding is not None and funding.id == line.id  # refused below, for that reason
    if not args.allow_overpayment and not repays_itself:  # 99999 for 999.99: a credit nobody meant to leave
        owed = ctx.queries.owed_fen(line.id, paid_on)
        if amount > owed:
            raise ValidationError("amount", args.amount, QT_TRANSLATE_NOOP(
                    "Errors", "is more than the %1 owed on %2 on %3 (%4 would stay on the line as a credit): most "
                    "likely a typo; give --allow-overpayment if it is right").arg(
                    fmt.money(owed, line.currency), line.name, paid_on.isoformat(),
                    fmt.money(amount - owed, line.currency)))
    ctx.ledger.record_repayment(line.id, paid_on, amount, note=args.note, target_statement=target,
                                funded_by_line_id=funding.id if funding else None)
    if funding:
        print(say(QT_TRANSLATE_NOOP("Cli", "Recorded repayment of %1 on %2, paid with money borrowed on %3: the debt "
                                           "moved there (recorded as a charge on %3), it was not repaid.")
                  .arg(fmt.money(amount, line.currency), line.name, funding.name)))
    else:
        print(say(QT_TRANSLATE_NOOP("Cli", "Recorded repayment of %1 on %2.")
                  .arg(fmt.money(amount, line.currency), line.name)))
    return 0


def cmd_payoff(args, ctx) -> int:
    purchase_id = parse_int(args.purchase, "purchase", 1, 2**62)
    plan = ctx.queries.plan_for_purchase(purchase_id)
    if plan is None:
        raise ValidationError("purchase", args.purchase, QT_TRANSLATE_NOOP("Errors", "is not paid in installments"))
    line = ctx.queries.line(plan.line_id)
    ctx.ledger.pay_off_plan(plan.id, parse_date(args.date), pay_now=not args.no_pay)
    lump = next(p for p in ctx.queries.plan(plan.id).parts if p.status.value == "payoff")
    cur = line.currency
    said = QT_TRANSLATE_NOOP("Cli", "Paid off purchase %1 early: %2 principal + %3 fee (%4) on the %5 bill.").arg(
        purchase_id, fmt.money(lump.principal_fen, cur), fmt.money(lump.fee_fen, cur), PAYOFF_POLICIES[plan.policy],
        lump.statement_date.isoformat())
    if not args.no_pay:
        said = QT_TRANSLATE_NOOP("Cli", "%1 A repayment of %2 was recorded.").arg(said, fmt.money(lump.amount_fen, cur))
    print(say(said))
    return 0


def cmd_convert(args, ctx) -> int:
    line = ctx.queries.line_named(args.line)
    periods = parse_int(args.periods, "periods", 2, 60)
    fee_rate = parse_rate(args.fee_rate, field="fee_rate") if args.fee_rate is not None else None
    amount = parse_amount(args.amount, field="amount", currency=line.currency) if args.amount else None
    statement = parse_date(args.statement, "statement")
    changes = ctx.ledger.convert_statement(line.id, statement, periods, fee_rate, amount, today=_today(args, ctx))
    plan = ctx.queries.plan(changes.ids["plan"])
    cur = line.currency
    print(say(QT_TRANSLATE_NOOP(
            "Cli", "Turned %1 of the %2 bill into %3 installments: %4 (total fee %5).")
                    .arg(
                        fmt.money(plan.principal_fen, cur),
                        statement.isoformat(),
                        periods,
                        installments_text([p.amount_fen for p in plan.parts], cur),
                        fmt.money(plan.fee_total_fen, cur),
                    )))
    return 0


def cmd_statements(args, ctx) -> int:
    from app.cli.statements_cmd import statements  # its own module: it holds the pay-in-4 table too

    return statements(args, ctx)


def cmd_schedule(args, ctx) -> int:
    line_id = _line_id(ctx, args.line) if args.line else None
    entries = ctx.queries.schedule(_today(args, ctx), parse_int(args.months, "months", 1, 120), line_id)
    if args.json:
        print_json([{"due_date": e.due_date, "line": e.line, "amount_fen": e.amount_fen,
                     "minimum_fen": e.minimum_fen, "principal_fen": e.principal_fen, "fee_fen": e.fee_fen,
                     "statement_date": e.statement_date, "overdue": e.overdue, "currency": e.currency}
                    for e in entries])
        return 0
    if not entries:
        print(say(QT_TRANSLATE_NOOP("Cli", "Nothing due.")))
        return 0
    print_table(QT_TRANSLATE_NOOP("Cli", "due|line|amount|minimum|of which fees/interest|"),
                [[e.due_date.isoformat(), e.line, fmt.money(e.amount_fen, e.currency),
                  fmt.money(e.minimum_fen, e.currency), fmt.money(e.fee_fen, e.currency),
                  alert(say(OVERDUE)) if e.overdue else ""] for e in entries])
    return 0
