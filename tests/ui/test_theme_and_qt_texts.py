"""Settings → Theme (follow the system, light, dark) applied at once, charts included; Qt's own texts in Chinese."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLabel

from app.ui import theme
from tests.ui.helpers import add_line

WAIT = 20_000


@pytest.fixture
def restore_theme():
    yield
    theme.apply(QApplication.instance(), "system")


def test_dark_theme_applies_at_once_and_the_charts_follow(make_window, qtbot, restore_theme):
    window = make_window()
    add_line(window)
    session, overview = window.session, window.views["overview"]
    session.apply(session.ledger.record_purchase, session.store.lines.all()[0].id, date(2026, 3, 5), 120_000)
    qtbot.waitUntil(lambda: overview.chart_key is not None and overview.chart_key.theme == "light", timeout=WAIT)
    trap = window.page("minimum_trap")
    window.show_view("minimum_trap")
    qtbot.waitUntil(lambda: trap.chart.figure is not None, timeout=WAIT)
    window.show_view("overview")

    window.window_actions.settings.trigger()
    dialog = window.dialog
    assert [dialog.theme.itemText(i) for i in range(3)] == ["Follow the system", "Light", "Dark"]
    assert dialog.theme.currentData() == "system"
    dialog.theme.setCurrentIndex(2)
    dialog.ok_button().click()

    assert theme.current().name == "dark" and QSettings().value("ui/theme") == "dark"
    assert window.palette().window().color().name() == theme.DARK.window
    qtbot.waitUntil(lambda: overview.chart_key is not None and overview.chart_key.theme == "dark", timeout=WAIT)
    assert overview.chart_images[0].picture().pixelColor(3, 3).name() == theme.DARK.surface
    assert trap.chart.figure.get_facecolor()[:3] == pytest.approx(
        tuple(int(theme.DARK.surface[i:i + 2], 16) / 255 for i in (1, 3, 5)))

    window.window_actions.settings.trigger()
    assert window.dialog.theme.currentData() == "dark"  # the choice is kept
    window.dialog.theme.setCurrentIndex(1)
    window.dialog.ok_button().click()
    assert theme.current().name == "light"


def test_the_theme_names_are_translated(make_window, restore_theme):
    window = make_window(language="zh_CN")
    window.window_actions.settings.trigger()
    assert [window.dialog.theme.itemText(i) for i in range(3)] == ["跟随系统", "浅色", "深色"]
    assert window.dialog.labels["theme"].text() == "主题(&T)"


def test_qt_standard_buttons_and_file_dialogs_speak_chinese(make_window):
    make_window(language="zh_CN")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    assert sorted(b.text() for b in box.buttons()) == sorted(["保存", "取消"])
    dialog = QFileDialog()
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    assert "文件名称(&N)：" in [label.text() for label in dialog.findChildren(QLabel)]
