"""Purchases table benchmark: sorting by each column and jumping to the last row, on generated ledgers (offscreen).

    .venv/bin/python tests/benchmarks/bench_purchases_sort.py [--sizes 100000,1000000] [--ledgers DIR]

Ledgers are built once with ``bench_startup.build_db`` in ``--ledgers`` (shared with the other benchmarks). For
each size and sortable column it prints the time to sort the table (count, first page read and shown) and to
scroll to its last row (the key where the page before it ends is sought, then that page read), and the peak RSS.

Targets (issue "Open as fast as a C finance app"): the table reaches any row of 1,000,000 with flat memory; a
sort or a jump well under the 0.3 s a view may take to show. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
TODAY = date(2026, 3, 20)
TARGET_S = 0.3


def measure(db: Path) -> list[tuple[str, float, float]]:
    """``[(column title, seconds to sort, seconds to jump to the last row)]`` on ``db``, each order both ways."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from app.ui.session import Session
    from app.ui.views.purchases import PurchasesView

    app = QApplication.instance() or QApplication([])
    Session(db, today=lambda: TODAY).close()  # the day's first open (full check, backup) is not the table's
    session = Session(db, today=lambda: TODAY)
    out = []
    try:
        view = PurchasesView(session)
        view.resize(1200, 800)
        view.show()
        app.processEvents()
        model, table = view.model, view.table
        for column in range(model.columnCount()):
            title = str(model.headerData(column, Qt.Orientation.Horizontal))
            for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
                table.scrollToTop()  # a sort from the top: the first page is what it has to read
                app.processEvents()
                started = time.perf_counter()
                table.sortByColumn(column, order)
                app.processEvents()
                sorted_s = time.perf_counter() - started
                started = time.perf_counter()
                table.scrollToBottom()
                app.processEvents()
                out.append((f"{title} {'↑' if order == Qt.SortOrder.AscendingOrder else '↓'}", sorted_s,
                            time.perf_counter() - started))
        view.close()
    finally:
        session.close()
    return out


def main() -> None:
    from tests.benchmarks.bench_startup import build_db

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100000,1000000")
    parser.add_argument("--ledgers", default=str(Path(tempfile.gettempdir()) / "debtlens-bench-ledgers"))
    args = parser.parse_args()
    folder = Path(args.ledgers)
    folder.mkdir(parents=True, exist_ok=True)
    print(f"purchases table, sort and jump to the last row (target {TARGET_S} s each)")
    for size in (int(s) for s in args.sizes.split(",")):
        source = folder / f"ledger-{size}.db"
        if not source.exists():
            print(f"building {source} ...", flush=True)
            build_db(source, size)
        with tempfile.TemporaryDirectory() as tmp:
            db = Path(tmp) / source.name
            shutil.copy(source, db)
            rows = measure(db)
        print(f"\n{size:,} purchases")
        for title, sorted_s, jump_s in rows:
            print(f"  {title:<24} sort {sorted_s:6.3f} s   last row {jump_s:6.3f} s")
        print(f"  peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
