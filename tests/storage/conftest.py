"""Helpers for the storage tests: a small ledger entered through the services, raw table dumps, file digests."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from app.storage.db import open_database
from app.storage.repositories import Store

ROOT = Path(__file__).resolve().parents[2]
SCHEMAS = ROOT / "tests" / "data" / "schemas"


def digest(path: Path) -> str:
    """SHA-256 of a file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def raw_tables(path: Path) -> dict[str, list[tuple]]:
    """Every table's rows (all columns, by rowid) read with plain sqlite3 (an encrypted file: with ``PASSWORD``)."""
    conn = connect_any(path)
    try:
        names = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        return {n: conn.execute(f'SELECT * FROM "{n}" ORDER BY rowid').fetchall() for n in names}
    finally:
        conn.close()


#: The password of the encrypted variant of the data-safety tests (a made-up one, with a quote and CJK text).
PASSWORD = "correct horse 'battery' 电池"


@pytest.fixture(params=[None, PASSWORD], ids=["plain", "encrypted"])
def password(request):
    """``None`` (a plain ledger) or ``PASSWORD`` (an SQLCipher-encrypted one): the data-safety tests run on both.
    The passwords this process remembered are forgotten afterwards."""
    from app.storage import cipher

    cipher._passwords.clear()
    yield request.param
    cipher._passwords.clear()


def connect_raw(path: Path | str, password: str | None, **kwargs):
    """A connection to ``path`` outside the app's open checks: plain ``sqlite3``, or SQLCipher with ``password``."""
    from app.storage import cipher

    return cipher.connect(path, password, **kwargs)


def connect_any(path: Path | str, **kwargs):
    """``connect_raw`` with ``PASSWORD`` when the file is encrypted (the only password these tests use)."""
    from app.storage import cipher

    file = str(path).removeprefix("file:").split("?")[0]  # a URI: the file it names
    return connect_raw(path, PASSWORD if cipher.looks_encrypted(file) else None, **kwargs)


@pytest.fixture
def fixture_copy(tmp_path):
    """A copy of the v1 fixture database (a ledger with every kind of record)."""
    target = tmp_path / "ledger.db"
    target.write_bytes((SCHEMAS / "v1.db").read_bytes())
    target.chmod(0o600)
    return target


@pytest.fixture
def store(tmp_path):
    s = Store(open_database(tmp_path / "ledger.db"))
    yield s
    s.close()
