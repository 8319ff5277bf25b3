"""``debtlens alerts``: the alerts that name the behaviour (``app.domain.alerts``), each with its rule and source.

JSON: a list of ``{"kind", "line", "figures", "source"}``; fen under ``*_fen`` keys, fractions as decimal strings,
dates ISO.
"""

from __future__ import annotations

import argparse
from datetime import date
from decimal import Decimal

from app.cli.output import print_json
from app.domain.alerts import Alert, AlertKind
from app.i18n import formatting as fmt
from app.services.validation import parse_date
from app.domain.messages import QT_TRANSLATE_NOOP
from app.cli.language import say


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``alerts``."""
    p = sub.add_parser("alerts", help="limit creep, stacking, repaying one line from another, persistent debt, a realistic debt-free date")
    p.add_argument("--today", help="as of this day (default today)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_alerts, read_only=True)


def _plain(value: object) -> object:
    if isinstance(value, Decimal):
        return str(round(value, 4))
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    return value


def cmd_alerts(args, ctx) -> int:
    today = parse_date(args.today, "--today") if args.today else date.today()
    found = ctx.services.alerts(today)
    if args.json:
        print_json([{"kind": a.kind.value, "line": a.line, "figures": {k: _plain(v) for k, v in a.figures.items()},
                     "source": a.source} for a in found])
        return 0
    if not found:
        print(say(QT_TRANSLATE_NOOP("Cli", "No alerts.")))
        return 0
    for a in found:
        print(alert_text(a))
        print(say(QT_TRANSLATE_NOOP("Cli", "  Rule: %1").arg(a.source)))
    return 0


def alert_text(a: Alert) -> str:
    """The alert in one English paragraph (the window has its own translated texts)."""
    f = a.figures
    if a.kind is AlertKind.LIMIT_CREEP:
        return (f"Limit creep on {a.line}: the limit went from {fmt.money(f['old_fen'])} to {fmt.money(f['new_fen'])} "
                f"on {f['raised_on']}, and you spent {fmt.money(f['after_fen'])} on it since, against "
                f"{fmt.money(f['before_fen'])} in the 90 days before. Against the old limit you owe "
                f"{fmt.percent(f['used_of_old'])}.")
    if a.kind is AlertKind.STACKING:
        lines = f" and started using {fmt.names(list(f['lines']))}" if f["lines"] else ""
        return (f"Stacking: {f['plans']} new installment plan(s){lines} in {f['days']} days. Each one is small; "
                f"together they are what you must repay every month.")
    if a.kind is AlertKind.FULL_LINES:
        names = ", ".join(f"{name} {fmt.percent(used)}" for name, used in f["lines"])
        return f"Juggling lines: {len(f['lines'])} lines at 80% of their limit or more ({names})."
    if a.kind is AlertKind.REPAID_FROM_CREDIT:
        pairs = ", ".join(f"{repaid} from {funding} ({fmt.money(fen)})" for (repaid, funding), fen in f["pairs"])
        return (f"Repaid with borrowed money: {fmt.money(f['total_fen'])} of repayments in the last 90 days came from "
                f"another credit line: {pairs}. That moves the debt; it does not repay it.")
    if a.kind is AlertKind.COMMITTED_INCOME:
        return (f"{fmt.percent(f['share'])} of your next 3 months' income ({fmt.money(f['income_fen'])}) is already "
                f"owed in repayments due within 90 days ({fmt.money(f['due_fen'])}).")
    if a.kind is AlertKind.PERSISTENT_DEBT:
        text = (f"Persistent debt on {a.line} ({f['stage']} months): over the last 18 months you paid "
                f"{fmt.money(f['cost_fen'])} in interest and fees and repaid only {fmt.money(f['principal_fen'])} of "
                f"what you borrowed.")
        if "plan" in f:
            plans = " or ".join(f"{fmt.money(fen)} a month for {months} months" for months, fen in f["plan"])
            text += f" To clear {fmt.money(f['owed_fen'])} in 3-4 years: {plans}."
        return text
    brochure = f" The schedule alone ends {f['brochure']}." if f["brochure"] else ""
    if f["months"] is None:
        return (f"Debt-free date: at your recent pace (repaid {fmt.money(f['repaid_fen'])}, newly spent "
                f"{fmt.money(f['spent_fen'])} a month) you never get there.{brochure}")
    return (f"Debt-free date: at your recent pace (repaid {fmt.money(f['repaid_fen'])}, newly spent "
            f"{fmt.money(f['spent_fen'])} a month) in {f['months']} months, {f['month']:%Y-%m}.{brochure}")
