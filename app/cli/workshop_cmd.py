"""``debtlens workshop``: list, validate, reset and step through classroom scenarios from the command line, and
export a printable handout with the story's charts.

Each scenario runs in its own ledger (``<data dir>/workshops/<id>.db``), never in the user's. The whole story is
written once; ``show --moment N`` (or ``--date``) computes every figure as of that day, as the window's clock does.
``export`` builds the story in a throw-away ledger and writes files only into the folder it is given.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from app import config
from app.cli.output import print_json, print_table
from app.domain.errors import ValidationError
from app.i18n import formatting as fmt
from app.services.queries import QueryService
from app.services.validation import parse_date
from app.storage.db import open_database
from app.storage.repositories import Store
from app.workshop import library
from app.workshop.build import build_scenario, check_moments, moment_at, recovery_plans
from app.workshop.scenario import PAYOFF_FIGURES, ScenarioError
from app.domain.messages import QT_TRANSLATE_NOOP
from app.cli import language
from app.cli.language import say
from app.cli.messages import error_text
from app.cli.plan_cmds import STRATEGY_NAMES


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``workshop`` and its actions to ``sub``."""
    ws = sub.add_parser("workshop",
                        help=QT_TRANSLATE_NOOP("CliHelp", "classroom scenarios: list, validate, reset, show, export"))
    wsub = ws.add_subparsers(dest="workshop_command", metavar="ACTION", required=True)
    lst = wsub.add_parser("list", help=QT_TRANSLATE_NOOP("CliHelp", "the shipped scenarios"))
    lst.add_argument("--lang", help=LANG_HELP)
    lst.set_defaults(func=cmd_list, read_only=True, no_db=True)
    val = wsub.add_parser("validate",
                          help=QT_TRANSLATE_NOOP("CliHelp", "check a scenario file: its format and every figure it "
                                                            "claims"))
    val.add_argument("file", help=QT_TRANSLATE_NOOP("CliHelp", "a scenario file or the name of a shipped one"))
    val.set_defaults(func=cmd_validate, read_only=True, no_db=True)
    reset = wsub.add_parser("reset",
                            help=QT_TRANSLATE_NOOP("CliHelp", "(re)build a scenario's own ledger at its first moment"))
    reset.add_argument("name")
    reset.set_defaults(func=cmd_reset, read_only=True, no_db=True)
    show = wsub.add_parser("show", help=QT_TRANSLATE_NOOP("CliHelp", "where the story stands at a moment (or a date)"))
    show.add_argument("name")
    show.add_argument("--moment", help=QT_TRANSLATE_NOOP("CliHelp", "moment number (1 = the first)"))
    show.add_argument("--date", help=QT_TRANSLATE_NOOP("CliHelp", "any date of the story instead of a moment"))
    show.add_argument("--lang", help=LANG_HELP)
    show.add_argument("--json", action="store_true")
    show.set_defaults(func=cmd_show, read_only=True, no_db=True)
    export = wsub.add_parser("export",
                             help=QT_TRANSLATE_NOOP("CliHelp", "write a printable handout (A4 PDF) and the story's "
                                                               "charts (PNG, SVG, PDF) into a folder"))
    export.add_argument("name", help=QT_TRANSLATE_NOOP("CliHelp", "a shipped scenario's name or a scenario file"))
    export.add_argument("--lang", choices=("zh_CN", "zh", "en"), help=LANG_HELP)
    export.add_argument("--out", required=True, metavar="DIR",
                        help=QT_TRANSLATE_NOOP("CliHelp", "the folder to write into (created when missing; files of "
                                                          "the same names are replaced)"))
    export.set_defaults(func=cmd_export, read_only=True, no_db=True)


def _open(name: str, rebuild: bool = False):
    scenario = library.load_file(library.find(name))
    path = config.workshop_db_path(scenario.id)
    config.private_dir(path.parent)
    if rebuild:  # a reset starts from an empty file: the same story gives the same ledger, ids and all
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    store = Store(open_database(path, auto_backup=False))
    if rebuild or store.settings.get("workshop_scenario") != scenario.id:
        build_scenario(store, scenario)
    return scenario, store, path


#: ``--lang`` of the workshop commands.
LANG_HELP = QT_TRANSLATE_NOOP("CliHelp", "zh_CN (or zh) or en (default: the command line's language, from the locale)")


def _language(args) -> str:
    """The story's language: ``--lang`` (whose language the command's other words then speak too, so a table's
    headers match its story), else the command line's."""
    if args.lang:
        language.choose(args.lang)
        return args.lang
    return language.current()


def cmd_list(args, ctx) -> int:
    rows = []
    for path in library.shipped():
        try:
            s = library.load_file(path)
        except ScenarioError as exc:
            rows.append([path.stem, QT_TRANSLATE_NOOP("Cli", "(broken: %1)").arg(exc.message), ""])
            continue
        rows.append([path.stem, s.title.get(_language(args)), str(len(s.moments))])
    print_table(QT_TRANSLATE_NOOP("Cli", "name|title|moments"), rows)
    return 0


def cmd_validate(args, ctx) -> int:
    import tempfile
    from pathlib import Path

    scenario = library.load_file(library.find(args.file))
    with tempfile.TemporaryDirectory(prefix="debtlens-validate-") as tmp:
        store = Store(open_database(Path(tmp) / "check.db"))
        try:
            build_scenario(store, scenario)
            problems = check_moments(store, scenario)
        finally:
            store.close()
    if problems:
        for line in problems:
            print(say(line))
        print(say(QT_TRANSLATE_NOOP(
                "Cli", "%1: %2 figure(s) differ from what the engine computes.").arg(scenario.id, len(problems))))
        return 1
    checked = sum(len(m.expect) for m in scenario.moments)
    print(say(QT_TRANSLATE_NOOP(
            "Cli", "%1: valid; %2 moments, %3 figures checked.").arg(scenario.id, len(scenario.moments), checked)))
    return 0


def cmd_reset(args, ctx) -> int:
    scenario, store, path = _open(args.name, rebuild=True)
    store.close()
    first = scenario.moments[0].on if scenario.moments else scenario.start
    print(say(QT_TRANSLATE_NOOP("Cli", "Reset %1 at %2 (%3).").arg(scenario.id, first.isoformat(), path)))
    return 0


def cmd_show(args, ctx) -> int:
    scenario, store, _path = _open(args.name)
    try:
        lang = _language(args)
        moment = None
        if args.date:
            on = parse_date(args.date, "date")
        else:
            moment = moment_at(scenario, int(args.moment) if args.moment else 1)
            on = moment.on
        queries = QueryService(store)
        status = queries.status(on)
        # The [recovery] plan is shown where a moment claims its figures (not before: it would answer that
        # moment's question early), or for any date from the day the plan starts.
        recovery = scenario.recovery
        if recovery is not None and (any(e.figure in PAYOFF_FIGURES for e in moment.expect) if moment is not None
                                     else on >= recovery.start):
            payoff = recovery_plans(store, scenario)
        else:
            payoff = None
        if args.json:
            print_json({"scenario": scenario.id, "date": on,
                        "question": moment.question.get(lang) if moment else None,
                        "lines": [{"name": s.line.name, "owed_fen": s.position.outstanding_fen,
                                   "to_repay_fen": s.position.to_repay_fen, "overdue_fen": s.position.overdue_fen,
                                   "utilization": s.position.utilization} for s in status],
                        "payoff": None if payoff is None else {
                            "budget_fen": payoff.budget_fen, "from": payoff.start,
                            "plans": [{"strategy": p.strategy, "order": list(p.result.order),
                                       "months": p.result.months, "interest_fen": p.result.total_interest_fen,
                                       "debt_free": p.debt_free} for p in payoff.plans]}})
            return 0
        print(f"{scenario.title.get(lang)} — {on.isoformat()}")
        if moment is not None:
            print(f"? {moment.question.get(lang)}")
            print(f"  → {moment.point_at.get(lang)}")
        print_table(QT_TRANSLATE_NOOP("Cli", "line|owed|to repay|overdue|utilization"),
                    [[s.line.name, fmt.money(s.position.outstanding_fen), fmt.money(s.position.to_repay_fen),
                      fmt.money(s.position.overdue_fen), fmt.percent(s.position.utilization)] for s in status])
        if payoff is not None:
            print(say(QT_TRANSLATE_NOOP(
                    "Cli", "\nPayoff plan: %1 a month from %2")
                            .arg(fmt.money(payoff.budget_fen), payoff.start.isoformat())))
            print_table(QT_TRANSLATE_NOOP("Cli", "plan|order|months|interest|debt-free"),
                        [[say(STRATEGY_NAMES[p.strategy]), " → ".join(p.result.order), str(p.result.months),
                          fmt.money(p.result.total_interest_fen),
                          p.debt_free.isoformat() if p.debt_free else QT_TRANSLATE_NOOP("Cli", "never")]
                         for p in payoff.plans])
        return 0
    finally:
        store.close()





def _fail(message: object) -> int:
    print(say(QT_TRANSLATE_NOOP("Cli", "debtlens: error: %1").arg(message)), file=sys.stderr)
    return 1


def cmd_export(args, ctx) -> int:
    """Write ``<id>-handout-<lang>.pdf`` and the charts (``<id>-<chart>-<lang>.<png|svg|pdf>``) into ``--out``;
    one line per file written. Exit 1, writing nothing, for a scenario that cannot be read or built (the message
    names the file, line and field), an ``--out`` that is not a folder, or Chinese without a font to draw it; exit 1
    too when a file cannot be written."""
    lang = _language(args)
    out = Path(args.out).expanduser()
    if out.exists() and not out.is_dir():
        return _fail(QT_TRANSLATE_NOOP(
                "Cli", "--out: %1 is a file, not a folder; give the folder to write the handout into").arg(out))
    try:
        scenario = library.load_file(library.find(args.name))
    except ScenarioError as exc:  # names the file, line and field
        return _fail(exc.message)
    # matplotlib takes a second to load: only this command needs it
    from app.workshop.charts import write_charts
    from app.workshop.handout import write_handout
    from app.workshop.print_style import HandoutError, check_fonts, file_language

    try:
        check_fonts(lang)  # before anything is built or the folder made
    except HandoutError as exc:
        return _fail(exc.args[0])
    with tempfile.TemporaryDirectory(prefix="debtlens-export-") as tmp:
        store = Store(open_database(Path(tmp) / "handout.db", auto_backup=False))
        try:
            try:
                build_scenario(store, scenario)
            except ValidationError as exc:  # a value the ledger refuses: the file's mistake, not the command's
                return _fail(QT_TRANSLATE_NOOP("Cli", "%1: %2").arg(args.name, error_text(exc)))
            try:
                out.mkdir(parents=True, exist_ok=True)
                pdf = out / f"{scenario.id}-handout-{file_language(lang)}.pdf"
                written = [write_handout(scenario, store, lang, pdf).path,
                           *write_charts(scenario, store, lang, out)]
            except OSError as exc:
                return _fail(QT_TRANSLATE_NOOP("Cli", "--out: %1: %2").arg(exc.filename or out, exc.strerror or exc))
        finally:
            store.close()
    for path in written:
        print(path)
    return 0
