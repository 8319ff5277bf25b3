"""How backups are named, and whether today's automatic one exists: the part of ``app.storage.backups`` that every
open of a ledger reads (to choose the day's full check), without loading what copying files needs.

A backup is ``<db name>.<YYYY-MM-DD>_<HHMMSS>.<reason>.bak`` in ``config.backup_dir(db)`` (``-2``, ``-3`` ... after
the reason for a second one in the same second); a copy made before a migration is
``<db name>.pre-v<N>-<YYYYMMDD>-<HHMMSS>.bak`` beside the ledger.
"""

from __future__ import annotations

import os
import re
from datetime import date, datetime
from pathlib import Path

from app import config

AUTO = "auto"


def name_pattern(db_path: Path) -> re.Pattern[str]:
    """Backup names of ``db_path``: groups day (``YYYY-MM-DD``), time (``HHMMSS``) and reason (with its suffix)."""
    return re.compile(re.escape(db_path.name) + r"\.(\d{4}-\d{2}-\d{2})_(\d{6})\.([a-z][a-z0-9-]*)\.bak")


def premigration_pattern(db_path: Path) -> re.Pattern[str]:
    """Names of the copies made before a migration: groups schema version and ``YYYYMMDD-HHMMSS``."""
    return re.compile(re.escape(db_path.name) + r"\.pre-v(\d+)-(\d{8}-\d{6})\.bak")


def reason_of(suffixed: str) -> str:
    """``"auto-2"`` -> ``"auto"``: the reason without the same-second suffix."""
    reason, dash, n = suffixed.rpartition("-")
    return reason if dash and n.isdigit() else suffixed


def has_auto_backup_today(db_path: Path | str, now: datetime | None = None) -> bool:
    """Whether today's automatic backup of ``db_path`` exists already (reads the backup folder's names only)."""
    db_path = Path(db_path)
    today = (now or datetime.now()).date()
    pattern = name_pattern(db_path)
    try:
        entries = os.scandir(config.backup_dir(db_path))
    except OSError:
        return False
    with entries:
        for entry in entries:
            m = pattern.fullmatch(entry.name)
            if m and reason_of(m[3]) == AUTO and _is_day(m[1], today) and _is_time(m[2]) and entry.is_file():
                return True
    return False


def _is_day(text: str, day: date) -> bool:
    return text == day.isoformat()


def _is_time(hhmmss: str) -> bool:
    return int(hhmmss[:2]) < 24 and int(hhmmss[2:4]) < 60 and int(hhmmss[4:]) < 62  # strptime's %S allows 61
