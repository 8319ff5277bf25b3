"""GUI test fixtures: isolated QSettings and data folders, and the real main window on a temporary database."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

#: "Today" in GUI tests: every date the window shows is relative to it.
TODAY = date(2026, 3, 20)


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, monkeypatch):
    """QSettings in an INI file under ``tmp_path`` and the user-data folder there too (the demo database)."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    yield
    QSettings().clear()
    if QApplication.instance() is not None:  # a test in Chinese must not leave the next one in Chinese
        from app.i18n import formatting as fmt
        from app.ui import theme
        from app.ui.application import apply_language

        apply_language("en")
        fmt.set_masked(False)
        if theme.presenting():
            theme.apply(QApplication.instance(), presentation=False)


@pytest.fixture
def make_window(qtbot, tmp_path):
    """Open (and show) a main window on ``tmp_path/<name>.db`` in ``language``; closed after the test."""
    from app.ui.application import open_main_window

    def make(name: str = "user", language: str = "en", demo: bool = False):
        window = open_main_window(tmp_path / f"{name}.db", demo=demo, language=language, today=lambda: TODAY)
        qtbot.addWidget(window)
        window.resize(1280, 860)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


@pytest.fixture
def window(make_window):
    """A main window on an empty database, in English."""
    return make_window()
