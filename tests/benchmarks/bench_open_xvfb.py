"""Open-to-ready benchmark: the real app on generated ledgers of 1,000 / 100,000 / 1,000,000 purchases.

    .venv/bin/python tests/benchmarks/bench_open_xvfb.py [--sizes 1000,100000,1000000] [--runs 3]
        [--ledgers DIR] [--offscreen]

Each ledger is built once with ``bench_startup.build_db`` (three lines, purchases over three years, every past
bill repaid) and kept in ``--ledgers`` (default: a folder in the system's temp directory), so a rerun skips the
minute the 1,000,000-purchase file takes to build. A fresh Python process then starts the app on it the way
``debtlens --db FILE`` does (``open_window``, ``window.show()``), under Xvfb when ``Xvfb`` is installed (apt
package ``xvfb``; a real X server, windows are mapped), else on Qt's offscreen platform; the first line printed
says which. Times count from just before that process is spawned, so the interpreter start and every import are
in them:

- ``numbers``: the overview's first paint with its numbers (``OverviewView.numbers_painted``);
- ``charts``: both charts on screen (``OverviewView.charts_drawn``);
- ``ready``: open-to-ready: the window is mapped (exposed), numbers and charts are shown, and the CPU has settled
  (from that moment the process uses under 10 % of one core for 300 ms: no import, query or check still running);
- ``cpu s``: the process's CPU seconds (all threads) until ready: what the open costs even on a machine
  busy with other work (wall times then stretch; this does not much);
- ``peak MB``: the process's peak resident memory.

Two runs per size and state: ``charts cached`` is a usual open (the chart images kept from the last open are
shown; matplotlib is not imported), ``charts rendered`` deletes that cache first (after a write, a new size or
a change of language or theme the charts are drawn again, off the GUI thread). The first open of a day also runs
the full integrity check and writes the daily backup: one warm-up open per size takes that first (and compiles
the bytecode an installed app has). Best of
``--runs``. Prints figures; asserts nothing (no timed assertion belongs in the test suite).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

#: Settled: from a moment on, the process used less than this share of one core ...
SETTLED_CPU_SHARE = 0.10
#: ... for this long (seconds).
SETTLED_FOR_S = 0.30


def child(db: Path, spawned_at: float, size: tuple[int, int]) -> None:
    """Start the app on ``db`` as ``debtlens --db`` does; print the marks as one JSON line."""
    import resource

    cpu_before = time.process_time() and 0.0  # the interpreter's start counts in the CPU seconds below
    from PySide6.QtCore import QSettings, QTimer

    settings_dir = os.environ["DEBTLENS_BENCH_SETTINGS"]
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_dir)
    from app.ui.application import create_app, open_main_window

    app = create_app()
    marks: dict[str, float] = {}
    window = open_main_window(db, language="zh_CN")
    marks["window"] = time.time() - spawned_at
    overview = window.views["overview"]
    samples: list[tuple[float, float]] = []

    def now() -> float:
        return time.time() - spawned_at

    def mark(name: str) -> None:
        marks.setdefault(name, now())

    def finish() -> None:
        marks["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        marks["matplotlib"] = "matplotlib" in sys.modules
        marks["title"] = window.windowTitle()
        print(json.dumps(marks), flush=True)
        window.close()
        app.quit()

    def sample() -> None:
        samples.append((now(), time.process_time()))
        handle = window.windowHandle()
        if handle is not None and handle.isExposed():
            mark("exposed")
        if not all(k in marks for k in ("exposed", "numbers", "charts")):
            return
        base = max(marks["exposed"], marks["numbers"], marks["charts"])
        for i, (t0, c0) in enumerate(samples):
            if t0 < base:
                continue
            t1, c1 = samples[-1]
            if t1 - t0 >= SETTLED_FOR_S:
                if (c1 - c0) / (t1 - t0) < SETTLED_CPU_SHARE:
                    marks["ready"] = t0
                    marks["cpu"] = c0 + cpu_before
                    timer.stop()
                    QTimer.singleShot(0, finish)
                return
            break

    overview.numbers_painted.connect(lambda: mark("numbers"))
    overview.charts_drawn.connect(lambda: mark("charts"))
    timer = QTimer(interval=10)
    timer.timeout.connect(sample)
    timer.start()
    window.resize(*size)
    window.show()
    QTimer.singleShot(60_000, finish)
    app.exec()


def start_display() -> tuple[dict[str, str], subprocess.Popen | None, str]:
    """An Xvfb display when ``Xvfb`` is installed, else Qt's offscreen platform: (environment, server, name)."""
    env = dict(os.environ)
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        env["QT_QPA_PLATFORM"] = "offscreen"
        return env, None, "offscreen (Xvfb not installed: apt-get install xvfb)"
    for number in range(91, 120):
        if not Path(f"/tmp/.X11-unix/X{number}").exists() and not Path(f"/tmp/.X{number}-lock").exists():
            break
    server = subprocess.Popen([xvfb, f":{number}", "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(100):
        if Path(f"/tmp/.X11-unix/X{number}").exists():
            break
        time.sleep(0.05)
    env["DISPLAY"] = f":{number}"
    env["QT_QPA_PLATFORM"] = "xcb"
    return env, server, f"Xvfb :{number} (1920x1080x24)"


def run_once(db: Path, env: dict[str, str], size: tuple[int, int]) -> dict:
    """One open of ``db`` in a fresh process; its marks."""
    spawned = time.time()
    out = subprocess.run([sys.executable, __file__, "--child", str(db), str(spawned), f"{size[0]}x{size[1]}"],
                         env=env, capture_output=True, text=True, timeout=180)
    lines = [ln for ln in out.stdout.splitlines() if ln.startswith("{")]
    if not lines:
        raise RuntimeError(f"the app did not report:\n{out.stdout}\n{out.stderr}")
    return json.loads(lines[-1])


def machine() -> str:
    """CPU model, cores and memory, for the figures' caption."""
    model = platform.processor() or "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
        memory = int(Path("/proc/meminfo").read_text().split()[1]) // 1024 // 1024
    except OSError:
        memory = 0
    return f"{model}, {os.cpu_count()} cores, {memory} GB, Python {platform.python_version()}"


def main() -> int:
    """Build (or reuse) each ledger, open the app on it, print the figures."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000,100000,1000000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--ledgers", default=str(Path(tempfile.gettempdir()) / "debtlens-bench-ledgers"))
    parser.add_argument("--window", default="1280x820", help="window size, logical pixels")
    parser.add_argument("--offscreen", action="store_true", help="use Qt's offscreen platform even with Xvfb")
    parser.add_argument("--child", nargs=3, metavar=("DB", "SPAWNED_AT", "SIZE"))
    args = parser.parse_args()
    if args.child:
        width, height = (int(v) for v in args.child[2].split("x"))
        child(Path(args.child[0]), float(args.child[1]), (width, height))
        return 0
    from tests.benchmarks.bench_startup import build_db

    size = tuple(int(v) for v in args.window.split("x"))
    folder = Path(args.ledgers)
    folder.mkdir(parents=True, exist_ok=True)
    if args.offscreen:
        env, server, display = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}, None, "offscreen (asked for)"
    else:
        env, server, display = start_display()
    env["MPLCONFIGDIR"] = tempfile.mkdtemp(prefix="bench-mpl-")
    env["DEBTLENS_BENCH_SETTINGS"] = tempfile.mkdtemp(prefix="bench-settings-")
    env["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="bench-cache-")
    # an installed app runs from compiled bytecode: let the children write it (into a folder of their own)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = tempfile.mkdtemp(prefix="bench-pycache-")
    try:
        subprocess.run([sys.executable, "-c", "import matplotlib.font_manager"], env=env, check=True)
        print(f"display: {display}")
        print(f"machine: {machine()}")
        print(f"rerun:   {sys.executable} {Path(__file__).relative_to(ROOT)} --sizes {args.sizes} "
              f"--runs {args.runs} --ledgers {folder}")
        print(f"load:    {os.getloadavg()[0]:.1f} (1-minute load average before the runs)")
        print(f"{'purchases':>10}  {'charts':<9} {'numbers s':>9}  {'charts s':>8}  {'ready s':>7}  {'cpu s':>5}"
              f"  {'peak MB':>7}  matplotlib")
        for n in (int(s) for s in args.sizes.split(",")):
            db = folder / f"ledger-{n}.db"
            if not db.exists():
                started = time.time()
                build_db(db, n)
                print(f"{'':>10}  (built {db.name} in {time.time() - started:.0f} s)")
            run_once(db, env, size)  # warm-up: the day's full check and backup, the chart cache filled
            for state in ("cached", "rendered"):
                runs = []
                for _ in range(args.runs):
                    if state == "rendered":
                        for cache in Path(env["XDG_CACHE_HOME"]).rglob("*.charts"):
                            cache.unlink()
                        for cache in folder.glob(f"{db.name}.charts"):
                            cache.unlink()
                    runs.append(run_once(db, env, size))
                best = min(runs, key=lambda r: r.get("ready", 99))
                print(f"{n:>10,}  {state:<9} {best.get('numbers', float('nan')):>9.2f}  "
                      f"{best.get('charts', float('nan')):>8.2f}  {best.get('ready', float('nan')):>7.2f}  "
                      f"{best.get('cpu', float('nan')):>5.2f}  {best['rss_mb']:>7.0f}  {'imported' if best['matplotlib'] else 'not imported'}")
    finally:
        if server is not None:
            server.terminate()
            server.wait(5)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
