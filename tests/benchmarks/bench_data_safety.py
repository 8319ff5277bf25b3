"""Benchmark: opening checks, backup, restore and export/import round trip on a 100,000-purchase database.

Run: .venv/bin/python tests/benchmarks/bench_data_safety.py [N]   (prints figures, asserts only the round trip)
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app.services.export_service import ExportService  # noqa: E402
from app.storage import backups  # noqa: E402
from app.storage.db import open_database  # noqa: E402
from app.storage.repositories import Store  # noqa: E402
from tests.benchmarks.bench_status_schedule import build  # noqa: E402


def timed(label: str, fn, note=lambda r: ""):
    t = time.perf_counter()
    result = fn()
    print(f"{label:34s} {time.perf_counter() - t:7.2f} s  {note(result)}")
    return result


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        path = tmp / "bench.db"
        timed(f"build {n:,} purchases", lambda: build(path, n).close())
        print(f"{'database size':34s} {path.stat().st_size / 2**20:7.1f} MiB")
        store = timed("open (integrity_check + backup)", lambda: Store(open_database(path)))
        store.close()
        store = timed("open again (integrity_check only)", lambda: Store(open_database(path)))
        info = timed("backup_now", lambda: backups.backup_now(store),
                     lambda i: f"{i.size_bytes / 2**20:.1f} MiB")
        timed("verify_backup", lambda: backups.verify_backup(info.path))
        when = datetime(2025, 1, 1)
        text = timed("export JSON (text)", lambda: ExportService(store).json_text(when),
                     lambda t: f"{len(t.encode()) / 2**20:.1f} MiB")
        timed("export CSV (zip bytes)", lambda: ExportService(store).csv_files())
        fresh = Store(open_database(tmp / "fresh.db"))
        timed("import JSON into empty database", lambda: ExportService(fresh).import_json(text.encode()))
        again = timed("export JSON again", lambda: ExportService(fresh).json_text(when))
        print(f"{'round trip identical':34s} {again == text}")
        assert again == text
        fresh.close()
        store.close()
        timed("restore (verify, safety copy, swap)", lambda: backups.restore(path, info.path))


if __name__ == "__main__":
    main()
