"""``debtlens plan offer`` and ``debtlens plan bill``: JSON and text outputs with the worked numbers of
tests/domain/test_offers.py and tests/services/test_bill_decision.py."""

from __future__ import annotations

import json

from app.cli import main

OFFER = ["plan", "offer", "--contract", "5000.00", "--received", "3500.00", "--start", "2026-01-01",
         "--pay", "2026-01-08=6000.00"]


def run(capsys, *args):
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_offer_json_the_worked_example(capsys):
    """5,000.00 contract, 3,500.00 received, 6,000.00 due in 7 days: cost 2,500.00; 2,500 ÷ 3,500 × 365 ÷ 7
    = 37.2449 (3,724.49 %), written as an exact decimal string; 1,500.00 kept back; a 7-day term."""
    code, out, _ = run(capsys, *OFFER, "--json")
    data = json.loads(out)
    assert code == 0
    assert data["cost_fen"] == 250000 and data["apr"] == "37.2449"
    assert data["flags"] == ["upfront_deduction", "short_term"]
    assert (data["kept_back_fen"], data["principal_fen"], data["term_days"]) == (150000, 350000, 7)
    assert data["method"] == "simple" and data["ear"] is None
    assert data["payments"] == [{"date": "2026-01-08", "amount_fen": 600000}]


def test_offer_text_says_the_rate_its_working_and_the_flags(capsys):
    code, out, _ = run(capsys, *OFFER)
    assert code == 0
    assert "3,724.49% a year, simple interest (one repayment): 2,500.00 ÷ 3,500.00 × 365 ÷ 7." in out
    assert "Money kept back (砍头息): ¥1,500.00 of the ¥5,000.00 contract never reached you" in out
    assert "Short term: repaid 7 days after the money arrives" in out
    assert "培训贷" in out and "美容贷" in out and "刷单贷" in out


def test_offer_schedule_json_is_the_irr(capsys):
    """Three monthly repayments of 1,100.00 on 3,000.00: IRR 4.9212 % a month, APR 59.05 %, EAR 77.98 %; a fee
    of 100.00 paid when the money arrives makes the principal 2,900.00 and sets the upfront flag."""
    pays = [f"--pay=2026-0{m}-01=1100.00" for m in (2, 3, 4)]
    code, out, _ = run(capsys, "plan", "offer", "--contract", "3000", "--received", "3000", "--start",
                       "2026-01-01", *pays, "--json")
    data = json.loads(out)
    assert code == 0
    assert (data["method"], data["period"]["unit"], data["period"]["per_year"]) == ("irr", "month", "12.000000")
    assert (data["period_rate"], data["apr"], data["ear"], data["flags"]) == ("0.049212", "0.5905", "0.7798", [])
    code, out, _ = run(capsys, "plan", "offer", "--contract", "3000", "--received", "3000", "--start",
                       "2026-01-01", *pays, "--fee", "100", "--json")
    data = json.loads(out)
    assert (data["principal_fen"], data["upfront_fees_fen"], data["cost_fen"]) == (290000, 10000, 40000)
    assert data["flags"] == ["upfront_deduction"]


def test_offer_bad_input_names_the_option(capsys):
    code, _, err = run(capsys, "plan", "offer", "--contract", "5000", "--received", "6000", "--start",
                       "2026-01-01", "--pay", "2026-01-08=6000")
    assert code == 2 and "--received: is more than the contract amount (got 6000.00)" in err
    code, _, err = run(capsys, "plan", "offer", "--contract", "5000", "--received", "3500", "--start",
                       "2026-01-01", "--pay", "2026-01-08")
    assert code == 2 and "--pay: write DATE=AMOUNT, e.g. 2026-01-08=6000.00" in err
    code, _, err = run(capsys, "plan", "offer", "--contract", "5000", "--received", "3500", "--start",
                       "2026-01-01", "--pay", "2026-01-01=6000")
    assert code == 2 and "--pay: must be after the day the money arrives (got 2026-01-01)" in err


def _card_bill(capsys, db):
    for args in (["line", "add", "示例信用卡", "--limit", "30000", "--kind", "credit_card", "--statement-day", "5",
                  "--due-day", "23"],
                 ["purchase", "add", "--line", "示例信用卡", "--date", "2026-02-10", "--amount", "10000.00"]):
        assert main(["--db", str(db), *args]) == 0
    capsys.readouterr()


def test_bill_json_compares_every_way(tmp_path, capsys):
    """The 10,000.00 card bill of tests/services/test_bill_decision.py: minimum only 115 months, 1,578.15
    interest; 362.78 a month clears it in 36 months (13,060.08); 3/6/12 installments cost 225/450/900.00; no
    preset for 9; the box in both languages."""
    db = tmp_path / "t.db"
    _card_bill(capsys, db)
    code, out, _ = run(capsys, "--db", str(db), "plan", "bill", "--line", "示例信用卡", "--statement", "2026-03-05",
                       "--today", "2026-03-10", "--json")
    data = json.loads(out)
    assert code == 0
    assert (data["balance_fen"], data["minimum_fen"], data["due_date"]) == (1000000, 100000, "2026-03-23")
    ways = {(w["way"], w["periods"]): w for w in data["ways"]}
    assert list(ways) == [("full", None), ("minimum", None), ("installments", 3), ("installments", 6),
                          ("installments", 12)]
    assert (ways["minimum", None]["months"], ways["minimum", None]["total_cost_fen"]) == (115, 157815)
    assert ways["minimum", None]["apr"] == "0.1825"
    assert [ways["installments", n]["total_cost_fen"] for n in (3, 6, 12)] == [22500, 45000, 90000]
    assert ways["installments", 3]["apr"].startswith("0.1345")
    assert data["missing_terms"] == [9]
    assert data["payoff_36"] == {"payment_fen": 36278, "total_fen": 1306008}
    assert data["box"]["en"].startswith(
        "If you pay only the minimum, you will pay it off in 115 months (about 10 years) and pay ¥1,578.15 in "
        "interest. To clear it in 36 months, pay ¥362.78 a month (total ¥13,060.08).")
    assert data["box"]["zh_CN"].startswith(
        "如果每月只还最低还款额，需要 115 个月（约 10 年）才能还清，共付利息 ¥1,578.15。"
        "如果想在 36 个月内还清，每月需还 ¥362.78（合计 ¥13,060.08）。")


def test_bill_text_and_its_errors(tmp_path, capsys):
    db = tmp_path / "t.db"
    _card_bill(capsys, db)
    code, out, _ = run(capsys, "--db", str(db), "plan", "bill", "--line", "示例信用卡", "--statement", "2026-03-05",
                       "--today", "2026-03-10", "--lang", "zh_CN")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "示例信用卡 的 2026-03-05 账单：须在 2026-03-23 前还 ¥10,000.00。"
    minimum = next(line for line in lines if line.startswith("只还最低"))
    assert "¥1,000.00，之后" not in minimum and "115" in minimum and "¥1,578.15" in minimum
    assert any(line.startswith("分 3 期") and "13.45%" in line for line in lines)
    assert "minimum only" not in out and "installments" not in out and "never" not in out
    assert "如果每月只还最低还款额，需要 115 个月（约 10 年）才能还清，共付利息 ¥1,578.15。" in out
    code, out, _ = run(capsys, "--db", str(db), "plan", "bill", "--line", "示例信用卡", "--statement", "2026-03-05",
                       "--today", "2026-03-10", "--lang", "en")
    assert "minimum only" in out and "No fee preset on this line for 9 installments" in out
    assert "If you pay only the minimum, you will pay it off in 115 months (about 10 years)" in out
    code, _, err = run(capsys, "--db", str(db), "plan", "bill", "--line", "示例信用卡", "--statement", "2026-03-06",
                       "--today", "2026-03-10")
    assert code == 2 and "--statement: is not the date of a bill of this line (got 2026-03-06)" in err
    code, _, err = run(capsys, "--db", str(tmp_path / "none.db"), "plan", "bill", "--line", "x", "--statement",
                       "2026-03-05")
    assert code == 2 and "no DebtLens database" in err and not (tmp_path / "none.db").exists()
