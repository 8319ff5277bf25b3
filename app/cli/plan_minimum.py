"""``debtlens plan minimum``: what paying only the minimum costs, against a 36-month payoff (Reg Z, §4.2).

The disclosure's totals, 36-month payment and savings are in whole currency units (1026.7(b)(12)(i)); the first
minimum and the interest keep their cents. Needs no database.
"""

from __future__ import annotations

from decimal import Decimal

from app.cli.language import say
from app.cli.money_input import parse_amount
from app.cli.output import print_json
from app.domain.messages import QT_TRANSLATE_NOOP, Message
from app.domain.minimum_payment import MinimumRule, RepaymentPeriod
from app.domain.rates import parse_rate
from app.i18n import formatting as fmt

#: How long repayment takes, as the warning says it (not the "%1 months" of an installment plan's periods).
_MONTHS = QT_TRANSLATE_NOOP("CliDuration", "%1 months")
_ONE_MONTH = QT_TRANSLATE_NOOP("CliDuration", "1 month")
_ABOUT_YEARS = QT_TRANSLATE_NOOP("CliDuration", "about %1 years (%2 months)")


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
    print(say(QT_TRANSLATE_NOOP(
            "Cli", "Minimum payment warning: if you make only the minimum payment (first one %1) and add nothing new,")
                    .arg(fmt.money(w.first_minimum_fen, cur))))
    if w.never_pays_off:
        print(say(QT_TRANSLATE_NOOP(
                "Cli", "  you will never pay off this balance: the minimum does not cover the interest.")))
        return 0
    months, paid, interest = w.months, w.total_paid_fen, w.total_interest_fen
    assert months is not None and paid is not None and interest is not None  # a balance that is paid off has all
    print(say(QT_TRANSLATE_NOOP(
            "Cli", "  you will pay it off in %1 and pay an estimated total of %2 (%3 of it interest).")
                    .arg(_how_long(w.period, months), fmt.money_units(w.total_paid_units or 0, cur), fmt.money(interest, cur))))
    if not w.show_36_month:  # paid off within 3 years: nothing to compare (Reg Z practice)
        return 0
    if w.payment_36_fen > w.first_minimum_fen and w.total_36_fen < paid:
        print(say(QT_TRANSLATE_NOOP(
                "Cli", "If you pay %1 each month, you will pay it off in 3 years and pay an estimated total of %2.")
                        .arg(fmt.money_units(w.payment_36_units, cur), fmt.money_units(w.total_36_units, cur))))
        if w.savings_units is not None and w.savings_units > 0:
            print(say(QT_TRANSLATE_NOOP("Cli", "  Savings: about %1.").arg(fmt.money_units(w.savings_units, cur))))
    else:  # a large minimum share (Huabei's 10 %) repays faster than 3 years would; only the tail drags on
        print(say(QT_TRANSLATE_NOOP(
                "Cli", "The minimum is more than the %1 a month that would clear it in 3 years, but the last part of "
                "the balance still drags on.").arg(fmt.money(w.payment_36_fen, cur))))
    return 0


def _how_long(period: RepaymentPeriod | None, months: int) -> Message:
    """``"3 months"``, ``"1 month"`` or ``"about 14 years (170 months)"``, translated where it is said."""
    if period is None or period.unit == "months":
        return _ONE_MONTH if months == 1 else _MONTHS.arg(months)
    return _ABOUT_YEARS.arg(period.value, months)
