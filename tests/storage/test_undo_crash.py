"""A process killed (SIGKILL) in the middle of a change, or of an undo, leaves the undo history agreeing with the
data: both written or neither, because the history is written by the change's own transaction."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
from datetime import date

import pytest

from app.domain.credit_line import CreditLine
from app.services.export_service import ExportService
from app.services.ledger import LedgerService
from app.services.undo import UndoService
from app.storage.db import open_database
from app.storage.repositories import Store
from tests.storage.conftest import ROOT

#: The child: one step (an import of 3,000 purchases, or the undo of it), killed before or after its commit.
CHILD = textwrap.dedent("""
    import sys, time
    from contextlib import contextmanager
    from app.services.importing import ImportService
    from app.services.undo import UndoService
    from datetime import date as _date

    from app.storage.db import open_database
    from app.storage.repositories import Store

    path, mode, kill_at = sys.argv[1:4]
    store = Store(open_database(path, auto_backup=False))
    line = store.lines.by_name("花呗").id
    if mode == "import":
        rows = ["date,merchant,category,amount,installments"] + [
            f"2026-01-{1 + i % 28:02d},示例网店{i},Dining,12.50,{6 if i % 1000 == 0 else 1}" for i in range(3000)]
        service = ImportService(store)
        preview = service.preview("\\n".join(rows).encode(), "bill.csv", line, today=_date(2026, 3, 20))
        run = lambda: service.commit(preview)
    else:
        run = UndoService(store).undo
    inner = store._transaction

    @contextmanager
    def held(*args):  # the outermost transaction, held open at its very end (all written, nothing committed)
        with inner(*args):
            yield
            if kill_at == "before-commit":
                print("written", flush=True)
                time.sleep(60)

    store._transaction = held
    run()
    print("committed", flush=True)
    time.sleep(60)
""")


def _ledger(path) -> str:
    store = Store(open_database(path))
    try:
        LedgerService(store).add_line(CreditLine("花呗"), limit_fen=10**9, limit_from=date(2020, 1, 1))
        return ExportService(store).json_text()
    finally:
        store.close()


def _body(export: str) -> str:
    """An export without its time stamp."""
    return "\n".join(line for line in export.splitlines() if '"exported_at"' not in line)


def _run_and_kill(path, mode: str, kill_at: str) -> None:
    proc = subprocess.Popen([sys.executable, "-c", CHILD, str(path), mode, kill_at], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline()
        if not line:
            pytest.fail(f"the child ended early: {proc.stderr.read()}")
        assert line.strip() == ("written" if kill_at == "before-commit" else "committed")
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)


def _state(path) -> tuple[int, list[str]]:
    store = Store(open_database(path))
    try:
        return store.purchases.count(), [f"{s.text()}{'' if s.done else ' (undone)'}"
                                         for s in UndoService(store).history()]
    finally:
        store.close()


@pytest.mark.parametrize("kill_at", ["before-commit", "after-commit"])
def test_a_killed_import_leaves_data_and_history_together(tmp_path, kill_at):
    path = tmp_path / "ledger.db"
    before = _ledger(path)
    _run_and_kill(path, "import", kill_at)
    count, history = _state(path)
    if kill_at == "before-commit":
        assert (count, history) == (0, ["Add credit line 花呗"])
        return
    assert (count, history) == (3000, ["Import bill.csv", "Add credit line 花呗"])
    store = Store(open_database(path))
    try:
        UndoService(store).undo()  # the history recorded is the one that undoes it
        assert store.purchases.count() == 0 and _body(ExportService(store).json_text()) == _body(before)
    finally:
        store.close()


@pytest.mark.parametrize("kill_at", ["before-commit", "after-commit"])
def test_a_killed_undo_leaves_data_and_history_together(tmp_path, kill_at):
    path = tmp_path / "ledger.db"
    _ledger(path)
    _run_and_kill(path, "import", "after-commit")
    _run_and_kill(path, "undo", kill_at)
    count, history = _state(path)
    if kill_at == "before-commit":
        assert (count, history) == (3000, ["Import bill.csv", "Add credit line 花呗"])
    else:
        assert (count, history) == (0, ["Import bill.csv (undone)", "Add credit line 花呗"])
