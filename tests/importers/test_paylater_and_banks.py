"""JD 白条 and Meituan 月付 bill exports, BOCOM / BOC / CITIC card downloads (CSV and .xls), a CCB account download
refused as such: files of our own making in each layout (made-up shops and order numbers, tests/data)."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from app.importers import ImportFormatError, parse_file
from app.importers.detect import READS
from app.importers.records import NOT_A_STATEMENT
from tests.importers.helpers import sample, tally

D = datetime.date


def _rows(result, kind: str) -> list[tuple[int, int]]:
    return [(e.row, e.amount_fen) for e in result.events if e.kind == kind]


def test_jd_baitiao_rows_only(machine_tz: str) -> None:
    result = parse_file(sample("jd_bill_sample.csv"), "jd_bill_sample.csv")
    assert result.format == "jd" and result.info["tracked_method"] == "京东白条"
    assert tally(result) == {"purchase": (5, 189819), "refund": (1, 11298), "repayment": (1, 112543)}
    assert _rows(result, "purchase") == [(18, 9142), (20, 22399), (22, 23818), (25, 129900), (28, 4560)]
    refund = next(e for e in result.events if e.kind == "refund")
    assert refund.refund_of == "jd:purchase:ORD100002:M900002" and refund.posted_on == D(2026, 2, 26)
    purchase = next(e for e in result.events if e.row == 20)
    assert purchase.warnings == ("the amount was printed with (已退款112.98): kept at the amount paid; the refund is "
                                 "its own row",)
    # 00:30 China time stays on the 1st in New York and in Shanghai
    assert next(e for e in result.events if e.row == 28).posted_on == D(2026, 2, 1)
    assert [(s.row, s.reason) for s in result.skipped] == [
        (17, "income (京东小金库收益), not a purchase on the line"),
        (23, "paid with 中国银行信用卡(0000), not 白条"),
        (24, "不计收支: 京东小金库-转入 with 银行卡, not on the line"),
        (26, "purchase not completed (status 交易关闭)"),
    ]
    assert [(p.file, p.row, p.field, p.reason) for p in result.problems] == [
        ("jd_bill_sample.csv", 27, "金额", "is not a number (got '12.3.4')")]
    assert result.info["data_rows"] == 12
    again = parse_file(sample("jd_bill_sample.csv"), "jd_bill_sample.csv")
    assert [e.source_key for e in again.events] == [e.source_key for e in result.events]


def test_jd_newer_layout_reorders_columns_and_marks_refunds_not_counted() -> None:
    text = ("导出信息：\n"
            "交易时间,商户名称,交易说明,金额,收/付款方式,交易状态,收/支,交易分类,交易订单号,商家订单号,备注\n"
            "2026-01-28 13:28:32\t,京东平台商户,退款-示例卫衣 XL,89.84,京东白条,退款成功,不计收支,网购,ORD2\t,M3\t, ,\n"
            "2026-01-28 13:27:56\t,京东平台商户,示例卫衣 XL 等多件,131.77(已退款89.84),京东白条,交易成功,支出,服饰内衣,"
            "ORD2\t,M2\t, ,\n"
            "2026-01-26 22:36:09\t,京东平台商户,退款-示例柚子,0.00,先享后付,退款成功,不计收支,网购,ORD4\t,M4\t, ,\n")
    result = parse_file(text.encode("utf-8"), "jd.csv")
    assert result.format == "jd"
    assert [(e.row, e.kind, e.amount_fen, e.refund_of) for e in result.events] == [
        (3, "refund", 8984, "jd:purchase:ORD2:M2"), (4, "purchase", 13177, None)]
    assert [(s.row, s.reason) for s in result.skipped] == [(5, "refund to 先享后付, not 白条")]


def test_meituan_yuefu_rows_only(machine_tz: str) -> None:
    result = parse_file(sample("meituan_bill_sample.csv"), "meituan_bill_sample.csv")
    assert result.format == "meituan" and result.info["encoding"] == "utf-8"
    assert tally(result) == {"purchase": (4, 112267), "refund": (1, 3050), "repayment": (1, 52000)}
    assert _rows(result, "purchase") == [(18, 7337), (21, 3050), (24, 100080), (27, 1800)]  # 实付金额, not 订单金额
    assert [e.merchant for e in result.events if e.kind == "purchase"] == ["示例饺子", "示例外卖", "示例超市", "示例夜宵"]
    refund = next(e for e in result.events if e.kind == "refund")
    assert refund.refund_of == "meituan:purchase:2602111220070101:M0003"
    assert next(e for e in result.events if e.row == 27).posted_on == D(2026, 2, 1)  # 交易创建时间 00:05
    assert [(s.row, s.reason) for s in result.skipped] == [
        (19, "paid with 微信支付, not 月付"),
        (23, "a repayment of 示例借款还款, not of 月付"),
        (26, "充值 (美团余额充值), not a purchase, refund or repayment"),
    ]
    assert [(p.row, p.field, p.reason) for p in result.problems] == [(25, "实付金额", "is not a number (got '¥abc')")]


def test_bocom_types_from_the_description_prefix() -> None:
    result = parse_file(sample("bocom_card_sample.csv"), "bocom_card_sample.csv")
    assert result.format == "bank_csv:bocom"
    assert tally(result) == {"purchase": (4, 107119), "refund": (1, 12318), "repayment": (1, 66660)}
    assert [(e.row, e.kind, e.amount_fen, e.merchant) for e in result.events] == [
        (2, "refund", 12318, "示例出行平台"), (3, "purchase", 299, "示例外卖"), (4, "purchase", 101000, "示例商城平台商户"),
        (5, "purchase", 4820, "SAMPLE SHOP TOKYO"), (6, "purchase", 1000, "示例卡年费"),
        (9, "repayment", 66660, "转账还款-示例 0000")]
    assert next(e for e in result.events if e.row == 6).category == "Fees"
    assert [(p.row, p.field, p.reason) for p in result.problems] == [
        (7, "入账币种/金额", "is in USD, not CNY: enter it by hand in the line's currency, or import it onto a line in "
                         "that currency (got 'USD 3.00')"),
        (8, "交易说明", "does not start with a known type (消费, 取现, 退货, 退款, 信用卡还款, 还款, 年费, 费用, 手续费, "
                    "利息) (got '调整 示例')")]


def test_boc_split_columns_and_a_usd_row_skipped() -> None:
    result = parse_file(sample("boc_card_sample.csv"), "boc_card_sample.csv")
    assert result.format == "bank_csv:boc"
    assert tally(result) == {"purchase": (4, 113078), "refund": (1, 7048), "repayment": (1, 36119)}
    assert next(e for e in result.events if e.row == 9).posted_on == D(2025, 12, 28)
    assert [(s.row, s.reason) for s in result.skipped] == [
        (8, "in USD: a dual-currency card bills it on its own USD statement; this file is read in CNY")]
    assert [(p.row, p.field) for p in result.problems] == [(10, "支出")]


def test_citic_xls_download() -> None:
    result = parse_file(sample("citic_card_sample.xls"), "citic_card_sample.xls")
    assert result.format == "bank_csv:citic" and result.info["encoding"] == "xls"
    assert tally(result) == {"purchase": (3, 83879), "refund": (1, 20), "repayment": (1, 100000)}
    assert [(e.row, e.kind, e.amount_fen) for e in result.events] == [
        (3, "purchase", 590), (4, "refund", 20), (5, "purchase", 80789), (6, "repayment", 100000),
        (8, "purchase", 2500)]
    assert [(s.row, s.reason) for s in result.skipped] == [
        (7, "in 美元: a dual-currency card bills it on its own USD statement; this file is read in CNY")]
    assert [(p.file, p.row, p.field, p.reason) for p in result.problems] == [
        ("citic_card_sample.xls", 9, "结算金额", "is not a number (got '8.8.8')")]


def test_the_same_citic_layout_as_csv_reads_the_same() -> None:
    text = ("本期账单明细(人民币)\n交易日期,入账日期,交易描述,卡末四位,交易币种,结算币种,交易金额,结算金额\n"
            "2026-02-09,2026-02-09,支付宝－示例出行,1234,人民币,人民币,5.90,5.90\n"
            "2026-02-06,2026-02-06,财付通还款,1234,人民币,人民币,-100.00,-100.00\n")
    result = parse_file(text.encode("gb18030"), "citic.csv")
    assert tally(result) == {"purchase": (1, 590), "repayment": (1, 10000)}


SPDB_ROWS = [("2026-03-02", "2026-03-03", "支付宝-示例便利店", "23.50", "0000"),
             ("2026-03-04", "2026-03-05", "财付通-示例外卖", "41.20", "0000"),
             ("2026-03-06", "2026-03-06", "退货 示例便利店", "-3.50", "0000"),
             ("2026-03-08", "2026-03-08", "信用卡还款", "-500.00", "0000"),
             ("2026-03-09", "2026-03-10", "年费", "1,2.00", "0000")]


def test_spdb_card_detail_as_csv() -> None:
    """SPDB's card detail: + a charge, − a refund or repayment. Purchases 23.50 + 41.20 = 64.70; the refund 3.50 says
    退货; the repayment 500.00 says 还款; "1,2.00" is not a number and is a problem naming the field."""
    text = "交易日期,记账日期,交易摘要,交易金额(RMB),卡号后四位\n" + "".join(
        ",".join(f'"{c}"' for c in row) + "\n" for row in SPDB_ROWS)
    result = parse_file(text.encode("gb18030"), "spdb_card.csv")
    assert result.format == "bank_csv:spdb"
    assert tally(result) == {"purchase": (2, 6470), "refund": (1, 350), "repayment": (1, 50000)}
    assert [(p.row, p.field) for p in result.problems] == [(6, "交易金额(RMB)")]


def test_spdb_card_detail_as_xlsx_reads_the_same(tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["交易日期", "记账日期", "交易摘要", "交易金额（RMB）", "卡号后四位"])
    for row in SPDB_ROWS[:4]:
        sheet.append(list(row))
    book.save(tmp_path / "spdb.xlsx")
    result = parse_file((tmp_path / "spdb.xlsx").read_bytes(), "spdb.xlsx")
    assert result.format == "bank_csv:spdb"
    assert tally(result) == {"purchase": (2, 6470), "refund": (1, 350), "repayment": (1, 50000)}


def test_ccb_account_download_is_refused_as_a_debit_statement() -> None:
    with pytest.raises(ImportFormatError) as caught:
        parse_file(sample("ccb_account_sample.xls"), "交易明细.xls")
    assert str(caught.value) == (f"交易明细.xls: {NOT_A_STATEMENT}: it looks like a debit-card statement (its header "
                                 "lines say 开户机构): DebtLens tracks credit lines (credit cards, Huabei, pay-later), "
                                 f"not bank accounts; {READS}")


def test_spdb_style_debit_preamble_with_an_account_number_is_named_debit() -> None:
    text = ("账号,6200000000000000,账户类型,借记卡,日期范围,20260101-20260131\n"
            "顺序号,交易日期,交易类型,存入金额,取出金额,余额,交易对手名称\n"
            "1,2026/01/03  14:06:51,网上支付-支付宝,,3.88,1981.33,示例公司\n")
    with pytest.raises(ImportFormatError, match="debit-card statement \\(its header lines say 借记卡\\)"):
        parse_file(text.encode("utf-8"), "spdb.csv")


@pytest.mark.parametrize("cut", [1200, 512], ids=["short", "header-only"])
def test_a_damaged_xls_names_the_file_and_prints_nothing(cut: int, capsys: pytest.CaptureFixture[str]) -> None:
    data = sample("citic_card_sample.xls")[:cut] + b"\x00" * 2048
    with pytest.raises(ImportFormatError, match=r"^cut\.xls: not an Alipay.*legacy Excel \(\.xls\) workbook cannot "
                                                r"be read"):
        parse_file(data, "cut.xls")
    assert capsys.readouterr().out == ""  # xlrd's own warnings go to its log, not to the CLI's output


def test_the_method_chosen_in_the_window_reads_the_same_rows() -> None:
    chosen = parse_file(sample("jd_bill_sample.csv"), "jd.csv", tracked_method="京东白条")
    assert tally(chosen) == {"purchase": (5, 189819), "refund": (1, 11298), "repayment": (1, 112543)}
    mt = parse_file(sample("meituan_bill_sample.csv"), "mt.csv", tracked_method="美团月付")
    assert tally(mt) == {"purchase": (4, 112267), "refund": (1, 3050), "repayment": (1, 52000)}


def test_another_method_of_the_file_takes_none_of_the_lines_repayments() -> None:
    card = parse_file(sample("meituan_bill_sample.csv"), "mt.csv", tracked_method="微信支付")
    assert tally(card) == {"purchase": (1, 7195)}
    assert (22, "a repayment of 美团月付还款, not of 微信支付") in [(s.row, s.reason) for s in card.skipped]
    jd = parse_file(sample("jd_bill_sample.csv"), "jd.csv", tracked_method="中国银行信用卡(0000)")
    assert tally(jd) == {"purchase": (1, 7988)}


CCB_HEADER = "交易日,银行记账日,卡号后四位,交易描述,交易币种,交易金额,结算币种,结算金额\n"
CCB_ROWS = ("2026-04-02,2026-04-03,0000,支付宝-示例面包店,CNY,18.80,CNY,18.80\n"
            "2026-04-05,2026-04-05,0000,财付通-示例书店,CNY,66.00,CNY,66.00\n"
            "2026-04-06,2026-04-07,0000,退货-示例书店,CNY,-6.00,CNY,-6.00\n"
            "2026-04-09,2026-04-09,0000,网银还款,CNY,-300.00,CNY,-300.00\n"
            "2026-04-11,2026-04-12,0000,示例海外商店,USD,10.00,USD,10.00\n")


def test_ccb_card_e_statement_table_as_csv() -> None:
    """CCB's card e-statement table: the 结算金额, + a charge, − a refund or repayment. Purchases 18.80 + 66.00 =
    84.80; the refund 6.00 says 退货; the repayment 300.00 says 还款; the USD row is skipped with its reason."""
    result = parse_file((CCB_HEADER + CCB_ROWS).encode("gb18030"), "ccb_card.csv")
    assert result.format == "bank_csv:ccb"
    assert tally(result) == {"purchase": (2, 8480), "refund": (1, 600), "repayment": (1, 30000)}
    assert [s.row for s in result.skipped] == [6]
    assert "USD" in result.skipped[0].reason


def test_a_ccb_layout_is_named_in_what_debtlens_reads() -> None:
    assert "CCB" in READS and "SPDB" in READS


def test_a_sheet_cell_past_the_header_is_no_split_value(tmp_path: Path) -> None:
    """Cells of a workbook cannot shift as CSV fields can: a note typed past the header keeps its row."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["交易日期", "记账日期", "交易摘要", "交易金额（RMB）", "卡号后四位"])
    sheet.append([*SPDB_ROWS[0], "my note"])
    book.save(tmp_path / "spdb.xlsx")
    result = parse_file((tmp_path / "spdb.xlsx").read_bytes(), "spdb.xlsx")
    assert [(e.row, e.amount_fen) for e in result.events] == [(2, 2350)] and result.problems == []
