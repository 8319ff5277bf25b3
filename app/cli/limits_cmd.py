"""``debtlens limits``: the limits I set myself (``app.domain.my_limits``).

- ``limits show``: every line against my limit and the bank's, plans running, this month's credit spending.
- ``limits set``: ``--line NAME --limit AMOUNT`` (my limit on a line), ``--max-plans N``, ``--monthly-cap AMOUNT``;
  ``none`` clears one; ``--read-against mine|bank``: what utilization and every warning are read against.
- ``limits budget --category C --cap AMOUNT``: a monthly budget for credit spending in one category.
- ``limits checklist``: how to lower the bank's own limit and stop "pay with Huabei by default" (text only).

``purchase add`` checks a new purchase against these limits: past one, it names the rule and records nothing
unless run again with ``--despite-my-limits``.
"""

from __future__ import annotations

import argparse
from datetime import date

from app.cli import categories
from app.cli.money_input import parse_amount
from app.cli.output import print_json, print_table
from app.domain.errors import ValidationError
from app.domain.my_limits import Breach, LimitBasis, Rule
from app.i18n import formatting as fmt
from app.services.my_limits import CAP_CURRENCY
from app.services.validation import parse_date, parse_int
from app.domain.messages import QT_TRANSLATE_NOOP, Message
from app.cli.language import say

#: What to look for in each product's app to lower the real limit and take credit out of the default payment
#: path. Menus move between app versions, so each step names what to look for, not a fixed path.
CHECKLISTS = {
    "huabei": (QT_TRANSLATE_NOOP("Cli", "花呗 (Alipay)"), (
        QT_TRANSLATE_NOOP("Cli", "Lower the limit: in Alipay open 花呗 and look for 额度管理 / 调低额度 (in its "
                                 "settings); pick a lower amount."),
        QT_TRANSLATE_NOOP("Cli", "Stop paying with Huabei by default: in Alipay's payment settings look for 扣款顺序 "
                                 "(payment order) and put your balance or a debit card first; remove 花呗 from each "
                                 "免密支付 / 自动扣款 you do not need."),
        QT_TRANSLATE_NOOP("Cli", "At checkout, decline 花呗分期 (installments) on the payment screen: it is never "
                                 "required."),
        QT_TRANSLATE_NOOP("Cli", "To stop for good: 花呗's settings have 关闭花呗 (possible only once nothing is "
                                 "owed)."),
    )),
    "card": (QT_TRANSLATE_NOOP("Cli", "Credit card (信用卡)"), (
        QT_TRANSLATE_NOOP("Cli", "Lower the limit: in the bank's app look for 额度管理 / 调低额度, or call the number "
                                 "on the card and ask for a lower permanent limit; refuse 临时额度 (temporary "
                                 "raises)."),
        QT_TRANSLATE_NOOP("Cli", "Ask the bank not to raise your limit on its own (主动提额)."),
        QT_TRANSLATE_NOOP("Cli", "In Alipay / WeChat Pay payment order (扣款顺序), put a debit card or your balance "
                                 "before the credit card."),
        QT_TRANSLATE_NOOP("Cli", "Decline 自动分期 / 账单分期 offers in the app and by SMS: they are never "
                                 "required."),
    )),
    "jd": (QT_TRANSLATE_NOOP("Cli", "京东白条 (JD)"), (
        QT_TRANSLATE_NOOP("Cli", "Lower the limit: in the JD app open 白条 and look for 额度管理 / 调低额度."),
        QT_TRANSLATE_NOOP("Cli", "Stop paying with 白条 by default: in JD's payment settings choose a debit card or "
                                 "balance as the default."),
    )),
}


NONE = QT_TRANSLATE_NOOP("Cli", "none")
NO_CAP = QT_TRANSLATE_NOOP("Cli", "no cap")
#: What utilization is read against, said by ``limits set`` and ``limits show``.
READ_AGAINST_TEXT = {
    LimitBasis.MINE: QT_TRANSLATE_NOOP("Cli", "Utilization and warnings are read against your own limits where "
                                              "you set one."),
    LimitBasis.BANK: QT_TRANSLATE_NOOP("Cli", "Utilization and warnings are read against the bank's limits."),
}


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``limits`` and its actions."""
    lim = sub.add_parser("limits",
                         help=QT_TRANSLATE_NOOP("CliHelp", "the limits you set yourself: show, set, checklist"))
    lsub = lim.add_subparsers(dest="limits_command", metavar="ACTION", required=True)
    show = lsub.add_parser("show", help=QT_TRANSLATE_NOOP("CliHelp", "your lines against your limits and the bank's"))
    show.add_argument("--today", help=QT_TRANSLATE_NOOP("CliHelp", "as of this day (default today)"))
    show.add_argument("--json", action="store_true")
    show.set_defaults(func=cmd_show, read_only=True)
    setp = lsub.add_parser("set", help=QT_TRANSLATE_NOOP("CliHelp", "set your own limits ('none' clears one)"))
    setp.add_argument("--line", help=QT_TRANSLATE_NOOP("CliHelp", "a credit line, with --limit"))
    setp.add_argument("--limit", help=QT_TRANSLATE_NOOP("CliHelp", "your own limit on --line, e.g. 3000.00"))
    setp.add_argument("--max-plans", help=QT_TRANSLATE_NOOP("CliHelp", "most installment plans running at once, 0-99"))
    setp.add_argument("--monthly-cap", help=QT_TRANSLATE_NOOP(
        "CliHelp", "most new credit spending per calendar month (%1 lines)").arg(CAP_CURRENCY))
    setp.add_argument("--read-against", choices=[b.value for b in LimitBasis],
                      help=QT_TRANSLATE_NOOP("CliHelp", "read utilization and every warning against your own limits "
                                                        "(mine, the default) or the bank's (bank)"))
    setp.set_defaults(func=cmd_set)
    bud = lsub.add_parser("budget",
                          help=QT_TRANSLATE_NOOP("CliHelp", "a monthly cap on credit spending for one category "
                                                            "('none' removes it)"))
    bud.add_argument("--category", required=True,
                     help=QT_TRANSLATE_NOOP("CliHelp", "e.g. Dining, Electronics, or your own category"))
    bud.add_argument("--cap", required=True, help=QT_TRANSLATE_NOOP("CliHelp", "e.g. 800.00"))
    bud.set_defaults(func=cmd_budget)
    chk = lsub.add_parser("checklist",
                          help=QT_TRANSLATE_NOOP("CliHelp", "how to lower the bank's limit and stop credit as the "
                                                            "default payment"))
    chk.add_argument("--product", choices=sorted(CHECKLISTS),
                     help=QT_TRANSLATE_NOOP("CliHelp", "one product (default: all)"))
    chk.set_defaults(func=cmd_checklist, read_only=True)


def _today(args, ctx) -> date:
    return parse_date(args.today, "--today") if getattr(args, "today", None) else ctx.today()


def _cleared(text: str | None) -> bool:
    return text is not None and text.strip().lower() == "none"


def cmd_set(args, ctx) -> int:
    service = ctx.services.my_limits
    if (args.line is None and args.limit is None and args.max_plans is None and args.monthly_cap is None
            and args.read_against is None):
        raise ValidationError("limit", "", QT_TRANSLATE_NOOP(
                "Errors", "give --line with --limit, --max-plans, --monthly-cap or --read-against"))
    if (args.line is None) != (args.limit is None):
        raise ValidationError("limit" if args.line else "line", "", QT_TRANSLATE_NOOP(
                "Errors", "--line and --limit go together"))
    said = []
    if args.line is not None:
        line = ctx.services.queries.line_named(args.line)
        fen = None if _cleared(args.limit) else parse_amount(args.limit, field="limit", currency=line.currency,
                                                             allow_zero=True)
        if fen == 0:
            raise ValidationError("limit", args.limit, QT_TRANSLATE_NOOP(
                    "Errors", "must be more than 0 ('none' clears it)"))
        service.set_line_limit(line.id, fen)
        said.append(QT_TRANSLATE_NOOP("Cli", "My limit on %1: %2").arg(
            line.name, NONE if fen is None else fmt.money(fen, line.currency)))
    if args.max_plans is not None:
        plans = None if _cleared(args.max_plans) else parse_int(args.max_plans, "max_plans", 0, 99)
        service.set_max_active_plans(plans)
        said.append(QT_TRANSLATE_NOOP("Cli", "Most installment plans at once: %1").arg(NONE if plans is None else plans))
    if args.monthly_cap is not None:
        cap = None if _cleared(args.monthly_cap) else parse_amount(args.monthly_cap, field="monthly_cap",
                                                                   allow_zero=True)
        service.set_monthly_cap(cap)
        said.append(QT_TRANSLATE_NOOP("Cli", "Monthly cap on new credit spending: %1").arg(
            NONE if cap is None else fmt.money(cap)))
    if args.read_against is not None:
        service.set_read_against(LimitBasis(args.read_against))
        said.append(READ_AGAINST_TEXT[LimitBasis(args.read_against)])
    print("\n".join(say(text) for text in said))
    return 0


def cmd_show(args, ctx) -> int:

    status = ctx.services.my_limits.status(_today(args, ctx))
    budgets = ctx.services.budget_progress(status.as_of)
    lim = status.limits
    if args.json:
        print_json({
            "as_of": status.as_of.isoformat(),
            "lines": [{"line": r.name, "owed_fen": r.owed_fen, "my_limit_fen": r.my_limit_fen,
                       "bank_limit_fen": r.bank_limit_fen,
                       "my_used": None if r.mine_used is None else str(round(r.mine_used, 4)),
                       "bank_used": None if r.bank_used is None else str(round(r.bank_used, 4)),
                       "over_my_limit": r.over_mine} for r in status.lines],
            "max_active_plans": lim.max_active_plans, "active_plans": status.active_plans,
            "monthly_cap_fen": lim.monthly_cap_fen, "month_spent_fen": status.month_spent_fen,
            "read_against": lim.read_against.value,
            "budgets": [{"category": b.category, "cap_fen": b.cap_fen, "spent_fen": b.spent_fen,
                         "over": b.over} for b in budgets],
        })
        return 0
    print_table(QT_TRANSLATE_NOOP("Cli", "line|owed|my limit|used (mine)|bank limit|used (bank)"), [
        [r.name, fmt.money(r.owed_fen, r.currency),
         fmt.money(r.my_limit_fen, r.currency) if r.my_limit_fen else "-",
         fmt.percent(r.mine_used) if r.mine_used is not None else "-",
         fmt.money(r.bank_limit_fen, r.currency) if r.bank_limit_fen else "-",
         fmt.percent(r.bank_used) if r.bank_used is not None else "-"] for r in status.lines])
    print(say(READ_AGAINST_TEXT[lim.read_against]))
    plans = (NO_CAP if lim.max_active_plans is None
             else QT_TRANSLATE_NOOP("Cli", "at most %1").arg(lim.max_active_plans))
    print(say(QT_TRANSLATE_NOOP("Cli", "Installment plans running: %1 (%2).").arg(status.active_plans, plans)))
    cap = NO_CAP if lim.monthly_cap_fen is None else QT_TRANSLATE_NOOP("Cli", "cap %1").arg(fmt.money(lim.monthly_cap_fen))
    print(say(QT_TRANSLATE_NOOP(
            "Cli", "New credit spending in %1: %2 (%3).")
                    .arg(format(status.as_of, '%Y-%m'), fmt.money(status.month_spent_fen), cap)))
    for b in budgets:
        state = (QT_TRANSLATE_NOOP("Cli", "%1 over").arg(fmt.money(-b.left_fen)) if b.over
                 else QT_TRANSLATE_NOOP("Cli", "%1 left").arg(fmt.money(b.left_fen)))
        used = fmt.percent(b.used) if b.used is not None else "-"
        print(say(QT_TRANSLATE_NOOP(
                "Cli", "Budget %1: %2 of %3 (%4), %5.")
                        .arg(categories.shown(b.category), fmt.money(b.spent_fen), fmt.money(b.cap_fen), used, state)))
    for r in status.lines:
        if r.over_mine:
            print(say(QT_TRANSLATE_NOOP(
                    "Cli", "Over my limit: %1 owes %2, %3 past the %4 I set.")
                            .arg(
                                r.name,
                                fmt.money(r.owed_fen, r.currency),
                                fmt.money(r.owed_fen - r.my_limit_fen, r.currency),
                                fmt.money(r.my_limit_fen, r.currency),
                            )))
    return 0


def cmd_budget(args, ctx) -> int:

    fen = None if _cleared(args.cap) else parse_amount(args.cap, field="budget", allow_zero=True)
    ctx.services.set_budget_cap(categories.key_of(args.category), fen)
    print(say(QT_TRANSLATE_NOOP(
            "Cli", "Budget for %1: %2")
                    .arg(categories.shown(categories.key_of(args.category)), NONE if fen is None
                         else QT_TRANSLATE_NOOP("Cli", "%1 a month").arg(fmt.money(fen)))))
    return 0


def cmd_checklist(args, ctx) -> int:
    keys = [args.product] if args.product else list(CHECKLISTS)
    for i, key in enumerate(keys):
        title, steps = CHECKLISTS[key]
        if i:
            print()
        print(say(title))
        for n, step in enumerate(steps, 1):
            print(f"  {n}. {say(step)}")
    return 0


def breach_text(b: Breach, line_name: str, currency: str = "CNY") -> Message:
    """One broken limit in words, naming the rule I set (a message, said in the command line's language)."""
    if b.rule is Rule.LINE_LIMIT:
        return QT_TRANSLATE_NOOP(
                "Cli", "My limit on %1 is %2: this takes what I owe there from %3 to %4, %5 past it.").arg(
                line_name, fmt.money(b.limit, currency), fmt.money(b.before, currency), fmt.money(b.after, currency),
                fmt.money(b.over, currency))
    if b.rule is Rule.ACTIVE_PLANS:
        return QT_TRANSLATE_NOOP(
                "Cli", "I allow myself at most %1 installment plan(s) at once: %2 running, this makes %3.").arg(
                b.limit, b.before, b.after)
    return QT_TRANSLATE_NOOP(
            "Cli", "My monthly cap on new credit spending is %1: this month goes from %2 to %3, %4 past it.").arg(
            fmt.money(b.limit), fmt.money(b.before), fmt.money(b.after), fmt.money(b.over))
