"""Alipay files of our own making, one per trap in input-formats.md §1–4."""

from __future__ import annotations

import datetime

import pytest

from app.importers import ImportFormatError, alipay_web, parse_file
from tests.importers import builders
from tests.importers.helpers import tally

D = datetime.date
Z = "0" * 15  # long runs of zeros: nobody mistakes these order numbers for real ones


def _row(time: str, io: str, amount: str, method: str, status: str, order: str, *, category: str = "日用百货",
         payee: str = "示例商店", item: str = "示例商品", merchant_order: str = "") -> tuple[str, ...]:
    return (time, category, payee, "/", item, io, amount, method, status, order, merchant_order)


class TestLayout2026:
    """The 2026 export dropped note 8: the header is on line 24, one line earlier."""

    ROWS = [
        _row("2026-06-15 10:22:14", "不计收支", "123.00", "招商银行储蓄卡(0000)", "还款成功", f"20260615{Z}00001",
             category="信用借还", payee="花呗", item="花呗主动还款-2026年07月账单"),
        _row("2026-06-02 08:00:00", "支出", "58.00", "花呗", "交易成功", f"20260602{Z}00002"),
        _row("2026-06-01 00:05:00", "支出", "16.08", "花呗&花呗青春特惠", "交易成功", f"20260601{Z}00003"),
    ]

    def test_first_transaction_is_not_lost(self, machine_tz: str) -> None:
        result = parse_file(builders.alipay_2023(self.ROWS, notes_2026=True), "2026.csv")
        assert result.info["header_row"] == 24
        assert [e.row for e in result.events] == [25, 26, 27]
        assert tally(result) == {"repayment": (1, 12300), "purchase": (2, 5800 + 1608)}
        repayment = result.events[0]
        assert repayment.statement_label == D(2026, 7, 1)
        assert result.events[2].posted_on == D(2026, 6, 1)  # 00:05 CST stays on the 1st in any machine zone

    def test_same_result_as_the_2025_preamble(self) -> None:
        old = parse_file(builders.alipay_2023(self.ROWS), "old.csv")
        new = parse_file(builders.alipay_2023(self.ROWS, notes_2026=True), "new.csv")
        assert old.info["header_row"] == 25
        assert [(e.kind, e.amount_fen, e.source_key) for e in old.events] == [
            (e.kind, e.amount_fen, e.source_key) for e in new.events]


class TestHuabeiRules:
    def test_closed_purchase_with_refund_records_both(self) -> None:
        rows = [
            _row("2024-05-03 10:00:00", "不计收支", "50.00", "花呗", "退款成功", f"20240501{Z}00001_20240503{Z}1",
                 category="退款", item="退款-一卡通充值"),
            _row("2024-05-01 09:00:00", "支出", "50.00", "花呗", "交易关闭", f"20240501{Z}00001", item="一卡通充值"),
            _row("2024-05-01 08:00:00", "支出", "76.00", "花呗", "交易关闭", f"20240501{Z}00002"),
        ]
        result = parse_file(builders.alipay_2023(rows), "closed.csv")
        assert tally(result) == {"refund": (1, 5000), "purchase": (1, 5000)}
        refund, purchase = result.events
        assert refund.refund_of == purchase.source_key
        assert purchase.warnings  # the user sees why a closed order counts
        assert [s.row for s in result.skipped] == [28]

    def test_look_alikes_and_other_funding_are_skipped(self) -> None:
        rows = [
            _row("2024-05-09 10:00:00", "不计收支", "300.00", "余额", "还款成功", f"20240509{Z}00001",
                 category="信用借还", payee="借呗", item="借呗还款"),
            _row("2024-05-08 10:00:00", "不计收支", "80.00", "余额", "还款成功", f"20240508{Z}00002",
                 category="信用借还", payee="抖音月付", item="抖音月付还款"),
            _row("2024-05-07 10:00:00", "不计收支", "99.00", "余额", "交易成功", f"20240507{Z}00003",
                 category="信用借还", payee="花呗", item="自动还款-花呗2024年05月账单"),
            _row("2024-05-06 10:00:00", "收入", "5.00", "", "交易成功", f"20240506{Z}00004", category="收入"),
            _row("2024-05-05 10:00:00", "支出", "12.00", "招商银行信用卡(0000)", "交易成功", f"20240505{Z}00005"),
            _row("2024-05-04 10:00:00", "支出", "13.00", "花呗", "放款成功", f"20240504{Z}00006"),
        ]
        result = parse_file(builders.alipay_2023(rows), "lookalikes.csv")
        assert tally(result) == {"repayment": (1, 9900)}
        assert result.events[0].statement_label == D(2024, 5, 1)
        assert [s.row for s in result.skipped] == [26, 27, 29, 30, 31]

    def test_tracking_a_credit_card_paid_through_alipay(self) -> None:
        rows = [
            _row("2024-05-05 10:00:00", "支出", "12.00", "招商银行信用卡(0000)", "交易成功", f"20240505{Z}00005"),
            _row("2024-05-04 10:00:00", "支出", "13.00", "花呗", "交易成功", f"20240504{Z}00006"),
        ]
        result = parse_file(builders.alipay_2023(rows), "card.csv", tracked_method="招商银行信用卡(0000)")
        assert tally(result) == {"purchase": (1, 1200)}
        assert result.info["tracked_method"] == "招商银行信用卡(0000)"

    def test_unreadable_amount_is_a_problem_not_a_crash(self) -> None:
        rows = [_row("2024-05-05 10:00:00", "支出", "12.345", "花呗", "交易成功", f"20240505{Z}00005"),
                _row("2024-13-05 10:00:00", "支出", "1.00", "花呗", "交易成功", f"20240505{Z}00006")]
        result = parse_file(builders.alipay_2023(rows), "bad.csv")
        assert result.events == []
        assert [(p.row, p.field) for p in result.problems] == [(26, "金额"), (27, "交易时间")]
        assert result.problems[0].file == "bad.csv"


class TestLayout2021:
    ROWS = [
        ("支出", "示例商店", "/", "示例商品", "花呗", "1234.56", "交易成功", "日用百货", f"20220305{Z}00001",
         "T0000000001", "2022-03-05 12:00:00"),
        ("其他", "示例商店", "/", "退款-示例商品", "花呗", "10.00", "退款成功", "退款", f"20220305{Z}00001_1",
         "T0000000001", "2022-03-06 09:00:00"),
        ("收入", "示例商店", "/", "退款-示例商品二", "花呗", "5.00", "退款成功", "退款", f"20220301{Z}00009_1",
         "", "2022-03-07 09:00:00"),
    ]

    def test_time_last_and_trailer_ignored(self, machine_tz: str) -> None:
        result = parse_file(builders.alipay_2021(self.ROWS), "2021.csv")
        assert result.format == "alipay_app_2021"
        assert result.info["header_row"] == 2
        assert tally(result) == {"purchase": (1, 123456), "refund": (2, 1500)}
        purchase, refund, orphan = result.events
        assert purchase.posted_on == D(2022, 3, 5)
        assert refund.refund_of == purchase.source_key
        assert orphan.refund_of is None and orphan.warnings  # 收入 refund whose purchase is older than the file
        assert result.info["trailer_row"] == 6
        assert result.problems == [] and result.skipped == []

    def test_without_trailer(self) -> None:
        result = parse_file(builders.alipay_2021(self.ROWS, trailer=False), "2021.csv")
        assert len(result.events) == 3


def test_excel_resave_utf8_bom_no_seconds_thousands(machine_tz: str) -> None:
    """Excel 'CSV UTF-8': BOM, CRLF, 2024/3/30 19:42, "1,020.00", rows padded to the widest, a lost order TAB."""
    header = ",".join(builders.ALIPAY_2023_HEADER) + ",,"
    lines = ["支付宝交易明细"] * 24 + [header,
             f'2024/3/30 19:42,日用百货,示例商店,/,示例商品,支出,"1,020.00",花呗,交易成功,20240330{Z}00001,,,',
             '2024/3/9 8:05,餐饮美食,示例饭馆,/,午餐,支出,12.30,花呗&红包,交易成功,2.02403E+27,,,',
             '2024/3/9 8:05,餐饮美食,示例饭馆,/,午餐,支出,12.30,花呗&红包,交易成功,2.02403E+27,,,',
             ",,,,,,,,,,,,,"]
    data = b"\xef\xbb\xbf" + "\r\n".join(lines).encode("utf-8") + b"\r\n"
    result = parse_file(data, "resaved.csv")
    assert result.info["encoding"] == "utf-8"
    assert tally(result) == {"purchase": (3, 102000 + 1230 + 1230)}
    first, second, third = result.events
    assert first.posted_on == D(2024, 3, 30) and first.amount_fen == 102000
    assert second.order_no is None and second.warnings
    assert second.source_key == "alipay_app:2024-03-09:示例饭馆:午餐:1230:0"
    assert third.source_key.endswith(":1")  # true twins survive


def test_gbk_with_four_byte_gb18030_character() -> None:
    rows = [_row("2024-05-05 10:00:00", "支出", "8.00", "花呗", "交易成功", f"20240505{Z}00005", payee="示例𠀾店")]
    result = parse_file(builders.alipay_2023(rows), "gb18030.csv")
    assert result.events[0].merchant == "示例𠀾店"


def test_truncated_in_the_middle_of_a_row() -> None:
    rows = [_row("2024-05-05 10:00:00", "支出", "8.00", "花呗", "交易成功", f"20240505{Z}00005"),
            _row("2024-05-04 10:00:00", "支出", "9.00", "花呗", "交易成功", f"20240504{Z}00006")]
    data = builders.alipay_2023(rows)
    cut = data[: data.rindex("示例商店".encode("gb18030"))]
    with pytest.raises(ImportFormatError, match="truncated"):
        parse_file(cut, "cut.csv")


class TestPcWeb:
    def _rows(self) -> list[tuple[str, ...]]:
        blank = ""
        return [
            (f"20230315{Z}00001", "MT00000001", "2023-03-15 07:01:22", "2023-03-15 07:01:25", "2023-03-18 10:00:00",
             "淘宝", "支付宝担保交易", "示例旗舰店", "示例外套\n黑色 L码", "299.00", "支出", "交易成功", "0.00", "99.00",
             blank, "已支出"),
            (f"20230314{Z}00002", "MT00000002", "2023-03-14 12:00:00", "2023-03-14 12:00:05", "2023-03-14 12:00:05",
             "支付宝网站", "即时到账交易", "示例饭馆", "午餐", "1020.00", "支出", "交易成功", "0.00", "0.00", blank,
             "已支出"),
            (f"20230313{Z}00003", "MT00000003", "2023-03-13 12:00:00", "", "2023-03-13 13:00:00",
             "淘宝", "支付宝担保交易", "示例商店", "示例商品", "45.00", "支出", "交易关闭", "0.00", "0.00", blank, blank),
            (f"20230312{Z}00004", "", "2023-03-12 09:00:00", "2023-03-12 09:00:00", "2023-03-12 09:00:00",
             "其他（包括阿里巴巴和外部商家）", "即时到账交易", "张三", "转账", "100.00", "收入", "交易成功", "0.00", "0.00",
             blank, "已收入"),
        ]

    def test_refund_column_bare_lf_and_crlf(self, machine_tz: str) -> None:
        data = builders.alipay_web(self._rows(), spent="1220.00")
        assert b"\r\n" in data and "外套\n黑色".encode("gb18030") in data
        result = parse_file(data, "web.csv", all_on_line=True)
        assert result.format == "alipay_web"
        assert result.info["header_row"] == 5
        assert tally(result) == {"purchase": (2, 29900 + 102000), "refund": (1, 9900)}
        purchase, refund, lunch = result.events
        assert purchase.row == refund.row == 6
        assert purchase.description == "示例外套 黑色 L码"  # the bare LF stayed inside its field
        assert lunch.row == 8  # the bare LF made row 6 two lines long
        assert refund.refund_of == purchase.source_key
        assert refund.posted_on == D(2023, 3, 18)  # 最近修改时间
        assert all(e.method == "" and any("unknown" in w for w in e.warnings) for e in result.events)
        assert [s.row for s in result.skipped] == [9, 10]
        assert result.info["spent_check"] == {"stated_fen": 122000, "computed_fen": 122000}
        assert result.info["method_unknown"] is True
        assert "notices" not in result.info

    @pytest.mark.parametrize("tracked", [None, "花呗"])
    def test_nothing_is_put_on_a_line_without_the_users_word(self, tracked: str | None) -> None:
        result = parse_file(builders.alipay_web(self._rows(), spent="1220.00"), "web.csv", tracked_method=tracked)
        assert result.events == []
        assert [(s.row, s.reason) for s in result.skipped] == [
            (6, alipay_web.NOT_ON_LINE), (8, alipay_web.NOT_ON_LINE), (9, "交易关闭 and 资金状态 blank: never paid"),
            (10, "income, not a purchase")]
        assert result.info["notices"] == [alipay_web.NOTHING_PLANNED]
        assert result.info["spent_check"] == {"stated_fen": 122000, "computed_fen": 122000}
        assert "--all-on-line" in alipay_web.NOTHING_PLANNED

    def test_trailer_mismatch_is_reported(self) -> None:
        result = parse_file(builders.alipay_web(self._rows(), spent="999.00"), "web.csv", all_on_line=True)
        assert any("已支出" in n for n in result.info["notices"])


def test_rows_skipped_for_the_same_reason_share_one_message() -> None:
    from tests.importers import builders as b

    rows = [(f"2026-05-0{d} 10:00:00", "日用百货", "示例便民店", "/", "示例商品", "支出", "9.90", "余额", "交易成功",
             f"20260501220000000000000000{d}", "") for d in range(1, 4)]
    rows.append(("2026-05-04 10:00:00", "transfer", "张三", "/", "转账", "不计收支", "5.00", "余额", "交易成功",
                 "202605012200000000000000009", ""))
    rows.append(("2026-05-05 10:00:00", "", "张三", "/", "转账", "不计收支", "5.00", "余额", "交易成功",
                 "202605012200000000000000010", ""))
    result = parse_file(b.alipay_2023(rows), "f.csv")
    reasons = [s.reason for s in result.skipped]
    assert reasons[:3] == ["paid with 余额, not 花呗"] * 3 and reasons[0] is reasons[1] is reasons[2]
    # the file's own word "transfer" and ours for an empty 交易分类 read alike, but only ours is translated
    assert reasons[3] == reasons[4] == "不计收支: transfer paid with 余额, not a purchase on the line"
    assert reasons[3].args[1] == "transfer" and not hasattr(reasons[3].args[1], "template")
    assert reasons[4].args[1].template == "transfer"


def test_an_unquoted_comma_amount_is_a_broken_row_not_a_payment_method() -> None:
    # "16,08" unquoted splits into two fields: 08 lands in 收/付款方式 and every later value one column on
    rows = [_row("2024-05-06 10:00:00", "支出", "58.00", "花呗", "交易成功", f"20240506{Z}00001"),
            _row("2024-05-05 10:00:00", "支出", "16,08", "花呗", "交易成功", f"20240505{Z}00002"),
            _row("2024-05-04 10:00:00", "支出", "9.90", "花呗", "交易成功", f"20240504{Z}00003")]
    result = parse_file(builders.alipay_2023(rows), "split.csv")
    assert [(e.row, e.amount_fen) for e in result.events] == [(26, 5800), (28, 990)]
    assert result.skipped == []
    assert [(p.file, p.row, p.field, p.reason) for p in result.problems] == [
        ("split.csv", 27, "", "the row has 14 fields where the header has 13: a value with a comma in it (such as an "
                              "amount written 16,08) is not in quotes, so its columns cannot be told apart")]
    assert result.info["data_rows"] == 3


def test_excel_padding_past_the_header_is_not_a_broken_row() -> None:
    # Excel pads every row to the widest one (input-formats.md §3); here the rows carry two empty fields the header
    # lacks, as a file whose header was trimmed; a row with text past the header is still broken
    rows = [_row("2024-05-06 10:00:00", "支出", "58.00", "花呗", "交易成功", f"20240506{Z}00001"),
            _row("2024-05-05 10:00:00", "支出", "16.08", "花呗", "交易成功", f"20240505{Z}00002"),
            _row("2024-05-04 10:00:00", "支出", "9.90", "花呗", "交易成功", f"20240504{Z}00003")]
    lines = builders.alipay_2023(rows).decode("gb18030").split("\r\n")
    lines[24] = lines[24].rstrip(",")  # the header: 12 fields
    lines[25:28] = [line + ",," for line in lines[25:28]]  # the rows: 15 fields, the last three empty
    lines[27] += "x"
    result = parse_file("\r\n".join(lines).encode("gb18030"), "padded.csv")
    assert [(e.row, e.amount_fen) for e in result.events] == [(26, 5800), (27, 1608)]
    assert [(p.row, p.reason) for p in result.problems] == [
        (28, "the row has 15 fields where the header has 12: a value with a comma in it (such as an amount written "
             "16,08) is not in quotes, so its columns cannot be told apart")]
