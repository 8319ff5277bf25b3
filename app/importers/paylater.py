"""JD (京东) and Meituan (美团) bill exports: the rows paid with their own credit line, 京东白条 or 美团月付.

Both apps export every payment of the account, whatever paid it; only the rows of the line become events, and
every other row is skipped with its reason (paid with a bank card, income, a balance transfer …).

**JD** (京东金融 → 账单 → 导出, CSV; double-entry-generator ``example/jd``): a preamble (导出信息, 京东账号名, the
counts, 特别提示), then ``交易时间,交易分类,商户名称,交易说明,收/支,金额,收/付款方式,交易状态,交易订单号,商家订单号,备注``
(newer exports reorder the columns; they are found by name). Values end with a TAB. A purchase on the line:
收/支 ``支出``, ``白条`` in 收/付款方式, status 交易成功. A refund: a row not 支出 whose 交易说明 starts with ``退款`` or
whose status says 退款, paid back to 白条 or to a purchase of the file (its 交易订单号 is the purchase's, so it is
linked). A repayment: ``还款`` in 交易说明 with 交易分类 or 交易说明
naming 白条 (``白条主动还款``, paid from any source). Newer exports mark a refund 不计收支 with status 退款成功; both
forms are refunds. An amount may end in ``(已退款12.00)`` or ``(已全额退款)``: the
purchase is kept at its full amount (its refund is a row of its own) with a warning.

**Meituan** (美团 → 我的 → 钱包 → 账单 → 导出, CSV with a BOM): a preamble (美团用户名, 起始时间, the counts,
特别提示), the line ``【美团交易账单明细列表】``, then
``交易创建时间,交易成功时间,交易类型,订单标题,收/支,支付方式,订单金额,实付金额,交易单号,商家单号,备注``. Amounts carry
``¥``; the amount is 实付金额 (after discounts), not 订单金额. 交易类型 is 支付, 退款 or 还款: 支付 with ``月付`` in
支付方式 is a purchase, 退款 to 月付 a refund (linked by 商家单号 when the purchase is in the file), 还款 of 月付 (its
订单标题 or 支付方式 names 月付) a repayment. The date is 交易成功时间 (交易创建时间 when that is blank).

Times are China Standard Time wall clock, read as printed (never through UTC).
"""

from __future__ import annotations

import re

from app.domain.errors import ValidationError
from app.importers import categories
from app.importers.amounts import parse_fen
from app.importers.dates import parse_datetime_text
from app.importers.keys import KeyMaker
from app.importers.records import PURCHASE, REFUND, REPAYMENT, ImportedEvent, ParseResult, Problem, SkippedRow
from app.importers.table import Table
from app.domain.messages import QT_TRANSLATE_NOOP

JD = "jd"
MEITUAN = "meituan"
#: The method text of each app's own credit line, looked for inside 收/付款方式 / 支付方式.
JD_TRACKED = "白条"
MEITUAN_TRACKED = "月付"

_JD_COLUMNS = {"交易时间": "time", "交易分类": "category", "商户名称": "payee", "交易说明": "item", "收/支": "io",
               "金额": "amount", "收/付款方式": "method", "交易状态": "status", "交易订单号": "order",
               "商家订单号": "merchant_order", "备注": "note"}
_JD_REQUIRED = ("time", "payee", "item", "io", "amount", "method", "status", "order")
_MT_COLUMNS = {"交易创建时间": "created", "交易成功时间": "time", "交易类型": "type", "订单标题": "item",
               "收/支": "io", "支付方式": "method", "订单金额": "order_amount", "实付金额": "amount",
               "交易单号": "order", "商家单号": "merchant_order", "备注": "note"}
_MT_REQUIRED = ("created", "type", "item", "io", "method", "amount", "order")
_JD_PAID = frozenset({"交易成功", "支付成功"})
_REFUNDED_SUFFIX = re.compile(r"\((已全额退款|已退款\s*([\d,.]+))\)$")
_EMPTY = ("", "/", "-")
_JD_CATEGORIES = {"食品酒饮": categories.GROCERIES, "美妆个护": categories.SHOPPING, "网购": categories.SHOPPING,
                  "数码电器": categories.ELECTRONICS, "手机通讯": categories.ELECTRONICS, "餐饮": categories.DINING,
                  "交通出行": categories.TRANSPORT, "线下消费": categories.OTHER, "生活服务": categories.HOME,
                  "医疗健康": categories.HEALTH, "教育培训": categories.EDUCATION}


def matches_jd(cells: list[str]) -> bool:
    """``True`` for the header row of a JD export (checked before Alipay's, which starts the same way)."""
    return "交易时间" in cells and "商户名称" in cells and "交易说明" in cells and "收/付款方式" in cells


def matches_meituan(cells: list[str]) -> bool:
    """``True`` for the header row of a Meituan export."""
    return "交易创建时间" in cells and "订单标题" in cells and "实付金额" in cells


def parse(table: Table, kind: str, *, tracked_method: str | None) -> ParseResult:
    """Read a JD or Meituan export.

    Args:
        table: the file split at its header.
        kind: :data:`JD` or :data:`MEITUAN`.
        tracked_method: text of the tracked line's payment method; ``None`` means 白条 (JD) or 月付 (Meituan).

    Returns:
        ParseResult: events on the tracked line in fen; rows paid otherwise skipped with their reason.

    Raises:
        ImportFormatError: a required column is missing from the header.
    """
    if kind == JD:
        return _Reader(table, JD, tracked_method or JD_TRACKED, _JD_COLUMNS, _JD_REQUIRED).run_jd()
    return _Reader(table, MEITUAN, tracked_method or MEITUAN_TRACKED, _MT_COLUMNS, _MT_REQUIRED).run_meituan()


class _Reader:
    def __init__(self, table: Table, fmt: str, tracked: str, columns: dict[str, str],
                 required: tuple[str, ...]) -> None:
        self.table, self.fmt, self.tracked = table, fmt, tracked
        self.result = ParseResult(format=fmt, info={"tracked_method": tracked})
        self.col = table.column_index(columns, required)
        self.keys = KeyMaker()
        self.purchases: dict[str, str] = {}  # order or merchant order -> source key of a purchase on the line
        self.methods: dict[str, None] = {}

    def cell(self, cells: list[str], name: str) -> str:
        index = self.col.get(name)
        value = cells[index] if index is not None and index < len(cells) else ""
        return "" if value in _EMPTY else value

    # -- JD ---------------------------------------------------------------------------------------------------
    def run_jd(self) -> ParseResult:
        result, tracked = self.result, self.tracked
        width = max(self.col.values()) + 1
        refunds: list[tuple[int, list[str]]] = []
        for number, cells in self.table.data_rows():
            if self.table.wrong_width(result, number, cells, width):
                continue
            method, io, status = self.cell(cells, "method"), self.cell(cells, "io"), self.cell(cells, "status")
            item, category = self.cell(cells, "item"), self.cell(cells, "category")
            if method:
                self.methods.setdefault(method, None)
            if "还款" in item and (JD_TRACKED in item or JD_TRACKED in category) and JD_TRACKED in tracked:
                if status in _JD_PAID:
                    self.add(number, cells, REPAYMENT)
                else:
                    result.skipped.append(SkippedRow(number, QT_TRANSLATE_NOOP(
                            "ImportTexts", "repayment not completed (status %1)").arg(status)))
            elif io != "支出" and (item.startswith("退款") or "退款" in status):
                refunds.append((number, cells))  # its purchase may come later: the file runs newest first
            elif io == "支出":
                if tracked not in method:
                    result.skipped.append(SkippedRow(number, QT_TRANSLATE_NOOP(
                            "ImportTexts", "paid with %1, not %2")
                                    .arg(method or QT_TRANSLATE_NOOP("ImportTexts", "an unnamed method"), tracked)))
                elif status in _JD_PAID:
                    self.add(number, cells, PURCHASE)
                else:
                    result.skipped.append(SkippedRow(number, QT_TRANSLATE_NOOP(
                            "ImportTexts", "purchase not completed (status %1)").arg(status)))
            elif io == "收入":
                result.skipped.append(SkippedRow(number, QT_TRANSLATE_NOOP(
                        "ImportTexts", "income (%1), not a purchase on the line").arg(item or category)))
            else:
                result.skipped.append(SkippedRow(number, QT_TRANSLATE_NOOP(
                        "ImportTexts", "%1: %2 with %3, not on the line")
                                .arg(
                                    io or QT_TRANSLATE_NOOP("ImportTexts", "no 收/支"),
                                    item or category or QT_TRANSLATE_NOOP("ImportTexts", "a transfer"),
                                    method or QT_TRANSLATE_NOOP("ImportTexts", "no method"),
                                )))
        for number, cells in refunds:
            self.add_refund(number, cells, self.cell(cells, "order"))
        return self.finish()

    # -- Meituan ----------------------------------------------------------------------------------------------
    def run_meituan(self) -> ParseResult:
        result, tracked = self.result, self.tracked
        width = max(self.col.values()) + 1
        refunds: list[tuple[int, list[str]]] = []
        for number, cells in self.table.data_rows():
            if self.table.wrong_width(result, number, cells, width):
                continue
            method, kind, item = self.cell(cells, "method"), self.cell(cells, "type"), self.cell(cells, "item")
            if method:
                self.methods.setdefault(method, None)
            if kind == "还款":
                if MEITUAN_TRACKED in tracked and (MEITUAN_TRACKED in item or MEITUAN_TRACKED in method):
                    self.add(number, cells, REPAYMENT)
                else:
                    result.skipped.append(SkippedRow(number, QT_TRANSLATE_NOOP(
                            "ImportTexts", "a repayment of %1, not of %2")
                                    .arg(item or QT_TRANSLATE_NOOP("ImportTexts", "another product"), tracked)))
            elif kind == "退款":
                refunds.append((number, cells))
            elif kind == "支付":
                if tracked in method:
                    self.add(number, cells, PURCHASE)
                else:
                    result.skipped.append(SkippedRow(number, QT_TRANSLATE_NOOP(
                            "ImportTexts", "paid with %1, not %2")
                                    .arg(method or QT_TRANSLATE_NOOP("ImportTexts", "an unnamed method"), tracked)))
            else:
                result.skipped.append(SkippedRow(number, QT_TRANSLATE_NOOP(
                        "ImportTexts", "%1 (%2), not a purchase, refund or repayment")
                                .arg(kind or QT_TRANSLATE_NOOP("ImportTexts", "no 交易类型"), item)))
        for number, cells in refunds:
            self.add_refund(number, cells, self.cell(cells, "merchant_order"))
        return self.finish()

    # -- shared -----------------------------------------------------------------------------------------------
    def add_refund(self, number: int, cells: list[str], link: str) -> None:
        purchase = self.purchases.get(link) if link else None
        method = self.cell(cells, "method")
        if purchase is None and self.tracked not in method:
            self.result.skipped.append(SkippedRow(number, QT_TRANSLATE_NOOP(
                    "ImportTexts", "refund to %1, not %2")
                            .arg(method or QT_TRANSLATE_NOOP("ImportTexts", "an unnamed method"), self.tracked)))
            return
        self.add(number, cells, REFUND, refund_of=purchase)

    def add(self, number: int, cells: list[str], kind: str, *, refund_of: str | None = None) -> None:
        """One event from a row; a field that cannot be read becomes a :class:`Problem` naming it."""
        result = self.result
        amount_field = "实付金额" if self.fmt == MEITUAN else "金额"
        time_field = "交易成功时间" if self.fmt == MEITUAN else "交易时间"
        warnings: list[str] = []
        amount_text = self.cell(cells, "amount")
        suffix = _REFUNDED_SUFFIX.search(amount_text)
        if suffix:
            amount_text = amount_text[:suffix.start()].strip()
            warnings.append(QT_TRANSLATE_NOOP(
                    "ImportTexts", "the amount was printed with %1: kept at the amount paid; the refund is its own row")
                            .arg(suffix.group(0)))
        time_text = self.cell(cells, "time") or self.cell(cells, "created")
        if not self.cell(cells, "time") and self.fmt == MEITUAN:
            time_field = "交易创建时间"
        try:
            amount = parse_fen(amount_text, field=amount_field, allow_zero=True)
            posted_on = parse_datetime_text(time_text, field=time_field)
        except ValidationError as err:
            result.problems.append(Problem(self.table.filename, number, err.field,
                                           QT_TRANSLATE_NOOP(
                                                   "ImportTexts", "%1 (got %2)").arg(err.reason, repr(err.value))))
            return
        if amount == 0:
            result.skipped.append(SkippedRow(number, QT_TRANSLATE_NOOP(
                    "ImportTexts", "amount is 0.00: no money moved")))
            return
        order, merchant_order = self.cell(cells, "order"), self.cell(cells, "merchant_order")
        item = self.cell(cells, "item")
        payee = self.cell(cells, "payee") if self.fmt == JD else _meituan_merchant(item)
        if order or merchant_order:
            key = self.keys.from_id(self.fmt, kind, order, merchant_order)
        else:
            key = self.keys.from_content(self.fmt, posted_on, f"{kind}:{payee}:{item}", amount)
        source_category = self.cell(cells, "category") if self.fmt == JD else self.cell(cells, "type")
        category = _JD_CATEGORIES.get(source_category) if self.fmt == JD else None
        category = category or categories.from_text(item) or categories.OTHER
        if kind == REFUND and refund_of is None:
            warnings.append(QT_TRANSLATE_NOOP("ImportTexts", "the refunded purchase is not in this file"))
        result.events.append(ImportedEvent(
            kind=kind, row=number, posted_on=posted_on, amount_fen=amount, merchant=self.table.same(payee),
            description=self.table.same(item), category=categories.OTHER if kind == REPAYMENT else category,
            source_category=self.table.same(source_category),
            source_key=key, order_no=order or merchant_order or None, refund_of=refund_of,
            method=self.cell(cells, "method"), warnings=tuple(warnings),
        ))
        if kind == PURCHASE:
            link = order if self.fmt == JD else merchant_order
            if link:
                self.purchases.setdefault(link, key)

    def finish(self) -> ParseResult:
        result = self.result
        result.methods = list(self.methods)
        named = next((m for m in result.methods if self.tracked in m), None)
        if named is not None:
            result.info["tracked_method"] = named  # "京东白条": the method as the file (and the window's list) names it
        else:
            result.notice(QT_TRANSLATE_NOOP(
                    "ImportTexts", "no row was paid with %1; payment methods in this file: %2")
                            .arg(self.tracked, ', '.join(result.methods) or QT_TRANSLATE_NOOP("ImportTexts", "none")))
        return self.table.finish(result)


def _meituan_merchant(title: str) -> str:
    """``"示例饺子-示例饺子代金券"`` -> ``"示例饺子"``: Meituan titles put the shop before the first dash."""
    shop = title.split("-", 1)[0].strip()
    return shop or title
