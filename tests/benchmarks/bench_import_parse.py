"""Benchmark: parse a generated 100,000-row Alipay app statement (GBK, CRLF, padded fields).

Run on demand, not collected by pytest (``--ignore=tests/benchmarks``)::

    .venv/bin/python tests/benchmarks/bench_import_parse.py [rows]

Prints the wall and CPU time of ``parse_file`` (best of 3), its peak memory (tracemalloc, in a separate run
because tracing slows Python down) and the process's peak RSS. Target: under 2 s for the whole parse. It
asserts no timings.
"""

from __future__ import annotations

import datetime
import resource
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app.importers import parse_file  # noqa: E402
from tests.importers import builders  # noqa: E402

MERCHANTS = ("示例茶饮铺", "示例便民店", "示例约车", "示例棉品旗舰店", "示例影剧院", "示例家居网店", "示例早点铺")
CATEGORIES = ("餐饮美食", "日用百货", "交通出行", "服饰装扮", "文化休闲", "日用百货", "餐饮美食")


def generate(rows: int) -> bytes:
    """A statement of ``rows`` transactions, newest first: purchases, refunds, transfers, closed orders, repayments."""
    start = datetime.datetime(2024, 12, 31, 23, 59, 0)
    records = []
    for i in range(rows):
        when = (start - datetime.timedelta(minutes=5 * i)).strftime("%Y-%m-%d %H:%M:%S")
        order = f"2024{i:08d}22000000000000{i % 10000:04d}"
        kind = i % 20
        merchant, category = MERCHANTS[i % 7], CATEGORIES[i % 7]
        amount = f"{(i * 37) % 50000 / 100 + 0.01:.2f}"
        if kind == 0:
            records.append((when, "退款", merchant, "/", "退款-示例商品", "不计收支", amount, "花呗", "退款成功",
                            f"2024{i + 1:08d}22000000000000{(i + 1) % 10000:04d}_1", f"T{i + 1:019d}"))
        elif kind == 1:
            records.append((when, "转账红包", "张三", "/", "转账", "不计收支", amount, "余额", "交易成功", order, ""))
        elif kind == 2:
            records.append((when, "餐饮美食", merchant, "/", "示例商品", "支出", amount, "花呗", "交易关闭", order,
                            f"T{i:019d}"))
        elif kind == 3:
            records.append((when, "信用借还", "花呗", "/", "花呗主动还款-2024年10月账单", "不计收支", amount,
                            "工商银行储蓄卡(0000)", "还款成功", order, ""))
        elif kind == 4:
            records.append((when, category, merchant, "/", "示例商品", "支出", amount, "余额宝", "交易成功", order,
                            f"T{i:019d}"))
        else:
            method = "花呗&红包" if i % 3 else "花呗"
            records.append((when, category, merchant, "/", "示例商品", "支出", amount, method, "交易成功", order,
                            f"T{i:019d}"))
    return builders.alipay_2023(records)


def main() -> None:
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    data = generate(rows)
    print(f"file: {rows:,} rows, {len(data) / 1e6:.1f} MB GBK")
    timings, cpu = [], []
    for _ in range(3):
        started, started_cpu = time.perf_counter(), time.process_time()
        result = parse_file(data, "bench.csv")
        timings.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
    kinds = {k: sum(1 for e in result.events if e.kind == k) for k in ("purchase", "refund", "repayment")}
    print(f"events: {kinds}, skipped: {len(result.skipped):,}, problems: {len(result.problems):,}")
    print(f"parse_file wall time: best {min(timings):.2f} s, worst {max(timings):.2f} s (target < 2 s); "
          f"CPU time: best {min(cpu):.2f} s (a busy machine inflates wall time, not CPU time)")
    del result
    tracemalloc.start()
    parse_file(data, "bench.csv")
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"peak traced memory during parse_file: {peak / 2**20:.0f} MiB (input {len(data) / 2**20:.0f} MiB)")
    print(f"process peak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")


if __name__ == "__main__":
    main()
