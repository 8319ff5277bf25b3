"""``debtlens plan offer | bill | pay-date``: decisions about one offer, one bill, one date.

- ``plan offer``: a loan offer's annualized rate by the PBOC 2021 definition, and its warning signs (砍头息 ...).
- ``plan bill``: every way to pay one bill of a line: in full, the minimum only, 3/6/9/12 installments.
- ``plan pay-date``: can I pay it on that date? the bill a purchase lands on, its due date, my cash then.

Registered by ``app.cli.plan_cmds`` (the ``plan`` command). JSON amounts are int fen under ``*_fen`` keys; rates
are exact decimal strings ("37.2449").
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from app.cli.money_input import parse_amount
from app.cli.output import print_json, print_table, safe
from app.domain.errors import ValidationError
from app.domain.offers import LoanOffer, OfferFlag, OfferPeriod, Payment, PeriodUnit, check_offer
from app.i18n import formatting as fmt
from app.services.bill_decision import BillDecision, WayKind
from app.services.validation import parse_date, parse_int
from app.domain.messages import QT_TRANSLATE_NOOP, Message
from app.cli.language import choose, current, said_in, say

# -- offer --------------------------------------------------------------------------------------------------
#: What each flag means, for the text output (the window has its own translated texts).
#: (kept back, contract, principal) for money kept back; (days) for a short term.
_FLAG_TEXTS = {
    OfferFlag.UPFRONT_DEDUCTION: QT_TRANSLATE_NOOP(
        "Cli", "Money kept back (砍头息): %1 of the %2 contract never reached you, but the contract says you "
               "borrowed it. The Civil Code (Art. 670) forbids taking interest out of the principal in advance; "
               "when it is, you owe back only the %3 actually lent, with interest worked out on that."),
    OfferFlag.SHORT_TERM: QT_TRANSLATE_NOOP(
        "Cli", "Short term: repaid %1 after the money arrives, under a month. A fee that looks small is a huge "
               "yearly rate, and a repayment due this soon pushes you to borrow again to repay."),
}
_DISGUISES = (
    QT_TRANSLATE_NOOP("Cli", "Loans dressed up as something else (regulators' warnings on campus loans, 校园贷):"),
    QT_TRANSLATE_NOOP("Cli", "  培训贷 training loan: a course or a job promise paid with a loan in your name; the "
                             "course disappoints, the loan stays."),
    QT_TRANSLATE_NOOP("Cli", "  美容贷 beauty loan: a treatment 'paid back by the clinic' or by modelling work; you "
                             "owe the loan."),
    QT_TRANSLATE_NOOP("Cli", "  刷单贷 order-brushing loan: 'take a loan, we repay it and pay you commission'; the "
                             "repayments stop, the debt is yours."),
)


def parse_payment(text: str, field: str, currency: str = "CNY", start: date | None = None) -> Payment:
    """``"DATE=AMOUNT"`` -> ``Payment``; with ``start``, a bare ``"AMOUNT"`` is paid on ``start``.

    Raises:
        ValidationError: naming ``field`` (``pay`` / ``fee``): no ``=``, a bad date or amount.
    """
    day_text, sep, amount_text = (text or "").strip().rpartition("=")
    if not sep:
        if start is None:
            raise ValidationError(field, text, QT_TRANSLATE_NOOP(
                    "Errors", "write DATE=AMOUNT, e.g. 2026-01-08=6000.00"))
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
    print(say(QT_TRANSLATE_NOOP(
            "Cli", "Loan offer: contract %1, %2 received on %3.")
                    .arg(
                        fmt.money(offer.contract_fen, cur),
                        fmt.money(offer.received_fen, cur),
                        offer.start.isoformat(),
                    )))
    if c.upfront_fees_fen:
        print(say(QT_TRANSLATE_NOOP(
                "Cli", "Fees paid when the money arrives: %1; you actually get %2.")
                        .arg(fmt.money(c.upfront_fees_fen, cur), fmt.money(c.principal_fen, cur))))
    print(say(QT_TRANSLATE_NOOP(
            "Cli", "You pay back %1 in all over %2: the loan costs %3.")
                    .arg(fmt.money(c.total_paid_fen, cur), _days(c.term_days), fmt.money(c.cost_fen, cur))))
    rate = fmt.percent(c.apr, decimals=2)
    if c.single:
        print(say(QT_TRANSLATE_NOOP(
                "Cli", "Annualized rate (PBOC 2021): %1 a year, simple interest (one repayment): %2 ÷ %3 × 365 ÷ %4.")
                        .arg(rate, _plain(c.cost_fen), _plain(c.principal_fen), c.term_days)))
    else:
        print(say(QT_TRANSLATE_NOOP(
                "Cli", "Annualized rate (PBOC 2021): %1 a year: %2 %3 (IRR) × %4; effective %5 a year with compounding.")
                        .arg(
                            rate,
                            fmt.percent(c.period_rate, decimals=4),
                            _per(c.period),
                            _per_year(c.period),
                            fmt.percent(c.ear, decimals=2),
                        )))
    for flag in c.flags:
        print(say(QT_TRANSLATE_NOOP(
                "Cli", "Warning: %1")
                        .arg(
                            _FLAG_TEXTS[flag].arg(_days(c.term_days)) if flag is OfferFlag.SHORT_TERM
                            else _FLAG_TEXTS[flag].arg(fmt.money(c.kept_back_fen, cur),
                                                       fmt.money(offer.contract_fen, cur),
                                                       fmt.money(c.principal_fen, cur)),
                        )))
    print("\n".join(say(text) for text in _DISGUISES))
    return 0


def _plain(fen: int) -> str:
    """``250000`` -> ``2,500.00`` (an amount inside a formula, no currency sign)."""
    return fmt.money(fen, symbol=False)


def _days(days: int) -> Message:
    return QT_TRANSLATE_NOOP("CliDuration", "1 day") if days == 1 else QT_TRANSLATE_NOOP(
        "CliDuration", "%1 days").arg(days)


def _per(period: OfferPeriod) -> Message:
    if period.unit is PeriodUnit.MONTH:
        return QT_TRANSLATE_NOOP("CliDuration", "a month")
    return QT_TRANSLATE_NOOP("CliDuration", "a day") if period.days == 1 else QT_TRANSLATE_NOOP(
        "CliDuration", "per %1 days").arg(period.days)


def _per_year(period: OfferPeriod) -> str:
    if period.unit is PeriodUnit.MONTH:
        return "12"
    return "365" if period.days == 1 else f"365/{period.days}"


# -- bill ---------------------------------------------------------------------------------------------------
_BOX_NO_MINIMUM = QT_TRANSLATE_NOOP("Cli", "This line has no minimum payment: the whole bill, %1, is due by %2.")
_BOX_NEVER = QT_TRANSLATE_NOOP(
    "Cli", "If you pay only the minimum, you will never pay it off: the minimum does not cover the interest.")
_BOX_MINIMUM = QT_TRANSLATE_NOOP(
    "Cli", "If you pay only the minimum, you will pay it off in %1 and pay %2 in interest.")
_BOX_36 = QT_TRANSLATE_NOOP("Cli", "To clear it in 36 months, pay %1 a month (total %2).")
_BOX_COSTS_MORE = QT_TRANSLATE_NOOP(
    "Cli", "Here the minimum starts higher, so 36 equal payments cost more interest; what the minimum costs you is "
           "%1 months in debt.")
_WAYS = {WayKind.FULL: QT_TRANSLATE_NOOP("Cli", "pay in full"), WayKind.MINIMUM: QT_TRANSLATE_NOOP("Cli", "minimum only")}
_NEVER = QT_TRANSLATE_NOOP("Cli", "never")


def _months(months: int, years: int | None) -> Message:
    """``"1 month"``, ``"20 months"`` or ``"136 months (about 11 years)"``."""
    if years is not None:
        return QT_TRANSLATE_NOOP("CliDuration", "%1 months (about %2 years)").arg(months, years)
    return QT_TRANSLATE_NOOP("CliDuration", "1 month") if months == 1 else QT_TRANSLATE_NOOP(
        "CliDuration", "%1 months").arg(months)


def bill_box(decision: BillDecision, lang: str | None = None) -> str:
    """The CARD-Act-style warning for ``decision`` in ``lang`` (``en`` or ``zh_CN``; default: the command's
    language), money formatted for it.

    "If you pay only the minimum, you will pay it off in N months and pay X in interest. To clear it in 36 months,
    pay Y a month (total Z)." The 36-month sentence is left out when the minimum clears the bill within 36 months;
    a line with no minimum payment says so instead.
    """
    code = lang or current()
    locale = "zh_CN" if code.startswith("zh") else "en_US"
    bill, w = decision.bill, decision.warning

    def money(fen: int) -> str:
        return fmt.money(fen, bill.currency, locale=locale)

    if decision.no_minimum:
        return said_in(code, _BOX_NO_MINIMUM.arg(money(bill.balance_fen), fmt.day(bill.due_date, locale=locale)))[0]
    parts: list[Message] = []
    if w.months is None:
        parts.append(_BOX_NEVER)
    else:
        period, interest = w.period, w.total_interest_fen
        assert period is not None and interest is not None  # a minimum that ends has both
        years = period.value if period.unit == "years" else None
        parts.append(_BOX_MINIMUM.arg(_months(w.months, years), money(interest)))
    if not decision.clears_within_36:
        parts.append(_BOX_36.arg(money(w.payment_36_fen), money(w.total_36_fen)))
        if decision.payment_36_costs_more:
            parts.append(_BOX_COSTS_MORE.arg(w.months))
    # Chinese sentences follow each other without a space
    return ("" if locale == "zh_CN" else " ").join(said_in(code, *parts))


def cmd_bill(args, ctx) -> int:
    if args.lang:
        choose(args.lang)  # the whole answer in that language, not only the box
    line = ctx.services.queries.line_named(args.line)
    statement = parse_date(args.statement, "statement")
    today = parse_date(args.today, "today") if args.today else ctx.today()
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
            "missing_terms": list(d.missing_terms), "no_minimum": d.no_minimum, "overdue": d.overdue,
            "minimum_only": {"months": w.months, "never_pays_off": w.never_pays_off,
                             "total_interest_fen": w.total_interest_fen, "total_paid_fen": w.total_paid_fen},
            "payoff_36": {"payment_fen": w.payment_36_fen, "total_fen": w.total_36_fen},
            "box": {"en": bill_box(d, "en"), "zh_CN": bill_box(d, "zh_CN")},
        })
        return 0
    cur = bill.currency
    state = "" if bill.issued else say(QT_TRANSLATE_NOOP("Cli", " (next bill, so far)"))
    heading = QT_TRANSLATE_NOOP("Cli", "Bill of %1 on %2%3: %4, overdue since %5: pay it now.") if d.overdue else \
        QT_TRANSLATE_NOOP("Cli", "Bill of %1 on %2%3: %4 to pay by %5.")
    print(say(heading.arg(bill.statement_date.isoformat(), bill.line_name, state, fmt.money(bill.balance_fen, cur),
                          bill.due_date.isoformat())))
    rows = []
    for way in d.ways:
        label = say(_WAYS.get(way.kind) or QT_TRANSLATE_NOOP("Cli", "%1 installments").arg(way.periods))
        now = fmt.money(way.first_payment_fen, cur)
        if way.monthly_fen is not None and way.monthly_fen != way.first_payment_fen:
            now = say(QT_TRANSLATE_NOOP("Cli", "%1, then %2").arg(now, fmt.money(way.monthly_fen, cur)))
        rows.append([label, now, say(_NEVER) if way.months is None else str(way.months),
                     "—" if way.total_cost_fen is None else fmt.money(way.total_cost_fen, cur),
                     fmt.percent(way.apr, decimals=2),
                     "—" if way.total_paid_fen is None else fmt.money(way.total_paid_fen, cur)])
    print_table(QT_TRANSLATE_NOOP("Cli", "way|pay|months|total cost|APR|total paid"), rows)
    if d.overdue:
        print(say(QT_TRANSLATE_NOOP("Cli", "Past its due date a bill can no longer be turned into installments; the "
                                           "interest since the due date comes with the next bill, even paid in full "
                                           "now.")))
    if d.missing_terms:
        terms = ", ".join(str(n) for n in d.missing_terms)
        print(say(QT_TRANSLATE_NOOP(
                "Cli", "No fee preset on this line for %1 installments (set one: debtlens line edit %2 --fee-preset "
                "9=6.5%).").arg(terms, safe(bill.line_name))))
    print()
    print(bill_box(d))
    return 0


# -- pay-date -----------------------------------------------------------------------------------------------
_VERDICTS = {"fine": QT_TRANSLATE_NOOP("Cli", "yes"), "tight": QT_TRANSLATE_NOOP("Cli", "only just"),
             "short": QT_TRANSLATE_NOOP("Cli", "no")}


def cmd_pay_date(args, ctx) -> int:

    if args.pay_day is not None:
        text = args.pay_day.strip().lower()
        ctx.services.set_pay_day(None if text == "none" else parse_int(args.pay_day, "pay_day", 1, 31))
    cur = ctx.queries.main_currency()  # the income's: only lines in it are checked (``services.pay_check``)
    price = parse_amount(args.price, field="price", currency=cur)
    cash = parse_amount(args.cash, field="cash", currency=cur, allow_zero=True)
    today = parse_date(args.today, "today") if args.today else ctx.today()
    rows = ctx.services.can_i_pay(price, cash, today)
    income, day = ctx.settings.monthly_income_fen(), ctx.services.pay_day()
    if args.json:
        print_json({"price_fen": price, "cash_fen": cash, "income_fen": income, "pay_day": day, "as_of": today,
                    "options": [{"line": r.line, "periods": r.periods, "statement_date": r.statement_date,
                                 "due_date": r.due_date, "first_fen": r.first_fen, "fee_fen": r.total_fee_fen,
                                 "already_due_fen": r.check.already_due_fen, "paydays": r.check.paydays,
                                 "cash_before_fen": r.check.before_fen, "cash_after_fen": r.check.after_fen,
                                 "verdict": r.check.verdict.value, "over_available_fen": r.over_available_fen,
                                 "can_pay": r.can_pay} for r in rows]})
        return 0
    if income and day:
        print(say(QT_TRANSLATE_NOOP("Cli", "Can you pay %1 bought on %2? Cash now %3, pay %4 on day %5.")
                  .arg(fmt.money(price, cur), today, fmt.money(cash, cur), fmt.money(income, cur), day)))
    else:
        print(say(QT_TRANSLATE_NOOP("Cli", "Can you pay %1 bought on %2? Cash now %3 (set your income and --pay-day "
                                           "to count your pay).").arg(fmt.money(price, cur), today, fmt.money(cash, cur))))
    print_table(QT_TRANSLATE_NOOP("Cli", "line|plan|fee|bill|due|pay then|cash before|cash after|can you?"),
                [[r.line, say(QT_TRANSLATE_NOOP("Cli", "in full") if r.periods == 1 else QT_TRANSLATE_NOOP(
                    "Cli", "%1 parts").arg(r.periods)), fmt.money(r.total_fee_fen, cur),
                  r.statement_date.isoformat(), r.due_date.isoformat(), fmt.money(r.first_fen, cur),
                  fmt.money(r.check.before_fen, cur),
                  fmt.money(r.check.after_fen, cur),
                  say(QT_TRANSLATE_NOOP("Cli", "no: %1 over the available credit").arg(
                      fmt.money(r.over_available_fen, cur))) if r.over_available_fen
                  else say(_VERDICTS[r.check.verdict.value])] for r in rows])
    print(say(QT_TRANSLATE_NOOP(
            "Cli", "Cash before = cash now + pay days until the due date − every repayment already due by then; other "
            "spending (rent, food) is not counted; later parts fall after more pay days.")))
    return 0
