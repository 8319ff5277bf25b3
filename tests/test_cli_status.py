"""``debtlens status`` says what a line's figures leave out: a credit balance held by the bank (paid more than was
billed), in English and Chinese, text and JSON."""

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
