"""The overview's charts come from the images of the last start while nothing they show changed, and are drawn
again after an add, edit, refund, repayment, delete, import or restore, a language or a theme change."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QApplication

from app.i18n import formatting as fmt
from app.services.importing import ImportService
from app.storage import backups
from app.ui import chart_images, theme
from app.ui.application import apply_language
from tests.ui.helpers import add_line

DATA = Path(__file__).resolve().parents[1] / "data"
WAIT = 20_000


def _drawn(qtbot, overview):
    qtbot.waitUntil(lambda: overview.rendered is not None and overview.chart_key is not None
                    and overview.chart_key == overview._chart_key(), timeout=WAIT)
    return overview.chart_key


def _kept(window):
    return chart_images.load(window.session.db_path)[0]


def test_kept_charts_show_at_the_next_start_and_every_change_draws_them_again(make_window, qtbot):
    window = make_window()
    add_line(window)
    session, overview = window.session, window.views["overview"]
    line = session.store.lines.all()[0].id
    session.apply(session.ledger.record_purchase, line, date(2026, 3, 5), 120_000, merchant="示例电器")
    key = _drawn(qtbot, overview)
    assert _kept(window) == key and key.language == fmt.active_locale() and key.as_of == "2026-03-20"
    assert oct(chart_images.cache_path(session.db_path).stat().st_mode & 0o777) == "0o600"  # amounts: private
    backup = backups.backup_now(session.store, db_path=session.db_path).path
    window.close()

    window = make_window()  # the same file again: the kept images, nothing drawn
    overview = window.views["overview"]
    qtbot.waitUntil(lambda: overview.chart_key is not None, timeout=WAIT)
    qtbot.wait(300)
    assert overview.rendered is None and overview.chart_key == key
    assert all(image.pixmap is not None for image in overview.chart_images)

    session = window.session
    purchase = session.store.db.execute("SELECT id FROM purchases").fetchone()[0]
    data = (DATA / "manual_entry_sample.csv").read_bytes()
    changes = [
        lambda: session.apply(session.ledger.record_purchase, line, date(2026, 3, 6), 5_000),
        lambda: session.apply(session.ledger.edit_purchase, purchase, amount_fen=150_000),
        lambda: session.apply(session.ledger.record_refund, line, date(2026, 3, 7), 10_000, purchase_id=purchase),
        lambda: session.apply(session.ledger.record_repayment, line, date(2026, 3, 8), 20_000),
        lambda: session.apply(session.ledger.delete_purchase, purchase),
        lambda: session.apply(ImportService(session.store).commit,
                              ImportService(session.store).preview(data, "manual.csv", line, today=session.today())),
    ]
    seen = [key]
    for change in changes:  # add, edit, refund, repayment, delete, import
        change()
        new = _drawn(qtbot, overview)
        assert new.revision not in [k.revision for k in seen] and _kept(window) == new
        seen.append(new)
    session.restore_backup(backup)  # the data of the backup, with the revision it had then: drawn again
    restored = _drawn(qtbot, overview)
    assert restored.revision == key.revision != seen[-1].revision and _kept(window) == restored
    window.close()


def test_a_language_or_theme_change_draws_the_charts_again(make_window, qtbot):
    window = make_window()
    add_line(window)
    overview = window.views["overview"]
    first = _drawn(qtbot, overview)
    overview.rendered = None
    apply_language("zh_CN")
    chinese = _drawn(qtbot, overview)
    assert chinese.language != first.language and chinese.revision == first.revision
    assert "每月应还" in [t.get_text() for t in overview.rendered[0].axes.texts] + [
        overview.rendered[0].axes.get_title(loc="left")]
    overview.rendered = None
    theme.apply(QApplication.instance(), "dark")
    dark = _drawn(qtbot, overview)
    assert (dark.theme, chinese.theme) == ("dark", "light") and _kept(window) == dark
    theme.apply(QApplication.instance(), "light")


def test_the_window_title_names_what_is_open(make_window, tmp_path, monkeypatch):
    from app.workshop import library

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    window = make_window()
    assert window.windowTitle() == "user.db — DebtLens"
    window.window_actions.open_demo.trigger()
    assert window.windowTitle() == "Demo — DebtLens"
    window.open_story(library.find("student-phone"))
    assert window.windowTitle() == f"{window.workshop.scenario.title.get('en')} — DebtLens"
    apply_language("zh_CN")
    assert window.windowTitle() == f"{window.workshop.scenario.title.get('zh')} — 明白账"
