"""Workshop mode in the window: a story opens in its own ledger, the clock steps through its moments and back,
every view follows, and the user's own ledger is untouched."""

import hashlib
from datetime import date

import pytest

from app import config
from app.workshop import library


def test_a_story_steps_through_its_moments_and_leaves_the_users_ledger_alone(make_window, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    window = make_window()
    own = window.session.db_path
    window.open_story(library.find("minimum-trap"))
    session, bar = window.session, window.workshop_bar
    assert session.db_path == config.workshop_db_path("minimum-trap") and bar.isVisible()
    assert session.today() == date(2026, 2, 6)
    assert bar.question.text() == "The first bill is 10,000.00. What is the minimum?"
    assert not bar.answer.isVisible()
    bar.buttons["reveal"].click()
    assert bar.answer.isVisible() and bar.answer.text().startswith("Only 1,000.00")
    bar.buttons["next"].click()
    assert session.today() == date(2027, 1, 6)
    statements = window.views["statements"]
    window.show_view("statements")
    assert statements.selected().statement_date == date(2027, 1, 5)  # the views follow the clock
    assert "moment 2 of 3" in bar.where.text()
    bar.buttons["month"].click()
    assert session.today() == date(2027, 2, 6)
    bar.menu_actions["previous"].trigger()
    assert session.today() == date(2027, 1, 6)
    # the clock is kept with the story: opening it again resumes there
    window.open_story(library.find("minimum-trap"))
    assert session.today() == date(2027, 1, 6)
    bar.menu_actions["reset"].trigger()
    assert session.today() == date(2026, 2, 6)
    bar.menu_actions["leave"].trigger()
    assert session.db_path == own and not bar.isVisible() and session.today() == date(2026, 3, 20)
    assert session.store.lines.all() == []  # nothing of the story reached the user's ledger


def test_the_story_shows_in_chinese(make_window, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    window = make_window(language="zh_CN")
    window.open_story(library.find("quick-loan"))
    bar = window.workshop_bar
    assert bar.title.text() == "“秒到账”的小额贷款"
    assert bar.question.text().startswith("合同写 5,000 元") and bar.buttons["next"].text() == "下一个时刻 ▶"


def test_predict_then_reveal_with_the_clicker(make_window, tmp_path, monkeypatch, qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    window = make_window()
    window.open_story(library.find("minimum-trap"))
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    bar, session = window.workshop_bar, window.session
    shown = [b.text() for b in bar.choices if b.isVisible()]
    assert shown == ["A  100.00", "B  1,000.00", "C  5,000.00", "D  10,000.00"]
    qtbot.keyClick(window, Qt.Key.Key_4)  # the room says D
    assert bar.picked == 4 and bar.choices[3].property("pick") == "chosen"
    qtbot.keyClick(window, Qt.Key.Key_PageDown)  # first press reveals ...
    assert bar.answer.isVisible() and session.today() == date(2026, 2, 6)
    assert bar.choices[1].property("pick") == "right" and bar.choices[3].property("pick") == "wrong"
    qtbot.keyClick(window, Qt.Key.Key_PageDown)  # ... the second goes on
    assert session.today() == date(2027, 1, 6) and not bar.answer.isVisible() and bar.picked == 0
    bar.buttons["week"].click()
    bar.buttons["day"].click()
    assert session.today() == date(2027, 1, 14)
    qtbot.keyClick(window, Qt.Key.Key_B)  # step back undoes one step at a time
    assert session.today() == date(2027, 1, 13)
    qtbot.keyClick(window, Qt.Key.Key_PageUp)
    assert session.today() == date(2027, 1, 6)
    # the timeline: clicking the first moment's dot goes there
    strip = bar.timeline
    first = window.workshop.scenario.moments[0].on
    qtbot.mouseClick(strip, Qt.MouseButton.LeftButton, pos=strip.rect().center().__class__(
        round(strip.x_of(first)), strip.height() // 3))
    assert session.today() == first


def test_moments_a_day_apart_get_dots_of_their_own(make_window, tmp_path, monkeypatch, qtbot):
    """The recovery story's first two moments are on Mar 2 and Mar 3 of a nine-month story: a pixel or two apart
    by date. Their dots are spread a dot's width apart, in order, and each can be clicked."""
    from PySide6.QtCore import QPoint, Qt

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    window = make_window()
    window.open_story(library.find("recovery"))
    strip, moments = window.workshop_bar.timeline, window.workshop.scenario.moments
    assert (moments[1].on - moments[0].on).days == 1
    xs = strip.moment_xs()
    dot = strip.fontMetrics().height()
    assert all(b - a >= dot for a, b in zip(xs, xs[1:], strict=False))
    assert abs(xs[0] - strip.x_of(moments[0].on)) < 1 and xs[-1] <= strip.x_of(window.workshop.scenario.end)
    qtbot.mouseClick(strip, Qt.MouseButton.LeftButton, pos=QPoint(round(xs[1]), strip.height() // 3))
    assert window.session.today() == moments[1].on
    qtbot.mouseClick(strip, Qt.MouseButton.LeftButton, pos=QPoint(round(xs[0]), strip.height() // 3))
    assert window.session.today() == moments[0].on


def test_presentation_mode_is_large_high_contrast_and_masks_amounts(make_window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QApplication

    from app.ui import theme

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    window = make_window()
    window.open_story(library.find("minimum-trap"))
    overview = window.views["overview"]
    window.presentation.set_on(True, screen_height=1080)
    app = QApplication.instance()
    assert theme.current().name == "contrast" and app.font().pixelSize() == 28
    assert window.window_actions.presentation.isChecked() and not window.statusBar().isVisible()
    assert not window.menuBar().isVisible()
    window.window_actions.mask_amounts.trigger()
    texts = [label.text() for label in overview.findChildren(type(window.workshop_bar.title))]
    assert any("¥•••" in t for t in texts) and not any("¥10,000.00" in t for t in texts)
    window.window_actions.mask_amounts.trigger()
    texts = [label.text() for label in overview.findChildren(type(window.workshop_bar.title))]
    assert not any("•••" in t for t in texts)
    window.presentation.set_on(False)
    assert theme.current().name in ("light", "dark") and app.font().pixelSize() == -1
    assert window.statusBar().isVisible() and window.menuBar().isVisible()


@pytest.mark.parametrize("language", ["en_US", "zh_CN"])
def test_presentation_mode_fits_a_1024_pixel_projector_with_the_longest_story(make_window, tmp_path, monkeypatch,
                                                                              language):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    window = make_window(language=language)
    stories = [library.find(name) for name in ("minimum-trap", "student-phone")]
    for story in stories:
        window.open_story(story)
        window.presentation.set_on(True, screen_height=768)
        # the bar's buttons and a long title wrap, and views not on screen (the welcome cards) ask for no width
        assert window.minimumSizeHint().width() <= 1024, story
        window.showNormal()
        window.resize(1024, 768)
        bar = window.workshop_bar
        assert bar.buttons["next"].geometry().right() <= bar.width() and bar.more.geometry().right() <= bar.width()
        window.presentation.set_on(False)


def test_a_scenario_file_from_disk_opens_and_a_broken_one_says_where(make_window, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    window = make_window()
    own = library.find("quick-loan").read_text(encoding="utf-8")
    mine = tmp_path / "my-story.toml"
    mine.write_text(own.replace('id = "quick-loan"', 'id = "my-story"'), encoding="utf-8")
    window.open_story(mine)
    assert window.session.db_path == config.workshop_db_path("my-story")
    # the trainer edits the file: opening it again rebuilds from the new text
    assert window.workshop_bar.title.text() == "A “money in minutes” loan"
    mine.write_text(own.replace('id = "quick-loan"', 'id = "my-story"').replace("money in minutes", "cash now"),
                    encoding="utf-8")
    window.open_story(mine)
    assert window.workshop_bar.title.text() == "A “cash now” loan"
    assert window.session.store.settings.get("workshop_source") == hashlib.sha256(mine.read_bytes()).hexdigest()
    broken = tmp_path / "broken.toml"
    broken.write_text('[scenario]\nid = "b"\nstart = 2026-01-01\n', encoding="utf-8")
    window.open_story(broken)
    box = window.dialog
    assert box.objectName() == "scenarioProblem" and "broken.toml" in box.text() and "line 1, scenario.end" in box.text()
    assert window.session.db_path == config.workshop_db_path("my-story")  # the class goes on with its story


def _dump_hash(store) -> str:
    """A hash of everything the ledger holds (its JSON export; the file's own creation times left out)."""
    from datetime import datetime

    from app.services.export_service import ExportService

    return hashlib.sha256(ExportService(store).json_text(datetime(2026, 1, 1, 12)).encode()).hexdigest()


@pytest.mark.parametrize("language", ["en", "zh_CN"])
@pytest.mark.parametrize("path", library.shipped(), ids=lambda p: p.stem)
def test_every_story_steps_to_each_moment_and_back_with_its_figures(make_window, tmp_path, monkeypatch, path,
                                                                    language):
    from app.workshop.build import figure
    from app.workshop.scenario import Text

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    window = make_window(language=language)
    window.open_story(path)
    controller, bar = window.workshop, window.workshop_bar
    scenario = controller.scenario
    lang = "zh" if language == "zh_CN" else "en"
    assert bar.title.text() == scenario.title.get(lang)
    for number, moment in enumerate(scenario.moments, 1):
        if number > 1:
            controller.next_moment()
        assert window.session.today() == moment.on and controller.moment() == moment
        assert bar.question.text() == moment.question.get(lang)
        assert [b.text()[3:] for b in bar.choices if b.isVisible()] == [Text.get(c, lang) for c in moment.choices]
        for expect in moment.expect:  # the ledger the window shows has the figures the file claims
            assert figure(window.session.store, expect, moment.on, scenario) == expect.value
    while controller.day != scenario.moments[0].on:
        controller.step_back()
    assert controller.moment_number() == (1, len(scenario.moments))


def test_reset_leaves_the_story_as_first_built_and_life_events_are_told(make_window, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    window = make_window()
    window.open_story(library.find("student-phone"))
    session, bar = window.session, window.workshop_bar
    first = _dump_hash(session.store)
    assert not bar.event_label.isVisible()
    window.workshop.go_to(date(2026, 4, 25))  # over the day she buys headphones too
    assert bar.event_label.isVisible() and "Headphones too" in bar.event_label.text()
    window.workshop.step(days=1)
    assert not bar.event_label.isVisible()
    line = session.store.lines.all()[0]
    session.apply(session.ledger.record_purchase, line.id, date(2026, 4, 26), 50_000, merchant="Made-up shop")
    assert _dump_hash(session.store) != first
    bar.menu_actions["reset"].trigger()
    assert _dump_hash(session.store) == first and session.today() == window.workshop.scenario.moments[0].on
