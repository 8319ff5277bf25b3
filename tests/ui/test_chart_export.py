"""Every chart's context menu: Copy, and Save as PNG / SVG / PDF give valid files of the chart shown."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from datetime import date

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QContextMenuEvent, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication

from app.ui.chart_menu import file_stem
from tests.ui.helpers import add_line

WAIT = 20_000


def _pdf_text(path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def _check_files(paths: dict, title: str) -> None:
    image = QImage(str(paths["png"]))
    assert not image.isNull() and image.width() >= 680  # twice the screen's pixels: sharp on paper
    root = ET.parse(paths["svg"]).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert paths["pdf"].read_bytes().startswith(b"%PDF-")
    if shutil.which("pdftotext"):
        assert title in _pdf_text(paths["pdf"]).replace("\n", " ")  # text stays text in the PDF


def test_an_overview_chart_saves_as_png_svg_and_pdf_from_its_context_menu(make_window, qtbot, tmp_path):
    window = make_window()
    add_line(window)
    session, overview = window.session, window.views["overview"]
    line = session.store.lines.all()[0].id
    session.apply(session.ledger.record_purchase, line, date(2026, 3, 5), 120_000, merchant="示例电器")
    qtbot.waitUntil(lambda: overview.rendered is not None, timeout=WAIT)
    menu = overview.chart_menus[1]
    built = menu.build_menu()
    names = [a.objectName() for a in built.actions()]
    assert names == ["copyChart", "saveChartPng", "saveChartSvg", "saveChartPdf"]
    assert [a.text() for a in built.actions()] == ["Copy", "Save as PNG image…", "Save as SVG (vector)…",
                                                   "Save as PDF…"]
    built.close()
    assert menu.copy()
    assert QGuiApplication.clipboard().image().size() == overview.chart_images[1].picture().size()

    paths = {}
    for kind in ("png", "svg", "pdf"):
        with qtbot.waitSignal(menu.saved, timeout=WAIT) as saved:
            menu.save_to(kind, tmp_path / "debt load")  # the suffix is added
        paths[kind] = saved.args[0]
        assert paths[kind] == tmp_path / f"debt load.{kind}"
    _check_files(paths, "Debt load over time")
    assert "Chart saved to" in window.statusBar().currentMessage()
    assert not list(tmp_path.glob(".*.tmp*"))  # nothing half written left behind


def test_the_save_dialog_proposes_the_chart_title_and_a_failure_says_why(make_window, qtbot, tmp_path):
    window = make_window()
    add_line(window)
    overview = window.views["overview"]
    qtbot.waitUntil(lambda: overview.chart_images[0].picture() is not None, timeout=WAIT)
    menu = overview.chart_menus[0]
    menu.choose_file("svg")
    assert menu.chooser.selectedFiles()[0].endswith("Repayments due per month.svg")
    menu.chooser.close()
    with qtbot.waitSignal(menu.failed, timeout=WAIT) as failed:
        menu.save_to("pdf", tmp_path / "missing folder" / "chart.pdf")
    assert "No such file or directory" in failed.args[0]
    assert "The chart was not saved" in menu.notice.text()
    assert not (tmp_path / "missing folder").exists()


def test_a_true_cost_chart_saves_too(qtbot, tmp_path):
    from app.domain.credit_line import CreditLine
    from app.i18n import formatting as fmt
    from app.ui.session import Session
    from app.ui.views.before_you_buy import BeforeYouBuyView

    previous = fmt.active_locale()
    fmt.set_locale("en_US")
    session = Session(tmp_path / "t.db", today=lambda: date(2024, 3, 15))
    try:
        line = session.ledger.add_line(CreditLine("花呗"), limit_fen=500000).ids["line"]
        view = BeforeYouBuyView(session, line_id=line, price_fen=100000)
        qtbot.addWidget(view)
        view.resize(900, 900)
        view.show()
        view.table.selectRow(4)
        chart = view.chart
        assert chart.picture() is not None
        paths = {}
        for kind in ("png", "svg", "pdf"):
            with qtbot.waitSignal(chart.chart_menu.saved, timeout=WAIT) as saved:
                chart.chart_menu.save_to(kind, tmp_path / f"plan.{kind}")
            paths[kind] = saved.args[0]
        _check_files(paths, chart.title().split()[0])
        # right-clicking the matplotlib canvas opens the chart's menu (the canvas passes the event up)
        QApplication.sendEvent(chart.canvas, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, QPoint(10, 10), chart.canvas.mapToGlobal(QPoint(10, 10))))
        assert chart.chart_menu.menu is not None and chart.chart_menu.menu.isVisible()
        chart.chart_menu.menu.close()
    finally:
        session.close()
        fmt.set_locale(previous)


@pytest.mark.parametrize("title, stem", [("Debt load over time", "Debt load over time"), ("a/b: c?", "a_b_ c"),
                                         ("", "chart")])
def test_file_names_from_titles(title, stem):
    assert file_stem(title) == stem
