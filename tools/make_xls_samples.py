"""Write the legacy-Excel (.xls) test files of tests/data: a CITIC card download and a CCB account download,
with made-up descriptions and numbers, in the layouts of double-entry-generator's examples.

Needs xlwt (``pip install xlwt``), which DebtLens itself does not use: run it only to change these files.
"""

from __future__ import annotations

import sys
from pathlib import Path

import xlwt

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"

CITIC_ROWS = [
    ("2026-02-09", "2026-02-09", "支付宝－示例出行科技有限公司", 1234, "人民币", "人民币", "5.90", "5.90"),
    ("2026-02-09", "2026-02-09", "0.2元现金奖励-笔笔返0.2元", 1234, "人民币", "人民币", "-0.20", "-0.20"),
    ("2026-02-08", "2026-02-09", "财付通－示例商城平台商户", 1234, "人民币", "人民币", "807.89", "807.89"),
    ("2026-02-06", "2026-02-06", "财付通还款", 1234, "人民币", "人民币", "-1,000.00", "-1,000.00"),
    ("2026-02-05", "2026-02-06", "SAMPLE ONLINE STORE", 1234, "美元", "美元", "12.00", "12.00"),
    ("2026-02-03", "2026-02-03", "云闪付APP-示例电费", 1234, "人民币", "人民币", "25.00", "25.00"),
    ("2026-02-01", "2026-02-02", "支付宝－示例超市", 1234, "人民币", "人民币", "8.8.8", "8.8.8"),
]

CCB_ROWS = [
    ("20260101", "20260101", "18:53:19", 67.0, 0.0, 2176.91, "人民币", "消费", "00000*****0000", "示例公司",
     "支付宝-示例商户"),
    ("20260102", "20260102", "19:12:59", 16.78, 0.0, 2160.13, "人民币", "消费", "00000*****0001", "示例超市",
     "支付宝-示例超市"),
]


def citic(path: Path) -> None:
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("sheet1")
    sheet.write(0, 0, "本期账单明细(人民币)")
    for c, name in enumerate(("交易日期", "入账日期", "交易描述", "卡末四位", "交易币种", "结算币种", "交易金额",
                              "结算金额")):
        sheet.write(1, c, name)
    for r, row in enumerate(CITIC_ROWS, start=2):
        for c, value in enumerate(row):
            sheet.write(r, c, value)
    book.save(str(path))


def ccb(path: Path) -> None:
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("sheet1")
    for r, (key, value) in enumerate((("China Construction Bank", ""), ("开户机构：", "示例支行"),
                                      ("币\u3000\u3000种：", "人民币"), ("账\u3000\u3000号：", "00000*********0000"))):
        sheet.write(r, 0, key)
        if value:
            sheet.write(r, 1, value)
    for c, name in enumerate(("记账日", "交易日期", "交易时间", "支出", "收入", "账户余额", "币种", "摘要", "对方账号",
                              "对方户名", "交易地点")):
        sheet.write(5, c, name)
    for r, row in enumerate(CCB_ROWS, start=6):
        for c, value in enumerate(row):
            sheet.write(r, c, value)
    book.save(str(path))


if __name__ == "__main__":
    citic(DATA / "citic_card_sample.xls")
    ccb(DATA / "ccb_account_sample.xls")
    sys.exit(0)
