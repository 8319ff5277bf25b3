"""`debtlens import` as scripts use it: --json counts, --dry-run, a second import, a wrong file."""

import json
from pathlib import Path

from app.cli import main

DATA = Path(__file__).resolve().parent / "data"


def run(capsys, *args):
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_import_json_dry_run_then_real_then_again(tmp_path, capsys):
    db = str(tmp_path / "t.db")
    run(capsys, "--db", db, "line", "add", "花呗", "--limit", "5000")
    sample = str(DATA / "alipay_app_sample_gbk.csv")
    code, out, _ = run(capsys, "--db", db, "import", sample, "--dry-run", "--json")
    dry = json.loads(out)
    assert code == 0 and dry["written"] is False
    assert (dry["format"], dry["purchases"], dry["purchases_fen"], dry["refunds"], dry["refunds_fen"],
            dry["repayments"], dry["repayments_fen"], dry["duplicates"]) == (
        "alipay_app_2023", 10, 146080, 1, 5915, 1, 86327, 0)
    assert [s["row"] for s in dry["skipped"]] == [29, 32, 34]
    assert json.loads(run(capsys, "--db", db, "purchase", "list", "--json")[1]) == []
    code, out, _ = run(capsys, "--db", db, "import", sample, "--line", "花呗", "--json")
    assert json.loads(out)["purchases"] == 10
    code, out, _ = run(capsys, "--db", db, "import", sample, "--line", "花呗", "--json")
    again = json.loads(out)
    assert (again["purchases"], again["refunds"], again["repayments"], again["duplicates"]) == (0, 0, 0, 12)


def test_import_wrong_file_exits_2(tmp_path, capsys):
    db = str(tmp_path / "t.db")
    run(capsys, "--db", db, "line", "add", "花呗", "--limit", "5000")
    junk = tmp_path / "notes.csv"
    junk.write_bytes(b"\x00\x01\x02garbage")
    code, _, err = run(capsys, "--db", db, "import", str(junk))
    assert code == 2 and "notes.csv" in err
    code, _, err = run(capsys, "--db", db, "import", str(tmp_path / "missing.csv"))
    assert code == 2 and "does not exist" in err


def _pc_web(tmp_path):
    from tests.importers import builders

    rows = [(f"2023031500000000000000{i}", f"MT{i}", "2023-03-15 07:01:22", "2023-03-15 07:01:25",
             "2023-03-18 10:00:00", "淘宝", "支付宝担保交易", "示例店", "示例商品", "29.00", "支出", "交易成功", "0.00",
             "9.00" if i == 0 else "0.00", "", "已支出") for i in range(3)]
    path = tmp_path / "支付宝交易记录明细查询.csv"
    path.write_bytes(builders.alipay_web(rows, spent="78.00"))
    return str(path)


def test_pc_web_export_imports_nothing_unless_all_on_line(tmp_path, capsys):
    db = str(tmp_path / "t.db")
    run(capsys, "--db", db, "line", "add", "花呗", "--limit", "5000")
    path = _pc_web(tmp_path)
    code, out, _ = run(capsys, "--db", db, "import", path, "--dry-run")
    assert code == 0
    assert "Would import: purchases 0 (¥0.00), refunds 0 (¥0.00), repayments 0 (¥0.00)." in out
    assert out.count("skipped: the PC-web export has no payment-method column") == 3
    assert "Note: the Alipay PC-web export does not say which payments were made with credit" in out
    assert "--all-on-line" in out
    code, out, _ = run(capsys, "--db", db, "import", path, "--all-on-line", "--json")
    summary = json.loads(out)
    assert (summary["purchases"], summary["purchases_fen"], summary["refunds"], summary["refunds_fen"]) == (
        3, 8700, 1, 900)
    assert not any("does not say which payments" in n for n in summary["notices"]) and summary["written"] is True
    assert len(json.loads(run(capsys, "--db", db, "purchase", "list", "--json")[1])) == 3


def test_jd_and_citic_imports_then_again_add_nothing(tmp_path, capsys):
    db = str(tmp_path / "t.db")
    run(capsys, "--db", db, "line", "add", "京东白条", "--kind", "bnpl", "--limit", "5000")
    run(capsys, "--db", db, "line", "add", "中信卡", "--kind", "credit_card", "--limit", "20000")
    code, out, _ = run(capsys, "--db", db, "import", str(DATA / "jd_bill_sample.csv"), "--line", "京东白条", "--json")
    first = json.loads(out)
    assert code == 0 and first["format"] == "jd"
    assert (first["purchases"], first["purchases_fen"], first["refunds"], first["refunds_fen"], first["repayments"],
            first["repayments_fen"]) == (5, 189819, 1, 11298, 1, 112543)
    assert [(p["row"], p["field"]) for p in first["problems"]] == [(27, "金额")]
    code, out, _ = run(capsys, "--db", db, "import", str(DATA / "jd_bill_sample.csv"), "--line", "京东白条", "--json")
    again = json.loads(out)
    assert (again["purchases"], again["refunds"], again["repayments"], again["duplicates"]) == (0, 0, 0, 7)
    code, out, _ = run(capsys, "--db", db, "import", str(DATA / "citic_card_sample.xls"), "--line", "中信卡")
    assert code == 0 and out.splitlines()[:2] == [
        "citic_card_sample.xls: CITIC credit-card statement (CSV or Excel) onto 中信卡",
        "Imported: purchases 3 (¥838.79), refunds 1 (¥0.20), repayments 1 (¥1,000.00)."]
    assert "  row 9: not imported: 结算金额: is not a number (got '8.8.8')" in out.splitlines()


def test_counts_of_a_thousand_or_more_are_grouped(tmp_path, capsys):
    db = str(tmp_path / "t.db")
    run(capsys, "--db", db, "line", "add", "示例卡", "--limit", "1000000")
    typed = tmp_path / "typed.csv"
    typed.write_text("date,merchant,category,amount,installments\n" + "".join(
        f"2026-01-{1 + i % 28:02d},示例商户{i},餐饮,1.{i % 100:02d},1\n" for i in range(1200)), encoding="utf-8")
    code, out, _ = run(capsys, "--db", db, "import", str(typed))
    assert code == 0 and out.splitlines()[1].startswith("Imported: purchases 1,200 (¥1,")
    code, out, _ = run(capsys, "--db", db, "import", str(typed))
    assert "Left out, already imported: 1,200." in out.splitlines()


def test_a_typed_plan_longer_than_the_ledger_allows_is_a_problem_row_in_the_dry_run_and_the_import(tmp_path, capsys):
    db = str(tmp_path / "t.db")
    run(capsys, "--db", db, "line", "add", "示例卡", "--limit", "1000000")
    typed = tmp_path / "typed.csv"
    typed.write_text("date,merchant,category,amount,installments\n2026-01-05,示例咖啡馆,餐饮,16.15,1\n"
                     "2026-01-06,示例分期店,购物,1200.00,61\n2026-01-07,示例分期店,购物,1200.00,60\n", encoding="utf-8")
    for dry in (["--dry-run"], []):
        code, out, _ = run(capsys, "--db", db, "import", str(typed), *dry)
        assert code == 0 and "  row 3: not imported: installments: must be a whole number from 1 to 60 (got '61')" in out.splitlines()
        assert "purchases 2 (¥1,216.15)" in out.splitlines()[1]


def test_the_format_is_named_for_people_in_the_command_lines_language(tmp_path, capsys, monkeypatch):
    db = str(tmp_path / "t.db")
    run(capsys, "--db", db, "line", "add", "示例卡", "--limit", "100000")
    sample = str(DATA / "manual_entry_sample.csv")
    code, out, _ = run(capsys, "--db", db, "import", "--dry-run", sample)
    assert out.splitlines()[0] == (
        "manual_entry_sample.csv: Typed purchases (date,merchant,category,amount,installments) onto 示例卡")
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    for name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
    code, out, _ = run(capsys, "--db", db, "import", "--dry-run", sample)
    # the header a typed file must have stays as the file writes it
    assert out.splitlines()[0] == (
        "manual_entry_sample.csv：手工录入的消费（表头 date,merchant,category,amount,installments），导入到 示例卡")


def test_a_row_too_short_or_too_long_is_named_without_an_empty_field(tmp_path, capsys):
    db = str(tmp_path / "t.db")
    run(capsys, "--db", db, "line", "add", "示例卡", "--limit", "100000")
    typed = tmp_path / "typed.csv"
    typed.write_text("date,merchant,category,amount,installments\n2026-01-05,示例咖啡馆,餐饮,16.15,1\n"
                     "2026-01-06,示例书店\n2026-01-07,示例超市,购物,1,234.56,1\n", encoding="utf-8")
    code, out, _ = run(capsys, "--db", db, "import", str(typed), "--dry-run")
    assert code == 0 and out.splitlines()[2:4] == [
        "  row 3: not imported: the row has 2 fields, expected at least 4",
        "  row 4: not imported: the row has 6 fields where the header has 5: a value with a comma in it (such as an "
        "amount written 16,08) is not in quotes, so its columns cannot be told apart"]
    code, out, _ = run(capsys, "--db", db, "import", str(typed), "--dry-run", "--json")
    assert [(p["row"], p["field"]) for p in json.loads(out)["problems"]] == [(3, ""), (4, "")]


def test_a_usd_statement_onto_a_cny_line_says_each_row_is_not_imported(tmp_path, capsys):
    db = str(tmp_path / "t.db")
    run(capsys, "--db", db, "line", "add", "示例卡", "--limit", "100000")
    run(capsys, "--db", db, "line", "add", "Sample Card", "--limit", "100000", "--currency", "USD")
    chase = tmp_path / "chase.csv"
    chase.write_text("Transaction Date,Post Date,Description,Category,Type,Amount,Memo\n"
                     "12/30/2023,01/02/2024,SAMPLE STORE,Shopping,Sale,\"-1,234.56\",\n", encoding="utf-8")
    code, out, _ = run(capsys, "--db", db, "import", str(chase), "--line", "示例卡")
    assert code == 0 and out.splitlines()[1:] == [
        "Imported: purchases 0 (¥0.00), refunds 0 (¥0.00), repayments 0 (¥0.00).",
        "  row 2: skipped: in USD, the line is in CNY: not imported (DebtLens does not convert currencies); import "
        "the file onto a line in USD, or enter the amount by hand in CNY"]
    code, out, _ = run(capsys, "--db", db, "import", str(chase), "--line", "Sample Card")
    assert code == 0 and out.splitlines()[1] == "Imported: purchases 1 ($1,234.56), refunds 0 ($0.00), repayments 0 ($0.00)."
    assert "skipped" not in out


def _cgb(tmp_path, capsys, *rows):
    """A database with a CGB-like card 广发 (statement day 15, due day 5, minimum 10 %) and a CGB file of ``rows``:
    ``(database path, file path)``."""
    db = str(tmp_path / "t.db")
    run(capsys, "--db", db, "line", "add", "广发", "--limit", "20000", "--kind", "credit_card", "--statement-day", "15",
        "--due-day", "5", "--min-payment", "10%")
    data = tmp_path / "cgb.csv"
    data.write_text("".join(f"{row}\n" for row in ("交易日期,入账日期,交易摘要,交易金额,交易货币,入账金额,入账货币", *rows)),
                    encoding="utf-8")
    return db, data


def test_bank_plan_periods_count_in_full_in_the_minimum(tmp_path, capsys):
    """A CGB statement with a purchase 100.00 and a plan's period 387.42 on one bill: `statements` counts the
    period among the bill's installments, its minimum holds it whole, and the plan's remaining principal is unknown."""
    db, data = _cgb(tmp_path, capsys, "2025/01/05,2025/01/06,（消费）示例便利店,100.00,人民币,100.00,人民币",
                    "2025/01/03,2025/01/03,（分期）银联分期12345678901/10/12期,387.42,人民币,387.42,人民币")
    code, out, _ = run(capsys, "--db", db, "import", str(data), "--line", "广发", "--json")
    assert code == 0 and json.loads(out)["purchases"] == 2
    code, out, _ = run(capsys, "--db", db, "statements", "--line", "广发", "--today", "2025-01-20", "--json")
    data_out = json.loads(out)
    [jan] = [s for s in data_out["statements"] if s["statement_date"] == "2025-01-15"]
    assert (jan["purchases_fen"], jan["installment_principal_fen"], jan["balance_fen"], jan["minimum_fen"]) == (
        10000, 38742, 48742, 39742)
    assert data_out["bank_plans"] == [{"plan": "12345678901", "periods": 12, "last_period": 10, "periods_left": 2,
                                       "last_billed": "2025-01-15", "billed_fen": 38742,
                                       "remaining_principal_fen": None}]
    code, out, _ = run(capsys, "--db", db, "statements", "--line", "广发", "--today", "2025-01-20")
    assert code == 0 and "installments" in out.splitlines()[0] and "387.42" in out
    assert "2 periods left, remaining principal unknown" in out


def test_bank_plans_in_statements_are_what_was_known_on_the_day(tmp_path, capsys):
    """Periods 10 and 11 of a plan, posted 2025-01-03 and 2025-02-03: `statements --today 2025-01-20` tells of
    period 10 only (2 left, 387.42 billed), as its statements count it; from 02-03 it tells of period 11 too."""
    db, data = _cgb(tmp_path, capsys, "2025/01/03,2025/01/03,（分期）银联分期12345678901/10/12期,387.42,人民币,387.42,人民币",
                    "2025/02/03,2025/02/03,（分期）银联分期12345678901/11/12期,387.42,人民币,387.42,人民币")
    assert run(capsys, "--db", db, "import", str(data), "--line", "广发")[0] == 0
    code, out, _ = run(capsys, "--db", db, "statements", "--line", "广发", "--today", "2025-01-20", "--json")
    assert code == 0 and json.loads(out)["bank_plans"] == [
        {"plan": "12345678901", "periods": 12, "last_period": 10, "periods_left": 2, "last_billed": "2025-01-15",
         "billed_fen": 38742, "remaining_principal_fen": None}]
    code, out, _ = run(capsys, "--db", db, "statements", "--line", "广发", "--today", "2025-01-20")
    assert ("Bank installment plan 12345678901: period 10 of 12 billed on 2025-01-15 (¥387.42 in all on your "
            "statements); 2 periods left") in out
    code, out, _ = run(capsys, "--db", db, "statements", "--line", "广发", "--today", "2025-02-03", "--json")
    [plan] = json.loads(out)["bank_plans"]
    assert (plan["last_period"], plan["periods_left"], plan["last_billed"], plan["billed_fen"]) == (
        11, 1, "2025-02-15", 2 * 38742)
