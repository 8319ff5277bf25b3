"""Bad input, table-driven, against the services (LedgerService, SettingsService) and the CLI.

Each bad value gets a message naming the field and the problem, writes nothing (the whole export and the row
counts are compared before and after), and the process carries on (a good call right after succeeds).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from app.cli import main
from app.domain.credit_line import CreditLine
from app.domain.errors import NotFoundError, ValidationError
from app.services.export_service import ExportService
from app.services.ledger import LedgerService
from app.services.settings import SettingsService
from app.storage import snapshot
from app.storage.db import open_database
from app.storage.repositories import Store

SQL_LIKE = "'; DROP TABLE purchases;--"
LONG = "长" * 10_000
HUGE_FEN = 10**9 * 100 + 100  # more than a billion yuan


class Ctx:
    """A ledger with a line, a plain purchase, an installment purchase and a bill, for the service cases."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.ledger = LedgerService(store)
        self.settings = SettingsService(store)
        self.line = self.ledger.add_line(CreditLine("花呗"), limit_fen=500000, limit_from=date(2020, 1, 1)).ids["line"]
        self.other = self.ledger.add_line(CreditLine("信用卡", statement_day=31), limit_fen=100000).ids["line"]
        self.purchase = self.ledger.record_purchase(self.line, date(2024, 3, 2), 10000, merchant="plain").ids["purchase"]
        self.inst = self.ledger.record_purchase(self.line, date(2024, 3, 3), 120000, installments=12).ids["purchase"]
        self.plan = store.plans.for_purchase(self.inst).id


def _line(**kw) -> CreditLine:
    return CreditLine(**{"name": "新的", **kw})


# (id, call, field (None: any NotFoundError), words in the reason)
SERVICE_CASES = [
    # credit lines
    ("line-name-empty", lambda c: c.ledger.add_line(_line(name="")), "name", "empty"),
    ("line-name-blank", lambda c: c.ledger.add_line(_line(name="  \u3000 ")), "name", "empty"),
    ("line-name-long", lambda c: c.ledger.add_line(_line(name=LONG)), "name", "longer"),
    ("line-name-control", lambda c: c.ledger.add_line(_line(name="a\x00b")), "name", "control"),
    ("line-name-duplicate", lambda c: c.ledger.add_line(_line(name=" 花呗 ")), "name", "another credit line"),
    ("line-name-duplicate-case", lambda c: (c.ledger.add_line(_line(name="Card")),
                                            c.ledger.add_line(_line(name="CARD"))), "name", "another"),
    ("statement-day-0", lambda c: c.ledger.add_line(_line(statement_day=0)), "statement_day", "1 to 31"),
    ("statement-day-32", lambda c: c.ledger.add_line(_line(statement_day=32)), "statement_day", "1 to 31"),
    ("statement-day-text", lambda c: c.ledger.add_line(_line(statement_day="5")), "statement_day", "1 to 31"),
    ("due-day-32", lambda c: c.ledger.add_line(_line(due_day=32)), "due_day", "1 to 31"),
    ("limit-negative", lambda c: c.ledger.add_line(_line(), limit_fen=-1), "limit", "between"),
    ("limit-huge", lambda c: c.ledger.add_line(_line(), limit_fen=HUGE_FEN), "limit", "between"),
    ("limit-text", lambda c: c.ledger.add_line(_line(), limit_fen="5000"), "limit", "between"),
    ("limit-nan", lambda c: c.ledger.add_line(_line(), limit_fen=Decimal("NaN")), "limit", "between"),
    ("min-rate-negative", lambda c: c.ledger.add_line(_line(min_payment_rate=Decimal("-0.1"))),
     "min_payment_rate", "between"),
    ("min-rate-nan", lambda c: c.ledger.add_line(_line(min_payment_rate=Decimal("NaN"))), "min_payment_rate", ""),
    ("min-rate-float", lambda c: c.ledger.add_line(_line(min_payment_rate=0.1)), "min_payment_rate", ""),
    ("penalty-too-high", lambda c: c.ledger.add_line(_line(daily_penalty_rate=Decimal("0.05"))),
     "daily_penalty_rate", "between"),
    ("grace-31", lambda c: c.ledger.add_line(_line(grace_days=31)), "grace_days", "between"),
    ("currency", lambda c: c.ledger.add_line(_line(currency="XYZ")), "currency", "unknown"),
    ("fee-preset-100", lambda c: c.ledger.add_line(_line(fee_presets={12: Decimal("1")})), "fee_presets", ""),
    ("edit-statement-day", lambda c: c.ledger.edit_line(c.line, statement_day=32), "statement_day", "1 to 31"),
    ("edit-name-duplicate", lambda c: c.ledger.edit_line(c.other, name="花呗"), "name", "another"),
    ("edit-unknown-term", lambda c: c.ledger.edit_line(c.line, colour="red"), "field", "cannot be edited"),
    ("edit-rate-nan", lambda c: c.ledger.edit_line(c.line, min_payment_rate=Decimal("NaN")),
     "min_payment_rate", ""),
    ("edit-unknown-line", lambda c: c.ledger.edit_line(999, due_day=5), None, "credit line"),
    ("change-limit-negative", lambda c: c.ledger.change_limit(c.line, -5, date(2024, 1, 1)), "limit", ""),
    ("change-limit-date", lambda c: c.ledger.change_limit(c.line, 5, "2025-02-30"), "effective", "date"),
    ("change-limit-unknown-line", lambda c: c.ledger.change_limit(999, 5, date(2024, 1, 1)), None, "credit line"),
    # purchases
    ("amount-zero", lambda c: c.ledger.record_purchase(c.line, date(2024, 3, 1), 0), "amount", "greater than zero"),
    ("amount-negative", lambda c: c.ledger.record_purchase(c.line, date(2024, 3, 1), -100), "amount", "greater"),
    ("amount-text", lambda c: c.ledger.record_purchase(c.line, date(2024, 3, 1), "12.50"), "amount", "whole number"),
    ("amount-decimals", lambda c: c.ledger.record_purchase(c.line, date(2024, 3, 1), Decimal("12.5")),
     "amount", "whole number"),
    ("amount-float-nan", lambda c: c.ledger.record_purchase(c.line, date(2024, 3, 1), float("nan")),
     "amount", "whole number"),
    ("amount-huge", lambda c: c.ledger.record_purchase(c.line, date(2024, 3, 1), HUGE_FEN), "amount", "larger"),
    ("date-feb-30", lambda c: c.ledger.record_purchase(c.line, "2025-02-30", 100), "date", "not a date"),
    ("date-feb-29-2025", lambda c: c.ledger.record_purchase(c.line, "2025-02-29", 100), "date", "not a date"),
    ("date-apr-31", lambda c: c.ledger.record_purchase(c.line, "2024-04-31", 100), "date", "not a date"),
    ("date-empty", lambda c: c.ledger.record_purchase(c.line, "", 100), "date", "empty"),
    ("date-blank", lambda c: c.ledger.record_purchase(c.line, "   ", 100), "date", "empty"),
    ("date-text", lambda c: c.ledger.record_purchase(c.line, "yesterday", 100), "date", "not a date"),
    ("date-number", lambda c: c.ledger.record_purchase(c.line, 20240301, 100), "date", "not a date"),
    ("date-1900", lambda c: c.ledger.record_purchase(c.line, date(1900, 1, 1), 100), "date", "between"),
    ("installments-0", lambda c: c.ledger.record_purchase(c.line, date(2024, 3, 1), 100, installments=0),
     "installments", "1 to 60"),
    ("installments-61", lambda c: c.ledger.record_purchase(c.line, date(2024, 3, 1), 100, installments=61),
     "installments", "1 to 60"),
    ("installments-text", lambda c: c.ledger.record_purchase(c.line, date(2024, 3, 1), 100, installments="3"),
     "installments", "1 to 60"),
    ("fee-negative", lambda c: c.ledger.record_purchase(c.line, date(2024, 3, 1), 1000, installments=3,
                                                        fee_rate=Decimal("-0.01")), "fee_rate", "at least 0%"),
    ("fee-100", lambda c: c.ledger.record_purchase(c.line, date(2024, 3, 1), 1000, installments=3,
                                                   fee_rate=Decimal("1")), "fee_rate", "below 100%"),
    ("fee-nan", lambda c: c.ledger.record_purchase(c.line, date(2024, 3, 1), 1000, installments=3,
                                                   fee_rate=Decimal("NaN")), "fee_rate", ""),
    ("fee-text", lambda c: c.ledger.record_purchase(c.line, date(2024, 3, 1), 1000, installments=3,
                                                    fee_rate="8.8%"), "fee_rate", ""),
    ("fee-float", lambda c: c.ledger.record_purchase(c.line, date(2024, 3, 1), 1000, installments=3,
                                                     fee_rate=0.088), "fee_rate", ""),
    ("merchant-long", lambda c: c.ledger.record_purchase(c.line, date(2024, 3, 1), 100, merchant=LONG),
     "merchant", "longer"),
    ("merchant-control", lambda c: c.ledger.record_purchase(c.line, date(2024, 3, 1), 100, merchant="a\x07b"),
     "merchant", "control"),
    ("note-escape", lambda c: c.ledger.record_purchase(c.line, date(2024, 3, 1), 100, note="\x1b[31mred"),
     "note", "control"),
    ("category-long", lambda c: c.ledger.record_purchase(c.line, date(2024, 3, 1), 100, category="c" * 61),
     "category", "longer"),
    ("unknown-line", lambda c: c.ledger.record_purchase(999, date(2024, 3, 1), 100), None, "credit line"),
    ("edit-purchase-field", lambda c: c.ledger.edit_purchase(c.purchase, colour="red"), "field", "cannot"),
    ("edit-purchase-amount", lambda c: c.ledger.edit_purchase(c.purchase, amount_fen=0), "amount", "greater"),
    ("edit-purchase-periods", lambda c: c.ledger.edit_purchase(c.purchase, installments=61), "installments", ""),
    ("edit-purchase-date", lambda c: c.ledger.edit_purchase(c.purchase, posted_on="2025-02-29"), "date", ""),
    ("edit-purchase-merchant", lambda c: c.ledger.edit_purchase(c.purchase, merchant=LONG), "merchant", "longer"),
    ("delete-unknown-purchase", lambda c: c.ledger.delete_purchase(999), None, "purchase"),
    # refunds
    ("refund-too-much", lambda c: c.ledger.record_refund(c.line, date(2024, 3, 5), 10001, purchase_id=c.purchase),
     "amount", "more than is left"),
    ("refund-zero", lambda c: c.ledger.record_refund(c.line, date(2024, 3, 5), 0), "amount", "greater"),
    ("refund-other-line", lambda c: c.ledger.record_refund(c.other, date(2024, 3, 5), 1, purchase_id=c.purchase),
     "purchase", "another credit line"),
    ("refund-unknown-purchase", lambda c: c.ledger.record_refund(c.line, date(2024, 3, 5), 1, purchase_id=999),
     None, "purchase"),
    ("refund-date", lambda c: c.ledger.record_refund(c.line, "2024-02-30", 1), "date", "not a date"),
    # repayments
    ("repay-zero", lambda c: c.ledger.record_repayment(c.line, date(2024, 4, 1), 0), "amount", "greater"),
    ("repay-huge", lambda c: c.ledger.record_repayment(c.line, date(2024, 4, 1), HUGE_FEN), "amount", "larger"),
    ("repay-text", lambda c: c.ledger.record_repayment(c.line, date(2024, 4, 1), "abc"), "amount", "whole"),
    ("repay-date", lambda c: c.ledger.record_repayment(c.line, "2024-06-31", 100), "date", "not a date"),
    ("repay-target-date", lambda c: c.ledger.record_repayment(c.line, date(2024, 4, 1), 100,
                                                              target_statement="2025-02-30"), "statement", "date"),
    ("repay-note-long", lambda c: c.ledger.record_repayment(c.line, date(2024, 4, 1), 100, note=LONG),
     "note", "longer"),
    ("auto-failed-date", lambda c: c.ledger.set_auto_repay_failed(c.line, "2024-02-30"), "statement", "date"),
    # plans
    ("payoff-unknown-plan", lambda c: c.ledger.pay_off_plan(999, date(2024, 5, 1)), None, "plan"),
    ("payoff-date", lambda c: c.ledger.pay_off_plan(c.plan, "2024-13-01"), "date", "not a date"),
    ("payoff-twice", lambda c: (c.ledger.pay_off_plan(c.plan, date(2024, 5, 1)),
                                c.ledger.pay_off_plan(c.plan, date(2024, 5, 2))), "plan", "no unbilled"),
    ("convert-periods-0", lambda c: c.ledger.convert_statement(c.line, date(2024, 4, 1), 0, today=date(2024, 4, 5)),
     "installments", "1 to 60"),
    ("convert-periods-61", lambda c: c.ledger.convert_statement(c.line, date(2024, 4, 1), 61,
                                                                today=date(2024, 4, 5)), "installments", "1 to 60"),
    ("convert-fee-100", lambda c: c.ledger.convert_statement(c.line, date(2024, 4, 1), 3, Decimal("1"),
                                                             today=date(2024, 4, 5)), "fee_rate", "below"),
    ("convert-date", lambda c: c.ledger.convert_statement(c.line, "2024-02-30", 3, today=date(2024, 4, 5)),
     "statement", "date"),
    ("convert-too-much", lambda c: c.ledger.convert_statement(c.line, date(2024, 4, 1), 3, amount_fen=HUGE_FEN,
                                                              today=date(2024, 4, 5)), "amount", ""),
    ("convert-nothing", lambda c: c.ledger.convert_statement(c.line, date(2030, 4, 1), 3, today=date(2024, 4, 5)),
     "statement", "no unpaid"),
    # settings
    ("income-negative", lambda c: c.settings.set_monthly_income(-1), "monthly_income", "zero or more"),
    ("income-text", lambda c: c.settings.set_monthly_income("8000"), "monthly_income", "zero or more"),
    ("default-line-unknown", lambda c: c.settings.set_default_line(999), None, "credit line"),
]


@pytest.fixture
def ctx(tmp_path):
    store = Store(open_database(tmp_path / "ledger.db"))
    yield Ctx(store)
    store.close()


def _state(store):
    return ExportService(store).json_text(), snapshot.row_counts(store.db)


@pytest.mark.parametrize(("name", "call", "field", "words"), SERVICE_CASES, ids=[c[0] for c in SERVICE_CASES])
def test_services_refuse_bad_input_naming_the_field_and_write_nothing(ctx, name, call, field, words):
    before = _state(ctx.store)
    expected = NotFoundError if field is None else ValidationError
    with pytest.raises(expected) as info:
        call(ctx)
    err = info.value
    if field is None:
        assert words in err.what
    else:
        assert err.field == field, str(err)
        assert words in err.reason, str(err)
    if name not in ("line-name-duplicate-case", "payoff-twice"):  # their first step did write, on purpose
        assert _state(ctx.store) == before
    assert ctx.store.db.conn.in_transaction is False
    ctx.ledger.record_purchase(ctx.line, date(2024, 3, 9), 1234, merchant="after")  # the process carries on


def test_sql_like_text_is_stored_verbatim_and_harmlessly(ctx):
    pid = ctx.ledger.record_purchase(ctx.line, date(2024, 3, 1), 500, merchant=SQL_LIKE, note=SQL_LIKE,
                                     category="Robert'); DROP TABLE refunds;--").ids["purchase"]
    stored = ctx.store.purchases.get(pid)
    assert stored.merchant == SQL_LIKE and stored.note == SQL_LIKE
    assert set(snapshot.data_tables(ctx.store.db)) >= {"purchases", "refunds"}
    from app.storage.repositories import PurchaseFilter

    assert [p.id for p in ctx.store.purchases.matching(PurchaseFilter(text="DROP TABLE"))] == [pid]


def test_statement_day_31_is_valid_and_clamps_in_short_months(ctx):
    line = ctx.store.lines.get(ctx.other)
    pid = ctx.ledger.record_purchase(line.id, date(2024, 2, 10), 100).ids["purchase"]
    assert ctx.store.purchases.get(pid).statement_date == date(2024, 2, 29)
    pid = ctx.ledger.record_purchase(line.id, date(2025, 2, 10), 100).ids["purchase"]
    assert ctx.store.purchases.get(pid).statement_date == date(2025, 2, 28)
    pid = ctx.ledger.record_purchase(line.id, date(2024, 4, 29), 100).ids["purchase"]
    assert ctx.store.purchases.get(pid).statement_date == date(2024, 4, 30)
    pid = ctx.ledger.record_purchase(line.id, date(2024, 4, 30), 100).ids["purchase"]  # on the day: next bill
    assert ctx.store.purchases.get(pid).statement_date == date(2024, 5, 31)


# -- CLI -------------------------------------------------------------------------------------------------------
P = ["purchase", "add", "--line", "花呗", "--date", "2024-03-01", "--amount"]
L = ["line", "add"]

CLI_CASES = [
    (P + [""], "--amount", "empty"),
    (P + ["   "], "--amount", "empty"),
    (P + ["abc"], "--amount", "not a number"),
    (P + ["12,3x"], "--amount", "not a number"),
    (P[:-1] + ["--amount=-5"], "--amount", "must not be negative"),
    (P + ["0"], "--amount", "greater than zero"),
    (P + ["0.00"], "--amount", "greater than zero"),
    (P + ["1.234"], "--amount", "more than 2 decimals"),
    (P + ["1000000001"], "--amount", "larger than"),
    (P + ["99999999999999999999"], "--amount", "larger than"),
    (P + ["NaN"], "--amount", "not a finite number"),
    (P + ["inf"], "--amount", "not a finite number"),
    (P[:-1] + ["--amount=-Infinity"], "--amount", "not a finite number"),
    (P + ["1e5"], "--amount", "not a number"),
    (["purchase", "add", "--line", "花呗", "--date", "2025-02-30", "--amount", "1"], "--date", "not a date"),
    (["purchase", "add", "--line", "花呗", "--date", "2025-02-29", "--amount", "1"], "--date", "not a date"),
    (["purchase", "add", "--line", "花呗", "--date", "2024-11-31", "--amount", "1"], "--date", "not a date"),
    (["purchase", "add", "--line", "花呗", "--date", "", "--amount", "1"], "--date", "empty"),
    (["purchase", "add", "--line", "花呗", "--date", "2024/03/01", "--amount", "1"], "--date", "not a date"),
    (P + ["1", "--installments", "0"], "--installments", "from 1 to 60"),
    (P + ["1", "--installments", "61"], "--installments", "from 1 to 60"),
    (P + ["1", "--installments", "three"], "--installments", "not a whole number"),
    (P + ["1", "--installments", "3", "--fee-rate=-1%"], "--fee-rate", "at least 0"),
    (P + ["1", "--installments", "3", "--fee-rate", "100%"], "--fee-rate", "below 100%"),
    (P + ["1", "--installments", "3", "--fee-rate", "150%"], "--fee-rate", "below 100%"),
    (P + ["1", "--installments", "3", "--fee-rate", "abc"], "--fee-rate", "not a rate"),
    (P + ["1", "--installments", "3", "--fee-rate", "NaN%"], "--fee-rate", "not a rate"),
    (P + ["1", "--merchant", LONG], "--merchant", "longer than"),
    (P + ["1", "--merchant", "a\x07b"], "--merchant", "control characters"),
    (P + ["1", "--note", "x\r\ny"], "--note", "control characters"),
    (["purchase", "add", "--line", "不存在", "--date", "2024-03-01", "--amount", "1"], "credit line", "not found"),
    (["purchase", "delete", "abc"], "ID", "not a whole number"),
    (L + ["花呗", "--limit", "1"], "NAME", "another credit line"),
    (L + ["", "--limit", "1"], "NAME", "empty"),
    (L + ["   ", "--limit", "1"], "NAME", "empty"),
    (L + ["a\tb", "--limit", "1"], "NAME", "control characters"),
    (L + [LONG, "--limit", "1"], "NAME", "longer than"),
    (L + ["X", "--limit", "-1"], "--limit", "must not be negative"),
    (L + ["X", "--limit", "abc"], "--limit", "not a number"),
    (L + ["X", "--limit", ""], "--limit", "empty"),
    (L + ["X", "--limit", "2000000000"], "--limit", "larger than"),
    (L + ["X", "--limit", "1", "--statement-day", "0"], "--statement-day", "from 1 to 31"),
    (L + ["X", "--limit", "1", "--statement-day", "32"], "--statement-day", "from 1 to 31"),
    (L + ["X", "--limit", "1", "--statement-day", "abc"], "--statement-day", "not a whole number"),
    (L + ["X", "--limit", "1", "--due-day", ""], "--due-day", "is empty"),
    (L + ["X", "--limit", "1", "--min-payment=-1%"], "--min-payment", "at least 0"),
    (L + ["X", "--limit", "1", "--min-payment", "101%"], "--min-payment", "between 0% and 100%"),
    (L + ["X", "--limit", "1", "--penalty-rate", "5%"], "--penalty-rate", "between 0% and 1%"),
    (L + ["X", "--limit", "1", "--grace-days", "31"], "--grace-days", "from 0 to 30"),
    (L + ["X", "--limit", "1", "--currency", "XYZ"], "--currency", "unknown currency"),
    (["line", "limit", "花呗", "--limit", "-5"], "--limit", "must not be negative"),
    (["line", "limit", "花呗", "--limit", "5", "--from", "2025-02-29"], "--from", "not a date"),
    (["line", "edit", "花呗", "--statement-day", "32"], "--statement-day", "from 1 to 31"),
    (["line", "edit", "花呗", "--rename", "信用卡"], "--rename", "another credit line"),
    (["refund", "--line", "花呗", "--date", "2024-03-05", "--amount", "200", "--purchase", "1"], "amount",
     "more than is left"),
    (["refund", "--line", "花呗", "--date", "2024-03-05", "--amount", "1", "--purchase", "x"], "purchase",
     "not a whole number"),
    (["repay", "--line", "花呗", "--date", "2024-04-10", "--amount", "0"], "--amount", "greater than zero"),
    (["repay", "--line", "花呗", "--date", "2024-04-31", "--amount", "1"], "--date", "not a date"),
    (["repay", "--line", "花呗", "--date", "2024-04-10", "--amount", "1", "--statement", "2024-02-30"],
     "--statement", "not a date"),
    (["income", "-5"], "AMOUNT", "must not be negative"),
    (["income", "lots"], "AMOUNT", "not a number"),
    (["statements", "--line", "花呗", "--today", "2025-02-30"], "--today", "not a date"),
    (["schedule", "--months", "0"], "--months", "from 1 to 120"),
    (["import-json", "/no/such/file.json"], "FILE", "does not exist"),
    (["restore", "/no/such/backup.bak"], "BACKUP", "no such file"),
    (["export", "--out", "/no/such/folder/x.json"], "--out", "does not exist"),
]


@pytest.fixture
def cli_db(tmp_path, capsys):
    db = tmp_path / "cli.db"
    for args in (["line", "add", "花呗", "--limit", "5000"], ["line", "add", "信用卡", "--limit", "100"],
                 ["purchase", "add", "--line", "花呗", "--date", "2024-03-02", "--amount", "100.00"]):
        assert main(["--db", str(db), *args]) == 0
    capsys.readouterr()
    return db


def _cli_state(db):
    store = Store(open_database(db, auto_backup=False))
    try:
        return _state(store)
    finally:
        store.close()


@pytest.mark.parametrize(("args", "field", "words"), CLI_CASES,
                         ids=[" ".join(a)[:60].replace(LONG, "LONG") for a, _, _ in CLI_CASES])
def test_cli_refuses_bad_input_with_exit_2_naming_the_field(cli_db, capsys, args, field, words):
    before = _cli_state(cli_db)
    code = main(["--db", str(cli_db), *args])
    err = capsys.readouterr().err
    assert code == 2, err
    assert err.startswith("debtlens: error: ") and "Traceback" not in err
    assert field in err and words in err, err
    assert _cli_state(cli_db) == before
    assert main(["--db", str(cli_db), "purchase", "add", "--line", "花呗", "--date", "2024-03-09",
                 "--amount", "1"]) == 0  # still working


def test_cli_stores_sql_like_text_verbatim_and_statement_day_31_clamps(cli_db, capsys):
    assert main(["--db", str(cli_db), "line", "add", "月末卡", "--limit", "100", "--statement-day", "31"]) == 0
    assert main(["--db", str(cli_db), "purchase", "add", "--line", "月末卡", "--date", "2025-02-10",
                 "--amount", "5", "--merchant", SQL_LIKE]) == 0
    capsys.readouterr()
    assert main(["--db", str(cli_db), "purchase", "list", "--line", "月末卡", "--json"]) == 0
    import json

    (row,) = json.loads(capsys.readouterr().out)
    assert row["merchant"] == SQL_LIKE and row["statement_date"] == "2025-02-28"
