"""File → Export monthly report as PDF… and Print monthly report…: a month chosen, an A4 PDF in the window's
language (Chinese text searchable and drawn), rendered to pages with pdftoppm."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtGui import QImage

from app.domain.credit_line import CreditLine, LineKind

WAIT = 60_000
needs_poppler = pytest.mark.skipif(not shutil.which("pdftotext") or not shutil.which("pdftoppm"),
                                   reason="poppler-utils (pdftotext, pdftoppm) not installed")


def _fill(session) -> None:
    """A card (statement day 5, due day 23) with 1,234.56 spent on Feb 10, and Huabei with 600.00 in 3 installments
    at 2.5 % from Mar 5."""
    ledger = session.ledger
    card = ledger.add_line(CreditLine("招行信用卡", kind=LineKind.CREDIT_CARD, statement_day=5, due_day=23),
                           limit_fen=2_000_000, limit_from=date(2020, 1, 1)).ids["line"]
    huabei = ledger.add_line(CreditLine("花呗"), limit_fen=500_000, limit_from=date(2020, 1, 1)).ids["line"]
    ledger.record_purchase(card, date(2026, 2, 10), 123456, merchant="示例电器")
    ledger.record_purchase(huabei, date(2026, 3, 5), 60000, installments=3, fee_rate=Decimal("0.025"))
    session.apply(lambda: ledger.record_purchase(huabei, date(2026, 3, 12), 9990))


def _text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def _pages(path, tmp_path) -> list:
    subprocess.run(["pdftoppm", "-r", "60", "-png", str(path), str(tmp_path / "page")], check=True)
    return sorted(tmp_path.glob("page-*.png"))


def test_the_file_menu_offers_the_report_after_the_due_dates(window):
    texts = [a.text() for a in window.file_menu.actions()]
    at = texts.index("Export due dates…")
    assert texts[at + 1: at + 3] == ["Export monthly report as PDF…", "&Print monthly report…"]
    assert window.reports.print_action.shortcut().toString() == "Ctrl+P"


def test_print_opens_qt_print_dialog_after_the_month(window):
    from PySide6.QtPrintSupport import QPrintDialog

    window.reports.print_action.trigger()
    assert window.reports.dialog.windowTitle() == "Print monthly report"
    window.reports.dialog.accept()
    assert isinstance(window.reports.print_dialog, QPrintDialog)
    window.reports.print_dialog.reject()


def test_the_month_dialog_offers_this_month_and_the_eleven_before(window):
    window.reports.export_action.trigger()
    dialog = window.reports.dialog
    months = [dialog.month.itemText(i) for i in range(dialog.month.count())]
    assert len(months) == 12 and months[0] == "Mar 2026" and months[-1] == "Apr 2025"
    dialog.month.setCurrentIndex(1)
    dialog.accept()
    chooser = window.reports.chooser
    assert chooser.selectedFiles()[0].endswith("debtlens-report-2026-02.pdf")
    chooser.close()


@needs_poppler
def test_the_report_in_chinese_is_a_pdf_with_chinese_headings_and_the_months_figures(make_window, qtbot, tmp_path):
    window = make_window(language="zh_CN")
    _fill(window.session)
    window.session.apply(window.session.settings.set_monthly_income, 800_000)
    overview = window.views["overview"]
    window.show_view("overview")
    qtbot.waitUntil(lambda: overview.load is not None and overview.load.dsr is not None, timeout=WAIT)
    out = tmp_path / "月度报告.pdf"
    with qtbot.waitSignal(window.reports.exported, timeout=WAIT):
        window.reports.export_to(date(2026, 3, 1), out)
    assert out.read_bytes().startswith(b"%PDF-")
    assert oct(out.stat().st_mode & 0o777) == "0o600"  # it holds amounts
    text = _text(out)
    for heading in ("月度报告 · 2026年3月", "数据截至 2026年3月20日", "概览", "授信账户", "2026年3月的账单",
                    "即将到期的还款", "图表"):
        assert heading in text, heading
    assert "总欠款" in text and "¥1,934.46" in text  # 1,234.56 + 600.00 + 99.90
    assert "招行信用卡" in text and "¥1,234.56" in text and "¥123.46" in text  # the Mar 5 bill and its minimum
    assert "2026年4月10日" in text and "¥304.90" in text  # Huabei's Apr 10 bill: 200.00 + 5.00 + 99.90
    # the debt-service ratio the overview shows: the busiest month (March: 1,234.56) ÷ 8,000.00 income
    assert overview.stats["ratio"].value.text() == "15.4%"
    assert "月供收入比（还款最多的月份 2026年3月：应还 ¥1,234.56 ÷" in text and "¥8,000.00）" in text
    assert "15.4%" in text
    pages = _pages(out, tmp_path)
    assert len(pages) == 2
    first = QImage(str(pages[0]))
    assert (first.width(), first.height()) == (496, 702)  # A4 at 60 dpi
    assert "月度报告已保存到" in window.statusBar().currentMessage()


@needs_poppler
def test_printing_goes_through_qt_print_support(window, qtbot, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    _fill(window.session)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # a printer that writes a file
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    with qtbot.waitSignal(window.reports.printed, timeout=WAIT):
        window.reports.print_to(date(2026, 2, 1), printer)
    text = _text(tmp_path / "printed.pdf")
    assert "Monthly report · Feb 2026" in text and "Figures as of Feb 28, 2026" in text
    assert "No statement was cut this month." in text


def test_the_ledger_is_refused_as_the_target_and_left_alone(window, qtbot):
    _fill(window.session)
    path = window.session.db_path
    before = path.read_bytes()
    window.reports.export_to(date(2026, 3, 1), path)
    assert window.reports.notice is not None
    assert "The monthly report was not made" in window.reports.notice.text()
    assert "is the ledger itself" in window.reports.notice.text()
    assert path.read_bytes() == before
