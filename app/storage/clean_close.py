"""The record of a ledger's last clean close (``<database>.clean``): while the file is exactly as DebtLens left it,
the next open skips its integrity check (it runs after the first paint instead, or before the first write)."""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path


def clean_close_path(path: Path) -> Path:
    """The record of a database's last clean close: ``<database>.clean`` beside it."""
    return Path(f"{path}.clean")


def _file_state(path: Path) -> dict[str, int]:
    st = path.stat()
    return {"size": st.st_size, "mtime_ns": st.st_mtime_ns, "inode": st.st_ino}


def record_clean_close(path: Path | str) -> None:
    """After the last connection to ``path`` closed (SQLite then removes the ``-wal`` journal; while another
    connection is open it stays, and nothing is recorded), note the file's size, modification time and inode in
    ``<database>.clean`` (mode 0600). The next open skips its integrity check while they are unchanged
    (``unchanged_since_clean_close``). Never raises: without the record the next open just checks."""
    path = Path(path)
    if str(path) == ":memory:" or Path(f"{path}-wal").exists():
        return
    record = clean_close_path(path)
    temporary = record.with_name(f".{record.name}.tmp{os.getpid()}")
    try:
        text = json.dumps(_file_state(path))
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as f:
            f.write(text)
        os.replace(temporary, record)
    except OSError as exc:
        import logging  # loaded only when there is something to log

        logging.getLogger(__name__).info("could not record the clean close of %s: %s", path, exc)
        with contextlib.suppress(OSError):
            temporary.unlink()


def take_clean_close(path: Path | str) -> dict[str, int] | None:
    """Remove the record of the last clean close, as ``forget_clean_close``, and return what it held (``None``: no
    valid record). A window that opens a file unchecked keeps it: closing the file as it found it (nothing
    written, ``still_as_taken``) is a clean close again, though its deferred check never ran."""
    try:
        recorded = json.loads(clean_close_path(Path(path)).read_text())
    except (OSError, ValueError):
        recorded = None
    forget_clean_close(path)
    return recorded if isinstance(recorded, dict) else None


def still_as_taken(path: Path | str, recorded: dict[str, int] | None) -> bool:
    """Whether ``path`` still has the size, modification time and inode ``recorded`` (``take_clean_close``), with
    no ``-wal`` journal beside it: nothing was written to it since."""
    try:
        return recorded is not None and not Path(f"{path}-wal").exists() and recorded == _file_state(Path(path))
    except OSError:
        return False


def forget_clean_close(path: Path | str) -> None:
    """Remove the record of the last clean close (the file is open for writing now: a crash must not look
    clean)."""
    with contextlib.suppress(OSError):
        clean_close_path(Path(path)).unlink()


def unchanged_since_clean_close(path: Path) -> bool:
    """Whether ``path`` is byte for byte where DebtLens left it at its last clean close: the recorded size,
    modification time and inode still hold and no ``-wal`` journal with content is beside it (a crash leaves
    one). Any other program that wrote the file, a copy over it, a restore, changes them."""
    try:
        recorded = json.loads(clean_close_path(path).read_text())
        wal = Path(f"{path}-wal")
        if wal.exists() and wal.stat().st_size > 0:
            return False
        return recorded == _file_state(path)
    except (OSError, ValueError):
        return False
