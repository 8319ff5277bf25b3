"""Privacy: DebtLens opens no network connection, and every file holding the user's data is private (0600)."""

from __future__ import annotations

import json
import socket
import stat
from datetime import date

import pytest

from app.cli import main
from app.domain.credit_line import CreditLine
from app.services.backup_service import BackupService
from app.services.export_service import ExportService
from app.services.ledger import LedgerService
from app.services.queries import QueryService
from app.storage.db import open_database
from app.storage.lock import acquire_lock, lock_path
from app.storage.repositories import Store


class NetworkUsed(AssertionError):
    pass


@pytest.fixture
def no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise NetworkUsed(f"network access attempted: {args!r}")

    for name in ("socket", "create_connection", "getaddrinfo", "gethostbyname", "socketpair", "fromfd"):
        monkeypatch.setattr(socket, name, refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse, raising=False)


def _mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_services_and_cli_work_with_the_network_cut_off(no_network, tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    db = tmp_path / "ledger.db"
    store = Store(open_database(db))
    ledger, queries = LedgerService(store), QueryService(store)
    line = ledger.add_line(CreditLine("花呗"), limit_fen=500000).ids["line"]
    pid = ledger.record_purchase(line, date(2024, 3, 1), 120000, installments=12).ids["purchase"]
    ledger.record_refund(line, date(2024, 3, 5), 1000, purchase_id=pid)
    ledger.record_repayment(line, date(2024, 4, 10), 5000)
    ledger.pay_off_plan(store.plans.for_purchase(pid).id, date(2024, 6, 2))
    queries.status(date(2024, 6, 15))
    queries.schedule(date(2024, 6, 15))
    ExportService(store).export_json(tmp_path / "e.json")
    ExportService(store).export_csv(tmp_path / "e.zip")
    service = BackupService(db, store)
    info = service.backup_now()
    with acquire_lock(db):
        pass
    service.restore(info.path)
    for args in (["line", "add", "信用卡", "--limit", "1000"],
                 ["purchase", "add", "--line", "信用卡", "--date", "2024-03-01", "--amount", "9.90"],
                 ["status", "--today", "2024-06-15"], ["schedule", "--today", "2024-06-15"],
                 ["statements", "--line", "花呗", "--today", "2024-06-15"], ["backup"], ["backup", "--list"],
                 ["export", "--out", "cli.json"], ["export", "--format", "csv", "--out", "cli.zip"],
                 ["restore", "latest"]):
        assert main(["--db", str(db), *args]) == 0, (args, capsys.readouterr().err)
    assert main(["--db", str(tmp_path / "copy.db"), "import-json", "cli.json"]) == 0
    assert "network" not in capsys.readouterr().err


def test_the_database_its_journal_backups_exports_and_lock_are_private(tmp_path):
    db = tmp_path / "ledger.db"
    store = Store(open_database(db))
    LedgerService(store).add_line(CreditLine("花呗"), limit_fen=500000)
    info = BackupService(db, store).backup_now()
    out = ExportService(store).export_json(tmp_path / "e.json")
    zipped = ExportService(store).export_csv(tmp_path / "e.zip")
    folder = ExportService(store).export_csv(tmp_path / "csv")
    with acquire_lock(db):
        assert _mode(lock_path(db)) == 0o600
    for path in (db, tmp_path / "ledger.db-wal", tmp_path / "ledger.db-shm", info.path, out, zipped,
                 *folder.iterdir()):
        assert _mode(path) == 0o600, path
    assert _mode(info.path.parent) == 0o700 and _mode(folder) == 0o700
    store.close()
    Store(open_database(db)).close()  # reopening: the day's automatic backup
    autos = [b for b in BackupService(db).list() if b.reason == "auto"]
    assert autos and all(_mode(b.path) == 0o600 for b in autos)


def test_no_module_of_the_app_imports_a_network_library():
    import subprocess
    import sys

    code = (
        "import sys, app.cli, app.cli.data_cmds, app.services.export_service, app.services.backup_service,"
        " app.storage.backups, app.storage.lock, app.exporters.json_export, app.exporters.csv_export;"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in"
        " ('urllib3', 'requests', 'httpx', 'http', 'ftplib', 'smtplib', 'aiohttp'));"
        "print(json.dumps(bad) if False else bad)"
    )
    proc = subprocess.run([sys.executable, "-c", "import json;" + code], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout.replace("'", '"')) == []
