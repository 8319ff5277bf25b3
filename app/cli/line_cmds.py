"""``debtlens line ...``: credit lines: add, list, edit, limit, archive."""

from __future__ import annotations

import argparse
from decimal import Decimal

from app.cli.money_input import parse_amount
from app.cli.output import print_json, print_table
from app.domain.credit_line import (
    AutoRepay,
    Billing,
    BnplLateFee,
    CreditLine,
    LineKind,
    RevolvingBasis,
    default_fee_presets,
    default_revolving_basis,
    fee_presets_text,
    parse_fee_presets,
)
from app.domain.errors import ValidationError
from app.domain.rates import parse_rate
from app.i18n import formatting as fmt
from app.services.validation import parse_date, parse_int
from app.domain.messages import QT_TRANSLATE_NOOP
from app.cli.language import say

BASES = ["unpaid-from-due", "full-from-posting"]
BILLINGS = ["monthly", "pay-in-4"]
BNPL_FEES = ["klarna-us", "afterpay-au", "none"]


#: The table's words for a line's kind, automatic repayment and interest basis (JSON keeps the values).
WORDS = {
    LineKind.HUABEI: QT_TRANSLATE_NOOP("Cli", "huabei"),
    LineKind.CREDIT_CARD: QT_TRANSLATE_NOOP("Cli", "credit card"),
    LineKind.BNPL: QT_TRANSLATE_NOOP("Cli", "pay later"),
    AutoRepay.OFF: QT_TRANSLATE_NOOP("Cli", "off"),
    AutoRepay.FULL: QT_TRANSLATE_NOOP("Cli", "full"),
    AutoRepay.MINIMUM: QT_TRANSLATE_NOOP("Cli", "minimum"),
    RevolvingBasis.UNPAID_FROM_DUE: QT_TRANSLATE_NOOP("Cli", "unpaid-from-due"),
    RevolvingBasis.FULL_FROM_POSTING: QT_TRANSLATE_NOOP("Cli", "full-from-posting"),
    Billing.PAY_IN_4: QT_TRANSLATE_NOOP("Cli", "pay in 4"),
}

def _basis(text: str) -> RevolvingBasis:
    return RevolvingBasis(text.replace("-", "_"))


def _add_pay_in_4_options(parser: argparse.ArgumentParser) -> None:
    """``--billing`` and ``--bnpl-late-fee`` (no defaults: ``line add`` picks them, ``line edit`` keeps them)."""
    parser.add_argument("--billing", choices=BILLINGS,
                        help=QT_TRANSLATE_NOOP("CliHelp", "monthly bills (default), or pay-in-4: each purchase due in "
                                                          "4 payments every 14 days, no interest"))
    parser.add_argument("--bnpl-late-fee", choices=BNPL_FEES,
                        help=QT_TRANSLATE_NOOP("CliHelp", "late fees of a pay-in-4 line: klarna-us (7.00 a payment "
                                                          "unpaid after 10 days, default), afterpay-au or none; at "
                                                          "most 25%% of the order"))


def _pay_in_4_terms(args) -> dict[str, object]:
    """The ``--billing`` and ``--bnpl-late-fee`` given, as ``CreditLine`` fields."""
    terms: dict[str, object] = {}
    if args.billing:
        terms["billing"] = Billing(args.billing.replace("-", "_"))
    if args.bnpl_late_fee:
        terms["bnpl_late_fee"] = BnplLateFee(args.bnpl_late_fee.replace("-", "_"))
    return terms


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``line`` and its actions to ``sub``."""
    line = sub.add_parser("line", help=QT_TRANSLATE_NOOP("CliHelp", "credit lines: add, list, edit, limit, archive"))
    lsub = line.add_subparsers(dest="line_command", metavar="ACTION", required=True)
    add = lsub.add_parser("add", help=QT_TRANSLATE_NOOP("CliHelp", "add a credit line"))
    add.add_argument("name")
    add.add_argument("--limit", required=True, help=QT_TRANSLATE_NOOP("CliHelp", "credit limit, e.g. 5000.00"))
    add.add_argument("--statement-day", default="1",
                     help=QT_TRANSLATE_NOOP("CliHelp", "day of month the bill is issued (default 1)"))
    add.add_argument("--due-day", default="10",
                     help=QT_TRANSLATE_NOOP("CliHelp", "day of month payment is due (default 10)"))
    add.add_argument("--kind", default="huabei", choices=[k.value for k in LineKind])
    add.add_argument("--currency", default="CNY")
    add.add_argument("--min-payment", default="10%",
                     help=QT_TRANSLATE_NOOP("CliHelp", "minimum payment share of the bill (default 10%%)"))
    add.add_argument("--penalty-rate", default="0.05%",
                     help=QT_TRANSLATE_NOOP("CliHelp", "daily penalty interest rate (default 0.05%%)"))
    add.add_argument("--grace-days", default="0")
    add.add_argument("--inclusive", action="store_true",
                     help=QT_TRANSLATE_NOOP("CliHelp", "a purchase on the statement day is on that bill"))
    add.add_argument("--auto-repay", default="off", choices=[a.value for a in AutoRepay])
    add.add_argument("--revolving-basis", choices=BASES,
                     help=QT_TRANSLATE_NOOP("CliHelp", "interest when a bill is not paid in full: unpaid-from-due "
                                                       "(Huabei) or full-from-posting (全额计息, most bank cards); "
                                                       "default by --kind"))
    add.add_argument("--late-fee", default="0%",
                     help=QT_TRANSLATE_NOOP("CliHelp", "late fee (违约金) as a share of an unmet minimum (default none)"))
    add.add_argument("--late-fee-min", default="0",
                     help=QT_TRANSLATE_NOOP("CliHelp", "smallest late fee, e.g. 1.00 (default 0)"))
    add.add_argument("--fee-preset", action="append", metavar="PERIODS=RATE",
                     help=QT_TRANSLATE_NOOP("CliHelp", "installment fee preset, e.g. 12=8.8%% (repeatable; default: "
                                                       "the kind's usual presets)"))
    _add_pay_in_4_options(add)
    add.set_defaults(func=cmd_line_add)
    lst = lsub.add_parser("list", help=QT_TRANSLATE_NOOP("CliHelp", "list credit lines"))
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(func=cmd_line_list, read_only=True)
    edit = lsub.add_parser("edit", help=QT_TRANSLATE_NOOP("CliHelp", "change a line's terms"))
    edit.add_argument("name")
    edit.add_argument("--rename")
    edit.add_argument("--statement-day")
    edit.add_argument("--due-day")
    edit.add_argument("--min-payment")
    edit.add_argument("--penalty-rate")
    edit.add_argument("--grace-days")
    edit.add_argument("--auto-repay", choices=[a.value for a in AutoRepay])
    edit.add_argument("--revolving-basis", choices=BASES)
    edit.add_argument("--inclusive", action=argparse.BooleanOptionalAction, default=None,
                      help=QT_TRANSLATE_NOOP("CliHelp", "a purchase on the statement day is on that bill "
                                                        "(--no-inclusive: on the next)"))
    edit.add_argument("--late-fee",
                      help=QT_TRANSLATE_NOOP("CliHelp", "late fee as a share of an unmet minimum, e.g. 5%%"))
    edit.add_argument("--late-fee-min", help=QT_TRANSLATE_NOOP("CliHelp", "smallest late fee, e.g. 1.00"))
    edit.add_argument("--fee-preset", action="append", metavar="PERIODS=RATE",
                      help=QT_TRANSLATE_NOOP("CliHelp", "set an installment fee preset, e.g. 12=8.8%% (repeatable; "
                                                        "12=none removes one)"))
    edit.add_argument("--today", help=QT_TRANSLATE_NOOP(
            "CliHelp", "the day of the change (default today): new statement or due days apply from the next bill "
            "after it; bills issued by then keep theirs"))
    _add_pay_in_4_options(edit)
    edit.set_defaults(func=cmd_line_edit)
    limit = lsub.add_parser("limit", help=QT_TRANSLATE_NOOP("CliHelp", "record a new credit limit"))
    limit.add_argument("name")
    limit.add_argument("--limit", required=True)
    limit.add_argument("--from", dest="effective",
                       help=QT_TRANSLATE_NOOP("CliHelp", "date the limit applies from (default today)"))
    limit.set_defaults(func=cmd_line_limit)
    arch = lsub.add_parser("archive",
                           help=QT_TRANSLATE_NOOP("CliHelp", "hide a line from the overview (history is kept)"))
    arch.add_argument("name")
    arch.add_argument("--undo", action="store_true")
    arch.add_argument("--today", help=QT_TRANSLATE_NOOP(
            "CliHelp", "the day what the line owes is read on (default today): a line that owes is not archived"))
    arch.set_defaults(func=cmd_line_archive)


def cmd_line_add(args, ctx) -> int:
    line = CreditLine(
        name=args.name, kind=LineKind(args.kind), currency=args.currency.upper(),
        statement_day=parse_int(args.statement_day, "statement_day", 1, 31),
        due_day=parse_int(args.due_day, "due_day", 1, 31), statement_day_inclusive=args.inclusive,
        min_payment_rate=parse_rate(args.min_payment, field="min_payment", below=None),
        daily_penalty_rate=parse_rate(args.penalty_rate, field="penalty_rate"),
        grace_days=parse_int(args.grace_days, "grace_days", 0, 30), auto_repay=AutoRepay(args.auto_repay),
        fee_presets=default_fee_presets(args.kind),
        revolving_basis=_basis(args.revolving_basis) if args.revolving_basis else default_revolving_basis(args.kind),
        late_fee_rate=parse_rate(args.late_fee, field="late_fee"),
        late_fee_min_fen=parse_amount(args.late_fee_min, field="late_fee_min", allow_zero=True),
    )
    terms = _pay_in_4_terms(args)
    if terms.get("billing") is Billing.PAY_IN_4:  # the line splits every purchase itself: no plans, no minimum
        terms.update(fee_presets={}, min_payment_rate=Decimal(0))
    line = line.with_changes(**terms)
    if args.fee_preset:
        line = line.with_changes(fee_presets=_fee_presets(args.fee_preset, line.fee_presets))
    limit = parse_amount(args.limit, field="limit", currency=line.currency, allow_zero=True)
    changes = ctx.ledger.add_line(line, limit_fen=limit)
    print(say(QT_TRANSLATE_NOOP("Cli", "Added credit line %1 (id %2).").arg(repr(line.name), changes.ids['line'])))
    return 0


def cmd_line_list(args, ctx) -> int:
    lines = ctx.queries.lines()
    if args.json:
        print_json([{"id": ln.id, "name": ln.name, "kind": ln.kind, "currency": ln.currency,
                     "limit_fen": ln.current_limit_fen, "statement_day": ln.statement_day, "due_day": ln.due_day,
                     "auto_repay": ln.auto_repay, "archived": ln.archived,
                     "revolving_basis": ln.revolving_basis, "statement_day_inclusive": ln.statement_day_inclusive,
                     "late_fee_rate": str(ln.late_fee_rate), "late_fee_min_fen": ln.late_fee_min_fen,
                     "billing": ln.billing, "bnpl_late_fee": ln.bnpl_late_fee,
                     "fee_presets": {str(n): str(r) for n, r in sorted(ln.fee_presets.items())}} for ln in lines])
        return 0
    print_table(QT_TRANSLATE_NOOP("Cli", "id|name|kind|limit|statement day|due day|auto-repay|interest basis|fee presets"),
                [[str(ln.id), QT_TRANSLATE_NOOP("Cli", "%1 (archived)").arg(ln.name) if ln.archived else ln.name,
                  WORDS[Billing.PAY_IN_4] if ln.pays_in_4 else WORDS[ln.kind], fmt.money(ln.current_limit_fen, ln.currency),
                  QT_TRANSLATE_NOOP("Cli", "%1 (inclusive)").arg(ln.statement_day) if ln.statement_day_inclusive
                  else str(ln.statement_day), str(ln.due_day),
                  WORDS[ln.auto_repay], WORDS[ln.revolving_basis], _presets_text(ln.fee_presets)]
                 for ln in lines])
    return 0


def _presets_text(presets: dict) -> str:
    """``3=2.5% 6=4.5% 12=8.8%`` ("—" for none)."""
    return fee_presets_text(presets)


def _fee_presets(specs: list[str], presets: dict) -> dict:
    """``presets`` with each ``PERIODS=RATE`` (``12=8.8%``; ``12=none`` removes it) applied (see
    ``credit_line.parse_fee_presets``).

    Raises:
        ValidationError: ``field="fee_preset"``: not ``PERIODS=RATE``, periods outside 2-60, a bad rate.
    """
    try:
        return parse_fee_presets(" ".join(f"{spec or ''}" if spec else "=" for spec in specs), presets)
    except ValidationError as exc:
        raise ValidationError("fee_preset", exc.value, exc.reason) from None


def cmd_line_edit(args, ctx) -> int:
    terms: dict[str, object] = {}
    if args.rename is not None:  # "" is refused ("--rename: is empty"), not ignored
        if not args.rename.strip():
            raise ValidationError("rename", args.rename, QT_TRANSLATE_NOOP("Errors", "is empty"))
        terms["name"] = args.rename
    if args.statement_day is not None:
        terms["statement_day"] = parse_int(args.statement_day, "statement_day", 1, 31)
    if args.due_day is not None:
        terms["due_day"] = parse_int(args.due_day, "due_day", 1, 31)
    if args.min_payment is not None:
        terms["min_payment_rate"] = parse_rate(args.min_payment, field="min_payment", below=None)
    if args.penalty_rate is not None:
        terms["daily_penalty_rate"] = parse_rate(args.penalty_rate, field="penalty_rate")
    if args.grace_days is not None:
        terms["grace_days"] = parse_int(args.grace_days, "grace_days", 0, 30)
    if args.auto_repay:
        terms["auto_repay"] = AutoRepay(args.auto_repay)
    if args.revolving_basis:
        terms["revolving_basis"] = _basis(args.revolving_basis)
    if args.inclusive is not None:
        terms["statement_day_inclusive"] = args.inclusive
    if args.late_fee is not None:
        terms["late_fee_rate"] = parse_rate(args.late_fee, field="late_fee")
    if args.late_fee_min is not None:
        terms["late_fee_min_fen"] = parse_amount(args.late_fee_min, field="late_fee_min", allow_zero=True)
    terms.update(_pay_in_4_terms(args))
    line = ctx.queries.line_named(args.name)
    if args.fee_preset:
        terms["fee_presets"] = _fee_presets(args.fee_preset, line.fee_presets)
    if not terms:
        raise ValidationError("options", "", QT_TRANSLATE_NOOP(
                "Errors", "give at least one term to change, e.g. --due-day 10"))
    today = parse_date(args.today, "--today") if args.today else ctx.today()
    ctx.ledger.edit_line(line.id, today=today, **terms)
    print(say(QT_TRANSLATE_NOOP("Cli", "Updated credit line %1.").arg(repr(args.name))))
    return 0


def cmd_line_limit(args, ctx) -> int:
    line = ctx.queries.line_named(args.name)
    limit = parse_amount(args.limit, field="limit", currency=line.currency, allow_zero=True)
    effective = parse_date(args.effective, "from") if args.effective else ctx.today()
    ctx.ledger.change_limit(line.id, limit, effective)
    print(say(QT_TRANSLATE_NOOP(
            "Cli", "Credit limit of %1 is %2 from %3.")
                    .arg(repr(line.name), fmt.money(limit, line.currency), effective.isoformat())))
    return 0


def cmd_line_archive(args, ctx) -> int:
    today = parse_date(args.today, "--today") if args.today else ctx.today()
    ctx.ledger.archive_line(ctx.queries.line_named(args.name).id, archived=not args.undo, today=today)
    done = (QT_TRANSLATE_NOOP("Cli", "Restored credit line %1.") if args.undo
            else QT_TRANSLATE_NOOP("Cli", "Archived credit line %1."))
    print(say(done.arg(repr(args.name))))
    return 0
