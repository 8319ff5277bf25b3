"""Undo / redo: every kind of change undone gives back the ledger's exact JSON export from before it, redone the one
from after it; an import is one step; the history is bounded, survives reopening, and never overwrites what it did
not record."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from datetime import date as _date
from decimal import Decimal
from pathlib import Path

import pytest

from app.domain.credit_line import AutoRepay, CreditLine, LineKind
from app.domain.debt_load import UtilizationThresholds
from app.services.backup_service import BackupService
from app.services.debt_load import Thresholds, ThresholdService
from app.services.export_service import ExportService
from app.services.importing import ImportService
from app.services.settings import SettingsService
from app.services.undo import MAX_STEPS, STEP_NAMES, UndoService, UndoUnavailable
from app.storage.db import open_database
from app.storage.repositories import Store

DATA = Path(__file__).resolve().parents[1] / "data"
SCHEMAS = DATA / "schemas"
AT = datetime(2026, 3, 20, 9, 0)


def export(store: Store) -> str:
    """The whole ledger as its JSON export, at a fixed time."""
    return ExportService(store).json_text(AT)


@pytest.fixture
def undo(store):
    return UndoService(store)


@pytest.fixture
def card(ledger):
    line = CreditLine("招商银行信用卡", kind=LineKind.CREDIT_CARD, statement_day=5, due_day=23)
    return ledger.add_line(line, limit_fen=2000000).ids["line"]


@pytest.fixture
def filled(store, ledger, huabei, card):
    """A ledger with a purchase paid in full, a 12-period plan with a refund, repayments; returns ids."""
    ids = {"huabei": huabei, "card": card}
    ids["plain"] = ledger.record_purchase(huabei, date(2026, 1, 5), 12900, merchant="示例超市").ids["purchase"]
    ids["phone"] = ledger.record_purchase(huabei, date(2026, 1, 20), 450000, merchant="示例手机店",
                                          installments=12, fee_rate=Decimal("0.088")).ids["purchase"]
    ledger.record_refund(huabei, date(2026, 1, 25), 1000, purchase_id=ids["plain"])
    ids["repayment"] = ledger.record_repayment(huabei, date(2026, 2, 8), 12900).ids["repayment"]
    ledger.record_purchase(card, date(2026, 1, 10), 88800, merchant="示例酒店")
    SettingsService(store).set_monthly_income(1200000)
    return ids


def _plan(store, purchase_id):
    return store.plans.for_purchase(purchase_id).id


#: (name shown, action(store, ledger, ids)) for every kind of change the user can make.
ACTIONS = {
    "add purchase": ("Add purchase ¥59.90", lambda s, lg, i: lg.record_purchase(
        i["huabei"], date(2026, 3, 1), 5990, merchant="示例咖啡")),
    "add installment purchase": ("Add purchase ¥3,000.00", lambda s, lg, i: lg.record_purchase(
        i["huabei"], date(2026, 3, 2), 300000, installments=6, fee_rate=Decimal("0.045"))),
    "edit purchase text": ("Edit purchase ¥129.00", lambda s, lg, i: lg.edit_purchase(
        i["plain"], merchant="示例便利店", note="改了名字")),
    "edit purchase amount": ("Edit purchase ¥5,000.00", lambda s, lg, i: lg.edit_purchase(
        i["phone"], amount_fen=500000, installments=6)),
    "delete purchase paid in full": ("Delete purchase ¥129.00", lambda s, lg, i: lg.delete_purchase(i["plain"])),
    "delete installment purchase": ("Delete purchase ¥4,500.00", lambda s, lg, i: lg.delete_purchase(i["phone"])),
    "refund": ("Record refund ¥20.00", lambda s, lg, i: lg.record_refund(
        i["huabei"], date(2026, 2, 1), 2000, purchase_id=i["plain"])),
    "refund of an installment purchase": ("Record refund ¥1,000.00", lambda s, lg, i: lg.record_refund(
        i["huabei"], date(2026, 3, 3), 100000, purchase_id=i["phone"])),
    "repayment": ("Record repayment ¥300.00", lambda s, lg, i: lg.record_repayment(
        i["huabei"], date(2026, 3, 8), 30000)),
    "delete repayment": ("Delete repayment ¥129.00", lambda s, lg, i: lg.delete_repayment(i["repayment"])),
    "credit-line terms": ("Edit credit line 花呗", lambda s, lg, i: lg.edit_line(
        i["huabei"], statement_day=15, due_day=25, fee_presets={3: Decimal("0.025")})),
    "auto-repay mode": ("Edit credit line 招商银行信用卡", lambda s, lg, i: lg.edit_line(
        i["card"], auto_repay=AutoRepay.FULL, today=date(2026, 3, 1))),
    "archive line": ("Archive credit line 招商银行信用卡", lambda s, lg, i: lg.archive_line(i["card"])),
    "limit change": ("Change the limit of 花呗 to ¥8,000.00", lambda s, lg, i: lg.change_limit(
        i["huabei"], 800000, date(2026, 2, 1))),
    "add line": ("Add credit line 白条", lambda s, lg, i: lg.add_line(
        CreditLine("白条", kind=LineKind.BNPL), limit_fen=300000)),
    "delete line": ("Delete credit line 花呗", lambda s, lg, i: lg.delete_line(i["huabei"])),
    "failed auto-repayment": ("Mark the automatic repayment of Feb 5, 2026 as failed",
                              lambda s, lg, i: lg.set_auto_repay_failed(i["card"], date(2026, 2, 5))),
    "early payoff": ("Pay off installment plan early (¥4,080.00)", lambda s, lg, i: lg.pay_off_plan(
        _plan(s, i["phone"]), date(2026, 3, 10))),
    "bill installment": ("Turn the bill of Feb 5, 2026 into 6 installments", lambda s, lg, i: lg.convert_statement(
        i["card"], date(2026, 2, 5), 6, Decimal("0.045"), today=date(2026, 2, 10))),
    "monthly income": ("Change monthly income", lambda s, lg, i: SettingsService(s).set_monthly_income(900000)),
    "default line": ("Change the default credit line", lambda s, lg, i: SettingsService(s).set_default_line(
        i["card"])),
    "housing": ("Change monthly housing payment", lambda s, lg, i: ThresholdService(s).set_housing(300000)),
    "thresholds": ("Change the warning thresholds", lambda s, lg, i: ThresholdService(s).save(Thresholds(
        utilization=UtilizationThresholds(Decimal("0.2"), Decimal("0.4"), Decimal("0.6"), Decimal("0.8"))))),
}


@pytest.mark.parametrize("kind", list(ACTIONS))
def test_each_change_undoes_to_the_export_before_and_redoes_to_the_one_after(store, ledger, undo, filled, kind):
    name, action = ACTIONS[kind]
    before = export(store)
    steps_before = len(undo.history())
    action(store, ledger, filled)
    after = export(store)
    assert after != before
    assert len(undo.history()) == steps_before + 1  # one step, whatever it wrote
    step = undo.next_undo()
    assert step.text() == name

    changes = undo.undo()
    assert export(store) == before
    assert changes.statements or changes.settings
    assert undo.next_redo() == step.__class__(step.id, step.name, step.args, False, step.created)
    assert undo.next_undo() is None or undo.next_undo().id < step.id
    undo.redo()
    assert export(store) == after
    undo.undo()
    assert export(store) == before


def test_the_step_names_are_the_listed_templates(store, ledger, undo, filled):
    names = {step.name for step in undo.history()}
    assert names <= set(STEP_NAMES)
    assert len(set(STEP_NAMES)) == len(STEP_NAMES)


def test_undoing_everything_empties_the_ledger_and_redo_rebuilds_it(store, undo, filled):
    full = export(store)
    count = len(undo.history())
    for _ in range(count):
        undo.undo()
    assert undo.next_undo() is None
    empty = Store(open_database(":memory:"))
    assert export(store) == export(empty)
    for _ in range(count):
        undo.redo()
    assert export(store) == full and undo.next_redo() is None
    with pytest.raises(UndoUnavailable) as nothing:
        undo.redo()
    assert nothing.value.kind == "nothing"


def test_a_new_change_after_undo_discards_the_redo_branch(store, ledger, undo, filled):
    ledger.record_repayment(filled["huabei"], date(2026, 3, 8), 30000)
    undo.undo()
    assert undo.next_redo().text() == "Record repayment ¥300.00"
    ledger.record_repayment(filled["huabei"], date(2026, 3, 9), 10000)
    assert undo.next_redo() is None
    assert [s.text() for s in undo.history()[:2]] == ["Record repayment ¥100.00", "Change monthly income"]


def test_a_failed_change_leaves_no_step(store, ledger, undo, filled):
    history = undo.history()
    with pytest.raises(Exception):  # noqa: B017 - whatever the service raises, nothing is recorded
        ledger.record_refund(filled["huabei"], date(2026, 2, 1), 99999999, purchase_id=filled["plain"])
    assert undo.history() == history


def test_a_file_import_is_one_step(store, undo, huabei):
    before = export(store)
    service = ImportService(store)
    data = (DATA / "alipay_app_sample_gbk.csv").read_bytes()
    service.commit(service.preview(data, "alipay_app_sample_gbk.csv", huabei, today=_date(2026, 3, 20)))
    after = export(store)
    assert store.purchases.count() == 10
    assert undo.next_undo().text() == "Import alipay_app_sample_gbk.csv"
    assert len(undo.history()) == 2  # the line, then the whole import
    undo.undo()
    assert export(store) == before and store.purchases.count() == 0
    undo.redo()
    assert export(store) == after


def test_an_import_with_installment_purchases_is_one_step(store, undo, huabei):
    rows = ["date,merchant,category,amount,installments",
            "2026-01-05,示例店A,Dining,100.00,1", "2026-01-06,示例店B,Electronics,1200.00,12"]
    before = export(store)
    service = ImportService(store)
    preview = service.preview("\n".join(rows).encode(), "manual.csv", huabei, today=_date(2026, 3, 20))
    service.commit(preview)
    after = export(store)
    assert store.purchases.count() == 2 and store.plans.for_line(huabei)[0].periods == 12
    assert [s.name for s in undo.history()] == ["Import {file}", "Add credit line {line}"]
    undo.undo()
    assert export(store) == before
    undo.redo()
    assert export(store) == after


def test_a_json_export_imported_into_an_empty_database_is_one_step(store, filled, tmp_path):
    document = export(store).encode()
    target = Store(open_database(tmp_path / "new.db"))
    try:
        empty = export(target)
        ExportService(target).import_json(document)
        assert export(target) == document.decode()
        steps = UndoService(target)
        assert [s.text() for s in steps.history()] == ["Import a JSON export"]
        steps.undo()
        assert export(target) == empty
        steps.redo()
        assert export(target) == document.decode()
    finally:
        target.close()


def test_the_history_is_not_part_of_the_export_and_an_emptied_ledger_takes_an_import(store, undo, filled, tmp_path):
    document = ExportService(store).document(AT)
    assert "undo_steps" not in document["other_tables"] and "undo_log" not in document["other_tables"]
    while undo.next_undo() is not None:  # empty again, with a history
        undo.undo()
    ExportService(store).import_json(export(Store(open_database(":memory:"))).encode())  # allowed: no data


def test_the_history_is_bounded(store, undo, huabei):
    settings = SettingsService(store)
    for fen in range(MAX_STEPS + 5):
        settings.set_monthly_income(fen)
    history = undo.history()
    assert len(history) == MAX_STEPS
    assert history[0].args["amount_fen"] == MAX_STEPS + 4
    assert store.db.conn.execute(
        "SELECT count(*) FROM undo_log WHERE step_id NOT IN (SELECT id FROM undo_steps)").fetchone()[0] == 0


def test_the_history_survives_closing_the_file(tmp_path):
    path = tmp_path / "ledger.db"
    store = Store(open_database(path))
    from app.services.ledger import LedgerService

    ledger = LedgerService(store)
    line = ledger.add_line(CreditLine("花呗"), limit_fen=500000).ids["line"]
    purchase = ledger.record_purchase(line, date(2026, 1, 5), 12900).ids["purchase"]
    before = export(store)
    ledger.delete_purchase(purchase)
    store.close()
    store = Store(open_database(path))
    try:
        assert UndoService(store).next_undo().text() == "Delete purchase ¥129.00"
        UndoService(store).undo()
        assert export(store) == before
    finally:
        store.close()


def test_the_v4_fixture_history_undoes_to_an_empty_ledger(tmp_path):
    path = tmp_path / "ledger.db"
    path.write_bytes((SCHEMAS / "v4.db").read_bytes())
    store = Store(open_database(path))
    try:
        full, undo = export(store), UndoService(store)
        steps = len(undo.history())
        assert steps == 29
        for _ in range(steps):
            undo.undo()
        assert export(store) == export(Store(open_database(":memory:")))
        for _ in range(steps):
            undo.redo()
        assert export(store) == full
    finally:
        store.close()


def test_a_write_outside_a_step_clears_the_history_but_settings_of_the_app_do_not(store, undo, filled, tmp_path):
    assert undo.next_undo() is not None
    BackupService(tmp_path / "ledger.db", store).set_policy(5, 2)  # the app's own settings: history kept
    assert undo.next_undo().text() == "Change monthly income"
    with store.atomic():  # a ledger row written outside a step (as a demo build does)
        store.lines.set_created_at("2026-01-01 00:00:00")
    assert undo.history() == []


def test_a_row_changed_behind_its_back_stops_the_undo_and_clears_the_history(store, ledger, undo, filled, tmp_path):
    ledger.delete_purchase(filled["plain"])
    other = sqlite3.connect(tmp_path / "ledger.db")  # another program, without DebtLens's triggers
    other.execute("INSERT INTO purchases (id, line_id, posted_on, statement_date, amount_fen) "
                  "VALUES (?, ?, '2026-01-05', '2026-02-01', 100)", [filled["plain"], filled["huabei"]])
    other.commit()
    other.close()
    before = export(store)
    with pytest.raises(UndoUnavailable) as problem:
        undo.undo()
    assert problem.value.kind == "conflict"
    assert "purchases row" in str(problem.value)
    assert export(store) == before
    assert undo.history() == []


def test_a_restore_step_is_reverted_by_the_saved_copy(store, undo, filled):
    step_id = store.undo.add_step("Restore backup {file}", {"file": "x.bak", "saved": "/nonexistent/x.bak"})
    step = undo.next_undo()
    assert step.id == step_id and step.is_restore and step.text() == "Restore backup x.bak"
    with pytest.raises(UndoUnavailable) as restore:
        undo.undo()
    assert restore.value.kind == "restore"
    with pytest.raises(UndoUnavailable) as gone:
        undo.restore_target(step)
    assert gone.value.kind == "file_gone" and gone.value.path == Path("/nonexistent/x.bak")
    # the reason is a Message, translated where it is said: the Chinese command line says it in Chinese
    from app.i18n.messages import translated

    zh = {("Errors", "the copy of the data saved before that restore (%1) is gone"): "那次恢复之前保存的数据副本（%1）已经不在了"}
    assert translated(gone.value.reason, lambda c, s: zh.get((c, s), s)) == "那次恢复之前保存的数据副本（/nonexistent/x.bak）已经不在了"


def test_a_change_that_changes_nothing_is_not_a_step(store, ledger, undo, filled):
    settings = SettingsService(store)
    settings.set_default_line(filled["card"])
    steps = len(undo.history())
    settings.set_default_line(filled["card"])  # saved again as it was
    ledger.edit_purchase(filled["plain"], merchant="示例超市")
    assert len(undo.history()) == steps and undo.next_undo().text() == "Change the default credit line"


def _big_bill(n: int) -> bytes:
    rows = ["date,merchant,category,amount,installments"]
    rows += [f"2026-01-{1 + i % 28:02d},示例网店{i},Dining,{10 + i % 90}.{i % 100:02d},{6 if i % 500 == 0 else 1}"
             for i in range(n)]
    return "\n".join(rows).encode()


def test_a_large_import_is_undone_and_redone_as_whole_ranges_of_rows(store, undo, huabei, tmp_path):
    before = export(store)
    service = ImportService(store)
    service.commit(service.preview(_big_bill(3000), "big.csv", huabei, today=_date(2026, 3, 20)))
    after = export(store)
    assert store.purchases.count() == 3000
    step = undo.next_undo().id

    def log() -> dict[str, int]:
        return dict(store.db.conn.execute(
            "SELECT op, count(*) FROM undo_log WHERE step_id = ? GROUP BY op", [step]).fetchall())

    # the 2,994 purchases paid in full are one range; the 6 in installments (and their plans) row by row
    assert log() == {"R": 1, "I": 6 + 6 + 36}
    undo.undo()
    assert export(store) == before and log() == {"B": 1, "D": 6 + 6 + 36}
    undo.redo()
    assert export(store) == after and log() == {"R": 1, "I": 6 + 6 + 36}
    undo.undo()

    other = sqlite3.connect(tmp_path / "ledger.db")  # another program takes an id of the range meanwhile
    other.execute("INSERT INTO purchases (id, line_id, posted_on, statement_date, amount_fen) "
                  "VALUES (1500, ?, '2026-01-05', '2026-02-01', 100)", [huabei])
    other.commit()
    other.close()
    with pytest.raises(UndoUnavailable) as problem:
        undo.redo()
    assert problem.value.kind == "conflict" and store.purchases.count() == 1


def test_a_bulk_insert_keeps_the_history_and_a_later_write_outside_a_step_still_clears_it(store, undo, filled):
    from app.domain.postings import Purchase

    before = len(undo.history())
    rows = [Purchase(line_id=filled["huabei"], posted_on=date(2026, 2, d), amount_fen=100 * d,
                     statement_date=date(2026, 3, 1), source="test", source_key=f"bulk-{d}") for d in range(1, 21)]
    with store.step("Import {file}", file="bulk.csv"):
        store.purchases.insert_many(rows, batch=7)  # three batches, one range in the history
    assert len(undo.history()) == before + 1
    assert store.db.conn.execute("SELECT count(*) FROM undo_log WHERE op = 'R'").fetchone()[0] == 1
    names = {r[0] for r in store.db.conn.execute("SELECT name FROM sqlite_temp_master WHERE type = 'trigger'")}
    assert {"undo_purchases_I", "undo_purchases_I_outside"} <= names  # both back after the bulk insert
    with store.atomic():  # then a purchase written outside a step: the history is forgotten as before
        store.db.conn.execute("INSERT INTO purchases (line_id, posted_on, statement_date, amount_fen) "
                              "VALUES (?, '2026-02-25', '2026-03-01', 100)", [filled["huabei"]])
    assert undo.history() == []
