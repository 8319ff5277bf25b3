"""WeChat Pay bills of our own making: the CSV defects and both XLSX generations (input-formats.md §5)."""

from __future__ import annotations

import datetime

from app.importers import parse_file
from tests.importers import builders
from tests.importers.helpers import tally

D = datetime.date
CARD = "招商银行信用卡(0000)"
Z = "0" * 12


def _csv_row(time: str, tx_type: str, payee: str, io: str, amount: str, method: str, status: str, order: str,
             merchant_order: str = "/") -> tuple[str, ...]:
    return (time, tx_type, payee, "/", io, amount, method, status, order, merchant_order, "/")


def test_tab_after_closing_quote_and_fullwidth_yen(machine_tz: str) -> None:
    rows = [
        _csv_row("2025-04-10 23:30:00", "商户消费", "示例商店", "支出", "￥1,299.00", CARD, "支付成功", f"42000{Z}00001",
                 "M0000000001"),
        _csv_row("2025-04-11 08:00:00", "转账", "长沙银行信用卡还款", "/", "¥1111.11", "零钱", "支付成功", f"10000{Z}00002"),
        _csv_row("2025-04-12 09:00:00", "转账", "长沙银行信用卡还款", "/", "¥50.00", "零钱", "支付成功", f"10000{Z}00003"),
    ]
    data = builders.wechat_csv_tab_after_quote(rows)
    assert b'"\t,"' in data
    result = parse_file(data, "2025-04.csv", tracked_method=CARD)
    assert result.format == "wechat_csv"
    assert tally(result) == {"purchase": (1, 129900)}
    purchase = result.events[0]
    assert purchase.posted_on == D(2025, 4, 10)
    assert purchase.source_key == f"wechat:42000{Z}00001"  # the TAB after the quote is gone
    assert [s.row for s in result.skipped] == [19, 20]  # 长沙银行 repayments are not for a 招商银行 card

    other_card = parse_file(data, "2025-04.csv", tracked_method="长沙银行信用卡(0000)")
    assert tally(other_card) == {"repayment": (2, 111111 + 5000)}  # 转账 → XX银行信用卡还款 is a repayment


def test_two_cards_and_no_choice_asks_the_caller() -> None:
    rows = [
        _csv_row("2025-04-10 12:00:00", "商户消费", "示例商店", "支出", "¥10.00", CARD, "支付成功", f"42000{Z}00001"),
        _csv_row("2025-04-10 13:00:00", "商户消费", "示例商店", "支出", "¥20.00", "建设银行信用卡(0000)", "支付成功",
                 f"42000{Z}00002"),
    ]
    result = parse_file(builders.wechat_csv_tab_after_quote(rows), "two.csv")
    assert result.events == [] and result.skipped == []
    assert result.info["needs_tracked_method"] is True
    assert result.info["cards"] == [CARD, "建设银行信用卡(0000)"]
    assert result.methods == [CARD, "建设银行信用卡(0000)"]
    chosen = parse_file(builders.wechat_csv_tab_after_quote(rows), "two.csv", tracked_method="建设银行信用卡(0000)")
    assert tally(chosen) == {"purchase": (1, 2000)}


def test_gbk_csv_converted_by_excel() -> None:
    """Users convert the XLSX to CSV in Chinese Excel: GBK, no BOM, "￥1,234.56" amounts."""
    lines = [line + "," * 10 for line in builders.wechat_preamble()] + [",".join(builders.WECHAT_HEADER)]
    lines.append(f'2025-08-01 12:00:00,商户消费,示例商店,示例商品,支出,"￥1,234.56",{CARD},支付成功,42000{Z}00001,/,/')
    lines.append(f'2025-08-02 12:00:00,转账-退款,张三,/,收入,￥5.00,零钱,已退还,10000{Z}00002,/,/')
    result = parse_file("\r\n".join(lines).encode("gbk"), "converted.csv")
    assert result.info["encoding"] == "gb18030"
    assert tally(result) == {"purchase": (1, 123456)}
    assert "refund to 零钱" in result.skipped[0].reason


class TestXlsx:
    def test_2025_layout_all_strings(self, machine_tz: str) -> None:
        rows = [
            ["2025-07-20 23:59:59", "商户消费", "示例商店", "示例商品", "支出", "¥28.16", CARD, "支付成功",
             f"42000{Z}00001\t", "M0000000001\t", "/"],
            ["2025-07-21 10:00:00", "商户消费-退款", "示例商店", "退款-示例商品", "收入", "¥8.16", CARD, "已退款",
             f"50300{Z}00002\t", "M0000000001\t", "/"],
            ["2025-07-22 10:00:00", "信用卡还款", "招商银行信用卡还款", "/", "/", "¥20.00", "零钱", "支付成功",
             f"10000{Z}00003\t", "/", "/"],
        ]
        result = parse_file(builders.wechat_xlsx(rows), "2025.xlsx")
        assert result.format == "wechat_xlsx"
        assert result.info["header_row"] == 17
        assert tally(result) == {"purchase": (1, 2816), "refund": (1, 816), "repayment": (1, 2000)}
        purchase, refund, _ = result.events
        assert purchase.row == 18 and purchase.posted_on == D(2025, 7, 20)
        assert refund.refund_of == purchase.source_key == f"wechat:42000{Z}00001"

    def test_2026_layout_numeric_amounts_and_date_cells(self, machine_tz: str) -> None:
        rows = [
            [datetime.datetime(2026, 1, 5, 23, 30, 0), "商户消费", "示例商店", "示例商品", "支出", 1234.56, CARD, "支付成功",
             f"42000{Z}00001", "/", "/"],
            [46028.9375, "商户消费", "示例商店", 11111111111111, "支出", 145.2, CARD, "支付成功", f"42000{Z}00002", "/",
             "/"],  # an Excel serial for 2026-01-06 22:30; a digit-only 商品
            ["2026-01-07 08:00:00", "商户消费", "示例商店", "示例商品", "支出", 16, CARD, "支付成功", f"42000{Z}00003", "/",
             "/"],
        ]
        result = parse_file(builders.wechat_xlsx(rows, notes_2026=True, amount_format="\\¥#,##0.00"), "2026.xlsx")
        assert result.info["header_row"] == 18
        assert [(e.row, e.posted_on, e.amount_fen) for e in result.events] == [
            (19, D(2026, 1, 5), 123456), (20, D(2026, 1, 6), 14520), (21, D(2026, 1, 7), 1600)]
        assert result.events[1].description == "11111111111111"

    def test_order_number_stored_as_a_float_is_flagged(self) -> None:
        rows = [["2026-01-07 08:00:00", "商户消费", "示例商店", "示例商品", "支出", 16, CARD, "支付成功",
                 4.2000000007e27, "/", "/"]]
        event = parse_file(builders.wechat_xlsx(rows, notes_2026=True), "mangled.xlsx").events[0]
        assert event.order_no is None and event.warnings
