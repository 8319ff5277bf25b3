"""The import dialog, driven the way a user does: load a bill export, read the preview, import, import again.

Sessions run over a temporary database; parsing and importing run on the session's worker thread, so every
step waits for the dialog's ``state`` (``qtbot.waitUntil``). No modal dialog is ever ``exec()``-ed.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QMimeData, QPoint, QPointF, Qt, QTranslator, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent

from app.domain.credit_line import CreditLine, LineKind
from app.i18n import formatting as fmt
from app.services.csv_profiles import CsvProfileService, guess_header_index, guess_mapping, sample_table
from app.services.importing import ImportService
from app.ui.importing.dialog import ImportDialog, open_import_dialog
from app.ui.importing.state import ImportState
from app.ui.models.import_preview_model import PlannedEventsModel, ProblemsModel, SkippedRowsModel
from app.ui.session import Session
from tests.ui.conftest import TODAY
from tests.ui.helpers import add_line, chinese_qm

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"
ALIPAY = DATA / "alipay_app_sample_gbk.csv"
WECHAT = DATA / "wechat_sample_utf8bom.csv"
CARD = "招商银行信用卡(0000)"
WAIT = 15_000


@pytest.fixture
def session(qtbot, tmp_path):
    """A session over a temporary database in English formatting, with a credit card (the default line) and a
    花呗 line."""
    fmt.set_locale("en_US")
    s = Session(tmp_path / "import.db", today=lambda: TODAY)
    s.card_id = s.ledger.add_line(CreditLine("招商银行信用卡", kind=LineKind.CREDIT_CARD, statement_day=5, due_day=23),
                                  limit_fen=2_000_000).ids["line"]
    s.huabei_id = s.ledger.add_line(CreditLine("花呗"), limit_fen=500_000, limit_from=date(2020, 1, 1)).ids["line"]
    s.settings.set_default_line(s.card_id)
    yield s
    s.close()


@pytest.fixture
def open_dialog(qtbot, session):
    def make():
        dialog = open_import_dialog(session, None)
        qtbot.addWidget(dialog)
        qtbot.waitExposed(dialog)
        return dialog

    return make


def settle(qtbot, dialog) -> None:
    """Wait until the dialog's background work is done (preview shown, or an error)."""
    qtbot.waitUntil(lambda: dialog.state != ImportState.BUSY, timeout=WAIT)


def load(qtbot, dialog, path) -> None:
    dialog.load_file(path)
    settle(qtbot, dialog)


def counts(dialog) -> dict[str, tuple[str, str]]:
    return {key: (count.text(), total.text()) for key, (count, total) in dialog.pane.counts.items()}


def column(model, key: str) -> list[str]:
    c = [col.key for col in model.columns].index(key)
    return [model.index(r, c).data() for r in range(model.rowCount())]


def stored(session, line_id: int) -> tuple[int, int, int]:
    store = session.store
    return len(store.purchases.keys(line_id)), len(store.refunds.keys(line_id)), len(store.repayments.keys(line_id))


def test_alipay_preview_import_and_import_again(qtbot, session, open_dialog):
    dialog = open_dialog()
    assert dialog.line.currentData() == session.card_id  # the default line, until the file says otherwise
    load(qtbot, dialog, ALIPAY)

    assert dialog.state == ImportState.READY
    assert dialog.line.currentData() == session.huabei_id  # an Alipay file goes onto the 花呗 line
    assert "Alipay app statement (2023+)" in dialog.pane.format_label.text()
    shown = counts(dialog)
    assert shown["purchases"] == ("10", "¥1,460.80")
    assert shown["refunds"] == ("1", "¥59.15")
    assert shown["repayments"] == ("1", "¥863.27")
    assert shown["duplicates"][0] == "0" and shown["skipped"][0] == "3" and shown["problems"][0] == "0"
    assert dialog.pane.new_model.rowCount() == 12
    assert column(dialog.pane.skipped_model, "row") == ["29", "32", "34"]
    assert "paid with 余额宝, not 花呗" in column(dialog.pane.skipped_model, "reason")
    assert dialog.pane.tabs.tabText(0) == "To add (12)" and dialog.pane.tabs.tabText(2) == "Skipped (3)"
    assert "¥16.08" in column(dialog.pane.new_model, "amount")
    assert dialog.import_button.isEnabled() and dialog.import_button.isDefault()
    assert stored(session, session.huabei_id) == (0, 0, 0)  # a preview writes nothing

    with qtbot.waitSignal(session.changed, timeout=WAIT) as blocker:
        dialog.import_button.click()
    assert blocker.args[0].postings
    settle(qtbot, dialog)
    assert stored(session, session.huabei_id) == (10, 1, 1)
    assert stored(session, session.card_id) == (0, 0, 0)
    assert dialog.result_label.isVisible()
    # counts and totals (the English plural forms need the app's translator: tests/ui/test_gui_fixes.py)
    assert all(part in dialog.result_label.text() for part in ("Imported 10 ", "(¥1,460.80), 1 ", "(¥59.15) and 1 ",
                                                          "(¥863.27) onto 花呗."))
    assert counts(dialog)["purchases"][0] == "0"  # the preview was checked again after the import
    assert not dialog.import_button.isEnabled()

    load(qtbot, dialog, ALIPAY)
    shown = counts(dialog)
    assert shown["purchases"] == ("0", "¥0.00")
    assert shown["duplicates"][0] == "12"
    assert dialog.pane.duplicates_model.rowCount() == 12 and dialog.pane.new_model.rowCount() == 0
    assert not dialog.import_button.isEnabled()
    assert not dialog.result_label.isVisible()
    assert stored(session, session.huabei_id) == (10, 1, 1)


def test_progress_reaches_the_gui_thread(qtbot, session, open_dialog, tmp_path):
    """A bigger file: the importer's progress callback runs on the worker, the bar is fed on the GUI thread."""
    text = ALIPAY.read_bytes().decode("gb18030")
    head, body = text.split("\n", 25)[:25], text.split("\n")[25:40]
    rows = [line.replace("2024103022", f"{i:010d}") for i in range(400) for line in body if line.strip()]
    big = tmp_path / "alipay_big.csv"
    big.write_bytes(("\n".join(head + rows) + "\n").encode("gb18030"))
    dialog = open_dialog()
    seen = []
    dialog.relay.progressed.connect(lambda done, total: seen.append((done, total)))
    load(qtbot, dialog, big)
    assert dialog.state == ImportState.READY
    assert len(seen) >= 2 and seen[-1][0] == seen[-1][1] > 0
    assert counts(dialog)["purchases"][0] == "4,000"
    assert not dialog.progress.isVisible()


def test_the_main_window_opens_it_and_the_views_refresh(window, qtbot):
    add_line(window, "花呗", "5000")
    window.window_actions.import_bill.trigger()
    dialog = window.dialog
    assert isinstance(dialog, ImportDialog) and dialog.isVisible()
    load(qtbot, dialog, ALIPAY)
    with qtbot.waitSignal(window.session.changed, timeout=WAIT):
        dialog.import_button.click()
    settle(qtbot, dialog)
    dialog.close()
    window.show_view("purchases")
    qtbot.waitUntil(lambda: window.views["purchases"].model.total == 10, timeout=WAIT)


def test_wechat_import_onto_the_chosen_card(qtbot, session, open_dialog):
    dialog = open_dialog()
    load(qtbot, dialog, WECHAT)
    assert dialog.line.currentData() == session.card_id
    assert dialog.method.isVisibleTo(dialog)
    dialog.method.setCurrentIndex(dialog.method.findText(CARD))
    settle(qtbot, dialog)
    assert counts(dialog)["purchases"] == ("5", "¥1,879.06")
    assert column(dialog.pane.skipped_model, "row") == ["19", "23", "25", "28"]
    dialog.import_button.click()
    settle(qtbot, dialog)
    assert stored(session, session.card_id) == (5, 1, 1)


def test_wechat_with_two_cards_asks_which_one_and_enter_imports(qtbot, session, open_dialog, tmp_path):
    two_cards = tmp_path / "wechat_two_cards.csv"
    two_cards.write_bytes(WECHAT.read_bytes().replace("¥6.50,零钱".encode(), "¥6.50,建设银行信用卡(1111)".encode()))
    dialog = open_dialog()
    load(qtbot, dialog, two_cards)
    assert dialog.state == ImportState.READY
    assert dialog.preview.info["needs_tracked_method"]
    assert dialog.method.isVisibleTo(dialog) and dialog.method.currentData() is None  # "Choose…"
    assert not dialog.import_button.isEnabled()
    assert counts(dialog)["purchases"][0] == "0"

    dialog.method.setCurrentIndex(dialog.method.findData(CARD))
    settle(qtbot, dialog)
    assert counts(dialog)["purchases"] == ("5", "¥1,879.06")
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(session.changed, timeout=WAIT):
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
    settle(qtbot, dialog)
    assert stored(session, session.card_id) == (5, 1, 1)

    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_a_file_of_the_wrong_kind_is_refused_with_its_name(qtbot, session, open_dialog, tmp_path):
    junk = tmp_path / "holiday_photos.png"
    junk.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    people = tmp_path / "people.csv"
    people.write_text("name,age\nAda,36\n", encoding="utf-8")
    dialog = open_dialog()

    load(qtbot, dialog, junk)
    assert dialog.state == ImportState.FAILED
    assert dialog.error.isVisible() and "holiday_photos.png" in dialog.error.text()
    assert "Traceback" not in dialog.error.text()
    assert not dialog.import_button.isEnabled()

    load(qtbot, dialog, people)
    assert dialog.state == ImportState.FAILED
    assert "people.csv" in dialog.error.text() and "not an Alipay/WeChat" in dialog.error.text()
    assert dialog.map_button.isVisible()  # a table without a known header: its columns can be mapped

    missing = tmp_path / "gone.csv"
    dialog.load_file(missing)
    assert dialog.state == ImportState.FAILED and "gone.csv" in dialog.error.text()
    for line_id in (session.card_id, session.huabei_id):
        assert stored(session, line_id) == (0, 0, 0)

    load(qtbot, dialog, ALIPAY)  # still usable
    assert dialog.state == ImportState.READY and not dialog.error.isVisible()
    assert counts(dialog)["purchases"][0] == "10"


BANK_CSV = """My Bank card statement,,,
Date,Details,Debit,Credit
2024-10-02,Coffee shop,25.50,
2024-10-05,Book store,120.00,
2024-10-10,Payment thank you,,100.00
2024-10-12,Refund book store,,20.00
"""


def test_an_unknown_bank_csv_is_mapped_and_the_mapping_is_kept(qtbot, session, open_dialog, tmp_path):
    path = tmp_path / "mybank_2024_10.csv"
    path.write_text(BANK_CSV, encoding="utf-8")
    dialog = open_dialog()
    load(qtbot, dialog, path)
    assert dialog.state == ImportState.FAILED and dialog.map_button.isVisible()
    dialog.map_button.click()
    editor = dialog.editor
    assert editor.isVisible()
    assert editor.columns["date"].currentData() == "Date"
    assert editor.columns["description"].currentData() == "Details"
    assert (editor.columns["debit"].currentData(), editor.columns["credit"].currentData()) == ("Debit", "Credit")

    editor.name.setText("")
    editor.save_button.click()
    assert editor.error.isVisible() and "Mapping name" in editor.error.text()
    editor.name.setText("My bank")
    editor.save_button.click()
    settle(qtbot, dialog)
    assert dialog.state == ImportState.READY
    shown = counts(dialog)
    assert shown["purchases"] == ("2", "¥145.50")
    assert shown["repayments"] == ("1", "¥100.00")
    assert shown["refunds"] == ("1", "¥20.00")
    assert CsvProfileService(session.store).names() == ["My bank"]
    dialog.close()

    again = open_dialog()
    load(qtbot, again, path)  # the saved mapping is found by the file's columns
    assert again.state == ImportState.READY and again.preview.format == "bank_csv:My bank"
    assert counts(again)["purchases"][0] == "2"
    again.import_button.click()
    settle(qtbot, again)
    assert stored(session, session.card_id) == (2, 1, 1)


def test_drag_and_drop_loads_the_file(qtbot, session, open_dialog):
    dialog = open_dialog()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(ALIPAY))])
    enter = QDragEnterEvent(QPoint(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    dialog.dragEnterEvent(enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    dialog.dropEvent(drop)
    settle(qtbot, dialog)
    assert counts(dialog)["purchases"] == ("10", "¥1,460.80")


def test_no_credit_line_says_to_add_one(qtbot, tmp_path):
    s = Session(tmp_path / "empty.db", today=lambda: TODAY)
    try:
        dialog = open_import_dialog(s, None)
        qtbot.addWidget(dialog)
        assert dialog.error.isVisible() and "credit line" in dialog.error.text()
        assert not dialog.choose_button.isEnabled() and not dialog.import_button.isEnabled()
        dialog.close()
    finally:
        s.close()


def test_accessible_names(session, open_dialog):
    dialog = open_dialog()
    for widget in (dialog.file_edit, dialog.choose_button, dialog.line, dialog.method, dialog.import_button,
                   dialog.close_button, dialog.pane.new_view, dialog.pane.skipped_view, dialog.progress):
        assert widget.accessibleName(), widget


def test_preview_models(qtmodeltester, session):
    fmt.set_locale("en_US")
    service = ImportService(session.store)
    preview = service.preview(ALIPAY.read_bytes(), ALIPAY.name, session.huabei_id, today=TODAY)
    planned = PlannedEventsModel()
    planned.set_events(preview.new, "CNY")
    assert planned.rowCount() == 12
    qtmodeltester.check(planned)
    skipped = SkippedRowsModel()
    skipped.set_skipped(preview.skipped)
    qtmodeltester.check(skipped)
    broken = service.preview(ALIPAY.read_bytes().replace(b"16.08", b"16.x8"), "broken.csv", session.huabei_id, today=TODAY)
    problems = ProblemsModel()
    problems.set_problems(broken.problems)
    assert problems.rowCount() == 1
    assert "(got '16.x8')" in column(problems, "reason")[0]
    qtmodeltester.check(problems)


def test_csv_sampling_guesses():
    sample = sample_table(BANK_CSV.encode(), "b.csv")
    assert sample.header_index == 1 and sample.header == ["Date", "Details", "Debit", "Credit"]
    assert guess_mapping(["交易日期", "交易摘要", "交易金额", "交易类型"]) == {
        "date": "交易日期", "amount": "交易金额", "description": "交易摘要", "type": "交易类型"}
    assert guess_header_index([(1, ["2024-01-01", "3.50"]), (2, ["a", "b", "c"])]) == 1


def _pc_web_file(tmp_path) -> Path:
    from tests.importers import builders

    rows = [(f"2023031500000000000000{i}", f"MT{i}", "2023-03-15 07:01:22", "2023-03-15 07:01:25",
             "2023-03-18 10:00:00", "淘宝", "支付宝担保交易", "示例店", "示例商品", amount, "支出", "交易成功", "0.00",
             "0.00", "", "已支出") for i, amount in enumerate(("29.00", "120.50"))]
    path = tmp_path / "支付宝交易记录明细查询.csv"
    path.write_bytes(builders.alipay_web(rows, spent="149.50"))
    return path


def test_a_file_without_payment_methods_plans_nothing_until_the_box_is_ticked(qtbot, session, open_dialog,
                                                                               tmp_path):
    dialog = open_dialog()
    assert not dialog.all_on_line.isVisible()
    load(qtbot, dialog, _pc_web_file(tmp_path))
    assert dialog.state == ImportState.READY and dialog.line.currentData() == session.huabei_id
    box = dialog.all_on_line
    assert box.isVisible() and not box.isChecked()
    assert box.text() == "Put every payment in this file on 花呗: the file does not say which were paid with credit"
    assert counts(dialog)["purchases"] == ("0", "¥0.00") and counts(dialog)["skipped"][0] == "2"
    assert not dialog.import_button.isEnabled()
    assert dialog.notices.isVisible() and "does not say which payments were made with credit" in dialog.notices.text()
    assert "Tick the box above only if every one of them was" in dialog.status.text()
    assert set(column(dialog.pane.skipped_model, "reason")) == {
        "the PC-web export has no payment-method column: nothing shows this payment was made with credit"}

    box.click()
    settle(qtbot, dialog)
    assert dialog.state == ImportState.READY and dialog.request.all_on_line
    assert counts(dialog)["purchases"] == ("2", "¥149.50")
    assert "does not say which payments" not in dialog.notices.text()
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    settle(qtbot, dialog)
    assert stored(session, session.huabei_id) == (2, 0, 0)

    dialog.line.setCurrentIndex(dialog.line.findData(session.card_id))  # another line: the user's word was for 花呗
    settle(qtbot, dialog)
    assert not box.isChecked() and counts(dialog)["purchases"][0] == "0"
    assert box.text().startswith("Put every payment in this file on 招商银行信用卡")
    load(qtbot, dialog, ALIPAY)
    assert not box.isVisible()


def test_a_debit_card_statement_is_refused_without_a_mapping(qtbot, session, open_dialog, tmp_path):
    path = tmp_path / "一卡通明细.csv"
    path.write_text("# 招商银行交易记录\n交易日期,交易时间,收入,支出,余额,交易类型,交易备注\n"
                    "20240102,10:00:00,,16.08,983.92,快捷支付,支付宝-示例商店\n", encoding="utf-8")
    dialog = open_dialog()
    load(qtbot, dialog, path)
    assert dialog.state == ImportState.FAILED
    assert "it looks like a debit-card statement (a running balance column, 余额): DebtLens tracks credit lines" \
        in dialog.error.text()
    assert not dialog.map_button.isVisible()


# -- Chinese ------------------------------------------------------------------------------------------------------
SOURCES = ["app/ui/importing", "app/ui/models/import_preview_model.py", "app/ui/texts/categories.py", "app/importers",
           "app/services/importing.py", "app/services/import_flow.py"]


def _files(sources: list[str]) -> list[str]:
    """The Python files of ``sources`` (files, or folders searched through)."""
    paths = [ROOT / s for s in sources]
    return sorted(str(f) for p in paths for f in (p.rglob("*.py") if p.is_dir() else [p]))


def test_every_import_text_has_a_chinese_translation():
    """Every text of the import window and of the importers' reasons it shows is translated in the catalogue."""
    import subprocess
    import tempfile
    import xml.etree.ElementTree as ET

    def messages(ts: Path) -> dict[tuple[str, str], str | None]:
        root = ET.parse(ts).getroot()
        return {(c.findtext("name"), m.findtext("source")): (
                    None if m.find("translation").get("type") == "unfinished" else "done")
                for c in root.iter("context") for m in c.iter("message")}

    with tempfile.TemporaryDirectory() as tmp:
        extracted = Path(tmp) / "import.ts"
        subprocess.run([str(Path(sys.executable).with_name("pyside6-lupdate")), *_files(SOURCES),
                        "-ts", str(extracted)], check=True, capture_output=True)
        found = messages(extracted)
    assert len(found) > 200, "lupdate found too few messages"
    catalogue = messages(ROOT / "translations" / "debtlens_zh_CN.ts")
    assert [f"{c}|{s}" for c, s in found if catalogue.get((c, s)) is None] == []


def test_chinese_preview(qtbot, session, open_dialog, tmp_path):
    translator = QTranslator()
    assert translator.load(chinese_qm(tmp_path))
    QCoreApplication.installTranslator(translator)
    fmt.set_locale("zh_CN")
    try:
        dialog = open_dialog()
        load(qtbot, dialog, ALIPAY)
        assert dialog.windowTitle() == "导入账单文件"
        assert counts(dialog)["purchases"] == ("10", "¥1,460.80")
        assert dialog.pane.tabs.tabText(0) == "待导入 (12)"
        assert "支付宝" in dialog.pane.format_label.text()
        assert column(dialog.pane.skipped_model, "reason")[2] == "用余额宝支付，不是花呗"
        assert dialog.pane.new_model.headerData(2, Qt.Orientation.Horizontal) == "类型"
    finally:
        QCoreApplication.removeTranslator(translator)
        fmt.set_locale("en_US")


def test_chinese_refusal_and_all_on_line_box(qtbot, session, open_dialog, tmp_path):
    translator = QTranslator()
    assert translator.load(chinese_qm(tmp_path))
    QCoreApplication.installTranslator(translator)
    fmt.set_locale("zh_CN")
    try:
        debit = tmp_path / "一卡通明细.csv"
        debit.write_text("# 招商银行交易记录\n交易日期,交易时间,收入,支出,余额,交易类型,交易备注\n"
                         "20240102,10:00:00,,16.08,983.92,快捷支付,支付宝-示例商店\n", encoding="utf-8")
        dialog = open_dialog()
        load(qtbot, dialog, debit)
        assert dialog.error.text() == (
            "无法导入 一卡通明细.csv：不是支付宝/微信/OFX/QIF/银行 CSV 账单：看起来是借记卡账单（有余额列“余额”）：明白账记录的"
            "是授信账户（信用卡、花呗、先享后付），不是银行账户；明白账能读取支付宝、微信支付、京东（白条）和美团（月付）账单，招商银行、"
            "工商银行、广发银行、交通银行、中国银行、中信银行、浦发银行、建设银行和 Chase 的信用卡 CSV（或 .xls/.xlsx），OFX/QFX 和 QIF 信用卡账单，以及"
            "手动填写的消费（date,merchant,category,amount,installments）")
        load(qtbot, dialog, _pc_web_file(tmp_path))
        assert dialog.all_on_line.text() == "把此文件中的每笔付款都记到花呗：文件没有写明哪些是用信用支付的"
        assert "一笔也不会记到授信账户上" in dialog.notices.text()
        assert set(column(dialog.pane.skipped_model, "reason")) == {"网页版导出文件没有支付方式列：看不出这笔付款是用信用支付的"}
        dialog.grab().save(str(tmp_path / "pc_web_zh.png"))
    finally:
        QCoreApplication.removeTranslator(translator)
        fmt.set_locale("en_US")


JD = DATA / "jd_bill_sample.csv"
MEITUAN = DATA / "meituan_bill_sample.csv"
CITIC = DATA / "citic_card_sample.xls"


def test_jd_export_goes_onto_the_baitiao_line_and_meituan_onto_yuefu(qtbot, session, open_dialog):
    baitiao = session.ledger.add_line(CreditLine("京东白条", kind=LineKind.BNPL), limit_fen=500_000).ids["line"]
    yuefu = session.ledger.add_line(CreditLine("Meituan Yuefu", kind=LineKind.BNPL), limit_fen=300_000).ids["line"]
    dialog = open_dialog()
    load(qtbot, dialog, JD)
    assert dialog.state == ImportState.READY and dialog.line.currentData() == baitiao
    assert "JD (京东) bill export: 白条 rows" in dialog.pane.format_label.text()
    shown = counts(dialog)
    assert shown["purchases"] == ("5", "¥1,898.19")
    assert shown["refunds"] == ("1", "¥112.98") and shown["repayments"] == ("1", "¥1,125.43")
    assert shown["skipped"][0] == "4" and shown["problems"][0] == "1"
    assert column(dialog.pane.problems_model, "reason") == ["is not a number (got '12.3.4')"]
    with qtbot.waitSignal(session.changed, timeout=WAIT):
        dialog.import_button.click()
    settle(qtbot, dialog)
    assert stored(session, baitiao) == (5, 1, 1) and stored(session, session.card_id) == (0, 0, 0)
    load(qtbot, dialog, MEITUAN)
    assert dialog.line.currentData() == yuefu
    assert counts(dialog)["purchases"] == ("4", "¥1,122.67")


def test_citic_xls_preview(qtbot, session, open_dialog, tmp_path):
    dialog = open_dialog()
    load(qtbot, dialog, CITIC)
    assert dialog.state == ImportState.READY and dialog.line.currentData() == session.card_id
    assert "CITIC credit-card statement (CSV or Excel)" in dialog.pane.format_label.text()
    assert counts(dialog)["purchases"] == ("3", "¥838.79")
    assert column(dialog.pane.skipped_model, "reason") == [
        "in 美元: a dual-currency card bills it on its own USD statement; this file is read in CNY"]
    dialog.grab().save(str(tmp_path / "citic.png"))


def test_chinese_jd_preview(qtbot, session, open_dialog, tmp_path):
    translator = QTranslator()
    assert translator.load(chinese_qm(tmp_path))
    QCoreApplication.installTranslator(translator)
    fmt.set_locale("zh_CN")
    try:
        dialog = open_dialog()
        load(qtbot, dialog, JD)
        assert "京东账单导出：白条记录" in dialog.pane.format_label.text()
        assert column(dialog.pane.skipped_model, "reason") == [
            "收入（京东小金库收益），不是这个授信账户上的消费", "用中国银行信用卡(0000)支付，不是白条",
            "不计收支：京东小金库-转入，用银行卡，不在这个授信账户上", "消费未完成（状态 交易关闭）"]
    finally:
        QCoreApplication.removeTranslator(translator)
        fmt.set_locale("en_US")


def test_a_meituan_export_onto_a_credit_card_says_where_it_belongs(qtbot, session, open_dialog, tmp_path):
    dialog = open_dialog()
    load(qtbot, dialog, MEITUAN)
    assert dialog.line.currentData() == session.card_id  # no 月付 line yet: the default line, with a notice
    assert ("These are the Meituan Yuefu (美团月付) rows of the file, and 招商银行信用卡 is a credit card: import them "
            "onto a Meituan Yuefu (美团月付) line (the line dialog has a preset for it).") in dialog.notices.text()
    translator = QTranslator()
    assert translator.load(chinese_qm(tmp_path))
    QCoreApplication.installTranslator(translator)
    fmt.set_locale("zh_CN")
    try:
        dialog = open_dialog()
        load(qtbot, dialog, MEITUAN)
        assert ("这些是文件中美团月付的记录，而招商银行信用卡是信用卡：请把它们导入到美团月付授信账户（添加授信账户时有对应的预设）。"
                in dialog.notices.text())
    finally:
        QCoreApplication.removeTranslator(translator)
        fmt.set_locale("en_US")


def test_the_preview_tables_fit_their_columns_to_a_sample_of_rows(qtbot, session, open_dialog):
    """Fitting a column measures the rows on screen and up to FIT_ROWS more, not each of 85,000 preview rows (that
    held the window for half a second after a large file's preview)."""
    from app.ui.views.common import FIT_ROWS

    dialog = open_dialog()
    for view in (dialog.pane.new_view, dialog.pane.duplicates_view, dialog.pane.skipped_view,
                 dialog.pane.problems_view):
        assert view.horizontalHeader().resizeContentsPrecision() == FIT_ROWS == 200


def test_the_import_result_groups_its_counts(qtbot, session, open_dialog, tmp_path):
    from tests.importers import builders

    rows = [(f"2026-03-0{1 + i % 9} 10:00:00", "餐饮美食", "示例茶饮铺", "/", "示例商品", "支出", "1.00", "花呗",
             "交易成功", f"2026030122000000000000{i:06d}", f"T{i:019d}") for i in range(1200)]
    bill = tmp_path / "big.csv"
    bill.write_bytes(builders.alipay_2023(rows))
    dialog = open_dialog()
    load(qtbot, dialog, bill)
    assert counts(dialog)["purchases"] == ("1,200", "¥1,200.00")
    with qtbot.waitSignal(dialog.imported, timeout=WAIT):
        dialog.import_button.click()
    assert dialog.result_label.text().startswith("Imported 1,200 purchase")  # "purchases" with the English plurals
