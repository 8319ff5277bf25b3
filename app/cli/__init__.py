"""The ``debtlens`` command line: headless sub-commands over the same services the GUI uses.

``--self-test`` checks an installed copy instead (``app.ui.self_test``: offscreen window on a temporary demo
ledger; exit 0 when every check passed, 1 otherwise).

With no sub-command it starts the GUI (Qt is imported only then; without a graphical session it says so and
exits 1). Exit status: 0 ok, 2 bad input (the message names the option and the value; nothing is written),
1 any other failure, 141 when the reader of the output went away (``debtlens statements --json | head``).

``--db PATH`` must not be empty. Commands that only read (``status``, ``statements``, ``line list`` ...; each
parser sets ``read_only``) refuse a ``--db PATH`` that does not exist instead of creating an empty database there;
commands that write create it. The default database (and the ``--demo`` one) is created on first use.
"""

from __future__ import annotations

import argparse
import importlib
import io
import os
import shlex
import sqlite3
import sys
from collections.abc import Sequence

from app.cli.context import Context, NoDatabaseError
from app.cli import language
from app.i18n import formatting as fmt
from app.cli.language import say
from app.cli.messages import UNCHANGED, error_text
from app.domain.errors import DebtLensError, NotFoundError, ValidationError
from app.storage.db import DatabaseBusyError, DatabaseError
from app.cli.parser import Parser
from app.domain.messages import QT_TRANSLATE_NOOP

#: The modules that add sub-commands (each has ``register(subparsers)``) and the commands each adds. Only the
#: module of the command being run is imported (a command starts faster); ``debtlens --help``, a mistyped command
#: and no command at all import them all. A test checks this table against what each module registers.
COMMAND_MODULES: dict[str, tuple[str, ...]] = {
    "app.cli.line_cmds": ("line",),
    "app.cli.ledger_cmds": ("purchase", "refund", "repay", "payoff", "convert", "statements", "schedule"),
    "app.cli.status_cmd": ("status",),
    "app.cli.income_cmd": ("income",),
    "app.cli.report_cmd": ("report",),
    "app.cli.import_cmd": ("import",),
    "app.cli.plan_cmds": ("plan",),
    "app.cli.data_cmds": ("export", "import-json", "restore-json", "backup", "restore"),
    "app.cli.workshop_cmd": ("workshop",),
    "app.cli.calendar_cmd": ("calendar", "reminders"),
    "app.cli.protect_cmd": ("encrypt", "decrypt"),
    "app.cli.undo_cmd": ("undo", "redo", "history"),
    "app.cli.limits_cmd": ("limits",),
    "app.cli.alerts_cmd": ("alerts",),
    "app.cli.wishlist_cmd": ("wishlist",),
    "app.cli.mapping_cmd": ("mapping",),
}
#: Options of ``debtlens`` itself that take a value (the command comes after them).
_VALUED_OPTIONS = ("--db",)


def command_named(argv: Sequence[str]) -> str | None:
    """The sub-command ``argv`` runs (``"status"``), or ``None`` when it names none (``--help``, the GUI)."""
    tokens = iter(argv)
    for token in tokens:
        if token in _VALUED_OPTIONS:
            next(tokens, None)
        elif token == "--":
            return next(tokens, None)
        elif not token.startswith("-"):
            return token
    return None


def _modules_for(command: str | None) -> list[str]:
    """The command modules to register for ``command``: its own, or all of them."""
    owner = [name for name, commands in COMMAND_MODULES.items() if command in commands]
    return owner or list(COMMAND_MODULES)


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The argument parser, with the sub-commands of the command ``argv`` runs registered, or every one when
    ``argv`` is ``None`` or names none (so ``--help`` lists them all)."""
    parser = Parser(
        prog="debtlens", description=QT_TRANSLATE_NOOP("CliHelp", "DebtLens (明白账): what you owe, when, and what "
                                                                  "borrowing really costs."))
    parser.add_argument("--db", metavar="PATH",
                        help=QT_TRANSLATE_NOOP("CliHelp", "database file (default: the one in your user-data folder)"))
    parser.add_argument("--demo", action="store_true",
                        help=QT_TRANSLATE_NOOP("CliHelp", "use the separate demo database"))
    parser.add_argument("--self-test", action="store_true",
                        help=QT_TRANSLATE_NOOP("CliHelp", "check this copy of DebtLens (files, translations, window, "
                                                          "charts) offscreen on a temporary demo ledger and exit; "
                                                          "your data is not touched"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    gui = sub.add_parser("gui", help=QT_TRANSLATE_NOOP("CliHelp", "start the desktop app (the default)"))
    gui.set_defaults(func=None)
    for name in _modules_for(command_named(argv) if argv is not None else None):
        importlib.import_module(name).register(sub)
    return parser


GUI_NEEDS_DISPLAY = QT_TRANSLATE_NOOP("Cli", "the desktop app needs a graphical session; the sub-commands work "
                                             "without one (debtlens --help)")


def _has_display() -> bool:
    """Whether Qt can open a window: always on Windows/macOS; on Linux and other Unixes only with an X11 or
    Wayland session, or when ``QT_QPA_PLATFORM`` names a platform (``offscreen`` for tests)."""
    if sys.platform in ("win32", "darwin") or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _command_path(args: argparse.Namespace) -> str:
    """``"line edit"``, ``"status"`` ...: the sub-command and its action, for messages."""
    command = getattr(args, "command", None) or ""
    action = getattr(args, f"{command.replace('-', '_')}_command", None)
    return f"{command} {action}" if action else command


def _read_only(args: argparse.Namespace) -> bool:
    flag = getattr(args, "read_only", False)
    return bool(flag(args) if callable(flag) else flag)


#: A database that cannot be opened or written: the file, then why.
FILE_ERROR = QT_TRANSLATE_NOOP("Cli", "debtlens: error: %1: %2")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (141 when standard output was closed early). The formatting
    locale it sets for its language is put back afterwards (a caller in the same process keeps its own)."""
    previous = fmt.active_locale()
    try:
        code = _main(argv)
        sys.stdout.flush()  # inside the try: a closed pipe shows up here when the output was short
        return code
    except BrokenPipeError:
        # the reader (head, less ...) went away: stop quietly, as command-line tools do (Python docs recipe);
        # point stdout at devnull so the interpreter's own flush at exit does not complain again
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except (OSError, ValueError, AttributeError, io.UnsupportedOperation):
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - lives until exit
        return 141
    finally:
        fmt.set_locale(previous)


def _main(argv: Sequence[str] | None) -> int:
    language.choose(None)  # the locale's, until a command's --lang says otherwise
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(argv)
    args = parser.parse_args(argv)
    if args.db is not None and not args.db.strip():
        print(say(QT_TRANSLATE_NOOP(
                "Cli", "debtlens: error: --db: is empty (give a database file, or leave --db out for the default one)")),
              file=sys.stderr)
        return 2
    if args.self_test:
        if args.command:
            print(say(QT_TRANSLATE_NOOP(
                    "Cli", "debtlens: error: --self-test: runs alone, not with the command %1")
                            .arg(repr(args.command))), file=sys.stderr)
            return 2
        from app.ui.self_test import run as self_test  # Qt is imported only now

        return self_test(sys.stdout)
    if getattr(args, "func", None) is None:
        if not _has_display():
            print(say(QT_TRANSLATE_NOOP("Cli", "debtlens: %1").arg(GUI_NEEDS_DISPLAY)), file=sys.stderr)
            return 1
        from app.ui.application import run  # Qt is imported only to start the GUI

        return run(db_path=args.db, demo=args.demo)
    ctx = Context(args.db, demo=args.demo, must_exist=bool(args.db) and _read_only(args),
                  writes=not _read_only(args))
    command = _command_path(args)
    try:
        code = args.func(args, ctx) or 0
        ctx.succeeded = code == 0
        return code
    except (ValidationError, NotFoundError) as exc:
        print(say(UNCHANGED.arg(error_text(exc, command))), file=sys.stderr)
        return 2
    except NoDatabaseError as exc:
        print(say(QT_TRANSLATE_NOOP("Cli", "debtlens: error: no DebtLens database at %1 (create one with "
                                           "`debtlens --db %2 line add …`)").arg(exc.path, shlex.quote(str(exc.path)))),
              file=sys.stderr)
        return 2
    except DatabaseBusyError as exc:  # another window/program has the file: not bad input, try again later
        print(say(FILE_ERROR.arg(exc.path, exc.reason)), file=sys.stderr)
        return 1
    except DatabaseError as exc:
        print(say(FILE_ERROR.arg(exc.path, exc.reason)), file=sys.stderr)
        if type(exc).__name__ == "PasswordRequired":
            from app.cli.password import NO_TERMINAL

            print(say(QT_TRANSLATE_NOOP("Cli", "debtlens: %1").arg(NO_TERMINAL)), file=sys.stderr)
        if exc.latest_backup is not None:
            from app.cli.data_cmds import restore_hint

            print(say(QT_TRANSLATE_NOOP(
                    "Cli", "debtlens: the newest backup is %1; to restore it (the damaged file is kept):\n  %2")
                            .arg(exc.latest_backup, restore_hint(ctx.db_path, exc.latest_backup))), file=sys.stderr)
        return 2
    except sqlite3.OperationalError as exc:
        if "locked" not in str(exc) and "busy" not in str(exc):
            raise
        print(say(QT_TRANSLATE_NOOP(
                "Cli", "debtlens: error: %1: is busy: another DebtLens window or program is writing to it (waited 5 "
                "s); try again when it has finished").arg(ctx.db_path)), file=sys.stderr)
        return 1
    except DebtLensError as exc:  # its ``message`` (a scenario's mistake) or its one argument, translated
        text = getattr(exc, "message", exc.args[0] if len(exc.args) == 1 else exc)
        print(say(QT_TRANSLATE_NOOP("Cli", "debtlens: error: %1").arg(text)), file=sys.stderr)
        return 2
    finally:
        ctx.close()
