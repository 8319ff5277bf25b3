"""Hostile import files: control characters, sizes, pipes and devices, zip bombs, quadratic readers."""

import io
import os
import threading
import time
import zipfile
from pathlib import Path

import pytest

from app.cli import main
from app.domain.errors import ValidationError
from app.importers import parse_file
from app.importers.records import ImportFormatError
from app.services import statement_file

DATA = Path(__file__).resolve().parents[1] / "data"


def test_control_characters_after_64_kib_are_not_imported(tmp_path, capsys):
    rows = ["date,merchant,category,amount,installments"] + [
        f"2024-03-{1 + i % 27:02d},示例商店{i},Dining,1.{i % 100:02d},1" for i in range(3000)]
    rows.append("2024-03-28,\x1b[2J\x1b]0;pwned\x07示例商店,Dining\x9b,9.99,1")
    path = tmp_path / "manual.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    assert path.stat().st_size > 64 * 1024
    result = parse_file(path.read_bytes(), path.name)
    last = max(result.events, key=lambda e: e.row)
    assert "\x1b" not in last.merchant and "\x07" not in last.merchant and last.merchant.endswith("示例商店")
    assert all(e.merchant.isprintable() and e.description.isprintable() for e in result.events)


def test_cli_never_prints_raw_control_characters(tmp_path, capsys):
    db = str(tmp_path / "t.db")
    assert main(["--db", db, "line", "add", "花呗", "--limit", "100"]) == 0
    from app.services.ledger import LedgerService
    from app.storage.db import open_database
    from app.storage.repositories import Store

    store = Store(open_database(db))
    with store.atomic():  # as an older version could have stored it
        store.db.execute("INSERT INTO purchases (line_id, posted_on, statement_date, amount_fen, merchant, "
                         "installments, source) VALUES (1, '2024-03-01', '2024-04-01', 100, ?, 1, 'manual')",
                         ["示例\x1b[2J商店"])
    store.close()
    assert LedgerService
    capsys.readouterr()
    assert main(["--db", db, "purchase", "list"]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "示例\\x1b[2J商店" in out


def test_one_size_cap_for_every_import_path(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(statement_file, "MAX_IMPORT_BYTES", 1000)
    monkeypatch.setattr(statement_file.read_statement_file, "__defaults__", (1000,))
    big = tmp_path / "big.csv"
    big.write_bytes(b"a,b\n" * 1000)
    with pytest.raises(ValidationError, match="is larger than"):
        statement_file.read_statement_file(big)
    db = str(tmp_path / "t.db")
    assert main(["--db", db, "line", "add", "花呗", "--limit", "100"]) == 0
    capsys.readouterr()
    assert main(["--db", db, "import", str(big)]) == 2
    assert "is larger than" in capsys.readouterr().err


def test_a_fifo_or_a_device_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    outcome: list[object] = []

    def read(path):
        try:
            statement_file.read_statement_file(path)
        except ValidationError as exc:
            outcome.append(exc.reason)

    for path in (fifo, Path("/dev/zero")):
        thread = threading.Thread(target=read, args=(path,), daemon=True)
        thread.start()
        thread.join(5)
        assert not thread.is_alive()
    assert outcome == ["is not a regular file (a folder, pipe or device)"] * 2


def test_an_xlsx_with_millions_of_texts_is_refused_before_parsing():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/workbook.xml", "<workbook/>")
        z.writestr("xl/sharedStrings.xml", "<sst>" + "<si><t/></si>" * 4_000_000 + "</sst>")
    started = time.monotonic()
    with pytest.raises(ImportFormatError, match="texts"):
        parse_file(buf.getvalue(), "bomb.xlsx")
    assert time.monotonic() - started < 10


def test_an_xlsx_zip_bomb_is_refused_by_its_unpacked_size():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/worksheets/sheet1.xml", b"\0" * (450 * 1024 * 1024))
    assert len(buf.getvalue()) < 2 * 1024 * 1024
    with pytest.raises(ImportFormatError, match="unpacks to"):
        parse_file(buf.getvalue(), "bomb.xlsx")


def test_qif_parsing_is_linear():
    def timed(n: int) -> float:
        data = ("!Type:CCard\n" + "D03/15/2024\nT-12.34\nP示例商店\n^\n" * n).encode()
        started = time.perf_counter()
        assert len(parse_file(data, "x.qif").events) == n
        return time.perf_counter() - started

    small, large = timed(4000), timed(32000)
    assert large < small * 8 * 3  # 8x the records: well under the 64x a quadratic reader takes
