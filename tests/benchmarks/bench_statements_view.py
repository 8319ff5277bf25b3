"""Statements view benchmark: showing the view and selecting bills on generated ledgers (offscreen).

    .venv/bin/python tests/benchmarks/bench_statements_view.py [--sizes 100000,1000000] [--ledgers DIR]

Ledgers are built once with ``bench_startup.build_db`` in ``--ledgers`` (shared with ``bench_cli.py`` and
``bench_open_xvfb.py``). For each size it opens a session on a copy of the ledger (the day's first open, with its
full check and backup, is done before timing), then prints: the time to build and show the Statements view (its
bills computed, the latest one selected with its detail), the time per bill selected (the twelve latest; each is a
statement with its entries read and shown), and the time to switch to each other line.

Targets (issue "Open as fast as a C finance app"): show <= 0.3 s, <= 0.1 s per bill at 1,000,000 purchases on a
2-core machine. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
TODAY = date(2026, 3, 20)
SHOW_TARGET_S, BILL_TARGET_S = 0.3, 0.1


def measure(db: Path) -> tuple[float, list[float], list[float]]:
    """``(seconds to show the view, seconds per bill selected, seconds per line switched)`` on ``db``."""
    from PySide6.QtWidgets import QApplication

    from app.ui.session import Session
    from app.ui.views.statements import StatementsView

    app = QApplication.instance() or QApplication([])
    Session(db, today=lambda: TODAY).close()  # the day's first open (full check, backup) is not the view's
    session = Session(db, today=lambda: TODAY)
    try:
        started = time.perf_counter()
        view = StatementsView(session)
        view.resize(1200, 800)
        view.show()
        app.processEvents()
        shown = time.perf_counter() - started
        bills = []
        for row in range(min(12, view.model.rowCount())):
            started = time.perf_counter()
            view.table.selectRow(row)
            app.processEvents()
            bills.append(time.perf_counter() - started)
        lines = []
        for index in range(1, view.line.count()):
            started = time.perf_counter()
            view.line.setCurrentIndex(index)
            app.processEvents()
            lines.append(time.perf_counter() - started)
        view.close()
        return shown, bills, lines
    finally:
        session.close()


def main() -> int:
    """Build (or reuse) each ledger and print the figures."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="100000,1000000")
    parser.add_argument("--ledgers", default=str(Path(tempfile.gettempdir()) / "debtlens-bench-ledgers"))
    args = parser.parse_args()
    from tests.benchmarks.bench_open_xvfb import machine
    from tests.benchmarks.bench_startup import build_db

    print(machine())
    ledgers = Path(args.ledgers)
    ledgers.mkdir(parents=True, exist_ok=True)
    print(" purchases  show s  per bill s (median, worst)  per line s  targets")
    for size in (int(s) for s in args.sizes.split(",")):
        source = ledgers / f"ledger-{size}.db"
        if not source.exists():
            build_db(source, size)
        with tempfile.TemporaryDirectory() as tmp:
            db = Path(tmp) / source.name
            shutil.copy2(source, db)
            shown, bills, lines = measure(db)
        verdict = "met" if shown <= SHOW_TARGET_S and max(bills) <= BILL_TARGET_S else "missed"
        print(f" {size:>9,}  {shown:6.3f}  {statistics.median(bills):.3f}, {max(bills):.3f}"
              f"{'':>18}{max(lines, default=0):.3f}  <= {SHOW_TARGET_S} s / {BILL_TARGET_S} s: {verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
