"""Data sub-commands: export, import-json (restore-json), backup, restore."""

from __future__ import annotations

import argparse
import shlex
import sys
from datetime import date, datetime
from pathlib import Path

from app import config
from app.storage import backups
from app.cli.output import print_json, print_table
from app.domain.errors import ValidationError
from app.domain.messages import QT_TRANSLATE_NOOP
from app.cli.language import say
from app.i18n import formatting as fmt


#: Why a backup was made, as the restore dialog says it (``app.storage.backups`` reasons).
_REASONS = {backups.AUTO: QT_TRANSLATE_NOOP("Cli", "automatic (daily)"), backups.MANUAL: QT_TRANSLATE_NOOP("Cli", "made by you"),
            backups.PRE_RESTORE: QT_TRANSLATE_NOOP("Cli", "before a restore"),
            backups.PRE_IMPORT: QT_TRANSLATE_NOOP("Cli", "before an import"),
            backups.PRE_MIGRATION: QT_TRANSLATE_NOOP("Cli", "before an upgrade")}

def register(sub: argparse._SubParsersAction) -> None:
    """Add the data sub-commands to ``sub``."""
    exp = sub.add_parser("export", help=QT_TRANSLATE_NOOP("CliHelp", "export all your data as JSON or CSV"))
    exp.add_argument("--format", choices=["json", "csv"], default="json")
    exp.add_argument("--out", metavar="PATH",
                     help=QT_TRANSLATE_NOOP("CliHelp", "file (json; '-' for standard output), or folder or .zip "
                                                       "(csv); default debtlens-export-<date>.json/.zip here"))
    exp.add_argument("--force", action="store_true",
                     help=QT_TRANSLATE_NOOP("CliHelp", "replace an existing file or folder"))
    exp.set_defaults(func=cmd_export, read_only=True)

    imp = sub.add_parser("import-json", aliases=["restore-json"],
                         help=QT_TRANSLATE_NOOP("CliHelp", "load a JSON export into an empty database"))
    imp.add_argument("file", help=QT_TRANSLATE_NOOP("CliHelp", "the export file ('-' for standard input)"))
    imp.set_defaults(func=cmd_import_json)

    bak = sub.add_parser("backup",
                         help=QT_TRANSLATE_NOOP("CliHelp", "back up the database now (or --list the backups)"))
    bak.add_argument("--list", action="store_true",
                     help=QT_TRANSLATE_NOOP("CliHelp", "list the backups instead, newest first"))
    bak.add_argument("--json", action="store_true")
    bak.set_defaults(func=cmd_backup, read_only=True)  # a backup of a file that does not exist: refused

    res = sub.add_parser("restore",
                         help=QT_TRANSLATE_NOOP("CliHelp", "replace the database with a backup (the current file is "
                                                           "saved first)"))
    res.add_argument("backup",
                     help=QT_TRANSLATE_NOOP("CliHelp", "a backup file, its name in the backup folder, or 'latest'"))
    res.add_argument("--any-file", action="store_true",
                     help=QT_TRANSLATE_NOOP("CliHelp", "restore a file that is not one of this ledger's backups"))
    res.set_defaults(func=cmd_restore)


def _export_service(ctx):
    return ctx.services.exports


def cmd_export(args, ctx) -> int:
    service = _export_service(ctx)
    if args.format == "json":
        if args.out == "-":
            if service.encrypted():
                raise ValidationError("--out", "-", QT_TRANSLATE_NOOP(
                        "Errors", "the export of a password-protected ledger is encrypted too: give a file name"))

            sys.stdout.write(service.json_text(datetime.now()))
            return 0
        out = Path(args.out or f"debtlens-export-{date.today().isoformat()}.json").expanduser()
        service.export_json(out, overwrite=args.force, exported_at=datetime.now())
    else:
        if args.out == "-":
            raise ValidationError("--out", "-", QT_TRANSLATE_NOOP(
                    "Errors", "CSV goes to a folder or a .zip file, not standard output"))
        out = Path(args.out or f"debtlens-export-{date.today().isoformat()}.zip").expanduser()
        service.export_csv(out, overwrite=args.force)
        if service.encrypted():
            print(say(QT_TRANSLATE_NOOP(
                    "Cli", "Note: CSV files are plain text (for spreadsheets): unlike the ledger, they are not "
                    "encrypted.")),
                  file=sys.stderr)
    print(say(QT_TRANSLATE_NOOP(
            "Cli", "Exported your data to %1.").arg(out)), file=sys.stderr if args.out == "-" else sys.stdout)
    return 0


def cmd_import_json(args, ctx) -> int:
    source = sys.stdin.buffer.read() if args.file == "-" else Path(args.file).expanduser()
    password = None
    if isinstance(source, Path) and source.is_file():
        from app.storage import cipher

        if cipher.looks_encrypted(source):  # the export of a password-protected ledger
            from app.cli.password import ask

            password = ask(say(QT_TRANSLATE_NOOP("Cli", "Password of %1: ").arg(source)))
    result = _export_service(ctx).import_json(source, password=password)
    c = result.counts
    print(say(QT_TRANSLATE_NOOP(
            "Cli", "Imported into %6: credit lines %1, purchases %2, installment plans %3, refunds %4, repayments %5.")
                    .arg(
                        fmt.count(c.get('credit_lines', 0)),
                        fmt.count(c.get('purchases', 0)),
                        fmt.count(c.get('installment_plans', 0)),
                        fmt.count(c.get('refunds', 0)),
                        fmt.count(c.get('repayments', 0)),
                        ctx.db_path,
                    )))
    return 0


def _backup_service(ctx, open_store: bool):
    if open_store:
        return ctx.services.backups
    from app.services.backup_service import BackupService

    return BackupService(ctx.db_path, None)  # a restore needs the file closed


def cmd_backup(args, ctx) -> int:
    if args.list:
        items = _backup_service(ctx, open_store=False).list()
        if args.json:
            print_json([{"path": str(b.path), "taken_at": b.taken_at.isoformat(), "reason": b.reason,
                         "size_bytes": b.size_bytes} for b in items])
            return 0
        if not items:
            print(say(QT_TRANSLATE_NOOP(
                    "Cli", "No backups yet of %1 (they go to %2).").arg(ctx.db_path, config.backup_dir(ctx.db_path))))
            return 0
        print_table(QT_TRANSLATE_NOOP("Cli", "taken|reason|size|file"),
                    [[b.taken_at.strftime("%Y-%m-%d %H:%M:%S"), say(_REASONS.get(b.reason, b.reason)),
                      f"{b.size_bytes / 1024:,.0f} KiB",
                      str(b.path)] for b in items])
        return 0
    info = _backup_service(ctx, open_store=True).backup_now()
    if args.json:
        print_json({"path": str(info.path), "taken_at": info.taken_at.isoformat(), "reason": info.reason,
                    "size_bytes": info.size_bytes})
        return 0
    print(say(QT_TRANSLATE_NOOP(
            "Cli", "Backed up to %1 (%2 KiB).").arg(info.path, format(info.size_bytes / 1024, ',.0f'))))
    return 0


def _find_backup(ctx, name: str) -> Path:
    from app.storage.backups import latest_backup

    if name == "latest":
        found = latest_backup(ctx.db_path)
        if found is None:
            raise ValidationError("backup", name, QT_TRANSLATE_NOOP(
                    "Errors", "there are no backups of %1").arg(ctx.db_path))
        return found
    path = Path(name).expanduser()
    if path.is_file():
        return path
    in_folder = config.backup_dir(ctx.db_path) / name
    if in_folder.is_file():
        return in_folder
    raise ValidationError("backup", name, QT_TRANSLATE_NOOP(
            "Errors", "no such file (give its path, its name in the backup folder, or 'latest')"))


def cmd_restore(args, ctx) -> int:
    backup = _find_backup(ctx, args.backup)
    if not args.any_file:
        _check_ours(ctx.db_path, backup)
    ctx.unlock()  # an encrypted ledger stays encrypted with its password
    result = _backup_service(ctx, open_store=False).restore(backup)  # never opens the (maybe damaged) file
    print(say(QT_TRANSLATE_NOOP("Cli", "Restored %1 from %2.").arg(ctx.db_path, result.restored_from)))
    if result.safety_copy is not None:
        print(say(QT_TRANSLATE_NOOP("Cli", "The file it replaced was saved as %1.").arg(result.safety_copy)))
        _record_restore(ctx, result)
    return 0


def _check_ours(db_path: Path, backup: Path) -> None:
    """Refuse a file that is not one of ``db_path``'s backups (``backups.list_backups``: named after it, in its
    backup folder or a pre-migration copy beside it): most likely another ledger's backup, whose data would replace
    this ledger's.

    Raises:
        ValidationError: ``backup``, naming the ledger, its backup folder and ``--any-file``.
    """
    if backup.resolve() not in {b.path.resolve() for b in backups.list_backups(db_path)}:
        raise ValidationError("backup", str(backup), QT_TRANSLATE_NOOP(
                "Errors", "is not one of the backups of %1 (they are in %2, named after it): restoring it would "
                "replace this ledger with another file's data. To do that anyway, add --any-file").arg(
                db_path.name, config.backup_dir(db_path)))


def _record_restore(ctx, result) -> None:
    """Make the restore a step of the undo history (`debtlens undo` restores the copy saved before it)."""
    from app.domain.errors import DebtLensError
    try:
        recorded = ctx.services.undo.after_restore(result.restored_from, result.safety_copy)
    except DebtLensError as exc:  # the restore is done; only its undo step is missing
        print(say(QT_TRANSLATE_NOOP(
                "Cli", "debtlens: the restore cannot be undone with `debtlens undo`: %1").arg(exc)), file=sys.stderr)
        return
    if recorded:
        print(say(QT_TRANSLATE_NOOP("Cli", "`debtlens undo` puts the replaced data back.")))


def restore_hint(db_path: Path, backup: Path) -> str:
    """The command that restores ``backup`` over ``db_path`` (for error messages)."""
    db_arg = "" if db_path == config.default_db_path() else f" --db {shlex.quote(str(db_path))}"
    return f"debtlens{db_arg} restore {shlex.quote(str(backup))}"
