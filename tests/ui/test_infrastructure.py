"""The pieces under the window: background tasks, the Qt binding, translations files, layering."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app.ui.tasks import TaskRunner

ROOT = Path(__file__).resolve().parents[2]


def test_task_runner_runs_off_the_gui_thread_with_its_own_connection(qtbot, tmp_path):
    import threading

    from app.storage.db import open_database

    open_database(tmp_path / "t.db").close()
    runner = TaskRunner(tmp_path / "t.db")
    results, errors = [], []
    main = threading.get_ident()
    try:
        with qtbot.waitSignal(runner.busy_changed, timeout=5000, check_params_cb=lambda busy: not busy):
            runner.submit(lambda store: (threading.get_ident(), store.lines.all()), results.append)
            runner.submit(lambda store: 1 / 0, results.append, errors.append)
        assert results[0][0] != main and results[0][1] == []
        assert isinstance(errors[0], ZeroDivisionError)
    finally:
        runner.shutdown()


def test_a_newer_task_of_the_same_key_and_owner_supersedes_an_older_one(qtbot, tmp_path):
    """Only the last answer of a key counts for its owner; another owner's, or a task without a key, still comes
    back; a dropped key's answer and a deleted owner's never do."""
    import shiboken6
    from PySide6.QtWidgets import QWidget

    from app.storage.db import open_database

    open_database(tmp_path / "t.db").close()
    runner = TaskRunner(tmp_path / "t.db")
    view, other, gone = QWidget(), QWidget(), QWidget()
    qtbot.addWidget(view)
    qtbot.addWidget(other)
    got: list[str] = []
    try:
        with qtbot.waitSignal(runner.busy_changed, timeout=5000, check_params_cb=lambda busy: not busy):
            runner.submit(lambda store: "first", got.append, key="preview", owner=view)
            runner.submit(lambda store: "second", got.append, key="preview", owner=view)
            runner.submit(lambda store: "other's", got.append, key="preview", owner=other)
            runner.submit(lambda store: "no key", got.append)
            runner.submit(lambda store: "dropped", got.append, key="file", owner=view)
            runner.drop("file", view)
            runner.submit(lambda store: "gone", got.append, owner=gone)
            shiboken6.delete(gone)  # as a dialog closed with WA_DeleteOnClose
        assert got == ["second", "other's", "no key"]
    finally:
        runner.shutdown()


def test_progress_relay_keeps_only_the_latest_reporter(qtbot):
    from app.ui.tasks import ProgressRelay

    relay = ProgressRelay()
    seen: list[tuple[int, int]] = []
    relay.progressed.connect(lambda done, total: seen.append((done, total)))
    old = relay.reporter()
    new = relay.reporter()
    old(1, 10)
    new(2, 10)
    qtbot.waitUntil(lambda: seen == [(2, 10)], timeout=2000)
    relay.forget()
    new(3, 10)
    qtbot.wait(50)
    assert seen == [(2, 10)]


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None/True/False are immortal from CPython 3.12")
def test_qt_binding_keeps_reference_counts(qtbot):
    """PySide6 6.12.0 dropped a reference to None/True/False on each void/bool method call (pyproject excludes
    it): after ~17,000 calls the process died with "Fatal Python error: none_dealloc"."""
    from PySide6.QtWidgets import QLabel

    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None), sys.getrefcount(False)
    for _ in range(1000):
        label.setText("x")
        label.isVisible()
    assert (sys.getrefcount(None), sys.getrefcount(False)) == pytest.approx(before, abs=50)


@pytest.mark.parametrize("name", ["debtlens_zh_CN.ts", "debtlens_en.ts"])
def test_translation_files_are_complete(name):
    tree = ET.parse(ROOT / "translations" / name)
    problems = []
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            source = message.find("source").text
            kind = translation.get("type")
            if kind in ("unfinished", "obsolete", "vanished"):
                problems.append(f"{context.find('name').text}: {source!r} is {kind}")
            texts = [translation.text] if message.get("numerus") != "yes" else [
                n.text for n in translation.findall("numerusform")]
            if not all((t or "").strip() for t in texts):
                problems.append(f"{context.find('name').text}: {source!r} has an empty translation")
    assert not problems, "\n".join(problems)


def test_translations_cover_the_sources(tmp_path):
    """lupdate over app/ui finds no message that the committed zh_CN catalogue lacks."""
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "app" / "ui").rglob("*.py"))
    subprocess.run([str(lupdate), "-silent", "-locations", "none", *sources, "-ts", str(fresh)], check=True,
                   timeout=120)
    def keys(path):
        return {(c.find("name").text, m.find("source").text) for c in ET.parse(path).getroot().iter("context")
                for m in c.iter("message")}
    missing = keys(fresh) - keys(ROOT / "translations" / "debtlens_zh_CN.ts")
    assert not missing, f"run tools/update_translations.py and translate: {sorted(missing)[:10]}"


def test_core_and_every_service_module_import_without_qt_or_matplotlib():
    code = (
        "import sys, pkgutil, importlib, app.domain, app.storage, app.services\n"
        "for m in pkgutil.iter_modules(app.services.__path__): importlib.import_module('app.services.' + m.name)\n"
        "for m in pkgutil.iter_modules(app.storage.__path__): importlib.import_module('app.storage.' + m.name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'matplotlib'))\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert proc.returncode == 0, proc.stdout + proc.stderr
