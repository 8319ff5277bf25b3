"""``debtlens plan ...``: what borrowing really costs, from the shell.

- ``plan installment``: schedule, fee and annualized rates of an installment plan (domain-rules.md §2.2, §3).
- ``plan minimum``: the minimum-payment trap against a 36-month payoff (Reg Z, §4.2).
- ``plan payoff``: avalanche or snowball (or your order) for a monthly budget (§7).
- ``plan before-buy``: every way of paying a price on one of your lines, with its effect on your load.
- ``plan offer``: a loan offer's annualized rate by the PBOC 2021 definition, and its warning signs (砍头息 ...).
- ``plan pay-date``: can I pay it on that date? the bill a purchase lands on, its due date, my cash then.
- ``plan bill``: every way to pay one bill of a line: in full, the minimum only, 3/6/9/12 installments.

``installment``, ``minimum``, ``payoff`` and ``offer`` need no database. JSON amounts are int fen under ``*_fen``
keys; rates and ratios are fractions (``offer`` and ``bill`` write them as exact decimal strings, "37.2449").
"""

from __future__ import annotations

import argparse
from datetime import date
from decimal import Decimal

from app.cli.money_input import parse_amount
from app.cli.output import print_json, print_table, safe
from app.domain.errors import ValidationError
from app.domain.minimum_payment import MinimumRule
from app.domain.offers import LoanOffer, OfferFlag, OfferPeriod, Payment, PeriodUnit, check_offer
from app.domain.payoff import MAX_MONTHS, Debt, Strategy
from app.domain.rates import parse_rate
from app.domain.true_cost import plan_cost
from app.i18n import formatting as fmt
from app.services.bill_decision import BillDecision, WayKind
from app.services.validation import parse_date, parse_int


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``plan`` and its actions to ``sub``."""
    plan = sub.add_parser("plan", help="true cost: installment rates, minimum-payment trap, payoff plans")
    psub = plan.add_subparsers(dest="plan_command", metavar="ACTION", required=True)

    inst = psub.add_parser("installment", help="annualized rate of an installment plan")
    inst.add_argument("--amount", required=True, help="amount financed, e.g. 1000.00")
    inst.add_argument("--periods", required=True, help="number of monthly parts (1-60)")
    inst.add_argument("--fee-rate", required=True, help="total fee for the whole plan, e.g. 8.8%%")
    inst.add_argument("--remainder", default="first", choices=["first", "last"],
                      help="period that takes the split remainder (default first, the Alipay rule)")
    inst.add_argument("--purchase-date", help="date of the purchase (with --first-due: adds an XIRR)")
    inst.add_argument("--first-due", help="due date of the first part; later parts fall monthly")
    inst.add_argument("--currency", default="CNY")
    inst.add_argument("--json", action="store_true")
    inst.set_defaults(func=cmd_installment)

    mini = psub.add_parser("minimum", help="what paying only the minimum costs (vs 36 months)")
    mini.add_argument("--balance", required=True, help="balance, e.g. 3000.00")
    mini.add_argument("--apr", required=True, help="annual rate, e.g. 18%%")
    mini.add_argument("--min-rule", default="10%",
                      help="minimum: a share of the balance ('10%%') or a share plus the interest ('1%%+interest')")
    mini.add_argument("--min-floor", default="0", help="smallest minimum payment, e.g. 25 (default 0)")
    mini.add_argument("--currency", default="CNY")
    mini.add_argument("--json", action="store_true")
    mini.set_defaults(func=cmd_minimum)

    pay = psub.add_parser("payoff", help="avalanche or snowball payoff plan for a monthly budget")
    pay.add_argument("--debt", action="append", required=True, metavar="NAME:BALANCE:APR:MINIMUM",
                     help="a debt, e.g. 'Card:2500.00:22%%:75' (repeat for each)")
    pay.add_argument("--budget", required=True,
                     help="total paid each month, e.g. 400 (a budget that never clears the debts is not an error: "
                          "the plan says 'never', months is null in JSON, exit status 0)")
    pay.add_argument("--strategy", default="avalanche", choices=["avalanche", "snowball", "custom"])
    pay.add_argument("--order", help="custom order: debt names separated by commas")
    pay.add_argument("--currency", default="CNY")
    pay.add_argument("--json", action="store_true")
    pay.set_defaults(func=cmd_payoff)

    buy = psub.add_parser("before-buy", help="before you buy: every way of paying a price on one of your lines")
    buy.add_argument("--line", required=True, help="name of the credit line")
    buy.add_argument("--price", required=True, help="price, e.g. 3000.00")
    buy.add_argument("--today", help="purchase date (default today)")
    buy.add_argument("--periods", default="1,3,6,9,12", help="numbers of parts to compare (default 1,3,6,9,12)")
    buy.add_argument("--json", action="store_true")
    buy.set_defaults(func=cmd_before_buy, read_only=True)

    offer = psub.add_parser("offer", help="check a loan offer: its annualized rate (PBOC 2021) and warning signs")
    offer.add_argument("--contract", required=True, help="amount the contract says is lent, e.g. 5000.00")
    offer.add_argument("--received", required=True, help="cash that actually reaches you, e.g. 3500.00")
    offer.add_argument("--start", required=True, help="day the money arrives, YYYY-MM-DD")
    offer.add_argument("--pay", action="append", required=True, metavar="DATE=AMOUNT",
                       help="a repayment, e.g. 2026-01-08=6000.00 (repeat for a schedule)")
    offer.add_argument("--fee", action="append", default=[], metavar="[DATE=]AMOUNT",
                       help="a fee not in the repayments: AMOUNT is paid when the money arrives, DATE=AMOUNT on "
                            "that day (repeat for each)")
    offer.add_argument("--currency", default="CNY")
    offer.add_argument("--json", action="store_true")
    offer.set_defaults(func=cmd_offer)

    when = psub.add_parser("pay-date", help="can I pay it on that date? each line and way to pay, the bill it "
                                            "lands on and your cash on its due date")
    when.add_argument("--price", required=True, help="price, e.g. 3000.00")
    when.add_argument("--cash", default="0", help="cash you have now (default 0)")
    when.add_argument("--pay-day", help="set the day of the month your pay comes (1-31, 'none' clears it) first")
    when.add_argument("--today", help="the purchase date (default today)")
    when.add_argument("--json", action="store_true")
    when.set_defaults(func=cmd_pay_date, read_only=lambda args: args.pay_day is None)

    bill = psub.add_parser("bill", help="compare ways to pay a bill: in full, the minimum, installments")
    bill.add_argument("--line", required=True, help="name of the credit line")
    bill.add_argument("--statement", required=True, help="statement date of the bill, YYYY-MM-DD")
    bill.add_argument("--today", help="as of this day (default today)")
    bill.add_argument("--lang", default="en", choices=["en", "zh_CN"], help="language of the warning box")
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
    each = fmt.money(last, cur) if first == last else f"{fmt.money(first, cur)} then {fmt.money(last, cur)}"
    print(f"{fmt.money(amount, cur)} in {periods} monthly parts: {each}.")
    print(f"Total fee {fmt.money(cost.total_fee_fen, cur)}; you pay {fmt.money(cost.total_paid_fen, cur)}.")
    print(f"True cost: APR {fmt.percent(rate.apr, decimals=2)} a year "
          f"(effective {fmt.percent(rate.ear, decimals=2)}; simple {fmt.percent(rate.simple, decimals=2)}).")
    if rate.xirr is not None:
        print(f"On the real dates: {fmt.percent(rate.xirr, decimals=2)} a year (XIRR).")
    return 0


# -- minimum ------------------------------------------------------------------------------------------------
def parse_min_rule(text: str, floor_text: str, currency: str = "CNY") -> MinimumRule:
    """``"1%+interest"`` / ``"10%"`` plus a floor amount -> ``MinimumRule``.

    Raises:
        ValidationError: ``field="min_rule"`` or ``"min_floor"``.
    """
    cleaned = (text or "").strip().lower().replace(" ", "")
    plus = False
    for suffix in ("+interest", "+int", "+利息"):
        if cleaned.endswith(suffix):
            cleaned, plus = cleaned[: -len(suffix)], True
            break
    pct = parse_rate(cleaned, field="min_rule", below=Decimal("1.000001"))
    floor = parse_amount(floor_text, field="min_floor", currency=currency, allow_zero=True)
    return MinimumRule(pct=pct, plus_interest=plus, floor_fen=floor)


def cmd_minimum(args, ctx) -> int:
    from app.services.minimum_trap import minimum_trap

    balance = parse_amount(args.balance, field="balance", currency=args.currency)
    apr = parse_rate(args.apr, field="apr", below=Decimal(10))
    rule = parse_min_rule(args.min_rule, args.min_floor, args.currency)
    trap = minimum_trap(balance, apr, rule, args.currency)
    w = trap.warning
    if args.json:
        print_json({
            "balance_fen": balance, "apr": apr, "months": w.months,
            "period": None if w.period is None else {"value": w.period.value, "unit": w.period.unit},
            "never_pays_off": w.never_pays_off, "first_minimum_fen": w.first_minimum_fen,
            "total_paid_fen": w.total_paid_fen, "total_interest_fen": w.total_interest_fen,
            "payment_36_fen": w.payment_36_fen, "total_36_fen": w.total_36_fen,
            "total_paid_units": w.total_paid_units, "payment_36_units": w.payment_36_units,
            "total_36_units": w.total_36_units, "savings_units": w.savings_units,
            "show_36_month": w.show_36_month,
        })
        return 0
    cur = args.currency
    print(f"Minimum payment warning: if you make only the minimum payment "
          f"(first one {fmt.money(w.first_minimum_fen, cur)}) and add nothing new,")
    if w.never_pays_off:
        print("  you will never pay off this balance: the minimum does not cover the interest.")
        return 0
    print(f"  you will pay it off in {_how_long(w.period, w.months)}"
          f" and pay an estimated total of {fmt.money(w.total_paid_fen, cur)}"
          f" ({fmt.money(w.total_interest_fen, cur)} of it interest).")
    if not w.show_36_month:  # paid off within 3 years: nothing to compare (Reg Z practice)
        return 0
    if w.payment_36_fen > w.first_minimum_fen and w.total_36_fen < w.total_paid_fen:
        print(f"If you pay {fmt.money(w.payment_36_fen, cur)} each month, you will pay it off in 3 years and pay"
              f" an estimated total of {fmt.money(w.total_36_fen, cur)}.")
        if w.savings_units is not None and w.savings_units > 0:
            print(f"  Savings: about {fmt.money(w.savings_units * 100, cur)}.")
    else:  # a large minimum share (Huabei's 10 %) repays faster than 3 years would; only the tail drags on
        print(f"The minimum is more than the {fmt.money(w.payment_36_fen, cur)} a month that would clear it in"
              f" 3 years, but the last part of the balance still drags on.")
    return 0


def _how_long(period, months: int) -> str:
    """``"3 months"``, ``"1 month"`` or ``"about 14 years (170 months)"``."""
    if period.unit == "months":
        return f"{months} month" if months == 1 else f"{months} months"
    return f"about {period.value} years ({months} months)"


# -- payoff -------------------------------------------------------------------------------------------------
def parse_debt(spec: str, currency: str = "CNY") -> Debt:
    """``"NAME:BALANCE:APR:MINIMUM"`` (the name may hold colons) -> ``Debt``. Raises ``ValidationError``."""
    pieces = (spec or "").rsplit(":", 3)
    if len(pieces) != 4 or not pieces[0].strip():
        raise ValidationError("debt", spec, "write NAME:BALANCE:APR:MINIMUM, e.g. Card:2500.00:22%:75")
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
        raise ValidationError("order", args.order, "give the custom order, e.g. --order A,B,C")
    minimums = sum(d.minimum_fen for d in debts if d.balance_fen > 0)
    if budget < minimums:
        raise ValidationError("budget", args.budget,
                              f"is below the sum of the minimum payments ({fmt.money(minimums, args.currency)})")
    comparison = compare_payoff(debts, budget, date.today(), order if strategy is Strategy.CUSTOM else None,
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
        never = ", ".join(d.name for d in debts if result.payoff_month[d.name] is None)
        if len(result.balances) - 1 < MAX_MONTHS:  # stopped early: a debt's interest outgrows what it can get
            why = f"the interest on {never} is at least what can go to it each month, so it never gets smaller"
        else:
            why = f"{never} would still not be paid off in 100 years"
        print(f"{strategy.value.capitalize()}: never paid off with this budget ({fmt.money(budget, cur)} a month): "
              f"{why}. Raise --budget.")
    else:
        print(f"{strategy.value.capitalize()} ({' → '.join(result.order)}): debt-free in {result.months} months, "
              f"total interest {fmt.money(result.total_interest_fen, cur)}.")
    print_table(["debt", "paid off in month"],
                [[d.name, "never" if result.payoff_month[d.name] is None else str(result.payoff_month[d.name])]
                 for d in debts])
    return 0


# -- before you buy -----------------------------------------------------------------------------------------
def cmd_before_buy(args, ctx) -> int:
    line = ctx.queries.line_named(args.line)
    price = parse_amount(args.price, field="price", currency=line.currency)
    today = parse_date(args.today, "today") if args.today else date.today()
    periods = [parse_int(p, "periods", 1, 60) for p in args.periods.split(",") if p.strip()]
    if not periods:
        raise ValidationError("periods", args.periods, "give at least one number of parts, e.g. 1,3,12")
    c = ctx.services.before_you_buy(line.id, price, today, periods)
    if args.json:
        print_json({
            "line": c.line_name, "price_fen": c.price_fen, "as_of": c.as_of, "limit_fen": c.limit_fen,
            "available_fen": c.available_fen, "exceeds_available": c.exceeds_available,
            "income_fen": c.income_fen, "utilization_before": c.utilization_before,
            "dsr_before": c.dsr_before, "months": list(c.months), "already_due_fen": list(c.base_by_month),
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
    print(f"Before you buy: {fmt.money(price, cur)} on {c.line_name} "
          f"(available {fmt.money(c.available_fen, cur)}, used {fmt.percent(c.utilization_before)}).")
    if c.exceeds_available:
        print("  The price is more than the credit available on this line.")
    rows = []
    for o in c.options:
        plan = o.plan
        label = "pay in full" if o.periods == 1 else f"{o.periods} months"
        each = fmt.money(plan.first_amount_fen, cur)
        if plan.regular_amount_fen != plan.first_amount_fen:
            each += " / " + fmt.money(plan.regular_amount_fen, cur)
        rows.append([label, each, fmt.money(plan.total_fee_fen, cur), fmt.money(plan.total_paid_fen, cur),
                     fmt.percent(plan.rate.apr, decimals=2), fmt.percent(o.utilization_after),
                     fmt.percent(o.dsr_after), o.verdict.value])
    print_table(["plan", "per month", "fee", "total", "APR", "used after", "DSR after", "verdict"], rows)
    names = {"utilization": "this line's utilization", "total_utilization": "the utilization of all lines",
             "dsr": "your debt-service ratio"}
    crossed: dict[tuple[str, str, str], list[str]] = {}
    for o in c.options:
        for x in o.crossings:
            label = "in full" if o.periods == 1 else f"{o.periods} months"
            crossed.setdefault((x.metric, x.before.value, x.after.value), []).append(label)
    for (metric, before, after), labels in crossed.items():
        how = "every option" if len(labels) == len(c.options) else ", ".join(labels)
        print(f"  Warning: {names[metric]} goes from {before} to {after} ({how}).")
    if c.income_fen is None:
        print("  Set your monthly income (debtlens income 8000.00) to see the debt-service ratio.")
    return 0


# -- offer --------------------------------------------------------------------------------------------------
#: What each flag means, for the text output (the window has its own translated texts).
_FLAG_TEXTS = {
    OfferFlag.UPFRONT_DEDUCTION: (
        "Money kept back (砍头息): {kept} of the {contract} contract never reached you, but the contract says you "
        "borrowed it. The Civil Code (Art. 670) forbids taking interest out of the principal in advance; when it "
        "is, you owe back only the {principal} actually lent, with interest worked out on that."),
    OfferFlag.SHORT_TERM: (
        "Short term: repaid {days} after the money arrives, under a month. A fee that looks small is a huge "
        "yearly rate, and a repayment due this soon pushes you to borrow again to repay."),
}
_DISGUISES = (
    "Loans dressed up as something else (regulators' warnings on campus loans, 校园贷):",
    "  培训贷 training loan: a course or a job promise paid with a loan in your name; the course disappoints, "
    "the loan stays.",
    "  美容贷 beauty loan: a treatment 'paid back by the clinic' or by modelling work; you owe the loan.",
    "  刷单贷 order-brushing loan: 'take a loan, we repay it and pay you commission'; the repayments stop, the "
    "debt is yours.",
)


def parse_payment(text: str, field: str, currency: str = "CNY", start: date | None = None) -> Payment:
    """``"DATE=AMOUNT"`` -> ``Payment``; with ``start``, a bare ``"AMOUNT"`` is paid on ``start``.

    Raises:
        ValidationError: naming ``field`` (``pay`` / ``fee``): no ``=``, a bad date or amount.
    """
    day_text, sep, amount_text = (text or "").strip().rpartition("=")
    if not sep:
        if start is None:
            raise ValidationError(field, text, "write DATE=AMOUNT, e.g. 2026-01-08=6000.00")
        return Payment(start, parse_amount(amount_text, field=field, currency=currency))
    return Payment(parse_date(day_text, field), parse_amount(amount_text, field=field, currency=currency))


def cmd_offer(args, ctx) -> int:
    cur = args.currency
    start = parse_date(args.start, "start")
    offer = LoanOffer(
        contract_fen=parse_amount(args.contract, field="contract", currency=cur),
        received_fen=parse_amount(args.received, field="received", currency=cur),
        start=start,
        repayments=tuple(parse_payment(p, "pay", cur) for p in args.pay),
        fees=tuple(parse_payment(f, "fee", cur, start) for f in args.fee),
    )
    c = check_offer(offer)
    if args.json:
        print_json({
            "contract_fen": offer.contract_fen, "received_fen": offer.received_fen, "start": offer.start,
            "upfront_fees_fen": c.upfront_fees_fen, "principal_fen": c.principal_fen,
            "kept_back_fen": c.kept_back_fen, "total_paid_fen": c.total_paid_fen, "cost_fen": c.cost_fen,
            "term_days": c.term_days, "payments": [{"date": p.on, "amount_fen": p.amount_fen} for p in c.payments],
            "method": "simple" if c.single else "irr",
            "period": {"unit": c.period.unit, "days": c.period.days,
                       "per_year": str(c.period.per_year.quantize(Decimal("0.000001")))},
            "period_rate": str(c.period_rate), "apr": str(c.apr), "ear": None if c.ear is None else str(c.ear),
            "flags": list(c.flags),
        })
        return 0
    print(f"Loan offer: contract {fmt.money(offer.contract_fen, cur)}, {fmt.money(offer.received_fen, cur)} "
          f"received on {offer.start.isoformat()}.")
    if c.upfront_fees_fen:
        print(f"Fees paid when the money arrives: {fmt.money(c.upfront_fees_fen, cur)}; "
              f"you actually get {fmt.money(c.principal_fen, cur)}.")
    print(f"You pay back {fmt.money(c.total_paid_fen, cur)} in all over {_days(c.term_days)}: "
          f"the loan costs {fmt.money(c.cost_fen, cur)}.")
    rate = fmt.percent(c.apr, decimals=2)
    if c.single:
        print(f"Annualized rate (PBOC 2021): {rate} a year, simple interest (one repayment): "
              f"{_plain(c.cost_fen)} ÷ {_plain(c.principal_fen)} × 365 ÷ {c.term_days}.")
    else:
        print(f"Annualized rate (PBOC 2021): {rate} a year: {fmt.percent(c.period_rate, decimals=4)} "
              f"{_per(c.period)} (IRR) × {_per_year(c.period)}; "
              f"effective {fmt.percent(c.ear, decimals=2)} a year with compounding.")
    for flag in c.flags:
        print("Warning: " + _FLAG_TEXTS[flag].format(
            kept=fmt.money(c.kept_back_fen, cur), contract=fmt.money(offer.contract_fen, cur),
            principal=fmt.money(c.principal_fen, cur), days=_days(c.term_days)))
    print("\n".join(_DISGUISES))
    return 0


def _plain(fen: int) -> str:
    """``250000`` -> ``2,500.00`` (an amount inside a formula, no currency sign)."""
    return fmt.money(fen, symbol=False)


def _days(days: int) -> str:
    return "1 day" if days == 1 else f"{days} days"


def _per(period: OfferPeriod) -> str:
    if period.unit is PeriodUnit.MONTH:
        return "a month"
    return "a day" if period.days == 1 else f"per {period.days} days"


def _per_year(period: OfferPeriod) -> str:
    if period.unit is PeriodUnit.MONTH:
        return "12"
    return "365" if period.days == 1 else f"365/{period.days}"


# -- bill ---------------------------------------------------------------------------------------------------
def bill_box(decision: BillDecision, lang: str = "en") -> str:
    """The CARD-Act-style warning for ``decision`` in ``lang`` (``en`` or ``zh_CN``), money formatted for it.

    "If you pay only the minimum, you will pay it off in N months and pay X in interest. To clear it in 36 months,
    pay Y a month (total Z)." The 36-month sentence is left out when the minimum clears the bill within 36 months;
    a line with no minimum payment says so instead.
    """
    zh = lang.startswith("zh")
    bill, w = decision.bill, decision.warning

    def money(fen: int) -> str:
        return fmt.money(fen, bill.currency, locale="zh_CN" if zh else "en_US")

    if decision.no_minimum:
        due = fmt.day(bill.due_date, locale="zh_CN" if zh else "en_US")
        return (f"该额度没有最低还款：整笔账单 {money(bill.balance_fen)} 须在 {due} 前还清。" if zh else
                f"This line has no minimum payment: the whole bill, {money(bill.balance_fen)}, is due by {due}.")
    if w.months is None:
        text = ("如果每月只还最低还款额，这笔账单永远还不清：最低还款额连利息都不够。" if zh else
                "If you pay only the minimum, you will never pay it off: the minimum does not cover the interest.")
    else:
        if zh:
            how_long = f"{w.months} 个月" + (f"（约 {w.period.value} 年）" if w.period.unit == "years" else "")
            text = f"如果每月只还最低还款额，需要 {how_long}才能还清，共付利息 {money(w.total_interest_fen)}。"
        else:
            how_long = ("1 month" if w.months == 1 else f"{w.months} months") + (
                f" (about {w.period.value} years)" if w.period.unit == "years" else "")
            text = (f"If you pay only the minimum, you will pay it off in {how_long} and pay "
                    f"{money(w.total_interest_fen)} in interest.")
    if decision.clears_within_36:
        return text
    text += (f"如果想在 36 个月内还清，每月需还 {money(w.payment_36_fen)}（合计 {money(w.total_36_fen)}）。" if zh else
             f" To clear it in 36 months, pay {money(w.payment_36_fen)} a month (total {money(w.total_36_fen)}).")
    if decision.payment_36_costs_more:
        text += ("这里最低还款一开始就比较高，36 期等额还款的利息反而更多；只还最低还款的代价是长达 "
                 f"{w.months} 个月的负债。" if zh else
                 " Here the minimum starts higher, so 36 equal payments cost more interest; what the minimum "
                 f"costs you is {w.months} months in debt.")
    return text


def cmd_bill(args, ctx) -> int:

    line = ctx.services.queries.line_named(args.line)
    statement = parse_date(args.statement, "statement")
    today = parse_date(args.today, "today") if args.today else date.today()
    d = ctx.services.bill_decision(line.id, statement, today)
    bill, w = d.bill, d.warning
    if args.json:
        print_json({
            "line": bill.line_name, "statement_date": bill.statement_date, "due_date": bill.due_date,
            "issued": bill.issued, "balance_fen": bill.balance_fen, "minimum_fen": bill.minimum_fen,
            "daily_rate": str(line.daily_penalty_rate), "revolving_apr": str(bill.apr),
            "ways": [{
                "way": way.kind, "periods": way.periods,
                "fee_rate": None if way.fee_rate is None else str(way.fee_rate),
                "first_payment_fen": way.first_payment_fen, "monthly_fen": way.monthly_fen, "months": way.months,
                "total_cost_fen": way.total_cost_fen, "total_paid_fen": way.total_paid_fen,
                "apr": str(way.apr), "ear": None if way.ear is None else str(way.ear),
            } for way in d.ways],
            "missing_terms": list(d.missing_terms), "no_minimum": d.no_minimum,
            "minimum_only": {"months": w.months, "never_pays_off": w.never_pays_off,
                             "total_interest_fen": w.total_interest_fen, "total_paid_fen": w.total_paid_fen},
            "payoff_36": {"payment_fen": w.payment_36_fen, "total_fen": w.total_36_fen},
            "box": {"en": bill_box(d, "en"), "zh_CN": bill_box(d, "zh_CN")},
        })
        return 0
    cur = bill.currency
    state = "" if bill.issued else " (next bill, so far)"
    print(f"Bill of {bill.statement_date.isoformat()} on {bill.line_name}{state}: {fmt.money(bill.balance_fen, cur)} "
          f"to pay by {bill.due_date.isoformat()}.")
    rows = []
    for way in d.ways:
        label = {WayKind.FULL: "pay in full", WayKind.MINIMUM: "minimum only"}.get(
            way.kind, f"{way.periods} installments")
        now = fmt.money(way.first_payment_fen, cur)
        if way.monthly_fen is not None and way.monthly_fen != way.first_payment_fen:
            now += f", then {fmt.money(way.monthly_fen, cur)}"
        rows.append([label, now, "never" if way.months is None else str(way.months),
                     "—" if way.total_cost_fen is None else fmt.money(way.total_cost_fen, cur),
                     fmt.percent(way.apr, decimals=2),
                     "—" if way.total_paid_fen is None else fmt.money(way.total_paid_fen, cur)])
    print_table(["way", "pay", "months", "total cost", "APR", "total paid"], rows)
    if d.missing_terms:
        terms = ", ".join(str(n) for n in d.missing_terms)
        print(f"No fee preset on this line for {terms} installments (set one: debtlens line edit "
              f"{safe(bill.line_name)} --fee-preset 9=6.5%).")
    print()
    print(bill_box(d, args.lang))
    return 0


# -- pay-date -----------------------------------------------------------------------------------------------
_VERDICTS = {"fine": "yes", "tight": "only just", "short": "no"}


def cmd_pay_date(args, ctx) -> int:

    if args.pay_day is not None:
        text = args.pay_day.strip().lower()
        ctx.services.set_pay_day(None if text == "none" else parse_int(args.pay_day, "pay_day", 1, 31))
    price = parse_amount(args.price, field="price")
    cash = parse_amount(args.cash, field="cash", allow_zero=True)
    today = parse_date(args.today, "today") if args.today else date.today()
    rows = ctx.services.can_i_pay(price, cash, today)
    income, day = ctx.settings.monthly_income_fen(), ctx.services.pay_day()
    if args.json:
        print_json({"price_fen": price, "cash_fen": cash, "income_fen": income, "pay_day": day, "as_of": today,
                    "options": [{"line": r.line, "periods": r.periods, "statement_date": r.statement_date,
                                 "due_date": r.due_date, "first_fen": r.first_fen, "fee_fen": r.total_fee_fen,
                                 "already_due_fen": r.check.already_due_fen, "paydays": r.check.paydays,
                                 "cash_before_fen": r.check.before_fen, "cash_after_fen": r.check.after_fen,
                                 "verdict": r.check.verdict.value} for r in rows]})
        return 0
    print(f"Can you pay {fmt.money(price)} bought on {today}? Cash now {fmt.money(cash)}"
          + (f", pay {fmt.money(income)} on day {day}." if income and day else
             " (set your income and --pay-day to count your pay)."))
    print_table(["line", "plan", "fee", "bill", "due", "pay then", "cash before", "cash after", "can you?"],
                [[r.line, "in full" if r.periods == 1 else f"{r.periods} parts", fmt.money(r.total_fee_fen),
                  r.statement_date.isoformat(), r.due_date.isoformat(), fmt.money(r.first_fen),
                  fmt.money(r.check.before_fen),
                  fmt.money(r.check.after_fen), _VERDICTS[r.check.verdict.value]] for r in rows])
    print("Cash before = cash now + pay days until the due date − every repayment already due by then; other "
          "spending (rent, food) is not counted; later parts fall after more pay days.")
    return 0
