"""``debtlens report``: the monthly report as a PDF, the same document as the window's File → "Export monthly report
as PDF…".

    debtlens report [--month 2026-03] --out report.pdf [--lang zh_CN|en] [--today DATE] [--force]

The overview's figures as of the month's last day (today for this month), the statements cut in the month, the
payments due in the three months after it and the overview's two charts, in Chinese or English. Qt lays the pages
out without a display (its offscreen platform). The file holds amounts: it is written readable by you only.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from app.i18n import formatting as fmt
from app.services.validation import parse_date
from app.domain.messages import QT_TRANSLATE_NOOP
from app.cli.language import say


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``report`` sub-command to ``sub``."""
    rep = sub.add_parser("report", help=QT_TRANSLATE_NOOP("CliHelp", "write the monthly report as a PDF"),
                         description=QT_TRANSLATE_NOOP("CliHelp", "The month's figures, statements, upcoming payments "
                                                                  "and charts on A4 pages (the window's File → Export "
                                                                  "monthly report as PDF)."))
    rep.add_argument("--month", metavar="YYYY-MM",
                     help=QT_TRANSLATE_NOOP("CliHelp", "the month to report on (default: this month)"))
    rep.add_argument("--out", metavar="PATH", required=True,
                     help=QT_TRANSLATE_NOOP("CliHelp", "the PDF file; an earlier PDF there is replaced, any other "
                                                       "existing file only with --force"))
    rep.add_argument("--lang", choices=["zh_CN", "en"],
                     help=QT_TRANSLATE_NOOP("CliHelp", "language of the report (default: Chinese when your locale is "
                                                       "Chinese, else English)"))
    rep.add_argument("--today", help=QT_TRANSLATE_NOOP("CliHelp", "the day the report is made on (default today)"))
    rep.add_argument("--force", action="store_true",
                     help=QT_TRANSLATE_NOOP("CliHelp", "replace an existing file that is not a PDF"))
    rep.set_defaults(func=cmd_report, read_only=True)


def cmd_report(args, ctx) -> int:
    from app.services.monthly_report import parse_month

    today = parse_date(args.today, "--today") if args.today else ctx.today()
    month = parse_month(args.month, "--month") if args.month else today.replace(day=1)
    lang = args.lang or ("zh_CN" if fmt.system_locale().startswith("zh") else "en")
    out = Path(args.out).expanduser()
    ctx.services.exports.check_target(out)
    report = ctx.services.monthly_report(month, today)  # refuses a month after today's before Qt starts
    from app.ui.report import write_report_file  # Qt only now

    write_report_file(report, out, lang, ctx.db_path.name, force=args.force)
    print(say(QT_TRANSLATE_NOOP(
            "Cli", "Wrote the report on %1 (%2 statement(s), %3 upcoming payment(s)) to %4.")
                    .arg(format(month, '%Y-%m'), len(report.statements), len(report.upcoming), out)))
    return 0
