"""Reading a statement file to import: a regular file only, up to a size cap, refusals naming the file."""

from __future__ import annotations

from pathlib import Path

from app.domain.errors import ValidationError
from app.domain.messages import QT_TRANSLATE_NOOP

#: The largest statement file read, for every import path (window and CLI): a year of the busiest wallet export is
#: a few MB; 64 MB leaves room for a 100,000-row history without letting a 1 GB file take the machine's memory.
MAX_IMPORT_BYTES = 64 * 1024 * 1024


def read_statement_file(path: Path | str, max_bytes: int = MAX_IMPORT_BYTES) -> bytes:
    """The bytes of a statement file to import: only a regular file (never a pipe or a device, which would block or
    never end), read up to ``max_bytes``.

    Raises:
        ValidationError: ``field="file"``: missing, not a regular file, larger than the cap (named in MB), or not
            readable (the system's reason).
    """
    import os
    import stat

    path = Path(path)
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):
            raise ValidationError("file", path.name, QT_TRANSLATE_NOOP(
                    "Errors", "is not a regular file (a folder, pipe or device)"))
        if info.st_size > max_bytes:
            raise ValidationError("file", path.name, QT_TRANSLATE_NOOP(
                    "Errors", "is larger than %1 MB").arg(max_bytes // 2 ** 20))
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with os.fdopen(fd, "rb") as f:
            data = f.read(max_bytes + 1)
    except FileNotFoundError:
        raise ValidationError("file", path.name, QT_TRANSLATE_NOOP(
                "Errors", "does not exist or is not a file")) from None
    except OSError as exc:
        raise ValidationError("file", path.name, QT_TRANSLATE_NOOP(
                "Errors", "cannot be read (%1)").arg(exc.strerror or exc)) from None
    if len(data) > max_bytes:
        raise ValidationError("file", path.name, QT_TRANSLATE_NOOP(
                "Errors", "is larger than %1 MB").arg(max_bytes // 2 ** 20))
    return data
