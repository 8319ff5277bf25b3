"""Benchmark: the floor under any import of a generated Alipay statement in this stack, beside the real import.

Run on demand: ``.venv/bin/python tests/benchmarks/bench_import_floor.py [rows]`` (default 100,000). Prints, best of
3:

* ``read``: decoding the file and splitting it into cells with ``csv`` (no rule applied to any row);
* ``store``: writing the import's purchases into the ledger's real ``purchases`` table (its indexes, unique source
  key and per-bill totals) with one ``INSERT … SELECT`` from a table already holding them: no Python per row;
* ``floor``: the two together, what an import costs before it reads a single amount, date or kind;
* ``import``: the real import (preview + commit) of the same file, and what it adds above the floor per row.

It shows why the import's first target (1.0 s for 100,000 rows, issue 13) cannot be met while the rules run in
Python, and where the time goes. Asserts no timings.
"""

from __future__ import annotations

import csv
import io
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app.domain.credit_line import CreditLine  # noqa: E402
from app.services.importing import ImportService, _plain_rows  # noqa: E402
from app.services.ledger import LedgerService  # noqa: E402
from app.storage.db import open_database  # noqa: E402
from app.storage.repositories import Store  # noqa: E402
from tests.benchmarks.bench_import_parse import generate  # noqa: E402

COLUMNS = ("line_id, posted_on, statement_date, amount_fen, installments, merchant, category, description, note, "
           "source, source_key, order_no")


def best(runs: int, work) -> float:
    """The shortest of ``runs`` timings of ``work()``, seconds."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return min(times)


def main() -> None:
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    data = generate(rows)
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(open_database(Path(tmp) / "floor.db"))
        line_id = LedgerService(store).add_line(CreditLine("花呗"), limit_fen=10**10).ids["line"]
        service = ImportService(store)

        def read() -> None:
            for _ in csv.reader(io.StringIO(data.decode("gb18030"))):
                pass

        read_s = best(3, read)
        preview = service.preview(data, "floor.csv", line_id, today=date(2026, 3, 20))
        purchases = list(_plain_rows(store.lines.get(line_id), preview.new, preview.format))
        conn = store.db.conn
        conn.execute(f"CREATE TEMP TABLE staged AS SELECT {COLUMNS} FROM purchases WHERE 0")
        conn.executemany(f"INSERT INTO staged VALUES ({', '.join('?' * 12)})", purchases)

        def stored() -> None:
            with store.bulk_write():
                conn.execute("BEGIN")
                conn.execute(f"INSERT INTO purchases ({COLUMNS}) SELECT * FROM staged")
                conn.execute("ROLLBACK")

        store_s = best(3, stored)

        def imported() -> None:
            again = service.preview(data, "floor.csv", line_id, today=date(2026, 3, 20))
            with store.bulk_write():
                conn.execute("SAVEPOINT floor")
                service.commit(again)
                conn.execute("ROLLBACK TO floor")
                conn.execute("RELEASE floor")

        import_s = best(3, imported)
        store.close()
    floor = read_s + store_s
    print(f"{rows:,} rows ({len(purchases):,} purchases), {len(data) / 2**20:.1f} MiB GBK")
    print(f"read     {read_s:6.2f} s  decode + csv, no rule applied")
    print(f"store    {store_s:6.2f} s  the purchases into the real table, no Python per row")
    print(f"floor    {floor:6.2f} s  (issue 13's first target: 1.0 s)")
    print(f"import   {import_s:6.2f} s  preview + commit: {(import_s - floor) / rows * 1e6:.1f} µs a row above the floor")


if __name__ == "__main__":
    main()
