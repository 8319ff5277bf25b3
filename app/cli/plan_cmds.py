"""``debtlens plan ...``: what borrowing really costs, from the shell.

- ``plan installment``: schedule, fee and annualized rates of an installment plan (domain-rules.md §2.2, §3).
- ``plan minimum``: the minimum-payment trap against a 36-month payoff (Reg Z, §4.2).
- ``plan payoff``: avalanche or snowball (or your order) for a monthly budget (§7).
- ``plan before-buy``: every way of paying a price on one of your lines, with its effect on your load.
- ``plan offer``, ``plan bill``, ``plan pay-date``: decisions about one offer, one bill, one date
  (``app.cli.plan_decisions``).

``installment``, ``minimum``, ``payoff`` and ``offer`` need no database. JSON amounts are int fen under ``*_fen``
keys; rates and ratios are fractions (``offer`` and ``bill`` write them as exact decimal strings, "37.2449").
"""

from __future__ import annotations

import argparse
from decimal import Decimal

from app.cli.money_input import parse_amount
from app.cli.output import print_json, print_table
from app.cli.plan_decisions import cmd_bill, cmd_offer, cmd_pay_date
from app.cli.plan_minimum import cmd_minimum
from app.cli.status_cmd import plans_json, plans_left, plans_note
from app.domain.debt_load import Band
from app.domain.errors import ValidationError
from app.domain.payoff import MAX_MONTHS, Debt, Strategy
from app.domain.rates import parse_rate
from app.domain.true_cost import plan_cost
from app.i18n import formatting as fmt
from app.services.validation import parse_date, parse_int
from app.domain.messages import QT_TRANSLATE_NOOP, NameList
from app.cli.language import say

_PAY_IN_FULL = QT_TRANSLATE_NOOP("Cli", "pay in full")
STRATEGY_NAMES = {Strategy.AVALANCHE: QT_TRANSLATE_NOOP("Cli", "Avalanche"),
               Strategy.SNOWBALL: QT_TRANSLATE_NOOP("Cli", "Snowball"), Strategy.CUSTOM: QT_TRANSLATE_NOOP("Cli", "Your order"),
               Strategy.MINIMUMS_ONLY: QT_TRANSLATE_NOOP("Cli", "Minimums only")}
_MONTHS = QT_TRANSLATE_NOOP("Cli", "%1 months")
#: The debt-load bands as the "before you buy" table and its warnings name them.
BAND_NAMES = {Band.GREEN: QT_TRANSLATE_NOOP("Cli", "green"), Band.AMBER: QT_TRANSLATE_NOOP("Cli", "amber"),
              Band.ORANGE: QT_TRANSLATE_NOOP("Cli", "orange"), Band.RED: QT_TRANSLATE_NOOP("Cli", "red"),
              Band.CRITICAL: QT_TRANSLATE_NOOP("Cli", "critical")}


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``plan`` and its actions to ``sub``."""
    plan = sub.add_parser("plan",
                          help=QT_TRANSLATE_NOOP("CliHelp", "true cost: installment rates, minimum-payment trap, "
                                                            "payoff plans"))
    psub = plan.add_subparsers(dest="plan_command", metavar="ACTION", required=True)

    inst = psub.add_parser("installment", help=QT_TRANSLATE_NOOP("CliHelp", "annualized rate of an installment plan"))
    inst.add_argument("--amount", required=True, help=QT_TRANSLATE_NOOP("CliHelp", "amount financed, e.g. 1000.00"))
    inst.add_argument("--periods", required=True, help=QT_TRANSLATE_NOOP("CliHelp", "number of monthly parts (1-60)"))
    inst.add_argument("--fee-rate", required=True,
                      help=QT_TRANSLATE_NOOP("CliHelp", "total fee for the whole plan, e.g. 8.8%%"))
    inst.add_argument("--remainder", default="first", choices=["first", "last"],
                      help=QT_TRANSLATE_NOOP("CliHelp", "period that takes the split remainder (default first, the "
                                                        "Alipay rule)"))
    inst.add_argument("--purchase-date",
                      help=QT_TRANSLATE_NOOP("CliHelp", "date of the purchase (with --first-due: adds an XIRR)"))
    inst.add_argument("--first-due",
                      help=QT_TRANSLATE_NOOP("CliHelp", "due date of the first part; later parts fall monthly"))
    inst.add_argument("--currency", default="CNY")
    inst.add_argument("--json", action="store_true")
    inst.set_defaults(func=cmd_installment)

    mini = psub.add_parser("minimum",
                           help=QT_TRANSLATE_NOOP("CliHelp", "what paying only the minimum costs (vs 36 months)"))
    mini.add_argument("--balance", required=True, help=QT_TRANSLATE_NOOP("CliHelp", "balance, e.g. 3000.00"))
    mini.add_argument("--apr", required=True, help=QT_TRANSLATE_NOOP("CliHelp", "annual rate, e.g. 18%%"))
    mini.add_argument("--min-rule", default="10%",
                      help=QT_TRANSLATE_NOOP("CliHelp", "minimum: a share of the balance ('10%%') or a share plus the "
                                                        "interest ('1%%+interest')"))
    mini.add_argument("--min-floor", default="0",
                      help=QT_TRANSLATE_NOOP("CliHelp", "smallest minimum payment, e.g. 25 (default 0)"))
    mini.add_argument("--currency", default="CNY")
    mini.add_argument("--json", action="store_true")
    mini.set_defaults(func=cmd_minimum)

    pay = psub.add_parser("payoff",
                          help=QT_TRANSLATE_NOOP("CliHelp", "avalanche or snowball payoff plan for a monthly budget"))
    pay.add_argument("--debt", action="append", required=True, metavar="NAME:BALANCE:APR:MINIMUM",
                     help=QT_TRANSLATE_NOOP("CliHelp", "a debt, e.g. 'Card:2500.00:22%%:75' (repeat for each)"))
    pay.add_argument("--budget", required=True,
                     help=QT_TRANSLATE_NOOP("CliHelp", "total paid each month, e.g. 400 (a budget that never clears "
                                                       "the debts is not an error: the plan says 'never', months is "
                                                       "null in JSON, exit status 0)"))
    pay.add_argument("--strategy", default="avalanche", choices=["avalanche", "snowball", "custom"])
    pay.add_argument("--order", help=QT_TRANSLATE_NOOP("CliHelp", "custom order: debt names separated by commas"))
    pay.add_argument("--currency", default="CNY")
    pay.add_argument("--json", action="store_true")
    pay.set_defaults(func=cmd_payoff)

    buy = psub.add_parser("before-buy",
                          help=QT_TRANSLATE_NOOP("CliHelp", "before you buy: every way of paying a price on one of "
                                                            "your lines"))
    buy.add_argument("--line", required=True, help=QT_TRANSLATE_NOOP("CliHelp", "name of the credit line"))
    buy.add_argument("--price", required=True, help=QT_TRANSLATE_NOOP("CliHelp", "price, e.g. 3000.00"))
    buy.add_argument("--today", help=QT_TRANSLATE_NOOP("CliHelp", "purchase date (default today)"))
    buy.add_argument("--periods", default="1,3,6,9,12",
                     help=QT_TRANSLATE_NOOP("CliHelp", "numbers of parts to compare (default 1,3,6,9,12)"))
    buy.add_argument("--json", action="store_true")
    buy.set_defaults(func=cmd_before_buy, read_only=True)

    offer = psub.add_parser("offer",
                            help=QT_TRANSLATE_NOOP("CliHelp", "check a loan offer: its annualized rate (PBOC 2021) "
                                                              "and warning signs"))
    offer.add_argument("--contract", required=True,
                       help=QT_TRANSLATE_NOOP("CliHelp", "amount the contract says is lent, e.g. 5000.00"))
    offer.add_argument("--received", required=True,
                       help=QT_TRANSLATE_NOOP("CliHelp", "cash that actually reaches you, e.g. 3500.00"))
    offer.add_argument("--start", required=True, help=QT_TRANSLATE_NOOP("CliHelp", "day the money arrives, YYYY-MM-DD"))
    offer.add_argument("--pay", action="append", required=True, metavar="DATE=AMOUNT",
                       help=QT_TRANSLATE_NOOP("CliHelp", "a repayment, e.g. 2026-01-08=6000.00 (repeat for a "
                                                         "schedule)"))
    offer.add_argument("--fee", action="append", default=[], metavar="[DATE=]AMOUNT",
                       help=QT_TRANSLATE_NOOP("CliHelp", "a fee not in the repayments: AMOUNT is paid when the money "
                                                         "arrives, DATE=AMOUNT on that day (repeat for each)"))
    offer.add_argument("--currency", default="CNY")
    offer.add_argument("--json", action="store_true")
    offer.set_defaults(func=cmd_offer)

    when = psub.add_parser("pay-date",
                           help=QT_TRANSLATE_NOOP("CliHelp", "can I pay it on that date? each line and way to pay, "
                                                             "the bill it lands on and your cash on its due date"))
    when.add_argument("--price", required=True, help=QT_TRANSLATE_NOOP("CliHelp", "price, e.g. 3000.00"))
    when.add_argument("--cash", default="0", help=QT_TRANSLATE_NOOP("CliHelp", "cash you have now (default 0)"))
    when.add_argument("--pay-day",
                      help=QT_TRANSLATE_NOOP("CliHelp", "set the day of the month your pay comes (1-31, 'none' clears "
                                                        "it) first"))
    when.add_argument("--today", help=QT_TRANSLATE_NOOP("CliHelp", "the purchase date (default today)"))
    when.add_argument("--json", action="store_true")
    when.set_defaults(func=cmd_pay_date, read_only=lambda args: args.pay_day is None)

    bill = psub.add_parser("bill",
                           help=QT_TRANSLATE_NOOP("CliHelp", "compare ways to pay a bill: in full, the minimum, "
                                                             "installments"))
    bill.add_argument("--line", required=True, help=QT_TRANSLATE_NOOP("CliHelp", "name of the credit line"))
    bill.add_argument("--statement", required=True,
                      help=QT_TRANSLATE_NOOP("CliHelp", "statement date of the bill, YYYY-MM-DD"))
    bill.add_argument("--today", help=QT_TRANSLATE_NOOP("CliHelp", "as of this day (default today)"))
    bill.add_argument("--lang", choices=["en", "zh_CN"],
                      help=QT_TRANSLATE_NOOP("CliHelp", "language of the answer (default: the system's)"))
    bill.add_argument("--json", action="store_true")
    bill.set_defaults(func=cmd_bill, read_only=True)


# -- installment --------------------------------------------------------------------------------------------
def cmd_installment(args, ctx) -> int:
    amount = parse_amount(args.amount, field="amount", currency=args.currency)
    periods = parse_int(args.periods, "periods", 1, 60)
    fee_rate = parse_rate(args.fee_rate, field="fee_rate")
    purchase = parse_date(args.purchase_date, "purchase_date") if args.purchase_date else None
    first_due = parse_date(args.first_due, "first_due") if args.first_due else None
    cost = plan_cost(amount, periods, fee_rate, args.remainder, purchase, first_due)
    rate = cost.rate
    if args.json:
        rows = []
        for i, part in enumerate(cost.parts):
            row: dict[str, object] = {"period": part.period}
            if cost.due_dates is not None:
                row["due_date"] = cost.due_dates[i]
            row.update(principal_fen=part.principal_fen, fee_fen=part.fee_fen, amount_fen=part.amount_fen)
            rows.append(row)
        data: dict[str, object] = {
            "amount_fen": amount, "fee_rate": fee_rate, "periods": rows, "total_fee_fen": cost.total_fee_fen,
            "total_paid_fen": cost.total_paid_fen, "monthly_rate": rate.monthly_rate, "apr": rate.apr,
            "ear": rate.ear, "simple_annualized": rate.simple,
        }
        if rate.xirr is not None:
            data["xirr"] = rate.xirr
        print_json(data)
        return 0
    cur = args.currency
    first, last = cost.parts[0].amount_fen, cost.parts[-1].amount_fen
    each = fmt.money(last, cur) if first == last else QT_TRANSLATE_NOOP("Cli", "%1, then %2").arg(
        fmt.money(first, cur), fmt.money(last, cur))
    print(say(QT_TRANSLATE_NOOP("Cli", "%1 in %2 monthly parts: %3.").arg(fmt.money(amount, cur), periods, each)))
    print(say(QT_TRANSLATE_NOOP(
            "Cli", "Total fee %1; you pay %2.")
                    .arg(fmt.money(cost.total_fee_fen, cur), fmt.money(cost.total_paid_fen, cur))))
    print(say(QT_TRANSLATE_NOOP(
            "Cli", "True cost: APR %1 a year (effective %2; simple %3).")
                    .arg(
                        fmt.percent(rate.apr, decimals=2),
                        fmt.percent(rate.ear, decimals=2),
                        fmt.percent(rate.simple, decimals=2),
                    )))
    if rate.xirr is not None:
        print(say(QT_TRANSLATE_NOOP(
                "Cli", "On the real dates: %1 a year (XIRR).").arg(fmt.percent(rate.xirr, decimals=2))))
    return 0



# -- payoff -------------------------------------------------------------------------------------------------
def parse_debt(spec: str, currency: str = "CNY") -> Debt:
    """``"NAME:BALANCE:APR:MINIMUM"`` (the name may hold colons) -> ``Debt``. Raises ``ValidationError``."""
    pieces = (spec or "").rsplit(":", 3)
    if len(pieces) != 4 or not pieces[0].strip():
        raise ValidationError("debt", spec, QT_TRANSLATE_NOOP(
                "Errors", "write NAME:BALANCE:APR:MINIMUM, e.g. Card:2500.00:22%:75"))
    name, balance, apr, minimum = pieces
    return Debt(
        name=name.strip(),
        balance_fen=parse_amount(balance, field="debt balance", currency=currency, allow_zero=True),
        apr=parse_rate(apr, field="debt apr", below=Decimal(10)),
        minimum_fen=parse_amount(minimum, field="debt minimum", currency=currency, allow_zero=True),
    )


def cmd_payoff(args, ctx) -> int:
    from app.services.payoff_planner import compare_payoff

    debts = [parse_debt(spec, args.currency) for spec in args.debt]
    budget = parse_amount(args.budget, field="budget", currency=args.currency)
    strategy = Strategy(args.strategy)
    order = [n.strip() for n in args.order.split(",")] if args.order else None
    if strategy is Strategy.CUSTOM and not order:
        raise ValidationError("order", args.order, QT_TRANSLATE_NOOP(
                "Errors", "give the custom order, e.g. --order A,B,C"))
    minimums = sum(d.minimum_fen for d in debts if d.balance_fen > 0)
    if budget < minimums:
        raise ValidationError("budget", args.budget,
                              QT_TRANSLATE_NOOP(
                                      "Errors", "is below the sum of the minimum payments (%1)")
                                              .arg(fmt.money(minimums, args.currency)))
    comparison = compare_payoff(debts, budget, ctx.today(), order if strategy is Strategy.CUSTOM else None,
                                with_minimums_only=False)
    result = comparison.plan(strategy).result
    if args.json:
        print_json({
            "strategy": strategy, "budget_fen": budget, "order": list(result.order), "months": result.months,
            "total_interest_fen": result.total_interest_fen, "total_paid_fen": result.total_paid_fen,
            "debts": [{"name": d.name, "payoff_month": result.payoff_month[d.name]} for d in debts],
        })
        return 0
    cur = args.currency
    if result.months is None:  # exit 0: a valid question whose answer is "never" (months null in JSON)
        never = NameList(d.name for d in debts if result.payoff_month[d.name] is None)
        if len(result.balances) - 1 < MAX_MONTHS:  # stopped early: a debt's interest outgrows what it can get
            why = QT_TRANSLATE_NOOP(
                    "Cli", "the interest on %1 is at least what can go to it each month, so it never gets smaller"
            ).arg(never)
        else:
            why = QT_TRANSLATE_NOOP("Cli", "%1 would still not be paid off in 100 years").arg(never)
        print(say(QT_TRANSLATE_NOOP(
                "Cli", "%1: never paid off with this budget (%2 a month): %3. Raise --budget.")
                        .arg(STRATEGY_NAMES[strategy], fmt.money(budget, cur), why)))
    else:
        print(say(QT_TRANSLATE_NOOP(
                "Cli", "%1 (%2): debt-free in %3 months, total interest %4.")
                        .arg(
                            STRATEGY_NAMES[strategy],
                            ' → '.join(result.order),
                            result.months,
                            fmt.money(result.total_interest_fen, cur),
                        )))
    print_table(QT_TRANSLATE_NOOP("Cli", "debt|paid off in month"),
                [[d.name, say(QT_TRANSLATE_NOOP("Cli", "never")) if result.payoff_month[d.name] is None
                  else str(result.payoff_month[d.name])]
                 for d in debts])
    return 0


# -- before you buy -----------------------------------------------------------------------------------------
def cmd_before_buy(args, ctx) -> int:
    line = ctx.queries.line_named(args.line)
    price = parse_amount(args.price, field="price", currency=line.currency)
    today = parse_date(args.today, "today") if args.today else ctx.today()
    periods = [parse_int(p, "periods", 1, 60) for p in args.periods.split(",") if p.strip()]
    if not periods:
        raise ValidationError("periods", args.periods, QT_TRANSLATE_NOOP(
                "Errors", "give at least one number of parts, e.g. 1,3,12"))
    c = ctx.services.before_you_buy(line.id, price, today, periods)
    left_out = plans_left(ctx, line.id, today)  # bank plans whose remaining principal the figures leave out
    if args.json:
        print_json({
            "line": c.line_name, "price_fen": c.price_fen, "as_of": c.as_of, "limit_fen": c.limit_fen,
            "available_fen": c.available_fen, "exceeds_available": c.exceeds_available,
            "currency": c.currency, "income_currency": c.income_currency, "left_out": list(c.left_out),
            "income_fen": c.income_fen, "utilization_before": c.utilization_before,
            "dsr_before": c.dsr_before, "months": list(c.months), "already_due_fen": list(c.base_by_month),
            "bank_plans_not_counted": plans_json(left_out),
            "options": [{
                "periods": o.periods, "fee_rate": o.plan.fee_rate,
                "parts": [{"due_date": d, "principal_fen": p.principal_fen, "fee_fen": p.fee_fen,
                           "amount_fen": p.amount_fen} for d, p in zip(o.plan.due_dates, o.plan.parts, strict=True)],
                "total_fee_fen": o.plan.total_fee_fen, "total_paid_fen": o.plan.total_paid_fen,
                "apr": o.plan.rate.apr, "ear": o.plan.rate.ear, "simple_annualized": o.plan.rate.simple,
                "xirr": o.plan.rate.xirr, "new_by_month_fen": list(o.new_by_month),
                "utilization_after": o.utilization_after, "dsr_after": o.dsr_after, "verdict": o.verdict,
                "crossings": [{"metric": x.metric, "before": x.before, "after": x.after} for x in o.crossings],
            } for o in c.options],
        })
        return 0
    cur = c.currency
    print(say(QT_TRANSLATE_NOOP(
            "Cli", "Before you buy: %1 on %2 (available %3, used %4).")
                    .arg(
                        fmt.money(price, cur),
                        c.line_name,
                        fmt.money(c.available_fen, cur),
                        fmt.percent(c.utilization_before),
                    )))
    if left_out:
        print("  " + say(plans_note(line, left_out)))
    if c.exceeds_available:
        print(say(QT_TRANSLATE_NOOP("Cli", "  The price is more than the credit available on this line.")))
    rows = []
    for o in c.options:
        plan = o.plan
        label = say(_PAY_IN_FULL if o.periods == 1 else _MONTHS.arg(o.periods))
        each = fmt.money(plan.first_amount_fen, cur)
        if plan.regular_amount_fen != plan.first_amount_fen:
            each += " / " + fmt.money(plan.regular_amount_fen, cur)
        rows.append([label, each, fmt.money(plan.total_fee_fen, cur), fmt.money(plan.total_paid_fen, cur),
                     fmt.percent(plan.rate.apr, decimals=2), fmt.percent(o.utilization_after),
                     fmt.percent(o.dsr_after), say(BAND_NAMES[o.verdict])])
    print_table(QT_TRANSLATE_NOOP("Cli", "plan|per month|fee|total|APR|used after|DSR after|verdict"), rows)
    names = {"utilization": QT_TRANSLATE_NOOP("Cli", "this line's utilization"),
             "total_utilization": QT_TRANSLATE_NOOP("Cli", "the utilization of all lines"),
             "dsr": QT_TRANSLATE_NOOP("Cli", "your debt-service ratio")}
    crossed: dict[tuple[str, Band, Band], list[str]] = {}
    for o in c.options:
        for x in o.crossings:
            label = say(QT_TRANSLATE_NOOP("Cli", "in full") if o.periods == 1 else _MONTHS.arg(o.periods))
            crossed.setdefault((x.metric, x.before, x.after), []).append(label)
    for (metric, before, after), labels in crossed.items():
        how = QT_TRANSLATE_NOOP("Cli", "every option") if len(labels) == len(c.options) else ", ".join(labels)
        print(say(QT_TRANSLATE_NOOP(
                "Cli", "  Warning: %1 goes from %2 to %3 (%4).").arg(names[metric], BAND_NAMES[before],
                                                                    BAND_NAMES[after], how)))
    if c.income_fen is None:
        print(say(QT_TRANSLATE_NOOP(
                "Cli", "  Set your monthly income (debtlens income 8000.00) to see the debt-service ratio.")))
    elif not c.income_applies:
        print(say(QT_TRANSLATE_NOOP(
                "Cli", "  Your income is in %1: the debt-service ratio leaves out this line in %2.").arg(
                    c.income_currency, c.currency)))
    return 0
