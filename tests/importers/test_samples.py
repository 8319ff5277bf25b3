"""The four sample files give exactly the results listed in tests/data (samples/README.md)."""

from __future__ import annotations

import datetime

import pytest

from app.importers import ParseResult, parse_file
from tests.importers.helpers import sample, tally

D = datetime.date


def _parse(name: str, **kwargs: object) -> ParseResult:
    return parse_file(sample(name), name, **kwargs)


def _by_row(result: ParseResult) -> dict[int, object]:
    return {e.row: e for e in result.events}


def _every_row_accounted_for(result: ParseResult, data_rows: int) -> None:
    rows = [e.row for e in result.events] + [s.row for s in result.skipped] + [p.row for p in result.problems]
    assert len(set(rows)) == data_rows == result.info["data_rows"]
    keys = [e.source_key for e in result.events]
    assert len(keys) == len(set(keys)), "source keys must be unique within a file"


class TestAlipayAppSample:
    NAME = "alipay_app_sample_gbk.csv"

    def test_counts_and_totals(self, machine_tz: str) -> None:
        result = _parse(self.NAME)
        assert result.format == "alipay_app_2023"
        assert tally(result) == {"purchase": (10, 146080), "refund": (1, 5915), "repayment": (1, 86327)}
        assert [(s.row) for s in result.skipped] == [29, 32, 34]
        assert not result.problems
        _every_row_accounted_for(result, 15)
        assert result.info["header_row"] == 25
        assert result.info["encoding"] == "gb18030"

    def test_default_line_is_huabei_and_explicit_gives_the_same(self) -> None:
        assert _parse(self.NAME).info["tracked_method"] == "花呗"
        assert tally(_parse(self.NAME, tracked_method="花呗")) == tally(_parse(self.NAME))

    def test_refund_links_to_its_purchase(self) -> None:
        events = _by_row(_parse(self.NAME))
        refund, purchase = events[28], events[31]
        assert refund.kind == "refund" and purchase.kind == "purchase"
        assert refund.source_key == "alipay_app:2024102022000000000000000006_1"
        assert refund.refund_of == purchase.source_key == "alipay_app:2024102022000000000000000006"
        assert purchase.amount_fen == 11830  # a partial refund leaves the purchase at its full 金额
        assert refund.category == purchase.category == "Shopping"

    def test_repayment_names_its_bill(self) -> None:
        repayment = _by_row(_parse(self.NAME))[35]
        assert repayment.kind == "repayment"
        assert repayment.statement_label == D(2024, 10, 1)
        assert repayment.merchant == "花呗"
        assert repayment.method == "工商银行储蓄卡(0000)"
        assert repayment.posted_on == D(2024, 10, 8)

    def test_float_traps_are_exact(self) -> None:
        fen = {e.row: e.amount_fen for e in _parse(self.NAME).events}
        assert (fen[26], fen[27], fen[33], fen[37], fen[39], fen[40]) == (1608, 1799, 3562, 431, 3230, 995)
        skipped_820 = [s for s in _parse(self.NAME).skipped if s.row == 34]
        assert skipped_820 and "余额宝" in skipped_820[0].reason

    def test_row_details(self, machine_tz: str) -> None:
        events = _by_row(_parse(self.NAME))
        first = events[26]
        assert first.posted_on == D(2024, 10, 30)
        assert (first.merchant, first.description) == ("示例茶饮铺", "芋泥鲜奶茶 大杯")
        assert (first.category, first.source_category) == ("Dining", "餐饮美食")
        assert first.order_no == "2024103022000000000000000001"  # TAB and padding stripped
        assert first.method == "花呗"
        assert events[27].method == "花呗&红包"
        assert events[33].warnings == ()  # 等待确认收货 counts: the money has left
        assert _parse(self.NAME).methods[:2] == ["花呗", "花呗&红包"]

    def test_second_import_has_the_same_keys(self) -> None:
        first = {e.source_key for e in _parse(self.NAME).events}
        second = {e.source_key for e in _parse(self.NAME).events}
        assert first == second and len(first) == 12


class TestWeChatSample:
    NAME = "wechat_sample_utf8bom.csv"

    def test_counts_and_totals(self, machine_tz: str) -> None:
        result = _parse(self.NAME, tracked_method="招商银行信用卡(0000)")
        assert result.format == "wechat_csv"
        assert tally(result) == {"purchase": (5, 187906), "refund": (1, 4860), "repayment": (1, 148000)}
        assert [s.row for s in result.skipped] == [19, 23, 25, 28]
        assert not result.problems
        _every_row_accounted_for(result, 11)
        assert result.info["header_row"] == 17

    def test_the_only_credit_card_is_picked_when_none_is_named(self) -> None:
        result = _parse(self.NAME)
        assert result.info["tracked_method"] == "招商银行信用卡(0000)"
        assert result.info["tracked_method_auto"] is True
        assert tally(result) == tally(_parse(self.NAME, tracked_method="招商银行信用卡(0000)"))
        assert result.methods == ["招商银行信用卡(0000)", "零钱"]

    def test_refund_counted_once_and_linked(self) -> None:
        events = _by_row(_parse(self.NAME))
        refund, purchase = events[20], events[21]
        assert refund.kind == "refund" and refund.amount_fen == 4860
        assert refund.refund_of == purchase.source_key == "wechat:4200000000720240922000000004"
        assert purchase.kind == "purchase" and purchase.amount_fen == 14520  # 已退款(¥48.60) is information only
        assert sum(1 for e in events.values() if e.kind == "refund") == 1

    def test_repayment_and_other_bank_card(self) -> None:
        result = _parse(self.NAME)
        repayment = _by_row(result)[22]
        assert repayment.kind == "repayment" and repayment.amount_fen == 148000
        assert repayment.merchant == "招商银行信用卡还款"
        assert repayment.posted_on == D(2024, 9, 20)
        reason = next(s.reason for s in result.skipped if s.row == 28)
        assert "建设银行" in reason

    def test_float_traps_and_keys(self, machine_tz: str) -> None:
        events = _by_row(_parse(self.NAME))
        assert events[21].amount_fen == 14520 and events[27].amount_fen == 3316
        assert events[18].source_key == "wechat:4200000000720240929000000001"
        assert events[18].posted_on == D(2024, 9, 29)
        assert events[18].description == "生鲜购物"


class TestOfxSample:
    NAME = "cc_statement_sample.ofx"

    def test_counts_and_totals(self, machine_tz: str) -> None:
        result = _parse(self.NAME)
        assert result.format == "ofx"
        assert tally(result) == {"purchase": (4, 92719), "refund": (1, 2316), "repayment": (1, 126600)}
        assert result.skipped == [] and result.problems == []
        _every_row_accounted_for(result, 6)
        assert result.methods == ["6200000000000000"]

    def test_dates_are_the_printed_local_dates(self, machine_tz: str) -> None:
        dates = {e.order_no: e.posted_on for e in _parse(self.NAME).events}
        assert dates == {
            "2024110800000001": D(2024, 11, 8), "2024111200000002": D(2024, 11, 12),
            "2024112000000003": D(2024, 11, 20), "2024112300000004": D(2024, 11, 23),
            "2024112500000005": D(2024, 11, 25), "2024120100000006": D(2024, 12, 1),
        }

    def test_keys_names_and_balance(self) -> None:
        result = _parse(self.NAME)
        by_fitid = {e.order_no: e for e in result.events}
        assert by_fitid["2024112300000004"].source_key == "ofx:6200000000000000:2024112300000004"
        assert by_fitid["2024111200000002"].merchant == "示例糕点 & 茶饮"  # &amp; resolved
        assert by_fitid["2024111200000002"].amount_fen == 3630  # float trap 36.30
        assert all(e.currency == "CNY" for e in result.events)
        # 126600 + 92719 - 2316 - 126600 = 90403 owed: LEDGERBAL -904.03 from the holder's side.
        assert result.info["ledger_balance_fen"] == {"6200000000000000": -90403}
        assert by_fitid["2024112300000004"].row == 57  # the line of its <STMTTRN>


class TestManualSample:
    NAME = "manual_entry_sample.csv"

    def test_counts_and_totals(self, machine_tz: str) -> None:
        result = _parse(self.NAME)
        assert result.format == "manual_csv"
        assert tally(result) == {"purchase": (8, 480361)}
        assert result.skipped == [] and result.problems == []
        _every_row_accounted_for(result, 8)

    def test_twins_installments_and_traps(self) -> None:
        events = _by_row(_parse(self.NAME))
        assert events[2].source_key == "manual:2024-08-01:示例咖啡馆:1615:0"
        assert events[3].source_key == "manual:2024-08-01:示例咖啡馆:1615:1"
        assert events[4].merchant == "示例菜市场, 二店"
        assert {row: events[row].installments for row in (4, 5, 6, 9)} == {4: 1, 5: 3, 6: 12, 9: 6}
        assert (events[5].amount_fen, events[6].amount_fen, events[9].amount_fen) == (136000, 240000, 89915)
        assert (events[7].amount_fen, events[2].amount_fen) == (205, 1615)
        assert events[2].posted_on == D(2024, 8, 1)
        assert events[5].category == "Electronics" and events[5].source_category == "Electronics"
        assert events[8].category == "Education" and events[8].source_category == "Books"

    def test_bom_and_crlf_variant(self) -> None:
        data = b"\xef\xbb\xbf" + sample(self.NAME).replace(b"\n", b"\r\n")
        result = parse_file(data, "excel.csv")
        assert tally(result) == {"purchase": (8, 480361)}
        assert [e.source_key for e in result.events] == [e.source_key for e in _parse(self.NAME).events]


@pytest.mark.parametrize("name", ["alipay_app_sample_gbk.csv", "wechat_sample_utf8bom.csv",
                                  "cc_statement_sample.ofx", "manual_entry_sample.csv"])
def test_progress_reaches_the_end(name: str) -> None:
    calls: list[tuple[int, int]] = []
    parse_file(sample(name), name, progress=lambda done, total: calls.append((done, total)))
    assert calls and calls[-1][0] == calls[-1][1]
