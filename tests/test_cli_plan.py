"""``debtlens plan ...`` with the worked numbers of domain-rules.md §3 (installment), §4.2 (U1) and §7 (P1)."""

from __future__ import annotations

import json

import pytest

from app.cli import main


def run(capsys, db, *args):
    code = main(["--db", str(db), *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_installment_12_periods_at_8_8_percent(tmp_path, capsys):
    code, out, _ = run(capsys, tmp_path / "t.db", "plan", "installment", "--amount", "1000.00", "--periods", "12",
                       "--fee-rate", "8.8%", "--json")
    data = json.loads(out)
    assert code == 0
    assert data["total_fee_fen"] == 8800 and data["total_paid_fen"] == 108800
    assert data["apr"] == pytest.approx(0.1587, abs=5e-5)
    assert data["ear"] == pytest.approx(0.1707, abs=5e-5)
    assert data["simple_annualized"] == pytest.approx(0.1625, abs=5e-5)
    assert "xirr" not in data
    periods = data["periods"]
    assert len(periods) == 12 and "due_date" not in periods[0]
    assert (periods[0]["principal_fen"], periods[0]["fee_fen"], periods[0]["amount_fen"]) == (8337, 737, 9074)
    assert {p["amount_fen"] for p in periods[1:]} == {9066}


def test_installment_with_real_dates_adds_xirr(tmp_path, capsys):
    code, out, _ = run(capsys, tmp_path / "t.db", "plan", "installment", "--amount", "1000.00", "--periods", "12",
                       "--fee-rate", "8.8%", "--purchase-date", "2024-03-15", "--first-due", "2024-04-10", "--json")
    data = json.loads(out)
    assert code == 0
    assert data["xirr"] == pytest.approx(0.1746, abs=5e-5)
    assert [p["due_date"] for p in data["periods"]][:2] == ["2024-04-10", "2024-05-10"]
    assert data["periods"][-1]["due_date"] == "2025-03-10"


def test_installment_human_output(tmp_path, capsys):
    code, out, _ = run(capsys, tmp_path / "t.db", "plan", "installment", "--amount", "1000.00", "--periods", "3",
                       "--fee-rate", "2.5%")
    assert code == 0
    assert "¥341.68, then ¥341.66" in out and "14.94%" in out and "¥25.00" in out


def test_minimum_u1(tmp_path, capsys):
    code, out, _ = run(capsys, tmp_path / "t.db", "plan", "minimum", "--balance", "3000.00", "--apr", "18%",
                       "--min-rule", "1%+interest", "--min-floor", "25", "--json")
    data = json.loads(out)
    assert code == 0
    assert data["months"] == 170 and data["period"] == {"value": 14, "unit": "years"}
    assert (data["total_paid_fen"], data["total_interest_fen"]) == (649414, 349414)
    assert (data["payment_36_fen"], data["total_36_fen"]) == (10846, 390456)
    assert (data["first_minimum_fen"], data["savings_units"]) == (7545, 2589)
    assert data["never_pays_off"] is False


def test_minimum_that_never_pays_off(tmp_path, capsys):
    code, out, _ = run(capsys, tmp_path / "t.db", "plan", "minimum", "--balance", "3000.00", "--apr", "30%",
                       "--min-rule", "2%", "--json")
    data = json.loads(out)
    assert code == 0 and data["months"] is None and data["total_paid_fen"] is None and data["never_pays_off"]
    code, out, _ = run(capsys, tmp_path / "t.db", "plan", "minimum", "--balance", "3000.00", "--apr", "30%",
                       "--min-rule", "2%")
    assert "never pay off" in out


def test_minimum_u1_human_text_keeps_the_36_month_comparison(tmp_path, capsys):
    """U1 (§4.2): the disclosure rounds the totals, the 36-month payment and the savings to whole dollars."""
    code, out, _ = run(capsys, tmp_path / "t.db", "plan", "minimum", "--balance", "3000.00", "--apr", "18%",
                       "--min-rule", "1%+interest", "--min-floor", "25", "--currency", "USD")
    assert code == 0
    assert out == (
        "Minimum payment warning: if you make only the minimum payment (first one $75.45) and add nothing new,\n"
        "  you will pay it off in about 14 years (170 months) and pay an estimated total of $6,494"
        " ($3,494.14 of it interest).\n"
        "If you pay $108 each month, you will pay it off in 3 years and pay an estimated total of $3,905.\n"
        "  Savings: about $2,589.\n")


def test_minimum_warning_in_chinese_says_how_long_in_chinese(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    for name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
    code, out, _ = run(capsys, tmp_path / "t.db", "plan", "minimum", "--balance", "3000.00", "--apr", "18%",
                       "--min-rule", "1%+interest", "--min-floor", "25")
    assert code == 0
    assert "需要约 14 年（170 个月）才能还清，预计共还 ¥6,494（其中利息 ¥3,494.14）" in out
    assert "years" not in out and "months" not in out


@pytest.mark.parametrize(("apr", "months", "total", "period"), [
    ("18%", 123, 352024, "about 10 years (123 months)"), ("0%", 108, 300000, "about 9 years (108 months)")])
def test_minimum_ten_percent_without_floor_pays_off(tmp_path, capsys, apr, months, total, period):
    # the 10 % share of a few fen rounded to 0 and counted as "does not cover the interest": never pay off
    code, out, _ = run(capsys, tmp_path / "t.db", "plan", "minimum", "--balance", "3000", "--apr", apr, "--json")
    data = json.loads(out)
    assert code == 0 and data["never_pays_off"] is False
    assert (data["months"], data["total_paid_fen"]) == (months, total)
    code, out, _ = run(capsys, tmp_path / "t.db", "plan", "minimum", "--balance", "3000", "--apr", apr)
    assert "never" not in out and f"pay it off in {period}" in out
    # the minimum (300.00 and more) is above the 3-year payment: no "if you pay 108.46 a month"
    assert "If you pay" not in out and "The minimum is more than the" in out


def test_minimum_floor_above_the_balance_pays_it_in_one_month(tmp_path, capsys):
    code, out, _ = run(capsys, tmp_path / "t.db", "plan", "minimum", "--balance", "3000", "--apr", "18%",
                       "--min-floor", "5000")
    assert code == 0
    assert out == (
        "Minimum payment warning: if you make only the minimum payment (first one ¥3,045.00) and add nothing new,\n"
        "  you will pay it off in 1 month and pay an estimated total of ¥3,045 (¥45.00 of it interest).\n")


def test_minimum_within_36_months_shows_no_comparison(tmp_path, capsys):
    code, out, _ = run(capsys, tmp_path / "t.db", "plan", "minimum", "--balance", "3000", "--apr", "18%",
                       "--min-floor", "1000")
    assert code == 0 and "pay it off in 4 months and" in out and "3 years" not in out


P1 = ["--debt", "A:800.00:6%:25", "--debt", "B:2500.00:22%:75", "--debt", "C:4000.00:16%:100"]


@pytest.mark.parametrize(("strategy", "months", "interest", "payoff"), [
    ("avalanche", 21, 109019, {"A": 21, "B": 11, "C": 21}),
    ("snowball", 22, 123011, {"A": 4, "B": 13, "C": 22}),
])
def test_payoff_p1(tmp_path, capsys, strategy, months, interest, payoff):
    code, out, _ = run(capsys, tmp_path / "t.db", "plan", "payoff", *P1, "--budget", "400", "--strategy", strategy,
                       "--json")
    data = json.loads(out)
    assert code == 0
    assert (data["months"], data["total_interest_fen"]) == (months, interest)
    assert {d["name"]: d["payoff_month"] for d in data["debts"]} == payoff


def test_payoff_custom_order(tmp_path, capsys):
    code, out, _ = run(capsys, tmp_path / "t.db", "plan", "payoff", *P1, "--budget", "400", "--strategy", "custom",
                       "--order", "B,C,A", "--json")
    assert code == 0 and json.loads(out)["months"] == 21  # the avalanche order, typed in


def test_payoff_budget_below_minimums_exits_2(tmp_path, capsys):
    code, out, err = run(capsys, tmp_path / "t.db", "plan", "payoff", *P1, "--budget", "199.99")
    assert code == 2 and out == ""
    assert "budget" in err and "below the sum of the minimum payments" in err and "200.00" in err


@pytest.mark.parametrize(("debt", "budget", "balance_after_1"), [
    ("A:800:60%:25", "30", 81000), ("A:800:200%:25", "26", 90733)])
def test_payoff_budget_below_the_interest_is_never_paid_off(tmp_path, capsys, debt, budget, balance_after_1):
    # the budget covers the 25.00 minimum but not the interest: this used to crash with decimal.InvalidOperation
    code, out, err = run(capsys, tmp_path / "t.db", "plan", "payoff", "--debt", debt, "--budget", budget, "--json")
    data = json.loads(out)
    assert (code, err) == (0, "")
    assert data["months"] is None and data["debts"] == [{"name": "A", "payoff_month": None}]
    assert data["total_interest_fen"] - data["total_paid_fen"] == balance_after_1 - 80000
    code, out, err = run(capsys, tmp_path / "t.db", "plan", "payoff", "--debt", debt, "--budget", budget)
    assert (code, err) == (0, "")
    assert out.startswith(f"Avalanche: never paid off with this budget (¥{budget}.00 a month): the interest on A "
                          "is at least what can go to it each month, so it never gets smaller. Raise --budget.\n")
    assert out.splitlines()[-1].split() == ["A", "never"]


@pytest.mark.parametrize("args", [
    ["installment", "--amount", "-5", "--periods", "3", "--fee-rate", "2.5%"],
    ["installment", "--amount", "1000", "--periods", "61", "--fee-rate", "2.5%"],
    ["installment", "--amount", "1000", "--periods", "3", "--fee-rate", "abc"],
    ["installment", "--amount", "1000", "--periods", "3", "--fee-rate", "2.5%", "--purchase-date", "2024-03-15"],
    ["minimum", "--balance", "3000", "--apr", "18%", "--min-rule", "one percent"],
    ["payoff", "--debt", "A-800", "--budget", "400"],
])
def test_bad_input_exits_2_naming_the_field(tmp_path, capsys, args):
    code, out, err = run(capsys, tmp_path / "t.db", "plan", *args)
    assert code == 2 and out == "" and err.startswith("debtlens: error: ")


def test_before_buy(tmp_path, capsys):
    db = tmp_path / "t.db"
    assert run(capsys, db, "line", "add", "花呗", "--limit", "5000.00")[0] == 0
    assert run(capsys, db, "purchase", "add", "--line", "花呗", "--date", "2024-03-02", "--amount", "1200")[0] == 0
    assert run(capsys, db, "income", "8000")[0] == 0
    code, out, _ = run(capsys, db, "plan", "before-buy", "--line", "花呗", "--price", "1000.00", "--today",
                       "2024-03-15", "--json")
    data = json.loads(out)
    assert code == 0
    three = next(o for o in data["options"] if o["periods"] == 3)
    assert [p["amount_fen"] for p in three["parts"]] == [34168, 34166, 34166]
    assert three["total_fee_fen"] == 2500 and three["apr"] == pytest.approx(0.1494, abs=5e-5)
    assert three["utilization_after"] == pytest.approx(0.44) and three["dsr_after"] == pytest.approx(0.19271)
    assert {c["metric"] for c in three["crossings"]} == {"utilization", "dsr"}
    code, out, _ = run(capsys, db, "plan", "before-buy", "--line", "花呗", "--price", "1000.00", "--today",
                       "2024-03-15")
    assert code == 0 and "14.94%" in out and "Warning" in out
    code, _, err = run(capsys, db, "plan", "before-buy", "--line", "nope", "--price", "1", "--today", "2024-03-15")
    assert code == 2 and "not found" in err


def test_before_buy_on_a_dollar_card_reads_dollars_only(tmp_path, capsys):
    db = tmp_path / "t.db"
    assert run(capsys, db, "line", "add", "花呗", "--limit", "5000.00")[0] == 0
    assert run(capsys, db, "line", "add", "Card", "--limit", "1000.00", "--currency", "USD")[0] == 0
    assert run(capsys, db, "purchase", "add", "--line", "花呗", "--date", "2024-03-02", "--amount", "1200")[0] == 0
    assert run(capsys, db, "income", "8000")[0] == 0
    code, out, _ = run(capsys, db, "plan", "before-buy", "--line", "Card", "--price", "100.00", "--today",
                       "2024-03-15", "--json")
    data = json.loads(out)
    assert code == 0 and (data["currency"], data["income_currency"], data["left_out"]) == ("USD", "CNY", ["CNY"])
    assert set(data["already_due_fen"]) == {0}  # the ¥1,200.00 on 花呗 is not dollars
    assert data["dsr_before"] is None and data["options"][0]["dsr_after"] is None
    code, out, _ = run(capsys, db, "plan", "before-buy", "--line", "Card", "--price", "100.00", "--today",
                       "2024-03-15")
    assert code == 0 and "$100.00" in out
    assert "Your income is in CNY: the debt-service ratio leaves out this line in USD." in out


def test_income_is_read_and_shown_in_the_ledgers_currency(tmp_path, capsys):
    db = tmp_path / "t.db"
    assert run(capsys, db, "line", "add", "Card", "--limit", "1000.00", "--currency", "EUR")[0] == 0
    code, out, _ = run(capsys, db, "income", "2500.50")
    assert code == 0 and out.strip() == "Monthly income set to €2,500.50."  # was ¥2,500.50
    assert run(capsys, db, "income")[1].strip() == "€2,500.50"
