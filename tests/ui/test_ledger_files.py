"""File → New ledger…, Open another ledger…, Open recent: the window switches files, names the file in its title,
remembers it for the next start, and refuses a file that is not a DebtLens ledger without touching it."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest

from app.ui.ledger_files import recent_ledgers
from tests.ui.conftest import TODAY
from tests.ui.helpers import add_line


def _folder_state(folder) -> dict:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir() if p.is_file()}


def test_the_file_menu_starts_with_the_ledger_commands(window):
    texts = [a.text() for a in window.file_menu.actions()][:4]
    assert texts == ["&New ledger…", "&Open another ledger…", "Open &recent", ""]


def test_a_new_ledger_then_back_to_the_first_through_open_and_recent(window, qtbot, tmp_path):
    add_line(window, name="花呗")
    first = window.session.db_path
    files = window.ledger_files
    new = tmp_path / "family" / "家庭账本.db"
    new.parent.mkdir()
    with qtbot.waitSignal(files.opened):
        assert files.new_ledger(new)
    assert window.session.db_path == new and new.is_file() and not window.session.has_lines()
    assert window.windowTitle() == "家庭账本.db — DebtLens"
    assert window.current_view() == "welcome" and window.user_db_path == new
    assert recent_ledgers() == [new.resolve()]

    assert files.open_ledger(first)
    assert window.session.db_path == first and window.windowTitle() == "user.db — DebtLens"
    assert [line.name for line in window.session.store.lines.all()] == ["花呗"]
    assert recent_ledgers() == [first.resolve(), new.resolve()]
    files.fill_recent()
    items = [(a.text(), a.isEnabled()) for a in files.recent_menu.actions()]
    assert items == [(f"user.db — {first.parent.resolve()}", False), (f"家庭账本.db — {new.parent}", True)]
    files.recent_menu.actions()[1].trigger()
    assert window.session.db_path == new


def test_the_next_start_opens_the_ledger_opened_last(make_window, tmp_path, qtbot):
    from app.ui.application import open_main_window

    window = make_window()
    other = tmp_path / "other.db"
    window.ledger_files.new_ledger(other)
    window.close()
    again = open_main_window(language="en", today=lambda: TODAY)
    qtbot.addWidget(again)
    try:
        assert again.session.db_path == other and again.user_db_path == other
    finally:
        again.close()


@pytest.mark.parametrize("kind, expected", [
    ("text", "This file is not a DebtLens database"),
    ("empty", "This file is not a DebtLens database"),
    ("sqlite", "This file is not a DebtLens database"),
    ("missing", "DebtLens cannot open this database."),
])
def test_a_file_that_is_not_a_ledger_is_refused_and_left_alone(window, tmp_path, kind, expected):
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    path = folder / {"text": "notes.txt", "empty": "empty.db", "sqlite": "browser-history.db",
                     "missing": "gone.db"}[kind]
    if kind == "text":
        path.write_text("not a ledger\n", encoding="utf-8")
    elif kind == "empty":
        path.write_bytes(b"")
    elif kind == "sqlite":
        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE visits (url TEXT)")
        conn.commit()
        conn.close()
    before = _folder_state(folder)
    current = window.session.db_path
    assert not window.ledger_files.open_ledger(path)
    notice = window.ledger_files.notice
    assert notice.text().startswith(expected) and str(path) in notice.informativeText()
    assert window.session.db_path == current and window.session.is_open
    assert _folder_state(folder) == before  # no lock file, no journal, not a byte changed
    assert recent_ledgers() == []


def test_a_new_ledger_never_replaces_a_file(window, tmp_path):
    path = tmp_path / "keep.db"
    path.write_bytes(b"precious")
    assert not window.ledger_files.new_ledger(path)
    assert "exists already" in window.ledger_files.notice.text()
    assert path.read_bytes() == b"precious" and window.session.db_path != path


def test_the_ledger_commands_in_chinese(make_window):
    window = make_window(language="zh_CN")
    texts = [a.text() for a in window.file_menu.actions()][:3]
    assert texts == ["新建账本(&N)…", "打开其他账本(&O)…", "最近打开(&R)"]


def test_a_ledger_open_in_another_window_is_refused(window, tmp_path):
    from app.ui.session import Session

    busy = tmp_path / "busy.db"
    other = Session(busy, today=lambda: TODAY)  # another window's session holds the file
    try:
        current = window.session.db_path
        assert not window.ledger_files.open_ledger(busy)
        assert window.ledger_files.notice.text().startswith("This database is already open in another DebtLens")
        assert window.session.db_path == current and window.session.is_open
    finally:
        other.close()
    assert window.ledger_files.open_ledger(busy)  # free again
