"""Regression tests for holes found by trying to break the ledger: each named after what it guards."""

import json
from datetime import date

import pytest

from app.cli import main
from app.domain.credit_line import CreditLine
from app.domain.errors import ValidationError
from app.domain.statements import StatementStatus
from app.services.ledger import LedgerService
from app.services.queries import QueryService
from app.storage.db import open_database
from app.storage.repositories import Store


@pytest.fixture
def store(tmp_path):
    s = Store(open_database(tmp_path / "ledger.db"))
    yield s
    s.close()


def test_statement_day_change_keeps_a_bill_paid_on_time(store):
    ledger, queries = LedgerService(store), QueryService(store)
    line = ledger.add_line(CreditLine("花呗"), limit_fen=500000, limit_from=date(2024, 1, 1)).ids["line"]
    ledger.record_purchase(line, date(2024, 2, 15), 100000)  # bill 03-01, due 03-10
    ledger.record_repayment(line, date(2024, 3, 8), 100000, target_statement=date(2024, 3, 1))
    ledger.edit_line(line, statement_day=5, due_day=15)  # the purchase now sits on the 03-05 bill
    result = queries.line_statements(line, date(2024, 4, 20))
    assert result.unmatched_fen == 0 and result.overdue_fen == 0
    bill = next(s for s in result.statements if s.statement_date == date(2024, 3, 5))
    assert bill.status is StatementStatus.PAID and bill.paid_fen == 100000
    assert sum(s.interest_fen for s in result.statements) == 0


def test_repayment_naming_a_bill_before_the_first_purchase_is_refused(store):
    ledger = LedgerService(store)
    line = ledger.add_line(CreditLine("花呗"), limit_fen=500000, limit_from=date(2024, 1, 1)).ids["line"]
    ledger.record_purchase(line, date(2024, 5, 15), 100000)  # first bill 06-01
    with pytest.raises(ValidationError) as err:
        ledger.record_repayment(line, date(2024, 5, 8), 923454, target_statement=date(2024, 5, 1))
    assert err.value.field == "statement" and "before the first bill on record" in err.value.reason
    assert store.repayments.for_line(line) == []
    ledger.record_repayment(line, date(2024, 5, 8), 923454)  # without a bill named it is credit for what is owed
    assert QueryService(store).line_statements(line, date(2024, 6, 2)).credit_fen == 923454 - 100000


def test_statements_json_reports_the_credit_carried_between_bills(tmp_path, capsys):
    db = str(tmp_path / "t.db")
    assert main(["--db", db, "line", "add", "花呗", "--limit", "5000"]) == 0
    assert main(["--db", db, "purchase", "add", "--line", "花呗", "--date", "2024-02-15", "--amount", "300"]) == 0
    assert main(["--db", db, "repay", "--line", "花呗", "--date", "2024-03-05", "--amount", "400",
                 "--allow-overpayment"]) == 0  # 100.00 more than owed: a credit, as meant
    assert main(["--db", db, "purchase", "add", "--line", "花呗", "--date", "2024-03-15", "--amount", "250"]) == 0
    capsys.readouterr()
    assert main(["--db", db, "statements", "--line", "花呗", "--today", "2024-04-02", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    april = {s["statement_date"]: s for s in data["statements"]}["2024-04-01"]
    assert april["credit_applied_fen"] == 10000 and april["balance_fen"] == 15000
    # paid + still owed - credit = purchases + fees + interest - refunds, checkable from the output alone
    charged = sum(s["purchases_fen"] + s["installment_principal_fen"] + s["installment_fee_fen"] + s["interest_fen"]
                  - s["refunds_fen"] - s["converted_fen"] for s in data["statements"] if s["issued"])
    assert charged == 40000 + data["owed_on_bills_fen"] - data["credit_fen"]


def test_an_import_over_the_limit_is_said_in_words_before_it_is_saved(store, tmp_path):
    from pathlib import Path

    from app.services.importing import ImportService

    ledger = LedgerService(store)
    line = ledger.add_line(CreditLine("花呗"), limit_fen=50000, limit_from=date(2024, 1, 1)).ids["line"]
    data = (Path(__file__).resolve().parents[1] / "data" / "manual_entry_sample.csv").read_bytes()
    preview = ImportService(store).preview(data, "manual_entry_sample.csv", line, today=date(2024, 9, 1))
    notices = preview.info.get("notices", [])
    assert any(n.startswith("These purchases (") and "over your ¥500.00 available on 花呗." in n for n in notices)
    assert store.purchases.matching() == []  # nothing saved by a preview
