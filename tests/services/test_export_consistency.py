"""import-json takes only a ledger the app itself could have written: each purchase on the bill of its posting date,
installment plans whose parts make their principal and fee, no purchase in installments without its plan, and every
required field and unique key checked before anything is written, naming ``table[index].field``. Every way of
building a ledger (typed purchases in installments, refunds, early payoffs, bill installments, a statement day
changed later, bill imports, the demo, the workshop stories) still exports and restores to the very same data."""

from __future__ import annotations

import copy
import json
import shutil
import sqlite3
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from app.cli import main
from app.domain.credit_line import CreditLine
from app.domain.errors import ValidationError
from app.domain.postings import payoff_effect
from app.exporters import json_consistency
from app.services.demo import build_demo
from app.services.export_service import ExportService
from app.services.ledger import LedgerService
from app.storage import snapshot
from app.storage.db import open_database
from app.storage.repositories import Store
from app.workshop.build import build_scenario
from app.workshop.library import load_file, shipped

DATA = Path(__file__).resolve().parents[1] / "data"
SAMPLES = ["alipay_app_sample_gbk.csv", "boc_card_sample.csv", "bocom_card_sample.csv", "cc_statement_sample.ofx",
           "citic_card_sample.xls", "jd_bill_sample.csv", "manual_entry_sample.csv", "meituan_bill_sample.csv",
           "wechat_sample_utf8bom.csv"]


def _cli(db: Path, *args: str) -> None:
    assert main(["--db", str(db), *args]) == 0, args


@pytest.fixture(scope="module")
def every_path(tmp_path_factory) -> Path:
    """A ledger built through every command that writes purchases, refunds and plans."""
    db = tmp_path_factory.mktemp("paths") / "every.db"
    _cli(db, "line", "add", "花呗", "--limit", "20000")
    _cli(db, "line", "add", "卡", "--limit", "50000", "--kind", "credit_card", "--statement-day", "31",
         "--due-day", "18")
    buy = ("purchase", "add", "--line")
    _cli(db, *buy, "花呗", "--date", "2024-10-30", "--amount", "12.00", "--merchant", "店")       # 1
    _cli(db, *buy, "花呗", "--date", "2024-10-02", "--amount", "600", "--installments", "3",
         "--fee-rate", "2.5%")                                                                   # 2: refunded in part
    _cli(db, *buy, "花呗", "--date", "2024-10-03", "--amount", "1000.01", "--installments", "6",
         "--fee-rate", "4.5%")                                                                   # 3: paid off early
    _cli(db, *buy, "花呗", "--date", "2024-10-04", "--amount", "300", "--installments", "3",
         "--fee-rate", "2.5%")                                                                   # 4: refunded in full
    _cli(db, *buy, "卡", "--date", "2024-01-31", "--amount", "999.99", "--installments", "12",
         "--fee-rate", "8.8%")                                                                   # 5: day 31, Feb
    _cli(db, *buy, "卡", "--date", "2024-02-10", "--amount", "50")                               # 6: refunded, billed
    _cli(db, "refund", "--line", "花呗", "--date", "2024-12-05", "--amount", "100", "--purchase", "2")
    _cli(db, "refund", "--line", "花呗", "--date", "2024-12-20", "--amount", "50", "--purchase", "2")
    _cli(db, "refund", "--line", "花呗", "--date", "2024-11-10", "--amount", "300", "--purchase", "4")
    _cli(db, "refund", "--line", "卡", "--date", "2024-03-15", "--amount", "20", "--purchase", "6")
    _cli(db, "refund", "--line", "卡", "--date", "2024-03-16", "--amount", "8")
    _cli(db, "payoff", "--purchase", "3", "--date", "2025-01-15")
    _cli(db, "convert", "--line", "卡", "--statement", "2024-03-31", "--periods", "3", "--fee-rate", "1.8%",
         "--amount", "100", "--today", "2024-04-02")
    # made before the first purchase: every bill and plan part moves
    _cli(db, "line", "edit", "花呗", "--statement-day", "8", "--today", "2024-09-01")
    _cli(db, *buy, "花呗", "--date", "2025-02-08", "--amount", "240", "--installments", "12", "--fee-rate", "0%")
    _cli(db, "repay", "--line", "花呗", "--date", "2024-11-08", "--amount", "50")
    _cli(db, "line", "edit", "卡", "--inclusive", "--today", "2024-01-01")  # a purchase on the 31st stays on that day's bill now
    _cli(db, *buy, "卡", "--date", "2024-05-31", "--amount", "80", "--installments", "3", "--fee-rate", "1%")
    _cli(db, *buy, "卡", "--date", "2024-06-01", "--amount", "1")
    _cli(db, "undo")
    store = Store(open_database(db))  # the window's purchase dialog: an edit rebuilds the plan
    LedgerService(store).edit_purchase(8, amount_fen=9000, installments=6, posted_on=date(2024, 6, 30))
    store.close()
    for name in SAMPLES:
        _cli(db, "line", "add", name, "--limit", "50000", "--kind", "credit_card", "--statement-day", "5",
             "--due-day", "23")
        _cli(db, "import", str(DATA / name), "--line", name)
    return db


def _round_trip(store: Store, tmp_path: Path) -> None:
    tmp_path.mkdir(exist_ok=True)
    text = ExportService(store).json_text()
    copy_store = Store(open_database(tmp_path / "copy.db"))
    ExportService(copy_store).import_json(text.encode())
    assert ExportService(copy_store).json_text() == text
    copy_store.close()


def test_a_ledger_built_through_every_path_exports_and_restores_the_same(every_path, tmp_path):
    store = Store(open_database(every_path))
    doc = ExportService(store).document()
    assert {p["status"] for plan in doc["plans"] for p in plan["parts"]} == {"scheduled", "cancelled", "payoff"}
    assert {plan["kind"] for plan in doc["plans"]} == {"purchase", "bill"}
    assert any(r["amount_fen"] > r["credit_fen"] > 0 for r in doc["refunds"])  # a refund partly taken off a plan
    assert doc["counts"]["purchases"] > 40
    _round_trip(store, tmp_path)
    store.close()


def test_the_demo_and_every_workshop_story_export_and_restore_the_same(tmp_path):
    demo = Store(open_database(tmp_path / "demo.db"))
    build_demo(demo, date(2025, 6, 15))
    _round_trip(demo, tmp_path / "d")
    demo.close()
    for i, path in enumerate(shipped()):
        story = Store(open_database(tmp_path / f"story{i}.db"))
        build_scenario(story, load_file(path))
        _round_trip(story, tmp_path / f"s{i}")
        story.close()


def test_a_plan_a_statement_day_change_moved_after_a_payoff_dated_before_its_purchase_restores(tmp_path):
    """Earlier versions let an early payoff be dated before the purchase (now refused); a later statement-day
    change then moves the plan by its payoff part (on 2024-02-01), not by its first period: what the app wrote,
    import-json takes back."""
    store = Store(open_database(tmp_path / "a.db"))
    ledger = LedgerService(store)
    line = ledger.add_line(CreditLine("L"), 500_000, limit_from=date(2024, 1, 1)).ids["line"]
    pid = ledger.record_purchase(line, date(2024, 2, 1), 170, installments=6, fee_rate=Decimal("0.025")).ids["purchase"]
    _pay_off_as_before(store, store.plans.for_purchase(pid), date(2024, 1, 3))
    ledger.edit_line(line, statement_day=2)
    doc = ExportService(store).document()
    assert doc["purchases"][0]["statement_date"] == "2024-02-02"
    assert [(p["period"], p["statement_date"], p["status"]) for p in doc["plans"][0]["parts"][:2]] == [
        (1, "2024-03-02", "cancelled"), (1, "2024-02-02", "payoff")]
    _round_trip(store, tmp_path / "copy")
    store.close()


def _pay_off_as_before(store, plan, on):
    """Pay ``plan`` off on ``on`` as versions before the check of the payoff date did, whatever the date."""
    parts, _, _ = payoff_effect(plan, on, store.lines.get(plan.line_id))
    with store.atomic():
        store.plans.replace_parts(plan.id, parts, on)


def test_ledgers_of_every_schema_version_export_and_restore_the_same(tmp_path):
    for fixture in sorted((DATA / "schemas").glob("v*.db")):  # written by older versions, opened (migrated) here
        path = tmp_path / fixture.name
        shutil.copyfile(fixture, path)
        store = Store(open_database(path))
        _round_trip(store, tmp_path / fixture.stem)
        store.close()


@pytest.fixture
def doc(every_path) -> dict:
    store = Store(open_database(every_path))
    out = ExportService(store).document()
    store.close()
    return out


def _plan_of(doc: dict, pid: int) -> int:
    return next(k for k, p in enumerate(doc["plans"]) if p["purchase_id"] == pid)


REFUSED = [
    # 1. a bill the purchase's posting date does not fall on
    ("far-bill", lambda d: d["purchases"][0].update(statement_date="2030-01-01"), "purchases[0].statement_date",
     "must be 2024-11-08, the bill its posting date falls on (its credit line's statement day is 8)"),
    ("old-day-bill", lambda d: d["purchases"][0].update(statement_date="2024-11-01"), "purchases[0].statement_date",
     "must be 2024-11-08"),  # the bill of the statement day before the change: every bill moved with it
    ("refund-bill", lambda d: d["refunds"][0].update(statement_date="2025-03-08"), "refunds[0].statement_date",
     "must be 2024-12-08"),
    # 2. plans whose parts do not add up, or are not one per period on consecutive bills
    ("principal", lambda d: d["plans"][_plan_of(d, 3)]["parts"][0].update(
        principal_fen=d["plans"][_plan_of(d, 3)]["parts"][0]["principal_fen"] + 100000), "plans[1].parts",
     "principal parts add up to 200001 fen, not the plan's principal_fen (100001 fen) less what refunds of its "
     "purchase took off it (0 fen)"),
    ("refunded-principal", lambda d: d["plans"][0]["parts"][2].update(principal_fen=0), "plans[0].parts",
     "less what refunds of its purchase took off it (15000 fen)"),
    ("fee-part", lambda d: d["plans"][0]["parts"][1].update(fee_fen=1), "plans[0].parts",
     "fee parts add up to 1001 fen, not the plan's fee_total_fen (1500 fen)"),
    ("fee-total", lambda d: d["plans"][0].update(fee_total_fen=1400), "plans[0].fee_total_fen",
     "must be 1500 fen: the fee rate 0.025 of the principal"),
    ("missing-part", lambda d: d["plans"][0]["parts"].pop(), "plans[0].parts",
     "must hold a part for each period from 1 to 3 (period 3 is missing)"),
    ("extra-part", lambda d: d["plans"][0]["parts"].append(dict(d["plans"][0]["parts"][0])),
     "plans[0].parts[3].period", "repeats plans[0].parts[0].period"),
    ("period", lambda d: d["plans"][0]["parts"][0].update(period=4), "plans[0].parts[0].period",
     "must be a whole number from 1 to 3"),
    ("part-bill", lambda d: d["plans"][0]["parts"][1].update(statement_date="2025-03-08"),
     "plans[0].parts[1].statement_date", "must be 2024-11-08, the bill of period 2 of this plan"),  # 10-02: bill 10-08
    ("payoff-bill", lambda d: next(p for p in d["plans"][1]["parts"] if p["status"] == "payoff").update(
        statement_date="2025-02-10"), "plans[1].parts[4].statement_date", "is not a statement date of this line"),
    ("open-cancelled", lambda d: d["plans"][1].update(closed_on=None), "plans[1].closed_on",
     "the plan has cancelled or paid-off parts"),
    ("bill-source", lambda d: next(p for p in d["plans"] if p["kind"] == "bill").update(source_statement="2024-03-30"),
     "plans[4].source_statement", "is not a statement date of this line (its bills are issued on day 31"),
    ("refund-credit", lambda d: d["refunds"][3].update(credit_fen=3000), "refunds[3].credit_fen",
     "must not be more than the refund's amount_fen (2000)"),
    ("refund-off-nothing", lambda d: d["refunds"][4].update(credit_fen=1), "refunds[4].credit_fen",
     "only a refund of a purchase in installments takes part of it off the plan"),
    # 3. installments and plans that disagree
    ("no-plan", lambda d: d["purchases"][0].update(installments=6), "purchases[0].installments",
     "is 6, but no installment plan in the file belongs to this purchase"),
    ("plan-dropped", lambda d: d["plans"].pop(0), "purchases[1].installments", "is 3, but no installment plan"),
    ("paid-in-full", lambda d: d["purchases"][1].update(installments=1), "purchases[1].installments",
     "is 1 (paid in full), but plans[0] splits this purchase into installments"),
    ("periods", lambda d: d["purchases"][1].update(installments=6), "plans[0].periods",
     "must equal the installments of its purchase (6)"),
    ("plan-amount", lambda d: d["purchases"][1].update(amount_fen=70000), "plans[0].principal_fen",
     "must be the amount of its purchase (70000 fen)"),
    ("plan-line", lambda d: d["plans"][0].update(line_id=2), "plans[0].line_id",
     "must be the credit line of its purchase (1)"),
    ("plan-kind", lambda d: d["plans"][0].update(kind="bill"), "plans[0].kind", "the plan belongs to a purchase"),
    ("bill-kind", lambda d: d["plans"][4].update(kind="purchase"), "plans[4].kind", "the plan belongs to no purchase"),
    # 4. required fields and unique keys, named
    ("null-merchant", lambda d: d["purchases"][0].update(merchant=None), "purchases[0].merchant", "must not be null"),
    ("no-posted-on", lambda d: d["purchases"][0].pop("posted_on"), "purchases[0].posted_on", "is missing"),
    ("no-line-name", lambda d: d["lines"][1].pop("name"), "lines[1].name", "is missing"),
    ("null-part-date", lambda d: d["plans"][0]["parts"][0].update(statement_date=None),
     "plans[0].parts[0].statement_date", "must not be null"),
    ("null-failure", lambda d: d["lines"][0]["auto_repay_failures"].append(None), "lines[0].auto_repay_failures[0]",
     "must not be null"),
    ("twice-failed", lambda d: d["lines"][0].update(auto_repay_failures=["2024-12-08", "2024-12-08"]),
     "lines[0].auto_repay_failures[1]", "repeats lines[0].auto_repay_failures[0]"),
    ("source-key", lambda d: [p.update(source_key="k") for p in d["purchases"][:2]], "purchases[1].source_key",
     "repeats purchases[0].source_key on the same credit line"),
    ("limit-date", lambda d: d["lines"][0]["limits"].append(dict(d["lines"][0]["limits"][0])),
     "lines[0].limits[1].effective", "repeats lines[0].limits[0].effective on the same credit line"),
    ("plan-twice", lambda d: d["plans"][1].update(purchase_id=d["plans"][0]["purchase_id"]),
     "plans[1].purchase_id", "repeats plans[0].purchase_id (it must be unique)"),
    ("plan-id", lambda d: d["plans"][1].update(id=d["plans"][0]["id"]), "plans[1].id", "repeats plans[0].id"),
    ("refund-id", lambda d: d["refunds"][1].update(id=d["refunds"][0]["id"]), "refunds[1].id", "repeats refunds[0].id"),
    ("line-name", lambda d: d["lines"][1].update(name=d["lines"][0]["name"]), "lines[1].name",
     "another credit line already has this name"),
    ("line-case", lambda d: d["lines"][2].update(name=d["lines"][3]["name"].upper()), "lines[3].name",
     "another credit line already has this name"),  # NOCASE: "BOC_CARD_SAMPLE.CSV" is "boc_card_sample.csv"
    ("repayment-zero", lambda d: d["repayments"][0].update(amount_fen=0), "repayments[0].amount_fen",
     "must be greater than zero"),
    ("periods-61", lambda d: d["plans"][0].update(periods=61), "plans[0].periods",
     "must be a whole number from 1 to 60"),
    ("wishlist", lambda d: d["other_tables"]["wishlist"].append({"id": 1, "price_fen": 1, "added_on": "2025-01"}),
     "other_tables.wishlist[0].name", "is missing"),
]


@pytest.mark.parametrize(("name", "mutate", "field", "words"), REFUSED, ids=[r[0] for r in REFUSED])
def test_a_file_the_app_could_not_have_written_is_refused_naming_the_record(doc, tmp_path, name, mutate, field,
                                                                            words):
    bad = copy.deepcopy(doc)
    mutate(bad)
    target = Store(open_database(tmp_path / "new.db"))
    with pytest.raises(ValidationError) as info:
        ExportService(target).import_json(json.dumps(bad, ensure_ascii=False).encode())
    assert info.value.field == field
    assert words in info.value.reason
    assert snapshot.is_empty(target.db)
    target.close()


def test_the_command_line_names_the_record_and_leaves_no_file(doc, tmp_path, capsys):
    bad = copy.deepcopy(doc)
    bad["purchases"][0]["statement_date"] = "2030-01-01"
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(bad, ensure_ascii=False), encoding="utf-8")
    target = tmp_path / "new.db"
    assert main(["--db", str(target), "import-json", str(path)]) == 2
    err = capsys.readouterr().err
    assert ("purchases[0].statement_date: must be 2024-11-08, the bill its posting date falls on (its credit "
            "line's statement day is 8)") in err
    assert not target.exists()


def test_the_record_rules_follow_the_schema(tmp_path):
    """``json_consistency``'s lists of required, not-null and unique columns are the schema's."""
    store = Store(open_database(tmp_path / "schema.db"))
    conn: sqlite3.Connection = store.db.conn
    for table in snapshot.data_tables(store.db):
        if table == "settings":
            continue
        cols = conn.execute(f"SELECT name, \"notnull\", dflt_value, pk FROM pragma_table_info('{table}')").fetchall()
        required = {c for c, notnull, default, pk in cols if notnull and default is None and not (pk and c == "id")}
        defaulted = {c for c, notnull, default, _ in cols if notnull and default is not None}
        implied = set(json_consistency.IMPLIED.get(table, ()))
        if table == "auto_repay_failures":  # a line's list of dates: checked on its own
            continue
        assert set(json_consistency.REQUIRED.get(table, ())) - {"id"} | implied == required, table
        assert set(json_consistency.DEFAULTED.get(table, ())) == defaulted, table
        unique = set()
        for index in conn.execute(f"SELECT name FROM pragma_index_list('{table}') WHERE \"unique\"").fetchall():
            unique.add(tuple(r[0] for r in conn.execute(f"SELECT name FROM pragma_index_info('{index[0]}')")))
        expected = {json_consistency.UNIQUE[table]} if table in json_consistency.UNIQUE else set()
        if table == "credit_lines":
            expected = {("name",)}  # checked case-folded by check_records
        if table == "personal_limits":
            unique.add(("line_id",))  # its INTEGER PRIMARY KEY
        assert unique == expected, table
    store.close()
