"""The command line refuses what the ledger refuses, saying what is wrong and how to put it right, and changes
nothing: a refund beyond what was spent (unless ``--allow-more-than-spent``), a plan under one fen a period, a bill
past its due date turned into installments, billing days that share a due date, look-alike or invisible-character
line names, my own limit above the bank's, and a yen amount with decimals."""

from __future__ import annotations

import pytest

from app.cli import main


def run(capsys, db, *args):
    code = main(["--db", str(db), *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(tmp_path, capsys):
    path = tmp_path / "t.db"
    assert run(capsys, path, "line", "add", "花呗", "--limit", "5000")[0] == 0
    assert run(capsys, path, "purchase", "add", "--line", "花呗", "--date", "2026-03-01", "--amount", "500")[0] == 0
    return path


def test_refund_beyond_what_was_spent_needs_the_flag(db, capsys):
    code, _, err = run(capsys, db, "refund", "--line", "花呗", "--date", "2026-03-05", "--amount", "99999")
    assert code == 2
    assert ("--amount: is more than the 500.00 left to refund on this line by 2026-03-05 (500.00 spent, 0.00 already "
            "refunded): most likely a typo; give --allow-more-than-spent if it is right (got 99999)") in err
    assert "nothing was changed" in err
    code, out, _ = run(capsys, db, "refund", "--line", "花呗", "--date", "2026-03-05", "--amount", "500")
    assert code == 0 and "Recorded refund of ¥500.00" in out
    code, _, err = run(capsys, db, "refund", "--line", "花呗", "--date", "2026-03-06", "--amount", "0.01")
    assert code == 2 and "0.00 left to refund" in err
    code, out, _ = run(capsys, db, "refund", "--line", "花呗", "--date", "2026-03-06", "--amount", "0.01",
                       "--allow-more-than-spent")
    assert code == 0 and "Recorded refund of ¥0.01" in out


def test_a_refund_of_a_named_purchase_keeps_its_own_rule(db, capsys):
    code, _, err = run(capsys, db, "refund", "--line", "花呗", "--date", "2026-03-05", "--amount", "600",
                       "--purchase", "1")
    assert code == 2 and "is more than is left to refund on this purchase (500.00)" in err


def test_a_plan_under_one_fen_a_period_is_refused(db, capsys):
    code, _, err = run(capsys, db, "purchase", "add", "--line", "花呗", "--date", "2026-03-01", "--amount", "0.05",
                       "--installments", "12", "--fee-rate", "0%")
    assert code == 2
    assert ("--amount: is too small for 12 installments: each part would be under 0.01; the smallest amount for 12 "
            "installments is 0.12") in err
    code, out, _ = run(capsys, db, "purchase", "add", "--line", "花呗", "--date", "2026-03-01", "--amount", "0.12",
                       "--installments", "12", "--fee-rate", "0%")
    assert code == 0 and "¥0.01 each" in out


def test_convert_refuses_a_bill_past_its_due_date(db, capsys):
    args = ["convert", "--line", "花呗", "--statement", "2026-04-01", "--periods", "3"]
    code, _, err = run(capsys, db, *args, "--today", "2026-04-11")
    assert code == 2
    assert "--statement: was due on 2026-04-10, which has passed (today is 2026-04-11)" in err
    code, out, _ = run(capsys, db, *args, "--today", "2026-04-10")
    assert code == 0 and "Turned ¥500.00 of the 2026-04-01 bill into 3 installments" in out


def test_line_days_that_share_a_due_date_are_refused(db, capsys):
    code, _, err = run(capsys, db, "line", "add", "卡", "--limit", "1000", "--statement-day", "29", "--due-day", "30")
    assert code == 2
    assert "the 2026-02-28 and 2026-03-29 bills would both be due 2026-03-30" in err
    code, _, err = run(capsys, db, "line", "edit", "花呗", "--statement-day", "30", "--due-day", "31")
    assert code == 2 and "--due-day: with statement day 30 gives two bills one due date" in err
    code, out, _ = run(capsys, db, "line", "list")
    assert "卡" not in out


def test_look_alike_and_invisible_names_are_refused_and_typed_names_find_their_line(db, capsys):
    run(capsys, db, "line", "add", "Visa", "--limit", "1000")
    for name in ("Ｖｉｓａ", "visa  ", "Visa\u3000"):
        code, _, err = run(capsys, db, "line", "add", name, "--limit", "1000")
        assert code == 2 and "another credit line already has this name" in err
    code, _, err = run(capsys, db, "line", "add", "Card\u202e1", "--limit", "1000")
    assert code == 2 and "contains an invisible or text-direction character (U+202E)" in err
    code, out, _ = run(capsys, db, "line", "limit", "Ｖｉｓａ", "--limit", "2000", "--from", "2026-03-01")
    assert code == 0 and "Credit limit of 'Visa' is ¥2,000.00" in out


def test_my_own_limit_above_the_banks_is_refused(db, capsys):
    code, _, err = run(capsys, db, "limits", "set", "--line", "花呗", "--limit", "99999")
    assert code == 2
    assert ("--limit: is above the bank's credit limit on 花呗 (5,000.00): your own limit must be at most the "
            "bank's; type 5,000.00 or less, or clear it") in err
    code, out, _ = run(capsys, db, "limits", "show", "--json")
    assert '"my_limit_fen": null' in out
    assert run(capsys, db, "limits", "set", "--line", "花呗", "--limit", "5000")[0] == 0


def test_yen_with_decimals_says_how_to_type_it(tmp_path, capsys):
    db = tmp_path / "y.db"
    run(capsys, db, "line", "add", "円カード", "--currency", "JPY", "--limit", "100000")
    code, _, err = run(capsys, db, "purchase", "add", "--line", "円カード", "--date", "2026-03-01", "--amount", "12.5")
    assert code == 2 and "--amount: yen amounts have no decimals; type e.g. 1234 (got 12.5)" in err
    assert "more than 0 decimals" not in err


def test_a_repayment_cannot_name_a_bill_not_issued_yet(tmp_path, capsys):
    """A card billed on the 5th: a repayment on Dec 4 naming the Dec 5 bill is refused (it would quietly pay the
    November bill), and nothing is recorded; on Dec 5 the same bill can be named."""
    from app.cli import main

    db = str(tmp_path / "t.db")
    for step in (["line", "add", "卡", "--limit", "20000", "--kind", "credit_card", "--statement-day", "5",
                  "--due-day", "23"],
                 ["purchase", "add", "--line", "卡", "--date", "2026-10-10", "--amount", "300"]):
        assert main(["--db", db, *step]) == 0
    capsys.readouterr()
    code = main(["--db", db, "repay", "--line", "卡", "--date", "2026-12-04", "--amount", "100",
                 "--statement", "2026-12-05"])
    err = capsys.readouterr().err
    assert code == 2 and "--statement: is not issued yet on 2026-12-04, the day of the payment" in err
    assert main(["--db", db, "repay", "--line", "卡", "--date", "2026-12-05", "--amount", "100",
                 "--statement", "2026-12-05"]) == 0


def test_a_bill_installment_leaves_out_what_is_already_in_installments(tmp_path, capsys):
    """The Dec 1 bill holds ¥900.00 bought in full and ¥102.50 (¥100.00 + ¥2.50 fee) of a 3-part plan: turning it
    into 6 installments converts the ¥900.00 only (fee 4.5 % → ¥40.50, ¥156.75 a month); asking for ¥1,000.00 is
    refused, naming the ¥900.00 that can be converted."""
    from app.cli import main

    db = str(tmp_path / "t.db")
    for step in (["line", "add", "花呗", "--limit", "5000"],
                 ["purchase", "add", "--line", "花呗", "--date", "2026-11-15", "--amount", "900"],
                 ["purchase", "add", "--line", "花呗", "--date", "2026-11-20", "--amount", "300", "--installments",
                  "3", "--fee-rate", "2.5%"]):
        assert main(["--db", db, *step]) == 0
    capsys.readouterr()
    assert main(["--db", db, "convert", "--line", "花呗", "--statement", "2026-12-01", "--periods", "6",
                 "--amount", "1000", "--today", "2026-12-04"]) == 2
    assert ("--amount: is more than the 900.00 of this bill that can be turned into installments: 102.50 of what is "
            "unpaid are parts of installment plans already") in capsys.readouterr().err
    assert main(["--db", db, "convert", "--line", "花呗", "--statement", "2026-12-01", "--periods", "6",
                 "--today", "2026-12-04"]) == 0
    assert capsys.readouterr().out.strip() == ("Turned ¥900.00 of the 2026-12-01 bill into 6 installments: ¥156.75 "
                                               "each (total fee ¥40.50).")


def test_an_overdue_bill_paid_off_later_reads_paid_late(tmp_path, capsys):
    """The Nov 1 Huabei bill (¥50.00, due Nov 10) paid in full on Nov 20: it was overdue, and nothing is left on it:
    the table says "paid late", not "overdue"; the JSON keeps what happened by the due date."""
    import json

    from app.cli import main

    db = str(tmp_path / "t.db")
    for step in (["line", "add", "花呗", "--limit", "5000"],
                 ["purchase", "add", "--line", "花呗", "--date", "2026-10-15", "--amount", "50"]):
        assert main(["--db", db, *step]) == 0
    capsys.readouterr()
    assert main(["--db", db, "statements", "--line", "花呗", "--today", "2026-11-30"]) == 0
    assert capsys.readouterr().out.splitlines()[1].endswith("overdue")
    owed = json.loads((main(["--db", db, "status", "--today", "2026-11-20", "--json"]), capsys.readouterr().out)[1])
    fen = owed["lines"][0]["outstanding_fen"] + owed["lines"][0]["interest_unpaid_fen"]
    assert main(["--db", db, "repay", "--line", "花呗", "--date", "2026-11-20", "--amount", f"{fen // 100}.{fen % 100:02d}",
                 "--allow-overpayment"]) == 0
    capsys.readouterr()
    assert main(["--db", db, "statements", "--line", "花呗", "--today", "2026-11-30"]) == 0
    row = capsys.readouterr().out.splitlines()[1]
    assert row.startswith("2026-11-01") and row.endswith("paid late"), row
    assert main(["--db", db, "statements", "--line", "花呗", "--today", "2026-11-30", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["statements"][0]["status"] == "overdue"


def test_deleting_a_purchase_says_its_refunds_go_with_it(tmp_path, capsys):
    """Purchase 1 (¥500.00) with a ¥300.00 refund: deleting it says the refund goes too, and undo brings both back."""
    from app.cli import main

    db = str(tmp_path / "t.db")
    for step in (["line", "add", "花呗", "--limit", "5000"],
                 ["purchase", "add", "--line", "花呗", "--date", "2026-11-15", "--amount", "500"],
                 ["refund", "--line", "花呗", "--date", "2026-11-20", "--amount", "300", "--purchase", "1"]):
        assert main(["--db", db, *step]) == 0
    capsys.readouterr()
    assert main(["--db", db, "purchase", "delete", "1"]) == 0
    assert capsys.readouterr().out.strip() == ("Deleted purchase 1 and its 1 refund(s) of ¥300.00 (`debtlens undo` "
                                               "brings them back).")


def test_pay_date_says_no_where_the_line_cannot_take_the_price(tmp_path, capsys):
    """花呗 (limit ¥1,000.00, ¥700.00 owed) cannot take a ¥3,000.00 purchase: every way on it says "no", by
    ¥2,700.00, whatever the cash; the card (limit ¥20,000.00) can."""
    import json

    from app.cli import main

    db = str(tmp_path / "t.db")
    for step in (["line", "add", "花呗", "--limit", "1000"],
                 ["line", "add", "卡", "--limit", "20000", "--kind", "credit_card", "--statement-day", "5",
                  "--due-day", "23"],
                 ["purchase", "add", "--line", "花呗", "--date", "2026-11-20", "--amount", "700"]):
        assert main(["--db", db, *step]) == 0
    capsys.readouterr()
    assert main(["--db", db, "plan", "pay-date", "--price", "3000", "--cash", "5000", "--today", "2026-12-04",
                 "--json"]) == 0
    options = json.loads(capsys.readouterr().out)["options"]
    assert {(o["line"], o["can_pay"], o["over_available_fen"]) for o in options} == {
        ("花呗", False, 270000), ("卡", True, 0)}
