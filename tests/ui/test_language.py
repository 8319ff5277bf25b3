"""Switching language at run time, and no English left on screen in Chinese."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QTableView,
    QWidget,
)

from tests.ui.helpers import add_line, add_purchase

ROOT = Path(__file__).resolve().parents[2]
PERIOD_SIX = 2


def _english_sources() -> set[str]:
    """Source texts of the zh_CN catalogue whose translation differs (so seeing them means "not translated")."""
    tree = ET.parse(ROOT / "translations" / "debtlens_zh_CN.ts")
    sources = set()
    for message in tree.getroot().iter("message"):
        source = message.find("source").text or ""
        translation = message.find("translation")
        texts = [translation.text or ""] + [n.text or "" for n in translation.findall("numerusform")]
        if source not in texts:
            sources.add(source.replace("&", ""))
    return sources


def visible_texts(root: QWidget) -> list[str]:
    """Every text a user can see in ``root``: labels, buttons, group titles, combo items, placeholders, table
    headers, list items, menus and the window title (less the ledger's file name: the user's, not ours)."""
    session = getattr(root, "session", None)
    title = root.windowTitle()
    texts = [title.replace(session.db_path.name, "") if session is not None else title]
    for w in root.findChildren(QWidget):
        if not w.isVisibleTo(root) and w is not root:
            continue
        if isinstance(w, QLabel):
            texts.append(w.text())
        elif isinstance(w, QAbstractButton):
            texts.append(w.text())
        elif isinstance(w, QGroupBox):
            texts.append(w.title())
        elif isinstance(w, QComboBox):
            texts += [w.itemText(i) for i in range(w.count())]
        elif isinstance(w, QLineEdit):
            texts.append(w.placeholderText())
        elif isinstance(w, QTableView) and w.model() is not None:
            model = w.model()
            texts += [str(model.headerData(c, w.horizontalHeader().orientation()) or "")
                      for c in range(model.columnCount())]
            for r in range(min(model.rowCount(), 20)):
                texts += [str(model.data(model.index(r, c)) or "") for c in range(model.columnCount())]
        elif isinstance(w, QListWidget):
            texts += [w.item(i).text() for i in range(w.count())]
    if hasattr(root, "menuBar"):
        for action in root.menuBar().actions():
            texts.append(action.text())
            texts += [a.text() for a in action.menu().actions()] if action.menu() else []
    return [t.replace("&", "") for t in texts if t]


#: Latin words that are fine in Chinese text (units, names of formats and of pay-later providers; "English": its own
#: name in the chooser).
ALLOWED_LATIN = {"Ctrl", "APR", "BNPL", "CNY", "App", "English", "FICO", "Klarna", "Afterpay", "JSON", "PDF", "PNG",
                 "SVG"}


def assert_no_english(root: QWidget) -> None:
    sources = _english_sources()
    texts = visible_texts(root)
    untranslated = [t for t in texts if t in sources]
    assert not untranslated, untranslated
    words = [w for t in texts for w in re.findall(r"[A-Za-z]{3,}", t) if w not in ALLOWED_LATIN]
    assert not words, words


def test_switching_language_in_settings_retranslates_without_restart(window):
    add_line(window)
    assert window.nav.item(0).text() == "Overview"
    assert window.views["overview"].stats["owed"].caption.text() == "Total owed"
    window.show_view("before_you_buy")  # built in English, then switched
    window.window_actions.settings.trigger()
    dialog = window.dialog
    dialog.language.setCurrentIndex(dialog.language.findData("zh_CN"))
    dialog.ok_button().click()
    assert window.nav.item(0).text() == "总览"
    assert window.views["overview"].stats["owed"].caption.text() == "总欠款"
    assert window.views["overview"].as_of.text() == "截至 2026年3月20日"
    assert window.window_actions.add_purchase.text() == "记一笔消费…"
    assert window.windowTitle() == f"{window.session.db_path.name} — 明白账"
    assert [window.nav_items[k].text() for k in ("before_you_buy", "minimum_trap", "payoff")] == [
        "消费前想一想", "最低还款陷阱", "还款计划"]
    assert window.nav_heading.text() == "真实成本"
    assert window.page("before_you_buy").title.text() == "消费前想一想"


def test_language_is_remembered(make_window):
    window = make_window(language="zh_CN")
    window.languages.apply("zh_CN")
    window.close()
    from PySide6.QtCore import QSettings

    assert QSettings().value("ui/language") == "zh_CN"


def test_no_untranslated_english_in_chinese(make_window, qtbot):
    window = make_window(language="zh_CN")
    add_line(window, "花呗")
    add_purchase(window, "1000", date(2026, 3, 15), PERIOD_SIX)
    add_purchase(window, "25.5", date(2026, 2, 3))
    window.session.apply(window.session.settings.set_monthly_income, 500_000)
    overview = window.views["overview"]
    qtbot.waitUntil(lambda: overview.load is not None and overview.load.income_fen == 500_000, timeout=5000)
    assert overview.stats["ratio"].badge.isVisible()
    for key in ("overview", "purchases", "statements", "lines", "welcome"):
        window.show_view(key)
        if key == "purchases":
            window.views["purchases"].table.selectRow(0)
        assert_no_english(window)
    window.window_actions.add_purchase.trigger()
    window.dialog.amount.setText("1000")
    window.dialog.periods.setCurrentIndex(PERIOD_SIX)
    assert_no_english(window.dialog)
    window.dialog.amount.setText("3000")  # 20.5 % -> 80.5 % used: the warning before saving
    window.dialog.ok_button().click()
    assert window.dialog.load_warning.isVisible()
    assert_no_english(window.dialog)
    window.dialog.load_warning.compare_button.click()
    assert_no_english(window.compare_window)
    window.dialog.reject()
    for key in ("before_you_buy", "minimum_trap", "payoff"):
        window.show_view(key)
        view = window.page(key)
        if key == "before_you_buy":
            view.price.setText("3000")
            view.compare()
            assert view.warning.isVisible()
        elif key == "payoff":
            view.budget.setText("500")
            assert view.compare() is not None
        else:
            assert view.trap is not None
        assert_no_english(window)
    window.show_view("statements")
    window.views["statements"].trap_button.click()
    assert window.current_view() == "minimum_trap"
    assert_no_english(window)
    for action in (window.window_actions.record_repayment, window.window_actions.add_line, window.window_actions.settings):
        action.trigger()
        assert_no_english(window.dialog)
        window.dialog.reject()


def test_validation_messages_are_translated(make_window):
    window = make_window(language="zh_CN")
    add_line(window)
    add_purchase(window, "abc", date(2026, 3, 1))
    assert window.dialog.amount_error.text() == "不是有效的数字"


def test_a_file_problem_is_told_in_the_windows_language(make_window):
    """A backup, export or undo that fails on a file names the file and says why in Chinese (it showed the English
    reason of the exception)."""
    from app.domain.messages import QT_TRANSLATE_NOOP
    from app.storage.files import DatabaseError
    from app.ui.texts.errors import file_problem

    make_window(language="zh_CN")
    exc = DatabaseError("/tmp/x/t.db", QT_TRANSLATE_NOOP("Errors", "the folder %1 does not exist").arg("/tmp/x"))
    text = file_problem(exc)
    assert text.startswith("/tmp/x/t.db: ") and "does not exist" not in text and "/tmp/x" in text[12:]
