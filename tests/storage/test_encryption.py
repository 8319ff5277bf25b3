"""Password-protected ledgers (SQLCipher 4, AES-256): nothing readable on disk, a wrong password changes nothing,
backups / restore / JSON export stay encrypted, ``encrypt`` / ``decrypt`` convert the ledger and its backups, and
a plain ledger never loads SQLCipher. (The crash and restore tests of test_crash_safety.py and test_backups.py run
on an encrypted ledger too.)"""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date

import pytest

from app.domain.credit_line import CreditLine
from app.domain.errors import ValidationError
from app.services.export_service import ExportService
from app.services.ledger import LedgerService
from app.storage import backups, cipher
from app.storage.cipher import PasswordRequired, WrongPassword
from app.storage.db import SQLITE_MAGIC, open_database
from app.storage.lock import DatabaseLockedError, acquire_lock
from app.storage.protection import change_protection
from app.storage.repositories import Store
from tests.storage.conftest import PASSWORD, ROOT, digest, raw_tables

#: A made-up purchase whose text must never appear on the disk of an encrypted ledger.
SECRET_MERCHANT = "Made-up Bicycle Shop 虚构自行车店"
SECRET_NOTE = "order FAKE-2026-000123"


@pytest.fixture(autouse=True)
def _forget_passwords():
    cipher._passwords.clear()
    yield
    cipher._passwords.clear()


def _ledger(path, password=PASSWORD, purchases=3) -> None:
    store = Store(open_database(path, password=password))
    ledger = LedgerService(store)
    line = ledger.add_line(CreditLine("花呗"), limit_fen=500000).ids["line"]
    for i in range(purchases):
        ledger.record_purchase(line, date(2026, 3, 1 + i), 12345 + i, merchant=SECRET_MERCHANT, note=SECRET_NOTE,
                               installments=6 if i == 0 else 1)
    store.close()


def _plain_text_in(path) -> bool:
    data = path.read_bytes()
    return SECRET_MERCHANT.encode() in data or SECRET_NOTE.encode() in data or SQLITE_MAGIC in data[:16]


def _purchase_count(path, password=PASSWORD) -> int:
    store = Store(open_database(path, password=password, auto_backup=False))
    try:
        return store.purchases.count()
    finally:
        store.close()


def test_the_file_on_disk_holds_no_plain_text_of_a_purchase(tmp_path):
    """The plain ledger holds the merchant's UTF-8 bytes (so the check can see them); the encrypted one, its
    automatic backup and its WAL journal while open hold none of it, nor SQLite's header."""
    plain, secret = tmp_path / "plain" / "ledger.db", tmp_path / "secret" / "ledger.db"
    plain.parent.mkdir()
    secret.parent.mkdir()
    _ledger(plain, password=None)
    assert _plain_text_in(plain)
    _ledger(secret)
    assert not _plain_text_in(secret)
    store = Store(open_database(secret))  # the password remembered by the open above
    LedgerService(store).record_purchase(1, date(2026, 3, 9), 500, merchant=SECRET_MERCHANT)
    wal = secret.with_name("ledger.db-wal")
    assert wal.stat().st_size > 0 and not _plain_text_in(wal)
    store.close()
    autos = backups.list_backups(secret)
    assert autos and all(not _plain_text_in(b.path) for b in autos)
    assert cipher.looks_encrypted(secret) and not cipher.looks_encrypted(plain)
    assert _purchase_count(secret) == 4


@pytest.mark.parametrize("given", [None, "wrong password", PASSWORD.upper()], ids=["none", "wrong", "case"])
def test_a_wrong_or_missing_password_is_a_clear_message_and_writes_nothing(tmp_path, given):
    path = tmp_path / "ledger.db"
    _ledger(path)
    cipher._passwords.clear()
    before = {p.name: digest(p) for p in tmp_path.rglob("*") if p.is_file()}
    with pytest.raises(PasswordRequired if given is None else WrongPassword) as info:
        open_database(path, password=given)
    assert info.value.path == path
    message = str(info.value)
    if given is None:
        assert "is protected with a password" in message
    else:
        assert "the password is wrong" in message and "nothing was opened or changed" in message
    assert {p.name: digest(p) for p in tmp_path.rglob("*") if p.is_file()} == before  # no -wal, no backup
    assert _purchase_count(path) == 3


def test_encrypted_backup_and_restore_round_trip(tmp_path):
    """A backup of an encrypted ledger is encrypted with its password; restoring it brings back exactly what it
    held, the replaced file saved (encrypted) first; a wrong password restores nothing."""
    path = tmp_path / "ledger.db"
    _ledger(path, purchases=2)
    store = Store(open_database(path))
    good = backups.backup_now(store)
    LedgerService(store).record_purchase(1, date(2026, 3, 20), 999, merchant="after the backup")
    store.close()
    assert not _plain_text_in(good.path)
    held = raw_tables(good.path)
    before = digest(path)
    with pytest.raises(WrongPassword):
        backups.restore(path, good.path, password="not it")
    assert digest(path) == before
    result = backups.restore(path, good.path)
    assert cipher.looks_encrypted(path) and not _plain_text_in(path)
    assert raw_tables(path) == held
    assert _purchase_count(path) == 2
    assert not _plain_text_in(result.safety_copy) and _purchase_count(result.safety_copy) == 3


def test_a_plain_backup_restored_into_an_encrypted_ledger_is_encrypted_on_the_way_in(tmp_path):
    path = tmp_path / "ledger.db"
    _ledger(path, password=None, purchases=1)
    store = Store(open_database(path))
    plain_backup = backups.backup_now(store)
    store.close()
    plain_copy = tmp_path / "plain-backup.db"  # kept out of the backup folder, so encrypt does not convert it
    plain_copy.write_bytes(plain_backup.path.read_bytes())
    change_protection(path, PASSWORD)
    backups.restore(path, plain_copy)
    assert cipher.looks_encrypted(path) and not _plain_text_in(path)
    assert _purchase_count(path) == 1


def test_encrypt_and_decrypt_convert_the_ledger_and_its_backups(tmp_path):
    path = tmp_path / "ledger.db"
    _ledger(path, password=None)
    store = Store(open_database(path))
    backups.backup_now(store)
    store.close()
    held = raw_tables(path)
    result = change_protection(path, PASSWORD)
    assert result.encrypted and result.safety_copy.name.endswith(".pre-encrypt.bak")
    assert result.backups_converted == 2 and result.backups_skipped == ()  # the day's automatic + the manual one
    assert not _plain_text_in(path)
    assert all(not _plain_text_in(b.path) for b in backups.list_backups(path))  # no plain copy left behind
    assert raw_tables(path) == held
    assert not list(tmp_path.glob(".*protect-tmp*"))
    cipher._passwords.clear()
    with pytest.raises(PasswordRequired):
        open_database(path)
    with pytest.raises(ValidationError, match="already protected"):
        change_protection(path, "another", old_password=PASSWORD)
    result = change_protection(path, None, old_password=PASSWORD)
    assert not result.encrypted and result.backups_converted == 3
    assert path.read_bytes()[:16] == SQLITE_MAGIC
    assert all(b.path.read_bytes()[:16] == SQLITE_MAGIC for b in backups.list_backups(path))
    assert raw_tables(path) == held
    assert _purchase_count(path, password=None) == 3


def test_encrypt_with_a_wrong_password_or_while_open_elsewhere_changes_nothing(tmp_path):
    path = tmp_path / "ledger.db"
    _ledger(path)
    cipher._passwords.clear()
    before = digest(path)
    with pytest.raises(WrongPassword):
        change_protection(path, None, old_password="nope")
    with acquire_lock(path), pytest.raises(DatabaseLockedError):
        change_protection(path, None, old_password=PASSWORD)
    with pytest.raises(ValidationError, match="must not be empty"):
        change_protection(path, "", old_password=PASSWORD)
    assert digest(path) == before
    assert not [b for b in backups.list_backups(path) if b.reason.startswith("pre-")]


def test_the_json_export_of_an_encrypted_ledger_is_encrypted_and_imports_with_the_password(tmp_path):
    path = tmp_path / "ledger.db"
    _ledger(path)
    store = Store(open_database(path))
    out = ExportService(store).export_json(tmp_path / "export.json")
    document = ExportService(store).document()
    store.close()
    assert not _plain_text_in(out) and cipher.looks_encrypted(out)
    target = Store(open_database(tmp_path / "new.db"))
    with pytest.raises(WrongPassword):
        ExportService(target).import_json(out, password="nope")
    assert target.purchases.count() == 0
    counts = ExportService(target).import_json(out, password=PASSWORD).counts
    assert counts["purchases"] == 3 and counts["installment_plans"] == 1
    assert ExportService(target).document() == document
    target.close()


def test_a_plain_ledger_never_imports_sqlcipher(tmp_path):
    """Start-up stays as it was: opening, writing and backing up a plain ledger loads no SQLCipher module."""
    code = ("import sys; from pathlib import Path; from app.storage.db import open_database; "
            "from app.storage import backups; "
            f"db = open_database(Path({str(tmp_path / 'ledger.db')!r})); "
            "db.conn.execute('CREATE TABLE IF NOT EXISTS x (a)'); backups.backup_now(db); "
            "print(any(m.startswith('sqlcipher3') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True,
                         env={k: v for k, v in os.environ.items() if k != "DEBTLENS_PASSWORD"})
    assert out.stdout.strip() == "False"


def test_the_cli_encrypts_asks_for_the_password_and_decrypts(tmp_path):
    path = tmp_path / "ledger.db"
    _ledger(path, password=None, purchases=1)
    base = {k: v for k, v in os.environ.items() if k != "DEBTLENS_PASSWORD"}

    def run(*args, password=None):
        env = dict(base, **({"DEBTLENS_PASSWORD": password} if password else {}))
        return subprocess.run([sys.executable, "-m", "app", "--db", str(path), *args], cwd=ROOT, env=env,
                              capture_output=True, text=True, stdin=subprocess.DEVNULL)

    done = run("encrypt")
    assert done.returncode == 2 and "set DEBTLENS_PASSWORD" in done.stderr and not cipher.looks_encrypted(path)
    done = run("encrypt", password=PASSWORD)
    assert done.returncode == 0, done.stderr
    assert "Encrypted" in done.stdout and "AES-256" in done.stdout and cipher.looks_encrypted(path)
    done = run("status")
    assert done.returncode == 2 and "is protected with a password" in done.stderr
    before = digest(path)
    done = run("purchase", "add", "--line", "花呗", "--amount", "10.00", "--date", "2026-03-05",
               password="wrong")
    assert done.returncode == 2 and "the password is wrong" in done.stderr and digest(path) == before
    done = run("status", "--json", password=PASSWORD)
    assert done.returncode == 0 and "花呗" in done.stdout
    done = run("export", "--out", "-", password=PASSWORD)
    assert done.returncode == 2 and "encrypted too" in done.stderr
    done = run("decrypt", password=PASSWORD)
    assert done.returncode == 0 and "unencrypted again" in done.stdout
    assert path.read_bytes()[:16] == SQLITE_MAGIC and _purchase_count(path, password=None) == 1
