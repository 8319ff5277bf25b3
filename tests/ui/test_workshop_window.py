"""Workshop mode in the window: a story opens in its own ledger, the clock steps through its moments and back,
every view follows, and the user's own ledger is untouched."""

from datetime import date

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
    bar.buttons["previous"].click()
    assert session.today() == date(2027, 1, 6)
    # the clock is kept with the story: opening it again resumes there
    window.open_story(library.find("minimum-trap"))
    assert session.today() == date(2027, 1, 6)
    bar.buttons["reset"].click()
    assert session.today() == date(2026, 2, 6)
    bar.buttons["leave"].click()
    assert session.db_path == own and not bar.isVisible() and session.today() == date(2026, 3, 20)
    assert session.store.lines.all() == []  # nothing of the story reached the user's ledger


def test_the_story_shows_in_chinese(make_window, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    window = make_window(language="zh_CN")
    window.open_story(library.find("quick-loan"))
    bar = window.workshop_bar
    assert bar.title.text() == "“秒到账”的小额贷款"
    assert bar.question.text().startswith("合同写 5,000 元") and bar.buttons["next"].text() == "下一个时刻 ▶"
