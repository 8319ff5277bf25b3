"""Bank credit-card CSVs (input-formats.md §6): CMB, ICBC, CGB and Chase presets, and a user's own profile."""

from __future__ import annotations

import datetime
import json

import pytest

from app.importers import CsvProfile, ImportFormatError, parse_file
from app.importers.csv_profile import CHARGE_POSITIVE
from app.importers.records import PLAN_PERIODS_NOTICE
from app.importers.card_presets import CMB, PRESETS
from app.domain.bank_periods import PlanPeriod, plan_period
from tests.importers.helpers import sample, tally

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
    assert installment.installments == 1 and installment.warnings == ()
    assert installment.plan_period == PlanPeriod("00000000000", 10, 12)
    assert installment.source_key == "cgb:plan:00000000000:10/12:38742"
    assert result.events[0].plan_period is None
    assert result.info["notices"] == [PLAN_PERIODS_NOTICE.arg(1)]


def test_cgb_sample_plan_periods_keyed_by_plan_and_period() -> None:
    """Two plans' periods of equal amounts on one day are two rows; a shop named 分期乐 is a purchase."""
    result = parse_file(sample("cgb_card_sample.csv"), "cgb_card_sample.csv")
    assert result.problems == [] and result.skipped == []
    assert [(e.kind, e.amount_fen, e.plan_period) for e in result.events] == [
        ("purchase", 10000, None),
        ("purchase", 5900, None),
        ("purchase", 38742, PlanPeriod("12345678901", 10, 12)),
        ("purchase", 38742, PlanPeriod("98765432100", 2, 6)),
        ("refund", 2000, None),
        ("repayment", 50000, None),
    ]
    assert [e.source_key for e in result.events[2:4]] == [
        "cgb:plan:12345678901:10/12:38742", "cgb:plan:98765432100:2/6:38742"]
    # the same period in a later, overlapping download keeps its key though the file's other rows differ
    later = ("交易日期,入账日期,交易摘要,交易金额,交易货币,入账金额,入账货币\n"
             "2025/01/03,2025/01/03,（分期）银联分期12345678901/10/12期,387.42,人民币,387.42,人民币\n"
             "2025/02/03,2025/02/03,（分期）银联分期12345678901/11/12期,387.42,人民币,387.42,人民币\n").encode()
    assert [e.source_key for e in parse_file(later, "cgb.csv").events] == [
        "cgb:plan:12345678901:10/12:38742", "cgb:plan:12345678901:11/12:38742"]


@pytest.mark.parametrize(("texts", "expected"), [
    (("（分期）银联分期00000000000/10/12期",), PlanPeriod("00000000000", 10, 12)),
    (("分期付款 订单号20250103001 第3/12期",), PlanPeriod("20250103001", 3, 12)),
    (("消费分期-示例商城 第3期/共12期",), PlanPeriod("消费分期-示例商城", 3, 12)),
    (("账单分期", "示例银行 (03/06)"), PlanPeriod("账单分期 示例银行", 3, 6)),
    (("分期乐示例商城",), None),  # 分期 in a shop's name, no period
    (("示例商城 3/12期",), None),  # a period but no 分期 mark
    (("分期 示例 13/12期",), None),  # n past N
    (("分期 示例 1/1期",), None),  # one period is no plan
])
def test_plan_period_forms(texts: tuple[str, ...], expected: PlanPeriod | None) -> None:
    assert plan_period(*texts) == expected


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


def _cmb_native(rows: list[tuple[str, ...]], *, title: str | None) -> bytes:
    """CMB's own credit-card download: GBK, CRLF, a TAB before every value, the 交易地 column at the end."""
    lines = [f"\t{title}"] if title else []
    lines.append(",".join(f"\t{h}" for h in ("交易日", "记账日", "交易摘要", "人民币金额", "卡号末四位", "交易地金额",
                                               "交易地")))
    lines += [",".join((f'"\t{v}"' if "," in v else f"\t{v}") if v else "" for v in row) for row in rows]
    return ("\r\n".join(lines) + "\r\n").encode("gb18030")


CMB_NATIVE_ROWS = [
    ("12/28", "12/29", "示例超市", "128.40", "0000", "128.40", "CN"),
    ("12/30", "12/31", "示例航空-机票", "1,234.56", "0000", "1,234.56", "CN"),
    ("01/02", "01/02", "退款-示例超市", "-28.40", "0000", "-28.40", "CN"),
    ("", "01/05", "自动还款", "-1,000.00", "0000", "-1,000.00", "CN"),
    ("", "01/06", "掌上生活还款", "-334.56", "0000", "-334.56", "CN"),
    ("01/07", "01/08", "示例咖啡", "16.08", "0000", "16.08", "CN"),
    ("尚未入账",),
    ("01/09", "尚未入账", "示例书店", "59.90", "0000", "59.90", "CN"),
]


def test_cmb_native_download_purchases_refunds_repayments_to_the_fen(machine_tz: str) -> None:
    data = _cmb_native(CMB_NATIVE_ROWS, title="招商银行信用卡对账单 2024年01月")
    assert b"\t" + "示例超市".encode("gb18030") in data
    result = parse_file(data, "cmb_2024_01.csv")
    assert result.format == "bank_csv:cmb" and result.info["encoding"] == "gb18030"
    assert [(e.row, e.kind, e.posted_on, e.amount_fen, e.description) for e in result.events] == [
        (3, "purchase", D(2023, 12, 28), 12840, "示例超市"),
        (4, "purchase", D(2023, 12, 30), 123456, "示例航空-机票"),
        (5, "refund", D(2024, 1, 2), 2840, "退款-示例超市"),
        (6, "repayment", D(2024, 1, 5), 100000, "自动还款"),
        (7, "repayment", D(2024, 1, 6), 33456, "掌上生活还款"),
        (8, "purchase", D(2024, 1, 7), 1608, "示例咖啡"),
    ]
    assert tally(result) == {"purchase": (3, 12840 + 123456 + 1608), "refund": (1, 2840),
                             "repayment": (2, 100000 + 33456)}
    assert [(s.row, s.reason) for s in result.skipped] == [
        (9, "not yet posted (尚未入账): it comes back, posted, in a later statement"),
        (10, "not yet posted (尚未入账): it comes back, posted, in a later statement")]
    assert result.problems == [] and result.info["data_rows"] == 8


def test_cmb_native_with_full_dates_needs_no_title_and_similar_headers_are_the_same_columns() -> None:
    rows = [("2024/01/02", "2024/01/03", "示例超市", "50.00", "0000", "50.00", "CN"),
            ("", "2024/01/05", "还款", "-50.00", "0000", "-50.00", "CN")]
    data = _cmb_native(rows, title=None)
    for old, new in (("人民币金额", "人民币金额（元）"), ("交易日", "交易日期"), ("记账日", "记账日期")):
        data = data.replace(f"\t{old},".encode("gb18030"), f"\t{new},".encode("gb18030"))
    assert "交易日期,\t记账日期".encode("gb18030") in data
    result = parse_file(data, "cmb.csv")
    assert result.format == "bank_csv:cmb"
    assert [(e.kind, e.posted_on, e.amount_fen) for e in result.events] == [
        ("purchase", D(2024, 1, 2), 5000), ("repayment", D(2024, 1, 5), 5000)]


def test_bank_csv_two_digit_years_use_the_pivot_with_a_notice() -> None:
    profile = CsvProfile(name="示例银行", date_column="日期", description_column="说明", amount_column="金额",
                         date_order="DMY")
    data = "日期,说明,金额\n31/01/24,示例商店,35.62\n01/02/99,示例商店,1.00\n".encode()
    result = parse_file(data, "mine.csv", profile=profile)
    assert [e.posted_on for e in result.events] == [D(2024, 1, 31), D(1999, 2, 1)]
    assert result.info["notices"] == [
        "two-digit years were read as 2000–2069 (00–69) and 1970–1999 (70–99): check the dates"]


def test_bank_credits_follow_the_common_rule() -> None:
    profile = CsvProfile(name="示例银行", date_column="日期", description_column="说明", amount_column="金额",
                         repayment_words=())  # a saved profile without words still knows issuers' payment lines
    data = ("日期,说明,金额\n2024-02-01,INTERNET PAYMENT - THANK YOU,-100.00\n2024-02-02,银联入账 转账还款,-20.00\n"
            "2024-02-03,示例商店 退货,-5.00\n2024-02-04,SAMPLE CASHBACK,-1.00\n").encode()
    result = parse_file(data, "mine.csv", profile=profile)
    assert [(e.kind, e.amount_fen) for e in result.events] == [
        ("repayment", 10000), ("repayment", 2000), ("refund", 500), ("refund", 100)]


def test_a_thousands_comma_left_unquoted_is_a_broken_row_in_any_bank_layout() -> None:
    # Chase rows as wide as the header: "-1,234.56" unquoted would read as -1 with Memo 234.56
    chase = ("Transaction Date,Post Date,Description,Category,Type,Amount,Memo\n"
             "12/30/2023,01/02/2024,SAMPLE STORE,Shopping,Sale,\"-1,234.56\",\n"
             "12/31/2023,01/02/2024,SAMPLE STORE,Shopping,Sale,-1,234.56,\n"
             "12/31/2023,01/02/2024,SAMPLE COFFEE,Food & Drink,Sale,-4.31,\n").encode()
    result = parse_file(chase, "chase.csv")
    assert [(e.row, e.amount_fen) for e in result.events] == [(2, 123456), (4, 431)]
    assert [(p.row, p.field, p.reason) for p in result.problems] == [
        (3, "", "the row has 8 fields where the header has 7: a value with a comma in it (such as an amount written "
                "16,08) is not in quotes, so its columns cannot be told apart")]
    # CGB rows ending in a comma the header lacks (as ICBC's do): that padding is the file's, one more field is not
    cgb = ("交易日期,入账日期,交易摘要,交易金额,交易货币,入账金额,入账货币\n"
           "2025/01/05,2025/01/06,（消费）示例商户A,15.90,人民币,15.90,人民币,\n"
           "2025/01/04,2025/01/04,（消费）示例商户B,1,097.20,人民币,1,097.20,人民币,\n"
           "2025/01/03,2025/01/03,（消费）示例商户C,38.74,人民币,38.74,人民币,\n").encode()
    result = parse_file(cgb, "cgb.csv")
    assert [(e.row, e.amount_fen) for e in result.events] == [(2, 1590), (4, 3874)]
    assert [(p.row, p.reason) for p in result.problems] == [
        (3, "the row has 10 fields where the header has 7: a value with a comma in it (such as an amount written "
            "16,08) is not in quotes, so its columns cannot be told apart")]
