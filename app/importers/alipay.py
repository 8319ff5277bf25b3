"""Alipay app statement (开具交易流水证明 → 用于个人对账), 2023+ and 2021–22 layouts.

What counts as what on the tracked line (input-formats.md §1, default line 花呗):

* purchase: 收/支 ``支出``, the tracked name in 收/付款方式 (``"花呗" in "花呗&红包"``), status 交易成功, 支付成功 or
  等待确认收货 (the money has left). A ``交易关闭`` purchase counts only when a refund row carries its order number
  plus ``_suffix``: paid, then refunded; both are recorded.
* refund: status ``退款成功`` and either paid back to the tracked method or its order number (before ``_``) is a
  tracked purchase. ``refund_of`` links it to that purchase.
* repayment: 交易分类 ``信用借还``, ``还款`` in 商品说明 and 交易对方 ``花呗`` (or, for a tracked bank card, the
  bank's name), status 还款成功/交易成功. ``statement_label`` comes from ``YYYY年MM月账单``.
* everything else is skipped with its reason; a ``---`` line or a summary line ends the data.

The header is found by its names, never by line number (the preamble lost a line in 2026).
"""

from __future__ import annotations

import datetime
import re

from app.domain.errors import ValidationError
from app.importers import categories
from app.importers.amounts import parse_fen
from app.importers.dates import parse_datetime_text
from app.importers.keys import KeyMaker
from app.importers.records import PURCHASE, REFUND, REPAYMENT, ImportedEvent, ParseResult, Problem, SkippedRow
from app.importers.table import Table
from app.domain.messages import QT_TRANSLATE_NOOP, Message

LAYOUT_2023 = "alipay_app_2023"
LAYOUT_2021 = "alipay_app_2021"
DEFAULT_TRACKED = "花呗"

_COLUMNS = {
    "交易时间": "time", "交易分类": "category", "交易对方": "payee", "商品说明": "item", "收/支": "io",
    "金额": "amount", "金额(元)": "amount", "收/付款方式": "method", "交易状态": "status", "交易订单号": "order",
    "商家订单号": "merchant_order",
}
_REQUIRED = ("time", "payee", "item", "io", "amount", "method", "status", "order")
_PAID = frozenset({"交易成功", "支付成功", "等待确认收货"})
_REPAID = frozenset({"还款成功", "交易成功", "支付成功"})
# Lines that end the data: the dash rule before the 2021–22 trailer, and its summary lines.
_TRAILER_PREFIXES = ("---", "共", "导出信息", "收入：", "支出：", "其他：", "不计收支：")
_BILL_MONTH = re.compile(r"(\d{4})年(\d{1,2})月账单")
_NOT_HUABEI = ("借呗", "抖音月付")  # 信用借还 look-alikes that are other products


# Why a row is skipped, for the reasons most rows are (each row skipped for the same one shares its message).
_PAID_WITH = QT_TRANSLATE_NOOP("ImportTexts", "paid with %1, not %2")
_UNNAMED_METHOD = QT_TRANSLATE_NOOP("ImportTexts", "an unnamed method")
_INCOME = QT_TRANSLATE_NOOP("ImportTexts", "income, not a purchase on the line")
_NOT_ON_LINE = QT_TRANSLATE_NOOP("ImportTexts", "%1: %2 paid with %3, not a purchase on the line")
_NO_IO = QT_TRANSLATE_NOOP("ImportTexts", "no 收/支")
_TRANSFER = QT_TRANSLATE_NOOP("ImportTexts", "transfer")
_NO_METHOD = QT_TRANSLATE_NOOP("ImportTexts", "no method")


def matches(cells: list[str]) -> str | None:
    """Return the layout key when ``cells`` is an Alipay app header row, else ``None``."""
    if len(cells) >= 2:
        if cells[0] == "交易时间" and cells[1] == "交易分类":
            return LAYOUT_2023
        if cells[0] == "收/支" and cells[1] == "交易对方":
            return LAYOUT_2021
    return None


def parse(table: Table, layout: str, *, tracked_method: str | None) -> ParseResult:
    """Read the rows of an Alipay app statement.

    Args:
        table: the file split at its header.
        layout: :data:`LAYOUT_2023` or :data:`LAYOUT_2021`.
        tracked_method: the payment method of the tracked line; ``None`` means 花呗.

    Returns:
        ParseResult: events on the tracked line with amounts in fen.
    """
    reader = _Reader(table, layout, tracked_method or DEFAULT_TRACKED)
    return reader.run()


class _Reader:
    """One pass over the rows; closed purchases and refunds wait until every purchase has been seen."""

    def __init__(self, table: Table, layout: str, tracked: str) -> None:
        self.table = table
        self.tracked = tracked
        self.result = ParseResult(format=layout, info={"tracked_method": tracked})
        self.col = table.column_index(_COLUMNS, _REQUIRED)
        self.keys = KeyMaker()
        self.purchase_keys: dict[str, str] = {}  # order number -> source key of a tracked purchase
        self.by_merchant_order: dict[str, str] = {}  # 商家订单号 -> source key: how else a refund finds its purchase
        self.category_of: dict[str, str] = {}  # purchase source key -> category, inherited by its refund
        self.reasons: dict[tuple[object, ...], Message] = {}  # see _skip
        col = self.col
        self.i_time, self.i_amount, self.i_order = col["time"], col["amount"], col["order"]
        self.i_method = col["method"]
        self.i_payee, self.i_item = col["payee"], col["item"]
        self.i_category, self.i_merchant_order = col.get("category"), col.get("merchant_order")

    def run(self) -> ParseResult:
        table, result, col, tracked = self.table, self.result, self.col, self.tracked
        width = max(col.values()) + 1
        methods: dict[str, None] = {}
        closed: list[tuple[int, list[str]]] = []
        refunds: list[tuple[int, list[str]]] = []
        i_io, i_method, i_status = col["io"], col["method"], col["status"]
        i_category, i_payee, i_item = col.get("category"), col["payee"], col["item"]

        for number, cells in table.data_rows():
            if cells[0].startswith(_TRAILER_PREFIXES):
                result.info["trailer_row"] = number
                break
            if table.wrong_width(result, number, cells, width):
                continue
            method, status, io = cells[i_method], cells[i_status], cells[i_io]
            if method not in methods and method != "/":
                methods[method] = None
            source_category = cells[i_category] if i_category is not None else ""
            item = cells[i_item]
            if "还款" in item and _is_repayment(source_category, cells[i_payee], item, tracked):
                if status in _REPAID:
                    self._add(number, cells, REPAYMENT)
                else:
                    result.skipped.append(SkippedRow(number, QT_TRANSLATE_NOOP(
                            "ImportTexts", "repayment not completed (status %1)").arg(status)))
            elif status == "退款成功":
                refunds.append((number, cells))  # its purchase may come later: files run newest first
            elif io == "支出":
                if tracked not in method:
                    self._skip(number, _PAID_WITH, method or _UNNAMED_METHOD, tracked)
                elif status in _PAID:
                    self._add(number, cells, PURCHASE)
                elif status == "交易关闭":
                    closed.append((number, cells))
                else:
                    result.skipped.append(SkippedRow(number, QT_TRANSLATE_NOOP(
                            "ImportTexts", "purchase not completed (status %1)").arg(status)))
            elif io == "收入":
                self._skip(number, _INCOME)
            else:
                self._skip(number, _NOT_ON_LINE, io or _NO_IO, source_category or _TRANSFER, method or _NO_METHOD)

        i_order = col["order"]
        refunded_orders = {cells[i_order].split("_", 1)[0] for _, cells in refunds}
        for number, cells in closed:
            if cells[i_order] and cells[i_order] in refunded_orders:
                self._add(number, cells, PURCHASE, warning=QT_TRANSLATE_NOOP("ImportTexts", "closed after a refund: recorded with its refund row"))
            else:
                result.skipped.append(SkippedRow(number, QT_TRANSLATE_NOOP(
                        "ImportTexts", "交易关闭 with no refund row: never paid")))
        for number, cells in refunds:
            self._add_refund(number, cells)
        result.methods = [m for m in methods if m]
        if not any(tracked in m for m in result.methods):
            result.notice(QT_TRANSLATE_NOOP(
                    "ImportTexts", "no row was paid with %1; payment methods in this file: %2")
                            .arg(tracked, ', '.join(result.methods) or QT_TRANSLATE_NOOP("ImportTexts", "none")))
        result.info["id_key_prefix"] = "alipay_app"  # order numbers; content keys where a spreadsheet lost them
        return table.finish(result)

    def _skip(self, number: int, template: Message, *args: str) -> None:
        """Record row ``number`` as skipped for ``template`` filled with ``args``; rows skipped for the same reason
        share one message: a year's export skips thousands of rows paid from the balance or a bank card."""
        key = (template, *[(a, isinstance(a, Message)) for a in args])  # a file's "transfer" is not ours
        found = self.reasons.get(key)
        if found is None:
            found = self.reasons[key] = template.arg(*args) if args else template
        self.result.skipped.append(SkippedRow(number, found))

    def _add_refund(self, number: int, cells: list[str]) -> None:
        col = self.col
        purchase_key = self.purchase_keys.get(cells[col["order"]].split("_", 1)[0])
        merchant_order = cells[col["merchant_order"]] if "merchant_order" in col else ""
        if purchase_key is None and merchant_order not in ("", "/"):
            purchase_key = self.by_merchant_order.get(merchant_order)
        method = cells[col["method"]]
        if purchase_key is None and self.tracked not in method:
            self.result.skipped.append(SkippedRow(number, QT_TRANSLATE_NOOP(
                    "ImportTexts", "refund to %1, not %2")
                            .arg(method or QT_TRANSLATE_NOOP("ImportTexts", "an unnamed method"), self.tracked)))
            return
        warning = None if purchase_key else QT_TRANSLATE_NOOP("ImportTexts", "the refunded purchase is not in this file")
        self._add(number, cells, REFUND, warning=warning, refund_of=purchase_key)

    def _add(self, number: int, cells: list[str], kind: str, *, warning: str | None = None,
             refund_of: str | None = None) -> None:
        """Build one event from a row; a field that cannot be read becomes a :class:`Problem` instead."""
        result = self.result
        try:
            amount = parse_fen(cells[self.i_amount], field="金额", allow_zero=True)
            posted_on = parse_datetime_text(cells[self.i_time], field="交易时间")
        except ValidationError as err:
            result.problems.append(Problem(self.table.filename, number, err.field,
                                           QT_TRANSLATE_NOOP(
                                                   "ImportTexts", "%1 (got %2)").arg(err.reason, repr(err.value))))
            return
        if amount == 0:
            result.skipped.append(SkippedRow(number, QT_TRANSLATE_NOOP(
                    "ImportTexts", "amount is 0.00: no money moved")))
            return
        warnings: tuple[str, ...] = (warning,) if warning else ()
        order = cells[self.i_order]
        payee, item = cells[self.i_payee], cells[self.i_item]
        if order in ("", "/") or "E+" in order or "e+" in order:
            # Excel turns a 28-digit order number that lost its TAB into 2.02403E+27: it identifies nothing now.
            if order:
                warnings += (QT_TRANSLATE_NOOP("ImportTexts", "order number %1 was mangled by a spreadsheet; duplicates "
                                               "are found by date, merchant and amount instead").arg(repr(order)),)
            key = self.keys.from_content("alipay_app", posted_on, f"{payee}:{item}", amount)
            order_no = None
        else:
            key = self.keys.from_id("alipay_app", order)
            order_no = order
        source_category = cells[self.i_category] if self.i_category is not None else ""
        category = categories.ALIPAY.get(source_category, categories.OTHER)
        same = self.table.same
        label = None
        if kind == REPAYMENT:
            label = _statement_label(item)
            category = categories.OTHER
        elif kind == REFUND and refund_of:
            category = self.category_of.get(refund_of, category)
        result.events.append(ImportedEvent(
            kind=kind, row=number, posted_on=posted_on, amount_fen=amount, merchant=same(payee),
            description=same(item), category=category, source_category=same(source_category),
            source_key=key, order_no=order_no, refund_of=refund_of, statement_label=label,
            method=same(cells[self.i_method]), warnings=warnings,
        ))
        if kind == PURCHASE:
            self.category_of[key] = category
            if order_no:
                self.purchase_keys.setdefault(order_no, key)
            if self.i_merchant_order is not None and cells[self.i_merchant_order] not in ("", "/"):
                self.by_merchant_order.setdefault(cells[self.i_merchant_order], key)


def _is_repayment(category: str, payee: str, item: str, tracked: str) -> bool:
    if "还款" not in item or (category and category != "信用借还"):
        return False
    if not category and payee != tracked:
        return False  # without 交易分类 only an exact 交易对方 is safe
    if "花呗" in tracked:
        return "花呗" in payee and not any(word in item for word in _NOT_HUABEI)
    bank = tracked.split("信用卡", 1)[0]  # "招商银行信用卡(1234)" -> "招商银行"
    return bool(bank) and (bank in payee or bank in item) and "花呗" not in payee


def _statement_label(item: str) -> datetime.date | None:
    """``花呗主动还款-2024年10月账单`` -> 2024-10-01 (the bill issued that month)."""
    match = _BILL_MONTH.search(item)
    if match is None:
        return None
    year, month = int(match.group(1)), int(match.group(2))
    return datetime.date(year, month, 1) if 1 <= month <= 12 and 1900 <= year <= 2200 else None
