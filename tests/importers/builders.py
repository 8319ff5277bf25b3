"""Build statement files of our own making, in their real bytes (GBK, BOM, CRLF, TABs, padding).

Everything is made up: 张三, 示例… merchants, account tails 0000 and order numbers with long runs of zeros.
"""

from __future__ import annotations

import io

DASHES = "-" * 84
COMPANY_LINE = "------------------------支付宝（中国）网络技术有限公司  电子客户回单------------------------"
COMPANY_LINE_2026 = "------------------------支付宝支付科技有限公司  电子客户回单------------------------"

ALIPAY_2023_HEADER = ["交易时间", "交易分类", "交易对方", "对方账号", "商品说明", "收/支", "金额", "收/付款方式", "交易状态",
                      "交易订单号", "商家订单号", "备注"]
ALIPAY_NOTES = [
    "1.本回单内容可表明支付宝受理了账户的支付申请；",
    "2.请勿将本回单作为收款方发货的凭证使用；",
    "3.支付宝快捷支付等非余额支付方式可能既产生支付宝交易也同步产生银行交易；",
    "4.本回单如经任何涂改、编造，均立即失去效力；",
    "5.部分账单如：充值提现、账户转账或者个人设置收支等不计入为收入或者支出，记为不计收支类；",
    "6.因统计逻辑不同，明细金额直接累加后，可能会和下方统计金额不一致，请以实际交易金额为准；",
    "7.禁止将本回单用于非法用途；",
    "8.本明细仅展示当前账单中的交易，不包括已删除的记录；",
    "9.本明细仅供个人对账使用。",
]


def alipay_2023(rows: list[tuple[str, ...]], *, notes_2026: bool = False, encoding: str = "gb18030",
                newline: str = "\r\n") -> bytes:
    """Alipay app statement, 2023+ layout. ``rows``: 11 values in header order (备注 is left empty).

    ``notes_2026`` drops note 8 (the 2026 change): the header moves from line 25 to line 24.
    """
    notes = [n for n in ALIPAY_NOTES if not (notes_2026 and n.startswith("8."))]
    if notes_2026:
        notes = [f"{i}.{n.split('.', 1)[1]}" for i, n in enumerate(notes, start=1)]
    lines = [
        DASHES, "导出信息：", "姓名：张三", "支付宝账户：186****0000",
        "起始时间：[2026-05-01 00:00:00]    终止时间：[2026-06-30 23:59:59]", "导出交易类型：[全部]",
        "导出时间：[2026-07-01 08:00:00]", f"共{len(rows)}笔记录", "收入：0笔 0.00元", "支出：0笔 0.00元",
        "不计收支：0笔 0.00元", "", "特别提示：", *notes, "",
        COMPANY_LINE_2026 if notes_2026 else COMPANY_LINE,
    ]
    lines.append(",".join(f"{h:<16}" for h in ALIPAY_2023_HEADER) + ",")
    for values in rows:
        cells = [f"{v:<20}" for v in values[:9]]
        cells += [f"{values[9]}\t", f"{values[10]:<20}\t", " " * 20]
        lines.append(",".join(cells) + ",")
    return (newline.join(lines) + newline).encode(encoding)


def alipay_2021(rows: list[tuple[str, ...]], *, trailer: bool = True) -> bytes:
    """Alipay app statement, 2021–22 layout: 收/支 first, time last, trailer after a dash line.

    ``rows``: (收/支, 交易对方, 对方账号, 商品说明, 收/付款方式, 金额, 交易状态, 交易分类, 交易订单号, 商家订单号, 交易时间).
    """
    lines = [COMPANY_LINE, "收/支,交易对方,对方账号,商品说明,收/付款方式,金额,交易状态,交易分类,交易订单号,商家订单号,交易时间,"]
    for values in rows:
        cells = list(values[:8]) + [f"{values[8]}\t", f"{values[9]}\t", values[10]]
        lines.append(",".join(cells) + ",")
    if trailer:
        lines += [DASHES, "导出信息：", "姓名：张三", "支付宝账户：186****0000",
                  "起始时间：[2022-03-01 00:00:00]    终止时间：[2022-03-31 23:59:59]",
                  "导出时间：[2022-04-01 10:00:00]", f"共{len(rows)}笔记录", "收入：0笔,0.00元", "支出：2笔,1234.56元",
                  "其他：1笔,10.00元", "", "特别提示：", "1.本回单内容可表明支付宝受理了账户的支付申请；"]
    return ("\n".join(lines) + "\n").encode("gb18030")


WEB_HEADER = ["交易号", "商家订单号", "交易创建时间", "付款时间", "最近修改时间", "交易来源地", "类型", "交易对方", "商品名称",
              "金额（元）", "收/支", "交易状态", "服务费（元）", "成功退款（元）", "备注", "资金状态"]


def alipay_web(rows: list[tuple[str, ...]], *, spent: str) -> bytes:
    """Alipay PC-web export: GBK, CRLF, 4 preamble lines, 16 padded names + trailing comma, trailer.

    ``rows``: 16 values in header order; a value may contain a bare ``\\n`` (kept unquoted, as the site does).
    """
    lines = ["支付宝交易记录明细查询", "账号:[zhangsan@example.com]",
             "起始日期:[2023-01-01 00:00:00]    终止日期:[2023-03-19 21:14:30]",
             "---------------------------------交易记录明细列表------------------------------------",
             ",".join(f"{h:<12}" for h in WEB_HEADER) + ","]
    for values in rows:
        cells = [f"{values[0]}\t", f"{values[1]:<12}\t", *(f"{v:<8}" for v in values[2:])]
        lines.append(",".join(cells) + ",")
    lines += [DASHES, f"共{len(rows)}笔记录", "已收入:0笔,0.00元", "待收入:0笔,0.00元", f"已支出:{len(rows)}笔,{spent}元",
              "待支出:0笔,0.00元", "导出时间:[2023-03-19 21:14:30]    用户:张三"]
    return ("\r\n".join(lines) + "\r\n").encode("gb18030")


WECHAT_HEADER = ["交易时间", "交易类型", "交易对方", "商品", "收/支", "金额(元)", "支付方式", "当前状态", "交易单号", "商户单号", "备注"]


def wechat_preamble(*, notes_2026: bool = False) -> list[str]:
    """The 16 (2026: 17) lines above the WeChat header."""
    notes = ["1. 充值/提现/理财通购买/零钱通存取/信用卡还款等交易，将计入中性交易", "2. 本明细仅展示当前账单中的交易，不包括已删除的记录",
             "3. 本明细仅供个人对账使用"]
    if notes_2026:
        notes = [notes[0], "2. 若交易记录明细无有效内容，则代表该时间段内此微信号无交易。", notes[2],
                 "4. 本账单中所有时间均为UTC+08:00时间"]
    return ["微信支付账单明细", "微信昵称：[张三]", "起始时间：[2026-01-01 00:00:00] 终止时间：[2026-01-31 23:59:59]",
            "导出类型：[全部]", "导出时间：[2026-02-01 09:00:00]", "", "共3笔记录", "收入：0笔 0.00元", "支出：3笔 0.00元",
            "中性交易：0笔 0.00元", "注：", *notes, "", "----------------------微信支付账单明细列表--------------------"]


def wechat_csv_tab_after_quote(rows: list[tuple[str, ...]]) -> bytes:
    """WeChat CSV with the April 2025 defect: every field quoted, a TAB after the closing quote. BOM, CRLF."""
    lines = [line + "," * 10 for line in wechat_preamble()]
    lines.append(",".join(WECHAT_HEADER))
    for values in rows:
        lines.append(",".join(f'"{v}"\t' for v in values[:-1]) + f',"{values[-1]}"')
    return b"\xef\xbb\xbf" + ("\r\n".join(lines) + "\r\n").encode("utf-8")


def wechat_xlsx(rows: list[list[object]], *, notes_2026: bool = False, amount_format: str | None = None) -> bytes:
    """WeChat XLSX on ``Sheet1``: 16 (2026: 17) preamble rows, the header, then ``rows`` as given (any cell type)."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Sheet1"
    for line in wechat_preamble(notes_2026=notes_2026):
        sheet.append([line or None])
    sheet.append(WECHAT_HEADER)
    for values in rows:
        sheet.append(values)
        if amount_format:
            sheet.cell(row=sheet.max_row, column=6).number_format = amount_format
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
