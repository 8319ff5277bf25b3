"""``debtlens line add --billing pay-in-4``: schedule, status and statements show the purchases' 4 payments."""

from __future__ import annotations

import json

from tests.test_cli_pay_date import run


def test_pay_in_4_line_from_the_command_line(tmp_path, capsys):
    """B1: $100.01 on 2024-05-01, payment 1 paid that day; on 06-01 payment 2 is 17 days late (Klarna fee 7.00)."""
    db = str(tmp_path / "p.db")
    for step in (["line", "add", "Sample Later", "--limit", "1000", "--currency", "USD", "--kind", "bnpl",
                  "--billing", "pay-in-4"],
                 ["purchase", "add", "--line", "Sample Later", "--date", "2024-05-01", "--amount", "100.01"],
                 ["repay", "--line", "Sample Later", "--date", "2024-05-01", "--amount", "25.01"]):
        assert run(capsys, "--db", db, *step)[0] == 0
    code, out, _ = run(capsys, "--db", db, "line", "list", "--json")
    assert (json.loads(out)[0]["billing"], json.loads(out)[0]["bnpl_late_fee"]) == ("pay_in_4", "klarna_us")
    code, out, _ = run(capsys, "--db", db, "schedule", "--today", "2024-05-02", "--json")
    assert [(e["due_date"], e["amount_fen"]) for e in json.loads(out)] == [
        ("2024-05-15", 2500), ("2024-05-29", 2500), ("2024-06-12", 2500)]
    code, out, _ = run(capsys, "--db", db, "status", "--today", "2024-06-01")
    assert "$82.00" in out and "$57.00 OVERDUE" in out
    code, out, _ = run(capsys, "--db", db, "schedule", "--today", "2024-06-01")
    assert "$57.00" in out and "$7.00" in out and "OVERDUE" in out
    code, out, _ = run(capsys, "--db", db, "line", "list")
    assert "pay in 4" in out
    code, _, err = run(capsys, "--db", db, "purchase", "add", "--line", "Sample Later", "--date", "2024-05-03",
                       "--amount", "50", "--installments", "3", "--fee-rate", "0%")
    assert code == 2 and "pay-in-4" in err
