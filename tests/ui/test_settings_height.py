"""Settings opens tall enough to show every setting and hint (Qt would open it at most two thirds of the screen
tall, cutting the hints off), within the screen: on a shorter screen the settings scroll and Save stays in view."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from app.ui.dialogs.settings_dialog import SettingsDialog


def _open_settings(window, qtbot):
    window.window_actions.settings.trigger()
    dialog = window.dialog
    qtbot.waitExposed(dialog)
    qtbot.wait(20)  # the scroll area settles its scroll bars once the layouts have run
    return dialog


def _hints(dialog):
    return [dialog.income_hint, dialog.band_hint, dialog.backup_hint]


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_settings_open_with_every_hint_whole(make_window, qtbot, language):
    dialog = _open_settings(make_window(language=language), qtbot)
    assert dialog.height() >= dialog.wanted_height(dialog.width())
    assert dialog.height() <= dialog.screen().availableGeometry().height()
    assert not dialog.scroll_area.verticalScrollBar().isVisible()
    content = dialog.scroll_area.widget()
    assert content.height() <= dialog.scroll_area.viewport().height()  # nothing below the fold
    for hint in _hints(dialog):
        assert isinstance(hint, QLabel) and hint.isVisible() and hint.text()
        assert hint.visibleRegion().boundingRect().height() == hint.height() == hint.heightForWidth(hint.width())
    assert dialog.ok_button().visibleRegion().boundingRect().height() == dialog.ok_button().height()


def test_on_a_short_screen_the_settings_scroll_and_save_stays_in_view(make_window, qtbot, monkeypatch):
    monkeypatch.setattr(SettingsDialog, "screen_room", lambda self: 400)
    dialog = _open_settings(make_window(), qtbot)
    assert dialog.height() == 400
    assert dialog.scroll_area.verticalScrollBar().isVisible()
    ok = dialog.ok_button()
    assert ok.isVisible() and ok.visibleRegion().boundingRect().height() == ok.height()
    assert ok.mapTo(dialog, ok.rect().bottomLeft()).y() < dialog.height()
