"""Start DebtLens when the user logs in (opt-in, from the Settings dialog).

Linux (and other desktops following the freedesktop.org Desktop Application Autostart Specification): a desktop
entry ``debtlens.desktop`` in ``$XDG_CONFIG_HOME/autostart`` (``~/.config/autostart`` when the variable is unset,
empty or not an absolute path); removing the file turns it off. The ``Exec`` line is quoted as the Desktop Entry
Specification ("The Exec key") asks, so a path with spaces, quotes, ``$`` or ``%`` starts the right program.

Windows (a shortcut in the Startup folder or the ``Run`` registry key) and macOS (a LaunchAgent or a login item)
are not implemented: ``supported()`` is false there and the Settings dialog says so.
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path

FILE_NAME = "debtlens.desktop"
#: Characters that make an Exec argument need quoting (Desktop Entry Specification, "The Exec key").
_RESERVED = re.compile(r"[\s\"'\\><~|&;$*?#()`]")


def supported() -> bool:
    """Whether starting at login can be switched on here (Linux desktops only, for now)."""
    return sys.platform.startswith("linux")


def autostart_dir() -> Path:
    """``$XDG_CONFIG_HOME/autostart``, or ``~/.config/autostart`` when that variable is unset, empty or relative
    (XDG Base Directory Specification)."""
    base = os.environ.get("XDG_CONFIG_HOME", "")
    root = Path(base) if base and os.path.isabs(base) else Path.home() / ".config"
    return root / "autostart"


def desktop_file() -> Path:
    """The autostart entry DebtLens writes."""
    return autostart_dir() / FILE_NAME


def is_enabled() -> bool:
    """Whether DebtLens starts at login (its autostart entry exists)."""
    return supported() and desktop_file().is_file()


def launch_command(db_path: Path | None = None) -> list[str]:
    """The command that starts the DebtLens window: the bundled program, else the ``debtlens`` script next to this
    Python, else ``python -m app``; with ``--db PATH`` when ``db_path`` is given (a ledger that is not the
    default one)."""
    if getattr(sys, "frozen", False):
        command = [sys.executable]
    else:
        script = Path(sys.executable).with_name("debtlens")
        command = [str(script)] if script.is_file() else [sys.executable, "-m", "app"]
    if db_path is not None:
        command += ["--db", str(Path(db_path).expanduser().absolute())]
    return command


def exec_line(command: Sequence[str]) -> str:
    """``command`` as the value of a desktop entry's ``Exec`` key: each argument in double quotes when it holds a
    reserved character (double quote, backquote, dollar sign and backslash escaped inside them), ``%`` doubled,
    then every backslash doubled again (the string-value escape, applied before the quoting rule).

    Raises:
        ValueError: an argument holds a line break or other control character (a desktop entry cannot hold it).
    """
    parts = []
    for arg in command:
        if any(ord(ch) < 0x20 or ord(ch) == 0x7F for ch in arg):
            raise ValueError(f"cannot be started from a desktop entry: {arg!r} holds a control character")
        arg = arg.replace("%", "%%")
        if not arg or _RESERVED.search(arg):
            arg = '"' + re.sub(r'(["`$\\])', r"\\\1", arg) + '"'
        parts.append(arg)
    return " ".join(parts).replace("\\", "\\\\")


def desktop_entry(command: Sequence[str], icon: Path | None = None) -> str:
    """The text of the autostart entry that runs ``command``."""
    lines = [
        "[Desktop Entry]",
        "Type=Application",
        "Version=1.0",
        "Name=DebtLens",
        "Name[zh_CN]=明白账",
        "Comment=Reminders of payment due dates",
        "Comment[zh_CN]=还款日提醒",
        f"Exec={exec_line(command)}",
        "Terminal=false",
        "X-GNOME-Autostart-enabled=true",
    ]
    if icon is not None:
        lines.append(f"Icon={str(icon).replace(chr(92), chr(92) * 2)}")
    return "\n".join(lines) + "\n"


def enable(command: Sequence[str], icon: Path | None = None) -> Path:
    """Write the autostart entry (readable by the user only, atomically: a crash never leaves half a file);
    returns its path.

    Raises:
        NotImplementedError: not on Linux. ValueError: see ``exec_line``. OSError: the folder or file could not
            be written (nothing is left behind).
    """
    if not supported():
        raise NotImplementedError("starting at login is only implemented for Linux desktops")
    text = desktop_entry(command, icon)
    path = desktop_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        fd = os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except OSError:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    return path


def disable() -> None:
    """Remove the autostart entry (nothing to do when there is none).

    Raises:
        OSError: the file exists and could not be removed.
    """
    if supported():
        desktop_file().unlink(missing_ok=True)
