"""``debtlens encrypt`` / ``debtlens decrypt``: protect the ledger with a password, or remove the protection."""

from __future__ import annotations

import argparse

from app.domain.errors import ValidationError
from app.domain.messages import QT_TRANSLATE_NOOP, Message
from app.cli.language import say


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``encrypt`` and ``decrypt`` to ``sub``."""
    enc = sub.add_parser(
        "encrypt", help=QT_TRANSLATE_NOOP("CliHelp", "protect the ledger and its backups with a password (SQLCipher, "
                                                     "AES-256)"),
        description=QT_TRANSLATE_NOOP("CliHelp", "Protect the ledger and its backups with a password (SQLCipher 4, "
                                                 "AES-256). The password comes from DEBTLENS_PASSWORD or is asked "
                                                 "twice. Without it the data cannot be read: keep it safe, DebtLens "
                                                 "cannot recover it."))
    enc.set_defaults(func=cmd_encrypt, read_only=True)  # a ledger that does not exist is refused, not created
    dec = sub.add_parser(
        "decrypt", help=QT_TRANSLATE_NOOP("CliHelp", "remove the password: store the ledger and its backups "
                                                     "unencrypted again"),
        description=QT_TRANSLATE_NOOP("CliHelp", "Store the ledger and its backups unencrypted again (the password "
                                                 "comes from DEBTLENS_PASSWORD or is asked)."))
    dec.set_defaults(func=cmd_decrypt, read_only=True)


def _existing(ctx) -> None:
    if not ctx.db_path.is_file():
        raise ValidationError("--db", str(ctx.db_path), QT_TRANSLATE_NOOP(
                "Errors", "has no ledger yet (nothing to protect)"))


def _backups_line(result) -> Message:
    text = QT_TRANSLATE_NOOP("Cli", "backups converted too: %1").arg(result.backups_converted)
    if result.backups_skipped:
        text = QT_TRANSLATE_NOOP("Cli", "%1; %2 left as they were (another password, or damaged)").arg(
            text, len(result.backups_skipped))
    return text


def cmd_encrypt(args, ctx) -> int:
    from app.cli.password import new_password
    from app.storage import cipher
    from app.storage.protection import change_protection

    _existing(ctx)
    if cipher.looks_encrypted(ctx.db_path):
        raise ValidationError("--db", str(ctx.db_path), QT_TRANSLATE_NOOP(
                "Errors", "is already protected with a password"))
    result = change_protection(ctx.db_path, new_password())
    print(say(QT_TRANSLATE_NOOP(
            "Cli", "Encrypted %1 with your password (SQLCipher 4, AES-256); %2.")
                    .arg(ctx.db_path, _backups_line(result))))
    print(say(QT_TRANSLATE_NOOP("Cli", "A safety copy (encrypted too) is at %1.").arg(result.safety_copy)))
    print(say(QT_TRANSLATE_NOOP(
            "Cli", "Keep the password safe: without it nobody, DebtLens included, can read the data. Scripts give it "
            "in DEBTLENS_PASSWORD.")))
    return 0


def cmd_decrypt(args, ctx) -> int:
    from app.cli.password import unlock
    from app.storage import cipher
    from app.storage.protection import change_protection

    _existing(ctx)
    if not cipher.looks_encrypted(ctx.db_path):
        raise ValidationError("--db", str(ctx.db_path), QT_TRANSLATE_NOOP("Errors", "is not protected with a password"))
    unlock(ctx.db_path)
    result = change_protection(ctx.db_path, None)
    print(say(QT_TRANSLATE_NOOP(
            "Cli", "Removed the password of %1: it is stored unencrypted again; %2.")
                    .arg(ctx.db_path, _backups_line(result))))
    print(say(QT_TRANSLATE_NOOP("Cli", "A safety copy is at %1.").arg(result.safety_copy)))
    return 0
