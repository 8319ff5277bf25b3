"""``debtlens import FILE``: preview or import a bill export onto a credit line."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.language import say
from app.cli.output import print_json
from app.domain.errors import ValidationError
from app.i18n import formatting as fmt
from app.domain.messages import QT_TRANSLATE_NOOP


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``import`` sub-command."""
    p = sub.add_parser("import",
                       help=QT_TRANSLATE_NOOP("CliHelp", "import an Alipay/WeChat/bank CSV, OFX or QIF bill export"))
    p.add_argument("file")
    p.add_argument("--line", help=QT_TRANSLATE_NOOP("CliHelp", "credit line to import onto (default: the only line)"))
    p.add_argument("--method",
                   help=QT_TRANSLATE_NOOP("CliHelp", "payment method in the file that is this line, e.g. "
                                                     "'招商银行信用卡(0000)'"))
    p.add_argument("--mapping", metavar="NAME",
                   help=QT_TRANSLATE_NOOP("CliHelp", "read a bank CSV with this saved column mapping (debtlens "
                                                     "mapping list); without it a saved mapping whose columns the "
                                                     "file has is used, as in the window"))
    p.add_argument("--all-on-line", action="store_true",
                   help=QT_TRANSLATE_NOOP("CliHelp", "put every payment in the file on the line, for a file that does "
                                                     "not say which were paid with credit (Alipay PC-web export); "
                                                     "without it such a file imports nothing"))
    p.add_argument("--dry-run", action="store_true",
                   help=QT_TRANSLATE_NOOP("CliHelp", "show what would be imported; write nothing"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_import, read_only=lambda args: args.dry_run)


def cmd_import(args, ctx) -> int:
    from app.cli.mapping_cmd import saved_mapping
    from app.importers import format_label
    from app.importers.records import ImportFormatError
    from app.services.statement_file import read_statement_file

    path = Path(args.file)
    data = read_statement_file(path)
    if args.line:
        line = ctx.queries.line_named(args.line)
    else:
        lines = ctx.queries.lines(include_archived=False)
        if len(lines) != 1:
            raise ValidationError("--line", "", QT_TRANSLATE_NOOP(
                    "Errors", "name the credit line to import onto (there are %1 lines)").arg(len(lines)))
        line = lines[0]
    if args.mapping is not None:
        profile = saved_mapping(ctx, args.mapping)
    else:
        profile = ctx.services.csv_profiles.matching(data, path.name)
    service = ctx.services.imports
    try:
        preview = service.preview(data, path.name, line.id, tracked_method=args.method, profile=profile,
                                  all_on_line=args.all_on_line, today=ctx.today())
    except ImportFormatError as exc:
        reason = exc.reason
        if exc.mappable and profile is None:
            reason = QT_TRANSLATE_NOOP("Cli", "%1; map its columns with `debtlens mapping add NAME --file FILE`, "
                                              "then import with --mapping NAME").arg(reason)
        raise ValidationError("file", path.name, reason) from None
    if not args.dry_run:  # against the ledger as it is when written (another program may import meanwhile)
        preview, _ = service.commit_current(preview, lambda: service.preview(
                data, path.name, line.id, tracked_method=args.method, profile=profile, all_on_line=args.all_on_line,
                today=ctx.today()))
    summary = preview.summary()
    summary["written"] = not args.dry_run
    used = profile is not None and preview.format.startswith("bank_csv:")
    summary["mapping"] = profile.name if used else None
    if args.json:
        print_json(summary)
        return 0
    cur = line.currency
    if summary["mapping"]:
        print(say(QT_TRANSLATE_NOOP("Cli", "%1: %2 onto %3 (CSV mapping %4)")
                  .arg(path.name, format_label(preview.format), line.name, repr(summary["mapping"]))))
    else:
        print(say(QT_TRANSLATE_NOOP("Cli", "%1: %2 onto %3").arg(path.name, format_label(preview.format), line.name)))
    if args.dry_run:
        counts = QT_TRANSLATE_NOOP("Cli", "Would import: purchases %1 (%2), refunds %3 (%4), repayments %5 (%6).")
    else:
        counts = QT_TRANSLATE_NOOP("Cli", "Imported: purchases %1 (%2), refunds %3 (%4), repayments %5 (%6).")
    print(say(counts.arg(
                        fmt.count(summary['purchases']),
                        fmt.money(summary['purchases_fen'], cur),
                        fmt.count(summary['refunds']),
                        fmt.money(summary['refunds_fen'], cur),
                        fmt.count(summary['repayments']),
                        fmt.money(summary['repayments_fen'], cur),
                    )))
    if preview.duplicates:
        print(say(QT_TRANSLATE_NOOP("Cli", "Left out, already imported: %1.").arg(fmt.count(len(preview.duplicates)))))
    for s in preview.skipped:
        print(say(QT_TRANSLATE_NOOP("Cli", "  row %1: skipped: %2").arg(s.row, s.reason)))
    for w in summary["warnings"]:
        print(say(QT_TRANSLATE_NOOP("Cli", "  row %1: warning: %2").arg(w["row"], w["warning"])))
    for p in preview.problems:
        if p.field:
            print(say(QT_TRANSLATE_NOOP("Cli", "  row %1: not imported: %2: %3").arg(p.row, p.field, p.reason)))
        else:  # the row as a whole (its number of fields), not one of its fields
            print(say(QT_TRANSLATE_NOOP("Cli", "  row %1: not imported: %2").arg(p.row, p.reason)))
    for notice in summary["notices"]:
        print(say(QT_TRANSLATE_NOOP("Cli", "Note: %1").arg(say(notice))))
    return 0
