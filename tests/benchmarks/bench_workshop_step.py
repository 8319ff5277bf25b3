"""Benchmark: a workshop's time travel on a ledger with 100,000 purchases (prints figures, asserts nothing).

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/bench_workshop_step.py [N]

Builds N purchases on three lines (as ``bench_status_schedule``), opens the real window offscreen on them with a
story clock, then steps the clock a month at a time (and back) on the overview and on the statements view. For
each step it prints the time until the view shows the new day's figures (the synchronous part) and until the
background work (the charts) is done. Target (workshop issue): a month's step under 0.5 s at 100,000 purchases.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.benchmarks.bench_status_schedule import build  # noqa: E402

STORY = """
[scenario]
id = "bench"
title = "Benchmark"
summary = "A long story on a large ledger."
start = 2019-01-01
end = 2026-12-31
[persona]
name = "A"
age = 30
situation = "s"
monthly_income = "8000.00"
[[lines]]
name = "L"
limit = "1000.00"
"""


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    from PySide6.QtWidgets import QApplication

    from app.ui.application import create_app, open_main_window
    from app.workshop.scenario_file import parse_scenario

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["XDG_DATA_HOME"] = str(Path(tmp) / "data")
        db = Path(tmp) / "bench.db"
        t0 = time.perf_counter()
        build(db, n).close()
        print(f"built {n:,} purchases in {time.perf_counter() - t0:.2f} s")
        create_app()
        window = open_main_window(db, language="en", today=lambda: date(2025, 6, 15))
        window.resize(1280, 800)
        window.show()
        controller = window.workshop
        controller.scenario = parse_scenario(STORY, "bench.toml")  # the clock only: the ledger is the big one
        controller.day = date(2025, 6, 15)
        app = QApplication.instance()

        def settle() -> float:
            start = time.perf_counter()
            while window.session.tasks.busy:
                app.processEvents()
                time.sleep(0.001)
            app.processEvents()
            return time.perf_counter() - start

        settle()
        for view in ("overview", "statements"):
            window.show_view(view)
            settle()
            shown, done = [], []
            for months in (1, 1, 1, -1, -1, -1):
                t = time.perf_counter()
                controller.step(months=months)
                app.processEvents()
                shown.append(time.perf_counter() - t)
                settle()
                done.append(time.perf_counter() - t)
            print(f"{view:10s} month step: figures shown best {min(shown) * 1000:6.0f} ms, worst "
                  f"{max(shown) * 1000:6.0f} ms; with charts worst {max(done) * 1000:6.0f} ms  (target < 500 ms)")
        window.close()


if __name__ == "__main__":
    main()
