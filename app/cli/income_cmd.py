"""``debtlens income [AMOUNT]``: show or set the monthly income the debt-service ratio divides by."""

from __future__ import annotations

import argparse

from app.cli.language import say
from app.cli.money_input import parse_amount
from app.domain.messages import QT_TRANSLATE_NOOP
from app.i18n import formatting as fmt


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``income`` to ``sub``."""
    income = sub.add_parser("income",
                            help=QT_TRANSLATE_NOOP("CliHelp", "set or show your monthly income (for the debt-service "
                                                              "ratio)"))
    income.add_argument("amount", nargs="?",
                        help=QT_TRANSLATE_NOOP("CliHelp", "monthly income, e.g. 8000.00 ('none' clears it)"))
    income.set_defaults(func=cmd_income, read_only=lambda args: args.amount is None)


def cmd_income(args: argparse.Namespace, ctx) -> int:
    """Print the monthly income (or that it is not set), or set it; ``none`` clears it. The income is in the
    ledger's main currency (``domain.currency_totals.main_currency``), the one the debt-service ratio reads."""
    cur = ctx.queries.main_currency()
    if args.amount is None:
        fen = ctx.settings.monthly_income_fen()
        print(fmt.money(fen, cur) if fen is not None else say(QT_TRANSLATE_NOOP("Cli", "Monthly income is not set.")))
        return 0
    fen = None if args.amount.strip().lower() == "none" else parse_amount(args.amount, field="income", currency=cur)
    ctx.settings.set_monthly_income(fen)
    print(say(QT_TRANSLATE_NOOP("Cli", "Monthly income cleared.") if fen is None
              else QT_TRANSLATE_NOOP("Cli", "Monthly income set to %1.").arg(fmt.money(fen, cur))))
    return 0
