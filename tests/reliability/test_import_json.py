"""import-json accepts only values the app can use (it once accepted "8000.00" as an income, a statement in 9999,
2**62 fen, a fee preset "abc", escape codes in names, deep nesting — and the window then crashed on every start)."""

import json
from datetime import datetime

import pytest

from app.cli import main
from app.domain.errors import ValidationError
from app.exporters import json_export
from app.services.export_service import ExportService
from app.storage.db import open_database
from app.storage.repositories import Store


@pytest.fixture
def export_doc(tmp_path):
    db = tmp_path / "source.db"
    assert main(["--db", str(db), "line", "add", "花呗", "--limit", "5000"]) == 0
    assert main(["--db", str(db), "purchase", "add", "--line", "花呗", "--date", "2024-03-01", "--amount", "12.00",
                 "--merchant", "示例商店"]) == 0
    assert main(["--db", str(db), "purchase", "add", "--line", "花呗", "--date", "2024-03-02", "--amount", "600",
                 "--installments", "3", "--fee-rate", "2.5%"]) == 0
    assert main(["--db", str(db), "income", "8000"]) == 0
    store = Store(open_database(db))
    doc = json.loads(ExportService(store).json_text(datetime(2024, 4, 1)))
    store.close()
    return doc


def _first_line_settings_key(doc):
    return next(k for k in doc["settings"] if k.endswith("_fen"))


@pytest.mark.parametrize(("mutate", "field", "words"), [
    (lambda d: d["settings"].__setitem__(_first_line_settings_key(d), "8000.00"), "settings.", "whole number of fen"),
    (lambda d: d["settings"].__setitem__("default_line_id", "x"), "settings.default_line_id", "id of a credit line"),
    (lambda d: d["purchases"][0].__setitem__("statement_date", "9999-12-01"), "purchases[0].statement_date",
     "must be between 1990-01-01 and 2100-12-31"),
    (lambda d: d["purchases"][0].__setitem__("amount_fen", 2 ** 62), "purchases[0].amount_fen", "must be between"),
    (lambda d: d["lines"][0]["fee_presets"].__setitem__("12", "abc"), "lines[0].fee_presets", "rate strings"),
    (lambda d: d["lines"][0].__setitem__("name", "花呗\x1b[2J"), "lines[0].name", "control characters"),
    (lambda d: d["purchases"][0].__setitem__("merchant", "示例\x00商店"), "purchases[0].merchant",
     "control characters"),
    (lambda d: d["purchases"][0].__setitem__("line_id", 99), "purchases[0].line_id", "not in the file"),
    (lambda d: d["plans"][0].__setitem__("fee_rate", "NaN"), "plans[0].fee_rate", "decimal string"),
])
def test_import_json_refuses_values_the_app_cannot_use_naming_record_and_field(export_doc, tmp_path, capsys, mutate,
                                                                                field, words):
    mutate(export_doc)
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(export_doc, ensure_ascii=False), encoding="utf-8")
    target = tmp_path / "new.db"
    assert main(["--db", str(target), "import-json", str(path)]) == 2
    err = capsys.readouterr().err
    assert field in err and words in err and "Traceback" not in err
    assert not target.exists()  # refused as a whole, and the new file is not left behind


def test_import_json_of_deep_nesting_is_refused(tmp_path):
    with pytest.raises(ValidationError, match="nested too deeply|not valid JSON"):
        json_export.loads("[" * 100_000 + "]" * 100_000)


def test_import_json_round_trip_still_byte_identical(export_doc, tmp_path):
    text = json.dumps(export_doc, ensure_ascii=False)
    store = Store(open_database(tmp_path / "copy.db"))
    ExportService(store).import_json(text.encode("utf-8"))
    again = json.loads(ExportService(store).json_text(datetime(2024, 4, 1)))
    store.close()
    assert again == export_doc
