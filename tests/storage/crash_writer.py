"""Child process of test_crash_safety: one large transaction through the services, reporting on stdout.

Usage: python -m tests.storage.crash_writer MODE DB N
  insert: record N purchases (every 100th in 12 installments) in one ``Store.atomic`` block;
  edit:   move the statement day of the line "花呗" from 1 to 15 (restates every purchase), then rename the
          merchant of every purchase one by one (a slow multi-row edit), all in one block.
It prints "started", "progress K" every 5,000 purchases, "written" when the block's work is done (not yet
committed), then waits ``HOLD`` seconds (argv[4], default 0) before committing, prints "committed" and sleeps:
the parent kills it with SIGKILL at the moment it wants. An encrypted ledger opens with ``DEBTLENS_PASSWORD``.
"""

from __future__ import annotations

import os
import sys
import time
from datetime import date, timedelta

from app.services.ledger import LedgerService
from app.storage.db import open_database
from app.storage.repositories import Store


def main() -> None:
    mode, path, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
    hold = float(sys.argv[4]) if len(sys.argv) > 4 else 0.0
    store = Store(open_database(path, auto_backup=False, password=os.environ.get("DEBTLENS_PASSWORD")))
    ledger = LedgerService(store)
    line = store.lines.by_name("花呗").id
    with store.atomic():
        print("started", flush=True)
        if mode == "insert":
            for i in range(n):
                ledger.record_purchase(line, date(2024, 1, 1) + timedelta(days=i % 700), 100 + i % 5000,
                                       merchant=f"crash-{i}", installments=12 if i % 100 == 0 else 1)
                if (i + 1) % 5000 == 0:
                    print(f"progress {i + 1}", flush=True)
        else:
            ledger.edit_line(line, statement_day=15)
            print("restated", flush=True)
            ids = [r[0] for r in store.db.conn.execute("SELECT id FROM purchases ORDER BY id")]
            for i, purchase_id in enumerate(ids):
                ledger.edit_purchase(purchase_id, merchant=f"edited-{i}")
                if (i + 1) % 5000 == 0:
                    print(f"progress {i + 1}", flush=True)
        print("written", flush=True)
        time.sleep(hold)
    print("committed", flush=True)
    time.sleep(60)


if __name__ == "__main__":
    main()
