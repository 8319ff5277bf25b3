"""Benchmark: `status` and `schedule` on a database with 100,000 purchases (prints figures, asserts nothing).

Run: .venv/bin/python tests/benchmarks/bench_status_schedule.py [N]
Target (issue "Core ledger"): each under 0.2 s on a 2-core machine.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from app.domain.billing import statement_date_for
from app.domain.credit_line import CreditLine
from app.domain.postings import purchase_plan
from app.domain.statements import Repayment
from app.services.ledger import LedgerService
from app.services.queries import QueryService
from app.storage.db import open_database
from app.storage.repositories import Store


def build(path: Path, n: int) -> Store:
    store = Store(open_database(path))
    ledger = LedgerService(store)
    lines = [ledger.add_line(CreditLine(name, statement_day=sd, due_day=dd), limit_fen=10**9).ids["line"]
             for name, sd, dd in (("花呗", 1, 10), ("招行信用卡", 5, 23), ("白条", 10, 20))]
    rng = random.Random(7)
    start = date(2019, 1, 1)
    rows, plans = [], []
    for i in range(n):
        line_id = lines[i % 3]
        posted = start + timedelta(days=rng.randrange(0, 7 * 365))
        sd = (1, 5, 10)[i % 3]
        periods = 12 if i % 50 == 0 else 1
        rows.append({"line_id": line_id, "posted_on": posted.isoformat(),
                     "statement_date": statement_date_for(posted, sd).isoformat(),
                     "amount_fen": rng.randrange(100, 200000), "installments": periods,
                     "merchant": f"示例商户{i % 500}", "category": "Shopping"})
    with store.atomic():
        store.db["purchases"].insert_all(rows, batch_size=5000)
        for r in store.db.query("SELECT id, line_id, posted_on, amount_fen FROM purchases WHERE installments = 12"):
            line = store.lines.get(r["line_id"])
            plan = purchase_plan(line, date.fromisoformat(r["posted_on"]), r["amount_fen"], 12,
                                 line.fee_presets[12])
            plans.append(replace(plan, line_id=r["line_id"], purchase_id=r["id"]))
        for plan in plans:
            store.plans.insert(plan)
        for line_id in lines:
            for k in range(80):
                store.repayments.insert(line_id, Repayment(start + timedelta(days=30 * k + 12),
                                                           rng.randrange(10**5, 10**7)))
    return store


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        store = build(Path(tmp) / "bench.db", n)
        print(f"built {n:,} purchases in {time.perf_counter() - t0:.2f} s")
        store.close()
        store = Store(open_database(Path(tmp) / "bench.db"))
        queries = QueryService(store)
        today = date(2025, 12, 15)
        for label, fn in (("status", lambda: queries.status(today)),
                          ("schedule", lambda: queries.schedule(today, 12))):
            times = []
            for _ in range(5):
                t = time.perf_counter()
                fn()
                times.append(time.perf_counter() - t)
            print(f"{label:9s} best {min(times) * 1000:7.1f} ms   first {times[0] * 1000:7.1f} ms  (target < 200 ms)")
        store.close()


if __name__ == "__main__":
    main()
