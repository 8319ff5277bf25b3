"""``debtlens mapping list|show|add|delete``: the saved CSV column mappings, the same ones the import window saves.

A mapping (``app.importers.csv_profile.CsvProfile``) names which column of a bank CSV holds the date, the
description and the amount (one signed column, or money-out / money-in columns); it is kept with the data by
``app.services.csv_profiles.CsvProfileService``. ``debtlens import FILE --mapping NAME`` reads a file with one;
without ``--mapping`` a saved mapping whose columns the file has is used, as the window does.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.output import print_json, print_table
from app.domain.errors import NotFoundError, ValidationError
from app.domain.messages import QT_TRANSLATE_NOOP, NameList
from app.cli.language import say

#: Command-line spelling of a profile's sign convention.
SIGNS = {"charge-positive": "charge_positive", "charge-negative": "charge_negative"}
#: Profile fields shown by ``mapping show`` and ``mapping list``, with their option names.
COLUMN_OPTIONS = (("date_column", "--date"), ("fallback_date_column", "--posting-date"),
                  ("description_column", "--description"), ("merchant_column", "--merchant"),
                  ("amount_column", "--amount"), ("debit_column", "--debit"), ("credit_column", "--credit"),
                  ("type_column", "--type"))
#: What ``mapping show`` calls each setting (its option follows in brackets).
SETTING_NAMES = {
    "date_column": QT_TRANSLATE_NOOP("Cli", "Transaction date column"),
    "fallback_date_column": QT_TRANSLATE_NOOP("Cli", "Posting date column"),
    "description_column": QT_TRANSLATE_NOOP("Cli", "Description column"),
    "merchant_column": QT_TRANSLATE_NOOP("Cli", "Merchant column"),
    "amount_column": QT_TRANSLATE_NOOP("Cli", "Amount column"),
    "debit_column": QT_TRANSLATE_NOOP("Cli", "Money-out column"),
    "credit_column": QT_TRANSLATE_NOOP("Cli", "Money-in column"),
    "type_column": QT_TRANSLATE_NOOP("Cli", "Transaction type column"),
    "sign": QT_TRANSLATE_NOOP("Cli", "Sign of a purchase"),
    "date_order": QT_TRANSLATE_NOOP("Cli", "Date order"),
    "currency": QT_TRANSLATE_NOOP("Cli", "Currency"),
}


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``mapping`` sub-command and its actions."""
    p = sub.add_parser("mapping",
                       help=QT_TRANSLATE_NOOP("CliHelp", "list, show, add or delete saved CSV column mappings"))
    actions = p.add_subparsers(dest="mapping_command", metavar="ACTION", required=True)
    ls = actions.add_parser("list", help=QT_TRANSLATE_NOOP("CliHelp", "the saved mappings"))
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=cmd_list, read_only=True)
    show = actions.add_parser("show", help=QT_TRANSLATE_NOOP("CliHelp", "one mapping's columns and settings"))
    show.add_argument("name")
    show.add_argument("--json", action="store_true")
    show.set_defaults(func=cmd_show, read_only=True)
    add = actions.add_parser(
        "add", help=QT_TRANSLATE_NOOP("CliHelp", "save a mapping for a bank CSV DebtLens has no preset for"),
        description=QT_TRANSLATE_NOOP("CliHelp", "Name the columns by their header text. With --file, the file's "
                                                 "header is read: columns you leave out are guessed from it, and the "
                                                 "ones you name must be in it."))
    add.add_argument("name")
    add.add_argument("--file", metavar="FILE",
                     help=QT_TRANSLATE_NOOP("CliHelp", "a CSV (or .xlsx/.xls) of that bank: check the columns against "
                                                       "its header, guess the ones left out"))
    add.add_argument("--date", metavar="COLUMN",
                     help=QT_TRANSLATE_NOOP("CliHelp", "transaction date column, e.g. 交易日期"))
    add.add_argument("--posting-date", metavar="COLUMN",
                     help=QT_TRANSLATE_NOOP("CliHelp", "posting date column, used when the date is blank"))
    add.add_argument("--description", metavar="COLUMN",
                     help=QT_TRANSLATE_NOOP("CliHelp", "description column, e.g. 交易摘要"))
    add.add_argument("--merchant", metavar="COLUMN",
                     help=QT_TRANSLATE_NOOP("CliHelp", "merchant column, when separate from the description"))
    add.add_argument("--amount", metavar="COLUMN", help=QT_TRANSLATE_NOOP("CliHelp", "one signed amount column"))
    add.add_argument("--sign", choices=sorted(SIGNS), default="charge-positive",
                     help=QT_TRANSLATE_NOOP("CliHelp", "with --amount: charge-positive (a purchase is +, most Chinese "
                                                       "banks) or charge-negative (a purchase is -, Chase)"))
    add.add_argument("--debit", metavar="COLUMN",
                     help=QT_TRANSLATE_NOOP("CliHelp", "money-out (charges) column, instead of --amount"))
    add.add_argument("--credit", metavar="COLUMN",
                     help=QT_TRANSLATE_NOOP("CliHelp", "money-in (repayments, refunds) column, instead of --amount"))
    add.add_argument("--type", metavar="COLUMN", help=QT_TRANSLATE_NOOP("CliHelp", "transaction type column"))
    add.add_argument("--date-order", choices=["YMD", "MDY", "DMY", "MD"], default="YMD",
                     help=QT_TRANSLATE_NOOP("CliHelp", "order of the date's parts (MD: no year, taken from a YYYY年MM月 "
                                                       "title line)"))
    add.add_argument("--currency", default="CNY",
                     help=QT_TRANSLATE_NOOP("CliHelp", "ISO 4217 code of the amounts (default CNY)"))
    add.add_argument("--replace", action="store_true",
                     help=QT_TRANSLATE_NOOP("CliHelp", "replace a saved mapping of the same name"))
    add.add_argument("--json", action="store_true")
    add.set_defaults(func=cmd_add)
    delete = actions.add_parser("delete",
                                help=QT_TRANSLATE_NOOP("CliHelp", "forget a saved mapping (imported rows stay)"))
    delete.add_argument("name")
    delete.set_defaults(func=cmd_delete)


def _service(ctx):

    return ctx.services.csv_profiles


def saved_mapping(ctx, name: str, field: str = "--mapping"):
    """The saved mapping ``name``.

    Raises:
        ValidationError: ``field`` (``--mapping``, or ``name`` for ``mapping show``): no mapping of that name; the
            message lists the saved ones.
    """
    service = _service(ctx)
    try:
        return service.get(name)
    except NotFoundError:
        names = service.names()
        listed = NameList(names) if names else QT_TRANSLATE_NOOP(
            "Errors", "none yet; create one with `debtlens mapping add`")
        raise ValidationError(field, name, QT_TRANSLATE_NOOP(
                "Errors", "no saved CSV mapping by that name (saved: %1)").arg(listed)) from None


def _describe(profile) -> dict:
    data = profile.to_dict()
    return {"name": profile.name, **{key: data[key] for key, _ in COLUMN_OPTIONS if data.get(key)},
            "sign": data["sign"].replace("_", "-"), "date_order": data["date_order"], "currency": data["currency"]}


def _amounts(profile) -> str:
    if profile.amount_column:
        return f"{profile.amount_column} ({profile.sign.replace('_', '-')})"
    return QT_TRANSLATE_NOOP("Cli", "out: %1, in: %2").arg(profile.debit_column or "—", profile.credit_column or "—")


def cmd_list(args, ctx) -> int:
    profiles = _service(ctx).all()
    if args.json:
        print_json([_describe(p) for p in profiles])
        return 0
    if not profiles:
        print(say(QT_TRANSLATE_NOOP(
                "Cli", "No saved CSV mappings. Save one in the import window, or with `debtlens mapping add NAME "
                "--file CSV`.")))
        return 0
    print_table(QT_TRANSLATE_NOOP("Cli", "name|date|description|amounts|date order|currency"),
                [[p.name, p.date_column, p.description_column, _amounts(p), p.date_order, p.currency]
                 for p in profiles])
    return 0


def cmd_show(args, ctx) -> int:
    profile = saved_mapping(ctx, args.name, "name")
    described = _describe(profile)
    if args.json:
        print_json(described)
        return 0
    options = dict(COLUMN_OPTIONS) | {"sign": "--sign", "date_order": "--date-order", "currency": "--currency"}
    shown = [key for key, _ in COLUMN_OPTIONS if key in described]
    shown += (["sign"] if profile.amount_column else []) + ["date_order", "currency"]
    print_table(QT_TRANSLATE_NOOP("Cli", "setting|option|value"),
                [[SETTING_NAMES[key], options[key], str(described[key])] for key in shown])
    return 0


def cmd_add(args, ctx) -> int:
    from app.domain.money import exponent_of
    from app.importers.records import ImportFormatError
    from app.services.csv_profiles import guess_mapping, make_profile, sample_table
    from app.services.statement_file import read_statement_file

    service = _service(ctx)
    name = args.name.strip()
    if name in service.names() and not args.replace:
        raise ValidationError("name", name, QT_TRANSLATE_NOOP(
                "Errors", "a mapping of that name is saved already (add --replace to replace it)"))
    given = {"date": args.date, "posting": args.posting_date, "description": args.description,
             "merchant": args.merchant, "amount": args.amount, "debit": args.debit, "credit": args.credit,
             "type": args.type}
    options = {"date": "--date", "posting": "--posting-date", "description": "--description",
               "merchant": "--merchant", "amount": "--amount", "debit": "--debit", "credit": "--credit",
               "type": "--type"}
    if args.amount and (args.debit or args.credit):
        raise ValidationError("--amount", args.amount, QT_TRANSLATE_NOOP(
                "Errors", "give either --amount or --debit/--credit, not both"))
    if args.file:
        path = Path(args.file).expanduser()
        try:
            sample = sample_table(read_statement_file(path), path.name)
        except ImportFormatError as exc:
            raise ValidationError("--file", path.name, exc.reason) from None
        header = [c for c in sample.header if c]
        for role, column in given.items():
            if column and column not in header:
                raise ValidationError(options[role], column, QT_TRANSLATE_NOOP(
                        "Errors", "is not a column of %1 (its header, line %2: %3)")
                                .arg(path.name, sample.rows[sample.header_index][0], ', '.join(header)))
        if not (args.amount or args.debit or args.credit):
            guessed = guess_mapping(header)
            given.update({role: guessed.get(role) for role in ("amount", "debit", "credit")})
        guessed = guess_mapping([c for c in header if c not in given.values()])
        for role in ("date", "description"):
            given[role] = given[role] or guessed.get(role)
    for role in ("date", "description"):
        if not given[role]:
            raise ValidationError(options[role], "", QT_TRANSLATE_NOOP(
                    "Errors", "name the column (or give --file to guess it from a CSV)"))
    if not (given["amount"] or given["debit"] or given["credit"]):
        raise ValidationError("--amount", "", QT_TRANSLATE_NOOP(
                "Errors", "name the amount column, or --debit and --credit columns"))
    currency = args.currency.strip().upper()
    try:
        exponent_of(currency)
    except ValidationError:
        raise ValidationError("--currency", args.currency, QT_TRANSLATE_NOOP(
                "Errors", "is no ISO 4217 currency code (CNY, USD, BRL …)")) from None
    try:
        profile = make_profile(
            name=name, date_column=given["date"], fallback_date_column=given["posting"] or None,
            description_column=given["description"], merchant_column=given["merchant"] or None,
            amount_column=given["amount"] or None, debit_column=given["debit"] or None,
            credit_column=given["credit"] or None, type_column=given["type"] or None,
            sign=SIGNS[args.sign], date_order=args.date_order, currency=currency)
    except ValidationError as exc:
        if exc.field == "profile_name":
            raise ValidationError("name", exc.value, exc.reason) from None
        raise
    service.save(profile)
    if args.json:
        print_json(_describe(profile))
        return 0
    print(say(QT_TRANSLATE_NOOP(
            "Cli", "Saved the CSV mapping %1: date %2, description %3, amounts %4.")
                    .arg(repr(profile.name), profile.date_column, profile.description_column, _amounts(profile))))
    print(say(QT_TRANSLATE_NOOP("Cli", "Import with it: debtlens import FILE --mapping %1").arg(repr(profile.name))))
    return 0


def cmd_delete(args, ctx) -> int:
    service = _service(ctx)
    saved_mapping(ctx, args.name, "name")  # refuses a name that is not saved, listing the saved ones
    service.delete(args.name)
    print(say(QT_TRANSLATE_NOOP("Cli", "Deleted the CSV mapping %1; rows imported with it stay.").arg(repr(args.name))))
    return 0
