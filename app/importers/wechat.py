"""WeChat Pay bill (微信支付账单): the CSV download (to mid-2025) and the XLSX one (2025 and 2026 layouts).

Both reach this module as rows (:mod:`app.importers.rows`), so the CSV quirks (BOM, TAB after a closing quote,
``¥``/``￥``) and the XLSX ones (header on row 17 or 18, numeric amounts, Excel date serials) are handled before.

WeChat never shows 花呗: a row matters only when 支付方式 is the tracked credit card.

* ``tracked_method`` names the card, e.g. ``"招商银行信用卡(0000)"``.
* ``tracked_method=None``: if exactly one 支付方式 containing ``信用卡`` occurs, it is tracked
  (``info["tracked_method_auto"]``); otherwise no events are returned, ``info["needs_tracked_method"]`` is set and
  ``methods`` lists what the caller can ask the user to pick from.

Purchase: 收/支 ``支出`` paid with the card (a later refund does not change it; its ``已退款(¥x)`` status is only
information). Refund: a ``…-退款`` row back to the card (or whose 商户单号 is a tracked purchase's). Repayment:
交易类型 ``信用卡还款`` (or ``转账`` to ``XX银行信用卡还款``) whose 交易对方 names the card's bank.
"""

from __future__ import annotations

from app.domain.errors import ValidationError
from app.importers import categories
from app.importers.amounts import parse_fen
from app.importers.dates import parse_datetime_text
from app.importers.keys import KeyMaker
from app.importers.records import PURCHASE, REFUND, REPAYMENT, ImportedEvent, ParseResult, Problem, SkippedRow
from app.importers.rows import Row
from app.importers.table import Table
from app.domain.messages import QT_TRANSLATE_NOOP

FORMAT_CSV = "wechat_csv"
FORMAT_XLSX = "wechat_xlsx"

_COLUMNS = {
    "交易时间": "time", "交易类型": "type", "交易对方": "payee", "商品": "item", "收/支": "io", "金额(元)": "amount",
    "金额": "amount", "支付方式": "method", "当前状态": "status", "交易单号": "order", "商户单号": "merchant_order",
}
_REQUIRED = ("time", "type", "payee", "io", "amount", "method", "status", "order")
_FAILED = ("失败", "关闭", "撤销")
_ASCII_PARENS = str.maketrans("（）", "()")  # "招商银行信用卡（0000）" and "…(0000)" are the same card


def matches(cells: list[str]) -> bool:
    """``True`` when ``cells`` is the WeChat header row (``交易时间,交易类型,…``)."""
    return len(cells) >= 2 and cells[0] == "交易时间" and cells[1] == "交易类型"


def credit_card_methods(methods: list[str]) -> list[str]:
    """The 支付方式 values that are credit cards (``"招商银行信用卡(0000)"``)."""
    return [m for m in methods if "信用卡" in m]


def card_bank(method: str) -> str:
    """``"招商银行信用卡(0000)"`` -> ``"招商银行"``; empty when ``method`` names no 信用卡."""
    return method.split("信用卡", 1)[0] if "信用卡" in method else ""


def parse(table: Table, fmt: str, *, tracked_method: str | None) -> ParseResult:
    """Read the rows of a WeChat bill.

    Args:
        table: the file split at its header.
        fmt: :data:`FORMAT_CSV` or :data:`FORMAT_XLSX`.
        tracked_method: the card's 支付方式 text, or ``None`` (see the module notes).

    Returns:
        ParseResult: events on the tracked card, amounts in fen.
    """
    result = ParseResult(format=fmt)
    col = table.column_index(_COLUMNS, _REQUIRED)
    width = max(col.values()) + 1
    rows: list[Row] = []
    methods: dict[str, None] = {}
    for number, cells in table.data_rows():
        if table.wrong_width(result, number, cells, width):
            continue
        rows.append((number, cells))
        method = cells[col["method"]]
        if method and method != "/":
            methods.setdefault(method)
    result.methods = list(methods)

    tracked = tracked_method
    if tracked is None:
        cards = credit_card_methods(result.methods)
        if len(cards) != 1:
            result.info.update(needs_tracked_method=True, tracked_method=None, cards=cards)
            result.notice(QT_TRANSLATE_NOOP(
                    "ImportTexts", "choose the credit card to import: %1")
                            .arg(', '.join(cards) if cards else 'no credit card appears in this bill'))
            table.finish(result)
            result.info["data_rows"] = len(rows) + len(result.problems)  # read, but not sorted into kinds
            return result
        tracked = cards[0]
        result.info["tracked_method_auto"] = True
    result.info["tracked_method"] = tracked
    if not any(tracked.translate(_ASCII_PARENS) in m.translate(_ASCII_PARENS) for m in methods):
        result.notice(QT_TRANSLATE_NOOP("ImportTexts", "%1 does not appear in this bill").arg(tracked))
    _Reader(table, result, col, tracked).run(rows)
    result.info["id_key_prefix"] = "wechat"  # 交易单号; content keys where a spreadsheet lost them
    return table.finish(result)


class _Reader:
    def __init__(self, table: Table, result: ParseResult, col: dict[str, int], tracked: str) -> None:
        self.table, self.result, self.col, self.tracked = table, result, col, tracked
        self.bank = card_bank(tracked)
        self.tracked_key = tracked.translate(_ASCII_PARENS)
        same_bank = [m for m in credit_card_methods(result.methods) if self.bank and card_bank(m) == self.bank]
        self.bank_is_ambiguous = len(same_bank) > 1
        self.keys = KeyMaker()
        self.by_merchant_order: dict[str, ImportedEvent] = {}

    def run(self, rows: list[Row]) -> None:
        col, result, tracked = self.col, self.result, self.tracked
        refunds: list[Row] = []
        for number, cells in rows:
            tx_type, io, method, status = cells[col["type"]], cells[col["io"]], cells[col["method"]], cells[
                col["status"]]
            payee = cells[col["payee"]]
            if tx_type == "信用卡还款" or (tx_type == "转账" and payee.endswith("信用卡还款")):
                self._repayment(number, cells, payee, status)
            elif tx_type.endswith("-退款"):
                refunds.append((number, cells))  # files run newest first: the purchase may come later
            elif io == "支出":
                if not self._on_card(method):
                    result.skipped.append(SkippedRow(number, QT_TRANSLATE_NOOP(
                            "ImportTexts", "paid with %1, not %2")
                                    .arg(method or QT_TRANSLATE_NOOP("ImportTexts", "an unnamed method"), tracked)))
                elif any(word in status for word in _FAILED):
                    result.skipped.append(SkippedRow(number, QT_TRANSLATE_NOOP(
                            "ImportTexts", "payment not completed (%1)").arg(status)))
                else:
                    self._add(number, cells, PURCHASE)
            elif io == "收入":
                result.skipped.append(SkippedRow(number, QT_TRANSLATE_NOOP(
                        "ImportTexts", "income (%1), not on the card").arg(tx_type)))
            else:
                result.skipped.append(SkippedRow(number, QT_TRANSLATE_NOOP(
                        "ImportTexts", "neutral %1 paid with %2, not on the card")
                                .arg(tx_type, method or QT_TRANSLATE_NOOP("ImportTexts", "no method"))))
        for number, cells in refunds:
            self._refund(number, cells)

    def _on_card(self, method: str) -> bool:
        return self.tracked_key in method.translate(_ASCII_PARENS)

    def _repayment(self, number: int, cells: list[str], payee: str, status: str) -> None:
        if not self.bank or self.bank not in payee:
            self.result.skipped.append(SkippedRow(number, QT_TRANSLATE_NOOP(
                    "ImportTexts", "repayment of another card (%1), not %2").arg(payee, self.tracked)))
        elif any(word in status for word in _FAILED):
            self.result.skipped.append(SkippedRow(number, QT_TRANSLATE_NOOP(
                    "ImportTexts", "repayment not completed (%1)").arg(status)))
        else:
            warning = QT_TRANSLATE_NOOP(
                    "ImportTexts", "several %1 credit cards appear in this bill: check that this repayment is for %2"
            ).arg(self.bank, self.tracked) if self.bank_is_ambiguous else None
            self._add(number, cells, REPAYMENT, warning=warning)

    def _refund(self, number: int, cells: list[str]) -> None:
        merchant_order = cells[self.col["merchant_order"]] if "merchant_order" in self.col else ""
        purchase = self.by_merchant_order.get(merchant_order) if merchant_order not in ("", "/") else None
        method = cells[self.col["method"]]
        if purchase is None and not self._on_card(method):
            self.result.skipped.append(SkippedRow(number, QT_TRANSLATE_NOOP(
                    "ImportTexts", "refund to %1, not %2")
                            .arg(method or QT_TRANSLATE_NOOP("ImportTexts", "an unnamed method"), self.tracked)))
            return
        warning = None if purchase else QT_TRANSLATE_NOOP("ImportTexts", "the refunded purchase is not in this bill")
        self._add(number, cells, REFUND, warning=warning, purchase=purchase)

    def _add(self, number: int, cells: list[str], kind: str, *, warning: str | None = None,
             purchase: ImportedEvent | None = None) -> None:
        col, result = self.col, self.result
        try:
            amount = parse_fen(cells[col["amount"]], field="金额(元)", allow_zero=True)
            posted_on = parse_datetime_text(cells[col["time"]], field="交易时间")
        except ValidationError as err:
            result.problems.append(Problem(self.table.filename, number, err.field,
                                           QT_TRANSLATE_NOOP(
                                                   "ImportTexts", "%1 (got %2)").arg(err.reason, repr(err.value))))
            return
        if amount == 0:
            result.skipped.append(SkippedRow(number, QT_TRANSLATE_NOOP(
                    "ImportTexts", "amount is 0.00: no money moved")))
            return
        warnings = [warning] if warning else []
        order = cells[col["order"]]
        payee = cells[col["payee"]]
        item = cells[col["item"]] if "item" in col else ""
        item = "" if item == "/" else item
        if order in ("", "/") or "E+" in order.upper():
            if order not in ("", "/"):
                warnings.append(QT_TRANSLATE_NOOP(
                        "ImportTexts", "交易单号 %1 was mangled by a spreadsheet; duplicates are found by date, merchant "
                        "and amount instead").arg(repr(order)))
            key = self.keys.from_content("wechat", posted_on, f"{payee}:{item}", amount)
            order_no = None
        else:
            key = self.keys.from_id("wechat", order)
            order_no = order
        tx_type = cells[col["type"]]
        category = categories.OTHER if kind == REPAYMENT else categories.from_wechat(tx_type)
        if purchase is not None:
            category = purchase.category
        event = ImportedEvent(
            kind=kind, row=number, posted_on=posted_on, amount_fen=amount, merchant=self.table.same(payee),
            description=self.table.same(item), category=category, source_category=self.table.same(tx_type), source_key=key,
            order_no=order_no, refund_of=purchase.source_key if purchase else None,
            method=self.table.same(cells[col["method"]]),
            warnings=tuple(warnings),
        )
        result.events.append(event)
        merchant_order = cells[col["merchant_order"]] if "merchant_order" in col else ""
        if kind == PURCHASE and merchant_order not in ("", "/"):
            self.by_merchant_order.setdefault(merchant_order, event)
