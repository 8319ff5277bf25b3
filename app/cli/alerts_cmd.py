"""``debtlens alerts``: the alerts that name the behaviour (``app.domain.alerts``), each with its rule and source.

JSON: a list of ``{"kind", "line", "figures", "source"}``; fen under ``*_fen`` keys, fractions as decimal strings,
dates ISO.
"""

from __future__ import annotations

import argparse
from datetime import date
from decimal import Decimal

from app.cli.output import print_json
from app.services.alert_texts import alert_message
from app.services.validation import parse_date
from app.domain.messages import QT_TRANSLATE_NOOP
from app.cli.language import say


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``alerts``."""
    p = sub.add_parser("alerts",
                       help=QT_TRANSLATE_NOOP("CliHelp", "limit creep, stacking, repaying one line from another, "
                                                         "persistent debt, a realistic debt-free date"))
    p.add_argument("--today", help=QT_TRANSLATE_NOOP("CliHelp", "as of this day (default today)"))
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
    today = parse_date(args.today, "--today") if args.today else ctx.today()
    found = ctx.services.alerts(today)
    if args.json:
        print_json([{"kind": a.kind.value, "line": a.line, "figures": {k: _plain(v) for k, v in a.figures.items()},
                     "source": a.source} for a in found])
        return 0
    if not found:
        print(say(QT_TRANSLATE_NOOP("Cli", "No alerts.")))
        return 0
    for a in found:
        print(say(alert_message(a, day=date.isoformat, month=lambda m: f"{m:%Y-%m}")))
        print(say(QT_TRANSLATE_NOOP("Cli", "  Rule: %1").arg(a.source)))
    return 0
