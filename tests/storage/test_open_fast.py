"""Opening fast without giving up safety: the data revision, the per-bill totals, the statements cache and the
integrity check of a file DebtLens closed cleanly."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from app.cli import main
from app.domain.credit_line import CreditLine, LineKind, RevolvingBasis
from app.domain.errors import ValidationError
from app.services.export_service import ExportService
from app.services.importing import ImportService
from app.services.ledger import LedgerService
from app.services.queries import QueryService, StatementsCache
from app.storage import backups, db
from app.storage.clean_close import record_clean_close
from app.storage.db import DatabaseError, open_database
from app.storage.repositories import Store

DATA = Path(__file__).resolve().parents[1] / "data"


def _ledger(path: Path) -> tuple[Store, LedgerService, int]:
    store = Store(open_database(path))
    ledger = LedgerService(store)
    line = ledger.add_line(CreditLine("花呗", LineKind.HUABEI), 500_000).ids["line"]
    return store, ledger, line


def test_every_change_renews_the_data_revision_and_nothing_else_does(tmp_path):
    store, ledger, line = _ledger(tmp_path / "a.db")
    seen = [store.data_revision()]
    purchase = ledger.record_purchase(line, date(2026, 3, 1), 12_000, merchant="示例商店").ids["purchase"]
    seen.append(store.data_revision())
    ledger.edit_purchase(purchase, amount_fen=13_000)
    seen.append(store.data_revision())
    ledger.delete_purchase(purchase)
    seen.append(store.data_revision())
    preview = ImportService(store).preview((DATA / "manual_entry_sample.csv").read_bytes(), "manual.csv", line, today=date(2026, 3, 20))
    ImportService(store).commit(preview)
    seen.append(store.data_revision())
    assert all(seen) and len(set(seen)) == len(seen)  # add line, add, edit, delete, import: a new one each
    QueryService(store).status(date(2026, 3, 20))  # reading
    try:
        ledger.record_purchase(line, date(2026, 3, 1), -5)  # refused: nothing written
    except ValidationError:
        pass
    assert store.data_revision() == seen[-1]
    export = json.loads(ExportService(store).json_text())
    assert "data_revision" not in export["settings"]  # bookkeeping, not the user's data

    backup = backups.backup_now(store, db_path=tmp_path / "a.db").path
    ledger.record_purchase(line, date(2026, 3, 2), 5_000)
    after_backup = store.data_revision()
    store.close()
    backups.restore(tmp_path / "a.db", backup)
    restored = Store(open_database(tmp_path / "a.db"))
    assert restored.data_revision() == seen[-1] != after_backup  # the restored data's own revision
    LedgerService(restored).record_purchase(line, date(2026, 3, 3), 5_000)
    assert restored.data_revision() not in seen + [after_backup]  # random: never an old token again
    restored.close()


def test_per_bill_totals_read_covering_indexes_without_date_functions(tmp_path):
    store = Store(open_database(tmp_path / "a.db"))
    ledger = LedgerService(store)
    card = ledger.add_line(CreditLine("卡", LineKind.CREDIT_CARD, statement_day=5, due_day=23,
                                      revolving_basis=RevolvingBasis.FULL_FROM_POSTING), 2_000_000).ids["line"]
    posted = [(date(2026, 1, 6), 10_000), (date(2026, 1, 20), 2_500), (date(2026, 1, 20), 500),
              (date(2026, 2, 4), 7_000), (date(2026, 2, 5), 1_000)]
    for day, fen in posted:
        ledger.record_purchase(card, day, fen)
    ledger.record_purchase(card, date(2026, 1, 10), 60_000, installments=6)
    sql: list[str] = []
    store.db.conn.set_trace_callback(sql.append)
    cycles = store.cycles.for_line(card, date(2026, 3, 20))
    store.db.conn.set_trace_callback(None)
    # Feb 5 bill: 10,000 x 30 days + 2,500 x 16 + 500 x 16 + 7,000 x 1; the Feb 5 purchase goes on the March bill
    feb = next(c for c in cycles if c.statement_date == date(2026, 2, 5) and c.purchases_fen)
    assert (feb.purchases_fen, feb.purchase_count, feb.amount_days) == (20_000, 4, 355_000)
    assert not any("julianday" in q.lower() for q in sql)
    # the kept per-bill totals in their key's order, never the purchases or parts themselves
    assert not any("FROM purchases" in q and "SUM(" in q for q in sql)
    # no plan posted after the day: the parts' totals are kept ones; only the few early-payoff lumps are read, through
    # the parts' index
    parts = [q for q in sql if "FROM installment_parts" in q]
    assert len(parts) == 1 and "status = 'payoff'" in parts[0], parts
    assert "INDEX parts_cycle (line_id=? AND status=?)" in " ".join(
        str(r[3]) for r in store.db.conn.execute("EXPLAIN QUERY PLAN " + parts[0]))
    plans = [" ".join(str(r[3]) for r in store.db.conn.execute("EXPLAIN QUERY PLAN " + q)) for q in sql
             if "FROM bill_totals" in q]
    assert len(plans) == 3 and all("INDEX sqlite_autoindex_bill_totals_1" in p and "TEMP B-TREE" not in p
                                   for p in plans), plans
    assert cycles == store.cycles.for_line_scanned(card, date(2026, 3, 20))
    store.close()


def test_the_statements_cache_is_shared_and_follows_every_change(tmp_path):
    path = tmp_path / "a.db"
    store, ledger, line = _ledger(path)
    other = Store(open_database(path, verify=False, auto_backup=False))
    cache = StatementsCache()
    store.statements_cache = other.statements_cache = cache
    day = date(2026, 3, 20)
    ledger.record_purchase(line, date(2026, 3, 2), 12_000)
    first = QueryService(store).line_statements(line, day)
    assert QueryService(other).line_statements(line, day) is first and cache.hits == 1  # computed once
    ledger.record_purchase(line, date(2026, 3, 3), 3_000)  # a new revision: computed again, with it
    assert [s for s in QueryService(other).line_statements(line, day).statements
            if s.statement_date == date(2026, 4, 1)][0].purchases_fen == 15_000
    store.db.execute("UPDATE purchases SET amount_fen = 1 WHERE amount_fen = 3000")  # outside atomic()
    april = [s for s in QueryService(store).line_statements(line, day).statements
             if s.statement_date == date(2026, 4, 1)][0]
    assert april.purchases_fen == 12_001  # the writer stops sharing: never a stale answer
    store.close()
    other.close()


def _reopen_for_a_day(path: Path) -> None:
    """Open once (the day's full check and backup), then close cleanly."""
    open_database(path).conn.close()
    record_clean_close(path)


def test_a_file_unchanged_since_a_clean_close_is_checked_later_and_a_changed_one_at_once(tmp_path, monkeypatch):
    path = tmp_path / "a.db"
    store, _ledger_service, _line = _ledger(path)
    store.close()
    _reopen_for_a_day(path)
    checks: list[bool] = []
    real = db.check_integrity
    monkeypatch.setattr(db, "check_integrity", lambda *a, **k: (checks.append(k.get("full", True)), real(*a, **k)))
    opened = open_database(path)
    assert opened.integrity_deferred and checks == []  # unchanged: no check before the first paint
    opened.conn.close()
    assert not open_database(path, trust_clean_close=False).integrity_deferred  # a writing command checks
    record_clean_close(path)
    with open(path, "r+b") as f:  # damage after the clean close: size kept, modification time not
        for page in range(1, 3):
            f.seek(4096 * page)
            f.write(b"\xa5" * 64)
    try:
        open_database(path)
    except DatabaseError as exc:
        assert "damaged" in exc.reason
    else:
        raise AssertionError("a damaged file was opened")


def test_read_only_commands_skip_the_check_of_a_cleanly_closed_file(tmp_path, monkeypatch, capsys):
    path = tmp_path / "a.db"
    store, _ledger_service, _line = _ledger(path)
    store.close()
    assert main(["--db", str(path), "status", "--today", "2026-03-20"]) == 0  # the day's full check, recorded
    assert (tmp_path / "a.db.clean").exists()
    checks: list[bool] = []
    real = db.check_integrity
    monkeypatch.setattr(db, "check_integrity", lambda *a, **k: (checks.append(k.get("full", True)), real(*a, **k)))
    assert main(["--db", str(path), "status", "--today", "2026-03-20"]) == 0
    assert checks == []
    assert main(["--db", str(path), "purchase", "add", "--line", "花呗", "--date", "2026-03-05",
                 "--amount", "10.00"]) == 0
    assert checks == [False]  # a command that writes checks first
    capsys.readouterr()


def test_reading_leaves_the_days_backup_and_full_check_to_the_first_write(tmp_path, monkeypatch, capsys):
    """A command that only reads changes nothing a backup would keep: on a file unchanged since its clean close,
    the day's first command that reads checks nothing (2.4 s less at 1,000,000 purchases), and the day's first
    write backs up after the full check."""
    path = tmp_path / "a.db"
    store, _ledger_service, _line = _ledger(path)
    store.close()
    for old in backups.list_backups(path):
        old.path.unlink()
    record_clean_close(path)  # as the window or a command leaves it
    checks: list[bool] = []
    real = db.check_integrity
    monkeypatch.setattr(db, "check_integrity", lambda *a, **k: (checks.append(k.get("full", True)), real(*a, **k)))
    for command in (["status"], ["schedule"], ["statements", "--line", "花呗"]):
        assert main(["--db", str(path), *command, "--today", "2026-03-20"]) == 0
    assert checks == [] and backups.list_backups(path) == []
    assert main(["--db", str(path), "purchase", "add", "--line", "花呗", "--date", "2026-03-05",
                 "--amount", "10.00"]) == 0
    assert checks == [True]  # the day's first write: the full check, then the backup
    assert [b.reason for b in backups.list_backups(path)] == ["auto"]
    capsys.readouterr()


def test_reading_an_up_to_date_ledger_does_not_load_sqlite_utils(tmp_path):
    """sqlite-utils (about 90 ms to import) loads only for a write, a migration or an older file's schema check."""
    import subprocess
    import sys

    db = tmp_path / "ledger.db"
    store = Store(open_database(db))
    LedgerService(store).add_line(CreditLine("花呗"), limit_fen=500_000)
    store.close()
    code = ("import sys; from app.cli import main; main(['--db', sys.argv[1], 'status']); "
            "print('sqlite_utils' in sys.modules, 'numpy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code, str(db)], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parents[2])
    assert out.stdout.splitlines()[-1] == "False False"
