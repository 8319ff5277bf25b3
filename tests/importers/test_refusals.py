"""A refused table is told what it looks like from its header lines alone, never from what its rows say.

Every file here is made up in the layout of a real download (names 张三, cards ending 0000, shops 示例…). Their
rows mention 支付宝 on purpose: before, any such file was told "it mentions Alipay … may be truncated".
"""

from __future__ import annotations

import pytest

from app.importers import ImportFormatError, parse_file
from app.importers.detect import READS, head_rows
from app.importers.records import NOT_A_STATEMENT

ALIPAY_ROW_SHOP = "支付宝-示例商店"


def _refused(text: str, name: str, encoding: str = "utf-8") -> ImportFormatError:
    with pytest.raises(ImportFormatError) as caught:
        parse_file(text.encode(encoding), name)
    error = caught.value
    assert error.reason.startswith(NOT_A_STATEMENT + ": ")
    assert "mentions Alipay" not in error.reason and "truncated" not in error.reason
    return error


CMB_DEBIT = (  # 招商银行 一卡通 交易明细: "#" notes, a TAB before every value
    "# 招商银行交易记录\n# 导出时间: [2024-02-01 10:00:00]\n# 卡号: [6214********0000]\n# 币种: [人民币]\n"
    "# 起始日期: [20240101]   终止日期: [20240131]\n"
    "交易日期,交易时间,收入,支出,余额,交易类型,交易备注\n"
    f'"\t20240102","\t10:00:00","","\t16.08","\t983.92","\t快捷支付","\t{ALIPAY_ROW_SHOP}"\n'
    '"\t20240105","\t09:00:00","\t5000.00","","\t5983.92","\t代发工资","\t示例公司"\n'
)
BOCOM_DEBIT = (
    "交通银行借记卡交易明细\n账号:6222****0000,户名:张三\n"
    "交易日期,交易时间,摘要,交易金额,借贷标志,余额,对方户名,对方账号\n"
    "2024-01-02,10:00:00,网上支付,16.08,借,983.92,支付宝（中国）网络技术有限公司,0000\n"
)
ICBC_DEBIT = (
    "明细查询文件下载\n\n卡号: 6212****0000\n\n"
    "交易日期,摘要,交易详情,交易场所,交易国家或地区简称,钞/汇,交易金额(收入),交易金额(支出),交易币种,记账金额(收入),"
    "记账金额(支出),记账币种,余额,对方户名\n"
    f"2024-01-02,消费,{ALIPAY_ROW_SHOP},示例商店,CHN,钞,,16.08,人民币,,16.08,人民币,983.92,\n"
)
ABC_DEBIT = (
    "账户明细查询\n户名：张三,账号：6228****0000\n"
    "交易日期,交易时间,交易金额,本次余额,对方户名,对方账号,交易行,交易渠道,交易类型,交易用途,交易摘要\n"
    "20240102,100000,-16.08,983.92,支付宝（中国）网络技术有限公司,0000,示例支行,网上银行,消费,,支付宝\n"
)
MEITUAN = (
    "美团账单明细\n导出时间：2024-02-01 10:00:00\n"
    "交易创建时间,交易成功时间,交易类型,订单标题,收/支,支付方式,订单金额,实付金额,交易单号,商家单号,备注\n"
    "2024-01-02 12:00:00,2024-01-02 12:00:05,支付,示例外卖,支出,美团月付,25.00,25.00,0000,0000,\n"
    "2024-01-03 12:00:00,2024-01-03 12:00:05,支付,示例外卖,支出,支付宝,18.00,18.00,0001,0001,\n"
)
OTHER_BANK_CARD = (
    "示例银行信用卡交易明细\n"
    "交易时间,商户名称,交易金额,币种\n"
    f"2024-01-02 10:00:00,{ALIPAY_ROW_SHOP},16.08,CNY\n"
)


@pytest.mark.parametrize(("text", "evidence"), [
    (CMB_DEBIT, "a running balance column, 余额"),
    (BOCOM_DEBIT, "its header lines say 借记卡"),
    (ICBC_DEBIT, "a running balance column, 余额"),
    (ABC_DEBIT, "a running balance column, 本次余额"),
], ids=["cmb-一卡通", "bocom", "icbc-debit", "abc"])
def test_a_debit_card_statement_is_named_as_one(text: str, evidence: str) -> None:
    error = _refused(text, "明细.csv")
    assert error.reason == (f"{NOT_A_STATEMENT}: it looks like a debit-card statement ({evidence}): DebtLens tracks "
                            f"credit lines (credit cards, Huabei, pay-later), not bank accounts; {READS}")
    assert not error.mappable  # a bank account is no credit line, whatever its columns


def test_gbk_debit_statement_is_named_the_same() -> None:
    assert "debit-card statement" in _refused(CMB_DEBIT, "cmb.csv", encoding="gb18030").reason


def test_a_meituan_bill_is_read_not_refused() -> None:
    result = parse_file(MEITUAN.encode("utf-8"), "美团账单.csv")
    assert result.format == "meituan"
    assert [(e.kind, e.amount_fen) for e in result.events] == [("purchase", 2500)]
    assert [s.reason for s in result.skipped] == ["paid with 支付宝, not 月付"]


def test_a_meituan_file_of_another_kind_says_why_its_columns_cannot_be_mapped() -> None:
    text = ("美团订单明细\n导出时间：2024-02-01 10:00:00\n订单时间,订单标题,订单金额,支付方式\n"
            "2024-01-02 12:00:00,示例外卖,25.00,美团月付\n")
    error = _refused(text, "美团订单.csv")
    assert error.reason.startswith(f"{NOT_A_STATEMENT}: it looks like a Meituan (美团) file, but its columns (订单时间, "
                                   "订单标题, 订单金额, 支付方式) are not those of the bill export DebtLens reads")
    assert error.reason.endswith(READS) and not error.mappable


def test_another_banks_card_csv_is_sent_to_the_mapping_editor() -> None:
    error = _refused(OTHER_BANK_CARD, "card.csv")
    assert error.reason == (f"{NOT_A_STATEMENT}: it looks like a bank card CSV with columns 交易时间, 商户名称, 交易金额, "
                            f"币种, a layout without a preset: map them in the CSV mapping editor; {READS}")
    assert error.mappable


def test_an_alipay_file_of_another_kind_is_not_called_truncated() -> None:
    error = _refused("支付宝余额宝收益明细\n日期,收益(元),备注\n2024-01-02,0.35,\n", "yeb.csv")
    assert "it looks like an Alipay file, but its columns (日期, 收益(元), 备注) are not those of the transaction " \
           "bill" in error.reason


def test_a_debit_word_in_the_rows_does_not_make_a_card_a_debit_card() -> None:
    text = OTHER_BANK_CARD + "2024-01-03 10:00:00,一卡通充值 余额,20.00,CNY\n"
    assert "bank card CSV" in _refused(text, "card.csv").reason


def test_the_head_ends_at_the_first_data_row() -> None:
    rows = [(1, ["# 招商银行交易记录"]), (2, ["交易日期", "余额"]), (3, ["20240102", "支付宝"]), (4, ["a", "b"])]
    head, header = head_rows(rows)
    assert [n for n, _ in head] == [1, 2] and header == ["交易日期", "余额"]
    assert head_rows([(1, ["2024-01-02", "16.08"])]) == ([], None)


def test_a_truncated_alipay_bill_is_still_called_truncated() -> None:
    with pytest.raises(ImportFormatError, match="may be truncated"):
        parse_file("支付宝（中国）网络技术有限公司  电子客户回单\n导出信息：\n姓名：张三\n".encode("gb18030"), "a.csv")
