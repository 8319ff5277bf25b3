"""Bank credit-card CSVs (input-formats.md §6): CMB, ICBC, CGB and Chase presets, and a user's own profile."""

from __future__ import annotations

import datetime
import json

import pytest

from app.importers import CsvProfile, ImportFormatError, parse_file
from app.importers.bank_csv import CHARGE_POSITIVE, CMB, PRESETS
from tests.importers.helpers import tally

D = datetime.date

CMB_CSV = (
    "招商银行信用卡对账单（个人消费卡账户 2024年01月）（补）\n"
    "交易日,记账日,交易摘要,人民币金额,卡号末四位,交易地金额\n"
    ",12/29,掌上生活还款,-1.23,0000,-1.23\n"
    "12/30,12/31,示例商店,16.08,0000,16.08\n"
    "01/02,01/03,示例影城-电影票,56.78,0000,56.78\n"
    "01/03,01/04,示例饭票,-3.90,0000,-3.90(CN)\n"
    '01/05,01/07,示例通信,"8,000.00",0000,"8,000.00(CN)"\n'
)


def test_cmb_year_from_title_and_signs(machine_tz: str) -> None:
    result = parse_file(CMB_CSV.encode("utf-8"), "cmb.csv")
    assert result.format == "bank_csv:cmb"
    assert result.info["statement_month"] == "2024-01"
    assert [(e.row, e.kind, e.posted_on, e.amount_fen) for e in result.events] == [
        (3, "repayment", D(2023, 12, 29), 123),  # 交易日 empty: 记账日; December on a January statement is 2023
        (4, "purchase", D(2023, 12, 30), 1608),
        (5, "purchase", D(2024, 1, 2), 5678),
        (6, "refund", D(2024, 1, 3), 390),
        (7, "purchase", D(2024, 1, 5), 800000),
    ]
    assert result.events[0].source_key == "cmb:2023-12-29:repayment:掌上生活还款:123:0"
    assert result.methods == ["CMB"]


def test_cmb_without_title_cannot_date_rows() -> None:
    data = "\n".join(CMB_CSV.splitlines()[1:]).encode("utf-8")
    with pytest.raises(ImportFormatError, match="YYYY年MM月"):
        parse_file(data, "cmb.csv")


def test_icbc_tab_inside_quotes_and_split_columns(machine_tz: str) -> None:
    def q(value: str) -> str:
        return f'"{value:<20}\t"'

    header = ("交易日期,记账日期,摘要,交易场所,交易国家或地区简称,交易金额(收入),交易金额(支出),交易币种,记账金额(收入),记账金额(支出),"
              "记账币种,余额,对方户名")
    lines = ["明细查询文件下载", "", '卡号: 1234****0000,"卡别名: "', "", "子账户类别:", "", header]
    for date, summary, place, income, spend, balance in [
        ("2023-05-05", "消费", "示例商店", "", "18.00", "-3,728.62"),
        ("2023-04-25", "人民币自动转帐还款", "XX分行银行卡中心", "4,621.01", "", "-1,971.63"),
        ("2023-04-23", "退货", "示例商店", "9.95", "", "-6,086.11"),
    ]:
        lines.append(",".join([f"{date}     \t", f"{date}     \t", q(summary), f"{place}   \t", q("CHN"), q(income),
                               q(spend), "人民币  \t", q(income), q(spend), "人民币  \t", q(balance), q("")]) + ",")
    lines += [" ", '合计金额,,,,,"4630.96     \t","18.00    \t",\t,"4630.96   \t","18.00    \t",']
    result = parse_file("\n".join(lines).encode("utf-8"), "icbc.csv")
    assert result.format == "bank_csv:icbc"
    assert result.info["header_row"] == 7
    assert [(e.kind, e.posted_on, e.amount_fen, e.merchant, e.description) for e in result.events] == [
        ("purchase", D(2023, 5, 5), 1800, "示例商店", "消费"),
        ("repayment", D(2023, 4, 25), 462101, "XX分行银行卡中心", "人民币自动转帐还款"),
        ("refund", D(2023, 4, 23), 995, "示例商店", "退货"),
    ]
    assert result.problems == []


def test_cgb_installment_period_line() -> None:
    data = ("交易日期,入账日期,交易摘要,交易金额,交易货币,入账金额,入账货币\n"
            "2025/01/05,2025/01/06,（消费）示例商户A,15.90,人民币,15.90,人民币\n"
            "2025/01/04,2025/01/04,（退款）示例商户B,-97.20,人民币,-97.20,人民币\n"
            "2025/01/03,2025/01/03,（分期）银联分期00000000000/10/12期,387.42,人民币,387.42,人民币\n"
            "2024/12/25,2024/12/26,（还款）云闪付 银联入账-张三,-1130.68,人民币,-1130.68,人民币\n").encode("utf-8")
    result = parse_file(data, "cgb.csv")
    assert result.format == "bank_csv:cgb"
    assert tally(result) == {"purchase": (2, 1590 + 38742), "refund": (1, 9720), "repayment": (1, 113068)}
    installment = result.events[2]
    assert installment.installments == 1 and "10 of 12" in installment.warnings[0]


def test_chase_type_wins_and_categories(machine_tz: str) -> None:
    data = ("Transaction Date,Post Date,Description,Category,Type,Amount,Memo\n"
            "12/31/2023,01/02/2024,SAMPLE COFFEE,Food & Drink,Sale,-4.31,\n"
            "12/30/2023,12/31/2023,SAMPLE STORE,Shopping,Return,16.08,\n"
            "12/29/2023,12/29/2023,Payment Thank You-Mobile,,Payment,\"1,250.00\",\n"
            "12/28/2023,12/28/2023,FOREIGN TRANSACTION FEE,Fees & Adjustments,Fee,-0.13,\n"
            "12/27/2023,12/27/2023,SAMPLE REWARD,,Adjustment,2.00,\n").encode("utf-8")
    result = parse_file(data, "Chase0000_Activity.CSV")
    assert result.format == "bank_csv:chase"
    assert [(e.kind, e.posted_on, e.amount_fen, e.category) for e in result.events] == [
        ("purchase", D(2023, 12, 31), 431, "Dining"),
        ("refund", D(2023, 12, 30), 1608, "Shopping"),
        ("repayment", D(2023, 12, 29), 125000, "Other"),
        ("purchase", D(2023, 12, 28), 13, "Fees"),
        ("refund", D(2023, 12, 27), 200, "Other"),
    ]
    assert {e.currency for e in result.events} == {"USD"}


def test_user_profile_round_trips_and_reads_charges_positive() -> None:
    """An Amex-like export: charges positive, its own column names; saved as a dict (JSON) and loaded back."""
    profile = CsvProfile(name="示例银行", date_column="日期", description_column="说明", amount_column="金额",
                         sign=CHARGE_POSITIVE, date_order="DMY")
    restored = CsvProfile.from_dict(json.loads(json.dumps(profile.to_dict())))
    assert restored == profile
    data = "日期,说明,金额\n31/01/2024,示例商店,35.62\n01/02/2024,示例商店 退款,-35.62\n01/02/2024,还款,-100\n".encode()
    result = parse_file(data, "mine.csv", profile=restored)
    assert result.format == "bank_csv:示例银行"
    assert [(e.kind, e.posted_on, e.amount_fen) for e in result.events] == [
        ("purchase", D(2024, 1, 31), 3562), ("refund", D(2024, 2, 1), 3562), ("repayment", D(2024, 2, 1), 10000)]
    assert result.events[0].source_key.startswith("csv:示例银行:2024-01-31:purchase:")


def test_profile_validation_and_unknown_keys() -> None:
    with pytest.raises(ValueError):
        CsvProfile(name="x", date_column="d", description_column="s")
    with pytest.raises(ValueError):
        CsvProfile(name="x", date_column="d", description_column="s", amount_column="a", sign="up")
    with pytest.raises(ValueError, match="unknown"):
        CsvProfile.from_dict({**CMB.to_dict(), "colour": "red"})
    assert all(CsvProfile.from_dict(p.to_dict()) == p for p in PRESETS)


def test_bad_rows_are_problems() -> None:
    data = ("Transaction Date,Post Date,Description,Category,Type,Amount,Memo\n"
            "13/45/2023,01/02/2024,SAMPLE,Shopping,Sale,-4.31,\n"
            "12/31/2023,01/02/2024,SAMPLE,Shopping,Sale,-4.3.1,\n"
            "12/31/2023,01/02/2024,SAMPLE,Shopping,Sale,0.00,\n").encode()
    result = parse_file(data, "chase.csv")
    assert [(p.row, p.field) for p in result.problems] == [(2, "Transaction Date"), (3, "Amount")]
    assert [s.row for s in result.skipped] == [4]
