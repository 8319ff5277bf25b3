"""Due dates on the command line: ``debtlens calendar`` (an iCalendar .ics file) and ``debtlens reminders``.

    debtlens calendar --months 12 --out due.ics [--days-before 3] [--today DATE] [--lang zh_CN|en]
    debtlens reminders [--today DATE] [--json]          # the bills to remind of today
    debtlens reminders --days-before 5 [--line NAME]    # the reminder setting (0 = off, "default" clears it)

Import the calendar file into any calendar app; exporting again to the same file and importing it again updates
the events (each bill keeps its UID). The file holds amounts: it is written readable by you only.
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from pathlib import Path

from app.cli.output import alert, print_json, print_table
from app.i18n import formatting as fmt
from app.services.reminders import MAX_DAYS_BEFORE
from app.services.validation import parse_date, parse_int
from app.domain.messages import QT_TRANSLATE_NOOP
from app.cli.language import say

DEFAULT_OUT = "debtlens-due-dates.ics"


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``calendar`` sub-command to ``sub``."""
    cal = sub.add_parser("calendar",
                         help=QT_TRANSLATE_NOOP("CliHelp", "export the payment due dates as a calendar file (.ics)"),
                         description=QT_TRANSLATE_NOOP("CliHelp", "One all-day event per bill on its payment due date "
                                                                  "over the next months, with a reminder some days "
                                                                  "before. Export again to the same file to update "
                                                                  "the events in your calendar app."))
    cal.add_argument("--months", default="12",
                     help=QT_TRANSLATE_NOOP("CliHelp", "how many months ahead (1-120, default 12)"))
    cal.add_argument("--out", metavar="PATH",
                     help=QT_TRANSLATE_NOOP("CliHelp", "the .ics file ('-' for standard output; default %1 here); an "
                                                       "earlier calendar file is replaced, any other existing file "
                                                       "only with --force").arg(DEFAULT_OUT))
    cal.add_argument("--days-before", metavar="N",
                     help=QT_TRANSLATE_NOOP("CliHelp", "remind N days before each due date (0-%1, 0 = no reminder; "
                                                       "default: each line's reminder setting, else 3)"
                                            ).arg(MAX_DAYS_BEFORE))
    cal.add_argument("--today", help=QT_TRANSLATE_NOOP("CliHelp", "the first due date covered (default today)"))
    cal.add_argument("--lang", choices=["zh_CN", "en"],
                     help=QT_TRANSLATE_NOOP("CliHelp", "language of the event texts (default: Chinese when your "
                                                       "locale is Chinese, else English)"))
    cal.add_argument("--force", action="store_true",
                     help=QT_TRANSLATE_NOOP("CliHelp", "replace an existing file that is not a calendar"))
    cal.set_defaults(func=cmd_calendar, read_only=True)

    rem = sub.add_parser("reminders",
                         help=QT_TRANSLATE_NOOP("CliHelp", "the bills to remind of today, or set how many days before"),
                         description=QT_TRANSLATE_NOOP("CliHelp", "Without --days-before: the bills due within each "
                                                                  "line's reminder days, due today, or overdue (the "
                                                                  "window shows these as notifications). With it: set "
                                                                  "the reminder days, for every line or for one "
                                                                  "--line."))
    rem.add_argument("--today", help=QT_TRANSLATE_NOOP("CliHelp", "the day to check (default today)"))
    rem.add_argument("--json", action="store_true")
    rem.add_argument("--days-before", metavar="N",
                     help=QT_TRANSLATE_NOOP("CliHelp", "set: remind N days before a due date (0-%1, 0 = off; "
                                                       "'default' clears the setting)").arg(MAX_DAYS_BEFORE))
    rem.add_argument("--line", help=QT_TRANSLATE_NOOP("CliHelp", "with --days-before: only this credit line"))
    rem.set_defaults(func=cmd_reminders, read_only=lambda args: args.days_before is None)


def _lang(args: argparse.Namespace) -> str:
    if args.lang:
        return args.lang
    return "zh_CN" if fmt.system_locale().startswith("zh") else "en"


def cmd_calendar(args, ctx) -> int:
    from app.services.calendar_service import MAX_MONTHS

    months = parse_int(args.months, "months", 1, MAX_MONTHS)
    days_before = (parse_int(args.days_before, "--days-before", 0, MAX_DAYS_BEFORE)
                   if args.days_before is not None else None)
    today = parse_date(args.today, "--today") if args.today else ctx.today()
    stamp = datetime.now(UTC)
    service = ctx.services.calendar
    if args.out == "-":
        data, result = service.ical(today, stamp=stamp, months=months, lang=_lang(args), days_before=days_before)
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        print(say(QT_TRANSLATE_NOOP("Cli", "%1 due dates.").arg(result.events)), file=sys.stderr)
        return 0
    out = Path(args.out or DEFAULT_OUT).expanduser()
    result = service.export(out, today, stamp=stamp, months=months, lang=_lang(args), days_before=days_before,
                            overwrite=args.force)
    if result.events == 0:
        print(say(QT_TRANSLATE_NOOP(
                "Cli", "Nothing is due in the next %1 months; wrote an empty calendar to %2.").arg(months, out)))
    else:
        print(say(QT_TRANSLATE_NOOP(
                "Cli", "Wrote %1 due dates of %2 credit line(s) to %3. Import it into your calendar app; exporting "
                "again to the same file updates the events.").arg(result.events, result.lines, out)))
    return 0


KIND_NAMES = {"due_soon": QT_TRANSLATE_NOOP("Cli", "due soon"), "due_today": QT_TRANSLATE_NOOP("Cli", "due today"),
              "overdue": QT_TRANSLATE_NOOP("Cli", "OVERDUE")}


def cmd_reminders(args, ctx) -> int:
    from app.domain.errors import ValidationError

    service = ctx.services.reminders
    if args.days_before is not None:
        line = ctx.queries.line_named(args.line) if args.line else None
        text = args.days_before.strip().lower()
        days = None if text == "default" else parse_int(args.days_before, "--days-before", 0, MAX_DAYS_BEFORE)
        service.set_days_before(days, line.id if line else None)
        where = (QT_TRANSLATE_NOOP("Cli", "for %1").arg(line.name) if line
                 else QT_TRANSLATE_NOOP("Cli", "for every line"))
        now = service.days_before(line.id if line else None)
        when = (QT_TRANSLATE_NOOP("Cli", "off") if now == 0
                else QT_TRANSLATE_NOOP("Cli", "%1 day(s) before a due date").arg(now))
        print(say(QT_TRANSLATE_NOOP("Cli", "Reminders %1: %2.").arg(where, when)))
        return 0
    if args.line:
        raise ValidationError("--line", args.line, QT_TRANSLATE_NOOP("Errors", "goes with --days-before"))
    today = parse_date(args.today, "--today") if args.today else ctx.today()
    found = service.due(today)
    if args.json:
        print_json([{"kind": r.kind.value, "line": r.bill.line, "line_id": r.bill.line_id,
                     "statement_date": r.bill.statement_date, "due_date": r.bill.due_date, "days_left": r.days_left,
                     "amount_fen": r.bill.amount_fen, "minimum_fen": r.bill.minimum_left_fen} for r in found])
        return 0
    if not found:
        print(say(QT_TRANSLATE_NOOP("Cli", "No bill to remind of.")))
        return 0
    print_table(QT_TRANSLATE_NOOP("Cli", "|line|statement|due|to pay|minimum"),
                [[alert(say(KIND_NAMES[r.kind.value])) if r.kind.value == "overdue" else KIND_NAMES[r.kind.value],
                  r.bill.line, r.bill.statement_date.isoformat(), r.bill.due_date.isoformat(),
                  fmt.money(r.bill.amount_fen, r.bill.currency), fmt.money(r.bill.minimum_left_fen, r.bill.currency)]
                 for r in found])
    return 0
