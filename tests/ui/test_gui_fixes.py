"""Findings of the GUI user test, each checked on what the window shows: the overview's overdue total and next
payment, translated categories, the minimum-payment trap's wording and first minimum, chart axes and sizes,
keyboard use of the tables, the purchase detail before its first bill, the statement to look at first, the import
preview's columns and plurals, and statement entries that add up to the balance."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.domain.credit_line import CreditLine, LineKind
from app.importers.categories import CATEGORIES
from app.ui.texts import categories
from app.ui.views.purchases import PurchasesView
from tests.ui.conftest import TODAY
from tests.ui.helpers import add_line

ROOT = Path(__file__).resolve().parents[2]
ALIPAY = ROOT / "tests" / "data" / "alipay_app_sample_gbk.csv"
WAIT = 15_000


def _line(window, name: str = "花呗", **terms) -> int:
    return window.session.apply(window.session.ledger.add_line, CreditLine(name, **terms), limit_fen=1_000_000,
                                limit_from=date(2020, 1, 1)).ids["line"]


def _buy(window, line_id: int, posted: date, fen: int, **kw) -> int:
    return window.session.apply(window.session.ledger.record_purchase, line_id, posted, fen, **kw).ids["purchase"]


def _cell(model, row: int, key: str) -> str:
    column = [c.key for c in model.columns].index(key)
    return model.index(row, column).data()


def _wait_charts(qtbot, overview) -> None:
    qtbot.waitUntil(lambda: overview.rendered is not None and overview.chart_data is not None, timeout=WAIT)


# -- 1. overview: every overdue bill, and the next payment under it ------------------------------------------
def test_overview_shows_the_whole_overdue_amount_and_the_next_payment(window):
    huabei = _line(window)
    _buy(window, huabei, date(2026, 1, 5), 30000)  # bill 02-01, due 02-10: overdue
    _buy(window, huabei, date(2026, 2, 5), 33280)  # bill 03-01 (+ 2.85 interest), due 03-10: overdue
    _buy(window, huabei, date(2026, 3, 5), 216272)  # bill 04-01, due 04-10: the next payment
    window.show_view("overview")
    overview = window.views["overview"]
    amount, detail = overview.next_due_text()
    # the March bill carries February's 300.00: 632.80 + 2.85 interest = 635.65; what is overdue is its unmet
    # minimum (domain-rules.md §1.5): 10 % of 632.80 + 2.85 interest + the 30.00 February minimum = 96.13
    assert amount == "¥96.13"
    assert overview.stats["next_due"].value.property("role") == "danger"
    first, second = detail.split("\n")
    # penalty: 300.00 x 0.05 % x 38 days = 5.70; 332.80 x 0.05 % x 10 days = 1.66
    assert first == "Overdue on 花呗 since Feb 10, 2026 (38 days), interest so far ¥7.36"
    # the rest of the March bill, 635.65 - 96.13 = 539.52, revolves into the April bill (§1.5): due with it and
    # with the interest that bill will post, 8.31 (tests/domain/test_position.py)
    assert second == "Next: ¥2,710.55 · 花呗: due Apr 10, 2026, in 21 days"
    card = overview.cards[0]
    assert card.next_due.text() == "Overdue: ¥96.13 since Feb 10, 2026, interest so far ¥7.36"
    assert card.next_due.property("role") == "danger"
    assert card.upcoming.isVisible() and card.upcoming.text() == (
        "Next: ¥2,710.55 due Apr 10, 2026, in 21 days (minimum ¥287.87)")  # 216.28 + 10 % of 632.80 + 8.31


def test_overview_without_overdue_bills_shows_the_next_payment_only(window):
    huabei = _line(window)
    _buy(window, huabei, date(2026, 3, 5), 10000)
    window.show_view("overview")
    overview = window.views["overview"]
    assert overview.next_due_text() == ("¥100.00", "花呗: due Apr 10, 2026, in 21 days")
    card = overview.cards[0]
    assert card.next_due.text() == "Next: ¥100.00 due Apr 10, 2026, in 21 days (minimum ¥10.00)"
    assert not card.upcoming.isVisible()


def test_overview_in_chinese_says_overdue_and_next(make_window):
    window = make_window(language="zh_CN")
    huabei = _line(window)
    _buy(window, huabei, date(2026, 2, 5), 10000)  # bill 03-01, due 03-10: overdue 10 days
    _buy(window, huabei, date(2026, 3, 5), 20000)
    window.show_view("overview")
    overview = window.views["overview"]
    amount, detail = overview.next_due_text()
    assert amount == "¥10.00"  # the unmet minimum of the 100.00 bill
    assert detail.split("\n") == ["花呗自 2026年3月10日 起已逾期 10 天，目前利息 ¥0.50",
                                  "下期：¥291.10 · 花呗：2026年4月10日 到期，还有 21 天"]
    # + the 90.00 rest and the interest the April bill posts on the 100.00: 0.05 % x 22 days (03-11 ... 04-01)
    assert overview.cards[0].upcoming.text() == "下期：¥291.10，2026年4月10日 到期，还有 21 天（最低还款 ¥31.10）"


# -- 2. categories: stored in English, shown translated --------------------------------------------------------
def test_the_category_table_is_the_importers_set():
    assert categories.FIXED == CATEGORIES


def test_categories_are_shown_in_chinese_and_stored_by_key(make_window):
    window = make_window(language="zh_CN")
    add_line(window)
    huabei = window.session.store.lines.all()[0].id
    _buy(window, huabei, date(2026, 3, 1), 100000, merchant="导入的耳机", category="Electronics")  # as imported
    _buy(window, huabei, date(2026, 3, 2), 5000, merchant="手输的数据线", category="数码")  # typed by a person
    window.window_actions.add_purchase.trigger()
    dialog = window.dialog
    # the fixed categories first, in Chinese, then the typed ones
    offered = [dialog.category.itemText(i) for i in range(dialog.category.count())]
    assert offered[:5] == ["", "餐饮", "日用百货", "购物", "数码电器"] and offered[-1] == "数码"
    assert "Electronics" not in offered
    dialog.amount.setText("88")
    dialog.merchant.setText("选出来的充电器")
    dialog.category.setCurrentIndex(offered.index("数码电器"))
    dialog.ok_button().click()
    stored = {p.merchant: p.category for p in window.session.store.purchases.page(
        window.views["purchases"].current_filter(), "posted_on", True, 10, 0)}
    assert stored["选出来的充电器"] == "Electronics"

    window.show_view("purchases")
    view = window.views["purchases"]
    shown = {_cell(view.model, r, "merchant"): _cell(view.model, r, "category") for r in range(view.model.rowCount())}
    assert shown == {"导入的耳机": "数码电器", "手输的数据线": "数码", "选出来的充电器": "数码电器"}
    filters = [view.category.itemText(i) for i in range(view.category.count())]
    assert filters == ["全部类别", "数码电器", "数码"]
    view.category.setCurrentIndex(1)
    assert sorted(_cell(view.model, r, "merchant") for r in range(view.model.rowCount())) == [
        "导入的耳机", "选出来的充电器"]
    view.table.selectRow(0)
    assert view.detail_labels["category"][1].text() == "数码电器"


def test_a_category_typed_like_a_fixed_one_is_stored_by_key():
    assert categories.key_of(" electronics ") == "Electronics"
    assert categories.key_of("Coffee") == "Coffee"
    assert [k for _n, k, _s in categories.groups(["Dining", "Coffee", "dining"])] == ["Dining", "Coffee"]


# -- 3. the minimum-payment trap ------------------------------------------------------------------------------
def test_trap_starts_from_the_statements_own_minimum(window):
    huabei = _line(window)
    _buy(window, huabei, date(2026, 2, 20), 215550)  # bill 03-01: 2,155.50, minimum 215.55, due 03-10
    window.show_view("statements")
    statements = window.views["statements"]
    row = [s.statement_date for s in statements.model.rows].index(date(2026, 3, 1))
    minimum = _cell(statements.model, row, "minimum")
    assert minimum == "¥215.55"
    statements.table.selectRow(row)
    statements.trap_button.click()
    trap = window.page("minimum_trap")
    # not 10 % of the balance plus a month of interest (¥218.83)
    assert f"If you pay only the minimum ({minimum} the first month)" in trap.result.text()


def test_trap_on_a_line_without_a_minimum_says_the_whole_bill_is_due(window):
    bnpl = _line(window, "先用后付", kind=LineKind.BNPL, statement_day=15, due_day=25, min_payment_rate=Decimal(0))
    _buy(window, bnpl, date(2026, 3, 1), 66800)  # bill 03-15, due 03-25
    trap = window.page("minimum_trap")
    assert trap.show_statement(bnpl, date(2026, 3, 15))
    text = trap.result.text()
    assert text == ("先用后付 has no minimum payment: the whole bill, ¥668.00, is due by Mar 25, 2026. There is no "
                    "minimum to trap you; pay it in full on time and it costs no interest.")
    assert "month" not in text and "interest" not in trap.alternative.text()
    trap.statement.setCurrentIndex(trap.statement.count() - 1)  # my own numbers, a share of 0 %
    trap.min_share.setText("0%")
    trap.min_floor.setText("0")
    trap.calculate()
    assert "there is no minimum to trap you" in trap.result.text()


def test_trap_says_one_month_not_one_months(make_window):
    for language, expected in (("en", "it takes 1 month to pay off"), ("zh_CN", "还清这笔欠款需要 1 个月，")):
        window = make_window(name=language, language=language)
        trap = window.page("minimum_trap")
        trap.statement.setCurrentIndex(trap.statement.count() - 1)
        trap.balance.setText("100")
        trap.min_share.setText("10%")
        trap.min_floor.setText("200")  # the minimum is the whole balance and its month of interest
        assert trap.calculate().warning.months == 1
        assert expected in trap.result.text()
        window.close()


# -- 4. the monthly chart with nothing (or little) due ---------------------------------------------------------
def _y_labels(canvas) -> list[str]:
    ax = canvas.axes
    low, high = ax.get_ylim()
    return [t.get_text() for t, v in zip(ax.get_yticklabels(), ax.get_yticks(), strict=True) if low <= v <= high]


def test_empty_monthly_chart_has_a_sensible_axis(window, qtbot):
    add_line(window)
    overview = window.views["overview"]
    _wait_charts(qtbot, overview)
    monthly = overview.rendered[0]
    assert "Nothing due in the next 12 months" in [t.get_text() for t in monthly.axes.texts]
    labels = _y_labels(monthly)
    assert labels[0] == "¥0" and labels[-1] == "¥1,000" and len(set(labels)) == len(labels)


def test_tiny_amounts_get_whole_yuan_ticks(window, qtbot):
    add_line(window)
    _buy(window, window.session.store.lines.all()[0].id, TODAY, 300)  # ¥3.00 due in April
    overview = window.views["overview"]
    qtbot.waitUntil(lambda: overview.chart_data is not None and bool(overview.chart_data[0].by_line), timeout=WAIT)
    _wait_charts(qtbot, overview)
    labels = _y_labels(overview.rendered[0])
    assert len(labels) >= 3 and len(set(labels)) == len(labels) and all("." not in t for t in labels)


# -- 5. keyboard ----------------------------------------------------------------------------------------------
def test_tab_leaves_the_tables(window):
    for key in ("purchases", "statements"):
        view = window.views[key]
        assert not view.table.tabKeyNavigation()


def test_enter_edits_and_delete_asks_in_the_purchases_table(window, qtbot, monkeypatch):
    huabei = _line(window)
    _buy(window, huabei, date(2026, 3, 2), 5000, merchant="示例咖啡")
    window.show_view("purchases")
    view = window.views["purchases"]
    view.table.selectRow(0)
    asked = []
    monkeypatch.setattr(PurchasesView, "confirm_delete", lambda self, p: asked.append(p.merchant) or False)
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert asked == ["示例咖啡"] and view.model.rowCount() == 1
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    dialog = window.dialog
    assert dialog.objectName() == "purchaseDialog" and dialog.windowTitle() == "Edit purchase"
    assert dialog.merchant.text() == "示例咖啡"
    dialog.reject()


def test_enter_on_a_statement_records_a_repayment(window, qtbot):
    huabei = _line(window)
    _buy(window, huabei, date(2026, 2, 5), 30000)  # bill 03-01, overdue
    window.show_view("statements")
    view = window.views["statements"]
    assert view.selected().statement_date == date(2026, 3, 1)
    qtbot.keyClick(view.table, Qt.Key.Key_Enter)
    dialog = window.dialog
    assert dialog.objectName() != "purchaseDialog" and dialog.amount.text() == "300.00"
    dialog.reject()


# -- 6. the purchase detail before its first bill -------------------------------------------------------------
def test_purchase_detail_before_and_after_its_first_bill(window):
    huabei = _line(window)
    _buy(window, huabei, date(2026, 3, 15), 120000, merchant="新手机", installments=12)  # first bill 04-01
    _buy(window, huabei, date(2026, 1, 15), 30000, merchant="旧耳机", installments=3)  # billed 02-01 and 03-01
    window.show_view("purchases")
    view = window.views["purchases"]
    rows = {_cell(view.model, r, "merchant"): r for r in range(view.model.rowCount())}
    view.table.selectRow(rows["新手机"])
    plan_text = view.detail_labels["plan"][1].text()
    assert plan_text.startswith("12 periods, first billed Apr 1, 2026, ") and "Period 0" not in plan_text
    view.table.selectRow(rows["旧耳机"])
    assert view.detail_labels["plan"][1].text().startswith("Period 2 of 3, ")


# -- 7. the statement to look at first ------------------------------------------------------------------------
def test_statements_open_on_the_current_bill(window, qtbot):
    window.resize(1024, 600)
    huabei = _line(window)
    _buy(window, huabei, date(2026, 1, 5), 30000)  # bill 02-01: overdue
    _buy(window, huabei, date(2026, 2, 5), 20000)  # bill 03-01: overdue
    _buy(window, huabei, date(2026, 3, 15), 240000, installments=24, fee_rate=Decimal(0))  # 24 upcoming bills on top
    window.show_view("statements")
    view = window.views["statements"]
    selected = view.selected()
    # the current bill (the latest issued) holds what February left unpaid (domain-rules.md §1.5)
    assert selected.statement_date == date(2026, 3, 1) and selected.status.value == "overdue"
    assert selected.previous_balance_fen == 30000
    row = view.model.rows.index(selected)
    assert row > 20
    assert view.summary.text() == f"{len(view.model.rows)} statements, ¥502.85 unpaid"
    rect = view.table.visualRect(view.model.index(row, 0))
    assert view.table.viewport().rect().contains(rect.center())

    window.session.apply(window.session.ledger.record_repayment, huabei, TODAY, 1_000_000)  # all paid
    assert view.selected().statement_date == date(2026, 3, 1)  # the latest issued bill
    assert view.selected().unpaid_fen == 0


# -- 8. charts keep their labels at small sizes ---------------------------------------------------------------
@pytest.mark.parametrize(("size", "language"), [((1024, 768), "en"), ((1024, 768), "zh_CN"),
                                                 ((1280, 820), "en"), ((1280, 820), "zh_CN")])
def test_chart_labels_and_legends_fit(make_window, qtbot, size, language):
    window = make_window(language=language, demo=True)
    window.resize(*size)
    window.show_view("overview")
    overview = window.views["overview"]
    _wait_charts(qtbot, overview)
    qtbot.waitUntil(lambda: overview.chart_key is not None and overview.chart_key.width  # drawn at their size
                    == overview.chart_images[0].width(), timeout=WAIT)
    for image, chart in zip(overview.chart_images, overview.rendered, strict=True):
        assert image.minimumWidth() >= 340 and image.minimumHeight() >= 240
        assert (chart.width, chart.height) == (image.width(), image.height())  # device pixel ratio 1 offscreen
        canvas = chart.canvas
        assert canvas.figure.get_layout_engine().__class__.__name__ == "ConstrainedLayoutEngine"
        renderer = canvas.get_renderer()
        box = canvas.figure.bbox
        texts = canvas.axes.get_xticklabels() + [canvas.axes.title]
        artists = texts + list(canvas.figure.legends)
        assert canvas.figure.legends, "each chart has its legend"
        for artist in artists:
            extent = artist.get_window_extent(renderer)
            assert extent.x0 >= -1 and extent.y0 >= -1 and extent.x1 <= box.x1 + 1 and extent.y1 <= box.y1 + 1, (
                getattr(artist, "get_text", lambda: "legend")())


# -- 9. the import preview ------------------------------------------------------------------------------------
def test_import_preview_keeps_the_amount_in_view_and_counts_in_plurals(window, qtbot, tmp_path):
    add_line(window)
    text = ALIPAY.read_bytes().decode("gb18030")
    long = "超长的商品说明" * 30
    path = tmp_path / "alipay_long.csv"
    path.write_bytes(text.replace("芋泥鲜奶茶 大杯", long).encode("gb18030"))
    window.window_actions.import_bill.trigger()
    dialog = window.dialog
    dialog.load_file(path)
    qtbot.waitUntil(lambda: dialog.state == "ready", timeout=WAIT)
    view = dialog.pane.new_view
    model = view.model()
    header = view.horizontalHeader()
    keys = [c.key for c in model.columns]
    description, amount = keys.index("description"), keys.index("amount")
    assert header.sectionSize(description) <= 260
    assert header.sectionViewportPosition(amount) + header.sectionSize(amount) <= view.viewport().width()
    row = [model.index(r, description).data() for r in range(model.rowCount())].index(long)
    assert model.index(row, description).data(Qt.ItemDataRole.ToolTipRole) == long  # the whole text
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.result_label.isVisible(), timeout=WAIT)
    assert "Imported 10 purchases (¥1,460.80), 1 refund (¥59.15) and 1 repayment (¥863.27) onto 花呗." == \
        dialog.result_label.text()
    dialog.close()


# -- 10. statement entries add up to the balance --------------------------------------------------------------
def _entries(view) -> list[tuple[str, str]]:
    model = view.entries_model
    return [(_cell(model, r, "kind"), _cell(model, r, "amount")) for r in range(model.rowCount())]


def test_statement_entries_add_up_with_interest_credit_and_conversion(window):
    huabei = _line(window)
    _buy(window, huabei, date(2026, 1, 5), 30000)  # bill 02-01, overdue: interest on the March bill
    _buy(window, huabei, date(2026, 2, 5), 33280)
    window.show_view("statements")
    view = window.views["statements"]
    rows = [s.statement_date for s in view.model.rows]
    view.table.selectRow(rows.index(date(2026, 3, 1)))
    assert _entries(view) == [("Carried from the previous bill", "¥300.00"), ("Purchase", "¥332.80"),
                              ("Interest posted", "¥2.85")]
    assert sum(e.amount_fen for e in view.entries_model.rows) == view.selected().balance_fen == 63565

    card = _line(window, "卡", kind=LineKind.CREDIT_CARD, statement_day=5, due_day=23)
    _buy(window, card, date(2026, 1, 10), 50000)  # bill 02-05: 500.00, overpaid by 100.00
    window.session.apply(window.session.ledger.record_repayment, card, date(2026, 2, 20), 60000)
    _buy(window, card, date(2026, 2, 10), 120000)  # bill 03-05: 1,200.00 - 100.00 credit, then converted
    window.session.apply(window.session.ledger.convert_statement, card, date(2026, 3, 5), 3, Decimal(0),
                         today=TODAY)
    view.select_line(card)
    rows = [s.statement_date for s in view.model.rows]
    view.table.selectRow(rows.index(date(2026, 3, 5)))
    # the first of the 3 periods (1,100.00 / 3, the remainder first) is billed on the converted statement itself
    assert _entries(view) == [("Purchase", "¥1,200.00"), ("Bill installment", "¥366.68"),
                              ("Turned into a bill installment", "-¥1,100.00"),
                              ("Credit from earlier payments", "-¥100.00")]
    assert sum(e.amount_fen for e in view.entries_model.rows) == view.selected().balance_fen == 36668
