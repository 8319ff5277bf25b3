"""`debtlens mapping list|show|add|delete` and `debtlens import --mapping`: the CSV column mappings the window saves."""

import json

from app.cli import main
from app.importers.csv_profile import CsvProfile
from app.services.csv_profiles import CsvProfileService
from app.storage.db import open_database
from app.storage.repositories import Store

BANK_CSV = ("某银行信用卡交易明细\n"
            "交易日期,摘要,支出,存入,卡号\n"
            "2026-02-03,示例超市,\"1,120.50\",,1234\n"
            "2026-02-05,还款 谢谢,,300.00,1234\n"
            "2026-02-06,示例咖啡,18.00,,1234\n"
            "2026-02-07,退货 示例超市,,20.00,1234\n")


def run(capsys, *args):
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def _setup(tmp_path, capsys):
    db = str(tmp_path / "t.db")
    run(capsys, "--db", db, "line", "add", "示例卡", "--kind", "credit_card", "--limit", "5000")
    path = tmp_path / "bank.csv"
    path.write_text(BANK_CSV, encoding="utf-8")
    return db, str(path)


def test_add_from_file_guesses_columns_then_import_uses_it(tmp_path, capsys):
    db, csv = _setup(tmp_path, capsys)
    code, _, err = run(capsys, "--db", db, "import", csv, "--dry-run")
    assert code == 2 and "debtlens mapping add NAME --file FILE" in err and "nothing was changed" in err
    code, out, _ = run(capsys, "--db", db, "mapping", "add", "某银行", "--file", csv, "--json")
    assert code == 0
    assert json.loads(out) == {"name": "某银行", "date_column": "交易日期", "description_column": "摘要",
                               "debit_column": "支出", "credit_column": "存入", "sign": "charge-positive",
                               "date_order": "YMD", "currency": "CNY"}
    code, out, _ = run(capsys, "--db", db, "import", csv, "--mapping", "某银行", "--json")
    summary = json.loads(out)
    assert code == 0 and summary["mapping"] == "某银行" and summary["format"] == "bank_csv:某银行"
    assert (summary["purchases"], summary["purchases_fen"], summary["refunds"], summary["refunds_fen"],
            summary["repayments"], summary["repayments_fen"]) == (2, 113850, 1, 2000, 1, 30000)
    # without --mapping, the saved mapping whose columns the file has is used, as in the window
    code, out, _ = run(capsys, "--db", db, "import", csv, "--json")
    again = json.loads(out)
    assert (again["mapping"], again["duplicates"], again["purchases"]) == ("某银行", 4, 0)


def test_window_and_cli_share_one_store(tmp_path, capsys):
    db, _ = _setup(tmp_path, capsys)
    store = Store(open_database(tmp_path / "t.db"))
    try:
        CsvProfileService(store).save(CsvProfile(name="Window bank", date_column="Date",
                                                 description_column="Details", amount_column="Amount",
                                                 sign="charge_negative", date_order="DMY", currency="EUR"))
    finally:
        store.close()
    code, out, _ = run(capsys, "--db", db, "mapping", "list", "--json")
    assert code == 0 and json.loads(out) == [{
        "name": "Window bank", "date_column": "Date", "description_column": "Details", "amount_column": "Amount",
        "sign": "charge-negative", "date_order": "DMY", "currency": "EUR"}]
    code, out, _ = run(capsys, "--db", db, "mapping", "show", "Window bank")
    assert code == 0 and out.splitlines() == [
        "setting                  option         value",
        "Transaction date column  --date         Date",
        "Description column       --description  Details",
        "Amount column            --amount       Amount",
        "Sign of a purchase       --sign         charge-negative",
        "Date order               --date-order   DMY",
        "Currency                 --currency     EUR"]
    code, out, _ = run(capsys, "--db", db, "mapping", "delete", "Window bank")
    assert code == 0 and "Deleted the CSV mapping 'Window bank'" in out
    store = Store(open_database(tmp_path / "t.db"))
    try:
        assert CsvProfileService(store).names() == []
    finally:
        store.close()


def test_bad_mapping_input_names_option_and_changes_nothing(tmp_path, capsys):
    db, csv = _setup(tmp_path, capsys)
    code, _, err = run(capsys, "--db", db, "import", csv, "--mapping", "nope")
    assert code == 2
    assert "--mapping: no saved CSV mapping by that name (saved: none yet" in err and "(got nope)" in err
    code, _, err = run(capsys, "--db", db, "mapping", "add", "X", "--file", csv, "--date", "日期")
    assert code == 2 and "--date: is not a column of bank.csv (its header, line 2: 交易日期, 摘要, 支出, 存入, 卡号)" in err
    code, _, err = run(capsys, "--db", db, "mapping", "add", "X", "--date", "交易日期", "--description", "摘要")
    assert code == 2 and "--amount: name the amount column" in err
    code, _, err = run(capsys, "--db", db, "mapping", "add", "X", "--file", csv, "--currency", "XYZ")
    assert code == 2 and "--currency: is no ISO 4217 currency code" in err
    code, _, err = run(capsys, "--db", db, "mapping", "add", "X", "--date", "a", "--description", "b", "--amount",
                       "c", "--debit", "d")
    assert code == 2 and "give either --amount or --debit/--credit, not both" in err
    assert json.loads(run(capsys, "--db", db, "mapping", "list", "--json")[1]) == []
    code, _, _ = run(capsys, "--db", db, "mapping", "add", "X", "--file", csv)
    assert code == 0
    code, _, err = run(capsys, "--db", db, "mapping", "add", "X", "--file", csv)
    assert code == 2 and "NAME: a mapping of that name is saved already (add --replace" in err
    code, _, _ = run(capsys, "--db", db, "mapping", "add", "X", "--file", csv, "--replace", "--currency", "usd")
    assert code == 0
    assert json.loads(run(capsys, "--db", db, "mapping", "show", "X", "--json")[1])["currency"] == "USD"
    code, _, err = run(capsys, "--db", db, "mapping", "delete", "Y")
    assert code == 2 and "NAME: no saved CSV mapping by that name (saved: X)" in err


def test_an_unknown_banks_excel_download_is_mapped_like_its_csv(tmp_path, capsys):
    from openpyxl import Workbook

    db = str(tmp_path / "t.db")
    run(capsys, "--db", db, "line", "add", "示例卡", "--kind", "credit_card", "--limit", "5000")
    book = Workbook()
    sheet = book.active
    for row in [["示例银行信用卡账单"], ["记账日期", "商户", "金额(元)", "币种"], ["2026-02-03", "示例超市", 120.5, "CNY"],
                ["2026-02-04", "示例书店", 35, "CNY"], ["2026-02-05", "还款", -100, "CNY"]]:
        sheet.append(row)
    path = tmp_path / "账单.xlsx"
    book.save(path)
    code, _, err = run(capsys, "--db", db, "import", str(path), "--dry-run")
    assert code == 2 and "debtlens mapping add NAME --file FILE" in err
    code, out, _ = run(capsys, "--db", db, "mapping", "add", "示例银行", "--file", str(path), "--description", "商户",
                       "--json")
    assert code == 0 and json.loads(out)["amount_column"] == "金额(元)"
    code, out, _ = run(capsys, "--db", db, "import", str(path), "--json")
    summary = json.loads(out)
    assert (summary["mapping"], summary["purchases"], summary["purchases_fen"], summary["repayments"],
            summary["repayments_fen"]) == ("示例银行", 2, 15550, 1, 10000)
