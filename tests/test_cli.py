"""The CLI as a new user scripts it: a Huabei line, a 12-installment purchase, a plain purchase, a repayment."""

import json
import subprocess
import sys

import pytest

from app.cli import main


def run(capsys, db, *args):
    code = main(["--db", str(db), *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_script_of_cli_commands_gives_the_right_schedule(tmp_path, capsys):
    db = tmp_path / "t.db"
    assert run(capsys, db, "line", "add", "花呗", "--limit", "5000.00", "--statement-day", "1", "--due-day", "10")[0] == 0
    code, out, _ = run(capsys, db, "purchase", "add", "--line", "花呗", "--date", "2024-03-15", "--amount", "1000.00",
                       "--installments", "12", "--fee-rate", "8.8%", "--json")
    assert code == 0 and json.loads(out)["fee_total_fen"] == 8800
    assert run(capsys, db, "purchase", "add", "--line", "花呗", "--date", "2024-03-20", "--amount", "50.00")[0] == 0
    assert run(capsys, db, "repay", "--line", "花呗", "--date", "2024-04-10", "--amount", "140.74")[0] == 0
    code, out, _ = run(capsys, db, "schedule", "--today", "2024-04-20", "--json")
    entries = json.loads(out)
    assert code == 0
    assert entries[0] == {"due_date": "2024-05-10", "line": "花呗", "amount_fen": 9066, "minimum_fen": 9066,
                          "principal_fen": 8333,
                          "fee_fen": 733, "statement_date": "2024-05-01", "overdue": False, "currency": "CNY"}
    assert [e["due_date"] for e in entries][-1] == "2025-03-10"
    assert sum(e["amount_fen"] for e in entries) == 11 * 9066
    code, out, _ = run(capsys, db, "status", "--today", "2024-04-20", "--json")
    line = json.loads(out)["lines"][0]
    assert (line["limit_fen"], line["outstanding_fen"], line["available_fen"]) == (500000, 91663, 408337)
    assert line["utilization"] == pytest.approx(0.183326)
    assert (line["next_due_date"], line["next_due_fen"]) == ("2024-05-10", 9066)


def test_statements_json_and_penalty(tmp_path, capsys):
    db = tmp_path / "t.db"
    run(capsys, db, "line", "add", "花呗", "--limit", "5000")
    run(capsys, db, "purchase", "add", "--line", "花呗", "--date", "2024-02-15", "--amount", "1000.00")
    run(capsys, db, "repay", "--line", "花呗", "--date", "2024-03-10", "--amount", "100.00")
    run(capsys, db, "repay", "--line", "花呗", "--date", "2024-04-10", "--amount", "909.90")
    code, out, _ = run(capsys, db, "statements", "--line", "花呗", "--today", "2024-05-02", "--json")
    data = json.loads(out)
    stmts = {s["statement_date"]: s for s in data["statements"]}
    # H2 (domain-rules.md §1): 13.95 in all, 9.90 posted on 04-01 and paid first, 4.05 on 05-01
    assert stmts["2024-03-01"]["status"] == "minimum_paid" and stmts["2024-03-01"]["carried_fen"] == 90000
    assert stmts["2024-04-01"]["previous_balance_fen"] == 90000 and stmts["2024-04-01"]["interest_fen"] == 990
    assert stmts["2024-04-01"]["status"] == "paid"
    assert stmts["2024-05-01"]["interest_fen"] == 405 and stmts["2024-05-01"]["balance_fen"] == 405
    assert (data["owed_on_bills_fen"], data["credit_fen"], data["overdue_fen"]) == (405, 0, 0)



@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["purchase", "add", "--line", "花呗", "--date", "2024-03-01", "--amount", "abc"], "amount: is not a number"),
        (["purchase", "add", "--line", "花呗", "--date", "2024-03-01", "--amount", "-3"], "amount: must not be negative"),
        (["purchase", "add", "--line", "花呗", "--date", "2024-03-01", "--amount", "1.234"], "more than 2 decimals"),
        (["purchase", "add", "--line", "花呗", "--date", "2024-03-01", "--amount", "100000001"], "larger than"),
        (["purchase", "add", "--line", "花呗", "--date", "2025-02-30", "--amount", "1"], "date: is not a date"),
        (["purchase", "add", "--line", "花呗", "--date", "2024-03-01", "--amount", "1", "--installments", "61"],
         "installments: must be from 1 to 60"),
        (["purchase", "add", "--line", "花呗", "--date", "2024-03-01", "--amount", "1", "--installments", "3",
          "--fee-rate=-1%"], "--fee-rate: must be at least 0% (got -1%)"),
        (["purchase", "add", "--line", "不存在", "--date", "2024-03-01", "--amount", "1"], "credit line not found"),
        (["line", "add", "X", "--limit", "1", "--statement-day", "0"], "--statement-day: must be from 1 to 31 (got 0)"),
        (["line", "add", "X", "--limit", "1", "--due-day", "32"], "--due-day: must be from 1 to 31 (got 32)"),
        (["line", "add", "花呗", "--limit", "1"], "NAME: another credit line already has this name (got 花呗)"),
    ],
)
def test_bad_input_exits_2_names_the_field_and_writes_nothing(tmp_path, capsys, args, message):
    db = tmp_path / "t.db"
    run(capsys, db, "line", "add", "花呗", "--limit", "5000")
    code, out, err = run(capsys, db, *args)
    assert code == 2
    assert message in err
    code, out, _ = run(capsys, db, "purchase", "list", "--json")
    assert json.loads(out) == []
    assert len(json.loads(run(capsys, db, "line", "list", "--json")[1])) == 1


def test_module_entry_point_runs_headless(tmp_path):
    db = str(tmp_path / "x.db")
    proc = subprocess.run([sys.executable, "-m", "app", "--db", db, "income", "8000"],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    proc = subprocess.run([sys.executable, "-m", "app", "--db", db, "status"],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert "No credit lines yet" in proc.stdout
