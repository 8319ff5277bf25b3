"""Everything the rules allow is reachable from the CLI: interest basis, statement-day-inclusive, late fee, early
payoff (提前还款), bill installments (账单分期), and the over-limit warning."""

import json

import pytest

from app.cli import main


@pytest.fixture
def db(tmp_path):
    return str(tmp_path / "t.db")


def run(capsys, db, *args):
    code = main(["--db", db, *args])
    out, err = capsys.readouterr()
    return code, out, err


def _line(capsys, db, name):
    lines = json.loads(run(capsys, db, "line", "list", "--json")[1])
    return next(ln for ln in lines if ln["name"] == name)


def test_interest_basis_defaults_by_kind_and_can_be_changed(db, capsys):
    assert run(capsys, db, "line", "add", "卡", "--limit", "5000", "--kind", "credit_card")[0] == 0
    assert run(capsys, db, "line", "add", "花呗", "--limit", "5000")[0] == 0
    assert _line(capsys, db, "卡")["revolving_basis"] == "full_from_posting"  # 全额计息, domain-rules §4.1
    assert _line(capsys, db, "花呗")["revolving_basis"] == "unpaid_from_due"
    assert run(capsys, db, "line", "edit", "卡", "--revolving-basis", "unpaid-from-due", "--inclusive")[0] == 0
    card = _line(capsys, db, "卡")
    assert (card["revolving_basis"], card["statement_day_inclusive"]) == ("unpaid_from_due", True)
    assert run(capsys, db, "line", "edit", "卡", "--no-inclusive")[0] == 0
    assert _line(capsys, db, "卡")["statement_day_inclusive"] is False


def test_issue_example_on_the_unpaid_from_due_basis(db, capsys):
    run(capsys, db, "line", "add", "卡", "--limit", "10000.00", "--kind", "credit_card", "--statement-day", "5",
        "--due-day", "23", "--revolving-basis", "unpaid-from-due")
    run(capsys, db, "purchase", "add", "--line", "卡", "--date", "2026-01-10", "--amount", "1000.00")
    run(capsys, db, "repay", "--line", "卡", "--date", "2026-02-22", "--amount", "100.00")
    data = json.loads(run(capsys, db, "statements", "--line", "卡", "--today", "2026-03-10", "--json")[1])
    march = {s["statement_date"]: s for s in data["statements"]}["2026-03-05"]
    assert (march["balance_fen"], march["minimum_fen"]) == (90450, 9450)
    run(capsys, db, "repay", "--line", "卡", "--date", "2026-03-22", "--amount", "94.50")
    assert json.loads(run(capsys, db, "status", "--today", "2026-03-26", "--json")[1])["lines"][0]["overdue_fen"] == 0


def test_late_fee_setting(db, capsys):
    assert run(capsys, db, "line", "add", "卡", "--limit", "5000", "--kind", "credit_card", "--late-fee", "5%",
               "--late-fee-min", "1.00")[0] == 0
    card = _line(capsys, db, "卡")
    assert (card["late_fee_rate"], card["late_fee_min_fen"]) == ("0.05", 100)
    code, _out, err = run(capsys, db, "line", "edit", "卡", "--late-fee", "150%")
    assert code == 2 and "late_fee" in err


def test_early_payoff_from_the_cli(db, capsys):
    run(capsys, db, "line", "add", "花呗", "--limit", "5000")
    run(capsys, db, "purchase", "add", "--line", "花呗", "--date", "2024-03-15", "--amount", "1000.00",
        "--installments", "12")
    code, out, _ = run(capsys, db, "payoff", "--purchase", "1", "--date", "2024-06-15")
    assert code == 0
    # periods 1-3 billed (Apr-Jun); 9 left: 9 x 83.33 principal and their fees under the default policy
    assert out == ("Paid off purchase 1 early: ¥749.97 principal + ¥65.97 fee (every remaining fee) on the "
                   "2024-07-01 bill. A repayment of ¥815.94 was recorded.\n")
    code, _out, err = run(capsys, db, "payoff", "--purchase", "1", "--date", "2024-07-15")
    assert code == 2 and "no unbilled periods" in err


@pytest.mark.parametrize("no_pay, owed_fen, lump_unpaid_fen", [
    ([], 10880, 0),  # paid: only the Nov bill (108.80) is owed; the Dec bill asks nothing of the plan
    (["--no-pay"], 10880 + 90000 + 7920, 97920),  # billed only: the 79.20 fee is owed from the payoff on
])
def test_an_early_payoff_is_owed_with_its_fee_and_its_payment_settles_the_plan(db, capsys, no_pay, owed_fen,
                                                                               lump_unpaid_fen):
    """12 x (100.00 + 8.80); Sep and Oct paid, the Nov bill open when the plan is paid off on Nov 5: 900.00 + 9 x
    8.80 = 979.20 on the Dec bill. The payment pays that lump, not the Nov bill (§2.3)."""
    run(capsys, db, "line", "add", "Card", "--limit", "10000", "--kind", "credit_card")
    run(capsys, db, "purchase", "add", "--line", "Card", "--date", "2026-08-15", "--amount", "1200",
        "--installments", "12", "--fee-rate", "8.8%")
    for day in ("2026-09-05", "2026-10-05"):
        run(capsys, db, "repay", "--line", "Card", "--date", day, "--amount", "108.80")
    code, out, _ = run(capsys, db, "payoff", "--purchase", "1", "--date", "2026-11-05", *no_pay)
    assert code == 0 and "¥900.00 principal + ¥79.20 fee" in out
    status = json.loads(run(capsys, db, "status", "--today", "2026-11-06", "--json")[1])
    assert status["lines"][0]["outstanding_fen"] == owed_fen  # was 29.60 (paid) and 1,008.80 (billed only)
    bills = json.loads(run(capsys, db, "statements", "--line", "Card", "--today", "2026-11-06", "--json")[1])
    by_date = {s["statement_date"]: s for s in bills["statements"]}
    assert (by_date["2026-11-01"]["paid_fen"], by_date["2026-11-01"]["unpaid_fen"]) == (0, 10880)
    assert by_date["2026-12-01"]["balance_fen"] == lump_unpaid_fen  # was 108.80: the Nov bill's amount again


def test_bill_installment_from_the_cli(db, capsys):
    run(capsys, db, "line", "add", "花呗", "--limit", "5000")
    run(capsys, db, "purchase", "add", "--line", "花呗", "--date", "2024-03-15", "--amount", "1000.00")
    code, out, _ = run(capsys, db, "convert", "--line", "花呗", "--statement", "2024-04-01", "--periods", "3",
                       "--today", "2024-04-02")
    assert code == 0
    # domain-rules §10 vector 1: 1,000.00 over 3 at 2.5 % -> 341.68, 341.66, 341.66 (fee 25.00)
    assert out == ("Turned ¥1,000.00 of the 2024-04-01 bill into 3 installments: first ¥341.68, then ¥341.66 × 2 "
                   "(total fee ¥25.00).\n")
    data = json.loads(run(capsys, db, "statements", "--line", "花呗", "--today", "2024-04-02", "--json")[1])
    assert {s["statement_date"]: s["balance_fen"] for s in data["statements"]}["2024-04-01"] == 34168


def test_a_purchase_over_the_limit_is_said_in_words_and_still_recorded(db, capsys):
    run(capsys, db, "line", "add", "花呗", "--limit", "5072.00")
    code, out, err = run(capsys, db, "purchase", "add", "--line", "花呗", "--date", "2024-03-15",
                         "--amount", "9000.00")
    assert code == 0 and "Recorded purchase 1" in out
    assert err == "Warning: ¥3,928.00 over your ¥5,072.00 available on 花呗.\n"
