"""Whatever an import stores, export and import-json restore unchanged: texts with control characters or of any
length are stored (and keyed) as the ledger keeps them, and rows dated outside the days a ledger keeps are not
imported (they were once stored, and the ledger's own export was then refused by import-json)."""

import json
from datetime import datetime

from app.cli import main
from app.services.export_service import ExportService
from app.storage.db import open_database
from app.storage.repositories import Store

WHEN = datetime(2024, 9, 1)
LONG = "长" * 1500
ROWS = [
    "date,merchant,category,amount,installments",
    "2024-08-01,示例\u2028咖啡馆,Dining,1.00,1",  # a line separator inside a name
    "2024-08-01,示例 咖啡馆,Dining,1.00,1",  # the same name as stored: a twin, counted as one
    "2024-08-02,\u202e示例书店,Shopping,2.00,1",  # a bidirectional override
    "2024-08-03,\ufeff示例超市,Groceries,3.00,1",  # a stray byte-order mark
    "2024-08-04,示例\u3000面馆\u00a0二店,Dining,4.00,1",  # spaces of other widths are text: kept
    f"2024-08-05,{LONG},Other,5.00,1",  # longer than any stored text
    "1899-08-01,示例旧店,Dining,6.00,1",
    "2150-01-01,示例未来店,Dining,7.00,1",
]


def _export(db) -> str:
    store = Store(open_database(db))
    try:
        return ExportService(store).json_text(WHEN)
    finally:
        store.close()


def test_what_an_import_stores_exports_and_restores_unchanged(tmp_path, capsys):
    source = tmp_path / "typed.csv"
    source.write_text("\n".join(ROWS) + "\n", encoding="utf-8")
    db = tmp_path / "ledger.db"
    assert main(["--db", str(db), "line", "add", "花呗", "--limit", "5000"]) == 0
    capsys.readouterr()
    assert main(["--db", str(db), "import", str(source), "--line", "花呗", "--json"]) == 0
    first = json.loads(capsys.readouterr().out)
    assert (first["purchases"], first["purchases_fen"]) == (6, 1600)
    assert [(p["row"], p["reason"]) for p in first["problems"]] == [
        (8, "dated 1899-08-01: a ledger keeps days from 1990-01-01 to 2100-12-31"),
        (9, "dated 2150-01-01: a ledger keeps days from 1990-01-01 to 2100-12-31")]
    assert main(["--db", str(db), "import", str(source), "--line", "花呗", "--json"]) == 0
    again = json.loads(capsys.readouterr().out)
    assert (again["purchases"], again["duplicates"]) == (0, 6)  # the cleaned keys are the same on every import

    text = _export(db)
    purchases = json.loads(text)["purchases"]
    assert [p["merchant"] for p in purchases[:5]] == [
        "示例 咖啡馆", "示例 咖啡馆", "示例书店", "示例超市", "示例\u3000面馆\u00a0二店"]
    assert [p["source_key"] for p in purchases[:2]] == [
        "manual:2024-08-01:示例 咖啡馆:100:0", "manual:2024-08-01:示例 咖啡馆:100:1"]
    assert len(purchases[5]["merchant"]) == 200 and len(purchases[5]["source_key"]) == 1000
    dump = tmp_path / "ledger.json"
    dump.write_text(text, encoding="utf-8")
    restored = tmp_path / "restored.db"
    assert main(["--db", str(restored), "import-json", str(dump)]) == 0, capsys.readouterr().err
    assert _export(restored) == text


def test_a_name_typed_with_a_line_separator_is_refused_and_one_with_wide_spaces_kept(tmp_path, capsys):
    db = str(tmp_path / "ledger.db")
    assert main(["--db", db, "line", "add", "花呗", "--limit", "5000"]) == 0
    assert main(["--db", db, "purchase", "add", "--line", "花呗", "--date", "2024-08-01", "--amount", "1",
                 "--merchant", "示例\u2028咖啡馆"]) == 2
    assert "control characters" in capsys.readouterr().err
    assert main(["--db", db, "purchase", "add", "--line", "花呗", "--date", "2024-08-01", "--amount", "1",
                 "--merchant", "示例\u3000咖啡馆"]) == 0
