"""``debtlens undo``, ``debtlens redo`` and ``debtlens history``: revert the newest change, apply again the one
undone last, list the changes kept.

The history is the database's own (``app.services.undo``), shared with the window: ``debtlens undo`` after deleting
a purchase in the window brings it back. ``history`` (or ``undo --list``) shows the steps kept, newest first, the
ones undone marked as what ``redo`` applies again. A restore from a backup is undone by restoring the automatic
``pre-restore`` backup it saved.
"""

from __future__ import annotations

import argparse
import sys

from app.cli.output import print_json, print_table, safe
from app.domain.messages import QT_TRANSLATE_NOOP
from app.cli.language import lookup, say


DONE_WORD = QT_TRANSLATE_NOOP("Cli", "done")
UNDONE_WORD = QT_TRANSLATE_NOOP("Cli", "undone (redo)")


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``undo``, ``redo`` and ``history`` to ``sub``."""
    undo = sub.add_parser("undo",
                          help=QT_TRANSLATE_NOOP("CliHelp", "undo the newest change (--list: the changes that can be "
                                                            "undone)"))
    undo.add_argument("--list", action="store_true",
                      help=QT_TRANSLATE_NOOP("CliHelp", "list the steps kept, newest first, instead (= history)"))
    undo.add_argument("--json", action="store_true")
    undo.set_defaults(func=cmd_undo, read_only=lambda args: args.list, limit=None)
    redo = sub.add_parser("redo", help=QT_TRANSLATE_NOOP("CliHelp", "redo the change undone last"))
    redo.add_argument("--json", action="store_true")
    redo.set_defaults(func=cmd_redo)
    history = sub.add_parser("history",
                             help=QT_TRANSLATE_NOOP("CliHelp", "the last changes, newest first (what undo and redo "
                                                               "would revert)"))
    history.add_argument("--limit", type=_positive, default=None, metavar="N",
                         help=QT_TRANSLATE_NOOP("CliHelp", "show only the newest N"))
    history.add_argument("--json", action="store_true")
    history.set_defaults(func=cmd_history, read_only=True)


def _positive(text: str) -> int:
    """``--limit``: a whole number of steps, 1 or more."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(say(QT_TRANSLATE_NOOP(
            "Cli", "%1 is not a whole number of changes (1 or more)").arg(repr(text))))
    return value


def _service(ctx):
    return ctx.services.undo


def cmd_undo(args, ctx) -> int:
    """Undo the newest change (``--list``: list the history instead); 1 when there is nothing to undo."""
    if args.list:
        return _list(args, ctx)
    return _revert(args, ctx, undo=True)


def cmd_redo(args, ctx) -> int:
    """Apply again the change undone last; 1 when there is nothing to redo."""
    return _revert(args, ctx, undo=False)


def cmd_history(args, ctx) -> int:
    """List the changes kept (at most ``MAX_STEPS``, ``--limit`` the newest N), newest first."""
    return _list(args, ctx)


def _list(args, ctx) -> int:
    history = _service(ctx).history()
    if args.limit is not None:
        history = history[:args.limit]
    if args.json:
        print_json([{"step": s.id, "name": s.text(), "done": s.done, "created": s.created, "args": s.args}
                     for s in history])
        return 0
    if not history:
        print(say(QT_TRANSLATE_NOOP("Cli", "No changes to undo or redo in %1.").arg(ctx.db_path)))
        return 0
    print_table(QT_TRANSLATE_NOOP("Cli", "step|made (UTC)|state|change"),
                [[str(s.id), s.created, DONE_WORD if s.done else UNDONE_WORD, safe(s.text(_step_name))]
                 for s in history])
    return 0


def _step_name(template: str) -> str:
    """A step's name template in the command line's language (the window's names, context ``UndoSteps``)."""
    return lookup()("UndoSteps", template)


def _revert(args, ctx, undo: bool) -> int:
    from app.storage import backups

    service = _service(ctx)
    step = service.next_undo() if undo else service.next_redo()
    if step is None:
        nothing = (QT_TRANSLATE_NOOP("Cli", "debtlens: nothing to undo in %1") if undo
                   else QT_TRANSLATE_NOOP("Cli", "debtlens: nothing to redo in %1"))
        print(say(nothing.arg(ctx.db_path)), file=sys.stderr)
        return 1
    if step.is_restore:  # swap the file back: the store is closed meanwhile (a restore needs it closed)
        target = service.restore_target(step)
        ctx.close()
        result = backups.restore(ctx.db_path, target)
        ctx.services.undo.after_restore(result.restored_from, result.safety_copy, step)
    else:
        service.undo() if undo else service.redo()
    if args.json:
        print_json({"undone" if undo else "redone": step.text(), "step": step.id})
    else:
        name = safe(step.text(_step_name))
        print(say((QT_TRANSLATE_NOOP("Cli", "Undone: %1.") if undo else QT_TRANSLATE_NOOP("Cli", "Redone: %1."))
                  .arg(name)))
    return 0
