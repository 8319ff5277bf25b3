"""``debtlens limits`` and the second confirmation of ``debtlens purchase add`` (numbers checked by hand)."""

from __future__ import annotations

import json

from app.cli import main


def run(capsys, *args):
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def _ledger(tmp_path, capsys) -> str:
    """花呗 with a bank limit of ¥8,000.00 and my own limit of ¥3,000.00, at most 1 plan, ¥2,000.00 a month; one
    ¥1,000.00 purchase on 2026-03-05."""
    db = str(tmp_path / "l.db")
    assert run(capsys, "--db", db, "line", "add", "花呗", "--limit", "8000")[0] == 0
    code, out, _ = run(capsys, "--db", db, "limits", "set", "--line", "花呗", "--limit", "3000", "--max-plans", "1",
                       "--monthly-cap", "2000")
    assert code == 0
    assert out.splitlines() == ["My limit on 花呗: ¥3,000.00", "Most installment plans at once: 1",
                                "Monthly cap on new credit spending: ¥2,000.00"]
    assert run(capsys, "--db", db, "purchase", "add", "--line", "花呗", "--date", "2026-03-05", "--amount",
               "1000")[0] == 0
    return db


def test_a_purchase_past_my_monthly_cap_is_refused_until_confirmed(tmp_path, capsys):
    """¥1,000.00 spent in March, cap ¥2,000.00: ¥1,200.00 more makes ¥2,200.00, ¥200.00 past it; nothing is
    recorded until the same command comes with --despite-my-limits. 1,000 + 1,200 = 2,200.00 owed stays under my
    ¥3,000.00; the plan is the first one (cap 1)."""
    db = _ledger(tmp_path, capsys)
    buy = ["--db", db, "purchase", "add", "--line", "花呗", "--date", "2026-03-10", "--amount", "1200",
           "--installments", "3", "--fee-rate", "2.5%"]
    code, out, err = run(capsys, *buy)
    assert code == 2 and out == ""
    assert err.splitlines() == [
        "debtlens: My monthly cap on new credit spending is ¥2,000.00: this month goes from ¥1,000.00 to "
        "¥2,200.00, ¥200.00 past it.",
        "debtlens: nothing was recorded; to record it anyway, run the same command with --despite-my-limits"]
    assert json.loads(run(capsys, "--db", db, "purchase", "list", "--json")[1]).__len__() == 1
    code, out, err = run(capsys, *buy, "--despite-my-limits")
    assert code == 0 and out.startswith("Recorded purchase 2: ¥1,200.00 on 花呗 in 3 installments")
    assert err.startswith("Note: My monthly cap")


def test_a_second_plan_and_my_line_limit_are_named(tmp_path, capsys):
    """With the ¥1,200.00 plan recorded: on Apr 2 the Apr 1 bill has posted its first fee (30.00 ÷ 3 = 10.00), so
    I owe 1,000 + 1,200 + 10 = 2,210.00. ¥900.00 in 3 parts breaks my line limit (2,210 + 900 = 3,110.00, ¥110.00
    past ¥3,000.00) and the plan cap (1 running, this makes 2); April's spending is 900.00, under the cap."""
    db = _ledger(tmp_path, capsys)
    run(capsys, "--db", db, "purchase", "add", "--line", "花呗", "--date", "2026-03-10", "--amount", "1200",
        "--installments", "3", "--fee-rate", "2.5%", "--despite-my-limits")
    code, _, err = run(capsys, "--db", db, "purchase", "add", "--line", "花呗", "--date", "2026-04-02",
                       "--amount", "900", "--installments", "3", "--fee-rate", "2.5%")
    assert code == 2
    assert err.splitlines()[:2] == [
        "debtlens: My limit on 花呗 is ¥3,000.00: this takes what I owe there from ¥2,210.00 to ¥3,110.00, "
        "¥110.00 past it.",
        "debtlens: I allow myself at most 1 installment plan(s) at once: 1 running, this makes 2."]


def test_limits_show_reads_the_line_against_both_limits(tmp_path, capsys):
    """¥1,000.00 owed: 1,000 ÷ 3,000 = 33.3 % of my limit, 1,000 ÷ 8,000 = 12.5 % of the bank's."""
    db = _ledger(tmp_path, capsys)
    code, out, _ = run(capsys, "--db", db, "limits", "show", "--today", "2026-03-20", "--json")
    data = json.loads(out)
    assert code == 0
    assert data["lines"] == [{"line": "花呗", "owed_fen": 100000, "my_limit_fen": 300000, "bank_limit_fen": 800000,
                              "my_used": "0.3333", "bank_used": "0.1250", "over_my_limit": False}]
    assert (data["max_active_plans"], data["active_plans"], data["monthly_cap_fen"], data["month_spent_fen"]) == (
        1, 0, 200000, 100000)
    code, out, _ = run(capsys, "--db", db, "limits", "show", "--today", "2026-03-20")
    assert "33.3%" in out and "12.5%" in out
    assert "New credit spending in 2026-03: ¥1,000.00 (cap ¥2,000.00)." in out


def test_bad_limits_name_the_option_and_change_nothing(tmp_path, capsys):
    db = _ledger(tmp_path, capsys)
    code, _, err = run(capsys, "--db", db, "limits", "set", "--max-plans", "100")
    assert code == 2 and err.strip() == ("debtlens: error: --max-plans: must be from 0 to 99 (got 100); nothing was "
                                         "changed")
    code, _, err = run(capsys, "--db", db, "limits", "set", "--line", "花呗", "--limit", "0")
    assert code == 2 and err.strip() == ("debtlens: error: --limit: must be more than 0 ('none' clears it) (got 0); "
                                         "nothing was changed")
    code, _, err = run(capsys, "--db", db, "limits", "set", "--line", "没有这个", "--limit", "10")
    assert code == 2
    data = json.loads(run(capsys, "--db", db, "limits", "show", "--json")[1])
    assert (data["lines"][0]["my_limit_fen"], data["max_active_plans"]) == (300000, 1)
    code, out, _ = run(capsys, "--db", db, "limits", "set", "--line", "花呗", "--limit", "none")
    assert code == 0 and out.strip() == "My limit on 花呗: none"


def test_the_checklist_is_text(capsys):
    code, out, _ = run(capsys, "limits", "checklist", "--product", "huabei")
    assert code == 0 and out.startswith("花呗 (Alipay)\n  1. Lower the limit:")
    assert "扣款顺序" in out


def test_budgets_by_category(tmp_path, capsys):
    """Dining ¥800.00 a month; March: 620.00 spent (120.00 + 500.00): 77.5 %, ¥180.00 left."""
    db = _ledger(tmp_path, capsys)
    for day, amount in (("2026-03-02", "120"), ("2026-03-15", "500")):
        run(capsys, "--db", db, "purchase", "add", "--line", "花呗", "--date", day, "--amount", amount, "--category",
            "Dining", "--despite-my-limits")
    code, out, _ = run(capsys, "--db", db, "limits", "budget", "--category", "Dining", "--cap", "800")
    assert code == 0 and out.strip() == "Budget for Dining: ¥800.00 a month"
    code, out, _ = run(capsys, "--db", db, "limits", "show", "--today", "2026-03-20")
    assert "Budget Dining: ¥620.00 of ¥800.00 (77.5%), ¥180.00 left." in out
    data = json.loads(run(capsys, "--db", db, "limits", "show", "--today", "2026-03-20", "--json")[1])
    assert data["budgets"] == [{"category": "Dining", "cap_fen": 80000, "spent_fen": 62000, "over": False}]


def test_status_reads_utilization_against_my_limit_or_the_banks(tmp_path, capsys):
    """¥1,000.00 owed: `status` reads 33.3 % of my ¥3,000.00 (marked "(mine)"); after `--read-against bank`,
    12.5 % of the bank's ¥8,000.00; a third value is refused (exit 2) and changes nothing."""
    db = _ledger(tmp_path, capsys)
    code, out, _ = run(capsys, "--db", db, "status", "--today", "2026-03-20", "--json")
    line = json.loads(out)["lines"][0]
    assert (line["limit_fen"], line["bank_limit_fen"], line["limit_is_mine"], line["available_fen"]) == (
        300000, 800000, True, 200000)
    code, out, _ = run(capsys, "--db", db, "status", "--today", "2026-03-20")
    assert "¥3,000.00 (mine)" in out and "33.3%" in out
    code, out, _ = run(capsys, "--db", db, "limits", "set", "--read-against", "bank")
    assert (code, out.strip()) == (0, "Utilization and warnings are read against the bank's limits.")
    code, out, _ = run(capsys, "--db", db, "status", "--today", "2026-03-20")
    assert "(mine)" not in out and "12.5%" in out and "¥8,000.00" in out
    assert json.loads(run(capsys, "--db", db, "limits", "show", "--json")[1])["read_against"] == "bank"
    with __import__("pytest").raises(SystemExit) as refused:
        main(["--db", db, "limits", "set", "--read-against", "neither"])
    assert refused.value.code == 2
    assert json.loads(run(capsys, "--db", db, "limits", "show", "--json")[1])["read_against"] == "bank"
