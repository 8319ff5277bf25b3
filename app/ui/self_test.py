"""``debtlens --self-test``: prove an installed copy works: files found, window opened, charts drawn.

Made for installers and bundles (a wheel in a fresh environment, the PyInstaller folder, a tarball unpacked on a
new machine), where a missing icon, translation, Qt plugin or lazily imported module only shows when someone opens
the window. It runs offscreen (no display needed), in the language the system asks for, on a demo ledger in a
temporary folder, with its Qt settings in that folder too: the user's data folder and settings are never read or
written. Each check prints one line (``ok``, ``warn`` or ``FAIL``, what was checked, what was found); the exit
status is 0 when no check failed, 1 otherwise.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from app.domain.messages import QT_TRANSLATE_NOOP

#: Icons the window uses (``resources/icons/<name>.svg``).
ICONS = ("app", "add", "repay", "import", "settings", "present")
#: How long the overview's charts may take to appear, seconds (about 1.5 s on a 2-core machine).
CHART_TIMEOUT_S = 60.0
#: What Qt's offscreen platform says of every window it cannot resize by hints: noise here, left out.
OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints()"


class CheckFailed(Exception):
    """One check's failure; its one argument (a ``Message``, context ``SelfTest``) says what is missing or
    wrong."""


def _said(text: object) -> str:
    """``text`` in the language the translators speak; as it is when Qt itself could not be loaded."""
    try:
        from app.ui.messages import message
    except ImportError:
        return str(text)
    return message(text)


def _distinct_colours(image, step: int = 4) -> int:
    """Number of different pixel values on a grid of every ``step``-th pixel (a blank image has 1)."""
    seen = set()
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            seen.add(image.pixel(x, y))
            if len(seen) > 64:
                return len(seen)
    return len(seen)


def check_files() -> str:
    """The resource folder, its icons (drawn through Qt's SVG plugin) and the workshop stories."""
    from app import config
    from app.ui.resources import icon, icon_path
    from app.workshop import library

    root = config.resource_root()
    missing = [name for name in ICONS if not icon_path(name).is_file()]
    if missing:
        raise CheckFailed(QT_TRANSLATE_NOOP("SelfTest", "icons missing under %1: %2")
                          .arg(root / "resources" / "icons", ", ".join(missing)))
    blank = [name for name in ICONS if _distinct_colours(icon(name).pixmap(32, 32).toImage(), 1) < 2]
    if blank:
        raise CheckFailed(QT_TRANSLATE_NOOP("SelfTest", "icons draw nothing (is Qt's SVG image plugin missing?): %1")
                          .arg(", ".join(blank)))
    stories = library.shipped()
    if not stories:
        raise CheckFailed(QT_TRANSLATE_NOOP("SelfTest", "no workshop stories in %1").arg(config.scenarios_dir()))
    for path in stories:
        library.load_file(path)  # raises ScenarioError naming the file and the field
    return QT_TRANSLATE_NOOP("SelfTest", "%1 icons drawn, %2 workshop stories read, from %3").arg(
            len(ICONS), len(stories), root)


def check_translations(language: str) -> str:
    """Both catalogues load; ``language`` is installed and turns the window title into Chinese for zh_CN."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    from app.ui.resources import translations_dir
    from app.ui.translations import LANGUAGES

    folder = translations_dir()
    for code in LANGUAGES:
        path = folder / f"debtlens_{code}.qm"
        translator = QTranslator()
        if not path.is_file() or not translator.load(str(path)):
            raise CheckFailed(QT_TRANSLATE_NOOP("SelfTest", "%1: missing or not a compiled translation (make translations)")
                              .arg(path))
    title = QCoreApplication.translate("MainWindow", "DebtLens")
    if language == "zh_CN" and title == "DebtLens":
        raise CheckFailed(QT_TRANSLATE_NOOP("SelfTest", "the Chinese catalogue in %1 did not translate the window title")
                          .arg(folder))
    return QT_TRANSLATE_NOOP("SelfTest", "%1 load from %2; %3 in use").arg(", ".join(LANGUAGES), folder, language)


def check_fonts(language: str) -> tuple[str, bool]:
    """Whether Qt and matplotlib can draw Chinese; ``(message, ok)``: without such a font Chinese shows as boxes,
    which is the system's lack (install one), not the app's."""
    from PySide6.QtGui import QFontDatabase

    from app.ui.charts.canvas import FONT_FAMILIES, installed_families

    qt = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    charts = [f for f in installed_families() if f in FONT_FAMILIES[1:]]
    ok = bool(qt) and bool(charts)
    none = QT_TRANSLATE_NOOP("SelfTest", "no font with Chinese")
    text = QT_TRANSLATE_NOOP("SelfTest", "window: %1; charts: %2").arg(qt[0] if qt else none,
                                                                 charts[0] if charts else none)
    if not ok and language == "zh_CN":
        text = QT_TRANSLATE_NOOP("SelfTest",
                "%1 (Chinese will show as boxes: install a Chinese font, e.g. fonts-wqy-microhei)").arg(text)
    return text, ok or language != "zh_CN"


def check_window(folder: Path, language: str) -> str:
    """Open the real window on a demo ledger in ``folder``, wait for the overview's charts, build the true-cost
    views; returns what was shown."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from app.ui.application import open_main_window
    from app.ui.view_registry import LAZY_VIEWS

    window = open_main_window(folder / "self-test-demo.db", demo=True, language=language)
    try:
        overview = window.views["overview"]
        loop = QEventLoop()
        drawn: list[bool] = []

        def on_drawn() -> None:
            drawn.append(True)
            loop.quit()

        overview.charts_drawn.connect(on_drawn)
        QTimer.singleShot(int(CHART_TIMEOUT_S * 1000), loop.quit)
        started = time.monotonic()
        window.resize(1280, 820)
        window.show()
        if not drawn:
            loop.exec()
        if not drawn:
            raise CheckFailed(QT_TRANSLATE_NOOP("SelfTest", "the overview's charts were not drawn within %1 s")
                              .arg(f"{CHART_TIMEOUT_S:.0f}"))
        seconds = time.monotonic() - started
        QApplication.processEvents()
        canvases = [image for image in overview.chart_images if image.pixmap is not None]
        empty = [c for c in canvases if _distinct_colours(c.grab().toImage()) < 4]
        if len(canvases) < 2 or empty:
            raise CheckFailed(QT_TRANSLATE_NOOP("SelfTest", "%1 overview charts, %2 of them blank")
                              .arg(len(canvases), len(empty)))
        for key in LAZY_VIEWS:  # imported by name on first show: a bundle missing the module fails here
            window.page(key)
        if not window.session.has_lines():
            raise CheckFailed(QT_TRANSLATE_NOOP("SelfTest", "the demo ledger has no credit lines"))
        return QT_TRANSLATE_NOOP("SelfTest",
                "'%1' on a demo ledger: %2 overview charts drawn in %3 s, %4 true-cost views built").arg(
                window.windowTitle(), len(canvases), f"{seconds:.1f}", len(LAZY_VIEWS))
    finally:
        window.close()
        window.deleteLater()
        QApplication.processEvents()


def check_commands() -> str:
    """Every sub-command module of the command line imports and registers its commands (a bundle could silently
    lack one)."""
    import importlib

    from app import cli

    missing = []
    for name in cli.COMMAND_MODULES:
        try:
            importlib.import_module(name)
        except ImportError:
            missing.append(name)
    if missing:
        raise CheckFailed(QT_TRANSLATE_NOOP("SelfTest", "command modules missing: %1").arg(", ".join(missing)))
    cli.build_parser()
    return QT_TRANSLATE_NOOP("SelfTest", "%1 command modules, %2 commands").arg(len(cli.COMMAND_MODULES),
                                                      sum(len(c) for c in cli.COMMAND_MODULES.values()))


def run(out: TextIO) -> int:
    """Run every check, printing one line each to ``out``; returns 0 when none failed, else 1."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # no display needed, and nothing pops up on a desktop
    folder = Path(tempfile.mkdtemp(prefix="debtlens-self-test-"))
    os.environ.setdefault("MPLCONFIGDIR", str(folder / "matplotlib"))
    started = time.monotonic()
    failures = 0

    def report(name: str, check: Callable[[], str | tuple[str, bool]]) -> None:
        nonlocal failures
        try:
            result = check()
        except Exception as exc:  # noqa: BLE001 - every failure is reported, the other checks still run
            failures += 1
            detail = exc.args[0] if isinstance(exc, CheckFailed) else f"{type(exc).__name__}: {exc}"
            print(f"FAIL {_said(name)}: {_said(detail)}", file=out, flush=True)
            return
        text, ok = result if isinstance(result, tuple) else (result, True)
        print(f"{'ok  ' if ok else 'warn'} {_said(name)}: {_said(text)}", file=out, flush=True)

    try:
        from PySide6.QtCore import QSettings, qInstallMessageHandler

        def qt_message(_kind, _context, message: str) -> None:
            if message != OFFSCREEN_NOISE:
                print(message, file=sys.stderr, flush=True)

        qInstallMessageHandler(qt_message)

        QSettings.setDefaultFormat(QSettings.Format.IniFormat)  # settings in the temporary folder, never the user's
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder / "settings"))

        from app import __version__
        from app.ui.application import apply_language, create_app
        from app.ui.translations import language_for_system

        create_app()
        language = apply_language(language_for_system()).language
        print(_said(QT_TRANSLATE_NOOP("SelfTest", "DebtLens %1 self-test (language %2, working in %3)")
                    .arg(__version__, language, folder)),
              file=out, flush=True)
        report(QT_TRANSLATE_NOOP("SelfTest", "files"), check_files)
        report(QT_TRANSLATE_NOOP("SelfTest", "translations"), lambda: check_translations(language))
        report(QT_TRANSLATE_NOOP("SelfTest", "fonts"), lambda: check_fonts(language))
        report(QT_TRANSLATE_NOOP("SelfTest", "window"), lambda: check_window(folder, language))
        report(QT_TRANSLATE_NOOP("SelfTest", "commands"), check_commands)
    except Exception as exc:  # noqa: BLE001 - Qt or the app could not even start: say so, exit 1
        failures += 1
        start = _said(QT_TRANSLATE_NOOP("SelfTest", "start"))
        print(f"FAIL {start}: {type(exc).__name__}: {exc}", file=out, flush=True)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    seconds = f"{time.monotonic() - started:.1f}"
    if failures:
        verdict = QT_TRANSLATE_NOOP("SelfTest", "self-test FAILED (%1 checks) in %2 s").arg(failures, seconds)
    else:
        verdict = QT_TRANSLATE_NOOP("SelfTest", "self-test passed in %1 s").arg(seconds)
    print(_said(verdict), file=out, flush=True)
    return 0 if not failures else 1
