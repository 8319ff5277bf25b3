"""``debtlens status`` says what a line's figures leave out: a credit balance held by the bank (paid more than was
billed) and the remaining principal of a bank's installment plan (unknown; ``plan before-buy`` says so too), in
English and Chinese, text and JSON."""

from __future__ import annotations

import json

import pytest

from app.cli import main


def run(capsys, db, *args):
    code = main(["--db", str(db), *args])
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


@pytest.fixture
def chinese(monkeypatch):
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    for name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def overpaid(tmp_path, capsys):
    """花呗 (statement day 1, due day 10): 909.90 billed on 2026-10-01, 914.85 paid on 10-09, 4.95 more than billed;
    示例卡 owes nothing."""
    db = tmp_path / "t.db"
    run(capsys, db, "line", "add", "花呗", "--limit", "5000.00")
    run(capsys, db, "line", "add", "示例卡", "--limit", "2000.00")
    run(capsys, db, "purchase", "add", "--line", "花呗", "--date", "2026-09-15", "--amount", "909.90")
    run(capsys, db, "repay", "--line", "花呗", "--date", "2026-10-09", "--amount", "914.85", "--allow-overpayment")
    return db


def _lines(capsys, db, today):
    return {line["name"]: line for line in json.loads(run(capsys, db, "status", "--today", today, "--json"))["lines"]}


def test_a_credit_balance_is_shown_beside_what_the_line_owes(overpaid, capsys):
    out = run(capsys, overpaid, "status", "--today", "2026-10-12")
    rows = {row.split()[0]: row.split(None, 2)[2] for row in out.splitlines()[1:3]}
    assert rows["花呗"].startswith("¥0.00 (credit ¥4.95)  ¥5,000.00")
    assert rows["示例卡"].startswith("¥0.00  ") and "credit" not in rows["示例卡"]
    assert out.splitlines()[3] == ("(credit): paid beyond everything the line owes; the bank holds it for you and your "
                                   "next bills use it up first")
    lines = _lines(capsys, overpaid, "2026-10-12")
    assert (lines["花呗"]["outstanding_fen"], lines["花呗"]["credit_fen"]) == (0, 495)
    assert lines["示例卡"]["credit_fen"] == 0
    # the same figure as the line's statements give
    assert json.loads(run(capsys, overpaid, "statements", "--line", "花呗", "--today", "2026-10-12",
                          "--json"))["credit_fen"] == 495


def test_later_purchases_use_the_credit_up(overpaid, capsys):
    run(capsys, overpaid, "purchase", "add", "--line", "花呗", "--date", "2026-10-15", "--amount", "3.00")
    lines = _lines(capsys, overpaid, "2026-10-20")
    assert (lines["花呗"]["outstanding_fen"], lines["花呗"]["credit_fen"]) == (0, 195)
    assert "¥0.00 (credit ¥1.95)" in run(capsys, overpaid, "status", "--today", "2026-10-20")
    run(capsys, overpaid, "purchase", "add", "--line", "花呗", "--date", "2026-10-16", "--amount", "10.00")
    lines = _lines(capsys, overpaid, "2026-10-20")
    assert (lines["花呗"]["outstanding_fen"], lines["花呗"]["credit_fen"]) == (1300 - 495, 0)
    out = run(capsys, overpaid, "status", "--today", "2026-10-20")
    assert "¥8.05  " in out and "credit" not in out


def test_a_credit_balance_in_chinese(overpaid, capsys, chinese):
    out = run(capsys, overpaid, "status", "--today", "2026-10-12")
    assert "¥0.00（溢缴款 ¥4.95）" in out
    assert out.splitlines()[3] == "（溢缴款）：你多还的、超出这条额度全部欠款的钱；银行替你保留，之后的账单会先用它抵扣"
    assert "credit" not in out


@pytest.fixture
def bank_plans(tmp_path, capsys):
    """广发 (CGB-like card, statement day 15) with a CGB file: 100.00 spent and two banks' plans' periods on the
    2025-01-15 bill, period 10 of 12 of plan 12345678901 and the last (6 of 6) of 55555555555, then period 1 of 3 of
    plan 98765432100 on 02-03; 花呗 has no bank plan."""
    db = tmp_path / "t.db"
    run(capsys, db, "line", "add", "广发", "--limit", "20000", "--kind", "credit_card", "--statement-day", "15",
        "--due-day", "5", "--min-payment", "10%")
    run(capsys, db, "line", "add", "花呗", "--limit", "5000")
    data = tmp_path / "cgb.csv"
    data.write_text("交易日期,入账日期,交易摘要,交易金额,交易货币,入账金额,入账货币\n"
                    "2025/01/05,2025/01/06,（消费）示例便利店,100.00,人民币,100.00,人民币\n"
                    "2025/01/03,2025/01/03,（分期）银联分期12345678901/10/12期,387.42,人民币,387.42,人民币\n"
                    "2025/01/03,2025/01/03,（分期）银联分期55555555555/6/6期,200.00,人民币,200.00,人民币\n"
                    "2025/02/03,2025/02/03,（分期）银联分期98765432100/1/3期,300.00,人民币,300.00,人民币\n",
                    encoding="utf-8")
    run(capsys, db, "import", str(data), "--line", "广发")
    return db


def test_a_bank_plan_with_periods_left_is_said_to_be_left_out(bank_plans, capsys):
    out = run(capsys, bank_plans, "status", "--today", "2025-01-20").splitlines()
    assert out[1].split()[2:5] == ["¥687.42", "¥19,312.58", "3.4%"]  # 100.00 + 387.42 + 200.00 of 20,000.00
    assert out[3:] == ["广发: owed, available and utilization do not count the remaining principal of the bank's "
                       "installment plan 12345678901 (2 periods left): it is unknown (the bank's statements show one "
                       "period at a time)"]
    lines = _lines(capsys, bank_plans, "2025-01-20")
    assert lines["广发"]["bank_plans_not_counted"] == [
        {"plan": "12345678901", "periods_left": 2, "remaining_principal_fen": None}]
    assert lines["广发"]["bank_plans_note"] == out[3]
    assert (lines["花呗"]["bank_plans_not_counted"], lines["花呗"]["bank_plans_note"]) == ([], None)


def test_the_note_names_every_plan_known_that_day(bank_plans, capsys):
    assert len(run(capsys, bank_plans, "status", "--today", "2025-01-02").splitlines()) == 3  # nothing posted yet
    assert _lines(capsys, bank_plans, "2025-01-02")["广发"]["bank_plans_not_counted"] == []
    out = run(capsys, bank_plans, "status", "--today", "2025-02-20").splitlines()
    assert out[3:-1] == ["广发: owed, available and utilization do not count the remaining principal of the bank's "
                       "installment plans 98765432100 (2 periods left) and 12345678901 (2 periods left): it is unknown "
                       "(the bank's statements show one period at a time)"]
    assert [p["plan"] for p in _lines(capsys, bank_plans, "2025-02-20")["广发"]["bank_plans_not_counted"]] == [
        "98765432100", "12345678901"]


def test_a_bank_plan_left_out_in_chinese(bank_plans, capsys, chinese):
    out = run(capsys, bank_plans, "status", "--today", "2025-01-20").splitlines()
    assert out[3:] == ["广发：欠款、可用和使用率未计入银行分期 12345678901（还剩 2 期）的剩余本金：该金额未知（银行账单每次只列一期）"]
    assert _lines(capsys, bank_plans, "2025-01-20")["广发"]["bank_plans_note"] == out[3]
    out = run(capsys, bank_plans, "status", "--today", "2025-02-20").splitlines()
    assert out[3:-1] == ["广发：欠款、可用和使用率未计入银行分期 98765432100（还剩 2 期）和 12345678901（还剩 2 期）的剩余本金："
                       "该金额未知（银行账单每次只列一期）"]


def test_before_you_buy_says_the_same_of_the_line(bank_plans, capsys, monkeypatch):
    """Its "used" is the line's utilization: the same note, in the same words."""
    out = run(capsys, bank_plans, "plan", "before-buy", "--line", "广发", "--price", "1000", "--today",
              "2025-01-20").splitlines()
    assert out[:2] == ["Before you buy: ¥1,000.00 on 广发 (available ¥19,312.58, used 3.4%).",
                       "  广发: owed, available and utilization do not count the remaining principal of the bank's "
                       "installment plan 12345678901 (2 periods left): it is unknown (the bank's statements show one "
                       "period at a time)"]
    data = json.loads(run(capsys, bank_plans, "plan", "before-buy", "--line", "广发", "--price", "1000", "--today",
                          "2025-01-20", "--json"))
    assert data["bank_plans_not_counted"] == [{"plan": "12345678901", "periods_left": 2, "remaining_principal_fen": None}]
    data = json.loads(run(capsys, bank_plans, "plan", "before-buy", "--line", "花呗", "--price", "1000", "--today",
                          "2025-01-20", "--json"))
    assert data["bank_plans_not_counted"] == []
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    for name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
    out = run(capsys, bank_plans, "plan", "before-buy", "--line", "广发", "--price", "1000", "--today", "2025-01-20")
    assert out.splitlines()[1] == ("  广发：欠款、可用和使用率未计入银行分期 12345678901（还剩 2 期）的剩余本金：该金额未知"
                                   "（银行账单每次只列一期）")


def test_owed_and_the_next_payment_are_told_apart(tmp_path, capsys):
    """花呗: 1,200.00 in 3 parts (2.5 % fee) on 2026-09-15: owed 1,210.00 (every part, billed or not, and the fee
    posted on the Oct 1 bill), while the next payment asks 400.00 + 10.00 fee by 10-10; the note says why the two differ."""
    db = tmp_path / "t.db"
    run(capsys, db, "line", "add", "花呗", "--limit", "5000.00")
    run(capsys, db, "purchase", "add", "--line", "花呗", "--date", "2026-09-15", "--amount", "1200.00",
        "--installments", "3", "--fee-rate", "2.5%")
    out = run(capsys, db, "status", "--today", "2026-10-02")
    assert "¥1,210.00" in out.splitlines()[1] and "¥410.00 by 2026-10-10" in out.splitlines()[1]
    assert out.splitlines()[-1] == (
        "owed: everything not repaid yet (purchases billed or not, installment principal of later bills, interest and "
        "fees posted); next payment: what the bills ask by their due date")


def test_the_owed_note_in_chinese(tmp_path, capsys, chinese):
    db = tmp_path / "t.db"
    run(capsys, db, "line", "add", "花呗", "--limit", "5000.00")
    run(capsys, db, "purchase", "add", "--line", "花呗", "--date", "2026-09-15", "--amount", "1200.00",
        "--installments", "3", "--fee-rate", "2.5%")
    out = run(capsys, db, "status", "--today", "2026-10-02")
    assert out.splitlines()[-1].startswith("欠款：所有尚未还的钱（已出账和未出账的消费")
