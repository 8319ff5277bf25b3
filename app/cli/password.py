"""Passwords on the command line: ``DEBTLENS_PASSWORD`` for scripts, else a prompt (``getpass``, nothing echoed)
when the command runs in a terminal. Nothing is asked for a plain ledger, and nothing is ever stored."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from app.domain.errors import ValidationError
from app.cli.language import say
from app.domain.messages import QT_TRANSLATE_NOOP

#: The environment variable a script sets to open (or, for ``debtlens encrypt``, protect) an encrypted ledger.
ENV = "DEBTLENS_PASSWORD"

NO_TERMINAL = QT_TRANSLATE_NOOP(
        "Cli", "set %1 to the password, or run the command in a terminal to be asked for it").arg(ENV)


def _interactive() -> bool:
    try:
        return sys.stdin.isatty()
    except (AttributeError, ValueError):
        return False


def ask(prompt: str) -> str | None:
    """``DEBTLENS_PASSWORD`` when set, else what the user types at ``prompt`` (not echoed), else ``None`` (no
    terminal to ask in)."""
    value = os.environ.get(ENV)
    if value:
        return value
    if not _interactive():
        return None
    import getpass

    return getpass.getpass(prompt)


def unlock(db_path: Path) -> None:
    """Make sure the password of the ledger ``db_path`` is known to this process when the file is encrypted:
    taken from ``DEBTLENS_PASSWORD`` or asked, then checked against the file (nothing is written).

    Raises:
        PasswordRequired: encrypted, and no variable and no terminal (the message says what to do).
        WrongPassword: the password does not open it.
    """
    if _plain_sqlite(db_path):  # most ledgers: no need to load the encryption module
        return
    from app.storage import cipher

    if not db_path.is_file() or not cipher.looks_encrypted(db_path) or cipher.remembered(db_path) is not None:
        return
    password = ask(say(QT_TRANSLATE_NOOP("Cli", "Password for %1: ").arg(db_path)))
    if not password:
        raise cipher.PasswordRequired(db_path)
    conn = cipher.connect(db_path, password)  # WrongPassword when it does not open the file
    conn.close()
    cipher.remember(db_path, password)


def new_password() -> str:
    """The password to protect a ledger with: ``DEBTLENS_PASSWORD``, or typed twice at a prompt.

    Raises:
        ValidationError: no variable and no terminal, the two entries differ, or the password is empty.
    """
    from app.storage import cipher

    value = os.environ.get(ENV)
    if value:
        return cipher.check_password(value)
    if not _interactive():
        raise ValidationError("password", "", QT_TRANSLATE_NOOP("Errors", "is needed: %1").arg(NO_TERMINAL))
    import getpass

    first = getpass.getpass(say(QT_TRANSLATE_NOOP("Cli", "New password: ")))
    cipher.check_password(first)
    if getpass.getpass(say(QT_TRANSLATE_NOOP("Cli", "Repeat the new password: "))) != first:
        raise ValidationError("password", "", QT_TRANSLATE_NOOP("Errors", "the two entries differ"))
    return first


def _plain_sqlite(db_path: Path) -> bool:
    """Whether ``db_path`` is a file with SQLite's plain header (so not encrypted)."""
    from app.storage.files import SQLITE_MAGIC

    try:
        with open(db_path, "rb") as f:
            return f.read(16) == SQLITE_MAGIC
    except OSError:
        return False
