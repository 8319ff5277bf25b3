"""Alipay PC-web export (支付宝交易记录明细查询, legacy): GBK, CRLF, a bare LF may sit inside a field.

This layout has **no payment-method column**, so no row can be proven to be on 花呗 or on any card: paid from the
balance, a debit card or 花呗, every row looks the same. No attribution without evidence:

* by default every paid purchase (收/支 支出, 资金状态 已支出) is skipped with :data:`NOT_ON_LINE`, and the notice
  :data:`NOTHING_PLANNED` says why nothing is planned; ``info["method_unknown"]`` tells the caller it may ask.
* ``all_on_line=True``, only when the user says explicitly that every payment in the file was charged to the line
  (CLI ``--all-on-line``, the import window's box): every paid purchase is returned as a purchase with the warning
  :data:`METHOD_UNKNOWN`, and its 成功退款（元） amount as a refund on the same row.

Refunds are a column, not a row; the refund is dated by 最近修改时间 (the file has no refund date).
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator

from app.domain.errors import ValidationError
from app.importers import categories
from app.importers.amounts import parse_fen
from app.importers.dates import parse_datetime_text
from app.importers.keys import KeyMaker
from app.importers.records import PURCHASE, REFUND, ImportedEvent, ParseResult, Problem, SkippedRow
from app.importers.rows import Row
from app.importers.table import Table
from app.domain.messages import QT_TRANSLATE_NOOP

LAYOUT = "alipay_web"
METHOD_UNKNOWN = QT_TRANSLATE_NOOP("ImportTexts", "payment method unknown: the Alipay PC-web export has no 收/付款方式 column")
NOT_ON_LINE = QT_TRANSLATE_NOOP("ImportTexts", "the PC-web export has no payment-method column: nothing shows this payment was made with credit")
NOTHING_PLANNED = QT_TRANSLATE_NOOP("ImportTexts", "the Alipay PC-web export does not say which payments were made with credit (it has no "
                   "payment-method column), so none is put on the line; if every payment in it was charged to this "
                   "line, say so: --all-on-line, or the box in the import window")

_COLUMNS = {
    "交易号": "trade_no", "商家订单号": "merchant_order", "交易创建时间": "created", "付款时间": "paid",
    "最近修改时间": "modified", "类型": "type", "交易对方": "payee", "商品名称": "item", "金额(元)": "amount",
    "收/支": "io", "交易状态": "status", "成功退款(元)": "refunded", "资金状态": "fund",
}
_REQUIRED = ("trade_no", "created", "payee", "item", "amount", "io", "status", "refunded", "fund")


def matches(cells: list[str]) -> str | None:
    """Return :data:`LAYOUT` when ``cells`` is the PC-web header row."""
    return LAYOUT if len(cells) >= 2 and cells[0] == "交易号" and cells[1] == "商家订单号" else None


def parse(table: Table, *, tracked_method: str | None, all_on_line: bool = False) -> ParseResult:
    """Read the rows of a PC-web export (see the module notes for how the missing method is handled).

    Args:
        table: the file split at its header.
        tracked_method: the line's payment method as the caller knows it; only reported back (the file cannot
            be matched against it).
        all_on_line: the user said every payment in the file was charged to the line.

    Returns:
        ParseResult: amounts in fen; ``info["spent_check"]`` compares the trailer's 已支出 total with
        Σ(金额 − 成功退款) over paid purchases.
    """
    result = ParseResult(format=LAYOUT, info={"tracked_method": tracked_method, "method_unknown": True,
                                              "all_on_line": all_on_line})
    col = table.column_index(_COLUMNS, _REQUIRED)
    width = max(col.values()) + 1
    keys = KeyMaker()
    spent_fen = 0
    rows = table.data_rows()
    for number, cells in rows:
        if cells[0].startswith("---"):
            result.info["trailer_row"] = number
            break
        if table.wrong_width(result, number, cells, width):
            continue
        io, fund, status = cells[col["io"]], cells[col["fund"]], cells[col["status"]]
        if io == "收入" or (not io and fund == "已收入"):
            result.skipped.append(SkippedRow(number, QT_TRANSLATE_NOOP("ImportTexts", "income, not a purchase")))
            continue
        if io != "支出" and not (not io and fund == "已支出"):
            result.skipped.append(SkippedRow(number, QT_TRANSLATE_NOOP(
                    "ImportTexts", "%1: not a purchase").arg(io or fund or QT_TRANSLATE_NOOP("ImportTexts", "no 收/支"))))
            continue
        if fund != "已支出":
            result.skipped.append(SkippedRow(number, QT_TRANSLATE_NOOP(
                    "ImportTexts", "%1 and 资金状态 blank: never paid")
                            .arg(status or QT_TRANSLATE_NOOP("ImportTexts", "not paid"))))
            continue
        try:
            amount = parse_fen(cells[col["amount"]], field="金额（元）")
            refunded = parse_fen(cells[col["refunded"]] or "0", field="成功退款（元）", allow_zero=True)
            paid_at = cells[col["paid"]] if "paid" in col else ""  # blank on some rows: then the creation time
            posted_on = parse_datetime_text(paid_at or cells[col["created"]],
                                            field="付款时间" if paid_at else "交易创建时间")
        except ValidationError as err:
            result.problems.append(Problem(table.filename, number, err.field, QT_TRANSLATE_NOOP(
                    "ImportTexts", "%1 (got %2)").arg(err.reason, repr(err.value))))
            continue
        if refunded > amount:
            result.problems.append(Problem(table.filename, number, "成功退款（元）",
                                           QT_TRANSLATE_NOOP("ImportTexts", "the refund is larger than the purchase")))
            continue
        spent_fen += amount - refunded
        if not all_on_line:
            result.skipped.append(SkippedRow(number, NOT_ON_LINE))
            continue
        _add_events(result, keys, table, number, cells, col, amount, refunded, posted_on)

    if not all_on_line and any(s.reason == NOT_ON_LINE for s in result.skipped):
        result.notice(NOTHING_PLANNED)
    _check_trailer(result, rows, spent_fen)
    return table.finish(result)


def _add_events(result: ParseResult, keys: KeyMaker, table: Table, number: int, cells: list[str],
                col: dict[str, int], amount: int, refunded: int, posted_on: datetime.date) -> None:
    trade_no = cells[col["trade_no"]]
    payee, item = cells[col["payee"]], cells[col["item"]]
    source_category = cells[col["type"]] if "type" in col else ""
    purchase_key = keys.from_id("alipay_web", trade_no)
    result.events.append(ImportedEvent(
        kind=PURCHASE, row=number, posted_on=posted_on, amount_fen=amount, merchant=payee, description=item,
        category=categories.OTHER, source_category=source_category, source_key=purchase_key, order_no=trade_no,
        warnings=(METHOD_UNKNOWN,),
    ))
    if not refunded:
        return
    warnings = [METHOD_UNKNOWN,
                QT_TRANSLATE_NOOP("ImportTexts", "refund dated by 最近修改时间: the export has no refund date")]
    refund_on = posted_on
    if "modified" in col and cells[col["modified"]]:
        try:
            refund_on = parse_datetime_text(cells[col["modified"]], field="最近修改时间")
        except ValidationError:
            warnings[1] = QT_TRANSLATE_NOOP("ImportTexts", "refund dated like its purchase: 最近修改时间 is unreadable")
    result.events.append(ImportedEvent(
        kind=REFUND, row=number, posted_on=refund_on, amount_fen=refunded, merchant=payee,
        description=f"退款-{item}", category=categories.OTHER, source_category=source_category,
        source_key=keys.from_id("alipay_web", trade_no, "refund"), order_no=trade_no, refund_of=purchase_key,
        warnings=tuple(warnings),
    ))


def _check_trailer(result: ParseResult, rows: Iterator[Row], spent_fen: int) -> None:
    """Compare ``已支出:55笔,1999.92元`` with our own sum, so a mis-read file shows up."""
    for _number, cells in rows:
        text = ",".join(cell for cell in cells if cell)  # drop Excel's padding commas
        if text.startswith("已支出"):
            amount_text = text.rsplit(",", 1)[-1].removesuffix("元") if "," in text else ""
            try:
                stated = parse_fen(amount_text, field="已支出", allow_zero=True)
            except ValidationError:
                return
            result.info["spent_check"] = {"stated_fen": stated, "computed_fen": spent_fen}
            if stated != spent_fen:
                result.notice(QT_TRANSLATE_NOOP(
                        "ImportTexts", "the trailer says 已支出 %1 fen but the paid purchases minus refunds add up to %2 "
                        "fen").arg(stated, spent_fen))
            return
