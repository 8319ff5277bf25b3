"""The ``debtlens`` command line: headless sub-commands over the same services the GUI uses.

With no sub-command it starts the GUI (Qt is imported only then). Exit status: 0 ok, 2 bad input (the message
names the field and the value; nothing is written), 1 any other failure.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from collections.abc import Sequence

from app.cli import ledger_cmds
from app.cli.context import Context
from app.domain.errors import DebtLensError, NotFoundError, ValidationError
from app.storage.db import DatabaseBusyError, DatabaseError

#: Modules that add sub-commands; each has ``register(subparsers)``.
COMMAND_MODULES = [ledger_cmds]


def _optional_modules() -> list:
    modules = []
    for name in ("app.cli.import_cmd", "app.cli.plan_cmds", "app.cli.data_cmds"):
        try:
            modules.append(__import__(name, fromlist=["register"]))
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
    return modules


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every sub-command registered."""
    parser = argparse.ArgumentParser(
        prog="debtlens", description="DebtLens (明白账): what you owe, when, and what borrowing really costs.")
    parser.add_argument("--db", metavar="PATH", help="database file (default: the one in your user-data folder)")
    parser.add_argument("--demo", action="store_true", help="use the separate demo database")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    gui = sub.add_parser("gui", help="start the desktop app (the default)")
    gui.set_defaults(func=None)
    for module in COMMAND_MODULES + _optional_modules():
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if getattr(args, "func", None) is None:
        from app.ui.application import run  # Qt is imported only to start the GUI

        return run(db_path=args.db, demo=args.demo)
    ctx = Context(args.db, demo=args.demo)
    try:
        return args.func(args, ctx) or 0
    except ValidationError as exc:
        print(f"debtlens: error: {exc.field}: {exc.reason} (got {exc.value!r}); nothing was changed",
              file=sys.stderr)
        return 2
    except NotFoundError as exc:
        print(f"debtlens: error: {exc.what} not found: {exc.key!r}; nothing was changed", file=sys.stderr)
        return 2
    except DatabaseBusyError as exc:  # another window/program has the file: not bad input, try again later
        print(f"debtlens: error: {exc}", file=sys.stderr)
        return 1
    except DatabaseError as exc:
        print(f"debtlens: error: {exc}", file=sys.stderr)
        if exc.latest_backup is not None:
            from app.cli.data_cmds import restore_hint

            print(f"debtlens: the newest backup is {exc.latest_backup}; to restore it (the damaged file is kept):\n"
                  f"  {restore_hint(ctx.db_path, exc.latest_backup)}", file=sys.stderr)
        return 2
    except sqlite3.OperationalError as exc:
        if "locked" not in str(exc) and "busy" not in str(exc):
            raise
        print(f"debtlens: error: {ctx.db_path}: is busy: another DebtLens window or program is writing to it "
              f"(waited 5 s); try again when it has finished", file=sys.stderr)
        return 1
    except DebtLensError as exc:
        print(f"debtlens: error: {exc}", file=sys.stderr)
        return 2
    finally:
        ctx.close()
