"""One clock: "today" comes from the caller (the window's session, the CLI's context), never from the system clock
below ``app/ui`` and ``app/cli``, so a workshop can move it and tests can pin it."""

from __future__ import annotations

import re
from pathlib import Path

APP = Path(__file__).resolve().parents[1] / "app"

SYSTEM_CLOCK = re.compile(r"\b(?:date\.today|datetime\.now|datetime\.today|datetime\.utcnow)\s*\(")

#: Wall-clock stamps in backup file names (when the copy was written, not the ledger's "today"; whether today's
#: automatic backup exists): file, count.
WALL_CLOCK = {"storage/backup_names.py": 1, "storage/backups.py": 3, "storage/db.py": 1, "storage/protection.py": 1}


def test_no_system_clock_below_the_window_and_the_command_line():
    found: dict[str, int] = {}
    for path in sorted(APP.rglob("*.py")):
        relative = path.relative_to(APP).as_posix()
        if relative.startswith(("ui/", "cli/")):
            continue
        hits = len(SYSTEM_CLOCK.findall(path.read_text(encoding="utf-8")))
        if hits:
            found[relative] = hits
    assert found == WALL_CLOCK, ("read 'today' from the caller (session.today() / ctx.today()), not the system "
                                 f"clock: {found}")


#: In the command line only when a file was written reads the machine's clock: an export's stamp and name, a
#: calendar's DTSTAMP.
CLI_WALL_CLOCK = {"cli/calendar_cmd.py": 1, "cli/data_cmds.py": 4}


def test_every_command_reads_today_from_its_context():
    """A command without ``--today`` asks ``ctx.today()`` (the clock tests and workshops set), never the system."""
    found: dict[str, int] = {}
    for path in sorted((APP / "cli").rglob("*.py")):
        hits = len(SYSTEM_CLOCK.findall(path.read_text(encoding="utf-8")))
        if hits:
            found[path.relative_to(APP).as_posix()] = hits
    assert found == CLI_WALL_CLOCK
