"""Export everything, import it into an empty database, and get the very same ledger back."""

from __future__ import annotations

import copy
import csv
import io
import json
import stat
import zipfile
from datetime import date, datetime

import pytest

from app.cli import main
from app.domain.errors import ValidationError
from app.exporters.csv_export import escape_cell
from app.exporters.json_export import dumps, from_document, loads
from app.services.export_service import ExportService
from app.services.queries import QueryService
from app.storage import snapshot
from app.storage.db import open_database
from app.storage.repositories import Store
from tests.data.schemas.make_fixture import FORMULA_LIKE, SQL_LIKE, populate

WHEN = datetime(2025, 3, 1, 10, 15)
AS_OF = [date(2023, 12, 20), date(2024, 3, 5), date(2024, 5, 21), date(2024, 6, 15), date(2025, 6, 1)]


@pytest.fixture
def full(tmp_path):
    """A ledger with every kind of record (the schema fixture's data), entered through the services."""
    s = Store(open_database(tmp_path / "full.db"))
    populate(s)
    yield s
    s.close()


@pytest.fixture
def empty(tmp_path):
    s = Store(open_database(tmp_path / "empty.db"))
    yield s
    s.close()


def _state(store) -> list:
    q = QueryService(store)
    out = []
    for as_of in AS_OF:
        out.append(q.status(as_of, include_archived=True))
        out.extend(q.line_statements(line.id, as_of) for line in store.lines.all())
        out.append(q.schedule(as_of, 24))
    return out


def test_round_trip_gives_identical_json_and_identical_statements(full, empty):
    text = ExportService(full).json_text(WHEN)
    result = ExportService(empty).import_json(text.encode())
    assert result.counts["purchases"] == 13 and result.changes.statements
    assert ExportService(empty).json_text(WHEN) == text
    assert _state(empty) == _state(full)
    assert snapshot.read_tables(empty.db) == snapshot.read_tables(full.db) | {
        "installment_parts": snapshot.read_tables(empty.db)["installment_parts"]}  # part ids are renumbered


def test_the_document_speaks_domain_terms(full):
    doc = ExportService(full).document(WHEN)
    assert doc["format"] == "debtlens-export" and doc["format_version"] == 1
    assert doc["exported_at"] == "2025-03-01T10:15:00"
    huabei = doc["lines"][0]
    assert huabei["name"] == "花呗" and huabei["min_payment_rate"] == "0.10"
    assert huabei["fee_presets"]["12"] == "0.088" and huabei["statement_day_inclusive"] is False
    assert huabei["limits"] == [{"effective": "2024-01-01", "limit_fen": 500000},
                                {"effective": "2024-06-01", "limit_fen": 800000}]
    assert doc["lines"][1]["auto_repay_failures"] == ["2024-03-31"]
    assert doc["lines"][2]["archived"] is True
    plan = doc["plans"][0]
    assert plan["fee_rate"] == "0.088" and len(plan["parts"]) == 13 and plan["closed_on"] == "2024-05-20"
    assert {p["status"] for p in plan["parts"]} == {"scheduled", "cancelled", "payoff"}
    assert any(r["applies_as_payment"] is True for r in doc["refunds"])
    assert doc["settings"] == {"default_line_id": "1", "monthly_income_fen": "1200000",
                               "my_limits.max_active_plans": "1", "my_limits.monthly_cap_fen": "200000"}
    merchants = [p["merchant"] for p in doc["purchases"]]
    assert SQL_LIKE in merchants and FORMULA_LIKE in merchants  # verbatim
    assert all(isinstance(p["amount_fen"], int) for p in doc["purchases"])
    assert [r.get("funded_by_line_id") for r in doc["repayments"]][:2] == [2, None]  # repaid from the card
    # tables the document has no shape for yet travel as they are (my own limits, the cooling-off list)
    assert doc["other_tables"] == {"personal_limits": [{"line_id": 1, "limit_fen": 300000}], "wishlist": []}


def test_every_table_of_the_schema_is_exported(full):
    doc = ExportService(full).document()
    assert set(doc["counts"]) == set(snapshot.data_tables(full.db))
    assert doc["counts"] == snapshot.row_counts(full.db)


def test_import_into_a_database_with_data_is_refused(full):
    text = ExportService(full).json_text(WHEN)
    before = snapshot.row_counts(full.db)
    with pytest.raises(ValidationError, match="already holds data"):
        ExportService(full).import_json(text.encode())
    assert snapshot.row_counts(full.db) == before


def _mutations():
    def at(path, value):
        def apply(doc):
            target = doc
            for key in path[:-1]:
                target = target[key]
            target[path[-1]] = value
        return apply

    def dup_id(doc):
        doc["purchases"][1]["id"] = doc["purchases"][0]["id"]

    def extra_column(doc):
        doc["purchases"][0]["colour"] = "red"

    return [
        ("format", at(["format"], "something"), "file", "not a DebtLens export"),
        ("newer", at(["format_version"], 2), "format_version", "newer DebtLens"),
        ("float-fen", at(["purchases", 0, "amount_fen"], 12.5), "purchases[0].amount_fen", "whole number"),
        ("negative", at(["purchases", 0, "amount_fen"], -5), "purchases[0].amount_fen", "must not be negative"),
        ("zero", at(["purchases", 0, "amount_fen"], 0), "purchases[0].amount_fen", "must be greater than zero"),
        ("bad-date", at(["purchases", 0, "posted_on"], "2025-02-30"), "purchases[0].posted_on", "date"),
        ("leap", at(["repayments", 0, "paid_on"], "2025-02-29"), "repayments[0].paid_on", "date"),
        ("unknown-line", at(["purchases", 0, "line_id"], 99), "purchases[0].line_id", "not in the file"),
        ("unknown-purchase", at(["refunds", 0, "purchase_id"], 999), "refunds[0].purchase_id", "not in the file"),
        ("unknown-column", extra_column, "purchases.colour", "not known"),
        ("statement-day", at(["lines", 0, "statement_day"], 32), "lines[0].statement_day", "1 to 31"),
        ("empty-name", at(["lines", 0, "name"], " "), "lines[0].name", "empty"),
        ("rate", at(["plans", 0, "fee_rate"], 0.088), "plans[0].fee_rate", "decimal string"),
        ("nan-rate", at(["lines", 0, "min_payment_rate"], "NaN"), "lines[0].min_payment_rate", "decimal string"),
        ("status", at(["plans", 0, "parts", 0, "status"], "weird"), "plans[0].parts[0].status", "one of"),
        ("bool", at(["lines", 0, "archived"], "no"), "lines[0].archived", "true or false"),
        ("settings", at(["settings"], []), "settings", "map"),
        ("duplicate-id", dup_id, "purchases[1].id", "repeats the id"),
    ]


@pytest.mark.parametrize(("name", "mutate", "field", "words"), _mutations(), ids=[m[0] for m in _mutations()])
def test_a_bad_export_file_is_refused_naming_the_record_and_nothing_is_written(full, empty, name, mutate, field,
                                                                                words):
    doc = ExportService(full).document(WHEN)
    bad = copy.deepcopy(doc)
    mutate(bad)
    with pytest.raises(ValidationError) as info:
        ExportService(empty).import_json(dumps(bad).encode())
    assert info.value.field == field
    assert words in info.value.reason
    assert not any(snapshot.row_counts(empty.db).values())
    ExportService(empty).import_json(dumps(doc).encode())  # the good file still goes in afterwards


@pytest.mark.parametrize("text", [b"", b"not json", b"[1, 2]", b"\xff\xfe", b'{"format": "x"}'])
def test_files_that_are_not_exports_are_refused(empty, text):
    with pytest.raises(ValidationError) as info:
        ExportService(empty).import_json(text)
    assert info.value.field == "file"


def test_from_document_and_loads_are_pure(full):
    doc = loads(ExportService(full).json_text())
    tables = from_document(doc)
    assert len(tables["installment_parts"]) == doc["counts"]["installment_parts"]


# -- CSV -------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("value", "cell"), [
    ("=1+2", "'=1+2"), ("+8613800000000", "'+8613800000000"), ("-5", "'-5"), ("@SUM(A1)", "'@SUM(A1)"),
    ("\tx", "'\tx"), ("\rx", "'\rx"), ("\nx", "'\nx"), (FORMULA_LIKE, "'" + FORMULA_LIKE),
    ("a=b", "a=b"), ("盒马 -5", "盒马 -5"), ("", ""), (None, ""), (-5, "-5"), (12999, "12999"), (True, "1"),
    (SQL_LIKE, SQL_LIKE), ("2024-03-01", "2024-03-01"),
])
def test_csv_cells_that_could_run_as_formulas_get_an_apostrophe(value, cell):
    assert escape_cell(value) == cell


def _read_zip(path):
    with zipfile.ZipFile(path) as zf:
        return {n: zf.read(n) for n in zf.namelist()}


def test_csv_zip_has_one_file_per_table_and_escapes_formulas(full, tmp_path):
    out = ExportService(full).export_csv(tmp_path / "export.zip")
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    files = _read_zip(out)
    assert set(files) == {f"{t}.csv" for t in snapshot.data_tables(full.db)}
    raw = files["purchases.csv"]
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert len(rows) == 13
    by_merchant = {r["merchant"]: r for r in rows}
    assert "'" + FORMULA_LIKE in by_merchant and SQL_LIKE in by_merchant
    assert by_merchant["'" + FORMULA_LIKE]["category"] == "'-negative looking"
    assert by_merchant[SQL_LIKE]["amount_fen"] == "5200"
    for name, data in files.items():
        for row in csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")):
            assert not any(c[:1] in ("=", "+", "-", "@", "\t", "\r") for c in row if not c.lstrip("-").isdigit()), \
                (name, row)
    empty_table = list(csv.reader(io.StringIO(files["auto_repay_failures.csv"].decode("utf-8-sig"))))
    assert empty_table[0] == ["line_id", "statement_date"]


def test_csv_folder_export_is_private_and_never_overwrites(full, tmp_path):
    folder = ExportService(full).export_csv(tmp_path / "csv")
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert all(stat.S_IMODE(f.stat().st_mode) == 0o600 for f in folder.iterdir())
    with pytest.raises(ValidationError, match="exists already"):
        ExportService(full).export_csv(tmp_path / "csv")
    ExportService(full).export_csv(tmp_path / "csv", overwrite=True)


def test_json_export_file_is_private_atomic_and_never_overwritten_by_accident(full, tmp_path):
    out = ExportService(full).export_json(tmp_path / "e.json")
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert json.loads(out.read_text("utf-8"))["counts"]["purchases"] == 13
    with pytest.raises(ValidationError, match="exists already"):
        ExportService(full).export_json(out)
    with pytest.raises(ValidationError, match="does not exist"):
        ExportService(full).export_json(tmp_path / "nope" / "e.json")
    assert sorted(p.name for p in tmp_path.glob("*.json*")) == ["e.json"]


# -- CLI -------------------------------------------------------------------------------------------------------
def _cli(capsys, *args):
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_cli_export_import_backup_and_restore(full, tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    src = str(tmp_path / "full.db")
    code, out, _ = _cli(capsys, "--db", src, "export")
    assert code == 0
    exported = next(tmp_path.glob("debtlens-export-*.json"))
    assert _cli(capsys, "--db", src, "export")[0] == 2  # exists: refused
    assert _cli(capsys, "--db", src, "export", "--force")[0] == 0
    code, out, _ = _cli(capsys, "--db", src, "export", "--out", "-")
    assert code == 0 and json.loads(out)["counts"]["purchases"] == 13
    assert _cli(capsys, "--db", src, "export", "--format", "csv", "--out", "t.zip")[0] == 0
    assert _cli(capsys, "--db", src, "export", "--format", "csv", "--out", "folder")[0] == 0
    assert (tmp_path / "folder" / "purchases.csv").is_file()

    new = str(tmp_path / "new.db")
    code, out, _ = _cli(capsys, "--db", new, "import-json", str(exported))
    assert code == 0 and "purchases 13" in out
    code, _, err = _cli(capsys, "--db", new, "restore-json", str(exported))
    assert code == 2 and "already holds data" in err
    for args in (["status", "--today", "2024-06-15", "--json"], ["schedule", "--today", "2024-06-15", "--json"]):
        assert _cli(capsys, "--db", src, *args)[1] == _cli(capsys, "--db", new, *args)[1]

    code, out, _ = _cli(capsys, "--db", new, "backup")
    assert code == 0 and "Backed up to" in out
    code, out, _ = _cli(capsys, "--db", new, "backup", "--list", "--json")
    listed = json.loads(out)
    assert listed[0]["reason"] == "manual" and {b["reason"] for b in listed} <= {"manual", "auto"}
    assert _cli(capsys, "--db", new, "purchase", "add", "--line", "花呗", "--date", "2024-07-01",
                "--amount", "1")[0] == 0
    code, out, _ = _cli(capsys, "--db", new, "restore", "latest")
    assert code == 0 and "saved as" in out
    code, out, _ = _cli(capsys, "--db", new, "purchase", "list", "--json", "--limit", "100")
    assert len(json.loads(out)) == 13
    code, _, err = _cli(capsys, "--db", new, "restore", "no-such-backup")
    assert code == 2 and "backup" in err

    # another ledger's backup, given by its path, replaces this ledger only when asked for with --any-file
    assert _cli(capsys, "--db", src, "backup")[0] == 0
    other = json.loads(_cli(capsys, "--db", src, "backup", "--list", "--json")[1])[0]["path"]
    code, _, err = _cli(capsys, "--db", new, "restore", other)
    assert code == 2 and "is not one of the backups of new.db" in err and "--any-file" in err
    assert len(json.loads(_cli(capsys, "--db", new, "purchase", "list", "--json", "--limit", "100")[1])) == 13
    code, out, _ = _cli(capsys, "--db", new, "restore", other, "--any-file")
    assert code == 0 and "saved as" in out
