"""Startup benchmark: process start -> overview numbers painted -> charts complete, and peak memory.

    .venv/bin/python tests/benchmarks/bench_startup.py [--sizes 0,10000,100000]

For each size a database is built directly through the storage layer (``insert_all``, fast): three lines,
purchases over three years (2 % of them 6-installment plans) and a full repayment of every past statement. Then
a fresh Python process opens the real window offscreen on it; the times are measured from just before that
process is spawned, so interpreter start and imports count. Targets at 100,000 purchases (issue 4): numbers
< 0.6 s, charts < 1.5 s, peak RSS < 200 MB. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TODAY = date(2026, 3, 20)


def build_db(path: Path, purchases: int) -> None:
    """A database with ``purchases`` purchases on three lines."""
    sys.path.insert(0, str(ROOT))
    from app.domain.billing import statement_date_for
    from app.domain.credit_line import CreditLine, LineKind
    from app.domain.installments import installment_schedule
    from app.domain.postings import place_parts
    from app.services.ledger import LedgerService
    from app.storage.db import open_database
    from app.storage.repositories import Store

    store = Store(open_database(path))
    ledger = LedgerService(store)
    lines = [store.lines.get(ledger.add_line(line, limit).ids["line"]) for line, limit in (
        (CreditLine("花呗", LineKind.HUABEI), 5_000_000),
        (CreditLine("招商银行信用卡", LineKind.CREDIT_CARD, statement_day=5, due_day=23), 10_000_000),
        (CreditLine("先用后付", LineKind.BNPL, statement_day=15, due_day=25), 3_000_000))]
    rng = random.Random(1)
    start = TODAY - timedelta(days=3 * 365)
    rows, plans = [], []
    for i in range(purchases):
        line = lines[i % 3]
        posted = start + timedelta(days=rng.randrange(3 * 365))
        installments = 6 if rng.random() < 0.02 else 1
        rows.append({"line_id": line.id, "posted_on": posted.isoformat(),
                     "statement_date": statement_date_for(posted, line.statement_day).isoformat(),
                     "amount_fen": rng.randint(500, 50_000), "installments": installments,
                     "merchant": f"示例商户{rng.randrange(500)}",
                     "category": rng.choice(["餐饮", "日用", "交通"]),
                     "description": "", "note": "", "source": "bench"})
    with store.atomic():
        store.db["purchases"].insert_all(rows, batch_size=5000)
        for r in store.db.query("SELECT id, line_id, posted_on, amount_fen FROM purchases WHERE installments > 1"):
            line = next(ln for ln in lines if ln.id == r["line_id"])
            split = installment_schedule(r["amount_fen"], 6, line.fee_presets.get(6, 0) or 0)
            first = statement_date_for(date.fromisoformat(r["posted_on"]), line.statement_day)
            plans.append((r, line, split, place_parts(line, first, split)))
        for r, line, split, parts in plans:
            plan_id = store.db["installment_plans"].insert({
                "line_id": line.id, "purchase_id": r["id"], "kind": "purchase", "principal_fen": r["amount_fen"],
                "periods": 6, "fee_rate": "0.045", "fee_total_fen": sum(p.fee_fen for p in split),
                "policy": "all_remaining_fees", "merchant_paid": 0}).last_pk
            store.db["installment_parts"].insert_all(
                [{"plan_id": plan_id, "line_id": line.id, "period": p.period,
                  "statement_date": p.statement_date.isoformat(), "principal_fen": p.principal_fen,
                  "fee_fen": p.fee_fen, "status": "scheduled"} for p in parts])
    from app.services.queries import QueryService

    queries = QueryService(store)
    with store.atomic():
        for line in lines:
            for st in queries.line_statements(line.id, TODAY).issued():
                if st.due_date < TODAY - timedelta(days=30) and st.balance_fen > 0:
                    store.db["repayments"].insert({
                        "line_id": line.id, "paid_on": (st.due_date - timedelta(days=1)).isoformat(),
                        "amount_fen": st.balance_fen, "target_statement": st.statement_date.isoformat(),
                        "note": "", "source": "manual"})
    store.close()


def child(db: Path, spawned_at: float, skip_integrity_check: bool) -> None:
    """Open the window on ``db`` and report when the numbers and the charts are painted."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    sys.path.insert(0, str(ROOT))
    import resource

    if skip_integrity_check:  # attribution only: how much of the startup is the storage layer's file check
        import app.storage.db

        app.storage.db.check_integrity = lambda *args, **kwargs: None

    from PySide6.QtCore import QSettings, QTimer

    tmp = tempfile.mkdtemp(prefix="debtlens-bench-")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
    from app.ui.application import create_app, open_main_window

    app = create_app()
    marks: dict[str, float] = {}
    window = open_main_window(db, language="zh_CN", today=lambda: TODAY)
    marks["window"] = time.time() - spawned_at
    overview = window.views["overview"]

    def finish() -> None:
        marks["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(json.dumps(marks))
        window.close()
        app.quit()

    def mark(name: str) -> None:
        marks.setdefault(name, time.time() - spawned_at)
        if name == "charts":
            QTimer.singleShot(0, finish)

    overview.numbers_painted.connect(lambda: mark("numbers"))
    overview.charts_drawn.connect(lambda: mark("charts"))
    if not window.session.has_lines():  # an empty database opens on the welcome page: no numbers, no charts
        QTimer.singleShot(0, lambda: (mark("numbers"), mark("charts")))
    window.resize(1280, 820)
    window.show()
    QTimer.singleShot(30_000, finish)
    app.exec()


def main() -> int:
    """Build each database, run the child on it, print the figures."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="0,10000,100000")
    parser.add_argument("--child", nargs=2, metavar=("DB", "SPAWNED_AT"))
    parser.add_argument("--skip-integrity-check", action="store_true",
                        help="also time a run with the storage layer's integrity check patched out (attribution)")
    args = parser.parse_args()
    if args.child:
        child(Path(args.child[0]), float(args.child[1]), args.skip_integrity_check)
        return 0
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MPLCONFIGDIR": tempfile.mkdtemp(prefix="bench-mpl-")}
    # warm the font cache once so the first measured run does not pay for it
    subprocess.run([sys.executable, "-c", "import matplotlib.font_manager"], env=env, check=True)
    variants = [("as shipped", [])] + ([("no integrity check", ["--skip-integrity-check"])]
                                       if args.skip_integrity_check else [])
    print(f"{'purchases':>10}  {'variant':<20} {'window s':>8}  {'numbers s':>9}  {'charts s':>8}  {'peak MB':>7}")
    for size in (int(s) for s in args.sizes.split(",")):
        with tempfile.TemporaryDirectory() as tmp:
            db = Path(tmp) / "bench.db"
            build_db(db, size)
            for name, extra in variants:
                runs = []
                for _ in range(3):  # best of 3 (the first open of the day also writes the daily backup)
                    spawned = time.time()
                    out = subprocess.run([sys.executable, __file__, "--child", str(db), str(spawned), *extra],
                                         env=env, capture_output=True, text=True, timeout=120)
                    line = [ln for ln in out.stdout.splitlines() if ln.startswith("{")]
                    if not line:
                        print(out.stdout, out.stderr)
                        return 1
                    runs.append(json.loads(line[-1]))
                best = min(runs, key=lambda r: r.get("charts", 99))
                print(f"{size:>10,}  {name:<20} {best['window']:>8.2f}  {best.get('numbers', float('nan')):>9.2f}"
                      f"  {best.get('charts', float('nan')):>8.2f}  {best['rss_mb']:>7.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
