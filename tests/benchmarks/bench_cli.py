"""CLI benchmark: `status`, `schedule` and `statements` on generated ledgers of 100,000 and 1,000,000 purchases.

    .venv/bin/python tests/benchmarks/bench_cli.py [--sizes 100000,1000000] [--runs 5] [--ledgers DIR]

Ledgers are built once with ``bench_startup.build_db`` and kept in ``--ledgers`` (the same folder
``bench_open_xvfb.py`` uses, so both reuse them). For each size and command it prints:

- ``query ms``: the command's work in this process (``QueryService``, the statements of every line computed
  afresh: no cache), best of ``--runs``;
- ``process s``: the whole command as a user runs it (``python -m app --db FILE CMD``: interpreter start,
  imports, open with its quick check skipped for a file closed cleanly, the query, the printing), best of
  ``--runs``, with bytecode compiled as an installed app has it;
- ``first of day s``: the same on a copy of the file with no backup yet today, as DebtLens closed it (its clean
  close recorded): a command that only reads leaves the day's full check and backup to the first open that writes;
- ``changed s``: the same on a copy whose clean close is not recorded (closed by a crash, or changed by another
  program): the day's full check of the file and its automatic backup come first;
- ``python s``: a bare interpreter start (``python -c pass``), the floor under every command.

Target (issue 13): each command <= 0.15 s at 1,000,000 purchases on a 2-core machine. Prints figures; asserts
nothing (no timed assertion belongs in the test suite).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

TODAY = date(2026, 3, 20)
COMMANDS = (("status", ["status"]), ("schedule", ["schedule"]), ("statements", ["statements", "--line", "花呗"]))
TARGET_S = 0.15


def _best(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return min(times)


def _query_times(db: Path, runs: int) -> dict[str, float]:
    from app.services.queries import QueryService
    from app.storage.db import open_database
    from app.storage.repositories import Store

    store = Store(open_database(db, auto_backup=False))
    try:
        queries = QueryService(store)  # no statements cache: every run computes afresh
        line = store.lines.by_name("花呗").id
        work = {"status": lambda: queries.status(TODAY), "schedule": lambda: queries.schedule(TODAY, 12),
                "statements": lambda: queries.line_statements(line, TODAY)}
        return {name: _best(fn, runs) for name, fn in work.items()}
    finally:
        store.close()


def _process(db: Path, argv: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "app", "--db", str(db), *argv, "--today", TODAY.isoformat()],
                   env=env, check=True, stdout=subprocess.DEVNULL, cwd=ROOT)
    return time.perf_counter() - started


def main() -> int:
    """Build (or reuse) each ledger and print the figures."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="100000,1000000")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--ledgers", default=str(Path(tempfile.gettempdir()) / "debtlens-bench-ledgers"))
    args = parser.parse_args()
    from app.storage.clean_close import record_clean_close
    from tests.benchmarks.bench_open_xvfb import machine
    from tests.benchmarks.bench_startup import build_db

    folder = Path(args.ledgers)
    folder.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed app runs from compiled bytecode
    env["PYTHONPYCACHEPREFIX"] = tempfile.mkdtemp(prefix="bench-pycache-")
    python = _best(lambda: subprocess.run([sys.executable, "-c", "pass"], env=env, check=True), args.runs)
    print(f"machine: {machine()}")
    print(f"load:    {os.getloadavg()[0]:.1f} (1-minute load average before the runs)")
    print(f"python:  {python:.3f} s to start and stop a bare interpreter")
    print(f"{'purchases':>10}  {'command':<10} {'query ms':>8}  {'process s':>9}  {'first of day s':>14}  "
          f"{'changed s':>9}  target")
    for n in (int(s) for s in args.sizes.split(",")):
        db = folder / f"ledger-{n}.db"
        if not db.exists():
            started = time.time()
            build_db(db, n)
            print(f"{'':>10}  (built {db.name} in {time.time() - started:.0f} s)")
        _process(db, ["status"], env)  # the day's check and backup, a migration, the bytecode: not timed
        queries = _query_times(db, args.runs)
        with tempfile.TemporaryDirectory() as tmp:
            for name, argv in COMMANDS:
                fresh = Path(tmp) / f"{name}.db"
                shutil.copyfile(db, fresh)
                record_clean_close(fresh)
                first = _process(fresh, argv, env)
                shutil.copyfile(db, fresh)
                Path(f"{fresh}.clean").unlink(missing_ok=True)
                changed = _process(fresh, argv, env)
                fresh.unlink()
                process = _best(lambda argv=argv, db=db: _process(db, argv, env), args.runs)
                verdict = "met" if process <= TARGET_S else "missed"
                print(f"{n:>10,}  {name:<10} {queries[name] * 1000:>8.1f}  {process:>9.3f}  {first:>14.2f}  "
                      f"{changed:>9.2f}  <= {TARGET_S} s: {verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
