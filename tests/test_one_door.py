"""One door to the data: the window's views and the CLI's commands read and write through the services
(``app.services.services.Services``), never through the store's repositories; only the session and the CLI
context, which open the store, touch it."""

from __future__ import annotations

import re
from pathlib import Path

APP = Path(__file__).resolve().parents[1] / "app"
OWNERS = {"ui/session.py", "cli/context.py"}


def test_only_the_session_and_the_cli_context_touch_the_store():
    pattern = re.compile(r"(?:session|ctx)\.store\b")
    found = []
    for folder in ("ui", "cli"):
        for path in sorted((APP / folder).rglob("*.py")):
            relative = path.relative_to(APP).as_posix()
            if relative in OWNERS:
                continue
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if pattern.search(line):
                    found.append(f"{relative}:{number}: {line.strip()}")
    assert found == [], "use session.services / ctx.services (or their queries) instead:\n" + "\n".join(found)


def test_the_services_share_one_clock(tmp_path):
    from datetime import date

    from app.services.services import Services, open_store

    store = open_store(tmp_path / "door.db")
    try:
        days = iter([date(2025, 1, 31), date(2025, 2, 28)])
        services = Services(store, lambda: next(days), tmp_path / "door.db")
        assert services.overview().as_of == date(2025, 1, 31)
        assert services.overview().as_of == date(2025, 2, 28)  # the clock is asked each time: it can move
        assert services.queries.lines() == [] and not services.queries.has_lines() and services.is_empty()
    finally:
        store.close()
